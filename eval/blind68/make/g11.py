from h import *
F='linkedin-post-zmec-wroclaw-mission.txt'
T=f'''Elīna Grīnberga • 1st
Cluster Manager at Zemgale Mechatronics and Engineering Cluster (ZMEC) | Robotics | Skills | Baltic–Polish cooperation
3d • Edited • 🌐

Back from Wrocław with a full notebook and 11 very tired engineers 🚄🇵🇱

From 15 to 17 October our cluster took its first trade mission to Lower Silesia. Eleven member companies from Jelgava, Dobele and Bauska, three days, 58 B2B meetings. A few highlights:

🔹 Day 1 ({wd(2034,10,15)}): welcome at the Wrocław Technology Park, where Dr. Agnieszka Zawadzka-Król introduced their robotics testing hall. Their model of renting test cells by the week is exactly what we want to build at LBTU.
🔹 Day 2: B2B meetings organised with the Lower Silesian Cluster of Industrial Automation (DKAP). Thank you, Paweł Grabowski, for the perfect matchmaking list!
🔹 Day 3: company visits to Volvo Polska in Wrocław and to a family-owned gear maker in Świdnica, Zębatki Nowak sp. z o.o. Third generation, 140 people, still machining parts their grandfather designed. Respect.

What did we learn?
1️⃣ Polish SMEs invest faster in automation because integrators sit next door. We need more integrators in Zemgale.
2️⃣ Shared test infrastructure beats every individual company buying its own robot cell.
3️⃣ Vocational schools in Lower Silesia run joint classes with companies. Our partners at Jelgava Technical School are already asking for the contacts 😊

Big thanks to our chair Mārtiņš Liepiņš for leading the delegation, to the Investment and Development Agency of Latvia (LIAA) for co-funding the trip, and to the Embassy of Latvia in Warsaw, where Counsellor Jānis Bērziņš-Kalve joined us for the evening reception on {wd(2034,10,16)} 16 October.

Next steps: the Polish partners come to Jelgava for our Zemgale Engineering Day in October 2035, and we will prepare a joint Interreg South Baltic project proposal by March 2035.

If you are a Polish or Baltic company working on drives, sensors or robot cells and want to join the next round, send me a message 📩

#clusters #robotics #mechatronics #Zemgale #Wroclaw #LowerSilesia #Latvia #Poland #SMEs #tradeMission #ECCP

[Photo carousel: 6 images – group photo at the Wrocław Technology Park; robot test hall; B2B tables; gear workshop in Świdnica]

👍❤️👏 214 · 31 comments · 9 reposts

Like · Comment · Repost · Send

Most relevant comments ▾

Paweł Grabowski • 2nd
Cluster Coordinator at Dolnośląski Klaster Automatyki Przemysłowej
It was a pleasure, Elīna! Our members are already asking when they can visit Zemgale. See you in Jelgava 🇱🇻
   Like · Reply · 3d · 12 likes

   Elīna Grīnberga • Author
   Paweł Grabowski you are all invited to the Engineering Day on 8 October 2035 – I will send the details in January!
      Like · Reply · 3d · 4 likes

Andris Vanags • 1st
Managing Director at SIA Dobeles Automātika
Three very productive days. We already have a follow-up call with two integrators from Wrocław next week. Thanks to the whole ZMEC team for the organisation 👏
   Like · Reply · 3d · 9 likes

Dr. Agnieszka Zawadzka-Król • 2nd
Head of Robotics Lab, Wrocław Technology Park
Thank you for coming! Happy to share our rental model and price list with LBTU. Let's set up a call with Prof. Ozoliņa.
   Like · Reply · 2d · 6 likes

Ilze Kalniņa-Bērziņa • 1st
Vice-Rector for Innovation, Latvia University of Life Sciences and Technologies
Very useful, thank you Elīna. Our faculty will host a follow-up workshop on shared test cells on {wd(2034,11,26)} 26 November – all mission participants welcome.
   Like · Reply · 2d · 7 likes

Tomasz Wiśniewski • 1st
Board Member at ZMEC | CEO at Baltic Drive Systems
As a Pole living in Jelgava I can only say: finally! 😄 The two regions fit together perfectly.
   Like · Reply · 2d · 10 likes

Liga Sprūde • 3rd+
Export adviser at LIAA
Great results. Please remember to submit the mission report by 30 November so that we can close the co-financing.
   Like · Reply · 1d · 2 likes

Load more comments
'''
write(F,T)
ZM='Zemgale Mechatronics and Engineering Cluster'
gold(F,[P('Elīna Grīnberga','Cluster Manager',ZM),P('Agnieszka Zawadzka-Król','Head of Robotics Lab','Wrocław Technology Park'),
 P('Paweł Grabowski','Cluster Coordinator','Lower Silesian Cluster of Industrial Automation'),P('Mārtiņš Liepiņš','chair',ZM),P('Jānis Bērziņš-Kalve','Counsellor','Embassy of Latvia in Warsaw'),
 P('Andris Vanags','Managing Director','SIA Dobeles Automātika'),P('Ilze Kalniņa-Bērziņa','Vice-Rector for Innovation','Latvia University of Life Sciences and Technologies'),
 P('Tomasz Wiśniewski','Board Member','ZMEC'),P('Liga Sprūde','Export adviser','LIAA'),P('Ozoliņa',None,None)],
 [O(ZM,'ZMEC'),O('Wrocław Technology Park'),O('Latvia University of Life Sciences and Technologies','LBTU'),O('Lower Silesian Cluster of Industrial Automation','DKAP'),
  O('Volvo Polska'),O('Zębatki Nowak sp. z o.o.'),O('Jelgava Technical School'),O('Investment and Development Agency of Latvia','LIAA'),O('Embassy of Latvia in Warsaw'),
  O('SIA Dobeles Automātika'),O('Baltic Drive Systems')],
 [E('trade mission to Lower Silesia','2034-10-15','2034-10-17','Wrocław','Poland'),E('B2B meetings','2034-10-16','2034-10-16','Wrocław','Poland'),
  E('company visits','2034-10-17','2034-10-17','Wrocław, Świdnica','Poland'),E('evening reception','2034-10-16','2034-10-16',None,None),
  E('Zemgale Engineering Day','2035-10-08','2035-10-08','Jelgava','Latvia'),E('follow-up workshop on shared test cells','2034-11-26','2034-11-26',None,None)],
 ['2034-10-15/2034-10-17','2034-10-15','2034-10-16','2035-10','2035-03','2035-10-08','2034-11-26','2034-11-30'])
