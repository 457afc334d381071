from h import *
F = 'g14_agrodigit_open_call_zamora.txt'
assert wd(2036,2,11)=='Monday' and wd(2036,3,19)=='Wednesday' and wd(2036,4,30)=='Wednesday' and wd(2036,5,29)=='Thursday'
T = """AGRODIGIT EUROCLUSTER – OPEN CALL No. 2 FOR SMEs
Digital tools for small agri-food processors in rural Europe
Published: Monday 11 February 2036 | Deadline: Wednesday 30 April 2036, 17:00 CEST

Home > Open calls > Open Call 2
[English] [Español] [Polski] [Română]

-------------------------------------------------------------

WHAT IS AGRODIGIT?

AGRODIGIT is a Eurocluster co-funded by the European Union's Single Market Programme. Six cluster organisations have joined forces to help small agri-food companies adopt digital tools, from traceability to energy monitoring. The action runs from 1 September 2034 to 31 August 2037.

The consortium:
- Clúster Agroalimentario de Castilla y León – VITARTIS (Spain), coordinator
- Asociación Zamorana de Empresas Agroalimentarias – AZEA (Spain)
- Klaster Spożywczy Polski Wschodniej (Poland)
- Asociația Clusterului Agro-Food Transilvania (Romania)
- Agri-Food Cluster Ribe-Vadehavet (Denmark)
- Cluster Agroalimentaire de Wallonie – Wagralim Sud (Belgium)

-------------------------------------------------------------

WHAT DOES THE CALL OFFER?

The call offers grants of up to EUR 30,000 per SME for a digitalisation project lasting at most nine months. A total budget of EUR 960,000 is available. About 35 SMEs will be funded.

Eligible activities include:
- purchase and installation of traceability or quality-control software
- sensors and energy-monitoring systems in processing lines
- e-commerce tools linked to short supply chains
- training of staff to use the new tools
- cooperation with an SME from another partner region (bonus of EUR 5,000)

WHO CAN APPLY?

- micro, small and medium-sized enterprises as defined by the European Commission
- registered in an EU Member State or a country associated to the Single Market Programme
- active in food or drink processing, with fewer than 250 employees
- not having received funding in Open Call 1

Companies from the six partner regions will receive five extra points in the evaluation, but applications from other regions are welcome.

-------------------------------------------------------------

WHY APPLY?

- Up to 100% of eligible costs are covered
- Coaching by a cluster expert during the whole project
- Access to the AGRODIGIT network of 1,100 companies

-------------------------------------------------------------

KEY DATES

11 February 2036    Call opens
24 February 2036    Online info session (English), 11:00–12:00 CET
19 March 2036       Info day in Zamora, Hotel NH Palacio del Duero, 10:00–13:30
20 March 2036       Online info session (Spanish and Romanian), 10:00–11:00 CET
30 April 2036       Call closes, 17:00 CEST
29 May 2036         Evaluation results communicated (Thursday)
June 2036           Signature of grant agreements; projects start

At the info day in Zamora, Rocío Alonso Bermejo, AZEA's innovation manager, will present the call, and Javier Lorenzo Calvo, head of the digital business unit at the Junta de Castilla y León delegation in Zamora, will present the regional digitalisation vouchers that can be combined with AGRODIGIT. The morning ends with B2B meetings between applicants and technology providers (11:30–13:30).

-------------------------------------------------------------

HOW TO APPLY

Applications are submitted only through the online form on the AGRODIGIT website. The form has four sections: company data, current situation, planned project and budget. A short video pitch (maximum two minutes) is optional.

Evaluation is done by two independent external experts per application. The evaluation committee is chaired by Dr. Agnieszka Zielińska-Marek of Klaster Spożywczy Polski Wschodniej.

-------------------------------------------------------------

HELP DESK

Questions about the call: opencall@agrodigit.example.eu
Spain: Rocío Alonso Bermejo (AZEA), Zamora
Poland: Piotr Sadowski (Klaster Spożywczy Polski Wschodniej), Lublin
Romania: Andreea Bogdan (Asociația Clusterului Agro-Food Transilvania), Alba Iulia
Denmark: Line Mikkelsen (Agri-Food Cluster Ribe-Vadehavet), Ribe
Belgium: Thomas Lejeune (Wagralim Sud), Arlon

-------------------------------------------------------------

FAQ

Q: Can a company that applied but was not funded in Open Call 1 apply again?
A: Yes. Only companies that received funding are excluded.

Q: Can we buy second-hand equipment?
A: No. Only new equipment and software licences are eligible.

Q: Is VAT eligible?
A: Only if it cannot be recovered under national law. Please attach a state-
"""
write(F, T)
gold(F,
 [P("Rocío Alonso Bermejo","innovation manager","AZEA"),
  P("Javier Lorenzo Calvo","head of the digital business unit","Junta de Castilla y León"),
  P("Agnieszka Zielińska-Marek",None,"Klaster Spożywczy Polski Wschodniej"),
  P("Piotr Sadowski",None,"Klaster Spożywczy Polski Wschodniej"),
  P("Andreea Bogdan",None,"Asociația Clusterului Agro-Food Transilvania"),
  P("Line Mikkelsen",None,"Agri-Food Cluster Ribe-Vadehavet"),
  P("Thomas Lejeune",None,"Wagralim Sud")],
 [O("Clúster Agroalimentario de Castilla y León","VITARTIS"), O("Asociación Zamorana de Empresas Agroalimentarias","AZEA"),
  O("Klaster Spożywczy Polski Wschodniej"), O("Asociația Clusterului Agro-Food Transilvania"),
  O("Agri-Food Cluster Ribe-Vadehavet"), O("Cluster Agroalimentaire de Wallonie – Wagralim Sud"),
  O("European Commission"), O("Junta de Castilla y León")],
 [E("Online info session (English)","2036-02-24"),
  E("Info day","2036-03-19",None,"Zamora","Spain"),
  E("B2B meetings","2036-03-19",None,"Zamora","Spain"),
  E("Online info session (Spanish and Romanian)","2036-03-20")],
 ["2036-02-11","2036-04-30","2034-09-01/2037-08-31","2036-02-24","2036-03-19","2036-03-20","2036-05-29","2036-06"],
 [], pub="2036-02-11")
