from h import *
F = 'g03_kymenlaakso_annual_report-pdf.txt'
assert wd(2037,9,24)=='Thursday' and wd(2037,11,4)=='Wednesday'
T = """Cursor Kymenlaakso Development Company                      Annual Report 2037
Highlights

                                  ANNUAL REPORT 2037
                               Highlights in English

                    Cursor Kymenlaakso Development Company Ltd
                  Regional development agency of the Kymenlaakso
                         region, Kotka and Kouvola, Finland

                             Published 26 March 2038

-- 1 --

Cursor Kymenlaakso Development Company                      Annual Report 2037

Foreword by the Managing Director

2037 was the year in which Kymenlaakso's smart specia-
lisation strategy stopped being a document and became a
working method. The three ecosystems we coordinate –
logistics and the port of HaminaKotka, bio- and circular
economy around the former paper mill sites, and the digi-
tal games cluster in Kotka – together involved 412 compa-
nies in at least one of our services.

I want to thank our owners, the City of Kotka, the City of
Kouvola and the municipalities of Hamina, Pyhtää, Miehik-
kälä and Virolahti, and our key funder, the Regional
Council of Kymenlaakso, for their trust.

Heikki Vainikainen
Managing Director

The year in figures

  412     companies served (2036: 355)
  96      new companies started with our advice
  €14.8m  external funding mobilised for regional companies
  27      international delegations received
  9       entrepreneurial discovery workshops, 318 participants
  61      staff at the end of the year (full-time equivalent 56)

Highlights of the year

Kotka Games Week. The third Kotka Games Week was held
from 14 to 18 June 2037 at the Kotka Maritime Centre Vel-
lamo and the Xamk Kasarminmäki campus. It brought 1,150
visitors and 38 studios; the final pitching day drew
investors from Tallinn, Stockholm and Helsinki.

Bioeconomy Day in Kouvola. On Thursday 24 September
2037 we gathered 210 participants at Kuusankoskitalo to
discuss new uses for the Kuusanniemi mill site. Minister
of Economic Affairs Aino Lehtimäki opened the day;
UPM-Kymmene Oyj and Kemira Oyj presented their plans for
biorefinery pilots.

Logistics mission to Gdańsk. Eight logistics companies
joined our mission to Gdańsk from 2 to 4 November 2037,
organised with Business Finland and the Pomeranian
Development Agency (ARP). On Wednesday 4 November the

-- 2 --

Cursor Kymenlaakso Development Company                      Annual Report 2037

group visited the Baltic Hub container terminal.

S3 platform membership. In March 2037 Kymenlaakso joined
the thematic smart specialisation partnership on circular
textiles led by the region of Flanders, together with
Västra Götaland, Lombardy and Catalonia.

Lessons learnt

Every year we ask ourselves what we would do differently.
For 2037 the management team agreed the following lessons:

1. Entrepreneurial discovery works best when companies
   bring a concrete problem, not when they are invited to
   "discuss the strategy"
2. Our international missions need a longer follow-up: most
   deals were closed six to nine months after the trip
3. The games cluster needs its own investor network rather
   than sharing events with the other ecosystems
4. Monitoring of the regional strategy must be done jointly
   with the Regional Council, not in two separate systems

Organisation and governance

Board of Directors 2037
Chair              Sari Kemppainen, City of Kotka
Vice Chair         Jukka Hirvonen, City of Kouvola
Member             Laura Nieminen, South-Eastern Finland
                   University of Applied Sciences (Xamk)
Member             Petri Lahtinen, Kymenlaakso Chamber of
                   Commerce
Member             Outi Saarela, Port of HaminaKotka Ltd

Management team
Heikki Vainikainen, Managing Director
Johanna Karhu, Director, Business Development
Mikko Reinikainen, Director, International Affairs
Anna-Liisa Tuomi, Head of Smart Specialisation and EU
Projects

Auditor: KPMG Oy Ab, principal auditor Tero Mäkelä, KHT

Finances in brief
Turnover in 2037 was €8.9 million (2036: €8.1 million), of
which 58 per cent came from owner municipalities and 31
per cent from EU and national projects. The result for the
financial year was a surplus of €42,000.

Looking ahead
In 2038 the company will prepare the mid-term review of
the Kymenlaakso Smart Specialisation Strategy 2035–2041
and host the annual meeting of the circular textiles
partnership in Kotka in September 2038.

Cursor Oy · Keskuskatu 6, 48100 Kotka · www.cursor.example.fi
                                                          3
"""
write(F, T)
C="Cursor Kymenlaakso Development Company Ltd"
gold(F,
 [P("Heikki Vainikainen","Managing Director",C),
  P("Aino Lehtimäki","Minister of Economic Affairs",None),
  P("Sari Kemppainen","Chair",C),
  P("Jukka Hirvonen","Vice Chair",C),
  P("Laura Nieminen","Member",C),
  P("Petri Lahtinen","Member",C),
  P("Outi Saarela","Member",C),
  P("Johanna Karhu","Director, Business Development",C),
  P("Mikko Reinikainen","Director, International Affairs",C),
  P("Anna-Liisa Tuomi","Head of Smart Specialisation and EU Projects",C),
  P("Tero Mäkelä","principal auditor","KPMG Oy Ab")],
 [O(C), O("City of Kotka"), O("City of Kouvola"), O("Regional Council of Kymenlaakso"),
  O("UPM-Kymmene Oyj"), O("Kemira Oyj"), O("Business Finland"),
  O("Pomeranian Development Agency","ARP"), O("South-Eastern Finland University of Applied Sciences","Xamk"),
  O("Kymenlaakso Chamber of Commerce"), O("Port of HaminaKotka Ltd"), O("KPMG Oy Ab")],
 [E("Kotka Games Week","2037-06-14","2037-06-18","Kotka","Finland"),
  E("Bioeconomy Day","2037-09-24",None,"Kouvola","Finland"),
  E("Logistics mission to Gdańsk","2037-11-02","2037-11-04","Gdańsk","Poland"),
  E("visited the Baltic Hub container terminal","2037-11-04",None,"Gdańsk","Poland"),
  E("annual meeting of the circular textiles partnership","2038-09",None,"Kotka","Finland")],
 ["2038-03-26","2037","2037-06-14/2037-06-18","2037-09-24","2037-11-02/2037-11-04","2037-11-04","2037-03",
  "2038","2035/2041","2038-09","2036"],
 ["Entrepreneurial discovery works best when companies bring a concrete problem, not when they are invited to \"discuss the strategy\"",
  "Our international missions need a longer follow-up: most deals were closed six to nine months after the trip",
  "The games cluster needs its own investor network rather than sharing events with the other ecosystems",
  "Monitoring of the regional strategy must be done jointly with the Regional Council, not in two separate systems"],
 pub="2038-03-26")
