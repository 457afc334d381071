from h import *
F = 'flevoland-agrifood-cluster-contacts.md'
T = f"""# Contacts – Flevoland AgriFood & Water Cluster

*Last updated: {wd(2037,9,1)} 1 September 2037 · Print version · [Nederlands](#) | English*

The Flevoland AgriFood & Water Cluster (FAWC) connects growers, food processors, water technology companies and knowledge institutions in Flevoland and the wider IJsselmeer region. Our office is located in the World Food Center building in Lelystad. This page lists the people you can contact, with their role and the topics they handle. If you are not sure whom to ask, write to info@fawc.nl and we will forward your question within two working days. Members can also find the contact details of all member companies in the members' area of the website, which is updated every month by the office manager.

## Cluster office

| Name | Role | Topics | E-mail | Phone |
|---|---|---|---|---|
| Dr. ir. Willemijn Bakker-Postma | Cluster Director | strategy, board, provincial and national policy | w.bakker@fawc.nl | +31 320 28 41 00 |
| Joost van 't Hof | Deputy Director / Finance | budget, membership fees, subsidies | j.vanthof@fawc.nl | +31 320 28 41 02 |
| Fatima El Idrissi | Programme Manager Water | water reuse, salinisation, drainage pilots | f.elidrissi@fawc.nl | +31 320 28 41 05 |
| Sven de Groot | Programme Manager Protein Transition | plant-based proteins, insects, fermentation | s.degroot@fawc.nl | +31 320 28 41 06 |
| Dr. Magdalena Krawczyk | International Project Manager | Horizon Europe, Interreg, partner search | m.krawczyk@fawc.nl | +31 320 28 41 08 |
| Thijs Visser | Business Developer | start-ups, investors, matchmaking | t.visser@fawc.nl | +31 320 28 41 09 |
| Annelies de Vries-Kamphuis | Events and Communication Officer | newsletter, website, events | a.devries@fawc.nl | +31 320 28 41 11 |
| Bram Oosterhuis | Office Manager | room bookings, invoices, general questions | b.oosterhuis@fawc.nl | +31 320 28 41 01 |

## Board (2036–2040)

| Name | Role | Organisation |
|---|---|---|
| Gerrit Jan Brouwer | Chair | Brouwer Akkerbouw B.V., Dronten |
| Prof. dr. Ingrid Verhoeven | Vice-Chair | Wageningen University & Research |
| Mehmet Yilmaz | Treasurer | Lelystad FoodTech B.V. |
| Karin Zwart | Board Member | Waterschap Zuiderzeeland |
| Dr. Pieter-Jan Hoekstra | Board Member | Aeres University of Applied Sciences |
| Liesbeth ter Horst | Board Member | Horizon Flevoland (Regional Development Agency) |

## Partner contacts

| Organisation | Name | Role |
|---|---|---|
| Province of Flevoland | Marco Dijkstra | Senior Policy Advisor Economy |
| Netherlands Enterprise Agency (RVO) | Sanne Mulder | Advisor Cluster Programmes |
| Enterprise Europe Network Netherlands | Jeroen Kramer | Business Adviser, Agrifood |
| Foodvalley NL | Anouk Lambregts | Programme Lead Regional Partnerships |
| Water Alliance | Hendrik Mastenbroek | Director |
| European Cluster Collaboration Platform | Dr. Luisa Fernández-Ortega | Cluster Liaison Officer |

## Who to contact for what

- **New members:** membership applications and the welcome meeting are handled by the Office Manager; the Cluster Director joins the welcome meeting for companies with more than 50 employees.
- **Project ideas:** contact the programme manager of your theme first. If your idea needs partners abroad, the International Project Manager will help you with partner search and with the proposal.
- **Press:** journalists can contact the Events and Communication Officer. Interviews with the Cluster Director can be arranged at short notice.
- **Complaints:** please write to the Chair of the Board, Gerrit Jan Brouwer, via board@fawc.nl. Complaints are discussed at the next board meeting.

## Office hours

The office is open Monday to Thursday from 9:00 to 17:00 and on Friday from 9:00 to 13:00. From 22 December 2037 to 2 January 2038 the office is closed. Visitors should register at the reception of the World Food Center; parking is available behind the building.

## Upcoming events

- **Water Reuse Field Day** – {wd(2037,9,24)} 24 September 2037, test fields in Biddinghuizen. Contact: Fatima El Idrissi.
- **Protein Transition Pitch Night** – {wd(2037,10,14)} 14 October 2037, Lelystad. Contact: Sven de Groot.
- **FAWC Members' Meeting 2037** – {wd(2037,11,26)} 26 November 2037, World Food Center, Lelystad. Members will elect two new board members and approve the work plan for 2038.
- **Study trip to the Almería greenhouse cluster** – 9–12 February 2038, together with Foodvalley NL. Contact: Dr. Magdalena Krawczyk.

## Changes since the previous version

Fatima El Idrissi took over the water programme on 1 July 2037 from Ruud Schippers, who has moved to the Water Alliance. Annelies de Vries-Kamphuis returned from leave in August 2037. The phone numbers of the office have changed; the old numbers will work until 31 December 2037.

---
Flevoland AgriFood & Water Cluster · Stichting FAWC · Agora 4, 8224 AD Lelystad · KvK 8712 3456
[Privacy statement](#) · [Cookie settings](#) · [Newsletter](#) · [LinkedIn](#)
"""
write(F, T)
FA = "Flevoland AgriFood & Water Cluster"
rows = [("Willemijn Bakker-Postma","Cluster Director"),("Joost van 't Hof","Deputy Director / Finance"),("Fatima El Idrissi","Programme Manager Water"),
 ("Sven de Groot","Programme Manager Protein Transition"),("Magdalena Krawczyk","International Project Manager"),("Thijs Visser","Business Developer"),
 ("Annelies de Vries-Kamphuis","Events and Communication Officer"),("Bram Oosterhuis","Office Manager")]
gold(F, [P(n, r, FA) for n, r in rows] + [
 P("Gerrit Jan Brouwer", "Chair", "Flevoland AgriFood & Water Cluster"), P("Ingrid Verhoeven", "Vice-Chair", "Flevoland AgriFood & Water Cluster"), P("Mehmet Yilmaz", "Treasurer", "Flevoland AgriFood & Water Cluster"),
 P("Karin Zwart", "Board Member", "Flevoland AgriFood & Water Cluster"), P("Pieter-Jan Hoekstra", "Board Member", "Flevoland AgriFood & Water Cluster"), P("Liesbeth ter Horst", "Board Member", "Flevoland AgriFood & Water Cluster"),
 P("Marco Dijkstra", "Senior Policy Advisor Economy", "Province of Flevoland"),
 P("Sanne Mulder", "Advisor Cluster Programmes", "Netherlands Enterprise Agency"),
 P("Jeroen Kramer", "Business Adviser, Agrifood", "Enterprise Europe Network Netherlands"),
 P("Anouk Lambregts", "Programme Lead Regional Partnerships", "Foodvalley NL"),
 P("Hendrik Mastenbroek", "Director", "Water Alliance"),
 P("Luisa Fernández-Ortega", "Cluster Liaison Officer", "European Cluster Collaboration Platform"),
 P("Ruud Schippers", None, "Water Alliance"),
], [
 O(FA, "FAWC"), O("World Food Center"), O("Brouwer Akkerbouw B.V."), O("Wageningen University & Research"),
 O("Lelystad FoodTech B.V."), O("Waterschap Zuiderzeeland"), O("Aeres University of Applied Sciences"),
 O("Horizon Flevoland"), O("Province of Flevoland"), O("Netherlands Enterprise Agency", "RVO"), O("Enterprise Europe Network Netherlands"),
 O("Foodvalley NL"), O("Water Alliance"), O("European Cluster Collaboration Platform"), O("Almería greenhouse cluster"),
], [
 E("Water Reuse Field Day", "2037-09-24", "2037-09-24", "Biddinghuizen", "Netherlands"),
 E("Protein Transition Pitch Night", "2037-10-14", "2037-10-14", "Lelystad", "Netherlands"),
 E("FAWC Members' Meeting 2037", "2037-11-26", "2037-11-26", "Lelystad", "Netherlands"),
 E("Study trip to the Almería greenhouse cluster", "2038-02-09", "2038-02-12", None, "Spain"),
], ["2037-09-01", "2036/2040", "2037-12-22/2038-01-02", "2037-09-24", "2037-10-14", "2037-11-26", "2038", "2038-02-09/2038-02-12",
    "2037-07-01", "2037-08", "2037-12-31"], pub="2037-09-01")
