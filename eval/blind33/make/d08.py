from g import *
import email.message, email.policy, os
N='Invitation - Webinar Offshore wind O&M data sharing 12 March.eml'
html='''<html><body style="font-family:Arial">
<p>Dear members and partners,</p>
<p><b>Offshore Energy Vestjylland</b> (OEV) invites you to the next webinar in our series <i>Wind Ops Wednesdays</i>:</p>
<h2>Sharing O&amp;M data across the offshore wind supply chain &ndash; who owns the turbine data?</h2>
<p>&#128197; <b>Wednesday 12 March 2031, 14:00&ndash;15:15 CET</b> (online, Microsoft Teams)<br>
<a href="https://oev.example/webinar-12-03">Add to calendar (.ics)</a></p>
<p><b>Programme</b></p>
<ul>
<li>14:00 Welcome &ndash; Mette Kjærsgaard Holm, innovation manager, OEV</li>
<li>14:05 Data clauses in service contracts: what SMEs should negotiate &ndash; advokat Rasmus Østergaard, partner, Kronborg Advokatpartnerselskab</li>
<li>14:25 A data space for blade inspections &ndash; Dr. Friederike Janßen, senior researcher, Fraunhofer IWES</li>
<li>14:45 Case: drone inspection data in practice &ndash; Thomas Bækgaard, CEO of Vingedrone ApS</li>
<li>15:00 Q&amp;A, moderated by Mette Kjærsgaard Holm</li>
</ul>
<p>The webinar prepares the workshop &ldquo;Data sharing agreements&rdquo; that we will hold in Esbjerg on 9 April 2031 together with Aalborg University and the Danish Maritime Authority&rsquo;s innovation desk. It is also a warm-up for WindEurope 2031 in Copenhagen (22&ndash;24 April), where OEV will have a shared stand.</p>
<p>Registration is free but required: <a href="https://oev.example/register">register here</a> by 10 March. The recording of the previous session (&ldquo;Cable repair logistics&rdquo;, 12 February 2031) is available on our member portal.</p>
<p>Best regards,<br>
Mette Kjærsgaard Holm<br>
Innovation Manager | Offshore Energy Vestjylland<br>
Dokvej 3, 6700 Esbjerg | +45 7x xx xx xx</p>
<p style="font-size:10px;color:#888">You receive this e-mail as a member or partner of OEV. <a href="#">Unsubscribe</a></p>
</body></html>'''
m=email.message.EmailMessage(policy=email.policy.default)
m['From']='Mette Kjærsgaard Holm <mkh@oev.example>'
m['To']='members@oev.example'
m['Subject']='Invitation: Webinar "Sharing O&M data" – Wednesday 12 March 2031, 14:00 CET'
m['Date']='Tue, 25 Feb 2031 09:12:44 +0100'
m.set_content('This message contains HTML. Please view it in an HTML-capable client.')
m.add_alternative(html, subtype='html')
from g import D
open(f'{D}/docs/{N}','wb').write(m.as_bytes())
G(N, "2031-02-25",
 people=[("Mette Kjærsgaard Holm","innovation manager","OEV"),
  ("Rasmus Østergaard","partner","Kronborg Advokatpartnerselskab"),
  ("Friederike Janßen","senior researcher","Fraunhofer IWES"),
  ("Thomas Bækgaard","CEO","Vingedrone ApS")],
 orgs=[("Offshore Energy Vestjylland","OEV"),("Kronborg Advokatpartnerselskab",None),("Fraunhofer IWES",None),
  ("Vingedrone ApS",None),("Aalborg University",None),("Danish Maritime Authority",None)],
 events=[("Sharing O&M data across the offshore wind supply chain – who owns the turbine data?","2031-03-12","2031-03-12",None,None),
  ("Data sharing agreements","2031-04-09","2031-04-09","Esbjerg","Denmark"),
  ("WindEurope 2031","2031-04-22","2031-04-24","Copenhagen","Denmark"),
  ("Cable repair logistics","2031-02-12","2031-02-12",None,None)],
 dates=["2031-03-12","2031-04-09","2031-04-22/2031-04-24","2031-03-10","2031-02-12","2031-02-25"])
