from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g03_fife_matchmaking_invitation_fwd.eml'
assert wd(2040,3,6)=='Tuesday' and wd(2040,3,8)=='Thursday' and wd(2040,3,1)=='Thursday' and wd(2040,2,27)=='Monday' and wd(2040,3,23)=='Friday'
body = """Hi Callum,

See below - this looks right for Tayforth Composites, and the FFA said they could cover the travel for two people from the member support budget. Can you register before the 1st? I'll be in Kirkcaldy that week anyway for the steering group.

Also: Aleksandra asked whether we want a table at the exhibition. I said no for this year.

PS: the FAMA board meeting is on Tuesday 6 March, so I will report back on the travel budget there. If Tayforth goes, please send me three lines on what you want from the day.

Cheers,
Morag

--
Morag Fairbairn-Lindsay
Cluster Development Manager
Fife Advanced Manufacturing Alliance (FAMA)
Fife Renewables Innovation Centre, Methil
T: +44 1592 000 000

----- Forwarded message -----
From: Aleksandra Kowalczyk-Reid <events@scotmfg-clusters.example.org>
Date: Monday, 27 February 2040 at 09:14
To: cluster-managers@scotmfg-clusters.example.org
Subject: INVITATION: North Sea Composites Matchmaking, Aberdeen, 8 March 2040

Dear cluster managers,

On behalf of the Scottish Manufacturing Clusters Network (SMCN) and the Enterprise Europe Network Scotland, I am delighted to invite your member companies to the

NORTH SEA COMPOSITES MATCHMAKING 2040
Thursday 8 March 2040, 09:00-17:30
P&J Live, Aberdeen

The matchmaking brings together makers of composite parts, offshore wind developers and buyers from the oil and gas decommissioning supply chain. It is the fourth edition, after Dundee (2037), Glasgow (2038) and Inverness (2039). Last year 141 participants from 11 countries held 388 pre-arranged meetings.

Who should come? Manufacturers of fibre-reinforced parts, tooling and moulding companies, testing laboratories and engineering consultancies that want to enter the offshore wind supply chain. Each company can send up to two people. Buyers confirmed so far include the developers of three floating wind projects in the Celtic Sea and the North Sea, two tier-one suppliers of turbine blades and a decommissioning contractor from Peterhead.

PROGRAMME
08:30  Registration and coffee
09:00  Welcome: Ewan McTaggart, Director of Industry, Scottish Enterprise
09:20  Keynote: "Composites in floating wind - where Scotland can lead", Prof. Ingrid Solheim-Ruud, NTNU Trondheim
10:00  B2B meetings (round 1), 20-minute slots
12:30  Networking lunch
13:30  B2B meetings (round 2)
15:30  Panel: qualifying suppliers for offshore wind - with Fiona Drummond (Ocean Winds UK), Jean-Baptiste Lefèvre (Pôle Mer Bretagne Atlantique) and Hamish O'Connell (National Composites Centre)
16:30  Site visit to the Aberdeen Renewable Energy Group's test hall (optional, 25 places)
17:30  Close

REGISTRATION
Register on the b2match platform by Thursday 1 March 2040. Meeting requests can be booked until Friday 2 March at noon. Participation is free of charge for SMEs; large companies pay GBP 150.

PARTNERS
Aberdeen & Grampian Chamber of Commerce, Opportunity North East (ONE), Net Zero Technology Centre, and the Dutch cluster association Composites NL, which brings a delegation of eight companies from Friesland and Overijssel.

Please circulate this invitation to your members. The evaluation report of last year's edition is attached; for quick reference, here are its

Key conclusions
1. Pre-arranged meetings led to 37 follow-up visits within three months
2. Buyers want to see certification plans, not only capabilities
3. A half-day format is too short for international participants

Hotel rooms at a reduced rate are available until 23 March 2040 - sorry, 23 February! - please ignore the date in the attachment.

Best regards,
Aleksandra Kowalczyk-Reid
Events and Partnerships Officer
Scottish Manufacturing Clusters Network
c/o Scottish Enterprise, Atrium Court, Glasgow

This e-mail and any attachments are confidential. If you have received it in error, please notify the sender and delete it.
"""
m = EmailMessage()
m['From'] = 'Morag Fairbairn-Lindsay <morag@fama.example.org.uk>'
m['To'] = 'Callum Brodie <callum.brodie@tayforth-composites.example.co.uk>'
m['Subject'] = 'Fwd: INVITATION: North Sea Composites Matchmaking, Aberdeen, 8 March 2040'
m['Date'] = format_datetime(datetime.datetime(2040,2,28,8,41,0,tzinfo=datetime.timezone.utc))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
S = "Scottish Manufacturing Clusters Network"
gold(F,
 [P("Callum Brodie", None, None),
  P("Morag Fairbairn-Lindsay", "Cluster Development Manager", "Fife Advanced Manufacturing Alliance"),
  P("Aleksandra Kowalczyk-Reid", "Events and Partnerships Officer", S),
  P("Ewan McTaggart", "Director of Industry", "Scottish Enterprise"),
  P("Ingrid Solheim-Ruud", None, "NTNU"),
  P("Fiona Drummond", None, "Ocean Winds UK"),
  P("Jean-Baptiste Lefèvre", None, "Pôle Mer Bretagne Atlantique"),
  P("Hamish O'Connell", None, "National Composites Centre")],
 [O("Tayforth Composites"), O("FFA"), O("Fife Advanced Manufacturing Alliance", "FAMA"),
  O(S, "SMCN"), O("Enterprise Europe Network Scotland"), O("Scottish Enterprise"), O("NTNU"), O("Ocean Winds UK"),
  O("Pôle Mer Bretagne Atlantique"), O("National Composites Centre"), O("Aberdeen Renewable Energy Group"),
  O("Aberdeen & Grampian Chamber of Commerce"), O("Opportunity North East", "ONE"), O("Net Zero Technology Centre"),
  O("Composites NL")],
 [E("board meeting", "2040-03-06", None, None, None),
  E("NORTH SEA COMPOSITES MATCHMAKING 2040", "2040-03-08", None, "Aberdeen", "United Kingdom"),
  E("North Sea Composites Matchmaking (2037)", "2037", None, "Dundee", "United Kingdom"),
  E("North Sea Composites Matchmaking (2038)", "2038", None, "Glasgow", "United Kingdom"),
  E("North Sea Composites Matchmaking (2039)", "2039", None, "Inverness", "United Kingdom"),
  E("B2B meetings", "2040-03-08", None, "Aberdeen", "United Kingdom"),
  E("Networking lunch", "2040-03-08", None, "Aberdeen", "United Kingdom"),
  E("Site visit", "2040-03-08", None, "Aberdeen", "United Kingdom")],
 ["2040-02-28", "2040-03-06", "2040-03-01", "2040-02-27", "2040-03-08", "2037", "2038", "2039", "2040-03-02", "2040-03-23", "2040-02-23"],
 ["Pre-arranged meetings led to 37 follow-up visits within three months",
  "Buyers want to see certification plans, not only capabilities",
  "A half-day format is too short for international participants"],
 pub="2040-02-28")
