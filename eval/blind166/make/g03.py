from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g03_aland_blue_economy_digest.eml'
assert wd(2036,4,7)=='Monday' and wd(2036,4,8)=='Tuesday' and wd(2036,4,16)=='Wednesday' and wd(2036,4,24)=='Thursday'
assert wd(2036,5,6)=='Tuesday' and wd(2036,5,15)=='Thursday' and wd(2036,5,20)=='Tuesday' and wd(2036,5,22)=='Thursday' and wd(2036,3,27)=='Thursday'
body = """Hi all,

Forwarding this week's digest from the cluster. Two things for us: the hull-cleaning call closes on 15 May, so Petra and I should decide by the end of next week whether we apply together with Ålands Teknikcentrum. And could someone from the yard sign up for the port logistics breakfast on the 16th? I am in Turku that day.

Br,
Kim

Kim Sundblad
CEO, Mariehamns Varv Ab
Sjökvarteret, Mariehamn

-----Original Message-----
From: Åland Blue Economy Cluster <digest@abec.example.ax>
Sent: Monday, 7 April 2036 08:02
To: ABEC members
Subject: ABEC weekly digest 14/2036 – calls, events, member news

ÅLAND BLUE ECONOMY CLUSTER · WEEKLY DIGEST · No. 14/2036
Mariehamn, 7 April 2036

Good morning from the cluster office. This week: two open calls with May deadlines, the spring programme of our breakfasts, and news from members.

OPEN CALLS
* Clean Hull Pilot – the Nordic Blue Innovation Fund invites cluster SMEs to test biofouling removal without copper paints. Up to EUR 60,000 per consortium of at least two companies from two Nordic countries. Deadline: Thursday 15 May 2036, 15:00 CET. Our project manager Petra Holmström can help with the partner search.
* Skills voucher for seafarers – the Landskapsregeringen (Government of Åland), Department of Trade and Industry, pays 50 % of the cost of retraining crew for battery-electric and hybrid vessels. Rolling call, last cut-off 30 September 2036.

EVENTS
* Tue 8 April 2036, 13:00–14:30 – webinar "Shore power in small ports", with Mikael Lindroos of the Port of Mariehamn and Jenni Aaltonen (Turku University of Applied Sciences, Finland). Online.
* Wed 16 April 2036, 07:30–09:00 – cluster breakfast on port logistics at Ålands Sjöfartsmuseum, Mariehamn. Host: Viking Line Abp.
* Thu 24 April 2036 – study visit to the hydrogen ferry project in Stockholm with Swedish Maritime Technology Forum (Sweden). A few seats left on the morning ferry.
* 20–22 May 2036 – Nor-Shipping side programme: joint Åland stand with Finnish Maritime Cluster in Lillestrøm, Norway. The networking dinner on Thursday 22 May is for stand partners only.

MEMBER NEWS
* Ålands Teknikcentrum has a new head of research: Dr Fredrik Söderlund joins from Åbo Akademi University, where he led the marine engineering laboratory.
* Mariehamns Varv Ab delivered its third electric pilot boat to the Finnish Transport Infrastructure Agency (Väylävirasto) on 27 March.
* The annual meeting of ABEC will be held on Tuesday 6 May 2036 at 17:00 in the Alandica congress hall. Motions must reach the chair, Annika Mattsson, by 22 April. The election committee proposes Carl-Johan Dahlén (Eckerö Linjen) as new board member.

IN CASE YOU MISSED IT
The winter seminar "Electric Archipelago", held in Mariehamn on 12 March 2036, drew 74 participants from Åland, mainland Finland and Sweden. The slides from Ulla-Maj Wideroos (Ålands Energi) and from the Norwegian battery supplier Corvus Energy AS are now in the members' area, together with a short recording of the closing discussion. The next seminar in the series is planned for the autumn in Eckerö; suggestions for speakers are welcome.

FROM THE OFFICE
Our cluster manager Tove Jansson-Karlberg is on leave until 5 May. In the meantime please write to Petra Holmström (petra@abec.example.ax) or to our coordinator Elias Grönlund.

You receive this digest as a member of the Åland Blue Economy Cluster (ABEC). Unsubscribe | Update your preferences | Archive of earlier digests
"""
m = EmailMessage()
m['From'] = 'Kim Sundblad <kim.sundblad@mvarv.example.ax>'
m['To'] = 'office@mvarv.example.ax'
m['Subject'] = 'FW: ABEC weekly digest 14/2036 – calls, events, member news'
m['Date'] = format_datetime(datetime.datetime(2036,4,7,9,41,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A = "Åland Blue Economy Cluster"
gold(F,
 [P("Kim Sundblad","CEO","Mariehamns Varv Ab"),
  P("Petra Holmström","project manager",A),
  P("Mikael Lindroos",None,"Port of Mariehamn"),
  P("Jenni Aaltonen",None,"Turku University of Applied Sciences"),
  P("Fredrik Söderlund","head of research","Ålands Teknikcentrum"),
  P("Annika Mattsson","chair",A),
  P("Carl-Johan Dahlén","board member",A),
  P("Tove Jansson-Karlberg","cluster manager",A),
  P("Elias Grönlund","coordinator",A),
  P("Ulla-Maj Wideroos",None,"Ålands Energi")],
 [O(A,"ABEC"), O("Mariehamns Varv Ab"), O("Ålands Teknikcentrum"), O("Nordic Blue Innovation Fund"),
  O("Landskapsregeringen (Government of Åland)"), O("Department of Trade and Industry"), O("Port of Mariehamn"),
  O("Turku University of Applied Sciences"), O("Viking Line Abp"), O("Swedish Maritime Technology Forum"),
  O("Finnish Maritime Cluster"), O("Åbo Akademi University"), O("Finnish Transport Infrastructure Agency"),
  O("Eckerö Linjen"), O("Ålands Energi"), O("Corvus Energy AS")],
 [E("Shore power in small ports","2036-04-08",None,None,None),
  E("cluster breakfast on port logistics","2036-04-16",None,"Mariehamn","Finland"),
  E("study visit to the hydrogen ferry project","2036-04-24",None,"Stockholm","Sweden"),
  E("Nor-Shipping","2036-05-20","2036-05-22","Lillestrøm","Norway"),
  E("networking dinner","2036-05-22",None,"Lillestrøm","Norway"),
  E("annual meeting of ABEC","2036-05-06",None,None,None),
  E("Electric Archipelago","2036-03-12",None,"Mariehamn","Finland")],
 ["2036-05-15","2036-04-07","2036-09-30","2036-04-08","2036-04-16","2036-04-24","2036-05-20/2036-05-22","2036-05-22",
  "2036-03-27","2036-05-06","2036-04-22","2036-05-05","2036-03-12"],
 [], pub="2036-04-07")
