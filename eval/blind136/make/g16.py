from h import *
F = 'g16_viseu_sudoe_partner_meeting_news.txt'
assert wd(2042,9,16)=='Tuesday' and wd(2042,9,17)=='Wednesday' and wd(2042,9,18)=='Thursday' and wd(2042,10,22)=='Wednesday'
T = """WINECIRC – Circular wine value chains in south-west Europe
Interreg Sudoe project · News

Skip to content | Home | About | Partners | Results | News | Contact | PT | ES | FR | EN

3rd partner meeting and study visit in Viseu: from vine shoots to packaging
Posted on 24/09/2042 by the WINECIRC communication team

Viseu, 24 September 2042 – The partners of the WINECIRC project met in Viseu, in Portugal's Dão wine region, from 16 to 18 September 2042 for the project's third partner meeting. The meeting was hosted by the lead partner, InovCluster – Associação do Cluster Agroindustrial do Centro, and brought together 31 participants from seven partner organisations in Portugal, Spain and France.

Who was there
The lead partner was represented by its executive director Cláudia Marques de Almeida and project manager Tiago Figueiredo-Lopes. From Spain came the Clúster de la Industria del Vino de La Rioja (CLUVIR), with its manager Javier Sáenz de Ugarte, and the Instituto de Ciencias de la Vid y del Vino (ICVV) in Logroño. The French partners were Inno'vin, the wine cluster of Nouvelle-Aquitaine, represented by Mathilde Ducasse-Lenoir, and the Chambre d'agriculture de la Gironde. The Universidade de Trás-os-Montes e Alto Douro (UTAD) and the Comissão Vitivinícola Regional do Dão (CVR Dão) completed the group.

Programme
Tuesday 16 September
14:00 Steering committee (partners only)
17:30 Guided tour of Viseu's historic centre
20:00 Welcome dinner at Quinta da Fata, Nelas

Wednesday 17 September
09:00 Technical session: results of the waste mapping in the three regions (presented by UTAD)
11:00 Workshop on business models for valorising vine shoots and grape marc
14:30 Study visit to the Casa da Ínsua winery in Penalva do Castelo and to the cooperative Adega Cooperativa de Silgueiros

Thursday 18 September
09:30 Local stakeholder forum with 18 Dão wineries, organised with CVR Dão
12:30 Closing of the meeting and lunch

Conclusions
At the end of the meeting, the partners agreed on the following conclusions:
- The three regions produce about 410,000 tonnes of vine shoots and grape marc per year, of which less than a quarter is valorised
- Small wineries need shared logistics to collect by-products; clusters are best placed to organise it
- The pilot on lightweight glass bottles will be extended to Spain and France in 2043
- The project will publish a joint policy brief for the regional authorities before the final conference

What's next
The final conference of WINECIRC will be held in Bordeaux on 22 October 2042, during the Vinexpo week, with Inno'vin as host. Before that, CLUVIR will run an online training on carbon footprinting for wineries (three sessions in October). The partners also agreed to prepare a follow-up proposal for the next Interreg Sudoe call, expected in the first half of 2043.

"Viseu showed us that a small wine region can lead on circularity when the cluster, the university and the regulator sit at the same table," said Cláudia Marques de Almeida.

Previous partner meetings were held in Logroño (March 2041) and in Bordeaux (November 2041).

Tags: circular economy, wine, partner meeting, Dão, study visit
Share: Facebook | LinkedIn | X | Email
Related news: "WINECIRC waste mapping completed" (07/07/2042) · "Kick-off in Logroño" (26/03/2041)

This project is co-funded by the European Union through the Interreg Sudoe programme. The content is the sole responsibility of the partners.
(c) 2042 WINECIRC · Legal notice · Cookies
"""
write(F, T)
L = "InovCluster – Associação do Cluster Agroindustrial do Centro"
gold(F,
 [P("Cláudia Marques de Almeida", "executive director", L),
  P("Tiago Figueiredo-Lopes", "project manager", L),
  P("Javier Sáenz de Ugarte", "manager", "Clúster de la Industria del Vino de La Rioja"),
  P("Mathilde Ducasse-Lenoir", None, "Inno'vin")],
 [O(L), O("Clúster de la Industria del Vino de La Rioja", "CLUVIR"), O("Instituto de Ciencias de la Vid y del Vino", "ICVV"),
  O("Inno'vin"), O("Chambre d'agriculture de la Gironde"), O("Universidade de Trás-os-Montes e Alto Douro", "UTAD"),
  O("Comissão Vitivinícola Regional do Dão", "CVR Dão"), O("Casa da Ínsua"), O("Adega Cooperativa de Silgueiros")],
 [E("third partner meeting", "2042-09-16", "2042-09-18", "Viseu", "Portugal"),
  E("Steering committee", "2042-09-16", None, "Viseu", "Portugal"),
  E("Guided tour of Viseu's historic centre", "2042-09-16", None, "Viseu", "Portugal"),
  E("Welcome dinner", "2042-09-16", None, "Nelas", "Portugal"),
  E("Workshop on business models for valorising vine shoots and grape marc", "2042-09-17", None, "Viseu", "Portugal"),
  E("Study visit", "2042-09-17", None, "Penalva do Castelo", "Portugal"),
  E("Local stakeholder forum", "2042-09-18", None, "Viseu", "Portugal"),
  E("final conference of WINECIRC", "2042-10-22", None, "Bordeaux", "France"),
  E("Vinexpo week", "2042-10", None, "Bordeaux", "France"),
  E("online training on carbon footprinting for wineries", "2042-10", None, None, None),
  E("partner meeting", "2041-03", None, "Logroño", "Spain"),
  E("partner meeting", "2041-11", None, "Bordeaux", "France")],
 ["2042-09-24", "2042-09-16/2042-09-18", "2042-09-16", "2042-09-17", "2042-09-18", "2043", "2042-10-22", "2042-10",
  "2041-03", "2041-11", "2042-07-07", "2041-03-26"],
 ["The three regions produce about 410,000 tonnes of vine shoots and grape marc per year, of which less than a quarter is valorised",
  "Small wineries need shared logistics to collect by-products; clusters are best placed to organise it",
  "The pilot on lightweight glass bottles will be extended to Spain and France in 2043",
  "The project will publish a joint policy brief for the regional authorities before the final conference"],
 pub="2042-09-24")
