from common import *
fn = "programme_Journees-Innovation-transfrontalieres-2035.txt"
t = """JOURNÉES DE L'INNOVATION TRANSFRONTALIÈRES 2035
Ferroviaire & mobilités · Lille – Valenciennes – Mons · du mardi 2 au jeudi 4 octobre 2035

Programme provisoire – version du 28/08/2035

Organisé par le pôle Rail Avenir Hauts-de-France (RAHF) et le cluster wallon MobiHainaut ASBL, avec Hainaut Développement, l'Agence de développement économique Hauts-de-France Innovation (HDFI) et l'Université Polytechnique Hauts-de-France (UPHF). Cofinancé par le programme Interreg France-Wallonie-Vlaanderen.

Trois villes, trois journées, un seul badge : les participants voyagent ensemble entre les villes en train régional (navettes gratuites réservées aux inscrits).

==============================================
JOUR 1 – MARDI 2 OCTOBRE 2035 – LILLE
Lieu : EuraTechnologies, Lille
==============================================
09h00  Accueil, café
09h30  Ouverture
       Bertrand DELAHAYE, président de RAHF
       Sophie VANDENBERGHE-LEROY, vice-présidente de la Région Hauts-de-France chargée de l'économie
       Jean-Michel DUQUESNE, bourgmestre de Mons
10h15  Keynote « Le fret ferroviaire en 2040 »
       Karin Eklöf-Stam, directrice de la stratégie, Nordic Rail Freight Alliance
11h00  Table ronde : données et maintenance prédictive
       Modération : Amandine Caron, journaliste, La Voix de l'Innovation
       Avec : Farid Benali (CTO, Railsense SAS), Lotte Vermeulen (chef de projet, Infrabel), Hugo Masson (UPHF)
12h30  Déjeuner
14h00  Pitchs de 10 start-ups (jury présidé par Claire Dufresne, associée, Nord Capital Partenaires)
17h30  Transfert en train vers Valenciennes

==============================================
JOUR 2 – MERCREDI 3 OCTOBRE 2035 – VALENCIENNES
Lieu : Technopôle Transalley, Famars
==============================================
09h00  Visite du centre d'essais ferroviaires (CEF) – groupes de 20
10h30  Ateliers parallèles : (1) hydrogène pour lignes non électrifiées ; (2) compétences et apprentissage ; (3) accessibilité des gares
14h00  Rendez-vous d'affaires B2B (plateforme EEN, 25 minutes par rendez-vous)
17h00  Présentation du laboratoire LAMIH par Pr Nathalie Quenette, directrice
19h30  Dîner transfrontalier à Valenciennes

==============================================
JOUR 3 – JEUDI 4 OCTOBRE 2035 – MONS
Lieu : Mons Expo / Lotto Mons Expo
==============================================
09h30  Accueil par Pierre-Yves Hoslet, directeur de MobiHainaut ASBL
10h00  Présentation des résultats du projet Interreg TRANSRAIL (2032–2035) – Dr Anne-Catherine De Wilde, coordinatrice, Université de Mons (UMONS)
11h30  Signature de la charte de coopération RAHF – MobiHainaut
12h30  Déjeuner de clôture
14h00  Visite optionnelle : atelier de maintenance de la SNCB à Saint-Ghislain (inscription obligatoire avant le 25 septembre)

----------------------------------------------
POURQUOI PARTICIPER ?
La vallée de l'Escaut concentre, des deux côtés de la frontière, l'un des plus importants ensembles
d'industries ferroviaires d'Europe : constructeurs de matériel roulant, équipementiers, bureaux
d'études, centres d'essais et laboratoires universitaires. Pourtant, les entreprises des deux
versants se connaissent encore mal et répondent rarement ensemble aux appels d'offres.
Les Journées veulent changer cela en trois jours : comprendre les besoins des opérateurs, visiter
les sites d'essais, rencontrer des partenaires en rendez-vous d'affaires et préparer des projets
communs. Les ateliers du mercredi produiront chacun une courte note de recommandations, qui sera
remise aux deux Régions et publiée sur le site du projet après l'événement.

INFORMATIONS PRATIQUES
- Langues : français ; interprétation vers l'anglais en plénière uniquement.
- Navettes : départs groupés de la gare Lille-Flandres (mercredi 7h45) et de la gare de
  Valenciennes (jeudi 8h15). Le retour vers Lille le jeudi soir est assuré par car.
- Hébergement : un contingent de chambres est réservé à Valenciennes pour la nuit du 3 au
  4 octobre ; réservation individuelle par les participants.
- Accessibilité : tous les lieux sont accessibles aux personnes à mobilité réduite ; merci de
  signaler vos besoins lors de l'inscription.
- Les pitchs de start-ups sont ouverts aux jeunes entreprises de moins de cinq ans des deux
  régions ; dossier à envoyer avant le 12 septembre 2035.

----------------------------------------------
Inscriptions : gratuites mais obligatoires avant le 19 septembre 2035, sur rahf.example/journees2035
Contact presse : Mélanie Roussel, chargée de communication RAHF
L'édition 2034 s'était tenue à Douai et Charleroi les 15 et 16 octobre 2034.
"""
write_doc(fn, t)
R = "Rail Avenir Hauts-de-France"
gold(fn,
 [P("Bertrand DELAHAYE","président",R),
  P("Sophie VANDENBERGHE-LEROY","vice-présidente de la Région Hauts-de-France chargée de l'économie","Région Hauts-de-France"),
  P("Jean-Michel DUQUESNE","bourgmestre de Mons",None),
  P("Karin Eklöf-Stam","directrice de la stratégie","Nordic Rail Freight Alliance"),
  P("Amandine Caron","journaliste","La Voix de l'Innovation"),
  P("Farid Benali","CTO","Railsense SAS"),
  P("Lotte Vermeulen","chef de projet","Infrabel"),
  P("Hugo Masson",None,"Université Polytechnique Hauts-de-France"),
  P("Claire Dufresne","associée","Nord Capital Partenaires"),
  P("Nathalie Quenette","directrice","LAMIH"),
  P("Pierre-Yves Hoslet","directeur","MobiHainaut ASBL"),
  P("Anne-Catherine De Wilde","coordinatrice","Université de Mons"),
  P("Mélanie Roussel","chargée de communication",R)],
 [O(R,"RAHF"), O("MobiHainaut ASBL"), O("Hainaut Développement"),
  O("Agence de développement économique Hauts-de-France Innovation","HDFI"),
  O("Université Polytechnique Hauts-de-France","UPHF"), O("Région Hauts-de-France"), O("Nordic Rail Freight Alliance"),
  O("La Voix de l'Innovation"), O("Railsense SAS"), O("Infrabel"), O("Nord Capital Partenaires"),
  O("centre d'essais ferroviaires","CEF"), O("EEN"), O("LAMIH"), O("Université de Mons","UMONS"), O("SNCB")],
 [E("JOURNÉES DE L'INNOVATION TRANSFRONTALIÈRES 2035","2035-10-02","2035-10-04","Lille, Valenciennes, Mons","France, Belgium"),
  E("Journées de l'Innovation transfrontalières 2034","2034-10-15","2034-10-16","Douai, Charleroi","France, Belgium")],
 ["2035-10-02/2035-10-04","2035-08-28","2035-10-02","2035-10-03","2035-10-04","2032/2035","2035-09-25","2035-09-19",
  "2034-10-15/2034-10-16","2035-10-03/2035-10-04","2035-09-12"])
