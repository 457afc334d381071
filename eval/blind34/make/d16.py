from common import *
T = """MedTechValley Südwest Innovation Awards 2031 – the winners

Tuttlingen, 27.06.2031 | Press release | MedTechValley Südwest e.V.

Last night, 150 guests gathered in the Stadthalle Tuttlingen for the eighth MedTechValley Südwest Innovation
Awards. A jury of seven, chaired by Prof. Dr. Karin Hollerbach (Furtwangen University, Tuttlingen Campus), selected
the winners from 46 entries. The awards were presented by cluster president Dr. Friedrich Maierhöfer and the State Secretary
in the Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg, Dr. Wolfgang Eberhardt-Lutz.

The winners

Category "Start-up of the year"
SutureLab GmbH, Tuttlingen – CEO: Lena Häberle
for a bioresorbable suture anchor printed on demand in the operating theatre.

Category "SME innovation"
Kessler Chirurgie-Instrumente GmbH & Co. KG, Mühlheim an der Donau – CEO: Andreas Kessler
for a reusable laparoscopic instrument with a digital twin for reprocessing.

Category "Digital health"
Vistamed Analytics AG, Freiburg im Breisgau – founders and managing directors: Dr. Yasmin Haddad and Felix Zimmermann
for AI-based image analysis of endoscopy videos.

Special prize of the jury "Sustainability"
Donautal Sterilgut GmbH, Donaueschingen – managing director: Martina Schwörer

"Our winners show that the Tuttlingen region is not only the world capital of surgical instruments, it also
writes software and prints implants," said Maierhöfer.

The winners will present their innovations at MEDICA in Düsseldorf (17–20 November 2031) on the joint stand of
the cluster. Applications for the 2032 awards open on 1 February 2032.

Press contact: Jana Moser, MedTechValley Südwest e.V., presse@medtechvalley.example
"""
M="MedTechValley Südwest e.V."
save("MTVS_Innovation-Awards-2031_winners.txt", T, "2031-06-27",
 [P("Karin Hollerbach",None,"Furtwangen University"),
  P("Friedrich Maierhöfer","president",M),
  P("Wolfgang Eberhardt-Lutz","State Secretary","Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg"),
  P("Lena Häberle","CEO","SutureLab GmbH"),
  P("Andreas Kessler","CEO","Kessler Chirurgie-Instrumente GmbH & Co. KG"),
  P("Yasmin Haddad","founders and managing directors","Vistamed Analytics AG"),
  P("Felix Zimmermann","founders and managing directors","Vistamed Analytics AG"),
  P("Martina Schwörer","managing director","Donautal Sterilgut GmbH"),
  P("Jana Moser",None,M)],
 [O(M),O("Furtwangen University"),O("Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg"),O("SutureLab GmbH"),O("Kessler Chirurgie-Instrumente GmbH & Co. KG"),
  O("Vistamed Analytics AG"),O("Donautal Sterilgut GmbH")],
 [E("MedTechValley Südwest Innovation Awards 2031",None,None,"Tuttlingen","Germany"),
  E("MEDICA","2031-11-17","2031-11-20","Düsseldorf","Germany")],
 ["2031-06-27","2031-11-17/2031-11-20","2032-02-01"], [])
