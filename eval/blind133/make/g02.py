from h import *
F = 'g02_quimper_rencontres_editions.md'
assert wd(2038,10,14)=='Thursday' and wd(2038,10,15)=='Friday' and wd(2038,9,17)=='Friday'
T = """[Accueil](/) · [Le pôle](/pole) · [Nos membres](/membres) · [Agenda](/agenda) · [Projets européens](/europe) · [Contact](/contact)

# Les Rencontres de la Mer de Cornouaille

*Un rendez-vous annuel organisé par Cornouaille Mer Innovation, l'association des entreprises de la filière maritime du Finistère sud*

Depuis 2034, les Rencontres de la Mer de Cornouaille réunissent chaque automne les entreprises de la pêche, de la transformation des produits de la mer, de la construction navale et des biotechnologies marines. Chaque édition se tient dans un port différent du territoire et associe conférences, visites de sites et rendez-vous d'affaires.

## Édition 2038 – Concarneau, 14 et 15 octobre 2038

**Thème : « Des navires plus sobres, des filières plus courtes »**

Lieu : Halle de la criée et Centre des congrès de Concarneau
Inscriptions ouvertes jusqu'au vendredi 17 septembre 2038 (tarif adhérent : gratuit ; non-adhérent : 120 € HT)

### Jeudi 14 octobre

- **09h00** – Accueil des participants
- **09h30** – Ouverture par Gwenaëlle Le Floc'h, présidente de Cornouaille Mer Innovation, et Jean-Yves Kerhervé, maire de Concarneau
- **10h00** – Conférence « Propulsion hybride : retours d'expérience de trois armements »
  – Intervenants : Yannick Le Goff (Armement Bigouden SAS), Dr Inès Benali-Moreau (Ifremer, centre de Bretagne), Tomás Ó Súilleabháin (Bord Iascaigh Mhara, Irlande)
- **11h30** – Table ronde « Former les marins de demain » avec le Lycée maritime du Guilvinec
- **12h30** – Déjeuner de la mer préparé par les élèves du lycée hôtelier
- **14h00** – Visite du chantier naval Piriou et de la station de biologie marine
- **17h30** – Assemblée générale de Cornouaille Mer Innovation (réservée aux adhérents)
- **20h00** – Dîner des Rencontres au Musée de la Pêche

### Vendredi 15 octobre

- **08h30** – Rendez-vous d'affaires B2B (plateforme de prise de rendez-vous en ligne, 30 minutes par rencontre)
- **11h00** – Atelier « Financer l'innovation maritime : appels régionaux et européens » animé par Bretagne Développement Innovation
- **12h30** – Clôture et remise du Trophée de l'innovation maritime

## Les éditions précédentes

| Édition | Date | Lieu | Thème | Participants |
|---|---|---|---|---|
| 1re | 9 octobre 2034 | Quimper | Une filière, un territoire | 150 |
| 2e | 8 et 9 octobre 2035 | Douarnenez | La conserverie de demain | 210 |
| 3e | 14 octobre 2036 | Le Guilvinec | Pêche et numérique | 235 |
| 4e | 12-13 octobre 2037 | Audierne | Algues et biotechnologies | 260 |

En 2037, l'édition d'Audierne a accueilli pour la première fois une délégation galicienne conduite par le Clúster Marítimo de Galicia, ainsi que des entreprises de Cork venues avec Enterprise Ireland.

## Ce que les participants retiennent de 2037

Le bilan de la 4e édition, rédigé par l'équipe du pôle, a dégagé trois enseignements :

- les rendez-vous B2B doivent être préparés en amont, avec une fiche de besoin par entreprise
- les visites de sites restent le moment le plus apprécié et doivent être limitées à 20 personnes par groupe
- la participation des jeunes en formation donne un visage concret aux métiers de la mer

## Contacts

Coordination : Maëlys Quéméner, chargée de mission événements, Cornouaille Mer Innovation – evenements@cmi.example.fr – 02 98 00 00 00
Presse : Erwan Guillou-Tanguy, responsable communication

> Avec le soutien de la Région Bretagne, de Quimper Bretagne Occidentale et de Concarneau Cornouaille Agglomération.

---
*Mentions légales · Politique de cookies · Plan du site · © 2038 Cornouaille Mer Innovation*
"""
write(F, T)
C="Cornouaille Mer Innovation"
gold(F,
 [P("Gwenaëlle Le Floc'h","présidente",C), P("Jean-Yves Kerhervé","maire de Concarneau",None),
  P("Yannick Le Goff",None,"Armement Bigouden SAS"), P("Inès Benali-Moreau",None,"Ifremer"),
  P("Tomás Ó Súilleabháin",None,"Bord Iascaigh Mhara"),
  P("Maëlys Quéméner","chargée de mission événements",C), P("Erwan Guillou-Tanguy","responsable communication",C)],
 [O(C), O("Armement Bigouden SAS"), O("Ifremer"), O("Bord Iascaigh Mhara"), O("Lycée maritime du Guilvinec"),
  O("Piriou"), O("Bretagne Développement Innovation"), O("Clúster Marítimo de Galicia"), O("Enterprise Ireland"),
  O("Région Bretagne"), O("Quimper Bretagne Occidentale"), O("Concarneau Cornouaille Agglomération")],
 [E("Rencontres de la Mer de Cornouaille","2038-10-14","2038-10-15","Concarneau","France"),
  E("Visite du chantier naval Piriou et de la station de biologie marine","2038-10-14",None,"Concarneau","France"),
  E("Assemblée générale de Cornouaille Mer Innovation","2038-10-14",None,"Concarneau","France"),
  E("Dîner des Rencontres","2038-10-14",None,"Concarneau","France"),
  E("Rendez-vous d'affaires B2B","2038-10-15",None,"Concarneau","France"),
  E("remise du Trophée de l'innovation maritime","2038-10-15",None,"Concarneau","France"),
  E("Rencontres de la Mer de Cornouaille","2034-10-09",None,"Quimper","France"),
  E("Rencontres de la Mer de Cornouaille","2035-10-08","2035-10-09","Douarnenez","France"),
  E("Rencontres de la Mer de Cornouaille","2036-10-14",None,"Le Guilvinec","France"),
  E("Rencontres de la Mer de Cornouaille","2037-10-12","2037-10-13","Audierne","France")],
 ["2034","2038-10-14/2038-10-15","2038-09-17","2038-10-14","2038-10-15","2034-10-09","2035-10-08/2035-10-09","2036-10-14","2037-10-12/2037-10-13","2037"],
 ["les rendez-vous B2B doivent être préparés en amont, avec une fiche de besoin par entreprise",
  "les visites de sites restent le moment le plus apprécié et doivent être limitées à 20 personnes par groupe",
  "la participation des jeunes en formation donne un visage concret aux métiers de la mer"])
