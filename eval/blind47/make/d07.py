import email.message, email.utils, datetime, os
html = """<html><body style="font-family:Arial,sans-serif">
<table width="640"><tr><td>
<p style="font-size:11px;color:#888">Member newsletter 1/2031 &middot; <a href="#">View in browser</a></p>
<h1>Trave MedTech Verbund &ndash; Member News</h1>
<p>Dear members,</p>
<p>a happy new year from all of us in the office in L&uuml;beck! 2030 was our busiest year so far: 14 events, 3 new joint projects and, for the first time, more than 100 member organisations. In this first newsletter of 2031 you will find three dates for your calendar, news about new members and a funding opportunity from the Land Schleswig-Holstein.</p>
<p>Warm regards,<br>Dr. Kathrin Albers-Petersen<br>Managing Director, Trave MedTech Verbund e.V.</p>
<hr>
<h2>1. New Year reception 2031: 30 January in L&uuml;beck</h2>
<p>Our traditional New Year reception takes place on Thursday, 30 January 2031, from 18:00 at the Hanseatic Trade Hall in L&uuml;beck. After a welcome by our chairman <b>Prof. Dr. med. Hauke Brodersen</b> (Universit&auml;tsklinikum Schleswig-Holstein, UKSH), the guest speaker will be <b>Dr. Mirjam Feddersen</b>, State Secretary in the Ministry of Economic Affairs, Transport, Labour, Technology and Tourism of Schleswig-Holstein. She will speak about the Land's new strategy for the health economy. Please register by 23 January 2031. As every year, the reception is also the moment to thank the members who hosted our working groups in 2030, and to hear short updates from the three working groups on regulatory affairs, digital health and skills. Members who would like to present a new product in the foyer can book a table free of charge with the office.</p>
<h2>2. Webinar: &ldquo;MDR re-certification &ndash; lessons from the first wave&rdquo;</h2>
<p>Many members are now going through re-certification under the Medical Device Regulation. On Wednesday, 12 February 2031, 10:00&ndash;11:30, <b>Jonas Thielsen</b>, regulatory affairs manager at N&ouml;rdmed Implantate GmbH, and <b>Birte Carstensen</b> from the notified body Nordcert Pr&uuml;fstelle GmbH share what they learned. The webinar is free for members; the Zoom link will be sent after registration.</p>
<h2>3. Annual General Assembly on 26 March in Kiel</h2>
<p>This year's Annual General Assembly will be held on 26 March 2031 at the Kiel Science Park, hosted by our member Baltic Sensorik GmbH. On the agenda: the annual report 2030, the budget 2031 and the election of two board members, as the terms of <b>Uwe Matthiesen</b> (Matthiesen Feinmechanik KG) and <b>Dr. Lena Asmussen</b> (Fraunhofer IMTE) end. Nominations can be sent to the office until 26 February 2031. The formal invitation with all documents will follow four weeks before the meeting.</p>
<h2>4. Welcome to our new members</h2>
<p>We are happy to welcome three new members: the start-up <b>Herzfrequenz Analytics UG</b> from Kiel, which develops AI-based ECG evaluation; <b>Fehmarn Medical Textiles GmbH</b>, a producer of compression garments; and the <b>Technische Hochschule L&uuml;beck</b>, which joins with its Medical Engineering department. <b>Tomasz Nowakowski</b>, founder of Herzfrequenz Analytics, says: &ldquo;We are looking forward to meeting clinicians and manufacturers in the network.&rdquo;</p>
<h2>5. Funding call: Innovation vouchers for health</h2>
<p>The Wirtschaftsf&ouml;rderung und Technologietransfer Schleswig-Holstein GmbH (WTSH) has reopened its innovation voucher programme for small companies in the health economy. Vouchers of up to EUR 15,000 cover studies by research institutes. The current round closes on 28 February 2031. Our project manager <b>Malte Jessen</b> is happy to help with applications. Please note that applications must be submitted by the company itself; the cluster office can review drafts and suggest suitable research partners from our network, but it cannot apply on behalf of members.</p>
<hr>
<p style="font-size:11px;color:#888">Trave MedTech Verbund e.V. &middot; Maria-Goeppert-Stra&szlig;e 0 &middot; 23562 L&uuml;beck<br>
You receive this newsletter as a contact of a member organisation. <a href="#">Unsubscribe</a> | <a href="#">Privacy</a></p>
</td></tr></table></body></html>"""
m = email.message.EmailMessage()
m['From'] = 'Trave MedTech Verbund <newsletter@trave-medtech.example>'
m['To'] = 'members@trave-medtech.example'
m['Subject'] = 'Member News 1/2031: New Year reception, MDR webinar, General Assembly'
m['Date'] = email.utils.format_datetime(datetime.datetime(2031,1,14,9,15,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m['Message-ID'] = '<nl-2031-01@trave-medtech.example>'
m.set_content('This newsletter is best viewed as HTML. View it in your browser: https://trave-medtech.example/newsletter/2031-01')
m.add_alternative(html, subtype='html')
open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','docs','Member-News-1-2031_Trave-MedTech-Verbund.eml'),'wb').write(bytes(m))
