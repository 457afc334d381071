from h import *
F = 'g08_lorraine_webinaire_hydrogene_retour.txt'
assert wd(2039,1,27)=='Thursday' and wd(2039,2,24)=='Thursday' and wd(2039,3,15)=='Tuesday'
T = """Accueil / Actualités / Retour sur...

RETOUR SUR LE WEBINAIRE « HYDROGÈNE ET SIDÉRURGIE : OÙ EN SONT LES PROJETS LORRAINS ? »

Publié le 3 février 2039 par Camille Hennequin | Catégorie : Énergie, Webinaires | Temps de lecture : 5 min

Le jeudi 27 janvier 2039, le pôle Matériaux et Énergie Grand Est (MEGE) a réuni 186 participants en ligne pour faire le point sur les projets d'hydrogène bas carbone dans la vallée de la Fensch et autour de Metz. Animé par Thibault Lorrain-Weber, chargé de mission énergie du pôle, le webinaire a duré une heure trente. Vous l'avez manqué ? Voici l'essentiel.

[Regarder le replay] [Télécharger les présentations (PDF, 6,2 Mo)]

PROGRAMME

14h00 – Ouverture par Nathalie Schaeffer-Gillot, directrice générale du pôle MEGE
14h10 – « Le corridor hydrogène Mosellan », par Julien Baldauf, chef de projet à la Région Grand Est
14h30 – « Décarboner un haut fourneau : retour d'expérience », par Dr Miriam Hoffmann-Delacour, directrice R&D d'ArcelorMittal Maizières Research
14h50 – « Les PME dans la chaîne de valeur », par Karim Benaissa, fondateur de la société H2 Moselle Services
15h10 – Questions-réponses
15h25 – Conclusion par Pierre-Yves Thiriet, vice-président de l'Université de Lorraine chargé des partenariats

CE QU'IL FAUT RETENIR

1. Le corridor hydrogène entre la Moselle, la Sarre et le Luxembourg est désormais financé pour sa première tranche, avec une mise en service prévue en 2041.
2. La réduction directe du minerai par l'hydrogène est techniquement maîtrisée à l'échelle pilote ; le frein principal reste le prix de l'électricité.
3. Les PME lorraines peuvent se positionner sur la maintenance, les capteurs et la sécurité des installations, à condition de se regrouper pour répondre aux appels d'offres.
4. La formation de techniciens spécialisés doit commencer dès maintenant : il faudra environ 900 personnes qualifiées d'ici 2040.

DÉBAT

Les questions ont surtout porté sur le calendrier et sur l'accès des petites entreprises aux marchés. Un participant de la Communauté d'agglomération du Val de Fensch a demandé si les collectivités seraient associées aux décisions d'implantation ; Julien Baldauf a répondu qu'un comité de suivi réunissant la Région, l'État et les intercommunalités se réunirait deux fois par an.

Karim Benaissa a plaidé pour une « bourse aux compétences » entre sous-traitants. « Seul, aucun de nous ne peut répondre à un appel d'offres d'un sidérurgiste. Ensemble, on couvre tout, du soudage à la télémaintenance », a-t-il déclaré.

Miriam Hoffmann-Delacour a rappelé que le site de Maizières-lès-Metz travaille avec l'Institut Jean Lamour et avec le Luxembourg Institute of Science and Technology (LIST) sur les matériaux résistants à l'hydrogène.

ET ENSUITE ?

Le pôle organisera une rencontre d'affaires « Hydrogène Grand Est » le jeudi 24 février 2039 au Centre des Congrès Robert Schuman de Metz, en partenariat avec la CCI Moselle Métropole Metz et la Chambre de Commerce du Luxembourg. Une visite de la plateforme pilote de Maizières-lès-Metz est prévue le mardi 15 mars 2039 (places limitées à 25, adhérents prioritaires).

Les inscriptions sont ouvertes sur notre site jusqu'au 17 février 2039.

À LIRE AUSSI
- Retour sur le webinaire « Recyclage des aciers spéciaux » (novembre 2038)
- Le pôle MEGE rejoint l'alliance européenne des vallées de l'hydrogène
- Assemblée générale 2038 : un nouveau conseil d'administration

Partager : LinkedIn | Facebook | X | Courriel

Contact presse : Camille Hennequin, responsable communication
Pôle Matériaux et Énergie Grand Est – 2 rue Augustin Fresnel, 57070 Metz
communication@pole-mege.example.fr – 03 87 00 00 00

Ce site utilise des cookies pour mesurer l'audience. Accepter | Refuser | Personnaliser
Mentions légales | Plan du site | Accessibilité : non conforme
"""
write(F, T)
M="Matériaux et Énergie Grand Est"
gold(F,
 [P("Camille Hennequin","responsable communication","Pôle Matériaux et Énergie Grand Est"),
  P("Thibault Lorrain-Weber","chargé de mission énergie du pôle","pôle Matériaux et Énergie Grand Est"),
  P("Nathalie Schaeffer-Gillot","directrice générale du pôle MEGE","pôle MEGE"),
  P("Julien Baldauf","chef de projet","Région Grand Est"),
  P("Miriam Hoffmann-Delacour","directrice R&D","ArcelorMittal Maizières Research"),
  P("Karim Benaissa","fondateur","H2 Moselle Services"),
  P("Pierre-Yves Thiriet","vice-président de l'Université de Lorraine chargé des partenariats","Université de Lorraine")],
 [O("Pôle Matériaux et Énergie Grand Est","MEGE"), O("Région Grand Est"), O("ArcelorMittal Maizières Research"),
  O("H2 Moselle Services"), O("Université de Lorraine"), O("Communauté d'agglomération du Val de Fensch"),
  O("Institut Jean Lamour"), O("Luxembourg Institute of Science and Technology","LIST"),
  O("CCI Moselle Métropole Metz"), O("Chambre de Commerce du Luxembourg")],
 [E("Hydrogène et sidérurgie : où en sont les projets lorrains ?","2039-01-27",None,None,None),
  E("Hydrogène Grand Est","2039-02-24",None,"Metz","France"),
  E("visite de la plateforme pilote de Maizières-lès-Metz","2039-03-15",None,"Maizières-lès-Metz","France"),
  E("Recyclage des aciers spéciaux","2038-11",None,None,None),
  E("Assemblée générale 2038","2038",None,None,None)],
 ["2039-02-03","2039-01-27","2041","2040","2039-02-24","2039-03-15","2039-02-17","2038-11"],
 ["Le corridor hydrogène entre la Moselle, la Sarre et le Luxembourg est désormais financé pour sa première tranche, avec une mise en service prévue en 2041",
  "La réduction directe du minerai par l'hydrogène est techniquement maîtrisée à l'échelle pilote ; le frein principal reste le prix de l'électricité",
  "Les PME lorraines peuvent se positionner sur la maintenance, les capteurs et la sécurité des installations, à condition de se regrouper pour répondre aux appels d'offres",
  "La formation de techniciens spécialisés doit commencer dès maintenant : il faudra environ 900 personnes qualifiées d'ici 2040"],
 "2039-02-03")
