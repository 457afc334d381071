from h import *
import docx
F = 'g10_occitanie_atelier_compte_rendu.docx'
assert wd(2040,3,7)=='Wednesday' and wd(2040,3,8)=='Thursday' and wd(2040,2,21)=='Tuesday' and wd(2040,3,27)=='Tuesday'
L = [
("p","AD'OCC – Agence de développement économique de la Région Occitanie"),
("p","Direction Innovation et Filières · Document de travail – diffusion aux participants"),
("h","Compte rendu de l'atelier interclusters « Textiles techniques et matériaux biosourcés »"),
("p","Castres, mercredi 7 et jeudi 8 mars 2040 – Maison de l'Économie du Tarn"),
("p","Rédaction : Mathilde Roucayrol-Puech, chargée de mission filières, AD'OCC · Relecture : Jean-Baptiste d'Aubigny · Version du 21 mars 2040"),
("h2","1. Contexte et objectifs"),
("p","L'atelier a réuni 52 participants issus de quatre pôles et clusters de la région : le pôle de compétitivité Techtera (antenne Occitanie), le cluster Textile Occitanie, le pôle Aerospace Valley et l'association Fibres-Énergivie. Il s'inscrivait dans la feuille de route régionale « Matériaux d'avenir 2038–2042 » adoptée par le Conseil régional d'Occitanie. L'objectif était double : dresser un état des lieux des coopérations existantes entre textile et aéronautique, et identifier des projets communs pouvant être déposés à l'appel régional « Filières en transition », dont la date limite est fixée au 30 avril 2040."),
("p","L'atelier était co-organisé par AD'OCC et la Communauté d'agglomération Castres-Mazamet. Il a été ouvert par Carole Delga-Fabre, vice-présidente de la Région en charge de l'industrie, et par le président de l'agglomération, Pascal Bugis-Aurès."),
("h2","2. Déroulé"),
("p","Mercredi 7 mars"),
("p","14h00 – Accueil et tour de table"),
("p","14h30 – Présentation de l'étude « Textiles techniques en Occitanie : état des lieux 2039 » par Dr Yannick Oulès (IMT Mines Albi)"),
("p","15h30 – Trois ateliers en sous-groupes : composites à fibres naturelles, recyclage des textiles, textiles intelligents pour la santé"),
("p","18h00 – Visite de l'usine de Tissages de Labruguière SAS"),
("p","20h00 – Dîner des participants"),
("p","Jeudi 8 mars"),
("p","09h00 – Restitution des sous-groupes"),
("p","10h30 – Table ronde : financer l'innovation textile (BPI France, Région, Banque des Territoires)"),
("p","12h00 – Synthèse et clôture"),
("h2","3. Principaux constats de l'étude"),
("p","L'étude présentée par Yannick Oulès recense 146 entreprises du textile technique en Occitanie, dont 61 % comptent moins de vingt salariés. Le chiffre d'affaires cumulé du secteur est estimé à 890 millions d'euros. Les entreprises tarnaises restent très dépendantes de la sous-traitance pour l'habillement, alors que les marchés de l'aéronautique et de la santé progressent. Moins d'une entreprise sur cinq travaille aujourd'hui avec un laboratoire public."),
("p","Selon Sabine Kerhoas, directrice du cluster Textile Occitanie, « le savoir-faire est là, mais les entreprises n'ont ni le temps ni les ingénieurs pour monter des projets avec les donneurs d'ordre aéronautiques »."),
("h2","4. Enseignements de l'atelier"),
("p","Les participants ont retenu les enseignements suivants :"),
("p","• Les coopérations entre textile et aéronautique existent, mais reposent sur quelques personnes et ne sont pas organisées"),
("p","• Les PME textiles ont besoin d'un accès simplifié aux plateformes d'essai de l'IMT Mines Albi et du CIRIMAT"),
("p","• Le recyclage des textiles est le sujet sur lequel les quatre réseaux peuvent le plus rapidement monter un projet commun"),
("p","• Un interlocuteur unique pour les quatre pôles et clusters faciliterait les démarches des entreprises"),
("h2","5. Suites données"),
("p","Il a été convenu que : (a) AD'OCC coordonnera un dépôt commun sur le recyclage des textiles à l'appel « Filières en transition » ; (b) le cluster Textile Occitanie et Aerospace Valley organiseront une convention d'affaires à Toulouse à l'automne 2040 ; (c) un comité de suivi se réunira le 27 mars 2040 en visioconférence."),
("p","Prochain atelier interclusters : « Santé et dispositifs médicaux », Montpellier, juin 2040."),
("p","Contact : Mathilde Roucayrol-Puech, AD'OCC, Hôtel de Région, Toulouse – mathilde.roucayrol@adocc.example.fr"),
]
d = docx.Document()
for k,t in L:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
A = "AD'OCC – Agence de développement économique de la Région Occitanie"
gold(F,
 [P("Mathilde Roucayrol-Puech","chargée de mission filières","AD'OCC"),
  P("Jean-Baptiste d'Aubigny"),
  P("Carole Delga-Fabre","vice-présidente de la Région en charge de l'industrie",None),
  P("Pascal Bugis-Aurès","président","Communauté d'agglomération Castres-Mazamet"),
  P("Yannick Oulès",None,"IMT Mines Albi"),
  P("Sabine Kerhoas","directrice","Textile Occitanie")],
 [O("Agence de développement économique de la Région Occitanie","AD'OCC"), O("Direction Innovation et Filières"),
  O("Techtera"), O("Textile Occitanie"), O("Aerospace Valley"), O("Fibres-Énergivie"),
  O("Conseil régional d'Occitanie"), O("Communauté d'agglomération Castres-Mazamet"), O("IMT Mines Albi"),
  O("Tissages de Labruguière SAS"), O("BPI France"), O("Banque des Territoires"), O("CIRIMAT")],
 [E("atelier interclusters « Textiles techniques et matériaux biosourcés »","2040-03-07","2040-03-08","Castres","France"),
  E("Visite de l'usine de Tissages de Labruguière SAS","2040-03-07",None,None,"France"),
  E("Dîner des participants","2040-03-07",None,"Castres","France"),
  E("convention d'affaires","2040",None,"Toulouse","France"),
  E("comité de suivi","2040-03-27",None,None,None),
  E("Santé et dispositifs médicaux","2040-06",None,"Montpellier","France")],
 ["2040-03-07/2040-03-08","2040-03-07","2040-03-08","2040-03-21","2038/2042","2040-04-30","2040-03-27","2040","2040-06"],
 ["Les coopérations entre textile et aéronautique existent, mais reposent sur quelques personnes et ne sont pas organisées",
  "Les PME textiles ont besoin d'un accès simplifié aux plateformes d'essai de l'IMT Mines Albi et du CIRIMAT",
  "Le recyclage des textiles est le sujet sur lequel les quatre réseaux peuvent le plus rapidement monter un projet commun",
  "Un interlocuteur unique pour les quatre pôles et clusters faciliterait les démarches des entreprises",
  "AD'OCC coordonnera un dépôt commun sur le recyclage des textiles à l'appel « Filières en transition »",
  "le cluster Textile Occitanie et Aerospace Valley organiseront une convention d'affaires à Toulouse à l'automne 2040",
  "un comité de suivi se réunira le 27 mars 2040 en visioconférence"],
 pub="2040-03-21")
