from h import *
F = 'g11_heatloop_partner_meeting_gorzow-pdf.txt'
assert wd(2034,6,13)=='Tuesday' and wd(2034,6,14)=='Wednesday' and wd(2034,12,5)=='Tuesday' and wd(2034,10,16)=='Monday'
T = """HEATLOOP – Interreg Central Europe                     Deliverable D1.2.3 – Minutes of the 3rd Partner Meeting

HEATLOOP
Closing industrial heat loops in Central European clusters

MINUTES OF THE 3rd PARTNER MEETING
Gorzów Wielkopolski (Poland), 13–14 June 2034

Version 1.1 – final, approved by the Steering Committee on 31 July 2034
Prepared by: Lubuskie Cluster for Energy and Metal Industries (LKEM), host partner
Dissemination level: public




                                                                                                   1
HEATLOOP – Interreg Central Europe                     Deliverable D1.2.3 – Minutes of the 3rd Partner Meeting

1. Participants

The meeting was held at the Science and Technology Park of the Gorzów Academy of Applied Sciences (AJP), ul. Chopina 52. Twenty-three people from all nine partner organisa-
tions attended in person; two joined online.

Lead partner: Upper Austrian Energy and Industry Cluster, represented by Mag. Theresa Pichler-Aigner (project coordinator) and DI Florian Gschwandtner (financial manager).
Partners: Lubuskie Cluster for Energy and Metal Industries (LKEM) – Dr inż. Marek Ciesielski (cluster president), Agata Wójtowicz-Lis (project officer); Fraunhofer Institute for Factory Operation and Automation IFF, Magdeburg – Prof. Dr.-Ing. Hans-Jürgen zu Löwenstein; Moravian-Silesian Energy Cluster – Ing. Kateřina Dvořáková, Ph.D.; Pannon Industrial Heat Cluster, Győr – Dr. Gábor Szalai-Nemes; Slovenian Energy Efficiency Partnership – mag. Urška Kovač Žagar; Bratislava Self-Governing Region – Ing. Peter Hudák; Gorzów Academy of Applied Sciences (AJP) – dr hab. Joanna Krasowska-Pietrzak; Energy Agency of Friuli Venezia Giulia (APE FVG) – Ing. Matteo De Santis (online).
Observers: Tomasz Kubiak, Director of the Department of Economy, Marshal's Office of the Lubuskie Voivodeship; Dr. Roswitha Mayr-Bachler, Joint Secretariat of Interreg Central Europe, Vienna (online, item 5 only).

2. Welcome and opening (Tuesday, 13 June, 10:00)

Dr inż. Marek Ciesielski welcomed the partners to Gorzów and recalled that the city's district heating network already takes waste heat from two metal-processing plants. Mag. Pichler-Aigner thanked the host and summarised the state of the project at month 14: all work packages are on schedule except the pilot in Győr, where the heat exchanger delivery has slipped by three months.

3. Work package reports

WP1 Management: the second progress report was submitted on 30 April 2034 and approved without remarks. Spending stands at 41 % of the budget.
WP2 Heat mapping: the industrial heat atlas now covers 1,214 sites in the seven part-
ner regions. Prof. zu Löwenstein presented the method for estimating low-temperature heat (below 90 °C), which is the largest and least used fraction. The atlas will be published in English and in the partner languages by October.
WP3 Pilots: five pilots are running. In Gorzów Wielkopolski, the foundry Odlewnia Warta Sp. z o.o. will deliver heat to a greenhouse from the autumn. In Ostrava, the pilot at Vítkovice Steel Heat s.r.o. passed its commissioning test on 2 June 2034. The pilot in Győr is delayed (see above). Dr. Szalai-Nemes asked for a budget shift of EUR 18,000 from equipment to external expertise.
WP4 Policy and transfer: Ing. Peter Hudák presented the first draft of the policy brief on heat in regional energy plans. Partners agreed that the brief should address managing authorities directly and stay under eight pages.

4. Site visits (Wednesday, 14 June)

In the morning the partners visited the Odlewnia Warta foundry and the PGE Gorzów combined heat and power plant, where engineer Bartosz Szymański explained the connection of industrial heat sources to the municipal network. In the afternoon a round table with 16 member companies of LKEM discussed the barriers to selling heat: contracts, metering and the risk that a plant closes.

5. Communication and the final conference

Agata Wójtowicz-Lis presented the communication report (1,900 newsletter subscribers, 4 press articles, 2 videos). The final conference will be held in Linz on 5–6 December 2034, back to back with the Energiesparmesse network day. Dr. Mayr-Bachler reminded partners of the new rules for publicity on equipment purchased with pro-
gramme funds.

6. Decisions

- The budget shift of EUR 18,000 in the Győr pilot is approved, subject to the agreement of the Joint Secretariat
- The policy brief will be finalised by 16 October 2034 and presented at the final conference
- The heat atlas will be released under an open licence
- The 4th Partner Meeting will take place in Ostrava on 26–27 September 2034, hosted by the Moravian-Silesian Energy Cluster

7. Next steps and deadlines

Timesheets and invoices for the fourth reporting period are due on 31 July 2034. WP leaders send their contributions to the interim evaluation to the lead partner by 15 September 2034.

                                                                                                   2
HEATLOOP – Interreg Central Europe                     Deliverable D1.2.3 – Minutes of the 3rd Partner Meeting

Annex – contacts for the minutes

Minutes taken by Agata Wójtowicz-Lis (LKEM) and reviewed by Mag. Theresa Pichler-Aigner. Comments from partners were received until 7 July 2034 and included in version 1.1.

The HEATLOOP project is co-funded by the European Union under the Interreg Central Europe programme. The content reflects only the authors' views.




                                                                                                   3
"""
write(F, T)
L = "Lubuskie Cluster for Energy and Metal Industries"
gold(F,
 [P("Theresa Pichler-Aigner","project coordinator","Upper Austrian Energy and Industry Cluster"),
  P("Florian Gschwandtner","financial manager","Upper Austrian Energy and Industry Cluster"),
  P("Marek Ciesielski","cluster president",L),
  P("Agata Wójtowicz-Lis","project officer",L),
  P("Hans-Jürgen zu Löwenstein",None,"Fraunhofer Institute for Factory Operation and Automation IFF"),
  P("Kateřina Dvořáková",None,"Moravian-Silesian Energy Cluster"),
  P("Gábor Szalai-Nemes",None,"Pannon Industrial Heat Cluster"),
  P("Urška Kovač Žagar",None,"Slovenian Energy Efficiency Partnership"),
  P("Peter Hudák",None,"Bratislava Self-Governing Region"),
  P("Joanna Krasowska-Pietrzak",None,"Gorzów Academy of Applied Sciences"),
  P("Matteo De Santis",None,"Energy Agency of Friuli Venezia Giulia"),
  P("Tomasz Kubiak","Director of the Department of Economy","Marshal's Office of the Lubuskie Voivodeship"),
  P("Roswitha Mayr-Bachler",None,"Joint Secretariat of Interreg Central Europe"),
  P("Bartosz Szymański","engineer","PGE Gorzów combined heat and power plant")],
 [O(L,"LKEM"), O("Science and Technology Park of the Gorzów Academy of Applied Sciences"),
  O("Gorzów Academy of Applied Sciences","AJP"), O("Upper Austrian Energy and Industry Cluster"),
  O("Fraunhofer Institute for Factory Operation and Automation IFF"), O("Moravian-Silesian Energy Cluster"),
  O("Pannon Industrial Heat Cluster"), O("Slovenian Energy Efficiency Partnership"), O("Bratislava Self-Governing Region"),
  O("Energy Agency of Friuli Venezia Giulia","APE FVG"), O("Marshal's Office of the Lubuskie Voivodeship"), O("Joint Secretariat of Interreg Central Europe"),
  O("Odlewnia Warta Sp. z o.o."), O("Vítkovice Steel Heat s.r.o."),
  O("PGE Gorzów combined heat and power plant")],
 [E("3rd Partner Meeting","2034-06-13","2034-06-14","Gorzów Wielkopolski","Poland"),
  E("Site visits","2034-06-14",None,"Gorzów Wielkopolski","Poland"),
  E("round table","2034-06-14",None,"Gorzów Wielkopolski","Poland"),
  E("final conference","2034-12-05","2034-12-06","Linz","Austria"),
  E("Energiesparmesse network day",None,None,"Linz","Austria"),
  E("4th Partner Meeting","2034-09-26","2034-09-27","Ostrava","Czechia")],
 ["2034-06-13/2034-06-14","2034-07-31","2034-06-13","2034-06-14","2034-04-30","2034-10","2034-06-02","2034-12-05/2034-12-06",
  "2034-10-16","2034-09-26/2034-09-27","2034-09-15","2034-07-07"],
 ["The budget shift of EUR 18,000 in the Győr pilot is approved, subject to the agreement of the Joint Secretariat",
  "The policy brief will be finalised by 16 October 2034 and presented at the final conference",
  "The heat atlas will be released under an open licence",
  "The 4th Partner Meeting will take place in Ostrava on 26–27 September 2034, hosted by the Moravian-Silesian Energy Cluster"], "2034-07-31")
