from h import *
F = 'g04_eccp_monthly_digest_may.eml'
assert wd(2040,5,31)=='Thursday' and wd(2040,6,12)=='Tuesday' and wd(2040,6,26)=='Tuesday' and wd(2040,6,27)=='Wednesday' and wd(2040,6,28)=='Thursday' and wd(2040,9,18)=='Tuesday' and wd(2040,9,20)=='Thursday'
T = """View this e-mail in your browser: https://clustercollaboration.example.eu/digest/2040-05

EUROPEAN CLUSTER COLLABORATION PLATFORM
Monthly Digest · May 2040 · No. 88

Hello,

here is your short round-up of cluster news, calls and events from across Europe. Items are written by the
ECCP editorial team or submitted by cluster organisations; follow the links for the full stories.

--------------------------------------------------------------------
TOP STORY
--------------------------------------------------------------------

European Cluster Conference 2040: registration is open
The European Cluster Conference 2040 will take place in Porto, Portugal, from 18 to 20 September 2040. The
three-day conference is hosted by the Portuguese Agency for Competitiveness and Innovation (IAPMEI) with the
Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). Day 1 (Tuesday 18
September) is a matchmaking day for cluster managers; Day 3 (Thursday 20 September) offers site visits to the
textile and cork clusters of northern Portugal.
-> https://clustercollaboration.example.eu/ecc2040

--------------------------------------------------------------------
NEWS IN BRIEF
--------------------------------------------------------------------

* New cluster partnerships. Twelve new European Strategic Cluster Partnerships started on 1 May 2040, among
  them a partnership on circular construction led by Bouwcluster Vlaanderen and one on space data led by
  the Toulouse-based cluster Aerospace Valley.
  -> https://clustercollaboration.example.eu/news/escp-2040

* Cluster managers' survey. According to the annual survey of the European Observatory for Clusters and
  Industrial Change (EOCIC), 61 % of cluster organisations now offer a skills service to members, against
  38 % in 2036. Analyst Sofie Vandenbroucke presented the results in a webinar on 9 May.
  -> https://clustercollaboration.example.eu/news/survey-2040

* Ukraine. The Ukrainian Cluster Alliance signed a cooperation memorandum with the Polish cluster network
  KKK on 15 May 2040. Alliance President Oleksandr Hnatiuk called the memorandum "a bridge for our
  machine builders into European supply chains".
  -> https://clustercollaboration.example.eu/news/ua-pl

* Label news. The European Secretariat for Cluster Analysis (ESCA) awarded 17 Gold Labels in April 2040.
  ESCA director Gerd Meier zu Köcker noted that for the first time three of the Gold Labels went to
  clusters from the Baltic states.
  -> https://clustercollaboration.example.eu/news/labels-april

* Interview. "Small clusters should stop copying big ones." Read our interview with Marta Oliveira-Kraus,
  manager of the Azores Sea Cluster, about working with 40 members spread over nine islands.
  -> https://clustercollaboration.example.eu/interviews/oliveira-kraus

--------------------------------------------------------------------
CALLS AND OPPORTUNITIES
--------------------------------------------------------------------

* Euroclusters call for cluster internationalisation: deadline 31 May 2040 (Thursday), 17:00 Brussels time.
  -> https://clustercollaboration.example.eu/calls/euroclusters-3
* Expression of interest for the Cluster Academy, autumn cohort: until 15 June 2040.
  -> https://clustercollaboration.example.eu/calls/academy
* Partner search: the Lower Silesian Dental Cluster seeks a French and a Finnish partner for a joint
  application on digital dentistry. Contact: Piotr Wawrzyniak.
  -> https://clustercollaboration.example.eu/partnersearch/7781

--------------------------------------------------------------------
EVENTS
--------------------------------------------------------------------

12 June 2040 (Tuesday)   Webinar: "Clusters and the Net-Zero Industry Act – two years on", online, 10:00–11:30 CET
26–28 June 2040          EU Cluster Days in Tallinn, Estonia, hosted by Enterprise Estonia
27 June 2040             International Cluster Matchmaking on Health, Tallinn (side event of the Cluster Days)
10 July 2040             Info day on Interregional Innovation Investments, Brussels
18–20 Sep 2040           European Cluster Conference 2040, Porto

Full calendar: https://clustercollaboration.example.eu/events

--------------------------------------------------------------------
FROM THE HELPDESK
--------------------------------------------------------------------

Is your cluster profile up to date? Profiles not updated since 2038 will be archived on 30 June 2040. Log in
and check your member numbers and contact person.

--------------------------------------------------------------------

You receive this digest because you registered on the European Cluster Collaboration Platform (ECCP).
Unsubscribe: https://clustercollaboration.example.eu/unsubscribe · Privacy statement · Contact the helpdesk:
helpdesk@clustercollaboration.example.eu

The ECCP is an initiative of the European Commission, managed by the European Innovation Council and SMEs
Executive Agency (EISMEA).
"""
eml(F, 'ECCP Digest <digest@clustercollaboration.example.eu>', 'subscribers@clustercollaboration.example.eu',
    'ECCP Monthly Digest – May 2040: ECC 2040 registration, new partnerships, calls',
    'Tue, 22 May 2040 09:30:00 +0200', text=T)
assert wd(2040,5,22)=='Tuesday'
gold(F,
 [P('Sofie Vandenbroucke','Analyst',None),
  P('Oleksandr Hnatiuk','President','Ukrainian Cluster Alliance'),
  P('Gerd Meier zu Köcker','director','European Secretariat for Cluster Analysis'),
  P('Marta Oliveira-Kraus','manager','Azores Sea Cluster'),
  P('Piotr Wawrzyniak',None,'Lower Silesian Dental Cluster')],
 [O('European Cluster Collaboration Platform','ECCP'), O('Portuguese Agency for Competitiveness and Innovation','IAPMEI'),
  O('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'),
  O('Bouwcluster Vlaanderen'), O('Aerospace Valley'),
  O('European Observatory for Clusters and Industrial Change','EOCIC'), O('Ukrainian Cluster Alliance'), O('KKK'),
  O('European Secretariat for Cluster Analysis','ESCA'), O('Azores Sea Cluster'), O('Lower Silesian Dental Cluster'),
  O('Enterprise Estonia'), O('European Commission'), O('European Innovation Council and SMEs Executive Agency','EISMEA')],
 [E('European Cluster Conference 2040','2040-09-18','2040-09-20','Porto','Portugal'),
  E('matchmaking day for cluster managers','2040-09-18',None,'Porto','Portugal'),
  E('site visits to the textile and cork clusters of northern Portugal','2040-09-20',None,None,'Portugal'),
  E('webinar on the cluster managers\' survey','2040-05-09',None,None,None),
  E('Webinar: "Clusters and the Net-Zero Industry Act – two years on"','2040-06-12',None,None,None),
  E('EU Cluster Days','2040-06-26','2040-06-28','Tallinn','Estonia'),
  E('International Cluster Matchmaking on Health','2040-06-27',None,'Tallinn','Estonia'),
  E('Info day on Interregional Innovation Investments','2040-07-10',None,'Brussels','Belgium')],
 ['2040-05','2040-09-18/2040-09-20','2040-09-18','2040-09-20','2040-05-01','2036','2040-05-09','2040-05-15','2040-04',
  '2040-05-31','2040-06-15','2040-06-12','2040-06-26/2040-06-28','2040-06-27','2040-07-10','2038','2040-06-30','2040-05-22'],
 [], pub='2040-05-22')
