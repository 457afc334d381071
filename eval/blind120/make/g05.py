from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_hainaut_position_paper.eml'
assert wd(2042,2,4)=='Tuesday' and wd(2042,3,18)=='Tuesday' and wd(2042,1,22)=='Wednesday'
body = """Dear members of the Board, dear cluster managers,

As agreed at the Board meeting in Mons on 22 January, please find below the final text of our position paper on the next generation of cluster support in Wallonia. The paper was adopted by written procedure on 3 February 2042 and will be sent tomorrow to the Walloon Minister for Economy, Trade and Innovation and to the SPW Economie, Emploi, Recherche.

It will also be our contribution to the stakeholder hearing that the Parliament of Wallonia's Economy Committee holds in Namur on Tuesday 18 March 2042. Our president, Véronique Dumont-Lejeune, will speak for the association at the hearing.

If you wish to co-sign the paper on behalf of your cluster, please reply to this message by 14 February 2042.

-----------------------------------------------------------
POSITION PAPER
Clusters in Wallonia after 2043: from networks to transition platforms
Association des Clusters du Hainaut (ACH asbl), February 2042
-----------------------------------------------------------

Who we are

The Association des Clusters du Hainaut brings together eleven cluster organisations and business networks from Mons, Charleroi, La Louvière and Tournai, with some 1,450 member companies. Its members include the logistics cluster Logistics in Wallonia, the TWEED cluster for sustainable energy, CAP Construction, the Infopôle Cluster TIC and the health cluster BioWin.

Context

The current framework for regional cluster support ends on 31 December 2043. Over the past ten years the Walloon clusters have grown into recognised intermediaries between SMEs, universities and the competitiveness poles. At the same time, our members report that the annual reporting burden has doubled since 2036 and that the criteria for funding no longer reflect what clusters actually do for the green and digital transition.

In preparing this paper, the association held two consultation rounds with its members (October and December 2041) and a joint seminar with the Université de Mons on 25 November 2041, where Prof. Frédéric Van den Abeele presented a comparison of cluster policies in Flanders, the Netherlands and Hauts-de-France.

Our recommendations

ACH asks the Government of Wallonia to:

1. Replace annual grants by four-year performance contracts with every recognised cluster
2. Simplify reporting to one yearly report with no more than fifteen indicators, shared by all funders
3. Recognise transition services (energy audits, circular economy diagnostics, cybersecurity checks) as a core task of clusters
4. Create a regional fund for interregional cluster projects with Hauts-de-France and Flanders
5. Keep the cluster label open to new sectors, including the cultural and creative industries

Closing remarks

Clusters are ready to take on a larger role in the regional transition strategy, but only if their funding is stable enough to keep experienced staff. We stand ready to discuss these proposals with the Minister's office and the administration.

-----------------------------------------------------------

Kind regards,

Thibault Marchal-Dewez
Policy Officer
Association des Clusters du Hainaut asbl
Rue des Sœurs Noires 4, 7000 Mons
+32 65 00 00 00 | policy@ach.example.be

-----Original Message-----
From: Véronique Dumont-Lejeune
Sent: Wednesday, 22 January 2042 18:40
To: Thibault Marchal-Dewez
Subject: Position paper – next steps

Thibault,

Thanks for the draft. The Board was happy with the direction; please add the point on the cultural and creative industries that Dorota Wiśniewska-Haubrich (CAP Construction) raised, and shorten the context section. We can adopt by written procedure at the start of February.

Véronique
"""
m = EmailMessage()
m['From'] = 'Thibault Marchal-Dewez <policy@ach.example.be>'
m['To'] = 'board@ach.example.be, cluster-managers@ach.example.be'
m['Subject'] = 'ACH position paper: Clusters in Wallonia after 2043 (final text)'
m['Date'] = format_datetime(datetime.datetime(2042,2,4,9,15,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A = "Association des Clusters du Hainaut asbl"
gold(F,
 [P("Véronique Dumont-Lejeune","president",A),
  P("Thibault Marchal-Dewez","Policy Officer",A),
  P("Frédéric Van den Abeele",None,"Université de Mons"),
  P("Dorota Wiśniewska-Haubrich",None,"CAP Construction")],
 [O(A,"ACH"), O("SPW Economie, Emploi, Recherche"), O("Parliament of Wallonia"), O("Logistics in Wallonia"),
  O("TWEED"), O("CAP Construction"), O("Infopôle Cluster TIC"), O("BioWin"), O("Université de Mons"),
  O("Government of Wallonia")],
 [E("Board meeting","2042-01-22",None,"Mons","Belgium"),
  E("stakeholder hearing","2042-03-18",None,"Namur","Belgium"),
  E("joint seminar","2041-11-25",None,None,None)],
 ["2042-02-04","2042-01-22","2042-02-03","2042-03-18","2042-02-14","2042-02","2043-12-31","2036","2041-10","2041-12","2041-11-25","2043"],
 ["Replace annual grants by four-year performance contracts with every recognised cluster",
  "Simplify reporting to one yearly report with no more than fifteen indicators, shared by all funders",
  "Recognise transition services (energy audits, circular economy diagnostics, cybersecurity checks) as a core task of clusters",
  "Create a regional fund for interregional cluster projects with Hauts-de-France and Flanders",
  "Keep the cluster label open to new sectors, including the cultural and creative industries"],
 pub="2042-02-04")
