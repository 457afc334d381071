from h import *
F = 'policy-brief_ticino-medtech-cluster-skills.md'
T = f'''[Home](/) › [Publications](/publications) › Policy briefs

# Policy Brief 3/2035 — Keeping medtech talent in Ticino

**Cluster Tecnologie Medicali Ticino (CTM-Ticino) · Policy Brief series · June 2035**

*Authors: Dr. Federica Lurati-Bernasconi and Marco Vanoni (CTM-Ticino), with Prof. Ana Sofía Ruiz Quintana (Università della
Svizzera italiana, USI)*

---

## Summary

Ticino's medical technology companies employ around 4,100 people, two thirds of them in firms with fewer than 250 employees
between Mendrisio, Lugano and Bellinzona. Between 2029 and 2034 the sector grew by 5.2% a year, faster than the canton's economy
as a whole. The growth is limited by one factor more than any other: people. This brief summarises a study carried out by
CTM-Ticino and the Istituto di ricerche economiche (IRE) of USI between October 2034 and April 2035, based on a survey of 86
companies, 41 interviews and a workshop with human resources managers held in Manno on 21 February 2035.

The study was financed by the Dipartimento delle finanze e dell'economia (DFE) of the Canton of Ticino under the cantonal
innovation policy 2032–2035, and was presented to the cluster's members at the General Assembly of 22 May 2035.

## Context

Ticino sits between two labour markets. Every day some 78,000 cross-border commuters from Lombardy and Piedmont work in the
canton; in medtech they account for 46% of production staff and 31% of engineers. At the same time, young graduates of SUPSI and
USI often leave for Zurich or Basel after their first job. The revision of the Medical Device Regulation in the EU and its Swiss
counterpart, expected in 2036, will require more regulatory affairs and quality specialists — the profiles companies already find
hardest to recruit.

## Main evidence

- 72% of the surveyed companies had at least one vacancy open for more than six months in 2034.
- Regulatory affairs, clean-room production technicians and software validation engineers are the three scarcest profiles.
- Only 14% of companies have a structured cooperation with a vocational school; most rely on personal contacts.
- Companies that joined the cluster's shared apprenticeship scheme (launched in 2031 with Swissmem and the Camera di commercio
  del Cantone Ticino) filled their technician posts on average four months faster.
- Cross-border staff remain loyal: average tenure is 7.8 years, against 5.1 years for staff resident in the canton.

## Recommendations

The study recommends that:

1. the Canton of Ticino and the cluster set up a joint "Medtech Regulatory Academy" with SUPSI, offering part-time certificates for people already employed in the sector;
2. companies pool their apprenticeship places in a cluster-wide network, so that small firms can train apprentices in rotation;
3. the cantonal innovation policy from 2036 reserve a specific budget line for skills measures run by clusters;
4. USI, SUPSI and the cluster organise an annual "Medtech Career Day" with guaranteed internship offers for final-year students;
5. cross-border cooperation with the Lombardy Life Sciences Cluster and the Region of Lombardy cover the mutual recognition of technician qualifications;
6. CTM-Ticino monitor recruitment times and publish a short skills barometer every year.

## What the cluster will do

CTM-Ticino's board, chaired by Raffaele Pedrazzini-Gianella (CEO, Bioindustria Sant'Antonino SA), decided to start with
recommendations 2 and 6. The first skills barometer will be published in March 2036. A round table with the Ufficio per lo
sviluppo economico and the trade unions OCST and Unia is planned for {wd('2035-09-18')} 18 September 2035 at the Palazzo dei Congressi in
Lugano.

"Our members do not compete on salaries with Zurich; they compete on the quality of work and on training," said Marco Vanoni,
the cluster's managing director. Prof. Ruiz Quintana added that the recognition of qualifications across the border "costs
little and would unlock a whole pool of technicians".

---

**Contact:** Federica Lurati-Bernasconi, head of studies, CTM-Ticino, Via Cantonale 18, 6928 Manno ·
f.lurati@ctm-ticino.example

*Suggested citation: Lurati-Bernasconi F., Vanoni M., Ruiz Quintana A. S. (2035), Keeping medtech talent in Ticino, CTM-Ticino
Policy Brief 3/2035.*

[Download the full study (PDF, 64 pages)](/files/study_skills_2035.pdf) · [All policy briefs](/publications/briefs)
'''
write(F, T)
KM = ['the Canton of Ticino and the cluster set up a joint "Medtech Regulatory Academy" with SUPSI, offering part-time certificates for people already employed in the sector',
'companies pool their apprenticeship places in a cluster-wide network, so that small firms can train apprentices in rotation',
'the cantonal innovation policy from 2036 reserve a specific budget line for skills measures run by clusters',
'USI, SUPSI and the cluster organise an annual "Medtech Career Day" with guaranteed internship offers for final-year students',
'cross-border cooperation with the Lombardy Life Sciences Cluster and the Region of Lombardy cover the mutual recognition of technician qualifications',
'CTM-Ticino monitor recruitment times and publish a short skills barometer every year']
gold(F, [
 P("Federica Lurati-Bernasconi", "head of studies", "CTM-Ticino"),
 P("Marco Vanoni", "managing director", "CTM-Ticino"),
 P("Ana Sofía Ruiz Quintana", None, "Università della Svizzera italiana"),
 P("Raffaele Pedrazzini-Gianella", "CEO", "Bioindustria Sant'Antonino SA"),
], [
 O("Cluster Tecnologie Medicali Ticino", "CTM-Ticino"), O("Università della Svizzera italiana", "USI"),
 O("Istituto di ricerche economiche", "IRE"), O("Dipartimento delle finanze e dell'economia", "DFE"),
 O("Canton of Ticino"), O("SUPSI"), O("Swissmem"), O("Camera di commercio del Cantone Ticino"),
 O("Lombardy Life Sciences Cluster"), O("Region of Lombardy"), O("Bioindustria Sant'Antonino SA"),
 O("Ufficio per lo sviluppo economico"), O("OCST"), O("Unia"),
], [
 E("workshop with human resources managers", "2035-02-21", "2035-02-21", "Manno", "Switzerland"),
 E("General Assembly", "2035-05-22", "2035-05-22", None, None),
 E("round table", "2035-09-18", "2035-09-18", "Lugano", "Switzerland"),
], ["2035-06", "2029/2034", "2034-10/2035-04", "2035-02-21", "2032/2035", "2035-05-22", "2036", "2034", "2031", "2036-03", "2035-09-18", "2035"],
 KM, pub="2035-06")
