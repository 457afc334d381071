from g import save
T='''Trade mission report: Agder battery and offshore supply chain to Japan
Kristiansand, 14 November 2035
Author: Sindre Tveit Aasland, international manager, Sørlandet Energiklynge (SEK)

Summary
From 29 October to 2 November 2035, SEK led a delegation of 14 companies and two research organisations from Agder to Tokyo, Yokohama and Kitakyushu. The mission was co-organised with Innovation Norway's office in Tokyo and the Royal Norwegian Embassy in Japan, and supported by Agder County Municipality (Agder fylkeskommune). Its aims were to meet Japanese buyers of battery materials and offshore wind components, to learn about Japan's floating-wind auctions and to prepare a cluster cooperation agreement.

Delegation leader: Kari Hellesøy Stray, CEO of SEK. Political participant: Arne Tjomsland, county mayor of Agder.

Day 1 – Monday 29 October 2035, Tokyo
Morning briefing at the Royal Norwegian Embassy with Ambassador Ingrid Vold Nakamura, followed by a market overview from Haruto Saeki, senior adviser at Innovation Norway Tokyo. In the afternoon: seminar "Norway–Japan: clean energy partners" at the Tokyo Chamber of Commerce and Industry, with 90 Japanese participants. Presentations by Agdermet AS (recycled battery-grade nickel), Lindesnes Subsea AS and the University of Agder (UiA). Evening networking reception hosted by the Embassy.

Day 2 – Tuesday 30 October 2035, Tokyo
B2B meetings arranged by the Japan External Trade Organization (JETRO): 41 one-to-one meetings between the delegation and Japanese trading houses, cable manufacturers and engineering firms. Visit to the headquarters of Kaiyo Denki Co., Ltd., where Yuki Morimoto, general manager for overseas procurement, presented their supplier qualification process.

Day 3 – Wednesday 31 October 2035, Yokohama
Visit to the Yokohama battery research centre of Hoshizora Materials K.K. and round table with the Kanagawa Prefectural Government on hydrogen and batteries. Signing of a memorandum of understanding between SEK and the Kitakyushu-based cluster Hibiki Offshore Network (HON) on joint training and supplier days. Signatories: Kari Hellesøy Stray and Kenji Oshima, chairman of HON.

Day 4 – Thursday 1 November 2035, Kitakyushu
Shinkansen to Kitakyushu. Site visit to the Hibiki port offshore-wind base, hosted by the City of Kitakyushu's port and airport bureau. Workshop on floating foundations with researchers from Kyushu University and NorFloat Engineering AS. Dinner with the Mayor of Kitakyushu.

Day 5 – Friday 2 November 2035, Kitakyushu / return
Individual company meetings in the morning; debrief of the delegation at the hotel at 11:00; return flights from Fukuoka in the evening.

Results
- 41 pre-arranged B2B meetings and 26 further contacts on site
- 1 memorandum of understanding (SEK–HON), signed on 31 October 2035
- 3 companies requested quotations: Agdermet AS, Lindesnes Subsea AS and Vennesla Kabel AS
- Japanese participation in 2 follow-up events agreed (see below)

Follow-up
- Return visit of a Japanese delegation of HON to Kristiansand during the Agder Energy Days, 9–11 June 2036
- Joint webinar "Qualifying as a supplier in Japan" with JETRO and Innovation Norway, 20 January 2036, online
- Participation of SEK in the Floating Wind Japan conference in Tokyo in spring 2036
- Next mission planned to the Republic of Korea in autumn 2036

Company highlights
- Agdermet AS (Kristiansand): Chief Commercial Officer Marte Gundersen-Lie held six meetings with trading houses on recycled nickel sulphate; two buyers asked for samples before 15 December 2035.
- Lindesnes Subsea AS: sales director Øyvind Rosseland presented the dynamic cable protection system to three Japanese engineering firms and was invited to the supplier qualification day of Kaiyo Denki on 12 February 2036 in Tokyo.
- Grimstad Battery Systems AS: founder Linnea Håland signed a non-disclosure agreement with a Yokohama forklift maker; a pilot battery pack is to be shipped in March 2036.
- NorFloat Engineering AS: CEO Tarjei Moi Kvinlaug joined the Kyushu University workshop as a speaker and agreed to co-supervise a Japanese master's student from August 2036.
- University of Agder: Professor Hilde Sødal Reinertsen, head of the battery research group, and Associate Professor Taro Fujikawa-Berg discussed a joint PhD position with the Kitakyushu campus; an application to the Research Council of Norway (Forskningsrådet) will be submitted by 1 March 2036.

Background
SEK has organised international missions since it received its first national cluster status in 2019: to Scotland (2022), to the Netherlands and Belgium (2024), to South Korea (2027, cancelled after the first day because of a typhoon) and to the United States (Boston, 12–16 May 2031). The Japan mission was the first outside Europe and North America since 2027 and the first with a county mayor in the delegation.

Participants' feedback (survey of 12 of 14 companies): 11 found the meetings relevant or very relevant; the most-cited weakness was the short time in Yokohama.

Budget: NOK 1.9 million, of which 60% covered by Innovation Norway and Agder County Municipality. Travel costs were paid by the companies.

Participating organisations: Agdermet AS, Lindesnes Subsea AS, Vennesla Kabel AS, Grimstad Battery Systems AS, Sørvolt AS, NorFloat Engineering AS, Arendal Marine Coatings AS, Lillesand Composites AS, Mandal Hydraulikk AS, Eydehavn Anode AS, Tvedestrand Offshore Service AS, Flekkefjord Steel AS, Birkeland Automation AS, Risør Sensor AS; University of Agder; NORCE Norwegian Research Centre.

Contact: sindre.aasland@sek.example
'''
save('SEK-trade-mission-japan-2035-report.txt',T,'2035-11-14',
[('Sindre Tveit Aasland','international manager','Sørlandet Energiklynge'),('Kari Hellesøy Stray','CEO','SEK'),
 ('Arne Tjomsland','county mayor of Agder',None),('Ingrid Vold Nakamura','Ambassador','Royal Norwegian Embassy in Japan'),
 ('Haruto Saeki','senior adviser','Innovation Norway Tokyo'),('Yuki Morimoto','general manager for overseas procurement','Kaiyo Denki Co., Ltd.'),
 ('Kenji Oshima','chairman','HON'),
 ('Marte Gundersen-Lie','Chief Commercial Officer','Agdermet AS'),('Øyvind Rosseland','sales director','Lindesnes Subsea AS'),
 ('Linnea Håland','founder','Grimstad Battery Systems AS'),('Tarjei Moi Kvinlaug','CEO','NorFloat Engineering AS'),
 ('Hilde Sødal Reinertsen','head of the battery research group','University of Agder'),('Taro Fujikawa-Berg',None,'University of Agder')],
[('Sørlandet Energiklynge','SEK'),('Innovation Norway',None),('Royal Norwegian Embassy in Japan',None),
 ('Agder County Municipality','Agder fylkeskommune'),('Tokyo Chamber of Commerce and Industry',None),('Agdermet AS',None),
 ('Lindesnes Subsea AS',None),('University of Agder','UiA'),('Japan External Trade Organization','JETRO'),('Kaiyo Denki Co., Ltd.',None),
 ('Hoshizora Materials K.K.',None),('Kanagawa Prefectural Government',None),('Hibiki Offshore Network','HON'),
 ('City of Kitakyushu',None),('Kyushu University',None),('NorFloat Engineering AS',None),('Vennesla Kabel AS',None),
 ('Grimstad Battery Systems AS',None),('Sørvolt AS',None),('Arendal Marine Coatings AS',None),('Lillesand Composites AS',None),
 ('Mandal Hydraulikk AS',None),('Eydehavn Anode AS',None),('Tvedestrand Offshore Service AS',None),('Flekkefjord Steel AS',None),
 ('Birkeland Automation AS',None),('Risør Sensor AS',None),('NORCE Norwegian Research Centre','NORCE'),('Research Council of Norway','Forskningsrådet')],
[('Trade mission to Japan','2035-10-29','2035-11-02','Tokyo, Yokohama, Kitakyushu','Japan'),
 ('Norway–Japan: clean energy partners','2035-10-29','2035-10-29','Tokyo','Japan'),
 ('supplier qualification day of Kaiyo Denki','2036-02-12','2036-02-12','Tokyo','Japan'),
 ('mission to South Korea','2027','2027',None,'South Korea'),
 ('mission to the United States','2031-05-12','2031-05-16','Boston','United States'),
 ('mission to Scotland','2022','2022',None,'United Kingdom'),
 ('mission to the Netherlands and Belgium','2024','2024',None,'Netherlands, Belgium'),
 ('Agder Energy Days','2036-06-09','2036-06-11','Kristiansand','Norway'),
 ('Qualifying as a supplier in Japan','2036-01-20','2036-01-20',None,None),
 ('Floating Wind Japan','2036','2036','Tokyo','Japan'),
 ('mission to the Republic of Korea','2036','2036',None,'South Korea')],
['2035-11-14','2035-10-29/2035-11-02','2035-10-29','2035-10-30','2035-10-31','2035-11-01','2035-11-02','2036-06-09/2036-06-11','2036-01-20','2036','2035-12-15','2036-02-12','2036-03','2036-08','2036-03-01','2019','2022','2024','2027','2031-05-12/2031-05-16'],[])
