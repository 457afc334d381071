from h import *
F = 'g16_eu_cluster_platform_events_digest.txt'
for s_,w in [('2036-03-03','Monday'),('2036-03-24','Monday'),('2036-04-08','Tuesday'),('2036-04-21','Monday'),('2036-04-23','Wednesday'),
             ('2036-05-13','Tuesday'),('2036-05-14','Wednesday'),('2036-02-19','Tuesday'),('2036-01-29','Tuesday'),('2036-02-05','Tuesday'),('2036-04-30','Wednesday')]:
    y,m,d = map(int,s_.split('-')); assert wd(y,m,d)==w, s_
T = """European Cluster Collaboration Platform – Events digest
Issue 3/2036 · Monday 3 March 2036
View this e-mail in your browser | Unsubscribe

Dear cluster community,

spring is the busiest season of the cluster calendar. Below you find the events organised by the European Cluster Collaboration Platform (ECCP) and its partners in the coming weeks, a look back at our February webinar and the deadline for the European Cluster Excellence Awards. As always, you can add your own cluster's events to the calendar on the platform.

--- UPCOMING ---

PANEL DEBATE | Clusters and the Single Market: what the next Commission should do
Tuesday 8 April 2036, 15:00–17:30 CET · Brussels, European Economic and Social Committee (EESC), Room JDE 62, and online
A stand-alone debate hosted by the EESC's Consultative Commission on Industrial Change (CCMI). Speakers:
- Henrik Sjöberg-Amato, Head of Unit, Industrial Ecosystems and Clusters, DG GROW, European Commission
- Dr Elżbieta Zawadzka-Lis, President, European Cluster Alliance
- Bruno Marques da Silva, Member of the EESC (Employers' Group)
- Inge Van de Velde, cluster manager, Flanders' FOOD
Moderator: Aurélie Dumont-Szabó, ECCP team leader.
Registration by Monday 24 March.

INFO WEBINAR | ClusterXchange – how to host and how to visit
Monday 21 April 2036, 10:00–11:15 CET · online
The eighth webinar in our ClusterXchange series, presented by the European Innovation Council and SMEs Executive Agency (EISMEA). Earlier this year, ClusterXchange webinar no. 6 took place on 29 January 2036 (for first-time applicants) and ClusterXchange webinar no. 7 on 5 February 2036 (on reporting).

MATCHMAKING | EU–Japan Cluster Matchmaking Event
Tuesday 13 – Wednesday 14 May 2036 · Osaka, Japan
A delegation of up to 25 European cluster organisations will meet Japanese clusters and companies in the fields of robotics, health technologies and batteries, with the support of the EU-Japan Centre for Industrial Cooperation. Applications are open until Wednesday 23 April 2036.

CONFERENCE | European Cluster Conference 2036
Autumn 2036 · Vilnius, Lithuania
Organised by the European Commission together with the Lithuanian Ministry of the Economy and Innovation. The programme and exact dates will be announced in the next digest.

--- DEADLINE ---
European Cluster Excellence Awards: nominations close on Wednesday 30 April 2036 at 17:00 CET. Categories: cluster manager of the year, cluster partnership of the year, young cluster professional.

--- LOOKING BACK ---
"Clusters and skills", our webinar of Tuesday 19 February 2036, attracted 410 participants from 29 countries. Speakers were Maija-Liisa Korhonen (Business Tampere) and Tomás Ó Ceallaigh (Skillnet Ireland). The audience agreed on these key takeaways:
- Clusters are best placed to run sector skills partnerships because they know both companies and training providers
- Short, stackable courses work better for SMEs than long degree programmes
- Skills projects need a contact person inside each member company, not only at the cluster office

The recording and slides are available in the ECCP resource library.

--- FROM THE COMMUNITY ---
The Slovenian cluster ACS (Automotive Cluster of Slovenia) hosts a study visit for cluster managers in Celje and Maribor on 12–13 May 2036; the Hungarian cluster network Magyar Klaszterszövetség invites to its annual meeting in Budapest in June 2036.

You are receiving this digest because you are registered on the European Cluster Collaboration Platform. The ECCP is an initiative of the European Commission, managed by EISMEA. The content of this e-mail does not necessarily reflect the official position of the Commission.

Follow us: LinkedIn | X | YouTube
Privacy statement | Manage subscription | Contact: helpdesk@clustercollaboration.example.eu
"""
write(F, T)
gold(F,
 [P("Henrik Sjöberg-Amato","Head of Unit","DG GROW"),
  P("Elżbieta Zawadzka-Lis","President","European Cluster Alliance"),
  P("Bruno Marques da Silva","Member of the EESC","European Economic and Social Committee"),
  P("Inge Van de Velde","cluster manager","Flanders' FOOD"),
  P("Aurélie Dumont-Szabó","team leader","ECCP"),
  P("Maija-Liisa Korhonen",None,"Business Tampere"),
  P("Tomás Ó Ceallaigh",None,"Skillnet Ireland")],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Economic and Social Committee","EESC"),
  O("Consultative Commission on Industrial Change","CCMI"), O("DG GROW"), O("European Commission"),
  O("European Cluster Alliance"), O("Flanders' FOOD"), O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("EU-Japan Centre for Industrial Cooperation"), O("Lithuanian Ministry of the Economy and Innovation"),
  O("Business Tampere"), O("Skillnet Ireland"), O("Automotive Cluster of Slovenia","ACS"), O("Magyar Klaszterszövetség")],
 [E("Clusters and the Single Market: what the next Commission should do","2036-04-08",None,"Brussels","Belgium"),
  E("ClusterXchange – how to host and how to visit","2036-04-21",None,None,None),
  E("ClusterXchange webinar no. 6","2036-01-29",None,None,None),
  E("ClusterXchange webinar no. 7","2036-02-05",None,None,None),
  E("EU–Japan Cluster Matchmaking Event","2036-05-13","2036-05-14","Osaka","Japan"),
  E("European Cluster Conference 2036","2036",None,"Vilnius","Lithuania"),
  E("Clusters and skills","2036-02-19",None,None,None),
  E("study visit for cluster managers","2036-05-12","2036-05-13","Celje, Maribor","Slovenia"),
  E("annual meeting","2036-06",None,"Budapest","Hungary")],
 ["2036-03-03","2036-04-08","2036-03-24","2036-04-21","2036-01-29","2036-02-05","2036-02-19","2036-05-13/2036-05-14","2036-04-23",
  "2036","2036-04-30","2036-05-12/2036-05-13","2036-06"],
 ["Clusters are best placed to run sector skills partnerships because they know both companies and training providers",
  "Short, stackable courses work better for SMEs than long degree programmes",
  "Skills projects need a contact person inside each member company, not only at the cluster office"],
 pub="2036-03-03")
