from common import *
fn = "linkedin-post_welcome-new-team-member.txt"
write_txt(fn, """
Alpine Tourism Tech Cluster Salzburg
4,812 followers
3d · Edited · 🌐

👋 Please welcome Valentina Hofer-Rainer to our team!

We are delighted to announce that Valentina joined the Alpine Tourism Tech Cluster Salzburg (ATTC) on 2 May 2033
as our new Digital Destinations Manager. 🏔️💻

Valentina comes to us from the Salzburger Land Tourismus GmbH, where she spent six years as product manager for
digital guest services and built the region's first open data platform for hiking trails. Before that she worked
at the Innsbruck start-up Gipfelbuch GmbH and studied Innovation & Management in Tourism at Fachhochschule Salzburg.

In her new role she will:
▶️ lead our working group on visitor-flow management with 23 destinations and cable-car companies
▶️ coordinate our part of the Interreg Alpine Space project "SMARTPEAKS" together with partners from Trentino,
   Graubünden and Upper Bavaria
▶️ support members who want to pilot AI-based booking and pricing tools

Why this role? Many of our 140 members – hotels, ski areas, mountain-bike parks, booking platforms and software
companies – told us in last year's survey that crowded car parks and trails on peak days are their biggest headache,
and that they lack the data to steer guests to quieter valleys. Valentina will help them share data and test new
tools together instead of each one starting from scratch.

"I am looking forward to bringing tourism businesses and tech companies together – the Alps need smart solutions,
not only more beds," says Valentina.

Our cluster manager Dr. Lukas Eberharter: "With Valentina we gain someone who knows both the hotel reception desk
and the data server. Herzlich willkommen im Team!"

You can meet Valentina in person at our Members' Breakfast on 16 May 2033 at the Techno-Z in Salzburg and at the
Tourism Innovation Days in Bad Gastein, 12–13 June 2033. 📅

A big thank-you also goes to Johanna Stöckl, who covered the destinations portfolio in the last months alongside
her role as Head of Projects, and to our intern Felix Brandauer, who now returns to his studies at the University of
Salzburg. Danke, Felix!

The ATTC team now counts seven people:
👉 Dr. Lukas Eberharter – Cluster Manager
👉 Johanna Stöckl – Head of Projects
👉 Valentina Hofer-Rainer – Digital Destinations Manager
👉 Mehmet Yıldız – Mobility & Sustainability
👉 Theresa Gruber – Members & Events
👉 Lisa-Marie Pichler – Communications
👉 Stefan Aigner – Finance & Office

ATTC is supported by the Land Salzburg and the Innovation Salzburg GmbH.

#welcome #newteammember #tourismtech #Salzburg #SmartDestinations #ATTC

👍❤️👏 187 · 24 comments · 9 reposts

Markus Lindner · CEO at Bergbahnen Lammertal AG
Congratulations Valentina, great choice! Looking forward to the visitor-flow pilot.
Like · Reply · 2d

Anna Schwaiger · Product manager at Salzburger Land Tourismus GmbH
We will miss you, Vali! All the best in the new job 💚
Like · Reply · 3d

…see more comments
""")
C="Alpine Tourism Tech Cluster Salzburg"
gold(fn, None,
 [P("Valentina Hofer-Rainer","Digital Destinations Manager",C),
  P("Lukas Eberharter","cluster manager",C),
  P("Johanna Stöckl","Head of Projects",C),
  P("Felix Brandauer","intern",C),
  P("Mehmet Yıldız","Mobility & Sustainability",C),
  P("Theresa Gruber","Members & Events",C),
  P("Lisa-Marie Pichler","Communications",C),
  P("Stefan Aigner","Finance & Office",C),
  P("Markus Lindner","CEO","Bergbahnen Lammertal AG"),
  P("Anna Schwaiger","Product manager","Salzburger Land Tourismus GmbH")],
 [O(C,"ATTC"), O("Salzburger Land Tourismus GmbH"), O("Gipfelbuch GmbH"), O("Fachhochschule Salzburg"),
  O("University of Salzburg"), O("Land Salzburg"), O("Innovation Salzburg GmbH"), O("Bergbahnen Lammertal AG")],
 [E("Members' Breakfast","2033-05-16","2033-05-16","Salzburg","Austria"),
  E("Tourism Innovation Days","2033-06-12","2033-06-13","Bad Gastein","Austria")],
 ["2033-05-02","2033-05-16","2033-06-12/2033-06-13"],
 [])
