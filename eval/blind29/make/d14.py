from mk import *
F = 'week-in-review-etna-chip-valley-week-47.txt'
text(F, '''
ETNA CHIP VALLEY — The week in review
Week 47 · 17–21 November 2031
Posted by Giorgia Cusumano, communications, Etna Chip Valley

Monday 17 November
Our board met in Catania and approved the 2032 work plan. President Salvatore Lo Presti (SiliSud S.r.l.) thanked outgoing treasurer Nunzia La Rosa for eight years of service; Marco D'Agata of Ionica Power Devices S.p.A. takes over.

Tuesday 18 November
Delegation from Grenoble: six companies of the French cluster Alpes Nano Réseau visited the Catania campus of the University of Catania and the CNR-IMM institute. A joint proposal for a Chips JU pilot line is in preparation; the next call is expected in February 2032.

Wednesday 19 November
Webinar "Wide-bandgap power modules for e-mobility" with Dr. Kaito Ishikawa (Nagoya) and Federica Scuderi, R&D manager at SiliSud S.r.l. 240 people followed online. The recording is on our YouTube channel.

Thursday 20 November
Job fair "Chip Careers Sicily" at the Palazzo della Cultura in Catania: 31 employers, 600 students. Our thanks to the Regione Siciliana and to ITS Academy Meccatronica Catania.

Friday 21 November
Registration opened for "SiC Days 2032", our international conference, 10–12 March 2032 in Taormina. Early-bird fee until 15 January 2032.

Coming up next week: members' lunch on 26 November (Acireale) and the closing of the call for the Sicilian Semiconductor Award on 28 November.

Subscribe · Archive · Privacy
''')
gold(F, None,
 [P('Giorgia Cusumano', 'communications', 'Etna Chip Valley'), P('Salvatore Lo Presti', 'President', 'Etna Chip Valley'),
  P('Nunzia La Rosa', 'outgoing treasurer', 'Etna Chip Valley'), P("Marco D'Agata", None, 'Ionica Power Devices S.p.A.'),
  P('Kaito Ishikawa', None, None), P('Federica Scuderi', 'R&D manager', 'SiliSud S.r.l.')],
 [O('Etna Chip Valley'), O('SiliSud S.r.l.'), O('Ionica Power Devices S.p.A.'), O('Alpes Nano Réseau'), O('University of Catania'),
  O('CNR-IMM'), O('Chips JU'), O('Regione Siciliana'), O('ITS Academy Meccatronica Catania')],
 [E('board meeting', '2031-11-17', '2031-11-17', 'Catania', 'Italy'),
  E('Delegation from Grenoble', '2031-11-18', '2031-11-18', 'Catania', 'Italy'),
  E('Wide-bandgap power modules for e-mobility', '2031-11-19', '2031-11-19', None, None),
  E('Chip Careers Sicily', '2031-11-20', '2031-11-20', 'Catania', 'Italy'),
  E('SiC Days 2032', '2032-03-10', '2032-03-12', 'Taormina', 'Italy'),
  E("members' lunch", '2031-11-26', '2031-11-26', 'Acireale', 'Italy')],
 ['2031-11-17/2031-11-21', '2031-11-17', '2031-11-18', '2031-11-19', '2031-11-20', '2031-11-21', '2032-02', '2032-03-10/2032-03-12',
  '2032-01-15', '2031-11-26', '2031-11-28'])
