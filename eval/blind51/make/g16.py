from h import *
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>News feed – Salten Seafood Cluster</title></head>
<body>
<header><div class="brand">Salten Seafood Cluster</div>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a class="active" href="/feed">Feed</a> | <a href="/events">Events</a> | <a href="/no">Norsk</a></nav></header>
<div class="crumbs">Home / Feed</div>
<main class="feed">
<h1>What's happening</h1>
<p class="sub">Short news from the cluster team. Follow us on LinkedIn and Instagram @saltenseafood.</p>

<div class="post"><span class="when">26 Feb 2036</span>
<p>📣 Save the date: Nordland Seafood Forum 2036 will take place on 10–11 June in Bodø (Stormen konserthus). Theme: "Fish welfare you can measure". Call for speakers open until 31 March. #NSF2036</p>
<p class="react">👍 84 · 💬 6 · ↗ 19</p></div>

<div class="post"><span class="when">25 Feb 2036</span>
<p>🎓 Reminder for students: the Seafood Summer School 2036 in Bodø and on Værøy runs from 15 to 26 June. Two weeks on the sea, 20 places, apply before 15 April. Organised with Nord University and the cluster members Lofotlaks AS and Saltstraumen Havbruk AS.</p></div>

<div class="post"><span class="when">24 Feb 2036</span>
<p>Welcome to our newest member Fjordlys Fôr AS from Meløy! 🐟 That makes 47 members. CEO Randi Skogøy joins our working group on alternative feed.</p></div>

<div class="post"><span class="when">19 Feb 2036</span>
<p>Thank you to everyone who came to the breakfast meeting at Nord University this morning. Over 50 people listened to Prof. Håkon Mikalsen-Bøe on lice counting with cameras. Slides in the members' area. 🎥</p></div>

<div class="post"><span class="when">12 Feb 2036</span>
<p>⚠️ CHANGE: the workshop "Electrification of well boats" is MOVED from 5 March to 19 March 2036 (same place: Bodø Science Park, 12:00–15:30). Registrations are kept.</p></div>

<div class="post"><span class="when">5 Feb 2036</span>
<p>Our manager Eirin Strand-Olsen is in Brussels this week for the EU Blue Economy Stakeholder Days (4–6 February) with six other Nordic clusters. Meeting DG MARE on Wednesday. 🇪🇺</p></div>

<div class="post"><span class="when">29 Jan 2036</span>
<p>Annual meeting date set: Wednesday 23 April 2036, 16:00, Bodø. Board chair Geir Arne Hansen-Tind will not stand for re-election after six years. Nominations to the election committee (leader: Tone Valla, Lofotlaks AS) by 20 March.</p></div>

<div class="post"><span class="when">22 Jan 2036</span>
<p>❌ CANCELLED: the study trip to Aqua Nor in Trondheim is off this year — Aqua Nor is held in odd years only (our mistake!). Instead we join the North Atlantic Seafood Forum in Bergen, 3–5 March 2036. 8 seats left. 🚌</p></div>

<div class="post"><span class="when">15 Jan 2036</span>
<p>New project! 🎉 "KALDVANN" (2036–2038) with Nofima and three members will test closed pens for cod. Project leader: Marius Ellingsen, Nofima. Kick-off on 4 February in Tromsø.</p></div>

<div class="post"><span class="when">13 Jan 2036</span>
<p>Good news from Oslo: the cluster keeps its Arena status for 2036–2040. Thank you to members and to Nordland County Council for the support. 🙏</p></div>

<div class="post"><span class="when">8 Jan 2036</span>
<p>Happy new year from the team! 2035 in numbers: 14 events, 1,120 participants, 9 new members, 3 new R&amp;D projects. Our "Fish & Fjord" innovation camp in Narvik (October 2035) alone brought 90 students. 📊</p></div>

<div class="post"><span class="when">18 Dec 2035</span>
<p>Christmas lunch for members today at Hotel Havet ✨ — with a visit from Bodø's mayor Kristoffer Nygaard Lie, who spoke about the new port plan. God jul!</p></div>

<div class="post"><span class="when">10 Dec 2035</span>
<p>Job ad: we are hiring a project manager (100 %, Bodø). Deadline 8 January 2036. Questions to Eirin Strand-Olsen.</p></div>

<div class="post"><span class="when">3 Dec 2035</span>
<p>Our webinar series "Fôrpraten" continues: next episodes on 14 January and 11 February 2036, online, 09:00–09:45, with speakers from Skretting Nord? no — from Havbruksfôr Nord AS and Nord University. Free for all.</p></div>

<div class="more"><a href="/feed?page=2">Load older posts</a></div>
</main>
<footer><p>Salten Seafood Cluster · c/o Bodø Science Park, Postboks 1401, 8002 Bodø, Norway · Part of the Norwegian Innovation Clusters programme (Arena) · Supported by Nordland County Council</p>
<p>© 2036 Salten Seafood Cluster · Privacy · Cookies</p></footer>
</body></html>
"""
T = T.replace("with speakers from Skretting Nord? no — from Havbruksfôr Nord AS and Nord University.", "with speakers from Havbruksfôr Nord AS and Nord University.")
write("feed_salten-seafood-cluster.html", T, None,
 [P("Randi Skogøy","CEO","Fjordlys Fôr AS"),
  P("Håkon Mikalsen-Bøe",None,None),
  P("Eirin Strand-Olsen","manager","Salten Seafood Cluster"),
  P("Geir Arne Hansen-Tind","Board chair","Salten Seafood Cluster"),
  P("Tone Valla",None,"Lofotlaks AS"),
  P("Marius Ellingsen","Project leader","Nofima"),
  P("Kristoffer Nygaard Lie","mayor",None)],
 [O("Salten Seafood Cluster"),O("Fjordlys Fôr AS"),O("Nord University"),O("DG MARE"),O("Lofotlaks AS"),
  O("Nofima"),O("Havbruksfôr Nord AS"),O("Saltstraumen Havbruk AS"),O("Nordland County Council")],
 [E("Nordland Seafood Forum 2036","2036-06-10","2036-06-11","Bodø","Norway"),
  E("breakfast meeting at Nord University","2036-02-19","2036-02-19","Bodø","Norway"),
  E("Electrification of well boats","2036-03-19","2036-03-19","Bodø","Norway"),
  E("EU Blue Economy Stakeholder Days","2036-02-04","2036-02-06","Brussels","Belgium"),
  E("Annual meeting","2036-04-23","2036-04-23","Bodø","Norway"),
  E("North Atlantic Seafood Forum","2036-03-03","2036-03-05","Bergen","Norway"),
  E("KALDVANN kick-off","2036-02-04","2036-02-04","Tromsø","Norway"),
  E("Fish & Fjord","2035-10","2035-10","Narvik","Norway"),
  E("Christmas lunch for members","2035-12-18","2035-12-18","Bodø","Norway"),
  E("Seafood Summer School 2036","2036-06-15","2036-06-26","Bodø, Værøy","Norway"),
  E("Fôrpraten","2036-01-14","2036-01-14",None,None),
  E("Fôrpraten","2036-02-11","2036-02-11",None,None)],
 ["2036-02-26","2036-06-10/2036-06-11","2036-03-31","2036-02-24","2036-02-19","2036-02-12","2036-03-05","2036-03-19","2036-02-05",
  "2036-02-04/2036-02-06","2036-01-29","2036-04-23","2036-03-20","2036-01-22","2036-03-03/2036-03-05","2036-01-15","2036/2038",
  "2036-02-04","2036-01-08","2035","2035-10","2035-12-18","2035-12-10","2035-12-03","2036-01-14","2036-02-11","2036-02-25","2036-06-15/2036-06-26","2036-04-15","2036-01-13","2036/2040"])
