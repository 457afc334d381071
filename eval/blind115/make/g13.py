from h import *
F = 'g13_namur_cluster_digital_survey_summary.txt'
assert wd(2034,5,15)=='Monday' and wd(2034,6,30)=='Friday' and wd(2034,10,12)=='Thursday' and wd(2034,11,7)=='Tuesday' and wd(2034,9,27)=='Wednesday'
T = """WALLONIA CLUSTER DIGITAL MATURITY SURVEY 2034
Summary of results

Published by: Namur Innovation & Growth (NIG), Namur, 27/09/2034
Survey partners: Université de Namur (Research Centre in Information, Law and Society, CRIDS),
the seven Walloon clusters and the Agence du Numérique
Authors: Dr Margaux Lambrechts-Ndiaye, Thibault Vanderhaegen, Pauline Delvaux
Report no. NIG/34/07 – English summary (the full report is in French)

=====================================================================

ABOUT THE SURVEY

Between Monday 15 May and Friday 30 June 2034 we asked the member companies of the Walloon clusters how far they have gone in using digital technologies, what holds them back and what they expect from their cluster. The questionnaire was sent to 1,684 companies through the cluster managers; 463 answered (27.5%). Seven clusters took part: the construction cluster Ecoconstruction, the logistics cluster Logistics in Wallonia, the agri-food cluster Wagralim, Infopôle (ICT), the Cluster TWEED (energy and environment), the Cap 2020 cluster for sustainable building and the Plastiwin cluster (plastics).

The survey repeats, with a shorter questionnaire, the first edition carried out in 2031, so that for the first time trends can be shown.

=====================================================================

KEY FINDINGS

1. 58% of respondents now use at least one cloud-based management tool, against 31% in 2031.
2. Only 14% of the companies use data from their machines or products to improve their processes; in manufacturing the share is 22%.
3. Cybersecurity is the first concern of respondents (cited by 61%), ahead of the lack of skilled staff (49%) and the cost of equipment (38%).
4. Companies that took part in at least one cluster project in the last two years are twice as likely to have an innovation budget for digital projects.
5. Micro-enterprises lag far behind: two thirds of them have no plan for their digital transition.

=====================================================================

WHAT COMPANIES ASK THEIR CLUSTERS FOR

Respondents were asked which services they would use. In order of preference they want:
- short practical workshops on cybersecurity for non-specialists;
- demonstrations of digital tools in companies of their own sector;
- help in finding and writing applications for regional digital vouchers;
- a shared pool of data scientists or digital advisers between clusters.

=====================================================================

RECOMMENDATIONS OF THE AUTHORS

Based on the results, the authors recommend that:
a) the clusters and the Agence du Numérique set up a joint cybersecurity awareness programme for SMEs in 2035;
b) the Walloon Public Service for Economy, Employment and Research (SPW EER) simplifies the digital voucher and allows clusters to apply on behalf of groups of micro-enterprises;
c) every cluster names a digital contact person among its staff;
d) the survey is repeated every three years with the same core questions.

=====================================================================

PRESENTATION OF THE RESULTS

The results will be presented to cluster managers and companies at a breakfast meeting at the Namur Confluence Centre on Thursday 12 October 2034, 08:00–10:00, opened by Christophe Malherbe-Joiris, Director General of NIG, and Anne-Sophie Gillard, Head of the Digital Economy Department at SPW EER.

A second presentation, in English, is planned as a webinar for the Interreg North-West Europe partners of the Digital Clusters Alliance on Tuesday 7 November 2034 at 14:00 CET. The Alliance brings together cluster organisations from Wallonia, Limburg (NL), North Rhine-Westphalia and Lorraine.

Quote from the foreword by Christophe Malherbe-Joiris:
"Three years ago the question was whether our companies should go digital. Today the question is whether they can do it safely and with the right people. Our clusters are where those answers can be shared."

=====================================================================

Contact: Thibault Vanderhaegen, Project Officer, NIG
t.vanderhaegen@nig.example.be · +32 81 00 00 00
Rue de l'Industrie 24, 5000 Namur

NIG is supported by the Walloon Region. The survey was co-financed by the
European Regional Development Fund. Page 1/1 – summary version 1.2
"""
write(F, T)
N="Namur Innovation & Growth"; S="Walloon Public Service for Economy, Employment and Research"
gold(F,
 [P("Margaux Lambrechts-Ndiaye","Author",None),
  P("Thibault Vanderhaegen","Project Officer","NIG"),
  P("Pauline Delvaux","Author",None),
  P("Christophe Malherbe-Joiris","Director General","NIG"),
  P("Anne-Sophie Gillard","Head of the Digital Economy Department","SPW EER")],
 [O(N,"NIG"), O("Université de Namur"), O("Research Centre in Information, Law and Society","CRIDS"),
  O("Agence du Numérique"), O("Ecoconstruction"), O("Logistics in Wallonia"), O("Wagralim"), O("Infopôle"),
  O("Cluster TWEED"), O("Cap 2020"), O("Plastiwin"), O(S,"SPW EER"), O("Digital Economy Department"),
  O("Digital Clusters Alliance"), O("Walloon Region")],
 [E("breakfast meeting","2034-10-12",None,"Namur","Belgium"),
  E("webinar","2034-11-07")],
 ["2034-09-27","2034-05-15/2034-06-30","2031","2035","2034-10-12","2034-11-07"],
 ["58% of respondents now use at least one cloud-based management tool, against 31% in 2031",
  "Only 14% of the companies use data from their machines or products to improve their processes; in manufacturing the share is 22%",
  "Cybersecurity is the first concern of respondents (cited by 61%), ahead of the lack of skilled staff (49%) and the cost of equipment (38%)",
  "Companies that took part in at least one cluster project in the last two years are twice as likely to have an innovation budget for digital projects",
  "Micro-enterprises lag far behind: two thirds of them have no plan for their digital transition",
  "the clusters and the Agence du Numérique set up a joint cybersecurity awareness programme for SMEs in 2035",
  "the Walloon Public Service for Economy, Employment and Research (SPW EER) simplifies the digital voucher and allows clusters to apply on behalf of groups of micro-enterprises",
  "every cluster names a digital contact person among its staff",
  "the survey is repeated every three years with the same core questions"],
 pub="2034-09-27")
