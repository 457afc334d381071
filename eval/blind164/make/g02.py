from h import *
F = 'g02_mondovi_mechatronics_team.txt'
T = """MECCATRONICA CUNEO – Cluster of mechatronics and automation of the Province of Cuneo
Home > About us > Our team
[Italiano] [English]

OUR TEAM

Behind every matchmaking day, every funding application and every company visit there is a small team in our office at the Mondovì science park. We are eight people, and this page tells you who does what. If you do not know whom to call, write to info@meccatronicacuneo.example.it and we will pass your message on.

Last updated: 3 February 2038

MANAGEMENT

Federica Bottero – Cluster Director
Federica has led the cluster since its transformation into an association in 2033. An engineer by training (Politecnico di Torino), she spent twelve years at Merlo S.p.A. in San Defendente di Cervasca, first in hydraulic design and later as head of the research and development office. She represents the cluster in the Piedmont Region's innovation pole for smart manufacturing and sits on the steering committee of the Italian Cluster Network.
Career:
2021–2033 Merlo S.p.A., R&D
2033– Cluster Director, Meccatronica Cuneo

Giacomo Olivero – Deputy Director and Head of Projects
Giacomo coordinates the European and regional projects of the cluster. Before joining us in 2035 he worked at Finpiemonte, the regional financial agency, where he assessed research and development grants. He is the person to talk to if your company wants to enter a Horizon Europe or Interreg consortium.

PROJECTS AND SERVICES

Chiara Ghiglia, project manager – internationalisation
Chiara organises our trade missions and the presence of members at fairs. In 2037 she led delegations to Automatica in Munich and to the EMO trade fair in Hanover. She speaks Italian, French, German and English.

Matteo Dalmasso, project manager – digital transformation
Matteo runs the cluster's test-before-invest services together with the European Digital Innovation Hub of Piedmont and with the robotics laboratory of the Università degli Studi di Torino in Cuneo. He is also our contact point for members who want to apply for the regional vouchers for Industry 5.0.

Elena Rosso-Manfredi, skills and training officer
Elena is responsible for the skills programme of the cluster: apprenticeships with the ITS Academy for mechatronics in Cuneo, the summer school for young technicians and the yearly Job Day. She came to us from Confartigianato Cuneo in 2036.

ADMINISTRATION AND COMMUNICATION

Davide Ferrero – administration and membership fees
Sara Bongiovanni – communication, newsletter and social media
Luca Perano – events and logistics (part-time)

BOARD OF DIRECTORS

The Board of Directors was elected by the members' assembly on 23 May 2037 for the period 2037–2040:

President: Marco Ellena (Ellena Automazioni S.r.l.)
Vice President: Paola Giordano, CEO of Giordano Meccanica S.p.A.
Members: Alberto Viale (Alpitronic Cuneo S.r.l.), Roberta Chiapello (Camera di Commercio di Cuneo), prof. Stefano Revelli (Politecnico di Torino), Ilaria Garelli (Unione Industriale della Provincia di Cuneo)
Auditor: Gianni Martini, chartered accountant

The board meets every two months. The next board meeting will be held in Savigliano on 11 March 2038.

OUR MEMBERS IN NUMBERS

- 126 member companies, of which 104 SMEs
- 6 research and training members
- 4 partner institutions: the Province of Cuneo, the City of Mondovì, the Camera di Commercio di Cuneo and the Fondazione CRC

WORK WITH US

We are looking for a junior project officer for European projects (full-time, based in Mondovì). Applications close on 28 February 2038. The job description is available in the "Work with us" section.

HOW TO FIND US

Meccatronica Cuneo – Associazione Cluster Meccatronica
Via della Cornice 6, Parco Scientifico e Tecnologico, 12084 Mondovì (CN)
Office hours: Monday to Friday, 9:00–13:00 and 14:00–17:30
Tel. +39 0174 000 000

Follow us: LinkedIn | YouTube | Newsletter

© Meccatronica Cuneo · VAT no. 00000000000 · Privacy · Cookie settings
"""
write(F, T)
M="Meccatronica Cuneo"
gold(F,
 [P("Federica Bottero","Cluster Director",M),
  P("Giacomo Olivero","Deputy Director and Head of Projects",M),
  P("Chiara Ghiglia","project manager – internationalisation",M),
  P("Matteo Dalmasso","project manager – digital transformation",M),
  P("Elena Rosso-Manfredi","skills and training officer",M),
  P("Davide Ferrero","administration and membership fees",M),
  P("Sara Bongiovanni","communication, newsletter and social media",M),
  P("Luca Perano","events and logistics",M),
  P("Marco Ellena","President",M),
  P("Paola Giordano","Vice President",M),
  P("Alberto Viale","Member",M),
  P("Roberta Chiapello","Member",M),
  P("Stefano Revelli","Member",M),
  P("Ilaria Garelli","Member",M),
  P("Gianni Martini","Auditor",M)],
 [O(M), O("Politecnico di Torino"), O("Merlo S.p.A."), O("Piedmont Region"),
  O("Italian Cluster Network"), O("Finpiemonte"), O("European Digital Innovation Hub of Piedmont"),
  O("Università degli Studi di Torino"), O("ITS Academy for mechatronics"), O("Confartigianato Cuneo"),
  O("Ellena Automazioni S.r.l."), O("Giordano Meccanica S.p.A."), O("Alpitronic Cuneo S.r.l."),
  O("Camera di Commercio di Cuneo"), O("Unione Industriale della Provincia di Cuneo"), O("Province of Cuneo"),
  O("City of Mondovì"), O("Fondazione CRC")],
 [E("Automatica","2037",None,"Munich","Germany"),
  E("EMO trade fair","2037",None,"Hanover","Germany"),
  E("members' assembly","2037-05-23",None,None,None),
  E("board meeting","2038-03-11",None,"Savigliano","Italy")],
 ["2038-02-03","2033","2021/2033","2035","2037","2036","2037-05-23","2037/2040","2038-03-11","2038-02-28"],
 [], pub="2038-02-03")
