from common import *
T = """Instituto Aragonés de Fomento – Convocatorias / Calls

CALL FOR APPLICATIONS
ARAGÓN CLUSTER EXCELLENCE PROGRAMME – 3rd COHORT (2036–2037)

Published: 2 February 2036 | Reference: IAF-CLUST-EXC-2036 | Status: OPEN

1. What the programme offers

The Aragón Cluster Excellence Programme helps cluster organisations in Aragón to professionalise their management, prepare for the European cluster management labels and build partnerships abroad. It is run by the Instituto Aragonés de Fomento (IAF) with the Department of Economy, Employment and Industry of the Government of Aragón, and delivered by a consortium led by the consultancy Moncayo Strategy Partners S.L. together with the Zaragoza-based training centre Escuela Ebro de Gestión (EEG).

Over fourteen months, selected clusters will receive:
- a benchmarking of their management against the European Cluster Excellence Initiative methodology, carried out by certified benchmarking experts;
- up to 60 hours of individual coaching by senior cluster managers from other European regions;
- four collective training modules in Zaragoza (strategy, services and business models, financing, internationalisation);
- a study visit to a cluster region abroad (planned for autumn 2036);
- a grant of up to EUR 40,000 per cluster to implement one improvement project.

2. Who can apply

Cluster organisations registered in the Aragón register of innovative business clusters (AEI) with at least 25 members, of which at least 60% are SMEs. Clusters that took part in the first cohort (2032–2033) or the second cohort (2034–2035) may apply only for the internationalisation track.

3. Key dates

- Call opens: 2 February 2036
- Info webinar 1 (general presentation, Spanish): 17 February 2036, 10:00–11:30 CET
- Info webinar 2 (eligibility and budget, Spanish): 3 March 2036, 10:00–11:00 CET
- Info webinar 3 (for international coaches, English): 5 March 2036, 16:00–17:00 CET
- Deadline for questions: 20 March 2036
- Deadline for applications: 31 March 2036, 14:00 (Zaragoza time)
- Interviews with shortlisted clusters: 20–24 April 2036, IAF premises, Zaragoza
- Notification of results: by 15 May 2036
- Kick-off meeting of the 3rd cohort: 9 June 2036, Zaragoza
- Final event and certificate ceremony: March 2037

4. Selection

Applications will be assessed by a committee chaired by Beatriz Lanuza Gimeno, head of the Business Competitiveness Unit at IAF. Its members are Javier Sancho Oliván (Government of Aragón), Prof. Carmen Peiró Azcárate (University of Zaragoza) and two external experts: Ulrich Brenninkmeyer, former manager of an automotive cluster in Baden-Württemberg, and Nathalie Rouquette-Vidal, cluster policy consultant. Up to eight clusters will be selected.

Criteria: quality of the improvement plan (35 points), commitment of the cluster's board (20), relevance for the Aragón smart specialisation strategy 2035–2041 (25), potential for European cooperation (20).

5. How to apply

Applications are submitted through the IAF electronic office using form CLUST-EXC-01, signed by the legal representative of the cluster. A letter of support from the cluster's board and the latest activity report must be attached.

6. Previous cohorts

The first cohort (2032–2033) brought together six clusters, among them the Clúster Aragonés de Logística Intermodal (CALI) and Agroalimentaria Ebro Clúster. Four of them obtained the Silver Label in 2033. In the second cohort (2034–2035), the Clúster de la Movilidad Eléctrica de Aragón (CMEA) achieved the Gold Label, the first in the region, in November 2035.

"The coaching changed how our board sees the cluster: not as a club, but as a service company for its members," says Pilar Escartín Royo, manager of CALI.

7. Contact

Help desk: Rubén Alcalá, programme officer, IAF – clusterexcelencia@iaf.example, +34 976 000 000 (Monday to Friday, 9:00–14:00).

The programme is co-financed by the European Regional Development Fund (ERDF) under the Aragón ERDF programme 2028–2034 extension.

Cookie settings | Legal notice | Accessibility | © Instituto Aragonés de Fomento
"""
gold("IAF_call_Aragon-Cluster-Excellence-Programme-2036.txt", "2036-02-02",
 [P("Beatriz Lanuza Gimeno","head of the Business Competitiveness Unit","IAF"),
  P("Javier Sancho Oliván",None,"Government of Aragón"),
  P("Carmen Peiró Azcárate",None,"University of Zaragoza"),
  P("Ulrich Brenninkmeyer",None,None),
  P("Nathalie Rouquette-Vidal","cluster policy consultant",None),
  P("Pilar Escartín Royo","manager","CALI"),
  P("Rubén Alcalá","programme officer","IAF")],
 [O("Instituto Aragonés de Fomento","IAF"),
  O("Department of Economy, Employment and Industry"), O("Government of Aragón"),
  O("Moncayo Strategy Partners S.L."), O("Escuela Ebro de Gestión","EEG"),
  O("University of Zaragoza"), O("Business Competitiveness Unit"),
  O("Clúster Aragonés de Logística Intermodal","CALI"), O("Agroalimentaria Ebro Clúster"),
  O("Clúster de la Movilidad Eléctrica de Aragón","CMEA")],
 [E("Info webinar 1","2036-02-17",None,None,None),
  E("Info webinar 2","2036-03-03",None,None,None),
  E("Info webinar 3","2036-03-05",None,None,None),
  E("Kick-off meeting of the 3rd cohort","2036-06-09",None,"Zaragoza","Spain"),
  E("Final event and certificate ceremony","2037-03",None,None,None)],
 ["2036/2037","2036-02-02","2036","2032/2033","2034/2035","2036-02-17","2036-03-03","2036-03-05","2036-03-20","2036-03-31",
  "2036-04-20/2036-04-24","2036-05-15","2036-06-09","2037-03","2035/2041","2033","2035-11"],
 [], T)
