from mk import *
F = 'LogiMeuse-Newsletter-No27-autumn-2035-pdf.txt'
text(F, '''
LogiMeuse Connect · Newsletter n° 27 · Autumn 2035                                    1

EDITORIAL                                     MEMBERS' CORNER
Dear members,                                 Three new members joined in Septem-
the Liège Trilogiport has never been          ber: Ardennes Cold Chain SRL, a
busier. With the new rail shuttle to          refrigerated warehouse operator in
Duisburg starting on 3 November 2035,         Marche-en-Famenne; TransFagne SA,
our members can move containers to the        a family haulier; and the software
Rhine in under six hours. I want to           start-up Palettix. Welcome!
thank the Port de Liège team and Walloon
ministry officials who made it possible.      DATES FOR YOUR DIARY
                                              ┌──────────────────────────────────┐
Sophie Delvaux-Marchal                        │ 6 Nov   Breakfast "Customs 2036" │
Chair of the Board, LogiMeuse                 │         Liège Airport, 8:00      │
                                              │ 20 Nov  Members' evening &       │
NEWS IN BRIEF                                 │         Logistics Trophy, Seraing│
• The CAMPUS-LOG training centre opened       │ 4 Dec   Webinar: e-CMR for SMEs  │
its second simulator hall on                  │ 22–24 Jan 2036                   │
18 September. Director Marc Stévenne          │   Transport Logistic Brussels    │
expects 400 trainees a year.                  │   (joint stand, to be confirmed) │
• LogiMeuse and the Dutch cluster             └──────────────────────────────────┘
Limburg Logistics Hub (LLH) signed a co-
operation agreement in Maastricht on          PROJECT FOCUS: GREEN LAST MILE
25 September. LLH director Bram Koolen        The pilot with cargo bikes in the city
called it "a corridor agreement, not a        centre of Liège ran from April to
paper".                                       August 2035. Results: 11 % fewer van km,
• Our Board met on 9 October and              1,900 deliveries. Partners:
approved the 2036 budget.                     Université de Liège (HEC Liège), the City of Liège
                                              and Bpost. Contact: Nadia Ben Salah,
                                              project manager, LogiMeuse.

LogiMeuse Connect · Newsletter n° 27 · Autumn 2035                                    2

KEY FIGURES 2035 (as of 30 Sept.)             IMPRINT
148 members · 9 working groups ·              LogiMeuse ASBL, Quai de la Batte 10,
3 EU projects                                 4000 Liège. Editor: Julien Lambotte,
                                              communication officer.
                                              Photos: LogiMeuse / J. Lambotte
''')
gold(F, None,
 [P('Sophie Delvaux-Marchal', 'Chair of the Board', 'LogiMeuse'), P('Marc Stévenne', 'Director', 'CAMPUS-LOG'),
  P('Bram Koolen', 'director', 'Limburg Logistics Hub'), P('Nadia Ben Salah', 'project manager', 'LogiMeuse'),
  P('Julien Lambotte', 'communication officer', 'LogiMeuse')],
 [O('LogiMeuse ASBL'), O('Ardennes Cold Chain SRL'), O('TransFagne SA'), O('Palettix'), O('Port de Liège'),
  O('CAMPUS-LOG'), O('Limburg Logistics Hub', 'LLH'), O('Université de Liège'), O('HEC Liège'), O('City of Liège'), O('Bpost')],
 [E('Breakfast "Customs 2036"', '2035-11-06', '2035-11-06', 'Liège', 'Belgium'),
  E("Members' evening & Logistics Trophy", '2035-11-20', '2035-11-20', 'Seraing', 'Belgium'),
  E('Webinar: e-CMR for SMEs', '2035-12-04', '2035-12-04', None, None),
  E('Transport Logistic Brussels', '2036-01-22', '2036-01-24', 'Brussels', 'Belgium'),
  E('Board meeting', '2035-10-09', '2035-10-09', None, None)],
 ['2035', '2035-11-03', '2035-09', '2035-11-06', '2035-11-20', '2035-12-04', '2036-01-22/2036-01-24', '2035-09-18', '2035-09-25',
  '2035-10-09', '2035-04/2035-08', '2035-09-30'])
