from h import *
F = 'g12_gdansk_offshore_linkedin_post.html'
assert wd(2040,4,17)=='Tuesday' and wd(2040,4,18)=='Wednesday' and wd(2040,5,22)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>(3) Post | LinkedIn</title></head>
<body>
<div class="global-nav">Home · My Network · Jobs · Messaging · Notifications · Me ▾ · For Business ▾ · Try Premium for PLN0</div>
<div class="feed-shared-update">
<div class="actor"><span class="actor-name">Agnieszka Wróblewska-Kos</span> <span class="badge">• 2nd</span><br>
<span class="actor-description">Cluster Manager at Baltic Offshore Wind Cluster | Blue economy | Supply chains | Board member, Polish Clusters Association</span><br>
<span class="time">2d • Edited • 🌐</span></div>
<button>+ Follow</button>
<div class="commentary">
<p>What a week in Gdańsk! 🌊⚡</p>
<p>On Tuesday and Wednesday (17–18 April) we hosted the <strong>Baltic Offshore Supply Chain Days 2040</strong> at the Amber Expo exhibition centre – 420 participants, 9 countries, 260 pre-booked B2B meetings and one very windy site visit to the Port of Gdańsk installation terminal 😅</p>
<p>A few things I am taking home:</p>
<p>👉 The pipeline is real. Marta Kędzierska-Nowak, Vice-President of the Polish Wind Energy Association (PWEA), showed that 11 GW of Polish Baltic projects now have final investment decisions – but only about a third of the content is supplied from Poland.<br>
👉 Ports are the bottleneck. Dr Lars Møller Christiansen from Offshoreenergy.dk (Esbjerg) compared Baltic and North Sea installation ports and was very direct: "Without two more heavy-lift quays in the Baltic by 2045, the targets are just numbers on paper."<br>
👉 Skills, skills, skills. Gdańsk University of Technology and the Maritime University of Szczecin announced a joint master programme in offshore engineering starting in October 2040. Huge thanks to prof. Krzysztof Wielgosz for pushing this through!<br>
👉 SMEs need a door to open. The Tier-1 panel with Orlen Neptun, Equinor Polska and Ørsted Polska agreed to hold quarterly "meet the buyer" days with the cluster. First one on 22 May at the Gdańsk Science and Technology Park. Put it in your calendars!</p>
<p>Special thanks to the Pomeranian Voivodeship Marshal's Office for co-financing, to Invest in Pomerania for the B2B platform, and to my amazing team – Kuba Lewandowski, Ola Szymańska and Piotr Rydzewski – who did not sleep much this week 🙏</p>
<p>Next edition: Szczecin, spring 2041. Let's go! 💪</p>
<p>Full summary and presentations on our website 👉 bowc.example.pl/bosc-days-2040</p>
<p>#OffshoreWind #BalticSea #Clusters #SupplyChain #Pomorze #EUClusters #EnergyTransition</p>
<p class="see-more">…see more</p>
</div>
<div class="images">[Image: Panel on stage at Amber Expo] [Image: B2B meeting area] [Image: Group photo at the installation terminal] +4</div>
<div class="social-counts">👍❤️👏 487 · 36 comments · 19 reposts</div>
<div class="actions">Like · Comment · Repost · Send</div>
<div class="comments">
<p class="comments-sort">Most relevant ▾</p>
<div class="comment"><b>Henrik Dahl Sørensen</b> · 1st<br>CEO at Offshore Service Partners ApS<br>
<p>Great event, Agnieszka, and thank you for the excellent matchmaking. Four good meetings for us – see you in Szczecin!</p><p>Like · Reply · 2d</p></div>
<div class="comment"><b>Marta Kędzierska-Nowak</b> · 2nd<br>Vice-President at Polish Wind Energy Association<br>
<p>Thank you for the invitation. Congratulations to the whole cluster team 👏</p><p>Like · Reply · 2d</p></div>
<div class="comment"><b>Jurgita Paulauskienė</b> · 3rd+<br>Project Manager at Klaipėda Offshore Cluster<br>
<p>Was great to be there with our Lithuanian delegation. Looking forward to the joint Baltic ports study we discussed. Would love to present it at the next edition.</p><p>Like · Reply · 1d</p></div>
<div class="comment"><b>Tomasz Żurawski</b> · 2nd<br>Managing Director, ŻurTech Steel Sp. z o.o.<br>
<p>Congrats! Any chance the presentations from the Tier-1 panel will be shared? I could only stay on Tuesday.</p>
<p class="reply"><b>Agnieszka Wróblewska-Kos</b> (Author) Yes Tomasz – all on the website by Friday 🙂</p><p>Like · Reply · 1d</p></div>
<div class="comment"><b>Ewa Borkowska</b> · 3rd+<br>Senior Expert, Enterprise Europe Network Pomerania<br>
<p>Thank you for the great cooperation on the B2B! 260 meetings is a record for a Baltic event.</p><p>Like · Reply · 1d</p></div>
<p class="load-more">Load more comments</p>
</div>
</div>
<aside><h3>More from Agnieszka Wróblewska-Kos</h3>
<p>Why clusters should sit at the table when offshore contracts are written · 3w</p>
<p>Our cluster is now Gold-labelled! 🏅 · 2mo</p></aside>
<footer>About · Accessibility · Help Center · Privacy &amp; Terms ▾ · Ad Choices · Advertising · Business Services ▾ · LinkedIn Corporation © 2040</footer>
</body></html>
"""
write(F, T)
B = "Baltic Offshore Wind Cluster"
gold(F,
 [P("Agnieszka Wróblewska-Kos","Cluster Manager",B),
  P("Marta Kędzierska-Nowak","Vice-President","Polish Wind Energy Association"),
  P("Lars Møller Christiansen",None,"Offshoreenergy.dk"),
  P("Krzysztof Wielgosz",None,None),
  P("Kuba Lewandowski",None,B), P("Ola Szymańska",None,B), P("Piotr Rydzewski",None,B),
  P("Henrik Dahl Sørensen","CEO","Offshore Service Partners ApS"),
  P("Jurgita Paulauskienė","Project Manager","Klaipėda Offshore Cluster"),
  P("Tomasz Żurawski","Managing Director","ŻurTech Steel Sp. z o.o."),
  P("Ewa Borkowska","Senior Expert","Enterprise Europe Network Pomerania")],
 [O(B), O("Polish Clusters Association"),
  O("Polish Wind Energy Association","PWEA"), O("Offshoreenergy.dk"), O("Gdańsk University of Technology"),
  O("Maritime University of Szczecin"), O("Orlen Neptun"), O("Equinor Polska"), O("Ørsted Polska"),
  O("Gdańsk Science and Technology Park"), O("Pomeranian Voivodeship Marshal's Office"), O("Invest in Pomerania"),
  O("Offshore Service Partners ApS"), O("Klaipėda Offshore Cluster"), O("ŻurTech Steel Sp. z o.o."),
  O("Enterprise Europe Network Pomerania"), O("LinkedIn Corporation")],
 [E("Baltic Offshore Supply Chain Days 2040","2040-04-17","2040-04-18","Gdańsk","Poland"),
  E("site visit to the Port of Gdańsk installation terminal",None,None,"Gdańsk","Poland"),
  E("meet the buyer day","2040-05-22",None,"Gdańsk","Poland"),
  E("Baltic Offshore Supply Chain Days (next edition)","2041",None,"Szczecin","Poland")],
 ["2040-04-17/2040-04-18","2045","2040-10","2040-05-22","2041"],
 [], None)
