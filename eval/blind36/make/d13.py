from common import *
T = """VITINOV AQUITAINE · Newsletter n°42 · July 2034

MEET THE MEMBER
Vinoptic SAS – "We teach drones to read vine leaves"

Company: Vinoptic SAS
Founded: 2029, Libourne (Gironde)
Employees: 27
Member of VitiNov Aquitaine since: 2030
Contact: Claire Dufour-Lassalle, co-founder & CEO · claire@vinoptic.example

When Claire Dufour-Lassalle and Baptiste N'Diaye left the Bordeaux Sciences Agro engineering school, they
had one idea: a camera that could see mildew before the winemaker does. Five years later, Vinoptic's
multispectral drones fly over 14,000 hectares in Bordeaux, Cognac and the Rioja, and the company has just
closed a €6 million round led by Garonne Capital Partners.

"Our customers are not tech people. They are families who have farmed the same slope for six generations. If the
map we send them needs a manual, we have failed," says Baptiste N'Diaye, co-founder and CTO.

From the cluster's cellar to export
Vinoptic joined the cluster in 2030, the year after it was founded, and took part in the VitiNov Aquitaine
accelerator "Grappe" in its first year. Through the cluster the company met its first large customer, the
cooperative Les Vignerons de l'Entre-Deux-Mers, and its research partner, the Institut des Sciences de la
Vigne et du Vin (ISVV) in Villenave-d'Ornon. In 2033 Vinoptic joined the cluster's delegation to ProWein in
Düsseldorf, where it signed its first distribution agreement in Germany with Rheinweinbau Technik GmbH.

Who is who
- Claire Dufour-Lassalle – CEO, agronomist
- Baptiste N'Diaye – CTO, computer vision
- Inès Ould-Bachir – head of customer success
- Hugo Castéra – drone operations lead, licensed remote pilot

What's next
Vinoptic is building a plant in Saint-Émilion for its sensor kits and hiring twelve people in 2034–2035. It will
show its new frost-warning service at Vinitech-Sifel in Bordeaux on 25–27 November 2034, on the cluster's pavilion.

The cluster's view
"Vinoptic is exactly what we hoped for when we started the accelerator: a team that listens to growers first,"
says Jean-Marc Lafitte-Roux, managing director of VitiNov Aquitaine.

Would you like to be our next "Meet the member"? Write to Amandine Serres, communication officer:
communication@vitinov-aquitaine.example

Also in this issue: Members' summer barbecue – 4 July at Château Lagrave-Montlabert · New members · Agenda
"""
C="VitiNov Aquitaine"
write("VitiNov-Aquitaine_newsletter-42_meet-the-member.txt", T,
 [P("Claire Dufour-Lassalle","co-founder & CEO","Vinoptic SAS"),
  P("Baptiste N'Diaye","co-founder and CTO","Vinoptic SAS"),
  P("Inès Ould-Bachir","head of customer success","Vinoptic SAS"),
  P("Hugo Castéra","drone operations lead","Vinoptic SAS"),
  P("Jean-Marc Lafitte-Roux","managing director",C),
  P("Amandine Serres","communication officer",C)],
 [O(C),O("Vinoptic SAS"),O("Bordeaux Sciences Agro"),O("Garonne Capital Partners"),
  O("Les Vignerons de l'Entre-Deux-Mers"),O("Institut des Sciences de la Vigne et du Vin","ISVV"),
  O("Rheinweinbau Technik GmbH")],
 [E("ProWein","2033","2033","Düsseldorf","Germany"),
  E("Vinitech-Sifel","2034-11-25","2034-11-27","Bordeaux","France"),
  E("Members' summer barbecue","2034-07-04","2034-07-04",None,None)],
 ["2034-07","2029","2030","2033","2034/2035","2034-11-25/2034-11-27","2034-07-04"], pub="2034-07")
