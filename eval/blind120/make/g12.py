from h import *
F = 'g12_cluj_regions_dialogue_summary.md'
assert wd(2041,10,15)=='Tuesday' and wd(2041,10,16)=='Wednesday' and wd(2041,11,6)=='Wednesday'
T = """European Cluster Collaboration Hub > Events > Past events > Event summaries

# Event summary: "Clusters Connecting Regions" in Cluj-Napoca, 15–16 October 2041

Published on 06/11/2041 by the EU Cluster Hub editorial team

**Series:** Clusters Connecting Regions – 11th edition
**Host region:** North-West Romania
**Co-organisers:** North-West Regional Development Agency (ADR Nord-Vest) and the Transylvania IT Cluster
**Participants:** 138 on site, 64 online, from 17 countries

## About the edition

The eleventh edition of the Clusters Connecting Regions series took place at the Cluj Innovation Park on 15 and 16 October 2041. It focused on how cluster organisations can help a region move from outsourced software services towards its own digital products, and what regional authorities can do to support that move.

The first day opened with welcome words from Alin-Vasile Pop, Director General of ADR Nord-Vest, and from Ewa Zielińska-Dąbrowska, Policy Officer in the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs. Three cluster managers then presented their regions' experience: Andrei Moldovan-Szabó (Transylvania IT Cluster), Jesper Ø. Kragh (Copenhagen Fintech) and Laura van der Sluis (Brainport Development, Eindhoven).

The afternoon was dedicated to a study visit programme with stops at the Cluj IT incubator Tetarom III and at two member companies of the Transylvania IT Cluster. The day closed with a networking dinner hosted by the Cluj County Council.

On the second day, participants split into four thematic labs (health software, agritech, cybersecurity for SMEs and creative industries), followed by a B2B matchmaking session with 96 bilateral meetings.

The labs worked in mixed groups of cluster managers, companies and officials. The health software lab looked at how hospitals in the region could test products from local start-ups, while the agritech lab discussed data sharing between farmers' cooperatives and software firms. In the cybersecurity lab, several small companies said they could not afford the certification that large clients now require.

## Key takeaways

The rapporteur of the edition, Dr Ioana Crăciun-Weiss of Babeș-Bolyai University, summarised the discussions as follows:

- Regions that moved from services to products did so through a few anchor companies, not through broad programmes
- Cluster organisations are best placed to organise shared product management and user-testing facilities for small firms
- Public procurement by regional hospitals and municipalities can act as a first customer for regional digital products
- Talent retention needs more than salaries: housing, transport and quality of life were raised by every group
- Interregional partnerships work when they start from concrete joint projects, not from memoranda

## What comes next

ADR Nord-Vest will integrate the takeaways into the mid-term review of its smart specialisation strategy for 2035–2041, due in the first half of 2042. The Transylvania IT Cluster and Brainport Development agreed to prepare a joint proposal for the ClusterXchange scheme before the next call deadline on 28 February 2042.

## Previous and upcoming editions

- Málaga, Spain – 9–10 February 2039
- Kaunas, Lithuania – 20–21 June 2039
- Turku, Finland – 12–13 March 2040
- Graz, Austria – 3–4 December 2040
- Cluj-Napoca, Romania – 15–16 October 2041
- Next: Thessaloniki, Greece – spring 2042 (call for host regions closed)

Presentations and recordings are available to registered users of the platform.

*Tags: digital transformation, regional policy, smart specialisation, Romania*

[Back to past events](/events/past) · Share: LinkedIn | X | E-mail

---
European Cluster Collaboration Hub · Managed on behalf of the European Commission · [Legal notice](/legal) · [Cookies](/cookies) · [Contact](/contact)
"""
for (y,m,d) in [(2039,2,9),(2039,6,20),(2040,3,12),(2040,12,3)]: wd(y,m,d)
write(F, T)
ADR = "North-West Regional Development Agency"
gold(F,
 [P("Alin-Vasile Pop","Director General","ADR Nord-Vest"),
  P("Ewa Zielińska-Dąbrowska","Policy Officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Andrei Moldovan-Szabó","cluster manager","Transylvania IT Cluster"),
  P("Jesper Ø. Kragh","cluster manager","Copenhagen Fintech"),
  P("Laura van der Sluis","cluster manager","Brainport Development"),
  P("Ioana Crăciun-Weiss","rapporteur","Babeș-Bolyai University")],
 [O("European Cluster Collaboration Hub"), O(ADR,"ADR Nord-Vest"), O("Transylvania IT Cluster"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"), O("Copenhagen Fintech"),
  O("Brainport Development"), O("Cluj County Council"), O("Babeș-Bolyai University")],
 [E("Clusters Connecting Regions","2041-10-15","2041-10-16","Cluj-Napoca","Romania"),
  E("study visit programme","2041-10-15",None,"Cluj-Napoca","Romania"),
  E("networking dinner","2041-10-15",None,"Cluj-Napoca","Romania"),
  E("B2B matchmaking session","2041-10-16",None,"Cluj-Napoca","Romania"),
  E("Clusters Connecting Regions","2039-02-09","2039-02-10","Málaga","Spain"),
  E("Clusters Connecting Regions","2039-06-20","2039-06-21","Kaunas","Lithuania"),
  E("Clusters Connecting Regions","2040-03-12","2040-03-13","Turku","Finland"),
  E("Clusters Connecting Regions","2040-12-03","2040-12-04","Graz","Austria"),
  E("Clusters Connecting Regions","2042",None,"Thessaloniki","Greece")],
 ["2041-10-15/2041-10-16","2041-11-06","2035/2041","2042","2042-02-28","2039-02-09/2039-02-10","2039-06-20/2039-06-21",
  "2040-03-12/2040-03-13","2040-12-03/2040-12-04"],
 ["Regions that moved from services to products did so through a few anchor companies, not through broad programmes",
  "Cluster organisations are best placed to organise shared product management and user-testing facilities for small firms",
  "Public procurement by regional hospitals and municipalities can act as a first customer for regional digital products",
  "Talent retention needs more than salaries: housing, transport and quality of life were raised by every group",
  "Interregional partnerships work when they start from concrete joint projects, not from memoranda"],
 pub="2041-11-06")
