from h import *
F = 'g15_nancy_pole_materiaux_communique.txt'
assert wd(2034,6,27)=='Tuesday' and wd(2034,11,16)=='Thursday' and wd(2034,9,21)=='Thursday'
T = """Accueil > Actualités > Communiqués de presse

Matériaux Grand Est Lorraine – pôle de compétitivité
Le pôle   Adhérents   Projets   Services   Agenda   Actualités   Contact   FR | EN

Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience. Vous pouvez accepter, refuser ou paramétrer leur utilisation.   Tout accepter   Tout refuser   Paramétrer

COMMUNIQUÉ DE PRESSE

Nancy, le 29 juin 2034

Assemblée générale 2034 : Claire Vautrin-Humbert élue présidente du pôle Matériaux Grand Est Lorraine, Hugo Masson nommé directeur général

Partager : LinkedIn · X · Facebook · Courriel · Imprimer

Réunie le mardi 27 juin 2034 au Centre Prouvé à Nancy, l'assemblée générale du pôle de compétitivité Matériaux Grand Est Lorraine (MGEL) a élu un nouveau conseil d'administration pour un mandat de trois ans. À l'issue de l'assemblée, le conseil a élu à sa présidence Claire Vautrin-Humbert, directrice de la recherche et de l'innovation d'Aciéries de Pompey SAS. Elle succède à Bernard Lhuillier, président depuis 2028, qui reste membre du conseil.

Le conseil a également nommé Hugo Masson directeur général du pôle à compter du 1er septembre 2034. Ingénieur de l'École européenne d'ingénieurs en génie des matériaux (EEIGM), il dirigeait depuis 2030 le service des partenariats industriels de l'Institut Jean Lamour, laboratoire commun du CNRS et de l'Université de Lorraine. Il remplace Sylvie Kieffer, qui rejoint la Région Grand Est comme directrice de l'innovation.

Près de 180 adhérents et partenaires ont assisté à l'assemblée, en présence de Jean-Luc Bertrand-Fèvre, vice-président de la Région Grand Est chargé de l'industrie, et de Mathilde Pernot, sous-préfète, représentant le préfet de Meurthe-et-Moselle.

« Notre pôle doit devenir le premier partenaire des industriels lorrains pour décarboner l'acier, le verre et les matériaux composites. Les PME ne peuvent pas réussir cette transition seules », a déclaré Claire Vautrin-Humbert.

« La Région continuera de soutenir un pôle qui a fait émerger plus de cent projets collaboratifs depuis sa création », a souligné Jean-Luc Bertrand-Fèvre.

Le bilan 2033 en chiffres
• 214 adhérents, dont 142 PME
• 31 projets labellisés, pour 48 millions d'euros d'investissements de R&D
• 9 projets européens en cours
• 1 200 participants aux événements du pôle

Le nouveau bureau
Présidente : Claire Vautrin-Humbert (Aciéries de Pompey SAS)
Vice-président : Antoine Grandjean (Verrerie de Vannes-le-Châtel)
Vice-présidente : Pr Nadia Benali (Université de Lorraine)
Trésorier : Philippe Colin (Colin Composites SARL)
Secrétaire : Élodie Marchal (CCI Grand Nancy Métropole Meurthe-et-Moselle)

Agenda du pôle
• Jeudi 21 septembre 2034 – Matinale « Hydrogène et acier vert », Metz
• 16 novembre 2034 – Rencontres Matériaux du Grand Est, Centre Prouvé, Nancy, avec rendez-vous d'affaires
• Décembre 2034 – Publication de la feuille de route stratégique 2035–2038

À propos de Matériaux Grand Est Lorraine
Créé en 2005, Matériaux Grand Est Lorraine est le pôle de compétitivité des matériaux et procédés de la région Grand Est. Il rassemble entreprises, laboratoires et centres de formation autour de quatre domaines : métallurgie, verre et céramiques, composites et matériaux biosourcés. Il est labellisé par l'État et soutenu par la Région Grand Est, la Métropole du Grand Nancy et l'Eurométropole de Metz.

Contact presse
Julie Thiébaut
Responsable communication
Matériaux Grand Est Lorraine
03 83 00 00 00 · presse@mgel.example.fr

Crédit photo : MGEL / Nicolas Dohr

Tags : assemblée générale, gouvernance, nomination

Dans la même rubrique
› Le pôle labellise quatre nouveaux projets sur l'hydrogène
› Retour sur le salon JEC World 2034 à Paris
› Appel à projets « PME et décarbonation » : clôture le 15 septembre 2034

Mentions légales | Politique de confidentialité | Gestion des cookies | Plan du site
© 2034 Matériaux Grand Est Lorraine
"""
write(F, T)
C = "Matériaux Grand Est Lorraine"
gold(F,
 [P("Claire Vautrin-Humbert","présidente",C),
  P("Hugo Masson","directeur général",C),
  P("Bernard Lhuillier","président",C),
  P("Sylvie Kieffer","directrice de l'innovation","Région Grand Est"),
  P("Jean-Luc Bertrand-Fèvre","vice-président de la Région Grand Est chargé de l'industrie","Région Grand Est"),
  P("Mathilde Pernot","sous-préfète",None),
  P("Antoine Grandjean","Vice-président",C), P("Nadia Benali","Vice-présidente",C),
  P("Philippe Colin","Trésorier",C), P("Élodie Marchal","Secrétaire",C),
  P("Julie Thiébaut","Responsable communication",C), P("Nicolas Dohr")],
 [O(C,"MGEL"), O("Aciéries de Pompey SAS"), O("École européenne d'ingénieurs en génie des matériaux","EEIGM"),
  O("Institut Jean Lamour"), O("CNRS"), O("Université de Lorraine"), O("Région Grand Est"),
  O("Verrerie de Vannes-le-Châtel"), O("Colin Composites SARL"),
  O("CCI Grand Nancy Métropole Meurthe-et-Moselle"), O("Métropole du Grand Nancy"), O("Eurométropole de Metz")],
 [E("assemblée générale","2034-06-27",None,"Nancy","France"),
  E("Matinale « Hydrogène et acier vert »","2034-09-21",None,"Metz","France"),
  E("Rencontres Matériaux du Grand Est","2034-11-16",None,"Nancy","France"),
  E("JEC World 2034",None,None,"Paris","France")],
 ["2034-06-29","2034-06-27","2028","2034-09-01","2030","2033","2034-09-21","2034-11-16","2034-12","2035/2038","2005","2034-09-15"],
 [], "2034-06-29")
