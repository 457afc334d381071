from h import *
F='corsica-wood-cluster-about-us.md'
T=f'''[Accueil](/) · **About us** · [Members](/membres) · [Projects](/projets) · [Agenda](/agenda) · [Contact](/contact) · FR | EN

*We use cookies to measure the audience of this site. [OK] [Settings]*

# About us

## Who we are

Corsica Bois Innovation is the cluster of the wood, forest and timber construction sector of Corsica. It was founded in Corte on {wd(2029,3,8)} 8 March 2029 as an association under the French law of 1901 and has its seat at the Maison de la Forêt in Vizzavona, with a second office in Bastia. The cluster counts 86 members in 2036: forest owners, sawmills, carpenters, architects, timber-frame builders, the University of Corsica and public bodies. Its mission is to make Corsican wood – above all Laricio pine and chestnut – a material used on the island rather than exported as logs.

The cluster is supported by the Collectivité de Corse and by the French State through the Direction régionale de l'alimentation, de l'agriculture et de la forêt (DRAAF Corse). Since 2033 it has held the "Grappe d'entreprises" label of the Agence de développement économique de la Corse (ADEC).

## Founding members

The association was founded by eleven organisations, which signed the founding charter in Corte:

- Office National des Forêts – Agence Corse (ONF)
- Centre Régional de la Propriété Forestière de Corse (CRPF)
- Université de Corse Pasquale Paoli
- Scierie Santoni & Fils SARL (Vivario)
- Charpentes du Niolo SAS (Calacuccia)
- Menuiserie Luciani-Mattei EURL (Bastia)
- Bois de Castagniccia SCOP (Piedicroce)
- Atelier d'architecture Orsoni & Filippi (Ajaccio)
- Chambre de Commerce et d'Industrie de Corse (CCI Corse)
- Fédération du BTP de Haute-Corse
- Association des Communes Forestières de Corse

## Board

The board of directors elected at the general assembly of {wd(2035,6,13)} 13 June 2035 for three years (2035–2038):

| Office | Name | Organisation |
|---|---|---|
| President | Jean-Dominique ALBERTINI | Charpentes du Niolo SAS |
| Vice-President | Dr. Marie-Ange POLI-CASANOVA | Université de Corse Pasquale Paoli |
| Treasurer | Antoine SANTONI | Scierie Santoni & Fils SARL |
| Secretary | Laetitia Mariani | Centre Régional de la Propriété Forestière de Corse |
| Member | Pierre-Paul Benedetti | Office National des Forêts – Agence Corse |
| Member | Sandrine Guerrini | Bois de Castagniccia SCOP |

## Team

- Cluster manager: **Céline Rocca-Serra** (since 2034)
- Project manager timber construction: **Yannick Le Goff**
- Training and skills officer: **Marta Ferreira dos Santos**
- Administration: **Paule Simeoni**

## Former managers

| Period | Name | Today |
|---|---|---|
| 2029–2031 | François-Xavier Ceccaldi | retired |
| 2031–2034 | Isabelle de La Rocca | Director, Agence de développement économique de la Corse |

Céline Rocca-Serra took over on 1 September 2034.

## Honorary members

The general assembly may appoint as honorary members people who have rendered outstanding services to the Corsican forest and wood sector. Honorary members take part in the general assembly without the right to vote.

- **Dominique Filippi** (appointed 2032), first president of the cluster from 2029 to 2032 and former mayor of Vivario
- **Prof. Ange-Mathieu Pietri** (appointed 2034), forest ecologist, University of Corsica, who mapped the Laricio pine stands of the island
- **Gérard Vincensini** (appointed 2035), master carpenter, founder of the apprenticeship workshop in Corte

## Our history in dates

- **2029** – Foundation in Corte; first president Dominique Filippi
- **2030** – First "Salon du bois corse" in Ajaccio; 300 visitors
- **2032** – Jean-Dominique Albertini elected president
- **2033** – Label "Grappe d'entreprises"; launch of the Laricio timber grading project with FCBA (Institut technologique Forêt Cellulose Bois-construction Ameublement)
- **2034** – First public building in Corsican Laricio: the secondary school extension in Corte
- **2035** – Partnership agreement with the Sardinian cluster Legno Sardegna (Sassari) under the Interreg Italia–France Maritime programme
- **2036** – Opening of the shared drying kiln in Vivario on {wd(2036,2,20)} 20 February 2036

## What we do

We help our members to work together on projects they could not carry out alone: certifying Corsican timber for construction, building a shared drying kiln, training carpenters and architects, and answering public tenders as groups of companies. We represent the sector towards the Collectivité de Corse and the State and speak for it in the regional forest and wood programme (PRFB Corse 2030–2040).

Every year we organise the "Journées du bois corse" (next edition: 9–10 October 2036 in Bastia, with a study visit to the Vivario kiln on 11 October) and two members' meetings, one in the north and one in the south of the island.

## Join us

Membership is open to any company or organisation active in the forest and wood sector in Corsica. The fee is set each year by the general assembly. Contact: contact@corsicaboisinnovation.corsica · +33 4 95 55 02 11

---

Corsica Bois Innovation · Association loi 1901 · Maison de la Forêt, 20219 Vizzavona · Office in Bastia: 12 rue César Campinchi, 20200 Bastia
[Legal notice](/mentions-legales) · [Privacy](/confidentialite) · Site updated 2 March 2036
'''
write(F,T)
C='Corsica Bois Innovation'
U='Université de Corse Pasquale Paoli'
gold(F,[P('Jean-Dominique ALBERTINI','President','Corsica Bois Innovation'),P('Marie-Ange POLI-CASANOVA','Vice-President',"Corsica Bois Innovation"),P('Antoine SANTONI','Treasurer','Corsica Bois Innovation'),
 P('Laetitia Mariani','Secretary','Corsica Bois Innovation'),P('Pierre-Paul Benedetti','Member','Corsica Bois Innovation'),
 P('Sandrine Guerrini','Member','Corsica Bois Innovation'),P('Céline Rocca-Serra','Cluster manager',C),P('Yannick Le Goff','Project manager timber construction',C),
 P('Marta Ferreira dos Santos','Training and skills officer',C),P('Paule Simeoni','Administration',C),P('François-Xavier Ceccaldi','retired',None),
 P('Isabelle de La Rocca','Director','Agence de développement économique de la Corse'),P('Dominique Filippi','first president',C),
 P('Ange-Mathieu Pietri','forest ecologist',U),P('Gérard Vincensini','master carpenter',None)],
 [O(C),O('Collectivité de Corse'),O("Direction régionale de l'alimentation, de l'agriculture et de la forêt",'DRAAF Corse'),
  O('Agence de développement économique de la Corse','ADEC'),O('Office National des Forêts – Agence Corse','ONF'),O('Centre Régional de la Propriété Forestière de Corse','CRPF'),
  O(U),O('Scierie Santoni & Fils SARL'),O('Charpentes du Niolo SAS'),O('Menuiserie Luciani-Mattei EURL'),O('Bois de Castagniccia SCOP'),O("Atelier d'architecture Orsoni & Filippi"),
  O('Chambre de Commerce et d\'Industrie de Corse','CCI Corse'),O('Fédération du BTP de Haute-Corse'),O('Association des Communes Forestières de Corse'),
  O('Institut technologique Forêt Cellulose Bois-construction Ameublement','FCBA'),O('Legno Sardegna')],
 [E('general assembly','2035-06-13','2035-06-13',None,None),E('Salon du bois corse','2030','2030','Ajaccio','France'),
  E('Journées du bois corse','2036-10-09','2036-10-10','Bastia','France'),E('study visit to the Vivario kiln','2036-10-11','2036-10-11','Vivario','France')],
 ['2029-03-08','2036','2033','2035-06-13','2035/2038','2034','2029/2031','2031/2034','2034-09-01','2032','2029/2032','2035','2029','2030','2036-02-20','2030/2040','2036-10-09/2036-10-10','2036-10-11','2036-03-02'],pub='2036-03-02')
