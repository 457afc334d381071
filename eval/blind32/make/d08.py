from g import write, D
from email.message import EmailMessage
body = """Hi all,

Thanks to everyone who joined the kick-off of the Hydrogen Skills Working Group yesterday. Short summary and
what I need from you:

1. Chair: Fiona MacAulay (Grampian Electrolysers Ltd) agreed to chair the group for its first year. Callum
   Ó Dochartaigh (North East Scotland College) is vice-chair.
2. Please send me your nominations for the skills mapping survey by Friday 14 March.
3. The next meeting is on Wednesday 2 April 2031, 10:00-12:30, at the ONE Tech Hub in Aberdeen. Teams link for
   those who cannot travel.

Slides and the attendance list are on the members' SharePoint.

Best wishes,
Rhona

--
Rhona Strachan
Working Group Coordinator | Granite Hydrogen Cluster (GHC)
Aberdeen, Scotland
rhona.strachan@granite-h2.example | +44 1224 000 000

> -----Original Message-----
> From: Fiona MacAulay <f.macaulay@grampian-electrolysers.example>
> Sent: 04 March 2031 16:41
> To: Rhona Strachan <rhona.strachan@granite-h2.example>
> Cc: Callum O Dochartaigh <c.odochartaigh@nescol.example>
> Subject: RE: Hydrogen Skills WG - chair
>
> Rhona, happy to take it on for twelve months. I'd suggest we invite someone from Skills Development Scotland
> to the April meeting -- Graeme Innes there ran the offshore wind skills study and would be a good fit.
>
> Fiona
>
> Fiona MacAulay
> Head of People & Training
> Grampian Electrolysers Ltd
> Dyce, Aberdeen
>
> > -----Original Message-----
> > From: Rhona Strachan
> > Sent: 03 March 2031 09:12
> > Subject: Hydrogen Skills WG - chair
> >
> > Dear Fiona, following our call with Dr Iain McKenzie (Robert Gordon University) and Priya Venkataraman
> > (Deeside Compression Services), the cluster board would be glad if you would chair the new working group.
> > The first meeting is this Thursday, 6 March, 14:00, online.
"""
m = EmailMessage()
m['From'] = 'Rhona Strachan <rhona.strachan@granite-h2.example>'
m['To'] = 'hydrogen-skills-wg@granite-h2.example'
m['Cc'] = 'Fiona MacAulay <f.macaulay@grampian-electrolysers.example>'
m['Subject'] = 'RE: RE: Hydrogen Skills WG - chair, survey, next meeting 2 April'
m['Date'] = 'Fri, 07 Mar 2031 11:05:22 +0000'
m.set_content(body)
open(f'{D}/docs/RE_ RE_ Hydrogen Skills WG - chair, survey, next meeting 2 April.eml', 'wb').write(bytes(m))
G="Granite Hydrogen Cluster"
write("RE_ RE_ Hydrogen Skills WG - chair, survey, next meeting 2 April.eml", None, pub="2031-03-07",
 people=[("Rhona Strachan","Working Group Coordinator",G),("Fiona MacAulay","Chair",G),
  ("Callum Ó Dochartaigh","vice-chair",G),("Graeme Innes",None,"Skills Development Scotland"),
  ("Iain McKenzie",None,"Robert Gordon University"),("Priya Venkataraman",None,"Deeside Compression Services")],
 orgs=[(G,"GHC"),("Grampian Electrolysers Ltd",None),("North East Scotland College",None),
  ("Skills Development Scotland",None),("Robert Gordon University",None),("Deeside Compression Services",None)],
 events=[("kick-off of the Hydrogen Skills Working Group","2031-03-06","2031-03-06",None,None),
  ("next meeting","2031-04-02","2031-04-02","Aberdeen","United Kingdom")],
 dates=["2031-03-07","2031-03-14","2031-04-02","2031-03-04","2031-03-03","2031-03-06"])
