from h import *
F = 'lubuskie-regional-key-clusters-list-2035.md'
T = f"""**Urząd Marszałkowski Województwa Lubuskiego** · Marshal's Office of the Lubuskie Voivodeship
Department of Economy and Innovation · Zielona Góra

[Home](/) / [Economy](/economy) / [Clusters](/economy/clusters) / Regional Key Clusters

# List of Regional Key Clusters of the Lubuskie Voivodeship (status: 1 March 2035)

*Published on {wd(2035,3,5)} 5 March 2035 · Last update: 5 March 2035 · Print · Download as PDF*

The status of Regional Key Cluster (Regionalny Klaster Kluczowy, RKK) is awarded by the Board of the Lubuskie Voivodeship to cluster coordinators that meet the criteria of the regional cluster policy adopted in 2031: at least 20 members with a majority of enterprises, a professional coordinator, a development strategy and a positive assessment by the Regional Cluster Council. The status is valid for four years and gives priority access to calls of the regional programme Fundusze Europejskie dla Lubuskiego 2021–2027 and its successor.

In the fourth selection round, decided by Resolution No. 112/2035 of the Board of the Voivodeship on {wd(2035,2,27)} 27 February 2035, two clusters were newly awarded the status and five had it renewed. The evaluation panel was chaired by dr hab. inż. Agnieszka Wolska-Nowicka, prof. UZ, of the University of Zielona Góra.

## Clusters holding the status

| No. | Cluster | Coordinator (legal form) | Seat | Sector | Cluster manager | Status since | Valid until |
|---|---|---|---|---|---|---|---|
| 1 | Lubuski Klaster Metalowy | Stowarzyszenie Lubuski Klaster Metalowy (association) | Nowa Sól | metalworking, machine building | Ryszard Kozłowski-Baran | 2023 | 28.02.2039 |
| 2 | Zielonogórski Klaster Energii Odnawialnej | Park Naukowo-Technologiczny Uniwersytetu Zielonogórskiego Sp. z o.o. | Nowy Kisielin | renewable energy, smart grids | Dr. Marta Zielińska | 2027 | 28.02.2039 |
| 3 | Klaster Drzewno-Meblowy Ziemi Lubuskiej | Fundacja Rozwoju Przemysłu Drzewnego (foundation) | Świebodzin | wood and furniture | Tadeusz Gajewski | 2023 | 28.02.2039 |
| 4 | Lubuski Klaster Logistyczny „Odra–Spree” | Lubuska Izba Gospodarcza (chamber of commerce) | Gorzów Wielkopolski | logistics, cross-border transport | Anna Schulze-Wiśniewska | 2031 | 28.02.2039 |
| 5 | Klaster Turystyczny Łuk Mużakowa | Stowarzyszenie Łuk Mużakowa (association) | Łęknica | tourism, geoparks | Dariusz Nowak | 2031 | 28.02.2039 |
| 6 | Lubuski Klaster Winiarski | Zielonogórskie Stowarzyszenie Winiarzy (association) | Zielona Góra | wine, agri-food | Justyna de Vries-Malinowska | 2035 | 28.02.2039 |
| 7 | Klaster ICT Lubuskie | Fundacja Technologii Cyfrowych Lubuskie (foundation) | Gorzów Wielkopolski | ICT, cybersecurity | Michał Ostrowski | 2035 | 28.02.2039 |
| 8 | Lubuski Klaster Motoryzacyjny | Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna S.A. (joint-stock company) | Kostrzyn nad Odrą | automotive suppliers | Paweł Rutkowski | 2027 | 31.03.2035 |
| 9 | Klaster Medyczny Zachód | Centrum Medyczne Innowacji Sp. z o.o. | Zielona Góra | medical technologies | Dr. Ewa Kaczmarek-Holt | 2027 | 31.03.2035 |

Clusters 8 and 9 have applied for renewal in the fifth round; until the decision they keep their status.

## Status not renewed

The status of the Klaster Budownictwa Pasywnego (coordinator: Lubuska Agencja Rozwoju Regionalnego Sp. z o.o.) expired on 31 December 2034 and was not renewed, as the cluster did not apply. The Klaster Rolno-Spożywczy Dolina Baryczy merged with the Lubuski Klaster Winiarski in 2034.

## Next selection round

The fifth selection round opens on {wd(2035,4,14)} 14 April 2035. Applications can be submitted until 30 June 2035. An information meeting for cluster coordinators will be held on {wd(2035,4,24)} 24 April 2035 at 10:00 in the Marshal's Office in Zielona Góra, room 0.14, and online. The Regional Cluster Council will assess applications in September 2035, and the Board plans to decide in October 2035.

Questions: Department of Economy and Innovation, Cluster Policy Team – Iwona Pietrzak-Lange, tel. +48 68 000 00 00.

## Legal basis

- Regional Innovation Strategy of the Lubuskie Voivodeship 2030
- Resolution No. 87/2031 of the Board of the Lubuskie Voivodeship of 16 June 2031 on the regional cluster policy
- Resolution No. 112/2035 of the Board of the Lubuskie Voivodeship of 27 February 2035

The national Key Cluster status (Krajowy Klaster Kluczowy) is awarded separately by the Ministry of Development and Technology. Two Lubuskie clusters – nos. 1 and 2 above – also hold it.

---
Marshal's Office of the Lubuskie Voivodeship · ul. Podgórna 7, Zielona Góra · BIP · Accessibility declaration · Cookies
"""
write(F, T)
gold(F,
 [P('Agnieszka Wolska-Nowicka',None,'University of Zielona Góra'), P('Ryszard Kozłowski-Baran','Cluster manager','Lubuski Klaster Metalowy'),
  P('Marta Zielińska','Cluster manager','Zielonogórski Klaster Energii Odnawialnej'), P('Tadeusz Gajewski','Cluster manager','Klaster Drzewno-Meblowy Ziemi Lubuskiej'),
  P('Anna Schulze-Wiśniewska','Cluster manager','Lubuski Klaster Logistyczny „Odra–Spree”'), P('Dariusz Nowak','Cluster manager','Klaster Turystyczny Łuk Mużakowa'),
  P('Justyna de Vries-Malinowska','Cluster manager','Lubuski Klaster Winiarski'), P('Michał Ostrowski','Cluster manager','Klaster ICT Lubuskie'),
  P('Paweł Rutkowski','Cluster manager','Lubuski Klaster Motoryzacyjny'), P('Ewa Kaczmarek-Holt','Cluster manager','Klaster Medyczny Zachód'),
  P('Iwona Pietrzak-Lange',None,'Cluster Policy Team')],
 [O("Marshal's Office of the Lubuskie Voivodeship"), O('Department of Economy and Innovation'), O('Board of the Lubuskie Voivodeship'), O('Regional Cluster Council'),
  O('University of Zielona Góra','UZ'), O('Lubuski Klaster Metalowy'), O('Stowarzyszenie Lubuski Klaster Metalowy'), O('Zielonogórski Klaster Energii Odnawialnej'),
  O('Park Naukowo-Technologiczny Uniwersytetu Zielonogórskiego Sp. z o.o.'), O('Klaster Drzewno-Meblowy Ziemi Lubuskiej'), O('Fundacja Rozwoju Przemysłu Drzewnego'),
  O('Lubuski Klaster Logistyczny „Odra–Spree”'), O('Lubuska Izba Gospodarcza'), O('Klaster Turystyczny Łuk Mużakowa'), O('Stowarzyszenie Łuk Mużakowa'),
  O('Lubuski Klaster Winiarski'), O('Zielonogórskie Stowarzyszenie Winiarzy'), O('Klaster ICT Lubuskie'), O('Fundacja Technologii Cyfrowych Lubuskie'),
  O('Lubuski Klaster Motoryzacyjny'), O('Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna S.A.'), O('Klaster Medyczny Zachód'), O('Centrum Medyczne Innowacji Sp. z o.o.'),
  O('Klaster Budownictwa Pasywnego'), O('Lubuska Agencja Rozwoju Regionalnego Sp. z o.o.'), O('Klaster Rolno-Spożywczy Dolina Baryczy'),
  O('Cluster Policy Team'), O('Ministry of Development and Technology')],
 [E('information meeting for cluster coordinators','2035-04-24','2035-04-24','Zielona Góra','Poland')],
 ['2035-03-01','2035-03-05','2031','2021/2027','2035-02-27','2023','2039-02-28','2027','2035','2035-03-31','2034-12-31','2034','2035-04-14','2035-06-30','2035-04-24','2035-09','2035-10','2031-06-16'],
 pub='2035-03-05')
