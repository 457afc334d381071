from h import *
F = 'evaluation-summary_maramures-cluster-programme-pdf.txt'
FIND = ["The programme reached its output targets: 9 clusters were supported and 214 companies took part in at least one joint project.",
"Joint projects led to new products or processes in 61 of the 214 companies, mostly in wood processing and furniture.",
"The management capacity of the clusters improved, but four of the nine still depend on a single manager.",
"Cooperation with the Technical University of Cluj-Napoca, North University Centre of Baia Mare, remained limited to a few projects.",
"Administrative burden was the most frequent complaint; payment delays of up to eight months hit small members hardest."]
REC = ["Continue the programme for 2036–2040 with a budget at least equal to the current one.",
"Link the funding of cluster management to a small set of results indicators agreed in advance.",
"Require every supported cluster to have at least two trained staff members by 2037.",
"Create a research voucher that members can use with the university and with the Maramureș County Chamber of Commerce's testing laboratory.",
"Pay advances of 40% at contract signature and shorten the verification of payment claims to 60 days."]
T = f'''Evaluarea Programului Regional de Sprijin pentru Clustere Maramureș 2030–2035 | Summary report            1

COUNTY COUNCIL OF MARAMUREȘ
Consiliul Județean Maramureș – Directorate for Regional Development and Investment

EX-POST EVALUATION OF THE MARAMUREȘ REGIONAL CLUSTER
SUPPORT PROGRAMME 2030–2035

Evaluation summary

Prepared by: Evalnord Consulting S.R.L., Cluj-Napoca
Evaluation team: Dr. Bogdan-Ioan POP (team leader), Ec. Adriana MUREȘAN-Hossu,
Ing. Vasile Ardelean, with Prof. Dr. Gerlinde Huber-Klostermann
(external peer, Joanneum Research, Graz)
Contracting authority: Consiliul Județean Maramureș
Baia Mare, September 2035

___________________________________________________________________________________

1. Introduction

The Maramureș Regional Cluster Support Programme was launched by the County Council in
March 2030 to strengthen cooperation among small and medium-sized enterprises in the
county's traditional industries – wood and furniture, non-ferrous metals processing, textiles
and agrifood – and in the emerging field of mountain tourism services. Over six years the
programme financed the management costs of cluster organisations and joint innovation pro-
jects of their members, with a total budget of RON 38.6 million.

The evaluation was commissioned in January 2035 and carried out between February and July
2035. It combined the analysis of monitoring data, a survey of 162 member companies, 34 in-
terviews and four case studies: the Transilvania Lemn Cluster, the Cluster Metalurgic
Nord-Vest, the Maramureș Agro-Food Cluster and the ecoTur Maramureș cluster. Preliminary results
were discussed with stakeholders at a workshop in Baia Mare on {wd('2035-06-27')} 27 June 2035.

___________________________________________________________________________________
Ex-post evaluation – Maramureș Regional Cluster Support Programme                2

2. Context

The county lost a large part of its mining and heavy-industry jobs in the 2000s. The wood
and furniture sector, with around 9,000 employees, is today the largest manufacturing em-
ployer. The programme was designed in 2029 under the then president of the County Council,
Mr Gavril ZAHARIA, and implemented by the Agenția de Dezvoltare Economică Maramureș (ADEM).
It complemented the national cluster measures of the Ministry of Investments and European
Projects and the support of the North-West Regional Development Agency (ADR Nord-Vest).

3. Key findings

{chr(10).join(f"{i}. {f}" for i, f in enumerate(FIND, 1))}

___________________________________________________________________________________
Ex-post evaluation – Maramureș Regional Cluster Support Programme                3

4. Recommendations

{chr(10).join(f"R{i}. {r}" for i, r in enumerate(REC, 1))}

5. Management response

In its response of 10 September 2035, ADEM accepted recommendations R1, R2, R3 and R5 and
partially accepted R4, noting that the research voucher requires a change of the county's
state aid scheme. ADEM director Ioana Bud-Pașca stated that the next programme will be pre-
sented to the County Council in its session of {wd('2035-11-29')} 29 November 2035.

The cluster managers' network Clustero (Asociația Clusterelor din România) welcomed the
findings and asked to be involved in the design of the next programme. The results were
also presented at the Romanian Cluster Conference in Timișoara on 12–13 October 2035.

Acknowledgements: the evaluation team thanks Ms Maria Sabău (Transilvania Lemn Cluster),
Mr Cristian Iuga (Cluster Metalurgic Nord-Vest) and the ADEM staff for their support.

___________________________________________________________________________________
Ex-post evaluation – Maramureș Regional Cluster Support Programme                4
'''
write(F, T)
KM = [x.rstrip('.') for x in FIND + REC]
gold(F, [
 P("Bogdan-Ioan POP", "team leader", "Evalnord Consulting S.R.L."),
 P("Adriana MUREȘAN-Hossu", None, "Evalnord Consulting S.R.L."),
 P("Vasile Ardelean", None, "Evalnord Consulting S.R.L."),
 P("Gerlinde Huber-Klostermann", "external peer", "Joanneum Research"),
 P("Gavril ZAHARIA", "president of the County Council", "Consiliul Județean Maramureș"),
 P("Ioana Bud-Pașca", "director", "Agenția de Dezvoltare Economică Maramureș"),
 P("Maria Sabău", None, "Transilvania Lemn Cluster"),
 P("Cristian Iuga", None, "Cluster Metalurgic Nord-Vest"),
], [
 O("Consiliul Județean Maramureș"), O("Directorate for Regional Development and Investment"),
 O("Evalnord Consulting S.R.L."), O("Joanneum Research"), O("Transilvania Lemn Cluster"), O("Cluster Metalurgic Nord-Vest"),
 O("Maramureș Agro-Food Cluster"), O("ecoTur Maramureș"), O("Agenția de Dezvoltare Economică Maramureș", "ADEM"),
 O("Ministry of Investments and European Projects"), O("North-West Regional Development Agency", "ADR Nord-Vest"),
 O("Technical University of Cluj-Napoca"), O("North University Centre of Baia Mare"),
 O("Maramureș County Chamber of Commerce"), O("Asociația Clusterelor din România", "Clustero"),
], [
 E("workshop", "2035-06-27", "2035-06-27", "Baia Mare", "Romania"),
 E("session of the County Council", "2035-11-29", "2035-11-29", None, None),
 E("Romanian Cluster Conference", "2035-10-12", "2035-10-13", "Timișoara", "Romania"),
], ["2030/2035", "2035-09", "2030-03", "2035-01", "2035-02/2035-07", "2035-06-27", "2029", "2036/2040", "2037", "2035-09-10",
    "2035-11-29", "2035-10-12/2035-10-13"], KM, pub="2035-09")
