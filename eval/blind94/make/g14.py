from h import *
F = 'g14_linkoping_cluster_linkedin_post.txt'
assert wd(2039,10,7)=='Friday' and wd(2039,10,5)=='Wednesday' and wd(2039,11,16)=='Wednesday'
T = """Karin Sjöberg-Alm • 1st
Cluster Manager at Östergötland Aerospace & Defence Cluster | Connecting SMEs with primes
2d • Edited • 🌐

What a week in Linköping! 🚀✈️

On Wednesday 5 October we hosted the 3rd edition of Supplier Day East at Linköping Konsert & Kongress – and the numbers speak for themselves:
👉 212 participants
👉 38 SMEs from Östergötland, Småland and Finland
👉 146 pre-booked B2B meetings with buyers from Saab AB, GKN Aerospace Sweden and BAE Systems Hägglunds
👉 1 brand-new cooperation agreement (more below 👇)

A few highlights:

🔹 Keynote by Dr. Henrik Wallgren, Head of Supply Chain Strategy at Saab AB, who reminded us that "capacity is the new quality" – primes are looking for suppliers who can scale, not only suppliers who are certified.

🔹 Panel on security of supply with Eva Lindholm (Swedish Defence Materiel Administration, FMV), Mikko Laaksonen (Finnish Aerospace & Defence Cluster) and Jonas Edström, CEO of Motala Precision AB. Biggest takeaway for me: SMEs need to start export-control compliance BEFORE they get the first order, not after.

🔹 The signing of a Memorandum of Understanding between our cluster and the Finnish Aerospace & Defence Cluster on joint supplier development and shared testing facilities. Big thanks to Mikko and his team for travelling all the way from Tampere! 🇸🇪🤝🇫🇮

🔹 Our student track with Linköping University (LiU): 45 engineering students met SMEs looking for thesis workers and summer interns. Three thesis projects were agreed on the spot, and two students have already been invited to interviews. Seeing the students and the SME owners talk shop over coffee was my favourite moment of the day.

Key takeaways from the day:
1️⃣ Capacity and delivery reliability now matter as much as certification.
2️⃣ Export control and security clearance must be planned from day one.
3️⃣ SMEs grow faster in the defence supply chain when they team up in consortia.
4️⃣ Skills remain the bottleneck – cooperation with universities is no longer optional.

None of this would have been possible without my fantastic colleagues Amir Haddad and Linnea Forsberg, our partners at Region Östergötland and Almi Företagspartner Öst, and of course Linköping Science Park, who hosted the welcome mingle on Tuesday evening. 🙏

📅 Save the date: our next members' meeting is on 16 November 2039 (Wednesday) in Norrköping, with a focus on the new EU defence industry calls. Details coming soon!

Slides and photos will be shared with all participants by Friday 7 October.

#SupplierDayEast #aerospace #defence #clusters #Östergötland #SMEs #supplychain #Linköping

📸 Photos: Oskar Nyberg

👍❤️👏 Anna Berglund and 184 others • 23 comments • 11 reposts

Like • Comment • Repost • Send

Most relevant comments ▾

Mikko Laaksonen • 2nd
Cluster Director at Finnish Aerospace & Defence Cluster
Thank you Karin and team – a very well organised day. Looking forward to the first joint supplier programme in spring!
1d • Like (12) • Reply

Jonas Edström • 1st
CEO at Motala Precision AB
Great panel, great questions from the audience. We left with four new contacts and one very concrete RFQ 😉
1d • Like (7) • Reply

Sofia Rahimi • 3rd+
Business Developer at East Sweden Business Region
Congratulations! Is there a recording of the keynote available?
  Karin Sjöberg-Alm • Author
  Hi Sofia, no recording this time, but the slides will be on our website next week.
  22h • Like (2) • Reply

Load more comments
"""
write(F, T)
C = "Östergötland Aerospace & Defence Cluster"
gold(F,
 [P("Karin Sjöberg-Alm","Cluster Manager",C),
  P("Henrik Wallgren","Head of Supply Chain Strategy","Saab AB"),
  P("Eva Lindholm",None,"Swedish Defence Materiel Administration"),
  P("Mikko Laaksonen","Cluster Director","Finnish Aerospace & Defence Cluster"),
  P("Jonas Edström","CEO","Motala Precision AB"),
  P("Amir Haddad",None,C), P("Linnea Forsberg",None,C),
  P("Oskar Nyberg"), P("Anna Berglund"),
  P("Sofia Rahimi","Business Developer","East Sweden Business Region")],
 [O(C), O("Saab AB"), O("GKN Aerospace Sweden"), O("BAE Systems Hägglunds"),
  O("Swedish Defence Materiel Administration","FMV"), O("Finnish Aerospace & Defence Cluster"), O("Motala Precision AB"),
  O("Linköping University","LiU"), O("Region Östergötland"), O("Almi Företagspartner Öst"), O("Linköping Science Park"),
  O("East Sweden Business Region")],
 [E("Supplier Day East","2039-10-05",None,"Linköping","Sweden"),
  E("welcome mingle","2039-10-04",None,"Linköping","Sweden"),
  E("members' meeting","2039-11-16",None,"Norrköping","Sweden")],
 ["2039-10-05","2039-11-16","2039-10-07"],
 ["Capacity and delivery reliability now matter as much as certification",
  "Export control and security clearance must be planned from day one",
  "SMEs grow faster in the defence supply chain when they team up in consortia",
  "Skills remain the bottleneck – cooperation with universities is no longer optional"],
 None)
