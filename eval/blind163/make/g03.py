from h import *
F = 'g03_pitea_forest_bioeconomy_partnership_agenda.md'
assert wd(2037,9,22)=='Tuesday' and wd(2037,9,23)=='Wednesday' and wd(2037,9,24)=='Thursday' and wd(2037,9,1)=='Tuesday'
T = """# Partnership meeting of the S3 partnership "Forest-based Bioeconomy in Sparsely Populated Areas"

**Piteå, Sweden · 22–24 September 2037**
**Host:** Norrbotten Bioeconomy Cluster (NBC) with Region Norrbotten and Piteå Science Park
**Status:** draft agenda, version 3 (1 September 2037) – changes are possible

---

## Practical information

- **Venue:** Studio Acusticum, Piteå (days 1 and 2); field trip on day 3
- **Arrival:** Luleå Airport, shuttle bus to Piteå at 11:30 and 13:30 on Tuesday 22 September
- **Hotel block:** until 1 September 2037 at the Stadshotellet Piteå, quote "S3 Forest"
- **Registration:** through the partnership's platform; deadline 8 September 2037
- **Languages:** English only, no interpretation

## Tuesday 22 September 2037 – arrival and coordinators' meeting

| Time | Item |
|---|---|
| 14:00–16:30 | Closed meeting of the coordinating regions (Norrbotten, North Karelia, Navarra, Łódź Voivodeship) |
| 17:00–18:00 | Guided walk through Piteå's old town (meeting point: Stadshotellet) |
| 19:00 | Welcome dinner at Pite Havsbad, hosted by Piteå Municipality |

## Wednesday 23 September 2037 – plenary day

| Time | Item |
|---|---|
| 08:30 | Registration and coffee |
| 09:00 | Welcome: Linnéa Wikström, chair of the regional development committee, Region Norrbotten; Per-Olof Nyberg, mayor of Piteå |
| 09:30 | "Where the partnership stands after two years" – Dr Anna-Karin Sandberg, cluster manager, NBC |
| 10:15 | Keynote: "Wood fibre instead of plastic – an industrial reality check" – Johan Lindqvist (Smurfit Kappa Piteå, Sweden) |
| 11:00 | Coffee break and poster corner |
| 11:30 | Investment pipeline: five demonstration cases presented by their owners – Jaakko Heikkinen (Business Joensuu, Finland), Iñaki Goñi Etxeberria (ADItech, Spain), Katarzyna Wróbel-Nowak (Łódź Regional Development Agency, Poland), Rasa Jankauskienė (Lithuanian Innovation Centre, Lithuania), Markus Öhman (RISE Processum, Sweden) |
| 13:00 | Lunch |
| 14:00 | Parallel working groups: (1) biorefinery pilots, (2) wood construction, (3) skills and attraction of young people |
| 16:00 | Report back from the working groups |
| 16:45 | Partnership assembly: adoption of the 2038 work plan and of the rotation of the chair |
| 19:30 | Partnership dinner in the Nolia exhibition hall, Piteå |

## Thursday 24 September 2037 – field trip

| Time | Item |
|---|---|
| 08:00 | Bus departs from Studio Acusticum |
| 09:00 | Site visit to the lignin pilot plant at RISE Processum's Piteå facility |
| 11:00 | Visit to the timber-frame factory of Lindbäcks Bygg AB |
| 13:00 | Lunch at the factory |
| 14:30 | Bus to Luleå Airport (arrival 15:15) |

## Partners of the S3 partnership (as of September 2037)

- Region Norrbotten (Sweden) – coordinator
- Pohjois-Karjalan maakuntaliitto / Regional Council of North Karelia (Finland) – co-coordinator
- Gobierno de Navarra (Spain) – co-coordinator
- Łódź Voivodeship (Poland) – co-coordinator
- Vidzeme Planning Region (Latvia)
- Centre-Val de Loire Region (France)
- Styria (Austria), represented by the Green Tech Cluster Styria

## Background

The partnership was launched in 2035 under the European Commission's thematic smart specialisation platform on industrial modernisation. It connects regions where forest industries are a major employer but where young people move away. The meeting in Piteå is the partnership's fourth in-person meeting; the earlier ones were held in Joensuu (March 2036), Pamplona (October 2036) and Łódź (April 2037).

## Contacts

Dr Anna-Karin Sandberg, cluster manager, Norrbotten Bioeconomy Cluster – anna-karin.sandberg@nbc.example.se
Erik Holmgren, project officer (logistics, hotel) – +46 911 000 00

*Photos will be taken during the meeting. Tell the organisers at registration if you do not wish to be photographed.*
"""
write(F, T)
N="Norrbotten Bioeconomy Cluster"
gold(F,
 [P("Linnéa Wikström","chair of the regional development committee","Region Norrbotten"),
  P("Per-Olof Nyberg","mayor of Piteå",None),
  P("Anna-Karin Sandberg","cluster manager",N),
  P("Johan Lindqvist",None,"Smurfit Kappa Piteå"),
  P("Jaakko Heikkinen",None,"Business Joensuu"),
  P("Iñaki Goñi Etxeberria",None,"ADItech"),
  P("Katarzyna Wróbel-Nowak",None,"Łódź Regional Development Agency"),
  P("Rasa Jankauskienė",None,"Lithuanian Innovation Centre"),
  P("Markus Öhman",None,"RISE Processum"),
  P("Erik Holmgren","project officer",None)],
 [O(N,"NBC"), O("Region Norrbotten"), O("Piteå Science Park"), O("Piteå Municipality"), O("Smurfit Kappa Piteå"),
  O("Business Joensuu"), O("ADItech"), O("Łódź Regional Development Agency"), O("Lithuanian Innovation Centre"),
  O("RISE Processum"), O("Lindbäcks Bygg AB"), O("Pohjois-Karjalan maakuntaliitto / Regional Council of North Karelia"),
  O("Gobierno de Navarra"), O("Łódź Voivodeship"), O("Vidzeme Planning Region"), O("Centre-Val de Loire Region"),
  O("Green Tech Cluster Styria"), O("European Commission")],
 [E('Partnership meeting of the S3 partnership "Forest-based Bioeconomy in Sparsely Populated Areas"',"2037-09-22","2037-09-24","Piteå","Sweden"),
  E("Closed meeting of the coordinating regions","2037-09-22",None,"Piteå","Sweden"),
  E("Guided walk through Piteå's old town","2037-09-22",None,"Piteå","Sweden"),
  E("Welcome dinner","2037-09-22",None,"Piteå","Sweden"),
  E("Partnership assembly","2037-09-23",None,"Piteå","Sweden"),
  E("Partnership dinner","2037-09-23",None,"Piteå","Sweden"),
  E("Site visit to the lignin pilot plant","2037-09-24",None,"Piteå","Sweden"),
  E("Visit to the timber-frame factory of Lindbäcks Bygg AB","2037-09-24",None,None,"Sweden"),
  E("partnership meeting","2036-03",None,"Joensuu","Finland"),
  E("partnership meeting","2036-10",None,"Pamplona","Spain"),
  E("partnership meeting","2037-04",None,"Łódź","Poland")],
 ["2037-09-22/2037-09-24","2037-09-01","2037-09-22","2037-09-08","2037-09-23","2038","2037-09-24","2037-09","2035",
  "2036-03","2036-10","2037-04"],
 [], pub="2037-09-01")
