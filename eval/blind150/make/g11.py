from h import *
F = 'g11_siena_member_survey.txt'
assert wd(2035,6,22)=='Friday' and wd(2035,7,10)=='Tuesday' and wd(2035,5,30)=='Wednesday'
T = """VESLN | Val d'Elsa & Siena Life Sciences Network
Home | Who we are | Members | Services | Publications | Events | Contact | IT / EN

PUBLICATIONS > SURVEYS

Member Survey 2035: what our members need from the network
Summary of results

Published: 30 May 2035 | Reading time: 5 minutes | Download full report (PDF, 1.8 MB)

Every two years the Val d'Elsa & Siena Life Sciences Network (VESLN) asks its members how they are doing and what they expect from the cluster. The 2035 survey ran from 3 March to 11 April 2035 and was carried out with the Department of Business and Law of the Università degli Studi di Siena. It received 87 answers from 132 members: 54 companies, 19 research groups and laboratories, 8 service providers and 6 public or non-profit bodies.

The survey was coordinated by Dr Francesca Bellini-Sørensen, head of studies at VESLN, and analysed by Prof. Lorenzo Piccolomini and his team at the university.

WHO ANSWERED
- 61% of responding companies have fewer than 50 employees
- 23 companies work in vaccines and biologics, 14 in diagnostics, 11 in medical devices and 6 in digital health
- more than half of the companies were founded after 2025

HOW MEMBERS RATE THE NETWORK
Members gave the network an average score of 7.6 out of 10, up from 7.1 in the 2033 survey. The best-rated services are the matchmaking days with large companies and the regulatory clinics run with Toscana Life Sciences Foundation (TLS). The weakest score again went to support for international fundraising.

Small companies in particular say that access to the pilot manufacturing facilities of GSK Vaccines S.r.l. in Rosia and to the bioinformatics platform of the university has been "decisive" for their first clinical batches. Several respondents asked for more evening events in Poggibonsi and Colle di Val d'Elsa, since most activities take place in Siena.

KEY TAKEAWAYS
1. Skills are now the first concern: 68% of companies struggled to hire quality assurance and regulatory staff in the past year
2. Members want fewer general events and more small, thematic working groups with clear outputs
3. Access to shared pilot facilities matters more to start-ups than direct funding
4. International fundraising support is the service gap most often named, especially for Series A rounds
5. Members are willing to share anonymised data so that the network can speak for the sector with one voice

WHAT HAPPENS NEXT
The results were discussed at a board meeting on 26 May. The board will present a revised service plan for 2036–2038 to the Annual Members' Meeting on Friday 22 June 2035 at the Santa Maria della Scala complex in Siena. The meeting will be opened by the President of VESLN, Ngozi Adeyemi-Conti, CEO of the diagnostics company Chiantigen S.p.A.

A webinar for members who cannot attend in person, "Survey 2035: results and next steps", will follow on Tuesday 10 July 2035 at 11:00 CEST. Registration closes on 6 July.

"The survey tells us clearly where we are useful and where we are not," said Henrik Ljungberg, general manager of VESLN. "We will stop some activities to do the important ones better."

The survey was co-financed by Fondazione Monte dei Paschi di Siena and by Regione Toscana through its support for regional innovation clusters.

ABOUT THE SURVEY
The online questionnaire contained 34 questions in Italian and English. Answers were anonymous; results for groups smaller than five members are not shown. The full report includes the comparison with the surveys of 2031 and 2033.

Contacts: studi@vesln.example.it | +39 0577 000 000
VESLN – Val d'Elsa & Siena Life Sciences Network, Via Fiorentina 1, 53100 Siena

Share: LinkedIn | X | Email        Print this page

Cookie settings | Privacy | Legal notes
(c) 2035 VESLN
"""
write(F, T)
V="Val d'Elsa & Siena Life Sciences Network"
gold(F,
 [P("Francesca Bellini-Sørensen","head of studies","VESLN"),
  P("Lorenzo Piccolomini",None,"Università degli Studi di Siena"),
  P("Ngozi Adeyemi-Conti","President","VESLN"),
  P("Henrik Ljungberg","general manager","VESLN")],
 [O(V,"VESLN"), O("Department of Business and Law"), O("Università degli Studi di Siena"),
  O("Toscana Life Sciences Foundation","TLS"), O("GSK Vaccines S.r.l."), O("Chiantigen S.p.A."),
  O("Fondazione Monte dei Paschi di Siena"), O("Regione Toscana")],
 [E("Annual Members' Meeting","2035-06-22",None,"Siena","Italy"),
  E("Survey 2035: results and next steps","2035-07-10",None,None,None),
  E("board meeting","2035-05-26",None,None,None)],
 ["2035-05-30","2035-03-03/2035-04-11","2025","2033","2035-05-26","2036/2038","2035-06-22","2035-07-10","2035-07-06","2031","2035"],
 ["Skills are now the first concern: 68% of companies struggled to hire quality assurance and regulatory staff in the past year",
  "Members want fewer general events and more small, thematic working groups with clear outputs",
  "Access to shared pilot facilities matters more to start-ups than direct funding",
  "International fundraising support is the service gap most often named, especially for Series A rounds",
  "Members are willing to share anonymised data so that the network can speak for the sector with one voice"],
 pub="2035-05-30")
