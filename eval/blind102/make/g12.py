from h import *
from email.message import EmailMessage
F = 'g12_cantabria_nautical_newsletter_fwd.eml'
assert wd(2041,2,6)=='Wednesday' and wd(2041,2,27)=='Wednesday' and wd(2041,3,14)=='Thursday' and wd(2041,1,24)=='Thursday'
BODY = """Hi Arturo,

see below the January issue of the Cantabria nautical cluster's newsletter, copied from their web archive (the e-mail version went to my old address). Items 2 and 4 are relevant for our Atlantic marinas project, and we should probably send somebody to the general assembly in Santander. Can you check with Lucía?

Best,
Maite

Maite Arrizabalaga
Project Officer | Basque Maritime Forum
Tel. +34 944 000 000

-------- Forwarded page --------
From the archive: https://www.nautica-cantabria.example.es/newsletter/2041-01
Date: 30 January 2041

Home > Newsletter > Archive > January 2041

CLUSTER NAUTICO DE CANTABRIA – NEWSLETTER No. 61 – JANUARY 2041
View in browser | Unsubscribe | Forward to a colleague

In this issue
1. Record year for the Santander Boat Show
2. Marinas go electric: pilot in Laredo
The project also plans a survey of boat owners in Santander, Laredo and Castro Urdiales to find out how many would switch to electric engines if charging were available, and at what price. Members who run marinas or charter companies can take part in a working group that meets online once a month; the first meeting is planned for early February. Results of the pilot will be shared with the partner marinas in Lorient, Vigo and Portimão before the summer season.

3. New members
4. Study visit to Brittany in February
The visit continues the cooperation agreement signed with Bretagne Pôle Naval in 2039, which foresees one exchange in each direction per year. A Breton delegation is expected in Santander in the autumn, probably around the Boat Show, and members interested in hosting visitors at their yards or workshops are asked to tell the secretariat.

5. Agenda
6. General Assembly 2041: convocation

1. Record year for the Santander Boat Show
The 14th Santander Boat Show closed on 12 October 2040 with 21,300 visitors and 142 exhibitors, a record for the event. Half of the exhibitors were members of the cluster. "We have shown that the Cantabrian coast can host a show of national level," said the cluster's president, Íñigo Ruiz-Bedia, who also chairs the board of Astilleros del Besaya S.L. The 2041 edition will take place from 9 to 12 October 2041.
Read more

2. Marinas go electric: pilot in Laredo
Puertos de Cantabria, the regional port authority, and the cluster have started a pilot with six charging points for electric boats in the marina of Laredo. The pilot is part of the Interreg Atlantic Area project BLUEPLUG, in which the cluster works with partners from Brittany, Galicia and the Algarve. Technical coordinator Dr. Sergio Pellón-Gutiérrez of the Universidad de Cantabria expects the first results in spring 2041.
Read more

The project also plans a survey of boat owners in Santander, Laredo and Castro Urdiales to find out how many would switch to electric engines if charging were available, and at what price. Members who run marinas or charter companies can take part in a working group that meets online once a month; the first meeting is planned for early February. Results of the pilot will be shared with the partner marinas in Lorient, Vigo and Portimão before the summer season.

3. New members
We welcome three new members: Velas Cantábrico S.L., a sailmaker in Santoña; Náutica Pas Electric S.L., a start-up building electric outboard engines; and the Centro Integrado de Formación Profesional Nº 1 of Santander, which trains boat mechanics. The cluster now has 74 members.

4. Study visit to Brittany in February
From Tuesday 5 to Thursday 7 February 2041 a delegation of twelve cluster members will visit Lorient and Brest on the invitation of Bretagne Pôle Naval. The programme includes visits to the Lorient La Base sailing centre, to the shipyard of Multiplast and a workshop at the École nationale supérieure de techniques avancées Bretagne (ENSTA Bretagne). A few places are still free; contact Lucía Gómez-Argüeso by 24 January 2041.
Read more

The visit continues the cooperation agreement signed with Bretagne Pôle Naval in 2039, which foresees one exchange in each direction per year. A Breton delegation is expected in Santander in the autumn, probably around the Boat Show, and members interested in hosting visitors at their yards or workshops are asked to tell the secretariat.

5. Agenda
- Wednesday 6 February 2041, 18:00 – "Blue economy afterwork", Palacio de Festivales, Santander (with the Cantabrian Chamber of Commerce)
- Wednesday 27 February 2041, 10:00–12:00 – Webinar: new EU rules on recreational craft emissions, with Bernardo Fuentes-Olmo, legal adviser of ANEN
- Thursday 14 March 2041 – General Assembly 2041, Santander
- 9–12 October 2041 – 15th Santander Boat Show

6. General Assembly 2041: convocation
The Board of the Cluster Náutico de Cantabria convenes the ordinary General Assembly on Thursday 14 March 2041 at 17:00 (first call) and 17:30 (second call) at the Centro Botín, Santander. Agenda: approval of the 2040 accounts and activity report; budget and work plan 2041; election of two board members; any other business. Members who cannot attend may delegate their vote in writing to another member.

Secretary General: Lucía Gómez-Argüeso

Cluster Náutico de Cantabria (CNC)
Calle Castelar 00, 39004 Santander
info@nautica-cantabria.example.es

You receive this newsletter as a member or friend of the cluster. Privacy policy.
Follow us: LinkedIn | Instagram | YouTube
"""
m = EmailMessage()
m['From'] = 'Maite Arrizabalaga <m.arrizabalaga@bmf.example.eus>'
m['To'] = 'Arturo Zubizarreta <a.zubizarreta@bmf.example.eus>'
m['Subject'] = 'Fwd: Cluster Náutico de Cantabria – Newsletter January 2041'
m['Date'] = 'Thu, 31 Jan 2041 09:14:22 +0100'
assert wd(2041,1,31)=='Thursday'
m.set_content(BODY)
open(path(F),'wb').write(bytes(m))
C='Cluster Náutico de Cantabria'
gold(F,
 [P("Arturo Zubizarreta"), P("Maite Arrizabalaga","Project Officer","Basque Maritime Forum"),
  P("Íñigo Ruiz-Bedia","president",C),
  P("Sergio Pellón-Gutiérrez","Technical coordinator","Universidad de Cantabria"),
  P("Lucía Gómez-Argüeso","Secretary General",C),
  P("Bernardo Fuentes-Olmo","legal adviser","ANEN")],
 [O("Basque Maritime Forum"), O(C,"CNC"), O("Astilleros del Besaya S.L."), O("Puertos de Cantabria"),
  O("Universidad de Cantabria"), O("Velas Cantábrico S.L."), O("Náutica Pas Electric S.L."),
  O("Centro Integrado de Formación Profesional Nº 1"), O("Bretagne Pôle Naval"), O("Multiplast"),
  O("École nationale supérieure de techniques avancées Bretagne","ENSTA Bretagne"),
  O("Cantabrian Chamber of Commerce"), O("ANEN")],
 [E("14th Santander Boat Show",None,"2040-10-12","Santander","Spain"),
  E("Study visit to Brittany","2041-02-05","2041-02-07","Lorient, Brest","France"),
  E("Blue economy afterwork","2041-02-06",None,"Santander","Spain"),
  E("Webinar: new EU rules on recreational craft emissions","2041-02-27",None,None,None),
  E("General Assembly 2041","2041-03-14",None,"Santander","Spain"),
  E("15th Santander Boat Show","2041-10-09","2041-10-12","Santander","Spain")],
 ["2041-01","2041-01-30","2040-10-12","2041-10-09/2041-10-12","2041-02-05/2041-02-07","2041-01-24","2041-02-06","2041-02-27","2041-03-14","2040","2041","2041-01-31","2039","2041-02"],
 [], pub="2041-01-30")
