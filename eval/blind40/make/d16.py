from common import *
fn = "linkedin-post_promotion-head-of-engineering-Holzbau-Murtal.txt"
t = """Holzbau Murtal GmbH
4,812 followers
2w · 🌐

🎉 Congratulations, Theresa! 🎉

We are proud to announce that Theresa Pöllabauer-Kainz has been promoted to Head of Engineering at Holzbau Murtal GmbH,
effective 1 July 2036. 🌲🏗️

Theresa joined us in 2029 as a junior structural engineer straight from Graz University of Technology (TU Graz). Over
the past seven years she has:
🔹 led the structural design of the six-storey timber school in Knittelfeld, our largest project so far
🔹 built up our in-house CLT prefabrication planning team (now 9 people)
🔹 represented us in the "Timber High-Rise" working group of Holzcluster Aichfeld, which she has co-chaired
   since 2034
🔹 supervised 11 master's theses together with TU Graz and FH JOANNEUM

She succeeds DI Walter Leitgeb, who after 31 years with the company moves into a new role as Senior Advisor to the
management and will mentor our young engineers until his retirement at the end of 2037. Thank you, Walter, for
everything you have built here! 🙏

"Engineering timber buildings is teamwork. I'm grateful for the trust and look forward to growing the team further,"
says Theresa.

Our managing director Florian Hirschmugl adds: "Theresa combines technical depth with a real talent for bringing
people along. She is exactly the right person to lead our engineering into the next phase of growth."

What does the new role mean? As Head of Engineering, Theresa is responsible for structural design, building
physics and fire-safety engineering across all our projects – from single-family homes to multi-storey residential
and school buildings. Her department of 23 engineers and technicians works closely with production in our plant, where
we process around 18,000 cubic metres of Styrian spruce and larch every year. Theresa will also join our management
team, which meets every Monday morning, and will represent the company in national standardisation committees for
timber construction.

And because every promotion leaves a gap somewhere: we are hiring! 🔎 We are looking for two structural engineers
(m/f/d) and one BIM modeller for our growing engineering team. Flexible working hours, a four-day week option, a
company bike and, of course, a workplace that smells of fresh wood. Find the job ads on our careers page or send a
message to our HR team.

More team news: Lukas Steinwender becomes Deputy Head of Engineering, and Jasmin Oberhauser takes over as Team Lead
Prefabrication Planning. 👏

Come and meet the team at our booth at the Holzbautag Steiermark in Leoben on 24 September 2036!

#promotion #teamHolzbauMurtal #timberconstruction #CLT #Styria #womeninengineering #Holzcluster

👍❤️👏 287 · 41 comments · 9 reposts

Comments

Katrin Zechner-Loibl · Cluster Manager at Holzcluster Aichfeld
Congratulations Theresa – well deserved! See you at the next working group meeting on 15 July. 🌲

Prof. Martin Hofbauer-Stix · Institute of Timber Engineering and Wood Technology, TU Graz
Proud of you! One of the best students I ever had in the structural timber course.

Walter Leitgeb · Senior Advisor at Holzbau Murtal GmbH
The best possible successor. Alles Gute, Theresa!

Selin Öztürk · Project Engineer at Obersteirische Ingenieurbau GmbH
Congrats! 🎉 Looking forward to the next joint project.

Dominik Rauscher · Site Manager at Holzbau Murtal GmbH
Gratuliere, Chefin! 😄 The site team is looking forward to even more detailed drawings.

Load more comments
"""
write_doc(fn, t)
write_gold(fn, None, [
 P("Theresa Pöllabauer-Kainz", "Head of Engineering", "Holzbau Murtal GmbH"),
 P("Walter Leitgeb", "Senior Advisor", "Holzbau Murtal GmbH"),
 P("Florian Hirschmugl", "managing director", "Holzbau Murtal GmbH"),
 P("Lukas Steinwender", "Deputy Head of Engineering", "Holzbau Murtal GmbH"),
 P("Jasmin Oberhauser", "Team Lead Prefabrication Planning", "Holzbau Murtal GmbH"),
 P("Katrin Zechner-Loibl", "Cluster Manager", "Holzcluster Aichfeld"),
 P("Martin Hofbauer-Stix", None, "Institute of Timber Engineering and Wood Technology"),
 P("Dominik Rauscher", "Site Manager", "Holzbau Murtal GmbH"),
 P("Selin Öztürk", "Project Engineer", "Obersteirische Ingenieurbau GmbH"),
],[
 O("Holzbau Murtal GmbH"), O("Graz University of Technology", "TU Graz"), O("Holzcluster Aichfeld"),
 O("FH JOANNEUM"), O("Institute of Timber Engineering and Wood Technology"), O("Obersteirische Ingenieurbau GmbH"),
],[
 E("Holzbautag Steiermark", "2036-09-24", "2036-09-24", "Leoben", "Austria"),
 E("working group meeting", "2036-07-15", "2036-07-15", None, None),
],["2036-07-01","2029","2034","2037","2036-09-24","2036-07-15"])
