from mk import save
T = '''# ALP-GEAR kicks off in Annecy: nine partners, one goal – repairable outdoor equipment

Posted on 12.02.2035 · Interreg Alpine Space · Project news

Share on LinkedIn | Share on Facebook | Print

Snow was falling on the lake when the partners of ALP-GEAR met for their kick-off meeting on
5 and 6 February 2035 in Annecy. The project, approved in the fourth call of the Interreg Alpine
Space programme, has 36 months and a budget of EUR 2.4 million to help small manufacturers of
outdoor and mountain sports equipment design products that can be repaired, rented and
refurbished.

The lead partner, Alpes Sport Industrie (ASI), hosted the two days at its innovation centre.
"Our members make the best skis, harnesses and jackets in the world, and too many of them end
up in a skip after five seasons," said Claire Dufour-Béranger, project coordinator at ASI.
"ALP-GEAR is about keeping them on the mountain."

## The partnership

| No. | Partner | Country |
|---|---|---|
| LP | Alpes Sport Industrie (ASI) | France |
| PP2 | Université Savoie Mont Blanc | France |
| PP3 | Cluster Montagna Lombardia | Italy |
| PP4 | Politecnico di Milano – Department of Design | Italy |
| PP5 | Outdoor Netzwerk Allgäu e.V. | Germany |
| PP6 | Hochschule Kempten | Germany |
| PP7 | Swiss Mountain Tech Association (SMTA) | Switzerland |
| PP8 | Gorenjska Development Agency (RAGOR) | Slovenia |
| PP9 | Liechtenstein Chamber of Commerce and Industry | Liechtenstein |

Observers include the Auvergne-Rhône-Alpes Region and the Bavarian State Ministry of Economic
Affairs, Regional Development and Energy.

## Two days in Annecy

On the first day the work package leaders presented the work plan. Markus Fendt, managing
director of Outdoor Netzwerk Allgäu, will lead the pilots with companies, and Prof. Chiara
Lombardi of the Politecnico di Milano will coordinate the design-for-repair toolkit. Žiga
Kavčič (RAGOR) explained the communication plan. Programme officer Elisabeth Gruber of the
Joint Secretariat walked the partners through reporting rules.

The second morning was spent at two member companies in the Arve valley, where partners saw a
ski press being converted for the refurbishment of used skis. The steering committee then met
for the first time and approved the partnership agreement.

## What comes next

- First transnational repair lab: Kempten, June 2035
- Call for pilot companies: opens 1 April 2035, closes 31 May 2035
- Second partner meeting: Ljubljana area, hosted by RAGOR, autumn 2035
- Final conference: Milan, January 2038

Contact: alpgear@asi.example

Tags: circular economy · sports equipment · Alpine Space · SMEs
'''
save('alp-gear-kick-off-annecy-2035.md', T, '2035-02-12',
 [("Claire Dufour-Béranger","project coordinator","ASI"),
  ("Markus Fendt","managing director","Outdoor Netzwerk Allgäu"),
  ("Chiara Lombardi",None,"Politecnico di Milano"),
  ("Žiga Kavčič",None,"RAGOR"),
  ("Elisabeth Gruber","Programme officer","Joint Secretariat")],
 [("Alpes Sport Industrie","ASI"),("Université Savoie Mont Blanc",None),("Cluster Montagna Lombardia",None),
  ("Politecnico di Milano",None),("Department of Design",None),("Outdoor Netzwerk Allgäu e.V.",None),("Hochschule Kempten",None),
  ("Swiss Mountain Tech Association","SMTA"),("Gorenjska Development Agency","RAGOR"),
  ("Liechtenstein Chamber of Commerce and Industry",None),("Auvergne-Rhône-Alpes Region",None),
  ("Bavarian State Ministry of Economic Affairs, Regional Development and Energy",None),("Joint Secretariat",None)],
 [("ALP-GEAR kick-off meeting","2035-02-05","2035-02-06","Annecy","France"),
  ("First transnational repair lab","2035-06","2035-06","Kempten","Germany"),
  ("Second partner meeting","2035","2035",None,"Slovenia"),
  ("Final conference","2038-01","2038-01","Milan","Italy")],
 ["2035-02-12","2035-02-05/2035-02-06","2035-06","2035-04-01","2035-05-31","2035","2038-01"],
 [])
