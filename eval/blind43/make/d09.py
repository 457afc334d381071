from common import *
import email.message, email.policy, email.utils, datetime, os
H = """<html><body style="font-family:Arial,sans-serif">
<table width="640" align="center"><tr><td>
<p style="font-size:11px;color:#888">Trouble reading this e-mail? <a href="#">View it in your browser</a></p>
<h1 style="color:#004b6b">Fjordtech Trøndelag – Members' Update</h1>
<p><b>No. 6/2032 · June</b></p>
<p>Dear members,</p>
<p>summer is nearly here, and the cluster office has a busy few weeks behind it. Below are five short items you should not miss. As always, reply to this e-mail if you would like something included in the next issue.</p>
<p>Ingrid Aune Sæther<br>Cluster Director, Fjordtech Trøndelag</p>
<hr>

<h2>1. Record turnout at the Ocean Autonomy Seminar</h2>
<p>More than 210 people joined us at Ocean Space Centre in Trondheim on 26 May for the annual Ocean Autonomy Seminar, co-hosted with NTNU's Department of Marine Technology. Professor Håkon Vestvik presented the results of the autonomous ferry trials in the Trondheimsfjord, and Sunniva Grønli, CTO of Hydroskjold AS, showed how their hull-cleaning drones cut fuel consumption by up to 8%. Slides and photos are on the members' page.</p>
<p>The afternoon session on regulation drew the most questions. Several members asked how the new rules for unmanned vessels in Norwegian waters will apply to small survey boats, and whether the cluster could collect these questions and send them to the authorities in one letter. We will do so before the summer break: please send your questions to the cluster office by the end of June. Next year's seminar will again be held in May; the exact date will follow in the autumn.</p>

<h2>2. Call: join our delegation to Oceanology International Americas</h2>
<p>Together with Innovation Norway we are putting together a delegation of eight to ten companies for Oceanology International Americas in San Diego, 17–19 February 2033. The programme includes a joint stand, a Norwegian reception and visits to ocean research institutes in San Diego. The cluster covers the stand fee for the first six companies that sign up; travel and accommodation are paid by the participants. Companies that have never exhibited in the United States are especially welcome, and we will organise a preparatory webinar on export rules and distributor contracts in the autumn. Expressions of interest by 15 August 2032 to Øystein Kvam, internationalisation manager, oystein.kvam@fjordtech.example.</p>

<h2>3. Welcome to our new members</h2>
<p>Since April the cluster has grown to 87 members. We are happy to welcome <b>Frøya Sensor Systems AS</b> (sensors for salmon welfare monitoring), <b>Nordmøre Subsea Robotics AS</b>, the start-up <b>Tidvann</b> (tidal energy micro-turbines) and the Danish company <b>Skagerrak Hydrografi ApS</b>, our first member from outside Norway. We also welcome <b>SINTEF Ocean</b> back as an associated partner.</p>
<p>New members are introduced at the next members' meeting with a three-minute pitch each. If you would like to meet one of them before that, let us know and we will make the introduction.</p>

<h2>4. Aquaculture &amp; digital twins workshop – save the date</h2>
<p>On Tuesday 21 September 2032 we will hold a hands-on workshop on digital twins for fish farms at the Frøya Aquaculture Centre, together with our sister cluster <b>Havbruksklyngen Midt</b>. Lunch will be served. Maximum 40 participants, members first. Participants will work in small groups on real data from two farms, and each group will build a simple model of water quality and fish growth that can be tested on the spot. No programming experience is required, but please bring a laptop. Registration opens on 1 August.</p>

<h2>5. Board meeting and strategy process</h2>
<p>The board met on 9 June and approved the mid-term review of our strategy 2030–2034. The board chair, Torstein Ramstad (Kystverkstedet Rørvik AS), thanked the members who took part in the survey. A draft of the new action plan will be discussed at the members' meeting on 2 November 2032 in Trondheim. Also: Marit Hjelde has joined the cluster office as project manager for the EU project OCEANTWIN; she comes from the Trøndelag County Authority. The board also decided to keep the membership fee unchanged for 2033 and to set up a small working group on recruitment and skills, which will report to the members' meeting.</p>

<hr>
<p><b>Dates for your calendar</b><br>
21 September 2032 – Digital twins workshop, Frøya<br>
12–13 October 2032 – AquaNor, Trondheim (we will be at stand D-214)<br>
2 November 2032 – Members' meeting, Trondheim<br>
17–19 February 2033 – Oceanology International Americas, San Diego</p>
<p style="font-size:11px;color:#888">Fjordtech Trøndelag is part of the Norwegian Innovation Clusters programme, financed by Innovation Norway, SIVA and the Research Council of Norway.<br>
Fjordtech Trøndelag, Brattørkaia 17, 7010 Trondheim · <a href="#">Unsubscribe</a> · <a href="#">Update your preferences</a></p>
</td></tr></table>
</body></html>
"""
msg = email.message.EmailMessage(policy=email.policy.SMTP)
msg['From'] = 'Fjordtech Trøndelag <post@fjordtech.example>'
msg['To'] = 'members@fjordtech.example'
msg['Subject'] = 'Members\u2019 Update 6/2032: seminar record, San Diego delegation, new members'
msg['Date'] = email.utils.format_datetime(datetime.datetime(2032, 6, 14, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
msg['Message-ID'] = '<update-6-2032@fjordtech.example>'
msg.set_content('This newsletter is in HTML. Please view it in a mail client that displays HTML.')
msg.add_alternative(H, subtype='html')
doc = "Fjordtech-Trondelag_Members-Update_6-2032.eml"
open(os.path.join(BASE,'docs',doc),'wb').write(msg.as_bytes())
gold(doc, "2032-06-14",
 [P("Ingrid Aune Sæther","Cluster Director","Fjordtech Trøndelag"),
  P("Håkon Vestvik",None,None),
  P("Sunniva Grønli","CTO","Hydroskjold AS"),
  P("Øystein Kvam","internationalisation manager",None),
  P("Torstein Ramstad","board chair","Fjordtech Trøndelag"),
  P("Marit Hjelde","project manager","OCEANTWIN")],
 [O("Fjordtech Trøndelag"), O("NTNU"), O("Department of Marine Technology"), O("Hydroskjold AS"),
  O("Innovation Norway"), O("Frøya Sensor Systems AS"), O("Nordmøre Subsea Robotics AS"), O("Tidvann"),
  O("Skagerrak Hydrografi ApS"), O("SINTEF Ocean"), O("Havbruksklyngen Midt"),
  O("Kystverkstedet Rørvik AS"), O("Trøndelag County Authority"), O("SIVA"), O("Research Council of Norway")],
 [E("Ocean Autonomy Seminar","2032-05-26",None,"Trondheim","Norway"),
  E("Oceanology International Americas","2033-02-17","2033-02-19","San Diego","United States"),
  E("Aquaculture & digital twins workshop","2032-09-21",None,"Frøya","Norway"),
  E("board meeting","2032-06-09",None,None,None),
  E("members' meeting","2032-11-02",None,"Trondheim","Norway"),
  E("AquaNor","2032-10-12","2032-10-13","Trondheim","Norway")],
 ["2032-06","2032-06-14","2032-05-26","2033-02-17/2033-02-19","2032-08-15","2032-04","2032-09-21","2032-08-01","2032-06-09",
  "2030/2034","2032-11-02","2032-10-12/2032-10-13","2033"],
 [])
