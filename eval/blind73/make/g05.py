from h import *
from email.message import EmailMessage
F = 'westfjords-blue-biotech-save-the-date.eml'
body = f"""Dear colleagues and friends of the Westfjords Blue Biotech Cluster,

SAVE THE DATE

ARCTIC BLUE BIORESOURCES SUMMIT 2035
{wd(2035,9,5)} 5 - {wd(2035,9,7)} 7 September 2035
Edinborgarhúsið, Ísafjörður, Iceland

We are delighted to confirm that the third Arctic Blue Bioresources Summit will take place in Ísafjörður from 5 to 7 September
2035, hosted by the Westfjords Blue Biotech Cluster (Bláklasi Vestfjarða) together with the University Centre of the Westfjords
(Háskólasetur Vestfjarða) and the Westfjords Regional Development Office (Vestfjarðastofa).

After two editions in Ísafjörður in 2031 and in Bolungarvík in 2033, the summit has become the meeting point for companies,
researchers and public bodies working on fish side-streams, seaweed, marine collagen and aquaculture feed from Iceland, the
Faroe Islands, Greenland, northern Norway and Newfoundland.

Provisional outline

  Thursday 5 September  - arrivals, cluster study visits to the Bolungarvík marine processing park (afternoon),
                          welcome reception at the Ísafjörður town hall (19:00)
  Friday 6 September    - plenary day: "From by-product to high-value ingredient"; B2B meetings in the afternoon;
                          summit dinner at Tjöruhúsið (19:30)
  Saturday 7 September  - thematic workshops and a boat excursion to the Arnarfjörður seaweed farm (weather permitting)

Confirmed speakers include Dr. Hildur Sæmundsdóttir, research director of Matís ohf., Prof. Dr. Kristian Egede Olsen of the
Greenland Institute of Natural Resources, and Sigurður Baldvinsson Thorlacius, CEO of the fish-skin start-up Roð og Roðhúð ehf.
A representative of the European Commission's Directorate-General for Maritime Affairs and Fisheries (DG MARE) has been invited.

Registration will open on 2 April 2035. Early-bird fees apply until 15 June 2035. A limited number of travel grants for
early-career researchers will be offered by the Nordic Atlantic Cooperation (NORA).

Call for contributions

Companies and research groups are invited to propose short pitches (five minutes) for the Friday afternoon session "Blue ideas
looking for partners" and posters for the exhibition area. Proposals of no more than 300 words should be sent by 30 May 2035 to
summit@blaklasi.is. A jury chaired by Dr. Hildur Sæmundsdóttir will select ten pitches; the best pitch will receive the Bláskel
award, which includes a free stand at the Icelandic Fisheries Exhibition in Kópavogur in 2036.

Please note that the number of hotel rooms in Ísafjörður is limited in September. We have reserved a block of rooms at Hótel Ísafjörður
and at the Hotel Horn until 1 June 2035, and we strongly recommend booking early. Domestic flights from Reykjavík take about forty
minutes; a shuttle will be organised from Ísafjörður airport on 5 September.

You will find updates at www.blaklasi.is/summit2035. Please forward this message to colleagues who may be interested.

With best regards,

Elín Björg Guðmundsdóttir
Cluster Manager | Framkvæmdastjóri
Westfjords Blue Biotech Cluster / Bláklasi Vestfjarða
Suðurgata 12, 400 Ísafjörður, Iceland
+354 456 7720 | elin@blaklasi.is
www.blaklasi.is

-----Original Message-----
From: Elín Björg Guðmundsdóttir <elin@blaklasi.is>
Sent: {wd(2035,1,20)}, 20 January 2035 10:14
To: Stjórn Bláklasa <stjorn@blaklasi.is>
Cc: Pétur Már Halldórsson <petur@vestfjardastofa.is>
Subject: Ráðstefnan í september - dagsetning staðfest

Sæl öll,

Stjórnin samþykkti á fundi sínum {wd(2035,1,16,'is')} 16. janúar að ráðstefnan Arctic Blue Bioresources Summit verði haldin á
Ísafirði dagana 5.-7. september 2035. Edinborgarhúsið er bókað alla þrjá dagana og Háskólasetur Vestfjarða hefur staðfest
að það sjái um vinnustofurnar á laugardeginum.

Peter Nygaard frá Nordic Atlantic Cooperation hefur tekið vel í að styrkja ferðir ungra vísindamanna, en við fáum svar í mars.
Ég mun senda út "save the date" á ensku um leið og dagskráin liggur fyrir í grófum dráttum.

Næsti stjórnarfundur verður {wd(2035,2,13,'is')} 13. febrúar kl. 15:00 í fjarfundi.

Bestu kveðjur,
Elín Björg

--
Elín Björg Guðmundsdóttir
Framkvæmdastjóri Bláklasa Vestfjarða
"""
m = EmailMessage()
m['From'] = 'Elín Björg Guðmundsdóttir <elin@blaklasi.is>'
m['To'] = 'members@blaklasi.is'
m['Cc'] = 'petur@vestfjardastofa.is'
m['Subject'] = 'SAVE THE DATE: Arctic Blue Bioresources Summit 2035, Ísafjörður, 5-7 September'
m['Date'] = 'Mon, 19 Feb 2035 09:02:11 +0000'
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
import datetime as _d; assert _d.date(2035,2,19).weekday()==0 or True
gold(F, [P('Elín Björg Guðmundsdóttir','Cluster Manager','Westfjords Blue Biotech Cluster'), P('Hildur Sæmundsdóttir','research director','Matís ohf.'),
 P('Kristian Egede Olsen',None,'Greenland Institute of Natural Resources'), P('Sigurður Baldvinsson Thorlacius','CEO','Roð og Roðhúð ehf.'),
 P('Pétur Már Halldórsson',None,None), P('Peter Nygaard',None,'Nordic Atlantic Cooperation')],
 [O('Westfjords Blue Biotech Cluster'), O('University Centre of the Westfjords'), O('Westfjords Regional Development Office'),
  O('Matís ohf.'), O('Greenland Institute of Natural Resources'), O('Roð og Roðhúð ehf.'),
  O("European Commission's Directorate-General for Maritime Affairs and Fisheries",'DG MARE'), O('Nordic Atlantic Cooperation','NORA')],
 [E('Arctic Blue Bioresources Summit 2035','2035-09-05','2035-09-07','Ísafjörður','Iceland'),
  E('cluster study visits','2035-09-05','2035-09-05','Bolungarvík','Iceland'), E('welcome reception','2035-09-05','2035-09-05','Ísafjörður','Iceland'),
  E('B2B meetings','2035-09-06','2035-09-06','Ísafjörður','Iceland'), E('summit dinner','2035-09-06','2035-09-06','Ísafjörður','Iceland'),
  E('thematic workshops','2035-09-07','2035-09-07','Ísafjörður','Iceland'), E('boat excursion to the Arnarfjörður seaweed farm','2035-09-07','2035-09-07',None,'Iceland'),
  E('Arctic Blue Bioresources Summit (2031 edition)','2031','2031','Ísafjörður','Iceland'), E('Arctic Blue Bioresources Summit (2033 edition)','2033','2033','Bolungarvík','Iceland'),
  E('Icelandic Fisheries Exhibition','2036','2036','Kópavogur','Iceland'), E('stjórnarfundur','2035-02-13','2035-02-13',None,None), E('fundur stjórnar','2035-01-16','2035-01-16',None,None)],
 ['2035-09-05/2035-09-07','2031','2033','2035-09-05','2035-09-06','2035-09-07','2035-04-02','2035-06-15','2035-06-01','2035-01-20','2035-01-16','2035-02-13','2035-02-19','2035-03','2035-05-30','2036'],
 pub='2035-02-19')
