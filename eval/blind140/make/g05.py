from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_postojna_peer_review_outcomes.eml'
assert wd(2041,5,14)=='Tuesday' and wd(2041,5,15)=='Wednesday' and wd(2041,5,21)=='Tuesday' and wd(2041,9,23)=='Monday'
body = """Dear partners,

Thank you again for travelling to Postojna for the peer review of our regional wood action plan. As promised at the end of the second day, here is the short summary of outcomes. The full minutes with all flipcharts will follow by 31 May.

PEER REVIEW "TIMBER FOR TOWNS" – POSTOJNA, 14–15 MAY 2041
Host: Regionalna razvojna agencija Zeleni kras (RRA Zeleni kras), Pivka
Project: WOODLINK (Interreg Europe), partner meeting no. 5

Participants: 23 people from six regions. Peers came from the Centre for Wood and Construction Innovation in Jyväskylä (Finland), the Styrian wood cluster Holzcluster Steiermark (Graz), the Regional Agency for Development of Lika (Croatia), Agencja Rozwoju Regionalnego "ARES" in Suwałki (Poland) and the Vosges regional council (France). Local stakeholders included the Slovenian Forest Service, the Municipality of Postojna and the wood-industry company Lesnina Pivka d.o.o.

Day 1, Tuesday 14 May: presentation of the action plan by our director, Mojca Kovač-Bizjak; site visit to the sawmill and glulam plant of Lesnina Pivka in the afternoon; dinner at the Postojna cave restaurant at 19:30.
Day 2, Wednesday 15 May: peer interviews with stakeholders in three groups, followed by the feedback session led by Dr. Petri Häkkinen-Laaksonen (Jyväskylä), the lead peer.

Main findings of the peers:
1. The action plan is well aligned with the Slovenian wood strategy, but its targets are formulated as outputs (events, studies) rather than results in companies
2. Sawmills and carpenters in the region do not see the agency as a partner for investment, only for training
3. Public procurement is the strongest lever: municipalities in Notranjska build schools and kindergartens, yet only one in five uses timber
4. The planned regional wood centre has no business model beyond the project period

Recommendations:
- Reformulate at least three actions with measurable company-level results by the end of 2041
- Set up a procurement help desk for municipalities with the Slovenian Forest Service and the Chamber of Commerce and Industry of Slovenia
- Visit the Holzcluster Steiermark training centre in Graz before the autumn to learn from its membership model
- Present the revised action plan at the next partner meeting in Suwałki on 23 September 2041

Lessons learnt for future peer reviews (from the evaluation forms):
- Two days are too short if the site visit is on the first afternoon
- Stakeholder interviews in the local language with interpretation worked better than English-only groups

The peers were unanimous that the region's strengths – a large share of forest, a long tradition of joinery and short distances to Ljubljana and Trieste – are underused.

Please send comments on the findings by Tuesday 21 May. I will then update the summary and share it with the Joint Secretariat in Lille.

Best regards,

Ana Lavrič
Project Manager, WOODLINK
Regionalna razvojna agencija Zeleni kras
Kolodvorska cesta 00, 6257 Pivka, Slovenia
T +386 5 000 00 00 | ana.lavric@rra-zk.example.si

-----Original Message-----
From: Petri Häkkinen-Laaksonen <petri.hakkinen@cwci.example.fi>
Sent: Wednesday, 15 May 2041 18:02
To: Ana Lavrič <ana.lavric@rra-zk.example.si>
Cc: Mojca Kovač-Bizjak <mojca.kovac@rra-zk.example.si>
Subject: RE: Peer review – my notes

Hi Ana,
attached are my notes from the feedback session. I tried to keep the four findings short; feel free to merge points 2 and 3 if you think they overlap. Thanks to Mojca and the whole team for the great organisation – and for the cave.
Best, Petri
"""
m = EmailMessage()
m['From'] = 'Ana Lavrič <ana.lavric@rra-zk.example.si>'
m['To'] = 'woodlink-partners@lists.example.eu'
m['Subject'] = 'WOODLINK peer review Postojna – summary of outcomes'
m['Date'] = format_datetime(datetime.datetime(2041,5,17,11,40,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
R="Regionalna razvojna agencija Zeleni kras"
gold(F,
 [P("Mojca Kovač-Bizjak","director",R),
  P("Petri Häkkinen-Laaksonen","lead peer",None),
  P("Ana Lavrič","Project Manager",R)],
 [O(R,"RRA Zeleni kras"), O("Centre for Wood and Construction Innovation"), O("Holzcluster Steiermark"),
  O("Regional Agency for Development of Lika"), O('Agencja Rozwoju Regionalnego "ARES"'), O("Vosges regional council"),
  O("Slovenian Forest Service"), O("Municipality of Postojna"), O("Lesnina Pivka d.o.o."),
  O("Chamber of Commerce and Industry of Slovenia"), O("Joint Secretariat")],
 [E('PEER REVIEW "TIMBER FOR TOWNS"',"2041-05-14","2041-05-15","Postojna","Slovenia"),
  E("site visit to the sawmill and glulam plant of Lesnina Pivka","2041-05-14",None,"Pivka","Slovenia"),
  E("dinner","2041-05-14",None,"Postojna","Slovenia"),
  E("partner meeting","2041-09-23",None,"Suwałki","Poland")],
 ["2041-05-31","2041-05-14/2041-05-15","2041-05-14","2041-05-15","2041","2041-09-23","2041-05-21","2041-05-17"],
 ["The action plan is well aligned with the Slovenian wood strategy, but its targets are formulated as outputs (events, studies) rather than results in companies",
  "Sawmills and carpenters in the region do not see the agency as a partner for investment, only for training",
  "Public procurement is the strongest lever: municipalities in Notranjska build schools and kindergartens, yet only one in five uses timber",
  "The planned regional wood centre has no business model beyond the project period",
  "Reformulate at least three actions with measurable company-level results by the end of 2041",
  "Set up a procurement help desk for municipalities with the Slovenian Forest Service and the Chamber of Commerce and Industry of Slovenia",
  "Visit the Holzcluster Steiermark training centre in Graz before the autumn to learn from its membership model",
  "Present the revised action plan at the next partner meeting in Suwałki on 23 September 2041",
  "Two days are too short if the site visit is on the first afternoon",
  "Stakeholder interviews in the local language with interpretation worked better than English-only groups"],
 pub="2041-05-17")
