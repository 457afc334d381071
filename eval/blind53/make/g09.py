from h import *
F = 'island-talks-webinar-series_gotland.md'
T = '''
[Home](/) › [Activities](/activities) › Island Talks

# Island Talks – the webinar series of Gotland Circular Food Network

*Lunch-hour conversations about food, water and circularity on an island. Every second Wednesday during the season, 12:00–12:45 (CET/CEST), on Zoom. Free of charge, recordings for members.*

Island Talks started in spring 2032 as a way to keep our members on Gotland, Fårö and the mainland talking during the long winter. Each episode has one or two guests, a host from the network and twenty minutes for questions. The series is run by Gotland Circular Food Network (GCFN) ek. för. with support from Region Gotland and the Swedish Board of Agriculture (Jordbruksverket). Since season 3 we invite guests from other islands around Europe.

**Host:** Elin Rosvall, network coordinator, GCFN
**Technical producer:** Johan Hägg, Visby Media AB

---

## Upcoming episodes (season 4, autumn 2034)

**#31 – Water is the new limit: irrigation on a dry island**
Wednesday 11 October 2034, 12:00–12:45
Guests: Karin Stenström, farmer, Stenströms Grönsaker i Hemse; Dr Per-Olof Lindgren, hydrologist, Uppsala University, Campus Gotland
[Register](/register/31)

**#32 – Seaweed on the menu**
Wednesday 25 October 2034, 12:00–12:45
Guests: Maja Ekholm, founder of Östersjötång AB; Jens Peder Kjærgaard, head chef at a restaurant on Læsø (LÆSØ SPISEKAMMER ApS)
[Register](/register/32)

**#33 – Selling to the summer visitors – and to the rest of the year**
Wednesday 8 November 2034, 12:00–12:45
Guests: Anders Wallin, CEO, Gotlands Matrundan; Sofia Nyqvist, buyer, Gutekött Livs AB
[Register](/register/33)

**#34 – Special episode: results of the island food survey**
Wednesday 22 November 2034, 12:00–13:00
Guests: Linnea Bergkvist and Omar Al-Khatib, Region Gotland, department for regional development
[Register](/register/34)

**Season finale (live, not online): Island Talks Live**
Thursday 7 December 2034, 17:00–20:00, Almedalsbiblioteket, Visby
Panel with guests of the season and a tasting of members' products. Places limited to 80.

---

## Past episodes

### Season 3 (spring 2034)

| # | Date | Title | Guests |
|---|---|---|---|
| 30 | 26.04.2034 | Abattoir on wheels | Gustav Lindahl, Mobilslakt Gotland AB |
| 29 | 12.4.2034 | Cheese from sheep's milk | Ingrid Ahlqvist, Ahlqvists Fårost |
| 28 | 29.3.2034 | What Åland did with its fish waste | Tove Sjöblom, Ålands Fiskförädling Ab |
| 27 | 15.3.2034 | Cancelled – guest ill; replaced by #29 | – |
| 26 | 1.3.2034 | Energy from manure: biogas cooperatives | Erik Dahlberg, Gotlands Biogas ek. för. |
| 25 | 15.2.2034 | Islands of Europe: an exchange with Saaremaa | Kadri Tamm, Saaremaa Food Cluster (MTÜ) |

### Season 2 (autumn 2033)

Episodes #13–#24 (7 September – 14 December 2033). Highlights:
- #15 "Grain without chemicals" with Lars-Erik Norrby (farmer, Norrby Gård) – 5 October 2033
- #20 "Public kitchens buying local" with Annika Sjödin, head of meals service, Region Gotland – 16 November 2033
- #24 Christmas special with the board of GCFN – 14 December 2033

### Season 1 (spring 2032 – spring 2033)

Twelve episodes, recordings archived. The first episode, with then-chair Bengt Ronquist, was broadcast on 17 March 2032.

---

## Why Island Talks?

"An island makes every problem visible: water, transport, waste, seasons. We wanted a format where a farmer from Hemse can learn from a processor in Mariehamn without taking the ferry," says Elin Rosvall.

Listeners: on average 64 live participants per episode in season 3 (maximum 118 for episode #28). 71 % are members of GCFN.

## Suggest a guest

We plan season 5 (spring 2035) in December. Send ideas to island.talks@gcfn.example by 30 November 2034.

---
Gotland Circular Food Network ek. för. · Skeppsbron 24, 621 57 Visby · org.nr 769640-XXXX
Supported by Region Gotland and Jordbruksverket · [Privacy](/privacy) · [Newsletter](/newsletter) · © GCFN 2034
'''
write_text(F, T)
G='Gotland Circular Food Network'
gold(F, None,
 [P('Elin Rosvall','network coordinator',G),P('Johan Hägg','Technical producer','Visby Media AB'),
  P('Karin Stenström','farmer','Stenströms Grönsaker i Hemse'),P('Per-Olof Lindgren','hydrologist','Uppsala University'),
  P('Maja Ekholm','founder','Östersjötång AB'),P('Jens Peder Kjærgaard','head chef','LÆSØ SPISEKAMMER ApS'),
  P('Anders Wallin','CEO','Gotlands Matrundan'),P('Sofia Nyqvist','buyer','Gutekött Livs AB'),
  P('Linnea Bergkvist',None,'Region Gotland'),P('Omar Al-Khatib',None,'Region Gotland'),
  P('Gustav Lindahl',None,'Mobilslakt Gotland AB'),P('Ingrid Ahlqvist',None,'Ahlqvists Fårost'),P('Tove Sjöblom',None,'Ålands Fiskförädling Ab'),
  P('Erik Dahlberg',None,'Gotlands Biogas ek. för.'),P('Kadri Tamm',None,'Saaremaa Food Cluster'),
  P('Lars-Erik Norrby','farmer','Norrby Gård'),P('Annika Sjödin','head of meals service','Region Gotland'),P('Bengt Ronquist',None,G)],
 [O('Gotland Circular Food Network ek. för.','GCFN'),O('Region Gotland'),O('Swedish Board of Agriculture','Jordbruksverket'),O('Visby Media AB'),
  O('Stenströms Grönsaker i Hemse'),O('Uppsala University'),O('Campus Gotland'),O('Östersjötång AB'),O('LÆSØ SPISEKAMMER ApS'),
  O('Gotlands Matrundan'),O('Gutekött Livs AB'),O('Mobilslakt Gotland AB'),O('Ahlqvists Fårost'),
  O('Ålands Fiskförädling Ab'),O('Gotlands Biogas ek. för.'),O('Saaremaa Food Cluster'),O('Norrby Gård')],
 [E('Island Talks #31 – Water is the new limit: irrigation on a dry island','2034-10-11'),
  E('Island Talks #32 – Seaweed on the menu','2034-10-25'),
  E('Island Talks #33 – Selling to the summer visitors – and to the rest of the year','2034-11-08'),
  E('Island Talks #34 – Special episode: results of the island food survey','2034-11-22'),
  E('Island Talks Live','2034-12-07',None,'Visby','Sweden'),
  E('Island Talks #30 – Abattoir on wheels','2034-04-26'),E("Island Talks #29 – Cheese from sheep's milk",'2034-04-12'),
  E('Island Talks #28 – What Åland did with its fish waste','2034-03-29'),E('Island Talks #26 – Energy from manure: biogas cooperatives','2034-03-01'),
  E('Island Talks #25 – Islands of Europe: an exchange with Saaremaa','2034-02-15'),
  E('Island Talks #15 "Grain without chemicals"','2033-10-05'),E('Island Talks #20 "Public kitchens buying local"','2033-11-16'),
  E('Island Talks #24 Christmas special','2033-12-14'),E('Island Talks #1','2032-03-17')],
 ['2032','2034','2034-10-11','2034-10-25','2034-11-08','2034-11-22','2034-12-07','2034-04-26','2034-04-12','2034-03-29','2034-03-15','2034-03-01','2034-02-15',
  '2033','2033-09-07/2033-12-14','2033-10-05','2033-11-16','2033-12-14','2032/2033','2032-03-17','2035','2034-12','2034-11-30'],
 [])
