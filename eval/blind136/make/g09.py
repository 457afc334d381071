from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_jonkoping_fwd_invitation_workshop.eml'
assert wd(2034,10,9)=='Monday' and wd(2034,10,10)=='Tuesday' and wd(2034,9,19)=='Tuesday' and wd(2034,9,26)=='Tuesday' and wd(2034,9,12)=='Tuesday'
body = """Hi all,

Forwarding this invitation from our colleagues at ECCP. I think it is a good fit for the members in our packaging and e-commerce logistics group – Anders and Fatima, you asked about Japan at the last steering group, so this is for you in particular. We have two places in the Swedish delegation and the cluster will cover the registration fee for members. Please tell me by Tuesday 19 September if you want to go.

The pre-webinar on 26 September is open to everyone, no registration limit.

Some background: when we joined the ECCP mission to Toronto in May 2033, three of the five companies that travelled with us signed letters of intent within six months, so these trips are worth the time. Region Jönköpings län has confirmed that travel costs for SMEs can be covered by the regional internationalisation cheque (up to SEK 25,000 per company), and Almi Företagspartner can help with the application.

Best,
Karin

--
Karin Sjöberg-Ahmadi
Cluster Manager | Logistikklustret Småland
Science Park Jönköping, Gjuterigatan 9, 553 18 Jönköping
+46 36 00 00 00 | karin@logistikklustret.example.se
Logistikklustret Småland is a member of the Swedish Cluster Association (Sveriges Klusterförening)

-------- Forwarded Message --------
Subject: INVITATION | EU–Japan Cluster Matchmaking on Smart Logistics, Osaka, 9–10 October 2034
Date: Tue, 12 Sep 2034 09:02:11 +0200
From: ECCP Events Team <events@eccp.example.eu>
To: cluster-managers-list@eccp.example.eu

Dear Cluster Manager,

The European Cluster Collaboration Platform (ECCP), on behalf of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), is pleased to invite you to the EU–Japan Cluster Matchmaking on Smart Logistics, which will take place in Osaka on Monday 9 and Tuesday 10 October 2034.

The event is co-organised with the Kansai Bureau of Economy, Trade and Industry (METI Kansai) and the EU-Japan Centre for Industrial Cooperation. It is the fourth edition of the EU–Japan cluster matchmaking series, after Nagoya (2031), Fukuoka (2032) and Sendai (2033).

WHO CAN APPLY?
European cluster organisations registered on the ECCP with activities in logistics, warehousing automation, packaging or last-mile delivery. Up to 25 European clusters will be selected.

PROGRAMME (local time)

Monday 9 October 2034
09:00  Welcome by Mr Hiroshi Tanabe-Kuroda, Director-General, METI Kansai, and Ms Ewa Małecka-Durand, Deputy Head of Unit, DG GROW
09:45  Keynote: "Japan's logistics crisis of 2030 and what came after" – Prof. Naoko Fujisawa, Kobe University
11:00  Presentations of the European and Japanese cluster delegations
14:00  B2B meetings (pre-scheduled via the matchmaking platform)
18:30  Networking reception hosted by the Delegation of the European Union to Japan

Tuesday 10 October 2034
09:30  Site visits to the Port of Osaka logistics hub and to Daifuku Co., Ltd. in Shiga
15:00  Wrap-up and signature of cooperation letters

PREPARATORY WEBINAR
All selected clusters must attend the pre-webinar on Tuesday 26 September 2034, 10:00–11:30 CEST, led by the ECCP team (Mr Luis Ortega-Villalba, Matchmaking Coordinator).

COSTS
Participation is free of charge. Travel and accommodation are at the participants' own cost. Clusters from COSME-eligible countries may apply for a travel grant of up to EUR 1,500 per organisation.

DEADLINE
Applications must be submitted through the ECCP website by Friday 22 September 2034, 17:00 CEST.

For questions, please contact the ECCP Events Team.

Kind regards,
ECCP Events Team
European Cluster Collaboration Platform

This e-mail was sent to registered cluster managers of the ECCP. To unsubscribe, update your profile settings.
"""
assert wd(2034,9,22)=='Friday'
m = EmailMessage()
m['From'] = 'Karin Sjöberg-Ahmadi <karin@logistikklustret.example.se>'
m['To'] = 'members-logistics@logistikklustret.example.se'
m['Subject'] = 'Fwd: INVITATION | EU–Japan Cluster Matchmaking on Smart Logistics, Osaka, 9–10 October 2034'
m['Date'] = format_datetime(datetime.datetime(2034,9,12,14,37,0,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
E_ = "EU–Japan Cluster Matchmaking on Smart Logistics"
gold(F,
 [P("Karin Sjöberg-Ahmadi", "Cluster Manager", "Logistikklustret Småland"),
  P("Hiroshi Tanabe-Kuroda", "Director-General", "METI Kansai"),
  P("Ewa Małecka-Durand", "Deputy Head of Unit", "DG GROW"),
  P("Naoko Fujisawa", None, "Kobe University"),
  P("Luis Ortega-Villalba", "Matchmaking Coordinator", "European Cluster Collaboration Platform")],
 [O("Logistikklustret Småland"), O("Swedish Cluster Association"),
  O("European Cluster Collaboration Platform", "ECCP"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", "DG GROW"),
  O("Kansai Bureau of Economy, Trade and Industry", "METI Kansai"), O("EU-Japan Centre for Industrial Cooperation"),
  O("Kobe University"), O("Delegation of the European Union to Japan"), O("Daifuku Co., Ltd."), O("Region Jönköpings län"), O("Almi Företagspartner")],
 [E(E_, "2034-10-09", "2034-10-10", "Osaka", "Japan"),
  E("EU–Japan cluster matchmaking (2031)", "2031", None, "Nagoya", "Japan"),
  E("EU–Japan cluster matchmaking (2032)", "2032", None, "Fukuoka", "Japan"),
  E("EU–Japan cluster matchmaking (2033)", "2033", None, "Sendai", "Japan"),
  E("B2B meetings", "2034-10-09", None, "Osaka", "Japan"),
  E("Networking reception", "2034-10-09", None, "Osaka", "Japan"),
  E("Site visits", "2034-10-10", None, "Osaka, Shiga", "Japan"),
  E("pre-webinar", "2034-09-26", None, None, None),
  E("ECCP mission to Toronto", "2033-05", None, "Toronto", "Canada")],
 ["2034-09-19", "2034-09-26", "2034-10-09/2034-10-10", "2034-09-12", "2034-10-09", "2034-10-10", "2031", "2032", "2033",
  "2034-09-22", "2033-05"],
 [], pub="2034-09-12")
