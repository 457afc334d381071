from h import *
F = 'g16_freiburg_medtech_newsletter-pdf.txt'
assert wd(2040,3,14)=='Wednesday' and wd(2040,5,9)=='Wednesday' and wd(2040,5,10)=='Thursday' and wd(2040,2,27)=='Monday' and wd(2040,6,21)=='Thursday'
T = """MedTech Südbaden e.V. · Newsletter 1/2040 1

MEDTECH SÜDBADEN
NEWSLETTER · SPRING 2040
Issue 1/2040 · published 20 March 2040

IN THIS ISSUE
Editorial 1
Board and office 1
Visit to Strasbourg 2
Member news 2
Dates 3

EDITORIAL
Dear members, the year has started
well for our cluster: four new mem-
bers, a successful delegation to
Strasbourg and, at last, progress on
new MDR certification capacity in
the region. Two notified bodies have
announced that they will open assess-
ment teams in Freiburg this year,
which should shorten waiting times
for our members considerably. I wish
you an inspiring read.
Dr. Veronika Sturm-Albrecht
Managing Director

BOARD AND OFFICE
At its meeting on Wednesday 14 March
2040 in Freiburg the board of MedTech
Südbaden e.V. approved the annual
plan and welcomed four new members:
Sensolys GmbH (Titisee-Neustadt),
OrthoPrint3D UG (Offenburg), the
Offenburg University of Applied Sciences
and the Swiss company Helvetia
Microfluidics AG in Basel.
Franziska Oberle-Yilmaz joins the
office as communications manager.
Her career: 2031–2036 science editor
at Badische Zeitung; 2036–2040 press
officer at the University Medical
Center Freiburg.
Board member Prof. Dr. Matthias
Kaltenbach (Institute for Medical
Device Technology, University of
Freiburg) takes over the cluster's
working group on regulation, which
meets every second month and is open
to all members with products in the
approval pipeline.

MedTech Südbaden e.V. · Newsletter 1/2040 2

VISIT TO STRASBOURG
On Monday 27 February 2040 a group of
17 members travelled to Strasbourg
for a one-day cross-border meeting
with the Alsatian health cluster
Alsace Santé Innovation. The morning
started with a round table on the
recognition of clinical trials across
the border, chaired by Amélie
Schoettel-Haas, director of Alsace
Santé Innovation. In the afternoon
followed a visit to the Institut
hospitalo-universitaire de Strasbourg
(IHU) to see the image-guided surgery
platform. Participants were impres-
sed by the speed with which French
start-ups get access to clinical part-
ners.
Recommendations from the delegation:
- Set up a joint German-French help
desk for MDR and clinical evaluation
- Organise annual cross-border B2B
meetings, alternating between
Freiburg and Strasbourg
- Apply together for an Interreg
Upper Rhine project on digital
health by October 2040

MEMBER NEWS
- Sensolys GmbH raised 2.1 million euros for a wearable blood pres-
sure sensor.
- Helvetia Microfluidics AG opens a German subsidiary in Weil am Rhein
with twelve employees; the company plans to hire engineers from the
region's universities.
- The University Medical Center Freiburg (Universitätsklinikum Freiburg)
opens its innovation lab to SMEs; contact: Dr. Lukas Brenneisen, head of
the innovation office.
- OrthoPrint3D UG won the start-up award "Elevator Pitch BW" in the
health category.

MedTech Südbaden e.V. · Newsletter 1/2040 3

DATES
9–10 May 2040 Freiburg MedTech Summit 2040, Konzerthaus Freiburg
Wed 9 May: conference day with 40 speakers
Wed 9 May, 19:30: summit dinner at the Historisches Kaufhaus
Thu 10 May: company visits in Freiburg and Emmendingen
21 June 2040 General assembly of MedTech Südbaden e.V., Freiburg
(invitation will be sent by 31 May 2040)
September 2040 Regulatory Affairs Workshop, 3rd edition, Lörrach

Previous summits: Freiburg MedTech Summit 2038 (310 participants) and
Freiburg MedTech Summit 2039 (380 participants).

CONTACT
MedTech Südbaden e.V. · Georges-Köhler-Allee 00 · 79110 Freiburg im Breisgau
info@medtech-suedbaden.example.de · www.medtech-suedbaden.example.de
The cluster is supported by the Baden-Württemberg Ministry of Economic
Affairs, Labour and Tourism.
"""
write(F, T)
M="MedTech Südbaden e.V."
gold(F,
 [P("Veronika Sturm-Albrecht","Managing Director",M),
  P("Franziska Oberle-Yilmaz","communications manager",M),
  P("Matthias Kaltenbach","Board member",M),
  P("Amélie Schoettel-Haas","director","Alsace Santé Innovation"),
  P("Lukas Brenneisen","head of the innovation office","University Medical Center Freiburg")],
 [O(M), O("Sensolys GmbH"), O("OrthoPrint3D UG"), O("Helvetia Microfluidics AG"), O("Offenburg University of Applied Sciences"), O("Institut hospitalo-universitaire de Strasbourg","IHU"), O("Badische Zeitung"),
  O("University Medical Center Freiburg"), O("Institute for Medical Device Technology"), O("University of Freiburg"),
  O("Alsace Santé Innovation"), O("Baden-Württemberg Ministry of Economic Affairs, Labour and Tourism")],
 [E("meeting","2040-03-14",None,"Freiburg","Germany"),
  E("cross-border meeting","2040-02-27",None,"Strasbourg","France"),
  E("visit to the Institut hospitalo-universitaire de Strasbourg","2040-02-27",None,"Strasbourg","France"),
  E("Freiburg MedTech Summit 2040","2040-05-09","2040-05-10","Freiburg","Germany"),
  E("summit dinner","2040-05-09",None,"Freiburg","Germany"),
  E("company visits","2040-05-10",None,"Freiburg, Emmendingen","Germany"),
  E("General assembly of MedTech Südbaden e.V.","2040-06-21",None,"Freiburg","Germany"),
  E("Regulatory Affairs Workshop, 3rd edition","2040-09",None,"Lörrach","Germany"),
  E("Freiburg MedTech Summit 2038","2038",None,None,None),
  E("Freiburg MedTech Summit 2039","2039",None,None,None)],
 ["2040","2040-03-20","2040-03-14","2031/2036","2036/2040","2040-02-27","2040-10","2040-05-09/2040-05-10","2040-05-09","2040-05-10",
  "2040-06-21","2040-05-31","2040-09"],
 ["Set up a joint German-French help desk for MDR and clinical evaluation",
  "Organise annual cross-border B2B meetings, alternating between Freiburg and Strasbourg",
  "Apply together for an Interreg Upper Rhine project on digital health by October 2040"], pub="2040-03-20")
