from common import *
fn = "panel-recap_battery-valley-silesia_2032.txt"
write_txt(fn, """
Silesian E-Mobility Cluster | News | Event reports

"Batteries need people, not only gigafactories" – panel at the Silesia E-Mobility Days 2032

Posted on 18 November 2032 · 6 min read · Tags: batteries, skills, panel

Katowice – The second day of the Silesia E-Mobility Days (15–16 November 2032, International Congress Centre,
Katowice) closed with a panel discussion that filled the main hall: "From coal to cells: who will build Silesia's
battery value chain?" The session was organised by the Silesian E-Mobility Cluster (Śląski Klaster Elektromobilności,
SKE) together with the Marshal's Office of the Silesian Voivodeship.

Moderator: Agnieszka Wawrzyniak-Lis, editor-in-chief of the regional business daily Gazeta Przemysłowa Śląska.

Panellists:
- Krzysztof Mazurek, President of the Management Board, CellPol S.A. (Jaworzno)
- dr hab. inż. Joanna Sadowska, prof. of the Silesian University of Technology, head of the Battery Materials Lab
- Tomasz Grabiec, Deputy Marshal of the Silesian Voivodeship
- Ingrid Aaltonen, Senior Vice President Europe, Nordvolt-like? 
- Michał Kurek, chair of the "Solidarność" branch at the Bieruń mine

What was said

Mazurek opened bluntly: "We can get the machines in eighteen months. We cannot get three hundred process
engineers in eighteen months. That is the bottleneck." CellPol will start its pilot cell line in Jaworzno in
spring 2033 and plans to hire 420 people by 2035.

Prof. Sadowska pointed to the university's new master's track in electrochemical engineering, launched in October
2031: "Our first graduates arrive in 2033. Until then, companies must train on the job, and we are ready to help
design those courses."

Deputy Marshal Grabiec presented the region's Just Transition plan: "Every złoty we spend on batteries must also
answer the question: what happens to the miner from Bieruń?" The Voivodeship will open a second call of its
retraining vouchers on 9 January 2033.

Ingrid Aaltonen, speaking for a Swedish investor, said that Silesia competes with Hungary and Spain: "Investors
compare permitting times, grid connections and skills. Silesia is strong on the third, if it moves fast."

Michał Kurek reminded the hall that the workers are not an abstraction: "Miners are used to shifts, safety
discipline and heavy technology. Treat them as a resource, not as a problem."

Key takeaways from the panel
1. Skills, not capital, are the main bottleneck for the battery value chain in Silesia.
2. Retraining of miners must be designed together with employers and trade unions.
3. Universities and companies should co-design short courses before the first graduates arrive.
4. Permitting and grid connections need a regional fast track.

Next steps
The cluster will set up a Battery Skills Working Group, chaired by Dr. Paweł Nowicki-Zając, SKE's skills
coordinator; the first meeting takes place on 7 December 2032 in Gliwice. Cluster manager Ewa Szczepańczyk invited
members to send nominations by 30 November.

About the Silesia E-Mobility Days
The event is organised every year since 2028 by SKE; the 2032 edition gathered 1,100 participants and 64
exhibitors. The next edition will take place on 14–15 November 2033.

Photo: SKE / Dawid Łukasiewicz

Share: Facebook | LinkedIn | X
""".replace("Senior Vice President Europe, Nordvolt-like? ", "Senior Vice President Europe, Baltvolt AB"))
C="Silesian E-Mobility Cluster"
gold(fn, "2032-11-18",
 [P("Agnieszka Wawrzyniak-Lis","editor-in-chief","Gazeta Przemysłowa Śląska"),
  P("Krzysztof Mazurek","President of the Management Board","CellPol S.A."),
  P("Joanna Sadowska","head of the Battery Materials Lab","Silesian University of Technology"),
  P("Tomasz Grabiec","Deputy Marshal","Silesian Voivodeship"),
  P("Ingrid Aaltonen","Senior Vice President Europe","Baltvolt AB"),
  P("Michał Kurek","chair","Solidarność"),
  P("Paweł Nowicki-Zając","skills coordinator","SKE"),
  P("Ewa Szczepańczyk","Cluster manager","SKE"),
  P("Dawid Łukasiewicz",None,"SKE")],
 [O("Silesian E-Mobility Cluster","SKE"), O("Marshal's Office of the Silesian Voivodeship"),
  O("Gazeta Przemysłowa Śląska"), O("CellPol S.A."), O("Silesian University of Technology"),
  O("Battery Materials Lab"), O("Baltvolt AB"), O("Solidarność"), O("Silesian Voivodeship")],
 [E("Silesia E-Mobility Days 2032","2032-11-15","2032-11-16","Katowice","Poland"),
  E("From coal to cells: who will build Silesia's battery value chain?","2032-11-16","2032-11-16","Katowice","Poland"),
  E("Battery Skills Working Group meeting","2032-12-07","2032-12-07","Gliwice","Poland"),
  E("Silesia E-Mobility Days","2033-11-14","2033-11-15",None,None)],
 ["2032-11-18","2032-11-15/2032-11-16","2033","2035","2031-10","2033-01-09","2032-12-07","2032-11-30","2028","2033-11-14/2033-11-15"],
 ["Skills, not capital, are the main bottleneck for the battery value chain in Silesia",
  "Retraining of miners must be designed together with employers and trade unions",
  "Universities and companies should co-design short courses before the first graduates arrive",
  "Permitting and grid connections need a regional fast track"])
