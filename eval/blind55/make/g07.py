from h import *
F = 'joint-stand_salone-del-mobile-2035_smalands-mobelkluster.md'
T = '''# Join the Småland pavilion at Salone del Mobile.Milano 2035

*News · Trade fairs · 28 August 2034 · by Elin Karlsson-Ståhl*

**Jönköping.** For the third time, **Smålands Möbelkluster** (the Småland Furniture Cluster) will organise a joint stand for its members at **Salone del Mobile.Milano**, the world's leading furniture fair, from **Tuesday 17 to Sunday 22 April 2035** at Fiera Milano Rho. The pavilion of about 220 m² in Hall 16 will have room for up to 14 exhibitors and a shared lounge for meetings.

The joint stand is co-organised with **Business Sweden** and supported by **Region Jönköpings län** and the **Swedish Federation of Wood and Furniture Industry (TMF)**. Members of the cluster pay a reduced fee; the region covers about 40% of the stand construction costs for small companies.

> "Milan is where our members meet architects and contract buyers from the Middle East, the US and Asia. On a joint stand a company of eight people can stand next to the big brands and look just as professional," says **Johan Lindqvist**, Cluster Manager at Smålands Möbelkluster.

## What is included

- A fully built stand module of 12, 16 or 24 m², with lighting, storage and Wi-Fi
- Listing in the official exhibitor catalogue under "Sweden – Småland pavilion"
- A shared lounge and bar with Swedish coffee (run by the cluster)
- Press kit and a joint press conference on the opening day, 17 April 2035
- A pre-booked programme of visits from architects' offices, arranged by Business Sweden Milan
- Travel and hotel block booking in Rho (optional)

## Costs

| Module | Members | Non-members |
|---|---|---|
| 12 m² | SEK 98,000 | SEK 132,000 |
| 16 m² | SEK 126,000 | SEK 168,000 |
| 24 m² | SEK 179,000 | SEK 239,000 |

Prices exclude VAT and the fair's mandatory registration fee (EUR 1,450 per co-exhibitor).

## Deadlines

1. **Expression of interest:** by Friday 29 September 2034 (non-binding, by e-mail)
2. **Information webinar:** Wednesday 4 October 2034, 09:00–10:00, online, with **Giulia Bernasconi-Ferri**, Project Manager, Business Sweden Milan, and **Anders Öhman**, Export Manager, Bruksvara Möbler AB, who exhibited in 2034
3. **Binding registration and deposit (30%):** by Tuesday 31 October 2034
4. **Allocation of modules:** mid-November 2034
5. **Graphics and product lists:** by 15 February 2035
6. **Preparatory meeting** for all exhibitors at the cluster office in Jönköping: Thursday 8 March 2035

Places are allocated in order of binding registration; at least four places are reserved for companies exhibiting in Milan for the first time.

## Experience from 2033 and 2034

The cluster's first joint stand in **2033** gathered nine companies; in **2034** there were twelve exhibitors from Tranås, Nässjö, Värnamo and Jönköping. The twelve reported around 1,900 registered contacts and 37 follow-up offers. **Karin Sjöberg-Nilsson**, CEO of Tranås Stol & Bord AB, says the fair brought her company its first hotel contract in Dubai.

## Also in the autumn

- **Stockholm Furniture Fair 2035**, 4–8 February 2035: the cluster does not organise a stand but offers a joint visit with a dinner on 5 February 2035.
- **Orgatec 2034** in Cologne, 22–25 October 2034, is **cancelled** for the cluster's delegation (too few registrations); individual visits are possible with trade-fair tickets from the office.
- **Smålandsdagen** for members, Friday 24 November 2034 in Växjö, at **Linnaeus University**.

## Contact

Joint stand: **Elin Karlsson-Ståhl**, Project Manager Internationalisation, Smålands Möbelkluster, elin@mobelkluster.example, +46 36 000 00 00

Business Sweden: **Giulia Bernasconi-Ferri**, Business Sweden Milan

*Smålands Möbelkluster ek. för. · Science Park Jönköping · Gjuterigatan 9, Jönköping*

Tags: Salone del Mobile · joint stand · export · Italy
'''
write_text(F, T)
SM = 'Smålands Möbelkluster'
gold(F, '2034-08-28',
 [P('Elin Karlsson-Ståhl','Project Manager Internationalisation',SM),
  P('Johan Lindqvist','Cluster Manager',SM),
  P('Giulia Bernasconi-Ferri','Project Manager','Business Sweden Milan'),
  P('Anders Öhman','Export Manager','Bruksvara Möbler AB'),
  P('Karin Sjöberg-Nilsson','CEO','Tranås Stol & Bord AB')],
 [O('Smålands Möbelkluster ek. för.','Småland Furniture Cluster'),O('Business Sweden'),O('Business Sweden Milan'),O('Region Jönköpings län'),O('Swedish Federation of Wood and Furniture Industry','TMF'),
  O('Bruksvara Möbler AB'),O('Tranås Stol & Bord AB'),O('Linnaeus University'),O('Science Park Jönköping')],
 [E('Salone del Mobile.Milano 2035','2035-04-17','2035-04-22','Milan','Italy'),
  E('Information webinar','2034-10-04'),
  E('Preparatory meeting','2035-03-08',None,'Jönköping','Sweden'),
  E('Stockholm Furniture Fair 2035','2035-02-04','2035-02-08','Stockholm','Sweden'),
  E('joint visit with a dinner','2035-02-05',None,'Stockholm','Sweden'),
  E('Orgatec 2034','2034-10-22','2034-10-25','Cologne','Germany'),
  E('Smålandsdagen','2034-11-24',None,'Växjö','Sweden'),
  E('Salone del Mobile.Milano (2033 edition)','2033',None,'Milan','Italy'),
  E('Salone del Mobile.Milano (2034 edition)','2034',None,'Milan','Italy')],
 ['2034-08-28','2035-04-17/2035-04-22','2035-04-17','2034-09-29','2034-10-04','2034-10-31','2034-11','2035-02-15','2035-03-08','2033','2034',
  '2035-02-04/2035-02-08','2035-02-05','2034-10-22/2034-10-25','2034-11-24'],
 [])
