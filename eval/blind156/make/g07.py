from h import *
import docx
F = 'g07_landshut_lightweight_newsletter.docx'
assert wd(2035,7,3)=='Tuesday' and wd(2035,7,10)=='Tuesday' and wd(2035,9,18)=='Tuesday' and wd(2035,9,19)=='Wednesday' and wd(2035,11,5)=='Monday' and wd(2035,9,30)=='Sunday'
paras = [
("h","Leichtbau Niederbayern – Members' Newsletter"),
("p","Issue 3/2035 · August 2035 · English edition for our international partners"),
("p","In this issue: Lightweight Forum conclusions · board meeting · Interreg partners in Landshut · new colleagues · call for the Innovation Prize · dates"),
("h2","Editorial"),
("p","Dear members, dear partners, the summer has been anything but quiet. More than 180 people came to our Lightweight Forum in July, the board agreed on the budget for the new test laboratory, and our Czech partners from the South Bohemian region visited us for two days. Thank you all for your commitment – and enjoy the rest of the holidays. Yours, Dr. Matthias Kreuzpaintner, Managing Director"),
("h2","1. Lightweight Forum 2035: what we took home"),
("p","The 12th Lightweight Forum took place on Tuesday 3 July 2035 at the Landshut University of Applied Sciences (Hochschule Landshut). Keynote speakers were Prof. Dr.-Ing. Sabine Unterhuber, head of the Technology Centre for Lightweight Design in Ergolding, and Markus Pfeffer, Head of Body Structures at BMW Group, Dingolfing plant. In the afternoon, participants visited the composite laboratory of the university and the new press line of Huber Formteile GmbH in Vilsbiburg."),
("p","The programme committee summed up the day in four conclusions:"),
("p","• Lightweight design must be planned together with recycling from the first sketch, not added at the end"),
("p","• Small suppliers need shared access to test equipment, because a single machine costs more than their annual investment budget"),
("p","• Hybrid materials are promising, but there are too few people in the region who can repair them"),
("p","• The cluster should work more with the agricultural machinery makers of Lower Bavaria, not only with the car industry"),
("h2","2. Board meeting of 10 July"),
("p","At its meeting on Tuesday 10 July 2035 in Landshut, the board of Leichtbau Niederbayern e.V. approved a contribution of EUR 250,000 to the shared test laboratory that the cluster is setting up with Hochschule Landshut and the Straubing-Bogen district. The laboratory is to open in spring 2036. The board also confirmed Anna Ziegltrum (Ziegltrum Kunststofftechnik, Rottenburg an der Laaber) as treasurer after the resignation of Johann Sedlmeier and admitted four new members."),
("h2","3. Interreg partners in Landshut"),
("p","On 18 and 19 September 2035 the partners of our Interreg Bavaria–Czech Republic project on fibre-reinforced parts will meet in Landshut. The Czech side is represented by the Jihočeská hospodářská komora in České Budějovice and the University of South Bohemia. Programme: Tuesday afternoon steering group meeting, followed by a dinner at the Bernlochner; Wednesday a visit to the Technology Centre in Ergolding and a workshop with Bavarian and Czech companies. Members who want to take part in the workshop should contact Veronika Brunnhuber."),
("h2","4. New colleagues in the cluster office"),
("p","Since 1 June, Veronika Brunnhuber has been our project manager for cross-border cooperation. She previously worked at Bayern Innovativ in Nuremberg (2030–2035). Tobias Lindner joined us in August as a trainee in office management."),
("h2","5. Innovation Prize Lower Bavaria 2035: apply now"),
("p","Together with the IHK Niederbayern in Passau we award the Innovation Prize for lightweight products for the fourth time. Companies with a site in Lower Bavaria may submit a product that was launched between 2033 and 2035. The deadline is Sunday 30 September 2035. The prize will be awarded at the annual general meeting on Monday 5 November 2035 in Straubing."),
("h2","6. Dates"),
("p","18–19 September 2035 – Interreg partner meeting, Landshut"),
("p","30 September 2035 – deadline Innovation Prize"),
("p","October 2035 – Composites Europe trade fair, Stuttgart (joint stand, four places left)"),
("p","5 November 2035 – annual general meeting with award ceremony, Straubing"),
("p","Leichtbau Niederbayern e.V. · Ländgasse 100, 84028 Landshut · info@leichtbau-ndb.example.de · Registered association, Landshut Local Court VR 0000 · To unsubscribe, send us an e-mail."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
L = "Leichtbau Niederbayern e.V."
gold(F,
 [P("Matthias Kreuzpaintner", "Managing Director", L),
  P("Sabine Unterhuber", "head", "Technology Centre for Lightweight Design"),
  P("Markus Pfeffer", "Head of Body Structures", "BMW Group"),
  P("Anna Ziegltrum", "treasurer", L),
  P("Johann Sedlmeier", None, None),
  P("Veronika Brunnhuber", "project manager for cross-border cooperation", L),
  P("Tobias Lindner", "trainee in office management", L)],
 [O(L), O("Landshut University of Applied Sciences", "Hochschule Landshut"), O("Technology Centre for Lightweight Design"),
  O("BMW Group"), O("Huber Formteile GmbH"), O("Straubing-Bogen district"), O("Ziegltrum Kunststofftechnik"),
  O("Jihočeská hospodářská komora"), O("University of South Bohemia"), O("Bayern Innovativ"), O("IHK Niederbayern")],
 [E("Lightweight Forum 2035", "2035-07-03", None, "Landshut", "Germany"),
  E("visited the composite laboratory of the university and the new press line of Huber Formteile GmbH", "2035-07-03", None, "Landshut, Vilsbiburg", "Germany"),
  E("Board meeting", "2035-07-10", None, "Landshut", "Germany"),
  E("Interreg partner meeting", "2035-09-18", "2035-09-19", "Landshut", "Germany"),
  E("steering group meeting", "2035-09-18", None, "Landshut", "Germany"),
  E("dinner at the Bernlochner", "2035-09-18", None, "Landshut", "Germany"),
  E("visit to the Technology Centre in Ergolding", "2035-09-19", None, "Ergolding", "Germany"),
  E("workshop with Bavarian and Czech companies", "2035-09-19", None, "Landshut", "Germany"),
  E("Composites Europe", "2035-10", None, "Stuttgart", "Germany"),
  E("annual general meeting", "2035-11-05", None, "Straubing", "Germany"),
  E("award ceremony", "2035-11-05", None, "Straubing", "Germany")],
 ["2035-08", "2035-07", "2035-07-03", "2035-07-10", "2036", "2035-09-18/2035-09-19", "2035-06-01", "2030/2035",
  "2033/2035", "2035-09-30", "2035-11-05", "2035-10"],
 ["Lightweight design must be planned together with recycling from the first sketch, not added at the end",
  "Small suppliers need shared access to test equipment, because a single machine costs more than their annual investment budget",
  "Hybrid materials are promising, but there are too few people in the region who can repair them",
  "The cluster should work more with the agricultural machinery makers of Lower Bavaria, not only with the car industry"])
