from h import *
F = 'g07_limburg_hydrogen_valley_policy_brief-pdf.txt'
assert wd(2039,4,27)=='Wednesday' and wd(2039,5,19)=='Thursday'
T = """POLICY BRIEF No. 4/2039                                   Limburg Hydrogen Valley Cluster

Making hydrogen work for industrial SMEs
in the Meuse–Rhine border region

Policy brief to the Flemish Government, the Province of Limburg, the Dutch Ministry of Economic Affairs and Climate Policy
and the European Commission

Genk, 27 April 2039

Authors: Dr. Sofie Vanderhoven (Policy Advisor, Limburg Hydrogen Valley Cluster), Pieter-Jan Moens (Cluster
Manager), with contributions from Ruud Hendriksen (Brightlands Chemelot Campus) and Prof. Annelies
Schroyens (Hasselt University, EnergyVille)

Summary

Hydrogen pipelines and electrolysers are being planned for the large sites on both sides of the border. In-
dustrial SMEs, which employ two thirds of the region's manufacturing workforce, are largely absent from these
plans. This brief, based on 42 interviews with companies between October 2038 and February 2039 and on a
round table held in Maastricht on 9 March 2039, sets out why this matters and what the authorities named
above can do about it.

1. Context

The Meuse–Rhine Euregio hosts one of the densest clusters of energy-intensive industry in Europe, from the

---------------------------------------------------------------------------------------------------- page 1 of 4
Limburg Hydrogen Valley Cluster – Policy brief 4/2039                                                      2

chemical sites of Geleen to the glass and metal works around Genk and Lommel. The Hydrogen Backbone con-
nection between Antwerp, Geleen and the Ruhr is planned to be in operation in 2040–2041 in its first section,
and further sections will follow by 2045. The companies we interviewed are not opposed to hydrogen. Most of
them simply do not know whether it will ever reach their gate.

2. Findings

- Only 5 of the 42 companies have estimated their future hydrogen demand.
- Grid and pipeline operators plan connections on the basis of large anchor customers only.
- Companies in Belgian Limburg and Dutch Limburg face different rules for the same equipment.
- Training offers for hydrogen safety exist, but not in the languages and formats SMEs use.

Several interviewees described the same sequence: a customer asks for a low-carbon product, the company looks at
electrification first, finds that its high-temperature processes cannot be electrified at reasonable cost, and
then discovers that nobody can tell it when or whether a hydrogen connection will be available. Without that
information, boards postpone investment decisions, and the risk grows that production moves to sites that
already have an answer. A ceramics producer near Maasmechelen told us that its French parent company had
already asked for a relocation study.

The cross-border dimension makes this worse. A company in Lanaken and a company in Maastricht, ten kilo-
metres apart, deal with two different grid operators, two permit systems and two sets of safety rules for
the same pressure vessel. Both want the same thing: a predictable connection at a predictable price.

---------------------------------------------------------------------------------------------------- page 2 of 4
Limburg Hydrogen Valley Cluster – Policy brief 4/2039                                                      3

3. Recommendations

To the Flemish Government: include industrial SMEs in the next hydrogen demand mapping and publish the
results by municipality.

To the Province of Limburg: fund a hydrogen desk at POM Limburg that advises SMEs free of charge for the
first two years.

To the Dutch Ministry of Economic Affairs and Climate Policy: agree with Flanders on mutual recognition of
safety certificates for hydrogen equipment by 2040.

To the European Commission: reserve part of the Hydrogen Bank auctions for clusters of small off-takers.

To grid operators Fluxys Belgium and Gasunie: publish connection criteria for small off-takers in 2039.

What these recommendations have in common is that none of them requires large new budgets. They ask for
information to be shared earlier, for rules to be aligned across the border, and for the small companies to
be counted when the infrastructure is planned. The cluster is ready to help collect demand data from its
members and to test any new instrument with a first group of companies.

4. Next steps

The cluster will present this brief at the Euregional Hydrogen Conference in Aachen on Thursday 19 May 2039
and invites the addressees to a follow-up meeting in autumn 2039.

---------------------------------------------------------------------------------------------------- page 3 of 4
Limburg Hydrogen Valley Cluster – Policy brief 4/2039                                                      4

About the cluster

The Limburg Hydrogen Valley Cluster (LHVC) brings together 87 companies, knowledge institutions and public
bodies from Belgian and Dutch Limburg. It is supported by VLAIO (Flanders Innovation & Entrepreneurship)
and the Province of Limburg. Chair of the board: Koen Driessens (Aperam Genk).

Round table participants, 9 March 2039: Marleen Coenen (Voka – Chamber of Commerce Limburg), Tom Beerten
(Umicore Olen), Eline Janssen-Palmen (LIOF), Bart Geurts (Fluxys Belgium), Hanneke Vos (Gasunie).

Contact: Sofie Vanderhoven · sofie.vanderhoven@lhvc.be · +32 89 30 41 16 · Thor Park 8300, 3600 Genk

Disclaimer: The views expressed are those of the authors and do not necessarily reflect the position of all
members of the cluster. Reproduction is authorised provided the source is acknowledged.

---------------------------------------------------------------------------------------------------- page 4 of 4
"""
write(F, T)
L='Limburg Hydrogen Valley Cluster'
gold(F,
 [P('Sofie Vanderhoven','Policy Advisor',L),P('Pieter-Jan Moens','Cluster Manager',L),
  P('Ruud Hendriksen',None,'Brightlands Chemelot Campus'),P('Annelies Schroyens',None,'Hasselt University'),
  P('Koen Driessens','Chair of the board',L),P('Marleen Coenen',None,'Voka – Chamber of Commerce Limburg'),
  P('Tom Beerten',None,'Umicore Olen'),P('Eline Janssen-Palmen',None,'LIOF'),P('Bart Geurts',None,'Fluxys Belgium'),
  P('Hanneke Vos',None,'Gasunie')],
 [O(L,'LHVC'),O('Flemish Government'),O('Province of Limburg'),O('Dutch Ministry of Economic Affairs and Climate Policy'),
  O('European Commission'),O('Brightlands Chemelot Campus'),O('Hasselt University'),O('EnergyVille'),O('POM Limburg'),
  O('Fluxys Belgium'),O('Gasunie'),O('Flanders Innovation & Entrepreneurship','VLAIO'),
  O('Aperam Genk'),O('Voka – Chamber of Commerce Limburg','Voka'),O('Umicore Olen'),O('LIOF')],
 [E('round table','2039-03-09',None,'Maastricht','Netherlands'),
  E('Euregional Hydrogen Conference','2039-05-19',None,'Aachen','Germany'),
  E('follow-up meeting','2039')],
 ['2039-04-27','2038-10/2039-02','2039-03-09','2040/2041','2045','2040','2039','2039-05-19'],
 ['Only 5 of the 42 companies have estimated their future hydrogen demand',
  'Grid and pipeline operators plan connections on the basis of large anchor customers only',
  'Companies in Belgian Limburg and Dutch Limburg face different rules for the same equipment',
  'Training offers for hydrogen safety exist, but not in the languages and formats SMEs use',
  'include industrial SMEs in the next hydrogen demand mapping and publish the results by municipality',
  'fund a hydrogen desk at POM Limburg that advises SMEs free of charge for the first two years',
  'agree with Flanders on mutual recognition of safety certificates for hydrogen equipment by 2040',
  'reserve part of the Hydrogen Bank auctions for clusters of small off-takers',
  'publish connection criteria for small off-takers in 2039'],
 pub='2039-04-27')
