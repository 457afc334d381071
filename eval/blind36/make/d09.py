from common import *
import os
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear members of the Power Electronics working group,</p>
<p>after almost seven years at ChipElbe I am leaving the cluster at the end of this month to join the
Fraunhofer Institute for Integrated Systems and Device Technology IISB in Erlangen. From <b>1 July 2036</b> my
colleague <b>Dr. Franziska Lehmann-Ruppert</b> takes over my portfolio: the Power Electronics working group, the
SiC/GaN supplier database and our part in the IPCEI follow-up talks with the Saxon State Ministry for Economic
Affairs, Labour and Transport (SMWA).</p>
<p>Franziska joined ChipElbe in 2034 from Elbflorenz Semiconductor GmbH, where she was a process engineer for power
devices. Since then she has run our Sensors &amp; Packaging group as Technology Manager, so many of you already know her.</p>
<p>A few practical points for the handover:</p>
<ul>
<li>The next working group meeting on <b>Tuesday, 8 July 2036</b> (14:00–17:00, ChipElbe office, Dresden) will be
chaired by Franziska. I will join the first half hour to say goodbye.</li>
<li>The joint workshop with the Silesian power-electronics network in Wrocław on 22–23 September 2036 stays as
planned; Franziska and our project assistant Jonas Wendler are your contacts.</li>
<li>Please send all new requests to <a href="mailto:f.lehmann-ruppert@chipelbe.example">f.lehmann-ruppert@chipelbe.example</a>
from today. My address will be forwarded until 31.08.2036.</li>
</ul>
<p>Thank you for the trust, the fab tours and the long evenings at SEMICON Europa. It has been a pleasure.</p>
<p>Mit herzlichen Grüßen / Kind regards</p>
<p>Dr.-Ing. Tobias Brandstätter<br>Senior Technology Manager Power Electronics<br>ChipElbe – Halbleiter-Cluster Sachsen e.V.<br>
Manfred-von-Ardenne-Ring 20, 01099 Dresden<br>T +49 351 000 4410</p>
<hr>
<p>Dear all, thank you Tobias – big shoes to fill! I look forward to meeting you on 8 July.</p>
<p>Dr. Franziska Lehmann-Ruppert<br>Technology Manager Power Electronics | Sensors &amp; Packaging<br>
ChipElbe – Halbleiter-Cluster Sachsen e.V.<br>T +49 351 000 4415 | f.lehmann-ruppert@chipelbe.example</p>
<p style="font-size:10px;color:#777">ChipElbe – Halbleiter-Cluster Sachsen e.V. · Vereinsregister Dresden VR 0000 ·
Vorstand: Prof. Dr. Sabine Wähner (Vorsitzende), Karl-Heinz Drechsel · Geschäftsführerin: Anja Rosenkranz</p>
</body></html>"""
m = EmailMessage()
m['From'] = 'Tobias Brandstätter <t.brandstaetter@chipelbe.example>'
m['To'] = 'AG Leistungselektronik <ag-le@lists.chipelbe.example>'
m['Cc'] = 'Franziska Lehmann-Ruppert <f.lehmann-ruppert@chipelbe.example>'
m['Subject'] = 'Handover: Power Electronics portfolio to Franziska Lehmann-Ruppert from 1 July'
m['Date'] = format_datetime(datetime.datetime(2036,6,18,9,42,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m['Message-ID'] = '<20360618094200.4410@chipelbe.example>'
m.set_content("This message is in HTML. Please use an HTML-capable mail client.")
m.add_alternative(html, subtype='html')
fn = "Handover_Power-Electronics_portfolio.eml"
open(os.path.join(B,'docs',fn),'wb').write(bytes(m))
C="ChipElbe – Halbleiter-Cluster Sachsen e.V."
write(fn, None,
 [P("Tobias Brandstätter","Senior Technology Manager Power Electronics",C),
  P("Franziska Lehmann-Ruppert","Technology Manager Power Electronics",C),
  P("Jonas Wendler","project assistant",C),
  P("Sabine Wähner","Vorsitzende",C),
  P("Karl-Heinz Drechsel",None,C),
  P("Anja Rosenkranz","Geschäftsführerin",C)],
 [O(C,"ChipElbe"),O("Fraunhofer Institute for Integrated Systems and Device Technology","IISB"),
  O("Saxon State Ministry for Economic Affairs, Labour and Transport","SMWA"),O("Elbflorenz Semiconductor GmbH")],
 [E("working group meeting","2036-07-08","2036-07-08","Dresden","Germany"),
  E("joint workshop with the Silesian power-electronics network","2036-09-22","2036-09-23","Wrocław","Poland")],
 ["2036-06-18","2036-07-01","2034","2036-07-08","2036-09-22/2036-09-23","2036-08-31"], pub="2036-06-18")
