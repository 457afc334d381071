from h import *
F = 'g13_lecco_metal_cluster_new_chair.txt'
assert wd(2037,1,27)=='Tuesday' and wd(2037,3,18)=='Wednesday' and wd(2037,4,15)=='Wednesday'
T = """PRESS RELEASE

Lecco, 29 January 2037

Federica Mauri elected President of Lariofab, the metalworking and mechatronics cluster of the Lecco and Como area
Outgoing president Giancarlo Brivio hands over after nine years; board renewed for 2037–2039

The General Assembly of Lariofab – Cluster Meccatronico Lariano, the association of 187 metalworking, machinery and mechatronics companies of the provinces of Lecco and Como, has elected Federica Mauri as its new President. The vote took place on Tuesday 27 January 2037 at the Lecco campus of the Politecnico di Milano, in the presence of 132 member companies.

Mauri, 49, is Managing Director of Mauri Stampi S.p.A. in Valmadrera, a third-generation family company producing precision dies for the automotive and white-goods industries. She has been a member of the cluster's board since 2031 and led its working group on skills, which launched the "Officina Giovani" apprenticeship scheme with the ITS Lombardia Meccatronica Academy. Before returning to the family company she worked for eight years in Stuttgart as a project engineer at Robert Bosch GmbH.

"Our companies are world leaders in niches, but many of them are too small to carry the digital and energy transition alone," Mauri said after the vote. "The cluster has to become the place where a 20-person workshop can find a partner, a researcher and a young technician in the same week."

She succeeds Giancarlo Brivio, founder of Brivio Trafilerie S.r.l., who had been President since 2028 and who did not stand again under the association's two-term limit. Under his presidency Lariofab grew from 64 to 187 members, obtained recognition as a regional technology cluster by Regione Lombardia in 2030 and opened the shared test centre "LarioLab" in Calolziocorte. Brivio was appointed Honorary President by acclamation.

The assembly also elected the board for 2037–2039. It is composed of:
- Federica Mauri (Mauri Stampi S.p.A.), President
- Luca Panzeri (Panzeri Automazioni S.r.l., Merate), Vice-President
- Prof. Stefania Rocchetti (Politecnico di Milano, Polo territoriale di Lecco), Vice-President for research
- Matteo De Capitani (Confindustria Lecco e Sondrio)
- Roberta Invernizzi-Galli (Invernizzi Viti S.p.A., Cantù)
- Dr. Kwame Asante (ABB S.p.A., Dalmine plant)
- Paolo Sala (Camera di Commercio di Como-Lecco)

Director Alessandro Corti, who has run the cluster's office since 2033, and the team of six staff remain in place.

The new President outlined her priorities for the first year:
- a shared energy community for member companies in the industrial districts of Valmadrera and Calolziocorte;
- a talent programme with the ITS academy and the Politecnico, with 60 paid internships a year;
- a stronger presence of the cluster at trade fairs abroad, starting with EMO Hannover in September 2037.

Vittorio Sangalli, Councillor for Economic Development of Regione Lombardia, congratulated the new board and confirmed that the regional cluster support programme will continue until 2040.

The first meeting of the new board will take place on Wednesday 18 March 2037 in Lecco. On Wednesday 15 April 2037, Lariofab will hold its Open Factory Day, when 35 member companies in the Lecco area open their shop floors to students and families.

About Lariofab
Lariofab – Cluster Meccatronico Lariano is a not-for-profit association founded in 2019 by 22 companies and Confindustria Lecco e Sondrio. It supports its members in innovation, internationalisation and skills and is a member of the Lombardy Cluster Network and of the European Clusters Alliance.

Press contact:
Giulia Rusconi, Communication Manager
Lariofab – Cluster Meccatronico Lariano, Via Achille Grandi 15, 23900 Lecco
press@lariofab.example.it | +39 0341 000 000

###
"""
write(F, T)
L="Lariofab – Cluster Meccatronico Lariano"
gold(F,
 [P("Federica Mauri","President",L),
  P("Giancarlo Brivio","Honorary President",L),
  P("Luca Panzeri","Vice-President",L),
  P("Stefania Rocchetti","Vice-President for research",L),
  P("Matteo De Capitani",None,"Confindustria Lecco e Sondrio"),
  P("Roberta Invernizzi-Galli",None,"Invernizzi Viti S.p.A."),
  P("Kwame Asante",None,"ABB S.p.A."),
  P("Paolo Sala",None,"Camera di Commercio di Como-Lecco"),
  P("Alessandro Corti","Director",L),
  P("Vittorio Sangalli","Councillor for Economic Development","Regione Lombardia"),
  P("Giulia Rusconi","Communication Manager",L)],
 [O(L), O("Politecnico di Milano"), O("Mauri Stampi S.p.A."), O("ITS Lombardia Meccatronica Academy"), O("Robert Bosch GmbH"),
  O("Brivio Trafilerie S.r.l."), O("Regione Lombardia"), O("LarioLab"), O("Panzeri Automazioni S.r.l."),
 O("Confindustria Lecco e Sondrio"), O("Invernizzi Viti S.p.A."), O("ABB S.p.A."),
  O("Camera di Commercio di Como-Lecco"), O("Lombardy Cluster Network"), O("European Clusters Alliance")],
 [E("General Assembly","2037-01-27",None,"Lecco","Italy"),
  E("EMO Hannover","2037-09",None,"Hannover","Germany"),
  E("first meeting of the new board","2037-03-18",None,"Lecco","Italy"),
  E("Open Factory Day","2037-04-15",None,"Lecco","Italy")],
 ["2037-01-29","2037/2039","2037-01-27","2031","2028","2030","2033","2037-09","2040","2037-03-18","2037-04-15","2019"],
 [], pub="2037-01-29")
