from h import *
F = 'g05_varna_maritime_press_release.md'
assert wd(2040,10,9)=='Tuesday' and wd(2040,10,10)=='Wednesday' and wd(2041,3,21)=='Thursday'
T = """[Home](/) / [Press](/press) / [Press releases 2040](/press/2040)

# PRESS RELEASE: Black Sea maritime clusters sign Varna Declaration on green shipyards

**For immediate release** · Varna, 10 October 2040

*Bulgarian Maritime Cluster Association (BMCA) · Communications Office*

[Download as PDF](/press/2040/varna-declaration.pdf) · [Photos (ZIP, 48 MB)](/press/2040/photos.zip) · Share: [LinkedIn](#) · [X](#) · [E-mail](#)

---

Sixteen maritime cluster organisations, port authorities and shipyards from Bulgaria, Romania, Greece, Türkiye, Georgia and Ukraine today signed the **Varna Declaration on Green Shipyards** at the close of the **Black Sea Maritime Clusters Forum 2040**, held on 9 and 10 October 2040 at the Festivals and Congress Centre in Varna. The declaration commits the signatories to share test facilities for alternative fuels, to build a joint register of skills in ship repair, and to prepare at least three common project proposals by the end of 2041.

The forum was organised by the Bulgarian Maritime Cluster Association (BMCA) with the Municipality of Varna and the Technical University of Varna, and brought together 310 participants. It was opened by the Minister of Transport and Communications of Bulgaria, Radoslav Kirilov Petkov, and by the Mayor of Varna, Desislava Marinova-Koleva.

## Quotes

**Radoslav Kirilov Petkov**, Minister of Transport and Communications:
> "The Black Sea has always been a sea of trade. Today it has to become a sea of clean trade as well. The government will support Bulgarian shipyards that invest in shore power and in methanol and ammonia readiness, and we will ask that such investments are a priority of the next programming period."

**Desislava Marinova-Koleva**, Mayor of Varna:
> "Every fifth job in our city depends on the port and the yards. A green shipyard is not a slogan for us, it is a question of whether our young engineers stay in Varna or leave."

**Nikolay Stoyanov Draganov**, Chairman of the Board of BMCA:
> "Until now each of our clusters has been testing fuels and training welders on its own. With this declaration we stop duplicating and start sharing. I am particularly glad that our colleagues from Georgia and Ukraine signed with us today."

**Elif Aydın Karaca**, Secretary General of the Istanbul Shipbuilding Cluster:
> "Our members repair more than four hundred ships a year. The register of skills will help them find specialists across the region instead of across the world."

**Dr. Cristina-Ioana Munteanu**, director of the Constanța Maritime Cluster:
> "Romania and Bulgaria share the same ships, the same crews and now, we hope, the same green corridor."

## What the signatories agreed

The signatories agreed on five joint actions:

1. Open their test facilities for alternative marine fuels to companies from the other signatory regions on equal terms;
2. Set up a shared register of skills in ship repair and retrofitting by June 2041;
3. Prepare at least three joint project proposals under EU and national programmes by the end of 2041;
4. Hold a yearly meeting of the signatories, next in Constanța in 2041;
5. Publish a first progress report in October 2041.

## Programme highlights

Over two days, the forum featured four panels, a site visit to the Odessos Shiprepair Yard on the afternoon of 9 October and 140 B2B meetings organised with the Enterprise Europe Network. On the evening of 9 October, a forum dinner was held at the Sea Garden Casino. A special session, chaired by **Petya Hristova**, head of the EU Projects Department of BMCA, presented the results of the Interreg NEXT Black Sea Basin project GreenPorts BSB, which has run since 2037. **Giorgi Beridze** of the Georgian Maritime Transport Agency and **Oksana Melnychuk**, head of international relations at the Odesa Maritime Cluster, presented plans for the reconstruction of ship repair capacity in their countries.

The **Black Sea Maritime Clusters Forum 2041** will be held in Constanța, Romania, on 20 and 21 March 2041, with the first signatories' meeting on Thursday 21 March 2041.

## Signatories

Bulgarian Maritime Cluster Association (BMCA) · Burgas Port and Logistics Cluster · Port of Varna EAD · Odessos Shiprepair Yard AD · Technical University of Varna · Nikola Vaptsarov Naval Academy · Constanța Maritime Cluster · Maritime University of Constanța · Hellenic Marine Equipment Manufacturers Association (HEMEXPO) · Istanbul Shipbuilding Cluster · Georgian Maritime Transport Agency · Batumi Sea Port · Odesa Maritime Cluster · Ukrainian Association of Marine Engineers · Danube Delta Shipyards Cluster · Black Sea Economic Forum Foundation

## About BMCA

The Bulgarian Maritime Cluster Association was founded in 2014 and brings together 74 members: shipyards, ports, shipping companies, equipment makers, universities and training centres from Varna, Burgas and Ruse. It holds the Silver Label of the European Cluster Excellence Initiative. Its Board of Directors for the term 2039–2042 is chaired by Nikolay Stoyanov Draganov.

**Media contact**
Viktoriya Angelova
PR and Communications Manager, BMCA
press@bmca.example.bg · +359 52 000 000

*Photo captions (for editors): 1) The signatories of the Varna Declaration, 10 October 2040. 2) Minister Petkov and Mayor Marinova-Koleva at the opening. Photos: BMCA / Stanimir Todorov. Free for editorial use with credit.*

---

[‹ Previous: BMCA welcomes six new members](/press/2040/new-members) · [Next: Maritime Career Day 2040 ›](/press/2040/career-day)

© 2040 Bulgarian Maritime Cluster Association · [Privacy](/privacy) · [Cookies](/cookies)
"""
write(F, T)
B = "Bulgarian Maritime Cluster Association"
gold(F,
 [P("Radoslav Kirilov Petkov","Minister of Transport and Communications",None),
  P("Desislava Marinova-Koleva","Mayor of Varna",None),
  P("Nikolay Stoyanov Draganov","Chairman of the Board",B),
  P("Elif Aydın Karaca","Secretary General","Istanbul Shipbuilding Cluster"),
  P("Cristina-Ioana Munteanu","director","Constanța Maritime Cluster"),
  P("Petya Hristova","head of the EU Projects Department",B),
  P("Giorgi Beridze",None,"Georgian Maritime Transport Agency"),
  P("Oksana Melnychuk","head of international relations","Odesa Maritime Cluster"),
  P("Viktoriya Angelova","PR and Communications Manager",B),
  P("Stanimir Todorov")],
 [O(B,"BMCA"), O("Municipality of Varna"), O("Technical University of Varna"),
  O("Enterprise Europe Network"), O("Georgian Maritime Transport Agency"), O("Odesa Maritime Cluster"),
  O("Burgas Port and Logistics Cluster"), O("Port of Varna EAD"), O("Odessos Shiprepair Yard AD"),
  O("Nikola Vaptsarov Naval Academy"), O("Constanța Maritime Cluster"), O("Maritime University of Constanța"),
  O("Hellenic Marine Equipment Manufacturers Association","HEMEXPO"), O("Istanbul Shipbuilding Cluster"),
  O("Batumi Sea Port"), O("Ukrainian Association of Marine Engineers"), O("Danube Delta Shipyards Cluster"),
  O("Black Sea Economic Forum Foundation"), O("European Cluster Excellence Initiative")],
 [E("Black Sea Maritime Clusters Forum 2040","2040-10-09","2040-10-10","Varna","Bulgaria"),
  E("site visit to the Odessos Shiprepair Yard","2040-10-09",None,"Varna","Bulgaria"),
  E("forum dinner","2040-10-09",None,"Varna","Bulgaria"),
  E("Black Sea Maritime Clusters Forum 2041","2041-03-20","2041-03-21","Constanța","Romania"),
  E("signatories' meeting","2041-03-21",None,"Constanța","Romania"),
  E("Maritime Career Day 2040")],
 ["2040-10-10","2040-10-09/2040-10-10","2041","2041-06","2041-10","2040-10-09","2037","2041-03-20/2041-03-21","2041-03-21","2014","2039/2042"],
 ["Open their test facilities for alternative marine fuels to companies from the other signatory regions on equal terms",
  "Set up a shared register of skills in ship repair and retrofitting by June 2041",
  "Prepare at least three joint project proposals under EU and national programmes by the end of 2041",
  "Hold a yearly meeting of the signatories, next in Constanța in 2041",
  "Publish a first progress report in October 2041"],
 "2040-10-10")
