from h import *
F = 'g01_kerry_agrifood_conference_outcomes.md'
assert wd(2037,10,8)=='Thursday' and wd(2037,10,9)=='Friday' and wd(2038,3,17)=='Wednesday'
KM = ["Regional food producers need one shared cold-chain and logistics service rather than twelve separate ones",
 "The cluster should run a single digital skills programme with the Munster Technological University and the Education and Training Board",
 "Access to the EU market for small dairy and seafood producers depends on certification support, which should be offered free to members under 20 staff",
 "Public buyers in Kerry and Cork should reserve a share of catering contracts for local producers and publish their tenders earlier",
 "The cluster should join at least two European Strategic Cluster Partnerships before the end of 2038",
 "A youth ambassador scheme should bring school leavers into the food sector through paid summer placements"]
T = f"""[Skip to content](#main) | [Home](/) | [About the Cluster](/about) | [Members](/members) | [Events](/events) | [Publications](/publications) | [Contact](/contact)

> This site uses cookies. By continuing to browse you agree to our use of cookies. [More info](/cookies) · [OK]

Home › Publications › Conference reports

# Kerry Food Futures Conference 2037 – Outcome Report

*Published 2 November 2037 by the Kerry Agri-Food Cluster secretariat · PDF version (1.4 MB) · 7 min read*

**Conference:** Kerry Food Futures Conference 2037
**Dates:** Thursday 8 and Friday 9 October 2037
**Venue:** Ballyseedy Manor Hotel, Tralee, Co. Kerry
**Participants:** 214 registered, 187 attended in person, 41 online

## 1. Introduction

The fifth edition of the Kerry Food Futures Conference brought together food and drink producers, processors,
researchers, public buyers and regional agencies to take stock of the Kerry Agri-Food Cluster Strategy 2034–2038 and
to agree what the cluster should ask of its members and partners in its final year. This report summarises the
sessions, lists the conclusions the plenary adopted on the Friday afternoon and sets out the recommendations passed to
the cluster board.

The conference was opened by Siobhán Ní Chonchúir, Chair of the Kerry Agri-Food Cluster, and by Cllr Declan
O'Riordan, Cathaoirleach of Kerry County Council. Keynotes were given by Dr Aoife Brosnan, Head of Food Research at
Teagasc, and by Henrik Vestergaard, Director of the Danish Food Cluster, who spoke about shared logistics among
Danish dairies.

## 2. Programme at a glance

| Time | Thursday 8 October |
|------|--------------------|
| 09:00 | Registration and coffee |
| 09:30 | Welcome – Siobhán Ní Chonchúir; Cllr Declan O'Riordan |
| 10:00 | Keynote: Research for small producers – Dr Aoife Brosnan |
| 11:15 | Panel: Getting into public kitchens |
| 13:00 | Lunch |
| 14:00 | Parallel workshops A–D |
| 19:30 | Conference dinner, Siamsa Tíre, Tralee |

| Time | Friday 9 October |
|------|------------------|
| 09:00 | Keynote: Sharing the cold chain – Henrik Vestergaard |
| 10:15 | B2B meetings (62 meetings booked) |
| 12:30 | Plenary: conclusions and recommendations |
| 14:00 | Site visits to Dingle Bay Seafoods Ltd and Listowel Creamery Co-operative |

## 3. What we heard

In the panel on public procurement, Mary Hegarty, Procurement Manager at University Hospital Kerry, explained that
the hospital buys about 40% of its fresh produce in the county, but tenders are often published too late for small
producers to form consortia. Tomás Fitzgerald of the Local Enterprise Office Kerry said that 31 food start-ups had been
supported since 2034, and that the main barrier to growth was certification cost rather than finance.

Workshop C, chaired by Dr Niamh Culloty of Munster Technological University, looked at skills. Participants reported
vacancies for food technologists, maintenance fitters and export sales staff in almost every member firm. A pilot
with Kerry Education and Training Board, to start in January 2038, will offer a part-time certificate in food
automation.

Workshop D looked at European cooperation. Ana Lucía Berrocal of the European Cluster Collaboration Platform presented
the partnership calls expected for 2038 and invited the cluster to the matchmaking day in Brussels on 17 March 2038.

Workshop A, on logistics, heard from Pádraig Moynihan, Operations Director of Kerry Coast Logistics Ltd, who described
how three seafood producers in Castlegregory now share one refrigerated van and one driver. Their delivery costs fell by
a third in the first year. Participants agreed that the cluster should map all cold stores in the county and explore a
shared booking system. Workshop B, on marketing, concluded that the "Taste of Kerry" brand is well known among tourists
but hardly used in export; a survey of members will be run before Christmas.

The B2B session on Friday morning was run with the Enterprise Europe Network Ireland. Sixty-two meetings were held
between 38 companies, ten of them from outside Ireland, including two delegations from Brittany and Asturias.

## 4. Conclusions and recommendations

The plenary on 9 October adopted the following recommendations to the cluster board:

{bl(KM, '1. ')}

The board will respond to these recommendations at its meeting in December and report to members at the annual
general meeting in spring 2038.

## 5. Thanks

The conference was supported by Enterprise Ireland, Kerry County Council and Bord Bia. Photographs: Domhnall Kissane.

---

**Contact:** Cluster secretariat, Kerry Agri-Food Cluster, Tralee Technology Park, Tralee V92 XXXX · info@kerryagrifood.example.ie · +353 66 700 0000

Share: [LinkedIn](#) · [X](#) · [Email](#)

Previous editions: [2036 – Listowel](/reports/2036) · [2035 – Killarney](/reports/2035) · [2034 – Tralee](/reports/2034)

© 2037 Kerry Agri-Food Cluster CLG · [Privacy](/privacy) · [Accessibility](/accessibility)
"""
write(F, T)
gold(F,
 [P("Siobhán Ní Chonchúir","Chair","Kerry Agri-Food Cluster"),
  P("Declan O'Riordan","Cathaoirleach","Kerry County Council"),
  P("Aoife Brosnan","Head of Food Research","Teagasc"),
  P("Henrik Vestergaard","Director","Danish Food Cluster"),
  P("Mary Hegarty","Procurement Manager","University Hospital Kerry"),
  P("Tomás Fitzgerald",None,"Local Enterprise Office Kerry"),
  P("Niamh Culloty",None,"Munster Technological University"),
  P("Ana Lucía Berrocal",None,"European Cluster Collaboration Platform"),
  P("Pádraig Moynihan","Operations Director","Kerry Coast Logistics Ltd"),
  P("Domhnall Kissane","Photographs",None)],
 [O("Kerry Agri-Food Cluster"), O("Kerry County Council"), O("Teagasc"), O("Danish Food Cluster"),
  O("Dingle Bay Seafoods Ltd"), O("Listowel Creamery Co-operative"),
  O("University Hospital Kerry"), O("Local Enterprise Office Kerry"), O("Munster Technological University"),
  O("Kerry Education and Training Board"), O("European Cluster Collaboration Platform"),
  O("Enterprise Ireland"), O("Kerry Coast Logistics Ltd"), O("Enterprise Europe Network Ireland"), O("Bord Bia"), O("Tralee Technology Park")],
 [E("Kerry Food Futures Conference 2037","2037-10-08","2037-10-09","Tralee","Ireland"),
  E("Conference dinner","2037-10-08",None,"Tralee","Ireland"),
  E("B2B meetings","2037-10-09",None,"Tralee","Ireland"),
  E("Site visits","2037-10-09",None,None,"Ireland"),
  E("matchmaking day","2038-03-17",None,"Brussels","Belgium"),
  E("annual general meeting","2038",None,None,None),
  E("board meeting","2037-12",None,None,None),
  E("Kerry Food Futures Conference","2036",None,"Listowel","Ireland"),
  E("Kerry Food Futures Conference","2035",None,"Killarney","Ireland"),
  E("Kerry Food Futures Conference","2034",None,"Tralee","Ireland")],
 ["2037-11-02","2037-10-08/2037-10-09","2034/2038","2034","2038-01","2038","2038-03-17","2037-10-08","2037-10-09","2037-12","2036","2035"],
 KM, "2037-11-02")
