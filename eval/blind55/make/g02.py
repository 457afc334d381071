from h import *
F = 'save-the-date_innlandet-wood-forum-2034.md'
T = '''# SAVE THE DATE: Innlandet Wood & Bioeconomy Forum 2034

**Hamar, Norway · Tuesday 5 and Wednesday 6 September 2034 · Scandic Ringsaker / Hamar Olympic Hall (Vikingskipet)**

*Posted 14 February 2034 by the forum secretariat · 4 min read*

Share: LinkedIn · Facebook · E-mail · Copy link

---

Mark your calendars: the twelfth **Innlandet Wood & Bioeconomy Forum** returns to Hamar, the town where it all started. For two days, forest owners, sawmills, timber-frame builders, biorefineries and researchers from the inland counties of Norway, Sweden and Finland will meet to discuss one question: *how do we turn more of every log into higher-value products, here in the region?*

The forum is organised by **Innlandet Trecluster** (the Innlandet Wood Cluster), a network of 112 companies and R&D partners from Hedmarken to Gudbrandsdalen, together with the **Norwegian University of Science and Technology (NTNU) Gjøvik**, **Innlandet County Municipality** and **Innovation Norway Innlandet**.

## What to expect

- A plenary morning on the Nordic timber-construction market, with the ministers of trade of Norway and Sweden invited (to be confirmed)
- Four tracks on day 2: *Mass timber and multi-storey building*, *Side streams and biorefining*, *Digital forestry*, *Skills and recruitment*
- A site visit to the new cross-laminated timber line of **Moelven Limtre AS** in Moelv (limited to 60 places)
- The **Innlandet Wood Award 2034**, presented at the forum dinner on 5 September
- A B2B matchmaking area run with **Enterprise Europe Network Norway** (bookings open 1 June)

## Confirmed speakers

- **Kari Bjørnstad-Haugen**, Cluster Manager, Innlandet Trecluster
- **Prof. Dr. Lars-Erik Sundqvist**, Professor of Wood Building Technology, Luleå University of Technology
- **Anne-Marit Øverli**, County Mayor, Innlandet County Municipality
- **Mikko Kärkkäinen**, Director of Development, Metsä Wood (Finland)
- **Solveig Dahl de Vries**, Head of Sustainability, Statsbygg

The full programme will be published in May. Calls for contributions to the four tracks are open until **15 April 2034**; abstracts of 300 words can be sent through the forum website.

## Key dates

| What | When |
|---|---|
| Call for track contributions closes | 15 April 2034 |
| Programme published | May 2034 |
| Early-bird registration ends | 30 June 2034 |
| Nominations for the Innlandet Wood Award | until 20 June 2034 |
| Forum | 5–6 September 2034 |

Fees: NOK 3,900 (members of Innlandet Trecluster and partner clusters NOK 2,900). Students from NTNU, the Inland Norway University of Applied Sciences and partner universities attend free of charge.

## Twelve editions, six towns

The forum began in 2023 as a half-day seminar for 40 sawmill managers in Hamar. Since then it has travelled around the region and twice across the border:

| Edition | Year | Host town | Theme |
|---|---|---|---|
| 1st | 2023 | Hamar | Sawmills after the storm |
| 2nd | 2024 | Lillehammer | Building with wood for the Games legacy |
| 3rd | 2025 | Gjøvik | Digital forestry |
| 4th | 2026 | Elverum | Bioenergy and district heating |
| 5th | 2027 | Karlstad (Sweden) | Nordic wood value chains |
| 6th | 2028 | Kongsvinger | Logistics and rail |
| 7th | 2029 | Lillehammer | Mass timber |
| 8th | 2030 | Elverum | Side streams |
| 9th | 2031 | Gjøvik | Skills for the green shift |
| 10th | 2032 | Jyväskylä (Finland) | Ten years of cooperation |
| 11th | 2033 | Kongsvinger | Wood in public procurement |
| 12th | 2034 | Hamar | Every log counts |

The 11th edition in Kongsvinger (6–7 September 2033) gathered 410 participants and closed with the *Kongsvinger Declaration* on wood in public buildings, signed by nine municipalities.

## Travel and accommodation

Hamar is 1 h 15 min by train from Oslo Airport Gardermoen. A block of rooms is reserved at Scandic Ringsaker and at First Hotel Victoria Hamar until 1 August 2034 (code IWF34).

## Contact

Forum secretariat: **Ingrid Solbakken-Lie**, Project Coordinator, Innlandet Trecluster · forum@trecluster.example · +47 000 00 000

Press: **Henrik Aasen**, Communications Adviser, Innovation Norway Innlandet

---

*The forum is co-funded by Innlandet County Municipality and the Interreg Sweden–Norway programme.*

Tags: events · forum · timber construction · bioeconomy · Innlandet

Related: [Winners of the Innlandet Wood Award 2033](#) · [Kongsvinger Declaration (PDF)](#) · [Become a member](#)
'''
write_text(F, T)
IT = 'Innlandet Trecluster'; ICM = 'Innlandet County Municipality'
gold(F, '2034-02-14',
 [P('Kari Bjørnstad-Haugen','Cluster Manager',IT),
  P('Lars-Erik Sundqvist','Professor of Wood Building Technology','Luleå University of Technology'),
  P('Anne-Marit Øverli','County Mayor',ICM),
  P('Mikko Kärkkäinen','Director of Development','Metsä Wood'),
  P('Solveig Dahl de Vries','Head of Sustainability','Statsbygg'),
  P('Ingrid Solbakken-Lie','Project Coordinator',IT),
  P('Henrik Aasen','Communications Adviser','Innovation Norway Innlandet')],
 [O(IT,'Innlandet Wood Cluster'),O('Norwegian University of Science and Technology (NTNU) Gjøvik','NTNU'),O(ICM),O('Innovation Norway Innlandet'),
  O('Moelven Limtre AS'),O('Enterprise Europe Network Norway'),O('Luleå University of Technology'),O('Metsä Wood'),O('Statsbygg'),
  O('Inland Norway University of Applied Sciences')],
 [E('Innlandet Wood & Bioeconomy Forum 2034','2034-09-05','2034-09-06','Hamar','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (1st edition)','2023',None,'Hamar','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (2nd edition)','2024',None,'Lillehammer','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (3rd edition)','2025',None,'Gjøvik','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (4th edition)','2026',None,'Elverum','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (5th edition)','2027',None,'Karlstad','Sweden'),
  E('Innlandet Wood & Bioeconomy Forum (6th edition)','2028',None,'Kongsvinger','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (7th edition)','2029',None,'Lillehammer','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (8th edition)','2030',None,'Elverum','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (9th edition)','2031',None,'Gjøvik','Norway'),
  E('Innlandet Wood & Bioeconomy Forum (10th edition)','2032',None,'Jyväskylä','Finland'),
  E('Innlandet Wood & Bioeconomy Forum (11th edition)','2033-09-06','2033-09-07','Kongsvinger','Norway')],
 ['2034-09-05/2034-09-06','2034-02-14','2034-09-05','2034-06-01','2034-05','2034-04-15','2034-06-30','2034-06-20','2023','2024','2025','2026','2027','2028',
  '2029','2030','2031','2032','2033','2034','2033-09-06/2033-09-07','2034-08-01'],
 [])
