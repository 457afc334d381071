from h import *
T = """BIOECONOMY SOUTH 2032 – Summary and conclusions                                    1

BIOECONOMY SOUTH 2032
Mediterranean Conference on the Bio-based Economy of Inner Areas
Rende (Cosenza), 25–26 November 2032

SUMMARY AND CONCLUSIONS

Rapporteurs: Dr. Chiara Mazzuca, Università della Calabria; Federico Lo Giudice, BioCalabria
Cluster
Date of this report: 20 December 2032

1. Introduction
The third edition of BIOECONOMY SOUTH was organised by the BioCalabria Cluster (Distretto
della Bioeconomia di Calabria) together with the Università della Calabria (UNICAL) and
the Regione Calabria – Dipartimento Sviluppo Economico. It brought together 286 partic-
ipants from 11 countries in the UNICAL Aula Magna. The first two editions were held in
Lamezia Terme (2028) and Catanzaro (2030).

2. Opening plenary
The conference was opened by Prof.ssa Rosaria Scarpelli, Rector of the Università della
Calabria, and by Giuseppe Morrone, Regional Councillor for Economic Development. In her
keynote, Ana Tereza Lindqvist, policy officer at the European Commission's DG Research
and Innovation, presented the review of the EU Bioeconomy Strategy and stressed the role
of regional bio-districts. Salvatore Arcuri, president of the BioCalabria Cluster, pre-
sented the cluster's roadmap 2032–2036.

BIOECONOMY SOUTH 2032 – Summary and conclusions                                    2

3. Parallel sessions (day 1, afternoon)
Session A – Olive residues as raw material. Chaired by Dr. Vincenzo Gallo (CREA Rende).
Speakers from Oleificio Sila Verde S.r.l., the Spanish cluster Oleobio Jaén and the Tu-
nisian Technopole de Sfax showed that pomace and leaves can feed three value chains:
energy, polyphenols and animal feed. Antonella Perri, technical manager of Oleificio Sila
Verde S.r.l., reported that the company now sells 40 % of its leaves to a nutraceutical
producer in Apulia. Karim Ben Salah (Technopole de Sfax) described a shared drying plant
used by 30 small mills. The session agreed that the main barrier is legal: in most regions
pomace is still classified as waste.
Session B – Forests of the Sila. Chaired by Marta De Rose (Parco Nazionale della Sila).
Discussion centred on certified timber and the fire-risk economy. Speakers from the Sila
sawmill consortium Legnosila and from Calabria Verde, the regional forestry agency, showed
that less than a fifth of the timber harvested in the Sila is processed in the region. A
participant from Basilicata proposed a joint inter-regional wood-construction pilot.
Session C – Skills for the bio-based economy. Chaired by Prof. Luigi Aiello (UNICAL).
ITS Academy Calabria and two firms presented dual training schemes. Companies reported
that 7 of 10 vacancies for process technicians stay open longer than six months. Students
of the UNICAL master in bio-based chemistry presented their projects in a poster corner
which remained open during both days.

4. Parallel sessions (day 2, morning)
Session D – Finance. Banca di Credito Cooperativo Valle del Savuto and the EIB Advisory Hub
discussed blended finance for small biorefineries.
Session E – Interregional cooperation. Partners of the Interreg Euro-MED project BIOVILLAGE
(Basilicata, Molise, Peloponnese, Murcia) compared their regional action plans. Giannis
Kotsonis (Region of Peloponnese) invited participants to the project's final event in
Tripoli on 4–5 June 2033.

4a. Side events
On the evening of 25 November the BioCalabria Cluster held its annual members' meeting in
the same venue. On 27 November, the day after the conference, 40 participants joined an
optional field visit to olive mills and a pilot biorefinery near Rossano, organised with
the Consorzio di Tutela Olio di Calabria IGP.

5. Closing plenary
The closing round table, moderated by journalist Elena Tripodi (Il Quotidiano del Sud),
gathered the session chairs. The rapporteurs presented the draft conclusions, which were
discussed and adopted with small changes.

BIOECONOMY SOUTH 2032 – Summary and conclusions                                    3

Participants' evaluation
A short survey (112 replies) rated the conference 4.4 out of 5. Parallel sessions A and
C were rated highest; several participants asked for more time for discussion and fewer
presentations per session. 38 % of respondents came from companies, 31 % from research,
22 % from public administration and 9 % from associations and NGOs.

6. Key conclusions
- Inner areas hold most of the region's biomass but few of its processing plants; the
  gap is one of investment, not of resources.
- Olive residues should be treated as a product, not as waste, in regional rules.
- Skills shortages are the first obstacle named by companies, ahead of finance.
- Cooperation with other Mediterranean regions shortens the learning curve.

7. Recommendations
1. Create a regional one-stop shop for bio-based investment projects by the end of 2033.
2. Update the regional rules on by-products so that olive pomace can be traded without
   waste permits.
3. Fund at least two small demonstration biorefineries in inner areas in the 2033–2035 period.
4. Launch a dual-training pathway "bio-based technician" with ITS Academy Calabria from
   the school year 2033/2034.
5. Give the BioCalabria Cluster a mandate to coordinate Mediterranean cooperation on
   olive residues.

8. Next edition
BIOECONOMY SOUTH 2034 will be held in Reggio Calabria in autumn 2034. Regions wishing to co-
host sessions may contact the secretariat before 31 March 2033.

BIOECONOMY SOUTH 2032 – Summary and conclusions                                    4
"""
KM = ["Inner areas hold most of the region's biomass but few of its processing plants; the gap is one of investment, not of resources",
 "Olive residues should be treated as a product, not as waste, in regional rules",
 "Skills shortages are the first obstacle named by companies, ahead of finance",
 "Cooperation with other Mediterranean regions shortens the learning curve",
 "Create a regional one-stop shop for bio-based investment projects by the end of 2033",
 "Update the regional rules on by-products so that olive pomace can be traded without waste permits",
 "Fund at least two small demonstration biorefineries in inner areas in the 2033–2035 period",
 "Launch a dual-training pathway \"bio-based technician\" with ITS Academy Calabria from the school year 2033/2034",
 "Give the BioCalabria Cluster a mandate to coordinate Mediterranean cooperation on olive residues"]
write("BIOECONOMY-SOUTH-2032_Summary-and-conclusions-pdf.txt", T, "2032-12-20",
 [P("Chiara Mazzuca",None,"Università della Calabria"),
  P("Federico Lo Giudice",None,"BioCalabria Cluster"),
  P("Rosaria Scarpelli","Rector","Università della Calabria"),
  P("Giuseppe Morrone","Regional Councillor for Economic Development",None),
  P("Ana Tereza Lindqvist","policy officer","DG Research and Innovation"),
  P("Salvatore Arcuri","president","BioCalabria Cluster"),
  P("Vincenzo Gallo",None,"CREA Rende"),
  P("Marta De Rose",None,"Parco Nazionale della Sila"),
  P("Luigi Aiello",None,"UNICAL"),
  P("Giannis Kotsonis",None,"Region of Peloponnese"),
  P("Antonella Perri","technical manager","Oleificio Sila Verde S.r.l."),
  P("Karim Ben Salah",None,"Technopole de Sfax"),
  P("Elena Tripodi","journalist","Il Quotidiano del Sud")],
 [O("BioCalabria Cluster","Distretto della Bioeconomia di Calabria"),O("Università della Calabria","UNICAL"),O("Regione Calabria"),
  O("Dipartimento Sviluppo Economico"),O("European Commission"),O("DG Research and Innovation"),O("CREA Rende"),
  O("Oleificio Sila Verde S.r.l."),O("Oleobio Jaén"),O("Technopole de Sfax"),O("Parco Nazionale della Sila"),
  O("ITS Academy Calabria"),O("Banca di Credito Cooperativo Valle del Savuto"),O("EIB Advisory Hub"),O("Region of Peloponnese"),
  O("Il Quotidiano del Sud"),O("Legnosila"),O("Calabria Verde"),O("Consorzio di Tutela Olio di Calabria IGP")],
 [E("BIOECONOMY SOUTH 2032","2032-11-25","2032-11-26","Rende","Italy"),
  E("BIOECONOMY SOUTH (first edition)","2028","2028","Lamezia Terme","Italy"),
  E("BIOECONOMY SOUTH (second edition)","2030","2030","Catanzaro","Italy"),
  E("BioCalabria Cluster annual members' meeting","2032-11-25","2032-11-25","Rende","Italy"),
  E("field visit to olive mills and a pilot biorefinery","2032-11-27","2032-11-27","Rossano","Italy"),
  E("BIOVILLAGE final event","2033-06-04","2033-06-05","Tripoli","Greece"),
  E("BIOECONOMY SOUTH 2034","2034","2034","Reggio Calabria","Italy")],
 ["2032-11-25/2032-11-26","2032-12-20","2028","2030","2032/2036","2033-06-04/2033-06-05","2033","2033/2035","2033/2034","2034","2033-03-31","2032-11-25","2032-11-27"],
 KM)
