from h import *
F = 'g12_seatour_eurocluster_final_report-pdf.txt'
assert wd(2038,6,3)=='Thursday' and wd(2037,10,7)=='Wednesday'
H1 = "SEATOUR Eurocluster · Final Technical Report (summary) · Public"
def foot(n): return f"Co-funded by the European Union – Single Market Programme          Page {n} of 6"
T = f"""{H1}

SEATOUR – Sustainable coastal and
island tourism Eurocluster
Final Technical Report – Executive sum-
mary
Reporting period: 1 September 2035 –
31 August 2038
Submitted: 30 September 2038

Prepared by the coordinator, Destination
Vadehavskysten (Ribe, Denmark), with con-
tributions from all consortium partners.

{foot(1)}
\f{H1}

1. The consortium

SEATOUR brought together seven cluster
organisations from coastal and island re-
gions:

Destination Vadehavskysten (Denmark) – coordinator
Cluster Turismo Algarve (Portugal)
Pomorski Klaster Turystyczny (Poland)
Cluster Marittimo del Salento (Italy)
Turismo Zamora-Duero Asociación Empresarial (Spain)
Saaremaa Turismiklaster MTÜ (Estonia)
Nordsee-Tourismus-Service GmbH (Germany)

The consortium was led by project director Mette Kjærgaard Lund,
supported by financial officer Anders Bech. The EISMEA project adviser
for most of the action was Mr Giorgos Antonopoulos.

2. What we did

Over three years SEATOUR ran two open calls for SMEs. In total
EUR 1.44 million of financial support to third parties was paid to
118 small tourism firms, mostly family-run guest houses, boat opera-
tors, small food producers and guiding services. Support took the
form of vouchers for green certification, digital booking tools and
training.

The partners met seven times. The kick-off meeting took place in
Ribe on 13–14 October 2035. The mid-term conference “Islands and
shores in transition” was held in Kuressaare on 7 October 2037, a
Wednesday, back to back with a study visit to three farms on Muhu.
The final event, “Coastal tourism after the crowds”, was hosted in
Lecce on Thursday 3 June 2038 by Cluster Marittimo del Salento, with
130 participants and a closing keynote by Prof. Isabella Greco,
Università del Salento.

{foot(2)}
\f{H1}

3. Key figures

- 118 SMEs supported (target: 100)
- 47 SMEs obtained a recognised eco-label for the first
  time
- 23 cross-border cooperation agreements between SMEs
- 6 online training modules, followed by 612 partici-
  pants
- 2 joint tourism packages sold in 2038 across Den-
  mark and Germany

4. Key findings

The final evaluation was carried out by the external evaluator
Dr. Tomasz Wróblewski (Instytut Turystyki Morskiej, Gdynia). His main
findings were:

1. Small vouchers of up to EUR 10,000 reached businesses that had never applied for EU funding before
2. Green certification was the most requested support, but many SMEs needed help with the paperwork more than with the fee
3. Cross-border packages only worked where two clusters already knew each other before the project
4. The seasonality problem was not solved; off-season demand grew only in the Danish and Estonian pilots

{foot(3)}
\f{H1}

5. Lessons learnt

The consortium draws the following lessons for future Euroclusters:

- Keep the application form for SMEs to a maximum of four pages
- Plan the second open call only after the results of the first are known
- Budget staff time for one-to-one coaching of applicants
- Involve regional tourism boards early, as they own the destination brands

6. Sustainability

Five partners signed a Memorandum of Understanding in Lecce to
continue the network as the SEATOUR Alliance from 2039, with an annual
membership fee. Cluster Turismo Algarve will chair the alliance in its
first year. A joint application to Interreg Europe is being prepared.

{foot(4)}
\f{H1}

7. Contacts

Mette Kjærgaard Lund, project director, Destination Vadehavskysten,
Torvet 3, 6760 Ribe, Denmark
Paweł Sikorski, cluster manager, Pomorski Klaster Turystyczny, Sopot
Kadri Sepp, head of the board, Saaremaa Turismiklaster MTÜ

Disclaimer: Funded by the European Union. Views and opinions ex-
pressed are however those of the author(s) only and do not neces-
sarily reflect those of the European Union or EISMEA. Neither the
European Union nor the granting authority can be held responsible
for them.

{foot(5)}
"""
write(F, T)
DV="Destination Vadehavskysten"
gold(F,
 [P("Mette Kjærgaard Lund","project director",DV),
  P("Anders Bech","financial officer",None),
  P("Giorgos Antonopoulos","project adviser","EISMEA"),
  P("Isabella Greco",None,"Università del Salento"),
  P("Tomasz Wróblewski","external evaluator","Instytut Turystyki Morskiej"),
  P("Paweł Sikorski","cluster manager","Pomorski Klaster Turystyczny"),
  P("Kadri Sepp","head of the board","Saaremaa Turismiklaster MTÜ")],
 [O(DV), O("Cluster Turismo Algarve"), O("Pomorski Klaster Turystyczny"), O("Cluster Marittimo del Salento"),
  O("Turismo Zamora-Duero Asociación Empresarial"), O("Saaremaa Turismiklaster MTÜ"), O("Nordsee-Tourismus-Service GmbH"),
  O("EISMEA"), O("Università del Salento"), O("Instytut Turystyki Morskiej"), O("SEATOUR Alliance")],
 [E("kick-off meeting","2035-10-13","2035-10-14","Ribe","Denmark"),
  E("Islands and shores in transition","2037-10-07",None,"Kuressaare","Estonia"),
  E("study visit to three farms on Muhu","2037-10",None,None,"Estonia"),
  E("Coastal tourism after the crowds","2038-06-03",None,"Lecce","Italy")],
 ["2035-09-01/2038-08-31","2038-09-30","2035-10-13/2035-10-14","2037-10-07","2038-06-03","2038","2039"],
 ["Small vouchers of up to EUR 10,000 reached businesses that had never applied for EU funding before",
  "Green certification was the most requested support, but many SMEs needed help with the paperwork more than with the fee",
  "Cross-border packages only worked where two clusters already knew each other before the project",
  "The seasonality problem was not solved; off-season demand grew only in the Danish and Estonian pilots",
  "Keep the application form for SMEs to a maximum of four pages",
  "Plan the second open call only after the results of the first are known",
  "Budget staff time for one-to-one coaching of applicants",
  "Involve regional tourism boards early, as they own the destination brands"],
 pub="2038-09-30")
