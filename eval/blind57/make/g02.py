from h import *
F = 'policy-brief_valais-medtech-cluster-skills.md'
T = f'''[Home](/) › [Publications](/publications) › Policy briefs

# Policy Brief 3/2035 — Keeping medtech talent in Valais

**Cluster Technologies Médicales Valais (CTM-Valais) · Policy Brief series · June 2035**

*Authors: Dr. Florence Lurati-Rey and Marco Vanoni (CTM-Valais), with Prof. Ana Sofía Ruiz Quintana (HES-SO
Valais-Wallis)*

---

## Summary

Valais's medical technology companies employ around 4,100 people, two thirds of them in firms with fewer than 250 employees
between Monthey, Sion and Visp. Between 2029 and 2034 the sector grew by 5.2% a year, faster than the canton's economy
as a whole. The growth is limited by one factor more than any other: people. This brief summarises a study carried out by
CTM-Valais and the Institute of Entrepreneurship and Management (IEM) of HES-SO between October 2034 and April 2035, based on a survey of 86
companies, 41 interviews and a workshop with human resources managers held in Sion on 21 February 2035.

The study was financed by the Service de l'économie, du tourisme et de l'innovation (SETI) of the Canton of Valais under the cantonal
innovation policy 2032–2035, and was presented to the cluster's members at the General Assembly of 22 May 2035.

## Context

Valais sits between two labour markets. Every day some 21,000 cross-border commuters from Haute-Savoie and the Aosta Valley work in
the canton; in medtech they account for 46% of production staff and 31% of engineers. At the same time, young graduates of HES-SO and
EPFL Valais Wallis often leave for Zurich or Basel after their first job. The revision of the Medical Device Regulation in the EU and its Swiss
counterpart, expected in 2036, will require more regulatory affairs and quality specialists — the profiles companies already find
hardest to recruit.

## Main evidence

- 72% of the surveyed companies had at least one vacancy open for more than six months in 2034.
- Regulatory affairs, clean-room production technicians and software validation engineers are the three scarcest profiles.
- Only 14% of companies have a structured cooperation with a vocational school; most rely on personal contacts.
- Companies that joined the cluster's shared apprenticeship scheme (launched in 2031 with Swissmem and the Chambre valaisanne de
  commerce et d'industrie) filled their technician posts on average four months faster.
- Cross-border staff remain loyal: average tenure is 7.8 years, against 5.1 years for staff resident in the canton.

## Recommendations

The study recommends that:

1. the Canton of Valais and the cluster set up a joint "Medtech Regulatory Academy" with HES-SO, offering part-time certificates for people already employed in the sector;
2. companies pool their apprenticeship places in a cluster-wide network, so that small firms can train apprentices in rotation;
3. the cantonal innovation policy from 2036 reserve a specific budget line for skills measures run by clusters;
4. HES-SO, EPFL Valais Wallis and the cluster organise an annual "Medtech Career Day" with guaranteed internship offers for final-year students;
5. cross-border cooperation with the Aosta Valley Life Sciences Network and the Autonomous Region of Aosta Valley cover the mutual recognition of technician qualifications;
6. CTM-Valais monitor recruitment times and publish a short skills barometer every year.

## What the cluster will do

CTM-Valais's board, chaired by Raffaele Pedrazzini-Gianella (CEO, Bioindustrie Monthey SA), decided to start with
recommendations 2 and 6. The first skills barometer will be published in March 2036. A round table with the Service de la
formation professionnelle and the trade unions SCIV and Unia is planned for {wd('2035-09-18')} 18 September 2035 at the CERM congress centre in
Martigny.

"Our members do not compete on salaries with Zurich; they compete on the quality of work and on training," said Marco Vanoni,
the cluster's managing director. Prof. Ruiz Quintana added that the recognition of qualifications across the border "costs
little and would unlock a whole pool of technicians".

---

**Contact:** Florence Lurati-Rey, head of studies, CTM-Valais, Route du Rawyl 47, 1950 Sion ·
f.lurati@ctm-valais.example

*Suggested citation: Lurati-Rey F., Vanoni M., Ruiz Quintana A. S. (2035), Keeping medtech talent in Valais, CTM-Valais
Policy Brief 3/2035.*

[Download the full study (PDF, 64 pages)](/files/study_skills_2035.pdf) · [All policy briefs](/publications/briefs)
'''
write(F, T)
KM = ['the Canton of Valais and the cluster set up a joint "Medtech Regulatory Academy" with HES-SO, offering part-time certificates for people already employed in the sector',
'companies pool their apprenticeship places in a cluster-wide network, so that small firms can train apprentices in rotation',
'the cantonal innovation policy from 2036 reserve a specific budget line for skills measures run by clusters',
'HES-SO, EPFL Valais Wallis and the cluster organise an annual "Medtech Career Day" with guaranteed internship offers for final-year students',
'cross-border cooperation with the Aosta Valley Life Sciences Network and the Autonomous Region of Aosta Valley cover the mutual recognition of technician qualifications',
'CTM-Valais monitor recruitment times and publish a short skills barometer every year']
gold(F, [
 P("Florence Lurati-Rey", "head of studies", "CTM-Valais"),
 P("Marco Vanoni", "managing director", "CTM-Valais"),
 P("Ana Sofía Ruiz Quintana", None, "HES-SO Valais-Wallis"),
 P("Raffaele Pedrazzini-Gianella", "CEO", "Bioindustrie Monthey SA"),
], [
 O("Cluster Technologies Médicales Valais", "CTM-Valais"), O("HES-SO Valais-Wallis", "HES-SO"),
 O("Institute of Entrepreneurship and Management", "IEM"), O("Service de l'économie, du tourisme et de l'innovation", "SETI"),
 O("Canton of Valais"), O("Swissmem"), O("Chambre valaisanne de commerce et d'industrie"), O("EPFL Valais Wallis"),
 O("Aosta Valley Life Sciences Network"), O("Autonomous Region of Aosta Valley"), O("Bioindustrie Monthey SA"),
 O("Service de la formation professionnelle"), O("SCIV"), O("Unia"),
], [
 E("workshop with human resources managers", "2035-02-21", "2035-02-21", "Sion", "Switzerland"),
 E("General Assembly", "2035-05-22", "2035-05-22", None, None),
 E("round table", "2035-09-18", "2035-09-18", "Martigny", "Switzerland"),
], ["2035-06", "2029/2034", "2034-10/2035-04", "2035-02-21", "2032/2035", "2035-05-22", "2036", "2034", "2031", "2036-03", "2035-09-18", "2035"],
 KM, pub="2035-06")
