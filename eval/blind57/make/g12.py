from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'newsletter_blekinge-digital-cluster-november-2035.eml'
CON = ["Secure connectivity is now a question of regional resilience, not only of network coverage, and should be planned with the municipalities and the county's crisis management.",
"Small companies in the south-east need practical help with the NIS2 obligations that reach them through their customers; the cluster will offer a shared security officer service.",
"Submarine cables and landing stations in the Baltic Sea need a joint monitoring effort by operators, authorities and research, with Blekinge as a test region.",
"Defence and civil digital industries should cooperate more: dual-use test beds at the naval base area can be opened to civilian companies under clear rules.",
"Talent remains the limiting factor: BTH and the companies will double the number of industry-based master theses in cybersecurity by 2037."]
body = f'''Hej Lena,

se nyhetsbrevet nedan – punkt 1 handlar om konferensen som du inte kunde gå på. Slutsatserna är
bra underlag för vårt möte med regionen den 4 december. Vi hörs!

/Mats

--
Mats Fredriksson Åberg
Affärsutvecklare | Ronneby Software Park AB
Kungsgatan 22, 372 30 Ronneby | +46 457 000 318

---------- Forwarded message ---------
From: Blekinge Digital Cluster <news@blekingedigital.example>
Date: Tue, 20 Nov 2035 08:30 +0100
Subject: BDC Newsletter 11/2035 – Conference conclusions, new members, calendar
To: members@blekingedigital.example

BLEKINGE DIGITAL CLUSTER – MEMBER NEWSLETTER No. 11/2035
Karlskrona, 20 November 2035
View in browser | Unsubscribe

In this issue
1. Baltic Secure Connectivity Conference 2035: our conclusions
2. Three new members
3. BTH opens the 5G Arena
4. Calendar

--------------------------------------------------------------------
1. BALTIC SECURE CONNECTIVITY CONFERENCE 2035: OUR CONCLUSIONS
--------------------------------------------------------------------
More than 340 participants came to Karlskrona for the third Baltic Secure Connectivity
Conference on {wd("2035-11-06")} 6 and {wd("2035-11-07")} 7 November 2035 at the Blekinge Institute of Technology
(BTH). The conference was organised by the Blekinge Digital Cluster with Region Blekinge and
the Swedish Civil Contingencies Agency (MSB), and this year for the first time with partners
from Lithuania and Poland: the Lithuanian cluster Infobalt and the Pomeranian ICT Cluster
Interizon from Gdańsk.

Keynotes were given by Dr. Karin Lindqvist-Nyström, Director General of the Swedish Post and
Telecom Authority (PTS), by Tomas Vaitkevičius, Vice-Minister of Transport and Communications
of Lithuania, and by Capt. Johan Ekberg of the Swedish Navy. Our chair, Annika Holmgren (CEO
of Karlskrona Fiber & Data AB), moderated the closing panel with Prof. Hüseyin Demir (BTH) and
Dr. Małgorzata Zielińska-Krause (Interizon).

After the conference, the cluster's board agreed on these conclusions:

{chr(10).join(f"- {c}" for c in CON)}

The presentations are on the members' page. The next conference will take place in Klaipėda,
Lithuania, in autumn 2036.

--------------------------------------------------------------------
2. THREE NEW MEMBERS
--------------------------------------------------------------------
We welcome NordSec Labs AB (Karlskrona), Kustnät Olofström AB and the municipal energy company
Ronneby Miljö & Teknik AB. The cluster now has 87 members.

--------------------------------------------------------------------
3. BTH OPENS THE 5G ARENA
--------------------------------------------------------------------
On 14 November 2035 BTH inaugurated its 5G Arena, a test environment for industrial and maritime
applications. The arena covers the harbour of Karlskrona and part of the archipelago, so that
companies can test connected vessels, drones and sensors for port security in real conditions.
Members can book test time through the cluster office at a reduced rate until the end of 2036. Contact: Sara Öberg,
innovation coordinator, sara.oberg@blekingedigital.example.

--------------------------------------------------------------------
4. CALENDAR
--------------------------------------------------------------------
27 Nov 2035   Breakfast seminar: AI Act for software companies, Ronneby Software Park
11 Dec 2035   Members' Christmas meeting and annual planning, Karlskrona
22 Jan 2036   Study visit to Kiel, Schleswig-Holstein: maritime cybersecurity
12 Mar 2036   Annual General Meeting, BTH Campus Gräsvik

Blekinge Digital Cluster ek. för. | Campus Gräsvik, Karlskrona
Cluster manager: Erik Sandberg-Yilmaz | info@blekingedigital.example
You receive this newsletter as a contact person of a member organisation.
'''
m = EmailMessage()
m['From'] = 'Mats Fredriksson Åberg <mats.aberg@rsp.example>'
m['To'] = 'Lena Karlsson <lena.karlsson@rsp.example>'
m['Subject'] = 'Fwd: BDC Newsletter 11/2035 – Conference conclusions, new members, calendar'
m['Date'] = 'Wed, 21 Nov 2035 09:12:40 +0100'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
gold(F, [
 P("Mats Fredriksson Åberg", "Affärsutvecklare", "Ronneby Software Park AB"),
 P("Lena Karlsson", None, None),
 P("Karin Lindqvist-Nyström", "Director General", "Swedish Post and Telecom Authority"),
 P("Tomas Vaitkevičius", "Vice-Minister of Transport and Communications of Lithuania", None),
 P("Johan Ekberg", None, "Swedish Navy"),
 P("Annika Holmgren", "chair", "Blekinge Digital Cluster"),
 P("Hüseyin Demir", None, "Blekinge Institute of Technology"),
 P("Małgorzata Zielińska-Krause", None, "Pomeranian ICT Cluster Interizon"),
 P("Sara Öberg", "innovation coordinator", "Blekinge Digital Cluster"),
 P("Erik Sandberg-Yilmaz", "Cluster manager", "Blekinge Digital Cluster"),
], [
 O("Ronneby Software Park AB"), O("Blekinge Digital Cluster", "BDC"), O("Blekinge Institute of Technology", "BTH"),
 O("Region Blekinge"), O("Swedish Civil Contingencies Agency", "MSB"), O("Infobalt"), O("Pomeranian ICT Cluster Interizon"),
 O("Swedish Post and Telecom Authority", "PTS"), O("Swedish Navy"), O("Karlskrona Fiber & Data AB"),
 O("NordSec Labs AB"), O("Kustnät Olofström AB"), O("Ronneby Miljö & Teknik AB"),
], [
 E("Baltic Secure Connectivity Conference 2035", "2035-11-06", "2035-11-07", "Karlskrona", "Sweden"),
 E("möte med regionen", "2035-12-04", "2035-12-04", None, None),
 E("next conference", "2036", "2036", "Klaipėda", "Lithuania"),
 E("inauguration of the 5G Arena", "2035-11-14", "2035-11-14", None, None),
 E("Breakfast seminar: AI Act for software companies", "2035-11-27", "2035-11-27", "Ronneby", "Sweden"),
 E("Members' Christmas meeting and annual planning", "2035-12-11", "2035-12-11", "Karlskrona", "Sweden"),
 E("Study visit to Kiel, Schleswig-Holstein: maritime cybersecurity", "2036-01-22", "2036-01-22", "Kiel", "Germany"),
 E("Annual General Meeting", "2036-03-12", "2036-03-12", None, None),
], ["2035-11-21", "2035-12-04", "2035-11-20", "2035-11-06/2035-11-07", "2037", "2036", "2035-11-14", "2035-11-27", "2035-12-11",
    "2036-01-22", "2036-03-12"], [c.rstrip('.') for c in CON], pub="2035-11-20")
