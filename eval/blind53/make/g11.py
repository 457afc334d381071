from h import *
F = 'Studienreise-Japan-2035_Programme_WNO.md'
T = '''
# Study trip "Offshore Wind Japan 2035" – programme and participant information

**Organiser:** Windenergie-Netzwerk Ostfriesland e.V. (WNO), Emden
**In cooperation with:** German Chamber of Commerce and Industry in Japan (AHK Japan), Tokyo, and the Japan Wind Power Association (JWPA)
**Travel dates:** Sunday 7 October – Sunday 14 October 2035 (departure from Bremen, return to Bremen)
**Status:** final programme, 21 September 2035

---

## Why Japan?

Japan wants to install 30 to 45 GW of offshore wind by 2040 and is building its first floating wind farms off Kyushu and Akita. Ports, installation vessels, cables and service concepts are needed – exactly the fields in which East Frisian companies from Emden, Aurich, Leer and Norden have built experience since the first German offshore wind farms in the 2000s. The trip is meant to open doors for our member companies and to learn from a market that works with typhoons, earthquakes and a very different supplier culture.

Delegation leader: **Hauke Janssen-Ubbens**, chairman of WNO and managing director of Ledaborg Kabeltechnik GmbH, Leer.
Organisation and contact on site: **Dr. Imke Rosenboom**, managing director of WNO (mobile +49 151 000 4471).
Interpreter throughout the trip: Yuki Tanabe-Schröder.

---

## Day-by-day programme

### Day 1 – Sunday 7 October 2035: travel
Bus transfer Emden – Bremen Airport (06:30 from the WNO office, Zum Borkumkai 12). Flight via Frankfurt to Tokyo Haneda; arrival Monday morning local time.

### Day 2 – Monday 8 October: Tokyo
- 11:00 Check-in, Hotel near Tokyo Station
- 14:00 Market briefing at AHK Japan: "Offshore wind in Japan – rounds, rules and players", with Markus Ehrenfried, head of the energy department, AHK Japan
- 16:00 Meeting with the Japan Wind Power Association; welcome by Kenji Morimoto, Secretary General, JWPA
- 19:00 Welcome dinner hosted by the Embassy of the Federal Republic of Germany, with Counsellor for Economic Affairs Dr. Sabine Haltermann

### Day 3 – Tuesday 9 October: Tokyo
- 09:30 Visit to the Ministry of Economy, Trade and Industry (METI), Agency for Natural Resources and Energy, offshore wind promotion office
- 13:00 Seminar "German–Japanese Offshore Wind Business Day" at the AHK Japan conference room: short pitches by the eight delegation companies, followed by B2B meetings with Japanese utilities, trading houses and shipyards (pre-arranged by AHK Japan, about 30 meetings)
- 18:30 Networking reception of the Business Day

### Day 4 – Wednesday 10 October: Tokyo → Akita
- 08:00 Shinkansen to Akita (approx. 4 hours)
- 14:00 Visit to the Port of Akita and the operations and maintenance base of the Akita Noshiro offshore wind farms, hosted by Noshiro Bay O&M K.K.; guided by Haruto Sasaki, O&M manager
- 17:00 Meeting with the Akita Prefectural Government, Industrial Policy Division, and local suppliers

### Day 5 – Thursday 11 October: Akita → Kitakyushu
- 09:00 Flight Akita – Tokyo – Kitakyushu
- 15:00 Visit to the Hibikinada port area, the planned "wind energy hub" of Kitakyushu, with the City of Kitakyushu, Port and Harbor Bureau
- 19:00 Dinner with members of the Hibiki Wind Supplier Circle

### Day 6 – Friday 12 October: Kitakyushu and Nagasaki
- 08:30 Bus to Nagasaki (approx. 3 hours)
- 12:00 Visit to a shipyard building foundations for floating wind turbines (to be confirmed by the yard)
- 15:30 Goto Islands floating wind project – presentation and Q&A by video from the project office in Goto City
- 18:00 Return to Fukuoka

### Day 7 – Saturday 13 October: Fukuoka
- Morning free; optional cultural programme
- 14:00 Debriefing of the delegation: first results, follow-up, next steps (hotel meeting room)
- Flight Fukuoka – Tokyo in the evening

### Day 8 – Sunday 14 October: return
Flight Tokyo Haneda – Frankfurt – Bremen; bus transfer to Emden, arrival around 22:00.

---

## Participants (status 21 September 2035)

| Name | Organisation | Function |
|---|---|---|
| Hauke Janssen-Ubbens | Ledaborg Kabeltechnik GmbH, Leer | Managing Director |
| Dr. Imke Rosenboom | WNO, Emden | Managing Director |
| Jan-Berend de Vries | Ems Offshore Logistik GmbH & Co. KG, Emden | Head of Business Development |
| Frauke Eilers-Haak | Hochschule Emden/Leer | Professor of Maritime Technology |
| Okke Hinrichs | Aurich Rotorservice GmbH | Founder and CEO |
| Tjark Poppinga | Norder Stahlbau GmbH | Sales Manager Asia |
| Meike Dirksen | Wirtschaftsförderung Landkreis Leer | Project manager offshore wind |
| Ruben van Hoorn | Dollard Survey B.V., Delfzijl | Director |
| Tammo Bohlsen | Seehafen Emden Port Services GmbH | Head of Project Cargo |
| Gesa Harms | WNO | Project assistant |

---

## Practical information

- **Costs:** EUR 3,950 per person (flights, hotels, domestic transport, interpreter, group dinners). Members of the Ostfriesland wind network receive a 40 % subsidy through the WNO internationalisation project.
- **Registration deadline:** 15 August 2035 (closed). Waiting list via the WNO office.
- **Visa:** not required for German citizens for stays of up to 90 days.
- **Preparatory meeting:** Thursday 27 September 2035, 16:00, WNO office Emden and online.
- **Follow-up:** the results will be presented at the WNO members' meeting on 22 November 2035 in Aurich and at the "Offshore Wind Forum Ostfriesland" in March 2036.

*Programme subject to change. The WNO is supported by the Landkreise Aurich, Leer and Wittmund and the City of Emden.*
'''
write_text(F, T)
W='Windenergie-Netzwerk Ostfriesland e.V.'
gold(F, None,
 [P('Hauke Janssen-Ubbens','chairman',W),P('Imke Rosenboom','managing director',W),P('Yuki Tanabe-Schröder','Interpreter',None),
  P('Markus Ehrenfried','head of the energy department','German Chamber of Commerce and Industry in Japan'),
  P('Kenji Morimoto','Secretary General','Japan Wind Power Association'),
  P('Sabine Haltermann','Counsellor for Economic Affairs','Embassy of the Federal Republic of Germany'),
  P('Haruto Sasaki','O&M manager','Noshiro Bay O&M K.K.'),
  P('Jan-Berend de Vries','Head of Business Development','Ems Offshore Logistik GmbH & Co. KG'),
  P('Frauke Eilers-Haak','Professor of Maritime Technology','Hochschule Emden/Leer'),
  P('Okke Hinrichs','Founder and CEO','Aurich Rotorservice GmbH'),P('Tjark Poppinga','Sales Manager Asia','Norder Stahlbau GmbH'),
  P('Meike Dirksen','Project manager offshore wind','Wirtschaftsförderung Landkreis Leer'),P('Ruben van Hoorn','Director','Dollard Survey B.V.'),
  P('Tammo Bohlsen','Head of Project Cargo','Seehafen Emden Port Services GmbH'),P('Gesa Harms','Project assistant',W)],
 [O(W,'WNO'),O('German Chamber of Commerce and Industry in Japan','AHK Japan'),O('Japan Wind Power Association','JWPA'),O('Ledaborg Kabeltechnik GmbH'),
  O('Embassy of the Federal Republic of Germany'),O('Ministry of Economy, Trade and Industry','METI'),O('Agency for Natural Resources and Energy'),
  O('Port of Akita'),O('Noshiro Bay O&M K.K.'),O('Akita Prefectural Government'),O('Industrial Policy Division'),O('City of Kitakyushu'),O('Port and Harbor Bureau'),
  O('Hibiki Wind Supplier Circle'),O('Ems Offshore Logistik GmbH & Co. KG'),O('Hochschule Emden/Leer'),O('Aurich Rotorservice GmbH'),
  O('Norder Stahlbau GmbH'),O('Wirtschaftsförderung Landkreis Leer'),O('Dollard Survey B.V.'),O('Seehafen Emden Port Services GmbH'),O('City of Emden')],
 [E('Offshore Wind Japan 2035','2035-10-07','2035-10-14',None,'Japan'),
  E('German–Japanese Offshore Wind Business Day','2035-10-09',None,'Tokyo','Japan'),
  E('Preparatory meeting','2035-09-27',None,'Emden','Germany'),
  E("WNO members' meeting",'2035-11-22',None,'Aurich','Germany'),
  E('Offshore Wind Forum Ostfriesland','2036-03',None,None,None)],
 ['2035-10-07/2035-10-14','2035-09-21','2040','2035-10-07','2035-10-08','2035-10-09','2035-10-10','2035-10-11','2035-10-12','2035-10-13','2035-10-14','2035-08-15','2035-09-27','2035-11-22','2036-03'],
 [])
