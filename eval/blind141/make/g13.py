from h import *
F = 'g13_nantes_marine_members_digest.txt'
assert wd(2035,12,4)=='Tuesday' and wd(2035,12,13)=='Thursday' and wd(2036,1,17)=='Thursday' and wd(2035,11,27)=='Tuesday'
T = """MEMBERS' DIGEST – December 2035
Atlantic Marine Technologies Cluster (AMTC) | Nantes – Saint-Nazaire
Week 50 · compiled by the cluster team · issued 10 December 2035

This digest collects news sent in by members and partners. Items are published as received and lightly edited. Send your news for the January issue to digest@amtc.example.fr before 5 January.

=== PEOPLE ===

* NEW CEO AT CHANTIERS NAVALS DE L'ERDRE
Chantiers Navals de l'Erdre SAS (Nantes) has appointed Sébastien Le Goff-Marchand as Chief Executive Officer from 1 January 2036. He succeeds the founder, Yvonne Marchand, who becomes chair of the supervisory board. Career: 2022–2029 naval architect at Naval Group in Lorient; 2029–2035 head of the yard's hybrid ferry programme.

* AMTC BOARD
Following the general assembly of 27 November 2035 in Saint-Nazaire, the cluster board is now: President – Hélène Quéméner (Océanis Composites SARL); Vice-President – Dr. Yann Kerhervé (École Centrale de Nantes); Treasurer – Patrick N'Diaye (Banque Populaire Grand Ouest). The president's term runs 2035–2038.

* Welcome to Ana Sofia Carvalho, our new EU projects officer. Ana Sofia previously worked for the Portuguese ocean cluster Fórum Oceano in Lisbon.

=== MEMBER NEWS ===

* Océanis Composites SARL opened a second production line in Montoir-de-Bretagne for wind-turbine nacelle covers and is hiring 22 technicians. Training is provided with the local vocational lycée, and the first recruits start in February.
* Hydrowatt Atlantique, the tidal start-up incubated at IMT Atlantique, closed a 4.5 million euro funding round led by the regional investment fund Ouest Ventures.
* The port authority Nantes Saint-Nazaire Port signed a framework agreement with the cluster on the green shore-power pilot for ferries.
* Three members – Océanis Composites, Hydrowatt Atlantique and the sailmaker Voilerie Brière – received the Pays de la Loire Region's "Industrie du futur" label.
* Gdańsk partner news: the Polish cluster Pomorski Klaster Morski welcomed an AMTC delegation on 4 December 2035 (see below).

=== EVENTS – LOOKING BACK ===

* Delegation to Gdańsk, 3–5 December 2035
Eight AMTC members visited the Gdańsk shipyards and the Maritime Institute of the Gdynia Maritime University. On Tuesday 4 December the delegation met 16 Polish companies at a matchmaking session in the Pomeranian Science and Technology Park in Gdynia. Delegation leader Lucie Bretonneau (AMTC project manager) summed up the lessons learnt:
  - Polish yards are short of electrical engineers, not of welders
  - Joint bids for EU offshore tenders are realistic within two years
  - A return visit to Nantes should be organised around a concrete ferry project

=== EVENTS – COMING UP ===

* Thursday 13 December 2035, 08:30–10:00 – Breakfast meeting "Decarbonising short-sea shipping", Maison de la Mer, Nantes
* Thursday 17 January 2036 – New Year reception of the cluster, Saint-Nazaire (invitation to follow)
* 4–6 February 2036 – Euromaritime 2036, Paris: AMTC shared stand with six members; registrations by 20 December 2035
* March 2036 – Atlantic Blue Tech Days, edition 2036, Brest (with Campus mondial de la mer)

=== CALLS ===

* The ADEME call for maritime decarbonisation pilots closes on 31 January 2036. AMTC can support consortia – contact Lucie Bretonneau.
* The Pays de la Loire Region opens its "Innovation maritime" voucher in February 2036.

---
Atlantic Marine Technologies Cluster · association loi 1901 · 5 rue de l'Estuaire, 44600 Saint-Nazaire
You receive this digest as a contact of a member organisation. Unsubscribe | Update your details
"""
write(F, T)
A="Atlantic Marine Technologies Cluster"
gold(F,
 [P("Sébastien Le Goff-Marchand","Chief Executive Officer","Chantiers Navals de l'Erdre SAS"),
  P("Yvonne Marchand","chair of the supervisory board","Chantiers Navals de l'Erdre SAS"),
  P("Hélène Quéméner","President",A),
  P("Yann Kerhervé","Vice-President",A),
  P("Patrick N'Diaye","Treasurer",A),
  P("Ana Sofia Carvalho","EU projects officer",A),
  P("Lucie Bretonneau","project manager",A)],
 [O(A,"AMTC"), O("Chantiers Navals de l'Erdre SAS"), O("Naval Group"), O("Océanis Composites SARL"), O("École Centrale de Nantes"),
  O("Banque Populaire Grand Ouest"), O("Fórum Oceano"), O("Hydrowatt Atlantique"), O("IMT Atlantique"), O("Ouest Ventures"),
  O("Nantes Saint-Nazaire Port"), O("Voilerie Brière"), O("Pays de la Loire Region"), O("Pomorski Klaster Morski"),
  O("Maritime Institute"), O("Gdynia Maritime University"), O("Campus mondial de la mer"), O("ADEME")],
 [E("general assembly","2035-11-27",None,"Saint-Nazaire","France"),
  E("Delegation to Gdańsk","2035-12-03","2035-12-05","Gdańsk","Poland"),
  E("matchmaking session","2035-12-04",None,"Gdynia","Poland"),
  E("Decarbonising short-sea shipping","2035-12-13",None,"Nantes","France"),
  E("New Year reception","2036-01-17",None,"Saint-Nazaire","France"),
  E("Euromaritime 2036","2036-02-04","2036-02-06","Paris","France"),
  E("Atlantic Blue Tech Days, edition 2036","2036-03",None,"Brest","France")],
 ["2035-12","2035-12-10","2036-01-05","2036-01-01","2022/2029","2029/2035","2035-11-27","2035/2038","2035-12-04",
  "2035-12-03/2035-12-05","2035-12-13","2036-01-17","2036-02-04/2036-02-06","2035-12-20","2036-03","2036-01-31","2036-02"],
 ["Polish yards are short of electrical engineers, not of welders",
  "Joint bids for EU offshore tenders are realistic within two years",
  "A return visit to Nantes should be organised around a concrete ferry project"],
 pub="2035-12-10")
