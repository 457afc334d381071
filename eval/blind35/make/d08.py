from common import *
import email.message, email.utils, datetime
doc = "Save-the-date_H2-Valley-Days-2034.eml"
body = """Dear members and friends of H2DM,

Please save the date for the

    H2 VALLEY DAYS 2034
    Hydrogen for lignite regions in transition
    Kozani, 26–27 June 2034
    University of Western Macedonia, Conference Centre (ZEP campus)

The Hydrogen Cluster of Western Macedonia (H2DM) is organising its third annual meeting of hydrogen valleys in coal
and lignite regions, together with the Region of Western Macedonia and the Clean Hydrogen Partnership. We expect
around 200 participants from Greece, Poland, Germany, Czechia and Spain.

Short agenda

Monday 26 June
09:30  Opening – Nikos Karamanlidis-Papadakis, President of H2DM
10:00  Keynote: "From mines to molecules" – Dr. Dimitra Georgiou, Head of Unit, Clean Hydrogen Partnership
11:30  Panel of hydrogen valleys (Silesia, Lusatia, Asturias, Western Macedonia)
14:30  Site visit to the former Kardia power plant area
19:30  Dinner hosted by the Regional Governor

Tuesday 27 June
09:00  Workshops: electrolyser supply chains / hydrogen in district heating / skills for former lignite workers
12:00  Launch of the Just Transition Hydrogen Skills Alliance
13:00  Closing and lunch

Why come? Lignite regions across Europe are trying to turn power-plant sites, grid connections and skilled
workforces into hydrogen production and use. The Valley Days are a working meeting rather than a showcase: each
valley brings one problem it has not solved yet, and the workshops are built around those problems. We will also
present the first results of our members' survey on electrolyser supply chains, which shows that local companies
can deliver most balance-of-plant components if orders are bundled.

Participation is free of charge. Registration will open on 15 April 2034; the full programme will be sent in May.
Speakers from member companies who would like to present in a workshop can send a short abstract by 20 March 2034.

Just before the Valley Days, on 25 June, we will hold the H2DM General Assembly (members only, 17:00, same venue).

If you have questions, do not hesitate to contact me.

Kind regards,

Eleni Tsakiridou
Cluster Coordinator
Hydrogen Cluster of Western Macedonia (H2DM)
Kozani, Greece | +30 24610 00000 | eleni.tsakiridou@h2dm.example

This e-mail was sent to the H2DM members and partners mailing list. To unsubscribe reply with "unsubscribe".
"""
m = email.message.EmailMessage()
m['From'] = 'Eleni Tsakiridou <eleni.tsakiridou@h2dm.example>'
m['To'] = 'H2DM members <members@h2dm.example>'
m['Subject'] = 'Save the date: H2 Valley Days 2034, Kozani, 26-27 June'
m['Date'] = email.utils.format_datetime(datetime.datetime(2034, 2, 14, 10, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m['Message-ID'] = '<std-2034-0214@h2dm.example>'
m.set_content(body, cte='8bit')
open(f"{B}/docs/{doc}", 'wb').write(bytes(m))
gold(doc, "2034-02-14",
 [P("Nikos Karamanlidis-Papadakis","President","H2DM"), P("Dimitra Georgiou","Head of Unit","Clean Hydrogen Partnership"),
  P("Eleni Tsakiridou","Cluster Coordinator","Hydrogen Cluster of Western Macedonia")],
 [O("Hydrogen Cluster of Western Macedonia","H2DM"), O("University of Western Macedonia"), O("Region of Western Macedonia"),
  O("Clean Hydrogen Partnership")],
 [E("H2 Valley Days 2034","2034-06-26","2034-06-27","Kozani","Greece"),
  E("H2DM General Assembly","2034-06-25","2034-06-25","Kozani","Greece")],
 ["2034-02-14","2034-06-26/2034-06-27","2034-06-26","2034-06-27","2034-04-15","2034-05","2034-03-20","2034-06-25"], [])
