from g import *
N='call-for-hosts-AquaClusters-Summit-2036.md'
W(N, '''# Call for hosts: European Water Clusters Summit 2036

*Published 9 April 2034 by the Secretariat of WaterNet Europe*

WaterNet Europe, the network of 31 water-technology cluster organisations from 17 countries, invites its member clusters to submit an expression of interest to host the **8th European Water Clusters Summit** in spring or early summer 2036.

## The Summit in short

The Summit is the network's flagship event: two days of plenary debates, site visits to utilities and treatment plants, a B2B matchmaking session and the General Assembly of WaterNet Europe. It usually brings together 300 to 400 participants from cluster organisations, SMEs, utilities, research and public authorities, including DG ENV and DG GROW of the European Commission.

## Previous editions

| Edition | Year | Host city | Host cluster |
|---|---|---|---|
| 1st | 2022 | Lyon | HydroRhône |
| 2nd | 2024 | Wrocław | Odra Water Cluster |
| 3rd | 2026 | Delft | Deltawater NL |
| 4th | 2028 | Murcia | Clúster Agua Segura |
| 5th | 2030 | Tampere | Vesiklusteri Pirkanmaa |
| 6th | 2032 | Bologna | AcquaLab Emilia |
| 7th | 2034 | Ghent | Flanders Water Hub |

The 7th Summit will take place in Ghent on 24–25 September 2034; the host for 2036 will be announced there, at the General Assembly on 25 September 2034.

## What we expect from a host

- a venue for at least 350 people in plenary plus three break-out rooms;
- two or three site visits within one hour of the venue;
- a local organising team with at least one full-time person from January 2036;
- co-financing of the venue and catering (typically €60,000–90,000) from regional or national sources;
- support in inviting regional and national policy-makers.

The Secretariat covers the programme, speakers, registration platform and communication.

## How to apply

Send a short expression of interest (max. 5 pages) with the proposed dates, venue, site visits and a letter of support from the regional authority to secretariat@waternet-europe.example.

**Deadline: 30 June 2034, 17:00 CEST.**

Shortlisted candidates will be invited to present their bid online to the Board of WaterNet Europe on 15 July 2034. The Board chair, Dr. Ingrid Solheim-Berg (NorAqua Cluster, Norway), and the network coordinator, Tobiasz Lewandowski, answer questions at an information webinar on 6 May 2034, 11:00 CEST.

Questions: Tobiasz Lewandowski, network coordinator, WaterNet Europe

---
WaterNet Europe AISBL · Rue de la Loi 81A, 1040 Brussels · [Privacy](/privacy) · [Newsletter](/newsletter)
''')
G(N, "2034-04-09",
 people=[("Ingrid Solheim-Berg","Board chair","WaterNet Europe"),
  ("Tobiasz Lewandowski","network coordinator","WaterNet Europe")],
 orgs=[("WaterNet Europe AISBL",None),("DG ENV",None),("DG GROW",None),("European Commission",None),
  ("HydroRhône",None),("Odra Water Cluster",None),("Deltawater NL",None),("Clúster Agua Segura",None),
  ("Vesiklusteri Pirkanmaa",None),("AcquaLab Emilia",None),("Flanders Water Hub",None),("NorAqua Cluster",None)],
 events=[("8th European Water Clusters Summit","2036","2036",None,None),
  ("1st European Water Clusters Summit","2022","2022","Lyon","France"),
  ("2nd European Water Clusters Summit","2024","2024","Wrocław","Poland"),
  ("3rd European Water Clusters Summit","2026","2026","Delft","Netherlands"),
  ("4th European Water Clusters Summit","2028","2028","Murcia","Spain"),
  ("5th European Water Clusters Summit","2030","2030","Tampere","Finland"),
  ("6th European Water Clusters Summit","2032","2032","Bologna","Italy"),
  ("7th European Water Clusters Summit","2034-09-24","2034-09-25","Ghent","Belgium"),
  ("General Assembly","2034-09-25","2034-09-25","Ghent","Belgium"),
  ("information webinar","2034-05-06","2034-05-06",None,None)],
 dates=["2034-04-09","2036","2022","2024","2026","2028","2030","2032","2034","2034-09-24/2034-09-25",
  "2034-09-25","2036-01","2034-06-30","2034-07-15","2034-05-06"])
