from g import *
N='linkedin-post-hackathon-split-2035.txt'
W(N, '''Jadran Tourism Tech Cluster
1,284 followers
2d · Edited · 🌐

🚀 HACK THE SEASON 2035 is ON! 🌊

48 hours. 1 old fortress. 0 boring ideas.

Join us in Split on 16–18 March 2035 for the first tourism-tech hackathon on the Croatian coast, co-hosted with FESB (University of Split) and the Split-Dalmatia County development agency RERA S.D.

💡 Challenges by our members:
→ Real challenges from Dalmacija Stays d.o.o. (smart check-in for small apartments), Marjan Bike Share (fleet balancing) and the Port of Split Authority (cruise passenger flows)
→ Open track: over-tourism and data for cities

🏆 Prizes: €5,000 / €3,000 / €1,500 + a pilot with a challenge owner
👩‍💻 Teams of 2–5 | developers, designers, students, hospitality people
🎤 Jury chaired by Ivana Perić Radić, director of the cluster, with Dr. Luka Matić (FESB) and Nikolina Šimunović, CEO of Dalmacija Stays d.o.o.
🍕 Food, coffee and a sunset pitch party on the fortress terrace included

📅 Register your team by 1 March 2035 → jttc.example/hack
ℹ️ Online info session: 20 February 2035, 18:00 CET

Last year's Tourism Data Day (9 November 2034, Zadar) brought 140 people together – now we build!

#hackathon #tourismtech #Split #Croatia #startups #openinnovation

👍❤️ 212 · 31 comments · 47 reposts
''')
G(N, None,
 people=[("Ivana Perić Radić","director","Jadran Tourism Tech Cluster"),
  ("Luka Matić",None,"FESB"),
  ("Nikolina Šimunović","CEO","Dalmacija Stays d.o.o.")],
 orgs=[("Jadran Tourism Tech Cluster",None),("FESB",None),("University of Split",None),("RERA S.D.",None),
  ("Dalmacija Stays d.o.o.",None),("Marjan Bike Share",None),("Port of Split Authority",None)],
 events=[("HACK THE SEASON 2035","2035-03-16","2035-03-18","Split","Croatia"),
  ("Online info session","2035-02-20","2035-02-20",None,None),
  ("Tourism Data Day","2034-11-09","2034-11-09","Zadar","Croatia")],
 dates=["2035-03-16/2035-03-18","2035-03-01","2035-02-20","2034-11-09"])
