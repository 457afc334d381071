from h import *
F = 'g05_besancon_microtech_entretien_manager.txt'
assert wd(2035,1,22)=='Monday' and wd(2035,3,27)=='Tuesday'
T = """Pôle Microtechniques Bourgogne-Franche-Comté · Actualités · Entretien
Accueil > Actualités > Entretiens

« Un cluster ne vend pas des services, il crée des rencontres »
Entretien avec Élodie Grandjean-Vuillemin, directrice du pôle

Publié le 22 janvier 2035 par la rédaction · Temps de lecture : 6 min
Partager : LinkedIn | X | E-mail | Imprimer

Arrivée à la tête du Pôle Microtechniques Bourgogne-Franche-Comté (PMT BFC) en septembre 2034, Élodie Grandjean-Vuillemin a auparavant dirigé le service innovation de l'Agence économique régionale (AER BFC) pendant six ans. Ingénieure de formation, diplômée de l'École nationale supérieure de mécanique et des microtechniques (ENSMM), elle revient sur ses premiers mois et sur les priorités du pôle, qui réunit 212 adhérents entre Besançon, Le Locle et Montbéliard.

— Quatre mois après votre arrivée, quel est votre premier constat ?

— Le territoire a un savoir-faire exceptionnel, de l'horlogerie aux dispositifs médicaux, mais beaucoup d'entreprises travaillent encore seules. Lors de mes quarante visites d'adhérents, j'ai souvent entendu la même phrase : « je ne savais pas que mon voisin faisait cela ». Un cluster ne vend pas des services, il crée des rencontres. C'est ce que je veux remettre au centre.

— Concrètement, qu'est-ce qui change en 2035 ?

— Trois choses. D'abord, nous lançons des « cafés techniques » mensuels, dans une entreprise adhérente à chaque fois. Le premier aura lieu le 27 mars 2035 (mardi) chez Lemaître Précision SAS à Morteau, sur l'usinage des céramiques. Ensuite, nous créons avec l'Université de Franche-Comté et l'institut FEMTO-ST une cellule d'accès aux plateformes technologiques, pour qu'une PME puisse tester un procédé en moins de trois semaines. Enfin, nous renforçons la coopération transfrontalière avec nos voisins suisses, notamment la Fondation Suisse pour la Recherche en Microtechnique (FSRM) à Neuchâtel.

— Le salon Micronora reste-t-il le grand rendez-vous ?

— Bien sûr. Micronora, le salon international des microtechniques et de la précision, se tiendra du 22 au 25 septembre 2036 à Besançon Micropolis. Nous y aurons un pavillon de 30 exposants. Mais je souhaite aussi que nos adhérents aillent davantage à l'étranger : nous préparons une mission collective au salon MedtecLIVE à Nuremberg en mai 2035 avec la Chambre de commerce et d'industrie Saône-Doubs.

— Le recrutement est-il toujours le premier souci des entreprises ?

— Oui, très nettement. Notre enquête de décembre montre que 68 % des adhérents ont renoncé à au moins une commande en 2034 faute de personnel. Nous travaillons avec France Travail et le lycée Edgar-Faure de Morteau sur une formation courte de régleur sur machines de décolletage. La première promotion de 14 stagiaires démarre en avril.

— Et le financement du pôle ?

— Le pôle est soutenu par la Région Bourgogne-Franche-Comté, la Communauté urbaine Grand Besançon Métropole et par les cotisations. Le label « Pôle de compétitivité » a été renouvelé par l'État pour la période 2035–2038. C'est une reconnaissance, mais aussi une obligation de résultats : nous devons faire naître au moins quinze projets collaboratifs par an.

— Un mot sur votre équipe ?

— Nous sommes onze. J'ai la chance d'avoir à mes côtés Samuel Petitjean, responsable des projets européens, et Inès Belkacem, chargée de mission formation. Et le conseil d'administration, présidé par Bernard Cuenot, dirigeant de Cuenot Horlogerie, nous laisse une vraie liberté.

— Qu'aimeriez-vous avoir réussi dans trois ans ?

— Qu'un adhérent sur deux ait monté au moins un projet avec un autre adhérent. Et que l'on parle des microtechniques comme d'une filière d'avenir, pas seulement comme d'un héritage.

Propos recueillis par Julien Mougin.
Photo : Élodie Grandjean-Vuillemin dans les locaux du pôle, à TEMIS Innovation. © PMT BFC / Claire Faivre

À lire aussi
- Micronora 2034 : bilan d'une édition record (3 octobre 2034)
- Quatre adhérents lauréats de l'appel à projets régional « Industrie du futur » (18 décembre 2034)
- Portrait : Lemaître Précision, l'usinage au micron (8 janvier 2035)

Pôle Microtechniques Bourgogne-Franche-Comté · 18 rue Alain Savary, 25000 Besançon · contact@polemicrotechniques.example.fr
Mentions légales · Politique de confidentialité · Gestion des cookies
"""
write(F, T)
C = "Pôle Microtechniques Bourgogne-Franche-Comté"
gold(F,
 [P("Élodie Grandjean-Vuillemin","directrice",C),
  P("Samuel Petitjean","responsable des projets européens",C),
  P("Inès Belkacem","chargée de mission formation",C),
  P("Bernard Cuenot","dirigeant","Cuenot Horlogerie"),
  P("Julien Mougin"), P("Claire Faivre")],
 [O(C,"PMT BFC"), O("Agence économique régionale","AER BFC"),
  O("École nationale supérieure de mécanique et des microtechniques","ENSMM"), O("Lemaître Précision SAS"),
  O("Université de Franche-Comté"), O("FEMTO-ST"), O("Fondation Suisse pour la Recherche en Microtechnique","FSRM"),
  O("Chambre de commerce et d'industrie Saône-Doubs"), O("France Travail"), O("lycée Edgar-Faure"),
  O("Région Bourgogne-Franche-Comté"), O("Communauté urbaine Grand Besançon Métropole"), O("Cuenot Horlogerie"),
  O("TEMIS Innovation")],
 [E("café technique","2035-03-27",None,"Morteau","France"),
  E("Micronora","2036-09-22","2036-09-25","Besançon","France"),
  E("MedtecLIVE","2035-05",None,"Nuremberg","Germany"),
  E("Micronora 2034")],
 ["2035-01-22","2034-09","2035","2035-03-27","2036-09-22/2036-09-25","2035-05","2034","2035/2038","2034-10-03","2034-12-18","2035-01-08","2035-04","2034-12"],
 [], "2035-01-22")
