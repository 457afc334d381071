from h import *
F = 'g16_zadar_nautical_cluster_assembly_minutes.txt'
assert wd(2042,2,5)=='Wednesday' and wd(2042,2,12)=='Wednesday' and wd(2042,3,4)=='Tuesday' and wd(2041,11,20)=='Wednesday' and wd(2042,5,28)=='Wednesday' and wd(2042,5,30)=='Friday'
T = """DALMATIAN NAUTICAL CLUSTER (DNC)
Obala kneza Branimira 2, 23000 Zadar, Croatia

MINUTES OF THE ANNUAL GENERAL ASSEMBLY
Held on Wednesday, 5 February 2042, 10:00–13:15
Venue: Conference hall of the University of Zadar, Zadar
Draft – to be approved at the next Assembly. Circulated 12/02/2042.

Present: 34 of 47 member organisations (quorum reached), 3 guests
Chair of the meeting: Ante Perić-Maras, President of DNC (Marina Borik d.o.o.)
Minutes: Marija Vuković, Cluster Manager

Board of DNC present:
  President ........ Ante Perić-Maras, Marina Borik d.o.o.
  Vice-President ... Ivana Šarić Bošnjak, University of Zadar
  Treasurer ........ Tomislav Kovačević, Adria Composite Yachts d.o.o.
  Member ........... Dragan Lukić-Oreb, Zadar County Development Agency ZADRA NOVA

Guests: Giulia Zanetti-Bortolin, project manager, Friuli Innovazione (Udine, Italy);
Nenad Brkljačić, Head of the County Chamber Zadar of the Croatian Chamber of Economy;
Lea Jurišić, Ministry of Economy, Directorate for Industry

AGENDA
1. Opening and adoption of the agenda
2. Annual report 2041
3. Findings of the external review of the cluster
4. Work plan and budget 2042
5. Nautical Industry Days 2042
6. Any other business

---------------------------------------------------------------------

1. OPENING
The President opened the Assembly at 10:05, welcomed the guests and noted that the quorum was present. The agenda was adopted without changes.

2. ANNUAL REPORT 2041
The Cluster Manager presented the annual report. In 2041 the cluster grew from 39 to 47 members, ran 18 training days for boatbuilders and took part in two Interreg Italy–Croatia projects. A joint stand at the boot Düsseldorf fair in January 2041 brought nine members into contact with 140 buyers. The Treasurer reported income of EUR 412,000, of which 58% came from projects and 27% from membership fees.

3. FINDINGS OF THE EXTERNAL REVIEW
Prof. Ivana Šarić Bošnjak presented the review carried out by the Department of Economics of the University of Zadar between September and December 2041 at the request of the Board. The review team interviewed 30 members and compared DNC with the Slovenian and Italian nautical clusters. The main points were that members value training and fairs most, that the cluster depends too much on project funding, and that small repair yards on the islands rarely take part in cluster activities. The discussion focused on membership fees; several members from the islands asked for a lower fee for micro-companies.

4. WORK PLAN AND BUDGET 2042
The draft work plan foresees a new training centre for composite repair in Biograd na Moru, a second joint stand at boot Düsseldorf in January 2043 and a cluster strategy for 2043–2047.

5. NAUTICAL INDUSTRY DAYS 2042
The 6th Nautical Industry Days will take place in Zadar from 28 to 30 May 2042 together with Friuli Innovazione. Ms Zanetti-Bortolin presented the Italian partners' programme, including B2B meetings on 29 May.

6. ANY OTHER BUSINESS
Mr Brkljačić informed the Assembly that the Croatian Chamber of Economy will hold its national cluster day in Zagreb on Tuesday 4 March 2042 and invited DNC to present its review there.

---------------------------------------------------------------------

DECISIONS
The General Assembly decided as follows:
1. The annual report and financial statement for 2041 are adopted (33 in favour, 1 abstention).
2. The findings of the external review are accepted, and the Board shall prepare an action plan in response by 30 April 2042.
3. The work plan and budget for 2042 (EUR 455,000) are adopted unanimously.
4. Membership fees for micro-companies with fewer than five employees are reduced by 40% from 1 July 2042.
5. The Board is mandated to start preparing the cluster strategy 2043–2047 and to present a draft at the autumn Assembly.

The President closed the meeting at 13:15 and thanked the University of Zadar for hosting it. The previous Assembly was held on 20 November 2041 in Šibenik.

Minutes taken by: Marija Vuković, Cluster Manager
Verified by: Ante Perić-Maras, President

Dalmatian Nautical Cluster – association of nautical companies, yards, marinas and research organisations of Zadar, Šibenik-Knin and Split-Dalmatia counties · dnc@dnc.example.hr
"""
write(F, T)
D_="Dalmatian Nautical Cluster"; U="University of Zadar"
gold(F,
 [P("Ante Perić-Maras","President",D_),
  P("Marija Vuković","Cluster Manager",D_),
  P("Ivana Šarić Bošnjak","Vice-President",D_),
  P("Tomislav Kovačević","Treasurer",D_),
  P("Dragan Lukić-Oreb","Member",D_),
  P("Giulia Zanetti-Bortolin","project manager","Friuli Innovazione"),
  P("Nenad Brkljačić","Head","County Chamber Zadar"),
  P("Lea Jurišić",None,"Ministry of Economy")],
 [O(D_,"DNC"), O(U), O("Marina Borik d.o.o."), O("Adria Composite Yachts d.o.o."),
  O("Zadar County Development Agency ZADRA NOVA"), O("Friuli Innovazione"), O("County Chamber Zadar"),
  O("Croatian Chamber of Economy"), O("Ministry of Economy"), O("Directorate for Industry"),
  O("Department of Economics")],
 [E("Annual General Assembly","2042-02-05",None,"Zadar","Croatia"),
  E("boot Düsseldorf","2041-01",None,"Düsseldorf","Germany"),
  E("boot Düsseldorf","2043-01",None,"Düsseldorf","Germany"),
  E("Nautical Industry Days","2042-05-28","2042-05-30","Zadar","Croatia"),
  E("B2B meetings","2042-05-29",None,"Zadar","Croatia"),
  E("national cluster day","2042-03-04",None,"Zagreb","Croatia"),
  E("autumn Assembly","2042"),
  E("Assembly","2041-11-20",None,"Šibenik","Croatia")],
 ["2042-02-05","2042-02-12","2041","2042","2041-01","2041-09/2041-12","2043-01","2043/2047","2042-05-28/2042-05-30","2042-05-29",
  "2042-03-04","2042-04-30","2042-07-01","2041-11-20"],
 ["The annual report and financial statement for 2041 are adopted (33 in favour, 1 abstention)",
  "The findings of the external review are accepted, and the Board shall prepare an action plan in response by 30 April 2042",
  "The work plan and budget for 2042 (EUR 455,000) are adopted unanimously",
  "Membership fees for micro-companies with fewer than five employees are reduced by 40% from 1 July 2042",
  "The Board is mandated to start preparing the cluster strategy 2043–2047 and to present a draft at the autumn Assembly",
  "members value training and fairs most",
  "the cluster depends too much on project funding",
  "small repair yards on the islands rarely take part in cluster activities"],
 pub="2042-02-12")
