from h import *
F = 'g07_seaweed_link_final_conference_programme.txt'
assert wd(2041,4,9)=='Tuesday' and wd(2041,4,10)=='Wednesday' and wd(2041,3,29)=='Friday'
T = """SEAWEED-LINK Final Conference
"From pilot to market: building the Atlantic seaweed value chain"
9–10 April 2041 | Cork, Ireland
Venue: The Kingsley Hotel, Victoria Cross, Cork
Organised by BIM Seaweed Cluster Ireland on behalf of the SEAWEED-LINK partnership
Interreg Atlantic Area | Co-funded by the European Union

PROGRAMME (version of 2 April 2041 – subject to change)
Registration closes on 29 March 2041 (Friday). Participation is free of charge; lunches are included.
Interpretation EN/FR/ES/PT is provided in the plenary room.

----------------------------------------------------------------------
DAY 1 – TUESDAY 9 APRIL 2041
----------------------------------------------------------------------

08:30  Registration and coffee

09:15  Welcome
       Siobhán Ní Mhurchú, Chief Executive, BIM Seaweed Cluster Ireland
       Cllr Declan O'Sullivan, Lord Mayor of Cork
       Video message: Kristīne Ozola, Head of Unit, Joint Secretariat of the Interreg Atlantic Area

09:45  Keynote: "Four years of SEAWEED-LINK – what we have learned"
       Dr. Fionnuala Brennan, project coordinator, University College Cork (UCC)

10:15  PANEL 1 – Cultivation at scale: licences, sites and risks
       Moderator: Pierre-Yves Le Goff, director, Pôle Mer Bretagne Atlantique
       - Áine Kavanagh, seaweed farmer, Bantry Bay Seaweeds Ltd
       - Dr. Miguel Ángel Pazos Otero, researcher, Centro Tecnológico del Mar – CETMAR (Vigo)
       - Rita Coutinho, head of aquaculture licensing,
         Direção-Geral de Recursos Naturais, Segurança e Serviços Marítimos (DGRM)
       - Hamish MacLeod, operations manager, Hebridean Kelp Co-operative

11:30  Coffee break

11:50  PANEL 2 – Food, feed and beyond: products that sell
       Moderator: Joana Feio, innovation manager, Fórum Oceano – Associação da Economia do Mar
       - Yann Kervella, founder, Algues & Co SAS (Roscoff)
       - Dr. Laura Iglesias Rodríguez, CEO, Galician Algae Foods SL
       - Eoin Fitzgerald, purchasing director, Munster Dairy Co-operative
       - Prof. Catherine Duval, Station Biologique de Roscoff

13:00  Lunch and poster session of the pilot actions

14:15  Parallel workshops
       A. Financing seaweed start-ups – facilitated by Niamh Corcoran, Enterprise Ireland
       B. Standards and certification for seaweed food – facilitated by Dr. Tomás Abreu, University of the Azores
       C. Skills for the blue bioeconomy – facilitated by Gwenaëlle Rivoal, Technopôle Quimper-Cornouaille

16:00  Reporting back from the workshops (plenary)

16:30  SEAWEED-LINK Awards for the best pilot action
       Presented by Dr. Fionnuala Brennan and Siobhán Ní Mhurchú

19:30  Conference dinner at the Crawford Art Gallery (registered participants only)

----------------------------------------------------------------------
DAY 2 – WEDNESDAY 10 APRIL 2041
----------------------------------------------------------------------

09:00  Keynote: "The EU algae initiative after 2040"
       Luisa Fernandes Machado, policy officer, European Commission, DG MARE

09:30  PANEL 3 – Policy recommendations of the project
       Moderator: Dr. Seán Ó Riordáin, senior lecturer, University College Cork
       - Marie-Claire Lebrun, Région Bretagne
       - Xosé Manuel Rial, Consellería do Mar, Xunta de Galicia
       - Helena Sousa Pinto, Comissão de Coordenação e Desenvolvimento Regional do Norte (CCDR-N)
       - Pat Hegarty, Southern Regional Assembly

10:45  Presentation of the SEAWEED-LINK policy recommendations
       Dr. Fionnuala Brennan and Pierre-Yves Le Goff

11:15  Coffee break

11:30  Closing session: "What next for Atlantic seaweed?"
       Interview with the partners of the follow-up proposal, moderated by journalist Orla Keane (RTÉ)

12:30  Conclusions and farewell
       Siobhán Ní Mhurchú

13:00  Lunch

14:30  Site visit to the Bantry Bay seaweed farm and the processing plant of Bantry Bay Seaweeds Ltd
       (coach from the hotel; return at 19:00; places limited to 45 – please tick the option when registering)

----------------------------------------------------------------------
PRACTICAL INFORMATION
----------------------------------------------------------------------
Venue: The Kingsley Hotel, Victoria Cross, Cork T12 N8XK. Airport shuttle every 30 minutes.
Accommodation: a block of rooms is held at the venue until 20 March 2041; quote "SEAWEED-LINK".
Registration: www.example-seaweedlink.eu/final-conference
Contact: Ciara Dunne, events officer, BIM Seaweed Cluster Ireland, events@example-bimseaweed.ie,
+353 21 000 4455

SEAWEED-LINK PARTNERS
University College Cork (IE, lead partner) | BIM Seaweed Cluster Ireland (IE) | Pôle Mer Bretagne Atlantique
(FR) | Station Biologique de Roscoff (FR) | Centro Tecnológico del Mar – CETMAR (ES) | Fórum Oceano – Associação
da Economia do Mar (PT) | University of the Azores (PT) | Technopôle Quimper-Cornouaille (FR) |
Scottish Association for Marine Science (UK, associated partner)

ABOUT THE PROJECT
SEAWEED-LINK (2037–2041) brought together nine organisations from four countries to develop seaweed cultivation
and processing in the Atlantic regions. Its pilot actions tested eleven new products with 38 companies, trained
more than 300 people in seaweed farming and processing, and drafted 14 policy recommendations for regional and
national authorities. All results are available in the project library.

Follow the conference: #SeaweedLink2041 | Photos and presentations will be published after the event.
Please note that photographs and video will be taken during the conference for communication purposes.
"""
write(F, T)
gold(F,
 [P('Siobhán Ní Mhurchú','Chief Executive','BIM Seaweed Cluster Ireland'),
  P("Declan O'Sullivan",'Lord Mayor of Cork'),
  P('Kristīne Ozola','Head of Unit','Joint Secretariat of the Interreg Atlantic Area'),
  P('Fionnuala Brennan','project coordinator','University College Cork'),
  P('Pierre-Yves Le Goff','director','Pôle Mer Bretagne Atlantique'),
  P('Áine Kavanagh','seaweed farmer','Bantry Bay Seaweeds Ltd'),
  P('Miguel Ángel Pazos Otero','researcher','Centro Tecnológico del Mar – CETMAR'),
  P('Rita Coutinho','head of aquaculture licensing','Direção-Geral de Recursos Naturais, Segurança e Serviços Marítimos'),
  P('Hamish MacLeod','operations manager','Hebridean Kelp Co-operative'),
  P('Joana Feio','innovation manager','Fórum Oceano – Associação da Economia do Mar'),
  P('Yann Kervella','founder','Algues & Co SAS'),
  P('Laura Iglesias Rodríguez','CEO','Galician Algae Foods SL'),
  P('Eoin Fitzgerald','purchasing director','Munster Dairy Co-operative'),
  P('Catherine Duval',None,'Station Biologique de Roscoff'),
  P('Niamh Corcoran',None,'Enterprise Ireland'),
  P('Tomás Abreu',None,'University of the Azores'),
  P('Gwenaëlle Rivoal',None,'Technopôle Quimper-Cornouaille'),
  P('Luisa Fernandes Machado','policy officer','DG MARE'),
  P('Seán Ó Riordáin','senior lecturer','University College Cork'),
  P('Marie-Claire Lebrun',None,'Région Bretagne'),
  P('Xosé Manuel Rial',None,'Consellería do Mar, Xunta de Galicia'),
  P('Helena Sousa Pinto',None,'Comissão de Coordenação e Desenvolvimento Regional do Norte'),
  P('Pat Hegarty',None,'Southern Regional Assembly'),
  P('Orla Keane','journalist','RTÉ'),
  P('Ciara Dunne','events officer','BIM Seaweed Cluster Ireland')],
 [O('BIM Seaweed Cluster Ireland'), O('Joint Secretariat of the Interreg Atlantic Area'), O('University College Cork','UCC'),
  O('Pôle Mer Bretagne Atlantique'), O('Bantry Bay Seaweeds Ltd'), O('Centro Tecnológico del Mar – CETMAR','CETMAR'),
  O('Direção-Geral de Recursos Naturais, Segurança e Serviços Marítimos','DGRM'), O('Hebridean Kelp Co-operative'),
  O('Fórum Oceano – Associação da Economia do Mar'), O('Algues & Co SAS'), O('Galician Algae Foods SL'),
  O('Munster Dairy Co-operative'), O('Station Biologique de Roscoff'), O('Enterprise Ireland'), O('University of the Azores'),
  O('Technopôle Quimper-Cornouaille'), O('European Commission'), O('DG MARE'), O('Région Bretagne'),
  O('Consellería do Mar'), O('Xunta de Galicia'), O('Comissão de Coordenação e Desenvolvimento Regional do Norte','CCDR-N'),
  O('Southern Regional Assembly'), O('RTÉ'), O('Scottish Association for Marine Science')],
 [E('SEAWEED-LINK Final Conference','2041-04-09','2041-04-10','Cork','Ireland'),
  E('Parallel workshops','2041-04-09',None,'Cork','Ireland'),
  E('SEAWEED-LINK Awards for the best pilot action','2041-04-09',None,'Cork','Ireland'),
  E('Conference dinner','2041-04-09',None,'Cork','Ireland'),
  E('Site visit to the Bantry Bay seaweed farm','2041-04-10',None,None,'Ireland')],
 ['2041-04-09/2041-04-10','2041-04-02','2041-03-29','2041-04-09','2041-04-10','2041-03-20','2037/2041','2040'],
 [], pub='2041-04-02')
