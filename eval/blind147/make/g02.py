from h import *
F = 'g02_agroloop_eurocluster_open_call.txt'
assert wd(2038,3,3)=='Wednesday' and wd(2038,5,14)=='Friday' and wd(2038,3,17)=='Wednesday' and wd(2038,4,8)=='Thursday' and wd(2037,11,12)=='Thursday'
T = """AGRO-LOOP Eurocluster | Open Call 2 for SMEs
Home  >  Calls  >  Open Call 2 – Circular Agri-food Pilots
Language: EN | RO | DA | PL | ES

OPEN CALL 2: CIRCULAR AGRI-FOOD PILOTS
Financial support to third parties for small and medium-sized enterprises

Published: 3 March 2038
Status: OPEN
Deadline: Friday 14 May 2038, 17:00 CET
Total budget: EUR 1,200,000
Maximum grant per SME: EUR 60,000

1. About AGRO-LOOP

AGRO-LOOP is one of the Euroclusters funded by the European Union's Single Market Programme. It brings together five cluster organisations from five countries that work on the circular bio-economy of the agri-food ecosystem: using side-streams from fruit, vegetable and dairy processing, reducing packaging waste, and turning residues into feed, fertiliser or new ingredients. The consortium is coordinated by Asociația Clusterul Agroalimentar Olt (CAO) in Slatina, Romania.

Consortium partners:
- Asociația Clusterul Agroalimentar Olt (CAO), Slatina, Romania – coordinator
- Vestjysk Fødevareklynge, Varde, Denmark
- Lubuski Klaster Rolno-Spożywczy, Gorzów Wielkopolski, Poland
- Clúster de la Fruta de Lleida (CFL), Lleida, Spain
- Institutul Național de Cercetare-Dezvoltare pentru Bioresurse (INCDB), Bucharest, Romania – technology partner

2. What the call supports

Open Call 2 funds pilots in which an SME tests a circular solution in its own production, alone or with a technology provider. Examples:
- valorisation of fruit pomace, whey or brewers' grain into a marketable product;
- replacement of single-use plastic packaging with compostable or reusable solutions;
- digital tools for tracing and reducing food losses along the supply chain;
- energy recovery from processing residues.

Pilots last up to nine months, between 1 September 2038 and 31 May 2039. A grant covers up to 100% of eligible costs, up to EUR 60,000. At least 30% of the budget is reserved for SMEs from the Western Balkans and from regions with a GDP per head below 75% of the EU average.

3. Who can apply

- SMEs as defined by Commission Recommendation 2003/361/EC, established in an EU Member State or a country associated to the Single Market Programme;
- active in the agri-food ecosystem (primary production, processing, packaging, retail or related technology);
- not in difficulty and not already funded under Open Call 1 of AGRO-LOOP.

Cluster organisations, large companies and public bodies cannot apply as lead applicants but may act as subcontractors.

4. How to apply

Applications are submitted in English through the AGRO-LOOP application portal. An application consists of a short online form, a pilot description of at most eight pages and a budget table. Applications are assessed by two independent evaluators against excellence, impact and implementation. The results will be communicated by 15 July 2038.

5. Info sessions

Two online info sessions will take place:
- Wednesday 17 March 2038, 10:00–11:30 CET (in English, with Romanian and Polish Q&A rooms)
- Thursday 8 April 2038, 14:00–15:30 CET (in English, with Danish and Spanish Q&A rooms)
Registration on the AGRO-LOOP website; the recordings will be published afterwards.

6. Lessons learnt from Open Call 1

Open Call 1 closed on 12 November 2037 with 96 applications from 17 countries; 21 SMEs were funded. In the feedback survey, applicants and evaluators pointed to the following lessons learnt:
- Applicants who talked to their local cluster before submitting scored on average 1.4 points higher
- Budget tables were the most frequent reason for rejection; a template is now mandatory
- Pilots with a named technology provider were delivered on time far more often
- Eight pages are enough: longer descriptions did not score better

7. Contact

Call manager: Ioana-Maria Dumitrescu, CAO, Slatina – opencall@agroloop.example.eu
Regional help desks:
- Denmark: Mads Kjærgaard Holm, innovation consultant, Vestjysk Fødevareklynge
- Poland: Agnieszka Wróbel-Szymańska, project manager, Lubuski Klaster Rolno-Spożywczy
- Spain: Jordi Puigdemasa i Roca, Director, Clúster de la Fruta de Lleida

Frequently asked questions

Q: Can a company that received funding from another Eurocluster apply?
A: Yes, provided the costs are not funded twice.

Q: Can two SMEs apply together?
A: No. Each application has one SME applicant; a second SME can take part as subcontractor.

Q: Is VAT eligible?
A: Only where it is not recoverable under national law.

Q: What happens if the pilot

[Show more questions]

Share: LinkedIn · Facebook · X · E-mail
Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs Executive Agency (EISMEA). Neither the European Union nor the granting authority can be held responsible for them.
© 2038 AGRO-LOOP consortium · Privacy · Cookies
"""
write(F, T)
C="Asociația Clusterul Agroalimentar Olt"; V="Vestjysk Fødevareklynge"; L="Lubuski Klaster Rolno-Spożywczy"; S="Clúster de la Fruta de Lleida"
gold(F,
 [P("Ioana-Maria Dumitrescu","Call manager","CAO"),
  P("Mads Kjærgaard Holm","innovation consultant",V),
  P("Agnieszka Wróbel-Szymańska","project manager",L),
  P("Jordi Puigdemasa i Roca","Director",S)],
 [O(C,"CAO"), O(V), O(L), O(S,"CFL"),
  O("Institutul Național de Cercetare-Dezvoltare pentru Bioresurse","INCDB"),
  O("European Union"), O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("info sessions","2038-03-17",None,None,None),
  E("info sessions","2038-04-08",None,None,None)],
 ["2038-03-03","2038-05-14","2038-09-01/2039-05-31","2038-07-15","2038-03-17","2038-04-08","2037-11-12"],
 ["Applicants who talked to their local cluster before submitting scored on average 1.4 points higher",
  "Budget tables were the most frequent reason for rejection; a template is now mandatory",
  "Pilots with a named technology provider were delivered on time far more often",
  "Eight pages are enough: longer descriptions did not score better"],
 pub="2038-03-03")
