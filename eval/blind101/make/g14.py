from h import *
F = 'g14_umea_peer_review_report.txt'
assert wd(2041,3,5)=='Tuesday' and wd(2041,3,7)=='Thursday' and wd(2041,4,11)=='Thursday'
T = """From the Cluster Peer Review Programme – Report series, No. 7
-----------------------------------------------------------------
PEER REVIEW REPORT
Host: Västerbotten Life Science & Health Cluster (Umeå, Sweden)
Reviewing clusters: BioNorth Ireland (Belfast), Tartu Biotechnology Park Cluster (Tartu), Lisbon Health Cluster (Lisbon)
Review visit: 5–7 March 2041
Report date: 11 April 2041
-----------------------------------------------------------------

1. Why this review

The Västerbotten Life Science & Health Cluster (VLSH) asked its peers to look at one question: how can a cluster in a
sparsely populated region keep start-ups from moving south once they need capital and staff? The review was organised
under the peer learning scheme of the European Cluster Collaboration Platform and hosted at Umeå Biotech Incubator.

2. Review team

- Dr. Aoife McCandless, Chief Executive, BioNorth Ireland (lead reviewer)
- Kaarel Tamm, Cluster Manager, Tartu Biotechnology Park Cluster
- Inês Carvalho Pereira, Head of Internationalisation, Lisbon Health Cluster
- Facilitator: Jonas Åberg, Senior Adviser, Region Västerbotten

Host team: Malin Lindqvist, Cluster Director, VLSH; Erik Nordström, Business Developer, VLSH.

3. Programme of the visit

Tuesday 5 March
13:00  Welcome and presentation of the cluster, Umeå Biotech Incubator
15:00  Interviews with six start-up founders
19:00  Welcome dinner with the cluster board, Stora Hotellet

Wednesday 6 March
08:30  Site visit to the Umeå University Hospital innovation unit
11:00  Meetings with Umeå University and Swedish University of Agricultural Sciences (SLU)
14:00  Interviews with investors and Almi Företagspartner Nord
17:00  Reviewers' working session

Thursday 7 March
09:00  Feedback session with the host team
11:30  Closing and departures

4. What works well

The region has world-class research in infection biology and a hospital that is open to testing. Founders praised the
incubator's personal support and the short distance to decision-makers. The cluster's joint recruitment campaign
"Move North" brought 38 specialists to the region in two years.

5. Lessons learnt

1. Capital is not the only reason companies leave: access to experienced managers matters as much.
2. A cluster in a small region needs formal partnerships with larger hubs rather than competing with them.
3. Hospital test beds are a unique asset and should be marketed internationally as a service.
4. Success stories must be told by founders, not by public agencies.
5. Peer reviews work best when the host asks one precise question.

6. Recommendations to the host

- Create a pool of part-time experienced managers ("executives on loan") with the larger life science companies in Stockholm and Oslo.
- Sign a partnership with a southern hub, for example SmiLe Incubator in Lund, on shared investor days.
- Package the hospital test beds as a service with a price list by the end of 2041.

The reviewers also noted that the cluster's website and materials are available only in Swedish, which limits the visibility of the
region's offer to foreign investors and specialists.

7. Follow-up

The host team will present its action plan at the cluster's annual meeting on 23 May 2041. The reviewers will hold a
video follow-up in November 2041. The next review of the series takes place in Lisbon in autumn 2041, hosted by the
Lisbon Health Cluster.

Acknowledgements: the review team thanks Region Västerbotten, Umeå Municipality and all interviewees.

Contact: Malin Lindqvist, malin.lindqvist@vlsh.se, +46 90 786 11 20
-----------------------------------------------------------------
Report series: 1 Tampere (2038) · 2 Graz (2038) · 3 Kaunas (2039) · 4 Bilbao (2039) · 5 Leuven (2040) · 6 Belfast (2040) · 7 Umeå (2041)
"""
write(F, T)
V='Västerbotten Life Science & Health Cluster'
gold(F,
 [P('Aoife McCandless','Chief Executive','BioNorth Ireland'),P('Kaarel Tamm','Cluster Manager','Tartu Biotechnology Park Cluster'),
  P('Inês Carvalho Pereira','Head of Internationalisation','Lisbon Health Cluster'),
  P('Jonas Åberg','Senior Adviser','Region Västerbotten'),P('Malin Lindqvist','Cluster Director','VLSH'),
  P('Erik Nordström','Business Developer','VLSH')],
 [O(V,'VLSH'),O('BioNorth Ireland'),O('Tartu Biotechnology Park Cluster'),O('Lisbon Health Cluster'),
  O('European Cluster Collaboration Platform'),O('Umeå Biotech Incubator'),O('Region Västerbotten'),
  O('Umeå University Hospital'),O('Umeå University'),O('Swedish University of Agricultural Sciences','SLU'),
  O('Almi Företagspartner Nord'),O('SmiLe Incubator'),O('Umeå Municipality')],
 [E('Review visit','2041-03-05','2041-03-07','Umeå','Sweden'),
  E('Welcome and presentation of the cluster','2041-03-05',None,'Umeå','Sweden'),
 E('Welcome dinner','2041-03-05',None,'Umeå','Sweden'),
 E('Meetings with Umeå University and Swedish University of Agricultural Sciences (SLU)','2041-03-06',None,'Umeå','Sweden'),
  E('Site visit to the Umeå University Hospital innovation unit','2041-03-06',None,'Umeå','Sweden'),
  E('annual meeting','2041-05-23'),E('video follow-up','2041-11'),
  E('next review of the series','2041',None,'Lisbon','Portugal'),
  E('peer review Tampere','2038',None,'Tampere','Finland'),E('peer review Graz','2038',None,'Graz','Austria'),E('peer review Kaunas','2039',None,'Kaunas','Lithuania'),
  E('peer review Bilbao','2039',None,'Bilbao','Spain'),E('peer review Leuven','2040',None,'Leuven','Belgium'),E('peer review Belfast','2040',None,'Belfast','United Kingdom')],
 ['2041-03-05/2041-03-07','2041-04-11','2041-03-05','2041-03-06','2041-03-07','2041','2041-05-23','2041-11','2038','2039','2040'],
 ['Capital is not the only reason companies leave: access to experienced managers matters as much',
  'A cluster in a small region needs formal partnerships with larger hubs rather than competing with them',
  'Hospital test beds are a unique asset and should be marketed internationally as a service',
  'Success stories must be told by founders, not by public agencies',
  'Peer reviews work best when the host asks one precise question',
  'Create a pool of part-time experienced managers ("executives on loan") with the larger life science companies in Stockholm and Oslo',
  'Sign a partnership with a southern hub, for example SmiLe Incubator in Lund, on shared investor days',
  'Package the hospital test beds as a service with a price list by the end of 2041'],
 pub='2041-04-11')
