from h import *
F = 'g13_eccp_clusters_meet_regions_bergamo.md'
assert wd(2040,10,3)=='Wednesday' and wd(2040,10,4)=='Thursday'
T = """European Cluster Collaboration Platform › News › Clusters meet Regions

# "Clusters meet Regions" in Bergamo: mechatronics clusters and Lombardy's S3 under one roof

Submitted by Giulia Ferraresi on 11 October 2040

Log in to comment · Share on LinkedIn · Share on X

---

The eleventh edition of "Clusters meet Regions" took place in Bergamo on 3–4 October 2040, hosted by the Lombardy mechatronics cluster association AFIL – Associazione Fabbrica Intelligente Lombardia together with Regione Lombardia. Around 160 participants from 17 countries – cluster managers, regional policy makers and representatives of the European Commission – spent two days at the Kilometro Rosso Innovation District discussing how clusters can help regions deliver their smart specialisation strategies.

## Day 1 – Wednesday 3 October

The event was opened by Alessandro Rinaldi-Moretti, Regional Minister for Economic Development of Regione Lombardia, and by Karolina Nowak-Jansen, Head of Unit for Clusters and Industrial Ecosystems at the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). In her keynote, Nowak-Jansen recalled that the Commission's cluster policy "has always been regional in its roots, European in its reach".

The afternoon was dedicated to three parallel working sessions on skills, on the twin transition in manufacturing and on cross-border value chains. The sessions were moderated by experts of the European Innovation Council and SMEs Executive Agency (EISMEA) and of the European Cluster Collaboration Platform team.

18:30 – Company visit to Brembo S.p.A. in Curno (limited places)
20:00 – Networking dinner at the Accademia Carrara

## Day 2 – Thursday 4 October

The second day opened with a panel debate "Who owns the cluster?" with Dr Sven-Olof Lindahl (Swedish Agency for Economic and Regional Growth), Marta Oliveira e Costa (Produtech – Portuguese Production Technologies Cluster) and Pierre-Yves Le Bihan (Région Bretagne). It was followed by B2B meetings: 94 bilateral meetings were held between clusters and regional delegations. The event closed with a site visit to the Bergamo plant of Tenaris Dalmine S.p.A.

## Key takeaways

- Clusters are most useful to regions when they are involved in the entrepreneurial discovery process from the start, not only in implementation
- Regions should fund cluster management for at least five years to allow trust between companies to grow
- Interregional cooperation works best around concrete value chains, not around general memoranda
- The Commission will publish a short guide on clusters in S3 monitoring by spring 2041

## The series so far

"Clusters meet Regions" is organised by the European Cluster Collaboration Platform on behalf of the European Commission. Previous editions:

- 1st edition – Lodz, Poland, 21–22 November 2034
- 2nd edition – Graz, Austria, 6–7 March 2035
- 3rd edition – Valencia, Spain, 17–18 June 2035
- 4th–9th editions – online and in Tampere, Porto, Kosice, Dublin and Lille (2036–2039)
- 10th edition – Tartu, Estonia, 14–15 May 2040

The twelfth edition will be held in Plovdiv, Bulgaria, in March 2041. Applications to host the editions of 2041–2042 can be submitted until 15 December 2040.

## Contact

ECCP Events Team – events@eccp.example.eu. Speaker presentations are available in the event library. Photos: © AFIL / Matteo Brambilla.

*This news item was submitted by a registered user. The views expressed are those of the author. Tags: S3, regions, mechatronics, Lombardy, event*

Related news: ["Clusters meet Regions" in Tartu](#) · [Call for hosts 2041–2042](#) · [EU Cluster Talks: results of the autumn series](#)
"""
write(F, T)
gold(F,
 [P("Giulia Ferraresi",None,None),
  P("Alessandro Rinaldi-Moretti","Regional Minister for Economic Development","Regione Lombardia"),
  P("Karolina Nowak-Jansen","Head of Unit for Clusters and Industrial Ecosystems","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Sven-Olof Lindahl",None,"Swedish Agency for Economic and Regional Growth"),
  P("Marta Oliveira e Costa",None,"Produtech – Portuguese Production Technologies Cluster"),
  P("Pierre-Yves Le Bihan",None,"Région Bretagne"),
  P("Matteo Brambilla",None,None)],
 [O("European Cluster Collaboration Platform","ECCP"), O("AFIL – Associazione Fabbrica Intelligente Lombardia","AFIL"),
  O("Regione Lombardia"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Brembo S.p.A."),
  O("Swedish Agency for Economic and Regional Growth"), O("Produtech – Portuguese Production Technologies Cluster"),
  O("Région Bretagne"), O("Tenaris Dalmine S.p.A.")],
 [E("eleventh edition of \"Clusters meet Regions\"","2040-10-03","2040-10-04","Bergamo","Italy"),
  E("Company visit to Brembo S.p.A.","2040-10-03",None,"Curno","Italy"),
  E("Networking dinner","2040-10-03",None,"Bergamo","Italy"),
  E("B2B meetings","2040-10-04",None,"Bergamo","Italy"),
  E("site visit to the Bergamo plant of Tenaris Dalmine S.p.A.","2040-10-04",None,"Bergamo","Italy"),
  E("\"Clusters meet Regions\" (1st edition)","2034-11-21","2034-11-22","Lodz","Poland"),
  E("\"Clusters meet Regions\" (2nd edition)","2035-03-06","2035-03-07","Graz","Austria"),
  E("\"Clusters meet Regions\" (3rd edition)","2035-06-17","2035-06-18","Valencia","Spain"),
  E("\"Clusters meet Regions\" (10th edition)","2040-05-14","2040-05-15","Tartu","Estonia"),
  E("\"Clusters meet Regions\" (twelfth edition)","2041-03",None,"Plovdiv","Bulgaria")],
 ["2040-10-11","2040-10-03/2040-10-04","2040-10-03","2040-10-04","2041","2034-11-21/2034-11-22","2035-03-06/2035-03-07",
  "2035-06-17/2035-06-18","2036/2039","2040-05-14/2040-05-15","2041-03","2041/2042","2040-12-15"],
 ["Clusters are most useful to regions when they are involved in the entrepreneurial discovery process from the start, not only in implementation",
  "Regions should fund cluster management for at least five years to allow trust between companies to grow",
  "Interregional cooperation works best around concrete value chains, not around general memoranda",
  "The Commission will publish a short guide on clusters in S3 monitoring by spring 2041"],
 pub="2040-10-11")
