from h import *
F = 'g15_call_for_speakers_campobasso.txt'
assert wd(2037,5,26)=='Tuesday' and wd(2037,5,27)=='Wednesday' and wd(2037,1,30)=='Friday' and wd(2037,3,2)=='Monday'
T = """Molise Innovation Cluster Network – Call for speakers
https://www.molisecluster.example/apennine-cluster-days-2037/call-for-speakers
[Home] [Apennine Cluster Days 2037] [Programme] [Call for speakers] [Venue & travel] [Register] [IT | EN]

CALL FOR SPEAKERS
Apennine Cluster Days 2037 – "Inner regions, strong industries: clusters in the new EU industrial policy"
26–27 May 2037, Campobasso (Molise, Italy)

Published: 12 December 2036 | Last update: 9 January 2037

The Molise Innovation Cluster Network (MICN) and the University of Molise invite cluster managers, entrepreneurs,
researchers, regional officials and practitioners to propose contributions for the third edition of the Apennine
Cluster Days, which will take place on Tuesday 26 and Wednesday 27 May 2037 at the Aula Magna of the University of
Molise in Campobasso.

The conference is organised with the Regione Molise, the Italian Cluster Association (Cluster Italia) and the
Abruzzo Automotive Cluster (AAC), and with the support of the Enterprise Europe Network ALPS-Molise consortium.
Previous editions took place in Isernia (2033) and Termoli (2035) and attracted around 250 participants each.

WHY SPEAK AT THE APENNINE CLUSTER DAYS?
Italy's inner areas – the mountain and hill regions of the Apennines – host thousands of manufacturing SMEs in food,
mechanics, textiles and wood. Their clusters are small and often invisible in European debates. The 2037 edition
wants to give them a stage, alongside speakers from the European Commission and from other European regions with
similar challenges, from the Spanish Teruel to the Finnish Kainuu.

THEMES
We welcome proposals on the following themes:
 T1. Clusters and the EU industrial policy after 2035: what role for inner regions?
 T2. Skills and depopulation: how clusters keep young people in the region
 T3. Supply chains: connecting small suppliers to large manufacturers and to defence and space programmes
 T4. Green transition in traditional sectors (food, wood, textiles, stone)
 T5. Cross-border and interregional cluster partnerships, including Euroclusters and Interreg projects
 T6. Measuring cluster impact: data, indicators, evaluation

FORMATS
 - Short talk (10 minutes) in a thematic session
 - Case study presentation (15 minutes) with a company from your cluster
 - Panel proposal (60 minutes, three to four speakers, gender-balanced, from at least two countries)
 - Poster or stand in the "Cluster Village" (for cluster organisations only)

KEY DATES
 12 December 2036        Call opens
 30 January 2037         Deadline for proposals (Friday, 23:59 CET)
 2 March 2037            Notification of selected speakers (Monday)
 31 March 2037           Confirmation of participation and speaker bio
 8 May 2037              Submission of slides
 26–27 May 2037          Apennine Cluster Days 2037

HOW TO APPLY
Fill in the online form (link below) with: title, theme, format, an abstract of no more than 300 words, the name,
organisation and role of the speaker(s), and a short biography. One organisation may submit no more than two
proposals. Proposals can be written in English or Italian; the working language of the plenary sessions will be
English with interpretation into Italian.

SELECTION
A programme committee will select the contributions. Members of the committee:
 - Prof.ssa Chiara Di Lallo, Vice-Rector for Third Mission, University of Molise (chair)
 - Marco Iacovelli, Director, Molise Innovation Cluster Network
 - Federica Santilli, Head of the Research and Innovation Office, Regione Molise
 - Dr. Andrea Colangelo, Secretary General, Cluster Italia
 - Teresa Esteban Pardos, Manager, Teruel Agri-Food Cluster (Spain)
 - Jussi Heikkinen, Development Director, Kainuu Regional Council (Finland)

Criteria: relevance to the conference themes, practical value for cluster practitioners, originality, and the
diversity of speakers in terms of country, gender and type of organisation.

WHAT WE OFFER
Selected speakers receive free registration for both days, including the conference dinner on 26 May 2037 at the
Castello Monforte and the study visit on 27 May 2037 afternoon to the pasta makers of the Upper Molise. For speakers
from outside Italy, the organisers cover up to two nights of accommodation in Campobasso. Travel costs are not
covered, except for speakers from cluster organisations in less developed regions (maximum EUR 400, on request).

Conference programme highlights already confirmed:
 - Opening keynote by Giovanni Ruffo, Head of Unit, DG GROW, European Commission
 - Welcome address by the President of the Regione Molise, Antonio D'Ambrosio
 - Panel of the Italian Cluster Association on the national cluster strategy

FREQUENTLY ASKED QUESTIONS
Can consultants submit a proposal? Yes, but only together with a cluster organisation or a company.
Can I change the speaker after selection? Yes, until 31 March 2037, if the new speaker has a similar profile.
Will the sessions be recorded? The plenary sessions will be streamed and recorded; thematic sessions will not.
Is there a fee for the Cluster Village? No, but space is limited to 30 stands, allocated in order of confirmation.

CONTACT
Programme secretariat: Giulia Mastropaolo, Project Officer, MICN
E-mail: speakers@molisecluster.example | Tel. +39 0874 000 789
Office hours: Monday–Thursday, 9:00–13:00

Organised by: Molise Innovation Cluster Network · University of Molise · Regione Molise
Partners: Cluster Italia · Abruzzo Automotive Cluster · Enterprise Europe Network ALPS-Molise · Confindustria Molise
Media partner: Il Quotidiano del Molise

Follow #ACD2037 on LinkedIn and Instagram.
© Molise Innovation Cluster Network · Privacy · Cookies
"""
write(F, T)
gold(F,
 [P("Chiara Di Lallo","Vice-Rector for Third Mission","University of Molise"),
  P("Marco Iacovelli","Director","Molise Innovation Cluster Network"),
  P("Federica Santilli","Head of the Research and Innovation Office","Regione Molise"),
  P("Andrea Colangelo","Secretary General","Cluster Italia"),
  P("Teresa Esteban Pardos","Manager","Teruel Agri-Food Cluster"),
  P("Jussi Heikkinen","Development Director","Kainuu Regional Council"),
  P("Giovanni Ruffo","Head of Unit","DG GROW"),
  P("Antonio D'Ambrosio","President of the Regione Molise"),
  P("Giulia Mastropaolo","Project Officer","MICN")],
 [O("Molise Innovation Cluster Network","MICN"), O("University of Molise"), O("Regione Molise"),
  O("Italian Cluster Association"), O("Abruzzo Automotive Cluster","AAC"),
  O("Enterprise Europe Network ALPS-Molise"), O("European Commission"), O("Teruel Agri-Food Cluster"),
  O("Kainuu Regional Council"), O("DG GROW"), O("Confindustria Molise"), O("Il Quotidiano del Molise")],
 [E("Apennine Cluster Days 2037","2037-05-26","2037-05-27","Campobasso","Italy"),
  E("conference dinner","2037-05-26",None,"Campobasso","Italy"),
  E("study visit","2037-05-27",None,None,"Italy"),
  E("Apennine Cluster Days (2033)","2033","2033","Isernia","Italy"),
  E("Apennine Cluster Days (2035)","2035","2035","Termoli","Italy")],
 ["2037-05-26/2037-05-27","2036-12-12","2037-01-09","2033","2035","2037-01-30","2037-03-02","2037-03-31","2037-05-08","2037-05-26","2037-05-27"],
 [], pub="2036-12-12")
