from h import *
F = 'g05_thessaly_innovation_breakfasts_calendar.txt'
for (y,m,d,w) in [(2040,1,24,'Tuesday'),(2040,2,28,'Tuesday'),(2040,3,27,'Tuesday'),(2040,4,24,'Tuesday'),(2040,5,29,'Tuesday'),
                  (2040,6,26,'Tuesday'),(2040,9,25,'Tuesday'),(2040,10,30,'Tuesday'),(2040,11,27,'Tuesday'),(2040,12,11,'Tuesday'),(2040,6,12,'Tuesday')]:
    assert wd(y,m,d)==w, (y,m,d)
T = """Thessaly Agrifood & Logistics Cluster – Events
Home > Events > Series > Innovation Breakfasts 2040

Accept cookies   Decline   Preferences

Innovation Breakfasts 2040
A monthly series for members and friends of the cluster

Last updated: 9 January 2040

Since 2036 the Thessaly Agrifood & Logistics Cluster (TALC) has invited its members to an early-morning meeting on the last Tuesday of each month. Each Innovation Breakfast lasts ninety minutes, starts with coffee and bougatsa at 08:00, and features one or two short talks followed by open discussion. Participation is free for members; non-members pay 15 euros. Places are limited to 60 per edition, and registration closes two working days before the date.

The breakfasts rotate between Volos, Larissa, Trikala and Karditsa. Editions marked "hybrid" are also streamed for members who cannot travel.

Filter: All | Volos | Larissa | Trikala | Karditsa | Hybrid
View: List | Calendar | Add to my calendar (.ics)

---------------------------------------------
JANUARY
Innovation Breakfast #37 – Cold chain data: who owns the temperature log?
Tuesday 24 January 2040, 08:00–09:30
Volos, Technology Park of Thessaly, Hall B (hybrid)
Speakers: Nikos Tsiaras, Logistics Manager, Pelion Fresh S.A.; Dr. Vasiliki Anagnostou, University of Thessaly, Department of Agriculture Crop Production and Rural Environment
Register »

FEBRUARY
Innovation Breakfast #38 – Feta exports after the new US tariff rules
Tuesday 28 February 2040, 08:00–09:30
Larissa, Chamber of Larissa, Conference Room
Speaker: Eleftheria Giannakou-Mavridi, Export Director, Elassona Dairies Cooperative
Register »

MARCH
Innovation Breakfast #39 – Drones for spraying: the regulation explained
Tuesday 27 March 2040, 08:00–09:30
Trikala, e-Trikala Innovation Hub
Speaker: Kostas Rallis, Hellenic Civil Aviation Authority
Register »

APRIL
Innovation Breakfast #40 – Water pricing and the Pineios basin
Tuesday 24 April 2040, 08:00–09:30
Karditsa, Karditsa Development Agency (ANKA)
Speakers: Maria Theodoropoulou, Head of Projects, ANKA; Apostolos Zisis, President, Local Land Reclamation Organisation of Karditsa
Register »

MAY
Innovation Breakfast #41 – Women in agrifood entrepreneurship
Tuesday 29 May 2040, 08:00–09:30
Volos, Technology Park of Thessaly (hybrid)
Speaker: to be confirmed
Register »

JUNE
Innovation Breakfast #42 – Summer special: port of Volos logistics tour
Tuesday 26 June 2040, 08:00–11:00
Volos, Port Authority of Volos (meeting point: Gate 2)
Note: this edition is followed by a guided tour of the container terminal; closed shoes required.
Register »

JULY – AUGUST
Summer break. No breakfasts.

SEPTEMBER
Innovation Breakfast #43 – Funding calls for the autumn
Tuesday 25 September 2040, 08:00–09:30
Larissa, Region of Thessaly, Regional Development Fund building (hybrid)
Speaker: Giorgos Kalantzis, Head of the Managing Authority, Region of Thessaly
Register »

OCTOBER
Innovation Breakfast #44 – Packaging waste: deposit-return schemes
Tuesday 30 October 2040, 08:00–09:30
Trikala, e-Trikala Innovation Hub
Speaker: to be confirmed
Register »

NOVEMBER
Innovation Breakfast #45 – AI for yield forecasting
Tuesday 27 November 2040, 08:00–09:30
Volos, Technology Park of Thessaly, Hall B (hybrid)
Speaker: Dr. Ilias Papadakis-Rentzos, CERTH – Centre for Research and Technology Hellas
Register »

DECEMBER
Innovation Breakfast #46 – Year-end breakfast and members' awards
Tuesday 11 December 2040, 08:00–10:00 (earlier than usual because of the holidays)
Larissa, Divani Larissa Palace, Salon Olympus
Register »
---------------------------------------------

Also in 2040
Thessaly Agrifood Forum 2040 – 12 June 2040 (Tuesday), Volos, 09:00–17:30, with B2B meetings in the afternoon. Separate registration on the Forum page.
Cluster General Assembly – 10 November 2040, Larissa (members only; invitation by e-mail)

Past series
Innovation Breakfasts 2039 (11 editions, 512 participants) – archive and presentations
Innovation Breakfasts 2038 (11 editions) – archive
Innovation Breakfasts 2037 (10 editions) – archive

Highlights of 2039
The 2039 series closed with a record December edition in Larissa, where 74 members attended the awards. The most popular topics were irrigation scheduling, labour shortages at harvest time and export documentation for dairy products. Member feedback asked for more practical examples from companies and fewer presentations by public bodies; for 2040 every edition therefore includes at least one speaker from a member company or cooperative. The cluster also moved two editions to Trikala and Karditsa after members from western Thessaly asked for shorter travel times.

Practical information
All breakfasts start at 08:00 sharp. Please arrive ten minutes early to pick up your badge. Hybrid editions use the cluster's Zoom account; the link is sent the evening before. Presentations are uploaded to the members' area within a week.

If you want to propose a topic or a speaker for 2041, write to the events team.

Contact
Events team: Sofia Karamanli, Events & Communication Officer
events@talc.example.gr | +30 24210 00000
Thessaly Agrifood & Logistics Cluster
Technology Park of Thessaly, 1st Industrial Area of Volos, 385 00 Volos, Greece

The Innovation Breakfasts 2040 are supported by the Region of Thessaly and the Technology Park of Thessaly.

Share this page: Facebook · LinkedIn · E-mail · Print

Home | About TALC | Members | Projects | News | Events | Contact
Privacy | Cookie policy | Terms
© 2040 Thessaly Agrifood & Logistics Cluster
"""
write(F, T)
def IB(n, t, d, c, e=None): return E(f"Innovation Breakfast #{n} – {t}", d, e, c, "Greece")
gold(F,
 [P("Nikos Tsiaras","Logistics Manager","Pelion Fresh S.A."),
  P("Vasiliki Anagnostou",None,"University of Thessaly"),
  P("Eleftheria Giannakou-Mavridi","Export Director","Elassona Dairies Cooperative"),
  P("Kostas Rallis",None,"Hellenic Civil Aviation Authority"),
  P("Maria Theodoropoulou","Head of Projects","ANKA"),
  P("Apostolos Zisis","President","Local Land Reclamation Organisation of Karditsa"),
  P("Giorgos Kalantzis","Head of the Managing Authority","Region of Thessaly"),
  P("Ilias Papadakis-Rentzos",None,"CERTH – Centre for Research and Technology Hellas"),
  P("Sofia Karamanli","Events & Communication Officer","Thessaly Agrifood & Logistics Cluster")],
 [O("Thessaly Agrifood & Logistics Cluster","TALC"), O("Technology Park of Thessaly"), O("Pelion Fresh S.A."),
  O("University of Thessaly"), O("Department of Agriculture Crop Production and Rural Environment"),
  O("Chamber of Larissa"), O("Elassona Dairies Cooperative"), O("e-Trikala Innovation Hub"),
  O("Hellenic Civil Aviation Authority"), O("Karditsa Development Agency","ANKA"),
  O("Local Land Reclamation Organisation of Karditsa"), O("Port Authority of Volos"), O("Region of Thessaly"),
  O("Managing Authority"),
  O("CERTH – Centre for Research and Technology Hellas","CERTH")],
 [IB(37,"Cold chain data: who owns the temperature log?","2040-01-24","Volos"),
  IB(38,"Feta exports after the new US tariff rules","2040-02-28","Larissa"),
  IB(39,"Drones for spraying: the regulation explained","2040-03-27","Trikala"),
  IB(40,"Water pricing and the Pineios basin","2040-04-24","Karditsa"),
  IB(41,"Women in agrifood entrepreneurship","2040-05-29","Volos"),
  IB(42,"Summer special: port of Volos logistics tour","2040-06-26","Volos"),
  E("guided tour of the container terminal","2040-06-26",None,"Volos","Greece"),
  IB(43,"Funding calls for the autumn","2040-09-25","Larissa"),
  IB(44,"Packaging waste: deposit-return schemes","2040-10-30","Trikala"),
  IB(45,"AI for yield forecasting","2040-11-27","Volos"),
  IB(46,"Year-end breakfast and members' awards","2040-12-11","Larissa"),
  E("Thessaly Agrifood Forum 2040","2040-06-12",None,"Volos","Greece"),
  E("B2B meetings","2040-06-12",None,"Volos","Greece"),
  E("Cluster General Assembly","2040-11-10",None,"Larissa","Greece"),
  E("Innovation Breakfasts 2040","2040-01-24","2040-12-11","Volos, Larissa, Trikala, Karditsa","Greece"),
  E("Innovation Breakfasts 2039",None,None,None,None),
  E("Innovation Breakfasts 2038",None,None,None,None),
  E("Innovation Breakfasts 2037",None,None,None,None)],
 ["2040-01-09","2036","2040-01-24","2040-02-28","2040-03-27","2040-04-24","2040-05-29","2040-06-26","2040-07/2040-08",
  "2040-09-25","2040-10-30","2040-11-27","2040-12-11","2040","2040-06-12","2040-11-10","2041","2039"],
 [], pub="2040-01-09")
