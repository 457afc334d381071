from g import write
T = """CLUSTERS BEYOND BORDERS
How European cluster organisations internationalise SMEs – evidence from 120 regions

Policy Report No. 7 | November 2032

European Institute for Regional Innovation Policy (EIRIP)
Rue du Trône 98, 1050 Brussels

------------------------------------------------------------------------

AUTHORS

Lucía Etxeberria Garmendia, Senior Policy Analyst, EIRIP
Dr. Pieter-Jan Vandersteen, Research Fellow, EIRIP
Kalina Dimitrova, Associate Researcher, EIRIP, and lecturer at Sofia University St. Kliment Ohridski

Editor: Marco Bellandi-Russo, Head of Publications, EIRIP

------------------------------------------------------------------------

ACKNOWLEDGEMENTS

This report was prepared between January and September 2032 under a service contract with the European Innovation
Council and SMEs Executive Agency (EISMEA). The authors are grateful to the 212 cluster managers who answered the
survey and to the participants of the validation workshop held in Brussels on 14 June 2032.

We thank the following reviewers for their comments on earlier drafts:
- Prof. Gunnar Eliasson-Berg, Stockholm School of Economics
- Dr. Sinéad Ní Bhraonáin, Irish Centre for Cluster Studies, University of Galway
- Matthias Obermair, Head of International Affairs, Traunviertel Cluster Services GmbH
- Dr. Radka Horáková, CzechInvest
- Joost de Bruijn, Policy Officer, European Commission, DG GROW

Any remaining errors are the authors' own. The views expressed do not necessarily reflect the position of EISMEA
or the European Commission.

------------------------------------------------------------------------

KEY RECOMMENDATIONS

1. Make internationalisation support a standing service of cluster organisations, not a project-by-project add-on.
2. Link regional cluster funding to participation in at least one European Strategic Cluster Partnership.
3. Create a shared pool of export coaches among clusters of neighbouring regions.
4. Measure results by new foreign contracts of SMEs, not by the number of delegations sent abroad.

------------------------------------------------------------------------

Suggested citation: Etxeberria Garmendia, L., Vandersteen, P.-J. and Dimitrova, K. (2032), Clusters beyond
borders, EIRIP Policy Report No. 7, Brussels.

ISBN 978-0-000000-07-2 · © EIRIP 2032

                                                                                                   i
"""
E="EIRIP"
write("EIRIP_Policy-Report-7_Clusters-beyond-borders_frontmatter-pdf.txt", T, pub="2032-11",
 people=[("Lucía Etxeberria Garmendia","Senior Policy Analyst",E),("Pieter-Jan Vandersteen","Research Fellow",E),
  ("Kalina Dimitrova","Associate Researcher",E),("Marco Bellandi-Russo","Head of Publications",E),
  ("Gunnar Eliasson-Berg",None,"Stockholm School of Economics"),("Sinéad Ní Bhraonáin",None,"Irish Centre for Cluster Studies"),
  ("Matthias Obermair","Head of International Affairs","Traunviertel Cluster Services GmbH"),("Radka Horáková",None,"CzechInvest"),
  ("Joost de Bruijn","Policy Officer","DG GROW")],
 orgs=[("European Institute for Regional Innovation Policy","EIRIP"),("Sofia University St. Kliment Ohridski",None),
  ("European Innovation Council and SMEs Executive Agency","EISMEA"),("Stockholm School of Economics",None),
  ("Irish Centre for Cluster Studies",None),("University of Galway",None),("Traunviertel Cluster Services GmbH",None),("CzechInvest",None),
  ("European Commission",None),("DG GROW",None)],
 events=[("validation workshop","2032-06-14","2032-06-14","Brussels","Belgium")],
 dates=["2032-11","2032-01/2032-09","2032-06-14"],
 km=["Make internationalisation support a standing service of cluster organisations, not a project-by-project add-on",
  "Link regional cluster funding to participation in at least one European Strategic Cluster Partnership",
  "Create a shared pool of export coaches among clusters of neighbouring regions",
  "Measure results by new foreign contracts of SMEs, not by the number of delegations sent abroad"])
