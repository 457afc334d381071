from h import *
F = 'g08_abruzzo_horizon_periodic_report-pdf.txt'
assert wd(2035,10,9)=='Tuesday' and wd(2036,5,14)=='Wednesday'
T = """RE-BUILD SME – Resilient construction value chains for small firms in seismic regions
Horizon Europe Grant Agreement No. 101000000 · Periodic Report – Public Summary (Period 1)

Project coordinator: Polo di Innovazione Edilizia Sostenibile Abruzzo (PIESA), L'Aquila
Version 1.2 · Submitted to the European Research Executive Agency (REA) on 30 June 2036
Prepared by: Federica D'Alessandro, project manager; reviewed by Prof. Ing. Stefano Di Nardo-Pace

1. Summary of the period

RE-BUILD SME started on 1 October 2035 and will run for 36 months, until 30 Sep-
tember 2038. It brings together eleven partners from six countries to help small
construction firms, carpenters and building-material suppliers in seismic regions
take up low-carbon retrofitting techniques. The first reporting period covers the
months 1 to 9 (October 2035 – June 2036).

The consortium
- Polo di Innovazione Edilizia Sostenibile Abruzzo (PIESA), Italy – coordinator
- Università degli Studi dell'Aquila (UNIVAQ), Italy
- Camera di Commercio Chieti Pescara, Italy
- National Technical University of Athens (NTUA), Greece
- Hellenic Construction Cluster "Oikodomi", Greece
- Instituto Superior Técnico, Lisbon, Portugal
- Slovenian National Building and Civil Engineering Institute (ZAG), Slovenia
- Ege Yapı Kümelenmesi Derneği, Turkey (associated country)
- Cluster Bois Grand Sud, France
- Technische Universität Graz, Austria
- Q-PLAN International Advisors P.C., Greece

RE-BUILD SME · Periodic Report P1 · Public Summary                        page 1

2. Meetings and events of the period

The kick-off meeting was held in L'Aquila on Tuesday 9 October 2035 at the
UNIVAQ Department of Civil, Construction-Architectural and Environmental
Engineering. The project officer, Ms Helena Sørensen-Blix (REA), attended on-
line.
The first General Assembly met in Athens, hosted by NTUA, on 13-14 February
2036; the second is planned in Ljubljana in November 2036.

Two regional living-lab workshops took place: one in Pescara on Wednes-
day 14 May 2036, organised by the Camera di Commercio Chieti Pescara with
46 firms, and one in Izmir in April 2036, organised by Ege Yapı Kümelenmesi
Derneği with 38 firms. A webinar on EU taxonomy rules for small builders,
given by Dr. Nikos Theodorakis (Q-PLAN International Advisors), reached 212
participants on 27 March 2036.

3. Work progress

WP1 (Management, PIESA): the consortium agreement was signed and the Data
Management Plan delivered in month 6. WP2 (Value-chain mapping, NTUA): a
survey of 634 firms in five seismic regions was completed; the mapping
report is available on the project website. WP3 (Retrofit toolkit, ZAG):
the first version of the toolkit was tested with 14 firms. WP4 (Skills, TU
Graz): the training concept was agreed with the clusters. WP5 (Dissemina-
tion, Cluster Bois Grand Sud): project website, two newsletters and 310
followers on professional networks.

RE-BUILD SME · Periodic Report P1 · Public Summary                        page 2

4. Main findings of the first period

The value-chain survey and the living labs produced the following main
findings:
- Most small construction firms learn new techniques from their suppliers,
  not from training centres or universities
- Fewer than one firm in five knows the seismic retrofit incentives
  available in its own region
- Timber-based retrofitting is growing fastest in Slovenia and Austria and
  slowest in Greece and Turkey
- Clusters are trusted intermediaries, but few have staff with engineering
  skills

5. Deviations and next steps

The start of WP4 was delayed by two months because of a change of staff at
TU Graz: Dipl.-Ing. Martina Hofer-Lindqvist replaced Prof. Walter Eichinger as
WP4 leader in May 2036. No impact on the overall timeline is expected.

Next steps for period 2: a second round of living labs in Lisbon, Graz and
Montpellier; an open call for 30 pilot firms to test the toolkit, to be
launched in September 2036 with a deadline of 15 December 2036; and a joint
workshop with the Horizon Europe sister project TIMBER-RETRO at the Euro-
pean Sustainable Energy Week in Brussels in June 2037.

Contact: Federica D'Alessandro, PIESA, Via Strinella 00, 67100 L'Aquila ·
info@rebuild-sme.example.eu

Funded by the European Union. Views and opinions expressed are however those of
the author(s) only and do not necessarily reflect those of the European Union or
REA. Neither the European Union nor the granting authority can be held respon-
sible for them.

RE-BUILD SME · Periodic Report P1 · Public Summary                        page 3
"""
write(F, T)
PI="Polo di Innovazione Edilizia Sostenibile Abruzzo"
gold(F,
 [P("Federica D'Alessandro","project manager",PI),
  P("Stefano Di Nardo-Pace",None,None),
  P("Helena Sørensen-Blix","project officer","REA"),
  P("Nikos Theodorakis",None,"Q-PLAN International Advisors"),
  P("Martina Hofer-Lindqvist","WP4 leader","TU Graz"),
  P("Walter Eichinger","WP4 leader","TU Graz")],
 [O(PI,"PIESA"), O("European Research Executive Agency","REA"), O("Università degli Studi dell'Aquila","UNIVAQ"),
  O("Camera di Commercio Chieti Pescara"), O("National Technical University of Athens","NTUA"),
  O("Hellenic Construction Cluster \"Oikodomi\""), O("Instituto Superior Técnico"),
  O("Slovenian National Building and Civil Engineering Institute","ZAG"), O("Ege Yapı Kümelenmesi Derneği"),
  O("Cluster Bois Grand Sud"), O("Technische Universität Graz","TU Graz"), O("Q-PLAN International Advisors P.C."),
  O("Department of Civil, Construction-Architectural and Environmental Engineering")],
 [E("kick-off meeting","2035-10-09",None,"L'Aquila","Italy"),
  E("first General Assembly","2036-02-13","2036-02-14","Athens","Greece"),
  E("General Assembly","2036-11",None,"Ljubljana","Slovenia"),
  E("regional living-lab workshop","2036-05-14",None,"Pescara","Italy"),
  E("regional living-lab workshop","2036-04",None,"Izmir","Turkey"),
  E("webinar on EU taxonomy rules for small builders","2036-03-27",None,None,None),
  E("joint workshop with the Horizon Europe sister project TIMBER-RETRO","2037-06",None,"Brussels","Belgium"),
  E("European Sustainable Energy Week","2037-06",None,"Brussels","Belgium")],
 ["2036-06-30","2035-10-01/2038-09-30","2035-10/2036-06","2035-10-09","2036-02-13/2036-02-14","2036-11",
  "2036-05-14","2036-04","2036-03-27","2036-05","2036-09","2036-12-15","2037-06"],
 ["Most small construction firms learn new techniques from their suppliers, not from training centres or universities",
  "Fewer than one firm in five knows the seismic retrofit incentives available in its own region",
  "Timber-based retrofitting is growing fastest in Slovenia and Austria and slowest in Greece and Turkey",
  "Clusters are trusted intermediaries, but few have staff with engineering skills"],
 pub="2036-06-30")
