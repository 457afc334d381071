from common import *
fn = "news_MoU-Bremen-Vasterbotten-space-cooperation.txt"
t = """Home > News > International

Bremen and Västerbotten sign memorandum on space and hydrogen cooperation during state visit to Umeå

Posted on 29 April 2032 | Category: International cooperation | Reading time: 4 min

UMEÅ. During the official visit of a delegation of the Free Hanseatic City of Bremen to northern Sweden, the space cluster AeroSpace Weser e.V. (ASW) and the Swedish cluster organisation Norrbotten-Västerbotten Space Alliance (NVSA) signed a memorandum of understanding on 28 April 2032 at Umeå City Hall. The memorandum was signed in the presence of Bremen's Senator for Economic Affairs, Ports and Transformation, Dr. Henrike Albers-Tönjes, and the Governor of Västerbotten County, Lars-Olof Åhlund.

The memorandum was signed for ASW by its chairman Carsten Meyerhoff, CEO of OrbiTec Bremen GmbH, and for NVSA by its managing director Elin Sundqvist Bäckström. As witnesses, the rector of Umeå University, Prof. Kerstin Lidström, and the President of the University of Bremen, Prof. Dr. Jan-Hendrik Paulsen, also signed.

The memorandum covers three areas:
- joint testing of small launchers and re-entry capsules at the Esrange Space Center near Kiruna and at facilities of Bremen companies;
- cooperation on green hydrogen for space and aviation fuels, building on Västerbotten's large electrolysis projects;
- exchange of students and young engineers, starting with 12 places in the summer of 2033.

"Bremen builds satellites and launcher stages, Västerbotten has the space, the clean electricity and the test ranges. Together we can offer Europe a complete chain," said Senator Albers-Tönjes at the signing.

Elin Sundqvist Bäckström added: "For our 63 member companies this is a door to the German supply chain. The first joint project proposal will be submitted to the Horizon Europe space call in autumn 2032."

The visit programme

The Bremen delegation of 31 representatives of companies, research institutes and the Senate travelled from 26 to 30 April 2032. On 27 April the delegation visited the Umeå science park Uminova and the hydrogen plant of NordVäte AB in Vännäs, where plant manager Johan Lindgren showed the 400 MW electrolyser under construction. On 29 April the group flew to Kiruna to visit the Esrange Space Center of the Swedish Space Corporation (SSC); the visit was guided by Annika Rautio, head of launch services at SSC.

Partners of the visit were the Swedish–German Chamber of Commerce, Region Västerbotten and WFB Wirtschaftsförderung Bremen GmbH. Dr. Torben Wiechmann, head of the international department of WFB, described the visit as "the most concrete result of five years of Nordic contacts".

Why Västerbotten?
Northern Sweden has become one of Europe's fastest-growing industrial regions, with new steel, battery and hydrogen plants drawing on cheap renewable electricity. For Bremen's space companies, which build launcher stages and satellites, the region offers test ranges, launch infrastructure and access to green fuels. For the Swedish side, Bremen offers an established supply chain and one of Europe's largest space industry workforces.

Next steps

A steering group of four people from each side will meet for the first time online in June 2032. A return visit of a Västerbotten delegation to Bremen is planned for the Space Tech Expo Europe in Bremen, 16–18 November 2032, where the two clusters will share a stand.

About AeroSpace Weser e.V.: founded in 2009, 140 members, office in Bremen-Horn.

Contact: Meike Janssen, press officer, AeroSpace Weser e.V., presse@asw-bremen.example

Share: Facebook | X | LinkedIn | E-mail
© 2032 AeroSpace Weser e.V. | Imprint | Privacy
"""
write_doc(fn, t)
A="AeroSpace Weser e.V."; N="Norrbotten-Västerbotten Space Alliance"
gold(fn,
 [P("Henrike Albers-Tönjes","Senator for Economic Affairs, Ports and Transformation",None),
  P("Lars-Olof Åhlund","Governor of Västerbotten County",None),
  P("Carsten Meyerhoff","chairman",A),
  P("Elin Sundqvist Bäckström","managing director",N),
  P("Kerstin Lidström","rector","Umeå University"),
  P("Jan-Hendrik Paulsen","President","University of Bremen"),
  P("Johan Lindgren","plant manager","NordVäte AB"),
  P("Annika Rautio","head of launch services","Swedish Space Corporation"),
  P("Torben Wiechmann","head of the international department","WFB Wirtschaftsförderung Bremen GmbH"),
  P("Meike Janssen","press officer",A)],
 [O(A,"ASW"), O(N,"NVSA"), O("OrbiTec Bremen GmbH"), O("Umeå University"), O("University of Bremen"),
  O("Uminova"), O("NordVäte AB"), O("Swedish Space Corporation","SSC"), O("Swedish–German Chamber of Commerce"),
  O("Region Västerbotten"), O("WFB Wirtschaftsförderung Bremen GmbH","WFB")],
 [E("official visit of a delegation of the Free Hanseatic City of Bremen","2032-04-26","2032-04-30",None,"Sweden"),
  E("signing of the memorandum of understanding","2032-04-28",None,"Umeå","Sweden"),
  E("steering group meeting","2032-06"),
  E("Space Tech Expo Europe","2032-11-16","2032-11-18","Bremen","Germany")],
 ["2032-04-29","2032-04-28","2033","2032","2032-04-26/2032-04-30","2032-04-27","2032-06","2032-11-16/2032-11-18","2009"],
 pub="2032-04-29")
