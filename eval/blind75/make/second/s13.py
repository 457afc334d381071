from mk import build
build('cce-wg-circular-construction-calendar-2035','cce-wg-circular-construction-calendar-2035.txt','2034-12-12', """
Henriette Sønderskov|Managing Director|Klyngen for Bæredygtigt Byggeri
Pavol Hudák|Innovation Manager|Slovak Construction Cluster
Maëlle Fournier-Dubois|Policy Officer|CCE
Vasilis Karamanlis|Rapporteur for the Board|University of Thessaly
""","""
Construction Clusters Europe|CCE
Working Group 3|WG3
CCE Board
Klyngen for Bæredygtigt Byggeri
Slovak Construction Cluster
University of Thessaly
VIA University College
Danish Board of Business Development
European Commission
Central Greece Building Materials Cluster|Stereá Build
Region of Central Greece
Committee of the Regions
Plataforma para a Construção Sustentável
Latvian Wood Construction Cluster
""","""
Online kick-off|2035-01-18|2035-01-18||
WG3 meeting in Horsens, Denmark|2035-03-07|2035-03-08|Horsens|Denmark
workshop "Pre-demolition audits: one template for Europe?"|2035-03-07|2035-03-07|Horsens|Denmark
site visit to the transformation of the former Horsens State Prison workshops|2035-03-07|2035-03-07|Horsens|Denmark
working dinner|2035-03-07|2035-03-07|Horsens|Denmark
joint session with the Danish Board of Business Development|2035-03-08|2035-03-08|Horsens|Denmark
Online meeting (No. 3)|2035-05-15|2035-05-15||
WG3 meeting in Lamia, Greece|2035-06-26|2035-06-27|Lamia|Greece
visit to two lime and stone producers in the Spercheios valley|2035-06-26|2035-06-26||Greece
round table with the Region of Central Greece|2035-06-26|2035-06-26|Lamia|Greece
study visit to the restoration site of the old market hall in Lamia|2035-06-27|2035-06-27|Lamia|Greece
Online meeting (No. 5)|2035-09-11|2035-09-11||
WG3 meeting (No. 6)|2035-10-17|2035-10-17|Brussels|Belgium
CCE Annual Forum|2035-10-17|2035-10-18|Brussels|Belgium
launch of the Component Reuse Guide|2035-10-17|2035-10-17|Brussels|Belgium
Forum reception|2035-10-17|2035-10-17|Brussels|Belgium
CCE General Assembly|2035-10-18|2035-10-18|Brussels|Belgium
Online closing meeting|2035-12-05|2035-12-05||
""","2035 2034-12-12 2034-11 2027 2034/2036 2035-01-18 2035-03-07/2035-03-08 2035-05-15 2035-06-26/2035-06-27 2035-09-11 2035-10-17/2035-10-18 2035-10-17 2035-10-18 2035-12-05 2035-02-14 2035-06-05 2035-04-30 2035-08-31 2035-05-31 2035-11-30 2036")
