from h import *
F = 'g04_saint_nazaire_lettre_cluster-pdf.txt'
assert wd(2041,5,14)=='Tuesday' and wd(2041,6,12)=='Wednesday' and wd(2041,6,13)=='Thursday' and wd(2041,4,24)=='Wednesday'
T = """LA LETTRE D'ESTUAIRE INDUSTRIES N° 27 – Mai 2041
Le réseau des industriels de l'estuaire de la Loire
ÉDITO
Chers adhérents,
le printemps a été dense pour notre
réseau. Notre assemblée générale du 24
avril a confirmé une stratégie ambi-
tieuse, et nos entreprises ont été nom-
breuses à répondre présentes aux ren-
dez-vous européens. Je remercie cha-
leureusement les équipes de la CARENE
et de la Région Pays de la Loire pour
leur soutien constant.
Yannick Le Gall
Président d'Estuaire Industries
À LA UNE
Assemblée générale 2041 : le réseau
passe le cap des 200 adhérents
Réunie le mercredi 24 avril 2041 au
Théâtre Simone-Veil de Saint-Nazaire,
l'assemblée générale de l'association
Estuaire Industries a réuni 164 parti-
cipants. Le président, Yannick Le Gall,
directeur du site de Chantiers de l'Atlantique,
a présenté le bilan 2040 : 31 nou-
veaux adhérents, 12 projets collabora-
tifs et un chiffre d'affaires cumulé de
4,2 milliards d'euros.
Le conseil d'administration a été re-
nouvelé pour moitié. Entrent au con-
seil : Claire Dubois-Ferrand (MAN Energy Solutions France),
Mathieu N'Diaye (Idea Logistique) et Aurélie de La Villemarqué
(Nantes Université). Hervé Guérin (Airbus Atlantic) est élu
trésorier.
LA LETTRE D'ESTUAIRE INDUSTRIES – N° 27 page 1/3

LA LETTRE D'ESTUAIRE INDUSTRIES N° 27 – Mai 2041
ACTUALITÉS
Mission à Cadix : cinq entreprises à la
rencontre des chantiers andalous
Du 18 au 21 mars 2041, une déléga-
tion de cinq PME de l'estuaire a visi-
té les chantiers navals de Cadix et de
Puerto Real, à l'invitation du cluster
andalou CMNC. Au programme : vi-
sites de sites, rendez-vous B2B et une
rencontre avec l'Agencia de Innovación y Desarrollo de Andalucía.
Selon Julien Hamon, chargé de mission international,
« trois partenariats commerciaux sont
déjà en discussion ».
Recrutement : le réseau accueille
Nolwenn Cariou, nouvelle déléguée générale adjointe,
qui vient de Bretagne Développement Innovation.
EUROPE
Estuaire Industries rejoint le partena-
riat ECCP « Blue Manufacturing Alliance »
Notre réseau fait désormais partie
d'un partenariat stratégique européen
de clusters avec le CMNC, le
Kiel Maritime Cluster et le Pôle Mer Méditerranée.
La réunion de lancement s'est tenue en
ligne le 9 avril 2041, animée par Sophie Mercier-Tanguy,
chargée des affaires européennes du
réseau. Le partenariat a obtenu le sou-
tien de la Commission européenne (DG GROW)
pour la période 2041–2043. Il prévoit
deux missions communes hors d'Europe
et un programme d'échange de person-
nel entre les quatre clusters.
LA LETTRE D'ESTUAIRE INDUSTRIES – N° 27 page 2/3

LA LETTRE D'ESTUAIRE INDUSTRIES N° 27 – Mai 2041
CE QU'IL FAUT RETENIR DE L'ATELIER
« COMPÉTENCES 2030 »
L'atelier du 3 avril a réuni 40 DRH et
responsables formation à Montoir-de-Bretagne.
Les participants ont retenu trois messages :
• les métiers de la soudure et de la tuyauterie restent les plus en tension sur le territoire
• l'alternance doit être mutualisée entre PME pour être réaliste
• l'accueil des salariés venus d'autres régions passe par le logement
L'atelier était animé par Françoise Lebrun-Caradec,
consultante au cabinet RH Ouest Conseil, avec le soutien de
France Travail.
AGENDA
14 mai 2041 (mardi), 8h30–10h30 :
petit-déjeuner « Hydrogène et portuaire »,
Maison de l'Entreprise, Saint-Nazaire
12–13 juin 2041 : 8e Rencontres Industrielles de l'Estuaire,
Base sous-marine de Saint-Nazaire. Date li-
mite d'inscription des exposants :
30 avril 2041.
Septembre 2041 : visite d'entreprise chez Elengy,
terminal méthanier de Montoir (date à
confirmer).
Contact : contact@estuaire-industries.example.fr
02 40 00 00 00
Directeur de la publication : Yannick Le Gall
Rédaction : Pauline Rio
LA LETTRE D'ESTUAIRE INDUSTRIES – N° 27 page 3/3
"""
write(F, T)
A = "Estuaire Industries"
gold(F,
 [P("Yannick Le Gall","président",A),
  P("Claire Dubois-Ferrand",None,"MAN Energy Solutions France"),
  P("Mathieu N'Diaye",None,"Idea Logistique"),
  P("Aurélie de La Villemarqué",None,"Nantes Université"),
  P("Hervé Guérin","trésorier",A),
  P("Julien Hamon","chargé de mission international",A),
  P("Nolwenn Cariou","déléguée générale adjointe",A),
  P("Sophie Mercier-Tanguy","chargée des affaires européennes",A),
  P("Françoise Lebrun-Caradec","consultante","RH Ouest Conseil"),
  P("Pauline Rio","Rédaction",None)],
 [O(A), O("CARENE"), O("Région Pays de la Loire"), O("Chantiers de l'Atlantique"), O("MAN Energy Solutions France"),
  O("Idea Logistique"), O("Nantes Université"), O("Airbus Atlantic"), O("CMNC"),
  O("Agencia de Innovación y Desarrollo de Andalucía"), O("Bretagne Développement Innovation"),
  O("ECCP"), O("Kiel Maritime Cluster"), O("Pôle Mer Méditerranée"),
  O("Commission européenne"), O("DG GROW"), O("RH Ouest Conseil"), O("France Travail"), O("Elengy")],
 [E("assemblée générale","2041-04-24",None,"Saint-Nazaire","France"),
  E("Mission à Cadix","2041-03-18","2041-03-21","Cadix","Spain"),
  E("réunion de lancement","2041-04-09",None,None,None),
  E("atelier « COMPÉTENCES 2030 »","2041-04-03",None,"Montoir-de-Bretagne","France"),
  E("petit-déjeuner « Hydrogène et portuaire »","2041-05-14",None,"Saint-Nazaire","France"),
  E("8e Rencontres Industrielles de l'Estuaire","2041-06-12","2041-06-13","Saint-Nazaire","France"),
  E("visite d'entreprise chez Elengy","2041-09",None,"Montoir","France")],
 ["2041-05","2041-04-24","2040","2041-03-18/2041-03-21","2041-04-09","2041/2043","2041-04-03","2041-05-14","2041-06-12/2041-06-13","2041-04-30","2041-09"],
 ["les métiers de la soudure et de la tuyauterie restent les plus en tension sur le territoire",
  "l'alternance doit être mutualisée entre PME pour être réaliste",
  "l'accueil des salariés venus d'autres régions passe par le logement"],
 pub="2041-05")
