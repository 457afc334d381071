from common import *
T = """# Ten years of the Danube Chemistry Forum

*Danube Chemistry Cluster (DCC) · Ruse · Anniversary series, part 1 of 3 · 4 March 2035*

In October 2035 the Danube Chemistry Forum will be held for the tenth time – and for the first time since 2026 back in Ruse, the city where it started. To mark the anniversary, we are publishing a short series on the history of the forum. This first part looks back at the past editions; parts 2 and 3 will present the people behind the forum and the programme of the jubilee edition.

The forum was founded by DCC together with the University of Ruse "Angel Kanchev" and the Romanian cluster Chimia Dunării from Giurgiu, at a time when the chemical plants on both banks of the river were looking for ways to cooperate rather than compete. "In the first year we were 70 people in a lecture hall, and half of them were our own members," recalls Dr. Petar Iliev, who chaired the cluster from 2024 to 2032. "We wanted to prove that a small cluster from a border town could run an international forum. Now we have to prove that it can keep one."

## The editions so far

| Edition | Year | City | Theme | Participants |
|---|---|---|---|---|
| 1st | 2026 | Ruse, Bulgaria | Cross-border cooperation in chemistry | 70 |
| 2nd | 2027 | Giurgiu, Romania | Safety and the Danube as a transport route | 110 |
| 3rd | 2028 | Vidin, Bulgaria | Fertilisers and water protection | 140 |
| 4th | 2029 | Novi Sad, Serbia | Plastics and circular economy | 190 |
| 5th | 2030 | Brăila, Romania | Green hydrogen for the chemical industry | 230 |
| 6th | 2031 | Budapest, Hungary | Digitalisation of process plants | 260 |
| 7th | 2032 | Vienna, Austria | Skills for the chemical industry | 310 |
| 8th | 2033 | Vukovar, Croatia (online track from Ruse) | Bio-based chemicals | 280 |
| 9th | 2034 | Galați, Romania | Carbon capture and utilisation | 340 |
| 10th | 2035 | Ruse, Bulgaria | Chemistry for a climate-neutral Danube region | — |

## Milestones

- **2027** – The forum moves across the river for the first time; from then on, the host city alternates between the two banks and, later, other Danube countries.
- **2029** – The Novi Sad edition is the first held outside the EU; a partnership with the Serbian Chamber of Commerce and Industry begins.
- **2031** – In Budapest, the forum adopts the "Danube Chemistry Charter", signed by 17 clusters and associations.
- **2033** – Because of the flood on the lower Danube in September 2033, the Vukovar edition runs with a parallel online track organised from Ruse.
- **2034** – In Galați the forum awards its first Danube Green Chemistry Prize, won by the Romanian company Siretul Polimeri S.A.

## People who shaped the forum

Beyond Petar Iliev, the forum owes much to Prof. Ralitsa Dobreva of the University of Ruse, who has chaired the scientific committee since the first edition, and to Mihai Ionescu-Radu, director of Chimia Dunării until 2031. Since 2033 the forum has been coordinated by Desislava Marinova, project manager at DCC. The current DCC chair is Georgi Stoyanov, CEO of Rusenski Polimeri AD.

## The 10th edition: save the date

The jubilee Danube Chemistry Forum will take place on 15–16 October 2035 at the Dohodno Zdanie cultural centre in Ruse, with a boat excursion to Giurgiu on the afternoon of day 2. The call for speakers opens on 1 April 2035; registration will open in June. The forum is part of the activities of the EU Strategy for the Danube Region (EUSDR) Priority Area 8 and is co-financed by the Interreg VI-A Romania–Bulgaria programme.

Read next: part 2 (April 2035) – "The people behind the forum".

*Contact: Desislava Marinova, forum@dcc-ruse.example · Danube Chemistry Cluster, 8 Pristanishtna St., Ruse*
"""
ed = [("1st",2026,"Ruse","Bulgaria"),("2nd",2027,"Giurgiu","Romania"),("3rd",2028,"Vidin","Bulgaria"),("4th",2029,"Novi Sad","Serbia"),
      ("5th",2030,"Brăila","Romania"),("6th",2031,"Budapest","Hungary"),("7th",2032,"Vienna","Austria"),("8th",2033,"Vukovar","Croatia"),
      ("9th",2034,"Galați","Romania")]
evs = [E("%s Danube Chemistry Forum" % e, str(y), None, c, k) for e,y,c,k in ed]
evs.append(E("10th Danube Chemistry Forum","2035-10-15","2035-10-16","Ruse","Bulgaria"))
gold("DCC_anniversary-series-1_ten-years-Danube-Chemistry-Forum.md", "2035-03-04",
 [P("Petar Iliev",None,"DCC"),
  P("Ralitsa Dobreva",None,"University of Ruse"),
  P("Mihai Ionescu-Radu",None,"Chimia Dunării"),
  P("Desislava Marinova","project manager","DCC"),
  P("Georgi Stoyanov","chair","DCC")],
 [O("Danube Chemistry Cluster","DCC"), O('University of Ruse "Angel Kanchev"'), O("Chimia Dunării"),
  O("Serbian Chamber of Commerce and Industry"), O("Siretul Polimeri S.A."), O("Rusenski Polimeri AD")],
 evs,
 ["2035-03-04","2035-10","2026","2024/2032","2027","2028","2029","2030","2031","2032","2033","2034","2035","2033-09",
  "2035-10-15/2035-10-16","2035-04-01","2035-06","2035-04"],
 [], T)
