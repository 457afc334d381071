from common import *
F = 'b61_07_webinar_recap_carinthia.html'
TK = ["First, chip design is a people business before it is a technology business.",
 "Second, the border is an asset, not an obstacle.",
 "Third, clusters must stop counting events and start counting contracts."]
html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Webinar recap: Alpe-Adria chip design talent | Silicon Alps Cluster</title></head><body>
<div id="cookie-consent">This website uses cookies. By continuing to browse, you agree to our use of cookies. <a href="/en/data-protection">More information</a> <button>OK</button></div>
<header><a href="/en/">Silicon Alps Cluster</a><nav><a href="/en/about">About</a> | <a href="/en/members">Members</a> | <a href="/en/projects">Projects</a> | <a href="/en/events">Events</a> | <a href="/en/news">News</a> | <a href="/de/">DE</a></nav></header>
<article>
<h1>Webinar recap: Growing chip-design talent across the Alpe-Adria region</h1>
<p class="byline">By Verena Wutte-Klein | 16 January 2036 | News, Talent, Microelectronics</p>
<p>On Monday 14 January 2036 more than 230 participants joined our webinar "Growing chip-design talent across the Alpe-Adria region", the first in the 2036 series of Silicon Alps Talks. The 90-minute session brought together speakers from Carinthia, Slovenia and Friuli Venezia Giulia to discuss how the border region can train and keep the engineers that its growing semiconductor industry needs.</p>
<p>The webinar was moderated by Dr. Gerald Ortner-Jesenko, head of the talent programme at the Silicon Alps Cluster in Villach. In his introduction he noted that the cluster's members alone expect to hire around 1,800 people by 2040, and that design engineers are the hardest to find.</p>
<h2>Who spoke</h2>
<p>Prof. Dr. Mateja Žnidaršič from the Faculty of Electrical Engineering of the University of Ljubljana presented the joint master's track in integrated circuit design, run with the University of Klagenfurt (Universität Klagenfurt) since the winter semester 2034. DI Florian Gasser, head of design at Infineon Technologies Austria AG, described how the company's Villach site recruits half of its graduates from outside Austria. Dott. Lorenzo Zanutta of the Friulian agency Area Science Park in Trieste explained the new fellowship for start-ups in chip design, and Ana-Marija Hribar, founder of the Maribor start-up Siliko d.o.o., talked about what it takes for a company of twelve people to compete for talent with large employers.</p>
<p>Mag. Christina Lerch of the Kärntner Wirtschaftsförderungs Fonds (KWF) closed the panel with an overview of regional funding for training and relocation.</p>
<h2>Questions from the audience</h2>
<p>The chat was busy throughout the session. Many questions concerned housing and childcare for international recruits, which several participants described as a bigger barrier than salaries. Others asked whether the design passport would also apply to vocational colleges and to people retraining from other engineering fields. Mag. Lerch confirmed that the relocation support of the KWF is open to employees of start-ups as well as to large firms, and that the application procedure was simplified at the start of the year. A poll at the end of the webinar showed that 64% of participants work for companies with fewer than fifty employees.</p>
<h2>Our takeaways</h2>
<p>""" + TK[0] + """ All speakers agreed that the decisive factor is not equipment but mentoring: students who spend a semester in a company design team are three times more likely to stay in the region. Prof. Žnidaršič called for paid internships to become a standard part of every master's programme.</p>
<p>""" + TK[1] + """ The three regions have different strengths — power electronics in Carinthia, sensors and embedded software in Slovenia, and research infrastructure in Trieste. Students who move between them during their studies build networks that none of the universities could offer alone. Florian Gasser proposed a common "Alpe-Adria design passport" that would recognise courses across the border.</p>
<p>""" + TK[2] + """ Ana-Marija Hribar argued that small companies see little value in matchmaking events unless they lead to concrete projects. The Silicon Alps Cluster will therefore report, from this year, on the number of joint projects and contracts that result from its activities rather than only the number of participants.</p>
<h2>In numbers</h2>
<p>Of the 231 registered participants, 98 came from Austria, 71 from Slovenia, 44 from Italy and the rest from eleven other countries. Two thirds stayed until the end of the Q&amp;A, and the average rating in the feedback survey was 4.5 out of 5. Most participants said they would recommend the series to a colleague.</p>
<h2>What the cluster will do</h2>
<p>Following the webinar, the cluster's board agreed to set up a working group with the three universities to draft the design passport by the summer. The cluster will also map the internship offers of its members and publish them on a single page, in English, German, Slovenian and Italian. Dr. Ortner-Jesenko invited member companies to nominate mentors for a pilot with twenty students starting in the winter semester.</p>
<h2>Recording and next talk</h2>
<p>The recording and slides are available to members in the cluster's knowledge base. The next Silicon Alps Talk, on power electronics for rail, will take place on 11 February 2036. The cluster's annual conference, Silicon Alps Summit, is scheduled for 7–8 May 2036 in Graz.</p>
<p>Questions? Contact Verena Wutte-Klein, communications manager, at news@silicon-alps.at.</p>
</article>
<footer>Silicon Alps Cluster GmbH · Europastraße 8 · 9524 Villach · Austria | <a href="/en/imprint">Imprint</a> | <a href="/en/data-protection">Data protection</a> | Follow us on LinkedIn</footer>
</body></html>"""
write_text(F, html)
gold(F, [
 P("Verena Wutte-Klein", "communications manager", "Silicon Alps Cluster"),
 P("Gerald Ortner-Jesenko", "head of the talent programme", "Silicon Alps Cluster"),
 P("Mateja Žnidaršič", None, "Faculty of Electrical Engineering of the University of Ljubljana"),
 P("Florian Gasser", "head of design", "Infineon Technologies Austria AG"),
 P("Lorenzo Zanutta", None, "Area Science Park"),
 P("Ana-Marija Hribar", "founder", "Siliko d.o.o."),
 P("Christina Lerch", None, "Kärntner Wirtschaftsförderungs Fonds"),
],[
 O("Silicon Alps Cluster GmbH"), O("Faculty of Electrical Engineering of the University of Ljubljana"),
 O("University of Klagenfurt"), O("Infineon Technologies Austria AG"), O("Area Science Park"), O("Siliko d.o.o."),
 O("Kärntner Wirtschaftsförderungs Fonds", "KWF"),
],[
 E("Growing chip-design talent across the Alpe-Adria region", "2036-01-14", None, None, None),
 E("Silicon Alps Talk on power electronics for rail", "2036-02-11", None, None, None),
 E("Silicon Alps Summit", "2036-05-07", "2036-05-08", "Graz", "Austria"),
],["2036-01-16","2036-01-14","2036","2040","2034","2036-02-11","2036-05-07/2036-05-08"],
 TK, pub="2036-01-16")
