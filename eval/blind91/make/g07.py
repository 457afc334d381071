from h import *
from email.message import EmailMessage
F = 'g07_navarra_agrifood_wg_summary.eml'
assert wd(2038,9,14)=='Tuesday' and wd(2038,9,17)=='Friday' and wd(2038,10,21)=='Thursday' and wd(2038,9,8)=='Wednesday' and wd(2038,9,24)=='Friday'
body = """Dear members of the Working Group on Food Packaging,

Please find below the summary of our third meeting. Corrections are welcome until Friday 24 September; after that the summary will be filed on the members' area.

Kind regards,
Irati Goikoetxea Lasa
Working Group Secretary
Navarra Agrifood Cluster (NAGRIF)
Avenida de Pío XII 33, 31008 Pamplona
Tel. +34 948 000 000

------------------------------------------------------------
SUMMARY – 3rd meeting of the Working Group on Food Packaging
Date: Tuesday 14 September 2038, 10:00–13:15
Place: Centro Nacional de Tecnología y Seguridad Alimentaria (CNTA), San Adrián, and online
------------------------------------------------------------

Present:
Javier Urdániz Echeverría (chair), Conservas Ribera del Ebro S.A.
Marta Sola-Azcona, CNTA
Patxi Elizalde, Verduras de Tudela S.Coop.
Ainhoa Mendívil-Ros, Public University of Navarre (UPNA)
Carlos Beaumont, Envases Plásticos del Norte S.L.
Lucía Ferrer Ibarra, Department of Economic and Business Development, Government of Navarre
Irati Goikoetxea Lasa (secretary), NAGRIF

Apologies: Koldo Arregi (Grupo Lacturale), Sophie Marchand (Vegepack Europe)

1. Welcome and minutes
The chair opened the meeting at 10:05. The summary of the second meeting (held on 8 June 2038 in Pamplona) was approved without changes.

2. Packaging regulation: state of play
Marta Sola-Azcona presented the main obligations under the European packaging rules that apply to canned and frozen vegetables from 2040. Members discussed the recyclability grades and the reporting burden for small producers. Patxi Elizalde stressed that cooperatives cannot afford individual testing of each format.

3. Shared testing service
Ainhoa Mendívil-Ros and Marta Sola-Azcona presented a proposal for a shared testing service for recyclable trays and pouches at CNTA, with reduced rates for cluster members.

4. European project proposal
Carlos Beaumont reported on contacts with the French cluster Vitagora and the Italian cluster Clust-ER Agrifood about a joint proposal on mono-material packaging.

5. Any other business
Lucía Ferrer Ibarra informed the group that the regional call for industrial innovation projects will open in November. Koldo Arregi had sent a written note asking that dairy packaging be included in the scope of the guide; the group agreed.

Decisions
- The working group supports the creation of a shared testing service at CNTA and asks the cluster board to co-finance its first year
- NAGRIF will prepare a joint proposal on mono-material packaging with Vitagora and Clust-ER Agrifood, led by Envases Plásticos del Norte S.L.
- A short guide on the new packaging obligations will be written for members, in Spanish and Basque
- The group will invite the Government of Navarre to present its circular economy grants at the next meeting

Next steps
- CNTA to send a cost estimate for the testing service by 1 October 2038 (Marta Sola-Azcona)
- Draft guide to be circulated by 15 October 2038 (Irati Goikoetxea Lasa)
- Next meeting: Thursday 21 October 2038, 10:00, at the cluster office in Pamplona

The meeting closed at 13:15, followed by a visit to the CNTA pilot plant.

------------------------------------------------------------

-----Original message-----
From: Javier Urdániz Echeverría
Sent: Wednesday, 8 September 2038 17:42
To: wg-packaging@nagrif.example.es
Subject: Agenda for 14 September

Dear all, attached is the agenda for next Tuesday. Marta has kindly agreed to host us at CNTA in San Adrián; a bus will leave the cluster office at 08:45 for those who need it. Please confirm by Friday. Javier

--
This message and its attachments are confidential. If you received it in error, please notify the sender and delete it.
"""
m = EmailMessage()
m['From'] = 'Irati Goikoetxea Lasa <secretaria@nagrif.example.es>'
m['To'] = 'wg-packaging@nagrif.example.es'
m['Cc'] = 'direccion@nagrif.example.es'
m['Subject'] = 'Summary – WG Food Packaging, 14 September 2038'
m['Date'] = 'Fri, 17 Sep 2038 09:12:44 +0200'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
N="Navarra Agrifood Cluster"
gold(F,
 [P("Irati Goikoetxea Lasa","Working Group Secretary",N),
  P("Javier Urdániz Echeverría","chair","Conservas Ribera del Ebro S.A."),
  P("Marta Sola-Azcona",None,"CNTA"),
  P("Patxi Elizalde",None,"Verduras de Tudela S.Coop."),
  P("Ainhoa Mendívil-Ros",None,"Public University of Navarre"),
  P("Carlos Beaumont",None,"Envases Plásticos del Norte S.L."),
  P("Lucía Ferrer Ibarra",None,"Department of Economic and Business Development, Government of Navarre"),
  P("Koldo Arregi",None,"Grupo Lacturale"),
  P("Sophie Marchand",None,"Vegepack Europe")],
 [O(N,"NAGRIF"), O("Centro Nacional de Tecnología y Seguridad Alimentaria","CNTA"), O("Conservas Ribera del Ebro S.A."),
  O("Verduras de Tudela S.Coop."), O("Public University of Navarre","UPNA"), O("Envases Plásticos del Norte S.L."),
  O("Department of Economic and Business Development"), O("Government of Navarre"), O("Grupo Lacturale"),
  O("Vegepack Europe"), O("Vitagora"), O("Clust-ER Agrifood")],
 [E("3rd meeting of the Working Group on Food Packaging","2038-09-14",None,"San Adrián","Spain"),
  E("second meeting","2038-06-08",None,"Pamplona","Spain"),
  E("Next meeting","2038-10-21",None,"Pamplona","Spain"),
  E("visit to the CNTA pilot plant","2038-09-14",None,"San Adrián","Spain")],
 ["2038-09-24","2038-09-14","2038-06-08","2040","2038-11","2038-10-01","2038-10-15","2038-10-21","2038-09-08","2038-09-17"],
 ["The working group supports the creation of a shared testing service at CNTA and asks the cluster board to co-finance its first year",
  "NAGRIF will prepare a joint proposal on mono-material packaging with Vitagora and Clust-ER Agrifood, led by Envases Plásticos del Norte S.L.",
  "A short guide on the new packaging obligations will be written for members, in Spanish and Basque",
  "The group will invite the Government of Navarre to present its circular economy grants at the next meeting"],
 "2038-09-17")
