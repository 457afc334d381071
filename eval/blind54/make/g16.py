from h import *
F = 'PR_2036-01-20_joint-venture_LausitzH2-and-ELBE-Cluster.md'
T = '''**PRESS RELEASE**

# Two Lusatian clusters found joint venture for hydrogen testing services

**Cottbus / Görlitz, 20 January 2036** – The hydrogen network HydroLausitz e.V. and the energy-storage cluster ELBE –
Energiespeicher Lausitz-Böhmen-Erzgebirge e.V. have founded a joint company, **H2 Prüfzentrum Lausitz GmbH** (HPL), to
offer testing, certification support and training for hydrogen components to small and medium-sized companies in the region.
The notarial deed was signed on 16 January 2036 in Cottbus; the company is expected to be entered in the commercial register
in February 2036 and will start operations on 1 April 2036.

Each cluster holds 50 per cent of the shares. The joint venture will run a test hall with two pressure test benches and an
electrolyser test stand on the site of the Lausitz Science Park in Cottbus, with a second, smaller laboratory at the
Hochschule Zittau/Görlitz. Start-up funding of EUR 4.2 million comes from the Structural Strengthening Act programme for the
coal regions (STARK), with the shareholders contributing EUR 600,000 in cash and equipment.

## Management of the new company

The shareholders have appointed two managing directors:
- **Dr. Katrin Noack**, until now head of the test laboratory of the Fraunhofer IEG branch in Cottbus, becomes commercial and
  technical managing director (Geschäftsführerin) from 1 April 2036.
- **Jakub Dvořáček**, project manager at ELBE since 2032, becomes second managing director responsible for customers in
  Saxony and the Czech Republic; he keeps his role at ELBE at 20 per cent.

An advisory board (Beirat) of five members will supervise the company. It will be chaired by **Marlene Schulz-Kowalski**,
chair of HydroLausitz e.V.; its deputy chair is **Ing. Tomáš Hájek**, vice-president of ELBE and CEO of Krušnohoří
Hydrogen s.r.o. The other members are Prof. Dr.-Ing. Hans-Georg Wendler (BTU Cottbus-Senftenberg), Sabine Kuschel
(Wirtschaftsregion Lausitz GmbH) and Oliver Matthes (LEAG? – no, Spremberger Industriepark GmbH).

## The two clusters

HydroLausitz e.V., founded in 2027 and based in Cottbus, has 74 members from energy, chemicals, mobility and research. It is
managed by its cluster manager **Steffen Reichelt**, who led the negotiations with his counterpart at ELBE, cluster manager
**Anna Wittig-Nováková**. ELBE was founded in 2029 as a cross-border cluster of Saxon and Czech companies, with offices in
Görlitz and Ústí nad Labem, and has 52 members.

## Quotes

"Our members kept telling us that they wait three months for a test slot in Western Germany. With HPL they will have one
around the corner," said **Marlene Schulz-Kowalski**, chair of HydroLausitz e.V.

"For Czech and Saxon suppliers this joint venture is a door into the hydrogen market. We bring the cross-border customers,
HydroLausitz brings the technology base," said **Tomáš Hájek**, vice-president of ELBE.

"Two clusters sharing one company is unusual. We wanted to show that cooperation in the Lausitz does not stop at the
border of a Land or of a country," added **Dr. Katrin Noack**, designated managing director of HPL.

Michael Brandt, State Secretary in the Ministry for Economic Affairs, Labour and Energy of the State of Brandenburg (MWAE),
welcomed the agreement as "exactly the kind of structural change we want: companies first, and regions that work
together".

## Next steps

- 1 April 2036: start of operations, first customer tests from May 2036
- 24 April 2036: opening of the test hall with an open day, Lausitz Science Park, Cottbus
- June 2036: first training course "Hydrogen safety for fitters", held in Czech and German in Görlitz
- Autumn 2036: joint stand of HPL, HydroLausitz and ELBE at the Hydrogen Technology Expo Europe in Hamburg

## Key facts

- Name: H2 Prüfzentrum Lausitz GmbH (HPL), seat in Cottbus
- Shareholders: HydroLausitz e.V. (50 %) and ELBE (50 %)
- Staff: 9 at the start, 16 planned by the end of 2037
- Services: pressure and leak tests, electrolyser performance tests, support with CE marking, training for fitters and
  welders
- Customers in the first year: about 40 SMEs from Brandenburg, Saxony and the Ústí and Liberec regions

## Background

The idea of a shared test centre goes back to a workshop of both clusters at the Lausitz Cluster Day in Hoyerswerda on 8
November 2034, where members complained about long waiting times at test laboratories. A feasibility study by the
consultancy Energieplan Nord GmbH, presented on 3 June 2035, estimated demand at 1,200 test days a year. The members of both
clusters approved the joint venture at parallel general assemblies on 27 November 2035.

## About HydroLausitz e.V.
HydroLausitz e.V. is the hydrogen network of Lusatia. It connects companies and research institutes along the hydrogen value
chain and manages the "H2 Lausitz Innovation Cluster" programme 2033–2037.

## About ELBE
ELBE – Energiespeicher Lausitz-Böhmen-Erzgebirge e.V. is a cross-border cluster for batteries and energy storage,
supported by the Interreg Saxony–Czech Republic programme 2028–2034 until its end.

**Press contacts**
HydroLausitz e.V.: Franziska Lehmann, press officer, presse@hydrolausitz.example, +49 355 000 000
ELBE: Petra Svobodová, communication manager, media@elbe-cluster.example, +420 475 000 000
'''
T = T.replace("Oliver Matthes (LEAG? – no, Spremberger Industriepark GmbH)", "Oliver Matthes (Spremberger Industriepark GmbH)")
write(F, T)
H2='HydroLausitz e.V.'; EL='ELBE – Energiespeicher Lausitz-Böhmen-Erzgebirge e.V.'
gold(F, [
 P('Katrin Noack','head of the test laboratory','Fraunhofer IEG'),
 P('Jakub Dvořáček','project manager',EL),
 P('Marlene Schulz-Kowalski','chair',H2),
 P('Tomáš Hájek','vice-president',EL),
 P('Hans-Georg Wendler',None,'BTU Cottbus-Senftenberg'),
 P('Sabine Kuschel',None,'Wirtschaftsregion Lausitz GmbH'),
 P('Oliver Matthes',None,'Spremberger Industriepark GmbH'),
 P('Steffen Reichelt','cluster manager',H2),
 P('Anna Wittig-Nováková','cluster manager',EL),
 P('Michael Brandt','State Secretary','Ministry for Economic Affairs, Labour and Energy of the State of Brandenburg'),
 P('Franziska Lehmann','press officer',H2),
 P('Petra Svobodová','communication manager',EL),
],[
 O(H2), O(EL,'ELBE'), O('H2 Prüfzentrum Lausitz GmbH','HPL'), O('Hochschule Zittau/Görlitz'),
 O('Fraunhofer IEG'), O('Krušnohoří Hydrogen s.r.o.'), O('BTU Cottbus-Senftenberg'), O('Wirtschaftsregion Lausitz GmbH'),
 O('Spremberger Industriepark GmbH'), O('Energieplan Nord GmbH'), O('Ministry for Economic Affairs, Labour and Energy of the State of Brandenburg','MWAE'),
],[
 E('Lausitz Cluster Day','2034-11-08','2034-11-08','Hoyerswerda','Germany'),
 E('general assembly (HydroLausitz e.V.)','2035-11-27','2035-11-27',None,None),
 E('general assembly (ELBE)','2035-11-27','2035-11-27',None,None),
 E('opening of the test hall with an open day','2036-04-24','2036-04-24','Cottbus','Germany'),
 E('first training course "Hydrogen safety for fitters"','2036-06','2036-06','Görlitz','Germany'),
 E('Hydrogen Technology Expo Europe','2036','2036','Hamburg','Germany'),
],['2036-01-20','2036-01-16','2036-02','2036-04-01','2032','2027','2029','2036-05','2036-04-24','2036-06','2036','2033/2037','2028/2034','2037','2034-11-08','2035-06-03','2035-11-27'],
 pub='2036-01-20')
