from h import *
F = 'InnoKaakko_newsletter_2035-03.txt'
T = '''
From: InnoKaakko Oy <uutiskirje@innokaakko.example>
Subject: InnoKaakko Monthly | March 2035 – logistics, bioproducts and what's on in spring

INNOKAAKKO MONTHLY
Regional innovation news from Kymenlaakso – Kotka · Hamina · Kouvola
No. 3/2035 · sent 4 March 2035

View this e-mail in your browser | Unsubscribe

------------------------------------------------------------
EDITORIAL
------------------------------------------------------------
Dear partners,

Spring is when the port opens its sluices in more than one sense: the new rail terminal at HaminaKotka is taking its first block trains, and our bioproduct companies are getting ready for a busy fair season. This issue collects the events we organise or support in March, April and May, followed by short news from the region.

Warm regards,
Minna Rautiainen
CEO, InnoKaakko Oy

------------------------------------------------------------
EVENTS
------------------------------------------------------------
>> Logistics Breakfast #14: "Dry ports and the rail corridor"
Thursday 15 March, 8.00–10.00, Kouvola Innovation Campus
Speakers: Antti Salmenkivi, development director, Ratapiha Logistics Oy; Heidi Väisänen, senior researcher at LUT University (Kouvola unit). Free of charge, breakfast included.

>> Webinar: Funding for low-carbon freight pilots
Tuesday 27 March, 13.00–14.00, online (Teams)
Business Finland's Kimmo Laaksonen presents the new call; our project manager Jere Koivisto explains how InnoKaakko can help with partner search.

>> Biofibre Day 2035
Wednesday 11 April, 9.00–16.00, Kotka, Merikeskus Vellamo
The third Biofibre Day gathers pulp, packaging and textile companies of the Kymi river valley. Keynote by Dr Satu Ylönen-Parviainen, Head of R&D at Voikkaa Fibre Oy. In the afternoon, two workshops run side by side: "Lignin beyond energy" and "Textile fibres from wood". Registration closes 31 March.

>> Study tour to the Port of Gdańsk
22–24 April 2035
A group of 15 logistics companies will visit the Baltic Hub container terminal and meet Pomeranian logistics SMEs. Travel by ferry from Helsinki; cost sharing 450 EUR per person. Register with Jere Koivisto by 28 March.

>> Kymenlaakso Circular Economy Forum
15 May, Hamina Bastioni
Jointly organised with the Regional Council of Kymenlaakso (Kymenlaakson liitto) and Cursor-aluekehitys. The forum will publish the regional circular-economy roadmap for 2035–2040. Save the date – programme in April.

>> Also noted
- 18–20 March: LogiMAT, Stuttgart – InnoKaakko team on site, contact Jere if you want to meet
- 6 May: Hamina Tattoo volunteer briefing (not an InnoKaakko event, shared at the request of the city)

------------------------------------------------------------
NEWS IN BRIEF
------------------------------------------------------------
* New board for the Kymi Biofibre Cluster
At its annual meeting on 20 February, the Kymi Biofibre Cluster elected Pekka Hiltunen (Kuusankoski Pakkaus Oy) as chair and Laura Mäntylä-Lind (South-Eastern Finland University of Applied Sciences, Xamk) as vice-chair. The cluster now counts 46 member organisations.

* InnoKaakko wins EU support for "GreenCorridor Kymi"
The project, running 2035–2037, will test electric terminal tractors and shared warehousing between Kotka and Kouvola. Partners are Xamk, the City of Kouvola and five companies. Kick-off was held in Kouvola on 26 February.

* Hamina-based start-up wins national award
Sealoop Oy, which turns fish-processing side streams into feed ingredients, received the Kasvu Award in Helsinki on 12 February. "The region has the raw material and the logistics – we just connect the two," says co-founder Ville Kettunen.

* Staff news
Eveliina Sormunen has joined InnoKaakko as communications manager. She previously worked for the newspaper Kymen Sanomat. Our long-time business adviser Raimo Tenhunen retires at the end of March – thank you, Raimo!

* Survey results
Of 112 companies that answered our autumn survey, 61 % plan to invest in automation in 2035 and 38 % are looking for foreign partners. The full report is available on our website.

------------------------------------------------------------
CONTACT
InnoKaakko Oy · Keskuskatu 18 · 48100 Kotka · Finland
info@innokaakko.example · +358 40 555 0131
You receive this newsletter because you subscribed on innokaakko.example. Unsubscribe | Update your preferences
© InnoKaakko Oy 2035
'''
write_text(F, T)
IK='InnoKaakko Oy'
gold(F, '2035-03-04',
 [P('Minna Rautiainen','CEO',IK),
  P('Antti Salmenkivi','development director','Ratapiha Logistics Oy'),
  P('Heidi Väisänen','senior researcher','LUT University'),
  P('Kimmo Laaksonen',None,'Business Finland'),
  P('Jere Koivisto','project manager',IK),
  P('Satu Ylönen-Parviainen','Head of R&D','Voikkaa Fibre Oy'),
  P('Pekka Hiltunen','chair','Kymi Biofibre Cluster'),
  P('Laura Mäntylä-Lind','vice-chair','Kymi Biofibre Cluster'),
  P('Ville Kettunen','co-founder','Sealoop Oy'),
  P('Eveliina Sormunen','communications manager',IK),
  P('Raimo Tenhunen','business adviser',IK)],
 [O(IK,'InnoKaakko'),O('HaminaKotka'),O('Ratapiha Logistics Oy'),O('LUT University'),O('Business Finland'),O('Voikkaa Fibre Oy'),
  O('Port of Gdańsk'),O('Baltic Hub'),O('Regional Council of Kymenlaakso','Kymenlaakson liitto'),O('Cursor-aluekehitys'),
  O('Kymi Biofibre Cluster'),O('Kuusankoski Pakkaus Oy'),O('South-Eastern Finland University of Applied Sciences','Xamk'),
  O('City of Kouvola'),O('Sealoop Oy'),O('Kymen Sanomat')],
 [E('Logistics Breakfast #14: "Dry ports and the rail corridor"','2035-03-15',None,'Kouvola','Finland'),
  E('Webinar: Funding for low-carbon freight pilots','2035-03-27'),
  E('Biofibre Day 2035','2035-04-11',None,'Kotka','Finland'),
  E('Study tour to the Port of Gdańsk','2035-04-22','2035-04-24','Gdańsk','Poland'),
  E('Kymenlaakso Circular Economy Forum','2035-05-15',None,'Hamina','Finland'),
  E('LogiMAT','2035-03-18','2035-03-20','Stuttgart','Germany'),
  E('GreenCorridor Kymi kick-off','2035-02-26',None,'Kouvola','Finland'),
E('Hamina Tattoo volunteer briefing','2035-05-06')],
 ['2035-03','2035-03-04','2035-03-15','2035-03-27','2035-04-11','2035-03-31','2035-04-22/2035-04-24','2035-03-28','2035-05-15','2035-04','2035-05',
  '2035-2040'.replace('-','/'),'2035-03-18/2035-03-20','2035-05-06','2035-02-20','2035/2037','2035-02-26','2035-02-12','2035'],
 [])
