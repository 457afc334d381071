from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
fn = "Parental-leave_Niamh-cover-arrangements.eml"
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear members and partners,</p>
<p>I am writing with some personal news from the team at <b>Corrib MedTech Cluster</b>. Our Head of Membership &amp;
Partnerships, <b>Niamh Ó Conghaile</b>, will go on parental leave from <b>Friday 14 June 2030</b>. She and her partner
are expecting their second child in early July, and she plans to return to the office on <b>Monday 6 January 2031</b>.
We are all delighted for her and wish the family the very best.</p>
<p>During Niamh's leave her work will be shared out as follows, so that nothing falls between two stools:</p>
<ul>
<li><b>Membership renewals, new-member onboarding and the members' portal</b>: Ciarán Mac Giolla Phádraig, Membership
Officer (ciaran.macgiollaphadraig@corribmedtech.example).</li>
<li><b>Corporate partnerships and sponsorship of the annual conference</b>: Dr. Emer Fitzgerald-Quinn, Deputy CEO
(emer.fitzgerald@corribmedtech.example).</li>
<li><b>The SME internationalisation programme "Go Global MedTech"</b> and the trade mission to Boston in October:
Tadhg Ó Súilleabháin, International Programmes Manager.</li>
<li><b>University liaison</b> (University of Galway, Atlantic Technological University, the CÚRAM research centre):
Dr. Sinéad Kavanagh, Innovation Lead.</li>
<li><b>Anything urgent or not covered above</b>: please contact me directly.</li>
</ul>
<p>We have also brought in <b>Paulina Zielińska</b>, who joins us on a fixed-term contract as Membership &amp; Events
Assistant from 3 June 2030. Many of you will meet her at the <b>Corrib MedTech Members' Summer Social</b> on Thursday
27 June 2030 at the Galway Harbour Hotel, where Niamh will also say a (temporary) goodbye.</p>
<p>A quick reminder of the dates for the rest of the year:</p>
<ul>
<li>Regulatory Affairs Masterclass (with the Health Products Regulatory Authority) – 10 September 2030, online</li>
<li>Trade mission to Boston with Enterprise Ireland – 7–11 October 2030</li>
<li>Corrib MedTech Annual Conference 2030 – 21 November 2030, Galway</li>
</ul>
<p>A few practical points. Niamh's e-mail account will stay active, but she will not be reading it; an automatic
reply will point you to the right colleague. Her mobile number will be forwarded to the office. If you have an
open application for membership or a partnership agreement waiting for signature, please send a short note to
Ciarán before the end of next week so that he can pick it up while Niamh is still here for the handover. The
monthly members' update will continue as usual, and the working groups on digital health and on sustainable
packaging will keep their meeting rhythm; their secretariat is not affected by the change.</p>
<p>Some of you have asked whether the planned review of membership fees will be delayed. It will not: the Board will
discuss the proposal at its meeting in September, and Emer will present the options to members in good time before
the renewals start. We remain committed to keeping the fee for start-ups and micro-companies unchanged.</p>
<p>Membership renewals for 2031 open on 1 October 2030. Invoices will be sent by Ciarán.</p>
<p>Thank you for your understanding, and please join me in wishing Niamh a happy and restful time with her family.</p>
<p>Kind regards,<br>
Declan Mac Cárthaigh<br>
Chief Executive Officer<br>
Corrib MedTech Cluster CLG<br>
Business Innovation Centre, Dangan, Galway H91 XXXX, Ireland<br>
+353 91 555 0172 · www.corribmedtech.example</p>
<p style="font-size:11px;color:#777">Corrib MedTech Cluster CLG is a company limited by guarantee registered in Ireland.
You receive this e-mail as a member or partner of the cluster. <a href="#">Unsubscribe</a></p>
</body></html>"""
m = EmailMessage()
m["From"] = "Declan Mac Cárthaigh <declan.maccarthaigh@corribmedtech.example>"
m["To"] = "members@corribmedtech.example"
m["Subject"] = "Team news: Niamh's parental leave and who covers what"
m["Date"] = format_datetime(datetime.datetime(2030, 5, 28, 9, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content("This message is in HTML. Please view it in an HTML-capable mail client.")
m.add_alternative(html, subtype="html")
open(f"{B}/docs/{fn}", "wb").write(bytes(m))
C = "Corrib MedTech Cluster"
write_gold(fn, "2030-05-28", [
 P("Niamh Ó Conghaile", "Head of Membership & Partnerships", C),
 P("Ciarán Mac Giolla Phádraig", "Membership Officer", None),
 P("Emer Fitzgerald-Quinn", "Deputy CEO", None),
 P("Tadhg Ó Súilleabháin", "International Programmes Manager", None),
 P("Sinéad Kavanagh", "Innovation Lead", None),
 P("Paulina Zielińska", "Membership & Events Assistant", None),
 P("Declan Mac Cárthaigh", "Chief Executive Officer", "Corrib MedTech Cluster CLG"),
],[
 O("Corrib MedTech Cluster CLG", "Corrib MedTech Cluster"), O("University of Galway"), O("Atlantic Technological University"),
 O("CÚRAM"), O("Health Products Regulatory Authority"), O("Enterprise Ireland"),
],[
 E("Corrib MedTech Members' Summer Social", "2030-06-27", "2030-06-27", "Galway", "Ireland"),
 E("Board meeting", "2030-09", "2030-09", None, None),
 E("Regulatory Affairs Masterclass", "2030-09-10", "2030-09-10", None, None),
 E("Trade mission to Boston", "2030-10-07", "2030-10-11", "Boston", "United States"),
 E("Corrib MedTech Annual Conference 2030", "2030-11-21", "2030-11-21", "Galway", "Ireland"),
],["2030-05-28","2030-06-14","2030-07","2031-01-06","2030-06-03","2030-06-27","2030-09-10","2030-10-07/2030-10-11","2030-11-21","2031","2030-10-01","2030-09"])
