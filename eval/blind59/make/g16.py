from h import *
F = 'aveyron_mechanics_meetings_2035_report.txt'
T = f"""EVENT REPORT

Rodez Mechanics Meetings 2035: aerospace suppliers look beyond aircraft
Rodez, {wd(2035,4,2)} 2 April 2035 – by the communication team of the Cluster Mécanique Aveyron-Lot (CMAL)

More than 340 participants came to the Amphithéâtre de Rodez on 26 and 27 March 2035 for the seventh Rodez Mechanics Meetings (Rencontres de la Mécanique de Rodez), the annual business convention of the mechanical engineering and aerospace subcontractors of Aveyron, Lot and Tarn. The event was organised by the Cluster Mécanique Aveyron-Lot with the regional agency AD'OCC (Agence de Développement Économique d'Occitanie) and the Chamber of Commerce and Industry of Aveyron.

Opening and keynote

In his welcome address, Christian Teyssèdre-Marty, President of Rodez Agglomération, recalled that the area around Rodez, Figeac and Decazeville counts some 14,000 industrial jobs, about a third of them in aerospace. Nadia Pellefigue-Roux, Vice-President of the Occitanie Region in charge of industry, announced that the Region will renew its support for the cluster's programme for 2035–2038 and will co-finance a new shared test centre for additive manufacturing in Figeac.

The keynote was given by Dr. Hans-Joachim Rehberg, Vice-President Supply Chain at Airbus Helicopters, who spoke about the end of the post-pandemic recovery and the need for suppliers to invest in automation. "Our suppliers in Occitanie are very good at complex parts in small series, but many of them will have to double their capacity in five years or partner with others," he said.

Round tables

Three round tables followed. The first, on diversification towards rail, defence and energy, was moderated by Sandrine Costes-Vialaret, managing director of the cluster, with Pierre-Alain Gayraud (Ratier-Figeac), Émilie Bousquet (Bosch Rodez) and Javier Echeverría Urquiza of the Basque machine-tool cluster AFM Cluster. The second dealt with skills and apprenticeship, with Marie-Thérèse Lacombe, head of the Lycée Monteil industrial training centre, and Prof. Arnaud de La Tour d'Auvergne of IUT de Figeac. The third looked at decarbonising heat treatment and surface processes, with Lukas Brandstätter from the Austrian Mechatronics Cluster in Linz.

B2B meetings and site visits

On the second day, 212 pre-arranged meetings took place between 96 companies from France, Spain, Germany, Austria and Portugal, prepared with Enterprise Europe Network Occitanie. In the afternoon, two groups visited the production site of Ratier-Figeac and the foundry Fonderies de Decazeville SAS, where managing director Olivier Bancarel showed the new induction furnaces.

Innovation awards

For the fourth time, the cluster presented its innovation awards on the evening of the first day. The jury, chaired by Dr. Céline Marty-Aubin of the Institut Clément Ader in Toulouse, chose three winners out of 19 applications. The first prize went to Usinage Lot Précision SARL for a machining cell that runs unattended at night and cuts the energy use per titanium part by a quarter. Aveyron Tôlerie Industrielle received the prize for the best apprenticeship programme, and the young company Rouergue Additive SAS, founded in 2033 by two former engineers of a large aerospace group, won the start-up prize for its repair of worn turbine parts by laser metal deposition. Each winner receives a one-year package of consulting days from the cluster and a place on the joint stand at the next international fair.

General assembly

On the evening of 26 March the cluster held its annual general assembly. Members approved the 2034 accounts and re-elected Jean-Louis Cayla, CEO of Mécanique Cayla SAS, as President for a third term. The assembly also approved the cluster's application for the Gold Label of the European Cluster Excellence Initiative, with the assessment expected in autumn 2035.

Key takeaways

- Aerospace remains the backbone of the region's mechanical industry, but no company should depend on it for more than half of its turnover.
- Shared equipment – test centres, additive manufacturing, heat treatment – is the most effective way for small suppliers to invest.
- Apprenticeships must start earlier, with company visits for pupils from the age of thirteen.
- Energy costs are now a strategic issue and should be part of every investment plan.

Next dates

The cluster will lead a delegation of twelve companies to the ILA Berlin Air Show on 10–14 June 2036 and will host a workshop on rail suppliers in Decazeville on 18 September 2035. The eighth Rodez Mechanics Meetings are planned for 25–26 March 2036.

Thank you

The organisers thank the sponsors and partners of the 2035 edition. Special thanks go to the volunteers of the IUT de Figeac and to the staff of the Amphithéâtre de Rodez. Presentations and the photo gallery are available to members in the cluster's online space.

Exhibitors at the 2035 edition

The exhibition hall hosted 41 stands. Exhibitors included:
- Mécanique Cayla SAS, Onet-le-Château – precision machining
- Ratier-Figeac – propellers and cockpit equipment
- Bosch Rodez – injection components
- Fonderies de Decazeville SAS – aluminium and steel castings
- Usinage Lot Précision SARL, Cahors – titanium parts
- Fraunhofer IWU, Chemnitz – research partner for forming
- Aveyron Tôlerie Industrielle, Millau – sheet
"""
write(F, T)
gold(F,
 [P('Christian Teyssèdre-Marty', 'President', 'Rodez Agglomération'),
  P('Nadia Pellefigue-Roux', 'Vice-President of the Occitanie Region in charge of industry', 'Occitanie Region'),
  P('Hans-Joachim Rehberg', 'Vice-President Supply Chain', 'Airbus Helicopters'),
  P('Sandrine Costes-Vialaret', 'managing director', 'Cluster Mécanique Aveyron-Lot'),
  P('Pierre-Alain Gayraud', None, 'Ratier-Figeac'),
  P('Émilie Bousquet', None, 'Bosch Rodez'),
  P('Javier Echeverría Urquiza', None, 'AFM Cluster'),
  P('Marie-Thérèse Lacombe', 'head', 'Lycée Monteil industrial training centre'),
  P("Arnaud de La Tour d'Auvergne", None, 'IUT de Figeac'),
  P('Lukas Brandstätter', None, 'Mechatronics Cluster'),
  P('Céline Marty-Aubin', None, 'Institut Clément Ader'),
  P('Olivier Bancarel', 'managing director', 'Fonderies de Decazeville SAS'),
  P('Jean-Louis Cayla', 'President', 'Cluster Mécanique Aveyron-Lot')],
 [O('Cluster Mécanique Aveyron-Lot', 'CMAL'), O("Agence de Développement Économique d'Occitanie", "AD'OCC"),
  O('Chamber of Commerce and Industry of Aveyron'), O('Rodez Agglomération'), O('Occitanie Region'), O('Airbus Helicopters'),
  O('Ratier-Figeac'), O('Bosch Rodez'), O('AFM Cluster'), O('Lycée Monteil industrial training centre'), O('IUT de Figeac'),
  O('Mechatronics Cluster'), O('Enterprise Europe Network Occitanie'), O('Fonderies de Decazeville SAS'), O('Mécanique Cayla SAS'),
  O('Usinage Lot Précision SARL'), O('Fraunhofer IWU'), O('Aveyron Tôlerie Industrielle'), O('Institut Clément Ader'), O('Rouergue Additive SAS')],
 [E('Rodez Mechanics Meetings 2035', '2035-03-26', '2035-03-27', 'Rodez', 'France'),
  E('B2B meetings', '2035-03-27', '2035-03-27', 'Rodez', 'France'),
  E('site visits', '2035-03-27', '2035-03-27', None, 'France'),
  E('annual general assembly', '2035-03-26', '2035-03-26', 'Rodez', 'France'),
  E('innovation awards', '2035-03-26', '2035-03-26', 'Rodez', 'France'),
  E('ILA Berlin Air Show', '2036-06-10', '2036-06-14', 'Berlin', 'Germany'),
  E('workshop on rail suppliers', '2035-09-18', '2035-09-18', 'Decazeville', 'France'),
  E('eighth Rodez Mechanics Meetings', '2036-03-25', '2036-03-26', None, None)],
 ['2035-04-02', '2035-03-26/2035-03-27', '2035/2038', '2035-03-26', '2035', '2033', '2036-06-10/2036-06-14', '2035-09-18',
  '2036-03-25/2036-03-26'],
 ['Aerospace remains the backbone of the region\'s mechanical industry, but no company should depend on it for more than half of its turnover',
  'Shared equipment – test centres, additive manufacturing, heat treatment – is the most effective way for small suppliers to invest',
  'Apprenticeships must start earlier, with company visits for pupils from the age of thirteen',
  'Energy costs are now a strategic issue and should be part of every investment plan'],
 pub='2035-04-02')
