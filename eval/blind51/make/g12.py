from h import *
T = """MedTech Spree Cluster e.V. — Visit programme

KOREAN DIGITAL HEALTH DELEGATION TO BERLIN
Gangneung Digital Health Cluster (GDHC), Republic of Korea
Monday 11 June – Thursday 14 June 2035

Status: confirmed programme, 28 May 2035 · Internal – please do not forward outside the host group

Delegation (14 persons), led by:
- Dr. PARK Ji-hoon, Director General, Gangneung Digital Health Cluster
- Ms. LEE Soo-min, Manager, International Cooperation Team, GDHC
- Prof. CHOI Dong-wook, Gangneung-Wonju National University, Department of Biomedical Engineering
- Mr. KIM Tae-yang, CEO, Haneul Medics Co., Ltd.
- Ms. JUNG Hae-won, Deputy Director, Gangwon State Government, Bio-Health Industry Division
plus nine company representatives (list in annex).
Interpreter: Ms. Yoon Seo-yeon (Korean–German–English).

Host: MedTech Spree Cluster e.V., Berlin. Contact during the visit: Friederike Haase-Nguyen, international projects, +49 30 000 0000.

DAY 1 — Monday 11 June 2035
14:25 Arrival at BER (flight via Frankfurt); transfer to the hotel (Hotel an der Spree, Mitte)
17:00 Short walking tour of the Charité campus
19:00 Welcome dinner hosted by Dr. Konstantin Reimers, managing director, MedTech Spree Cluster e.V.

DAY 2 — Tuesday 12 June 2035
09:30 Welcome at the Berlin Senate Department for Economics, Energy and Public Enterprises; greeting by State Secretary Dr. Anja Köpenick-Wolters
10:15 "Berlin as a digital health location" — Berlin Partner für Wirtschaft und Technologie GmbH
11:00 GDHC presents its cluster and the Gangwon Regulation-Free Special Zone for digital health
12:30 Lunch
14:00 Company visit 1: Vitalink Systems GmbH, Adlershof (remote patient monitoring); host Stefanie Brauer, COO
16:30 Company visit 2: Nordlicht Diagnostics AG, Buch campus; host Dr. Henning Ostrowski, CEO
19:30 Free evening

DAY 3 — Wednesday 13 June 2035
09:00–13:00 Korea–Germany Digital Health B2B Meetings, organised with the Enterprise Europe Network Berlin-Brandenburg and the Korea Trade-Investment Promotion Agency (KOTRA) Frankfurt; 9 Korean and 21 German companies, pre-arranged meetings of 30 minutes
13:00 Networking lunch
14:30 Round table "DiGA and Korean digital therapeutics: two roads to reimbursement", with the Federal Institute for Drugs and Medical Devices (BfArM) (tbc) and Dr. Jonas Albrecht-Kim, partner, Albrecht Kim Regulatory Consulting
17:00 Signing of a Memorandum of Understanding between MedTech Spree Cluster e.V. and GDHC (witnessed by the Korean Embassy, Mr. HAN Sung-jae, Counsellor for Trade and Industry)
18:30 Reception at the Embassy of the Republic of Korea

DAY 4 — Thursday 14 June 2035
09:30 Visit to the Fraunhofer Institute for Open Communication Systems (FOKUS), e-health lab
11:30 Visit to Nordwind Health Hub, Potsdam (start-up incubator); host Maren Quast, programme lead
14:00 Debriefing with the host cluster
16:30 Transfer to BER; departure 19:05 to Seoul via Munich

Background
The visit follows the first contact at the MEDICA fair in Düsseldorf (13–16 November 2034), where GDHC and MedTech Spree Cluster agreed to explore joint projects. A return visit of a Berlin delegation to Gangneung is planned for the K-Hospital Fair in Seoul, 8–10 October 2035. Since 2029 GDHC has organised similar visits to Lyon, Oulu and Barcelona.

Interests of the delegation (from the GDHC briefing of 20 May 2035)
- Remote monitoring of chronic patients in rural areas (Gangwon has one of the oldest populations in Korea)
- Market access for digital therapeutics in Germany (DiGA fast track) and in the EU under the MDR
- Partners for clinical validation: university hospitals and contract research organisations
- Cluster-to-cluster cooperation: joint calls under the EU–Korea research cooperation and the Korean "Global Cluster Linkage" programme
- Talent: exchange of young engineers; two German start-ups are invited to the Gangneung Digital Health Week in September 2035

Host team
- Dr. Konstantin Reimers, managing director (overall responsibility)
- Friederike Haase-Nguyen, international projects (programme, logistics)
- Tobias Lange-Seo, project manager digital health (B2B meetings)
- Melek Aydın, communications (photos, newsletter)

Budget: travel and accommodation of the delegation are covered by GDHC; the host covers the welcome dinner, buses on Days 2 and 4, the B2B venue (Berlin Partner, Fasanenstraße) and the interpreter on Day 3. The reception on Day 3 is offered by the Embassy.

Earlier contacts between the clusters
- 14 November 2034: first meeting at the MEDICA fair, Düsseldorf (Dr. Reimers, Dr. PARK)
- 22 January 2035: online call on the visit programme
- 3 April 2035: online workshop of the two clusters' members on remote monitoring (46 participants)

Practical notes
- Dress code: business; the reception on Day 3 is business formal.
- Gifts: the delegation will bring cluster gifts; MedTech Spree prepares a Berlin book for Dr. PARK.
- Photographs will be taken for the cluster newsletter; please inform Friederike Haase-Nguyen of any objection.
- The B2B registration closes on 4 June 2035.

Annex: list of Korean companies (9) — see separate file.
"""
write("Programme_Korean-delegation-GDHC_Berlin_June-2035.txt", T, None,
 [P("PARK Ji-hoon","Director General","Gangneung Digital Health Cluster"),
  P("LEE Soo-min","Manager","GDHC"),
  P("CHOI Dong-wook",None,"Gangneung-Wonju National University"),
  P("KIM Tae-yang","CEO","Haneul Medics Co., Ltd."),
  P("JUNG Hae-won","Deputy Director","Gangwon State Government"),
  P("Yoon Seo-yeon","Interpreter",None),
  P("Friederike Haase-Nguyen","international projects","MedTech Spree Cluster e.V."),
  P("Konstantin Reimers","managing director","MedTech Spree Cluster e.V."),
  P("Anja Köpenick-Wolters","State Secretary","Berlin Senate Department for Economics, Energy and Public Enterprises"),
  P("Stefanie Brauer","COO","Vitalink Systems GmbH"),
  P("Henning Ostrowski","CEO","Nordlicht Diagnostics AG"),
  P("Jonas Albrecht-Kim","partner","Albrecht Kim Regulatory Consulting"),
  P("HAN Sung-jae","Counsellor for Trade and Industry","Korean Embassy"),
  P("Tobias Lange-Seo","project manager digital health","MedTech Spree Cluster e.V."),
  P("Melek Aydın","communications","MedTech Spree Cluster e.V."),
  P("Maren Quast","programme lead","Nordwind Health Hub")],
 [O("MedTech Spree Cluster e.V."),O("Gangneung Digital Health Cluster","GDHC"),O("International Cooperation Team"),
  O("Gangneung-Wonju National University"),O("Department of Biomedical Engineering"),O("Haneul Medics Co., Ltd."),
  O("Gangwon State Government"),O("Bio-Health Industry Division"),
  O("Berlin Senate Department for Economics, Energy and Public Enterprises"),O("Berlin Partner für Wirtschaft und Technologie GmbH"),
  O("Vitalink Systems GmbH"),O("Nordlicht Diagnostics AG"),O("Enterprise Europe Network Berlin-Brandenburg"),
  O("Korea Trade-Investment Promotion Agency","KOTRA"),O("Federal Institute for Drugs and Medical Devices","BfArM"),
  O("Albrecht Kim Regulatory Consulting"),O("Embassy of the Republic of Korea","Korean Embassy"),
  O("Fraunhofer Institute for Open Communication Systems","FOKUS"),O("Nordwind Health Hub")],
 [E("Korean digital health delegation to Berlin","2035-06-11","2035-06-14","Berlin","Germany"),
  E("Korea–Germany Digital Health B2B Meetings","2035-06-13","2035-06-13","Berlin","Germany"),
  E("MEDICA","2034-11-13","2034-11-16","Düsseldorf","Germany"),
  E("online call on the visit programme","2035-01-22","2035-01-22",None,None),
  E("online workshop on remote monitoring","2035-04-03","2035-04-03",None,None),
  E("Gangneung Digital Health Week","2035-09","2035-09","Gangneung","Republic of Korea"),
  E("K-Hospital Fair","2035-10-08","2035-10-10","Seoul","Republic of Korea")],
 ["2035-06-11/2035-06-14","2035-05-28","2035-06-11","2035-06-12","2035-06-13","2035-06-14","2034-11-13/2034-11-16",
  "2035-10-08/2035-10-10","2029","2035-06-04","2035-05-20","2035-09","2034-11-14","2035-01-22","2035-04-03"])
