from h import *
F = 'g07_scanned_page_cluster_bulletin_ocr.txt'
assert wd(2036,1,22)=='Tuesday' and wd(2036,2,7)=='Thursday'
T = """[OCR output – page 3 of 8 – scan quality: medium]

TEESSIDE PROCESS INDUSTRY CLUSTER    BULLETIN No. 41    JANUARY 2036
—————————————————————————————————————————————————————————————
                                                          3
MEMBERS' NEWS

Teesside firm lands £2.1m carbon capture contract

Redcar-based engineering company Ferrousdale Process Ltd has won a
£2.1 million contract to design the compression skid for a new car-
bon capture pilot at the Wilton International site. Managing Director
Gareth Lowther said the contract would secure 24 jobs and create
eight apprenticeships. "This is the biggest order in our 40-year
histo ry," he added. Ferrousdale joined the cluster in 2029 and is a
member of the Hydrogen working group.

New member: Tees Valley Combined Authority joins as associate

The Tees Valley Combined Authority (TVCA) became an associate mem-
ber on 8 January 2036. Its Director of Business & Skills, Imran
Chaudhry, will sit on the cluster's Skills Board.

Obituary
We were saddened to learn of the death of Dr. Alan Metcalfe, a
founding director of the cluster in 2004 and its chair from 2004–2011.
Alan worked for ICI at Billingham for 30 years. A memorial will be
held at St Cuthbert's Church, Billingham, on Thursday 7 February
2036 at 11:00.

EVENTS ROUND-UP   |   Skills summit calls for shared apprentice pool

More than 150 delegates attended the Skills Summit at the Darlington
Hippodrome on Tuesday 22 January 2036. Opening the summit,
cluster chair Dr. Rosalind Pye (Chair, Teesside Process Industry
Cluster) said the region would need 3,000 new technicians by 2040.

Key conclusions of the summit:
  • Members should pool apprentices in a shared training company
    run by the cluster
  • Schools need earlier contact with industry, from age 12
  • Employers should recognise short courses in the pay scale

Teesside University's Pro Vice-Chancellor, Professor Helen Oduya,
offered to host a pilot of the shared apprentice pool from Sep-
tember 2036.          Photo: Delegates at the Skills Summit. (c) J. Harland
—————————————————————————————————————————————————————————————
DIARY DATES                                                  
  20 Feb 2036   Hydrogen working group, Wilton Centre, 10:00–12:30
  5 Mar 2036    Members' networking breakfast, Middlesbrough, 07:45
  18–19 Mar 2036  Chemical Industry Exporters' Forum, Newcastle
  ~~ 24 Apr 2036 AGM and Annual Dinner, Redcar Racecourse ~~ postponed
  tbc           Site visit to Seal Sands bio-refinery

Contact: Lorna Haswell, Membership Manager, lorna.haswell@
tpic.example.co.uk | Tel 01642 000000
—————————————————————————————————————————————————————————————
Teesside Process Industry Cluster Ltd · Registered in England No.
00000000 · Wilton Centre, Redcar TS10 4RF              3 / 8
°  ¦ .   ,,  ' ~ 

MEMBERS' NEWS (continued from p. 2)

Teesport welcomes first ammonia cargo
PD Ports confirmed that the first cargo of low-carbon ammonia arrived at
Teesport on 14 January 2036 from Esbjerg. Chief Executive Frans Calje-Nyqvist
 described it as "a first for the UK's east coast". The cargo was
handled by the new terminal operated jointly with Teesside Energy Park
Ltd. A second cargo is expected in March.

Graduate scheme doubles in size
Sabic UK Petrochemicals will take on 36 graduates in 2036, twice as
many as last year, said HR Director Claire Fenwick-Ord. The company
works with the cluster and with Durham University on a new modular
master's programme in process safety, first intake autumn 2036.

Cluster team changes
Martin Routledge steps down as Chief Executive at the end of March
after nine years. The board has appointed Dr. Priya Nandakumar, currently
Head of Innovation, as his successor from 1 April 2036. A fare-
well reception will be held after the AGM. Recruitment for a new Head
of Innovation will open in Febr
"""
write(F, T)
C = "Teesside Process Industry Cluster"
gold(F,
 [P("Gareth Lowther","Managing Director","Ferrousdale Process Ltd"),
  P("Rosalind Pye","Chair",C), P("Imran Chaudhry","Director of Business & Skills","Tees Valley Combined Authority"),
  P("Alan Metcalfe","founding director","Teesside Process Industry Cluster"), P("Helen Oduya","Pro Vice-Chancellor","Teesside University"),
  P("J. Harland"), P("Lorna Haswell","Membership Manager","Teesside Process Industry Cluster"),
  P("Frans Calje-Nyqvist","Chief Executive","PD Ports"), P("Claire Fenwick-Ord","HR Director","Sabic UK Petrochemicals"),
  P("Martin Routledge","Chief Executive","Teesside Process Industry Cluster"), P("Priya Nandakumar","Head of Innovation","Teesside Process Industry Cluster")],
 [O(C), O("Teesside Process Industry Cluster Ltd"), O("North East Process Industry Cluster"), O("Tees Valley Combined Authority","TVCA"),
  O("Teesside University"), O("ICI"), O("PD Ports"), O("Teesside Energy Park Ltd"), O("Sabic UK Petrochemicals"),
  O("Durham University"), O("Ferrousdale Process Ltd")][:1]+[O("Tees Valley Combined Authority","TVCA"),O("Teesside University"), O("ICI"), O("PD Ports"), O("Teesside Energy Park Ltd"), O("Sabic UK Petrochemicals"),O("Durham University"), O("Ferrousdale Process Ltd")],
 [E("Skills Summit","2036-01-22",None,"Darlington","United Kingdom"),
  E("memorial for Dr. Alan Metcalfe","2036-02-07",None,"Billingham","United Kingdom"),
  E("Hydrogen working group","2036-02-20"),
  E("Members' networking breakfast","2036-03-05",None,"Middlesbrough","United Kingdom"),
  E("Chemical Industry Exporters' Forum","2036-03-18","2036-03-19","Newcastle","United Kingdom"),
  E("AGM and Annual Dinner","2036-04-24",None,"Redcar","United Kingdom"),
  E("Site visit to Seal Sands bio-refinery"),
  E("farewell reception")],
 ["2036-01","2036-01-22","2040","2029","2036-01-08","2036-09","2004","2004/2011","2036-02-07","2036-02-20","2036-03-05",
  "2036-03-18/2036-03-19","2036-04-24","2036-01-14","2036-03","2036","2036-04-01"],
 ["Members should pool apprentices in a shared training company run by the cluster",
  "Schools need earlier contact with industry, from age 12",
  "Employers should recognise short courses in the pay scale"], "2036-01")
