from h import *
import docx
from docx.shared import Pt
F = 'g14_toulouse_pole_compte_rendu.docx'
assert wd(2035,3,15)=='Thursday' and wd(2035,3,22)=='Thursday' and wd(2035,4,12)=='Thursday' and wd(2035,5,15)=='Tuesday' and wd(2035,6,19)=='Tuesday'
d = docx.Document()
st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(10.5)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Pôle Aéro-Mobilités Occitanie – Compte rendu – Diffusion : adhérents et partenaires"
sec.footer.paragraphs[0].text = "Pôle Aéro-Mobilités Occitanie · 10 avenue Édouard-Belin, 31400 Toulouse · Document interne – ne pas diffuser sans accord"
def p(t, bold=False, style=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = para.add_run(t); r.bold = bold; return para
d.add_heading("Compte rendu – Rencontres PME & Grands Donneurs d’Ordres 2035", 1)
p("Toulouse, le 22 mars 2035")
p("Rédaction : Camille Fabre-Espinasse, chargée de mission Supply Chain | Relecture : Olivier Cazeneuve, délégué général")
p("1. Contexte", True)
p("Les Rencontres PME & Grands Donneurs d’Ordres se sont tenues le jeudi 15 mars 2035 au centre de congrès Pierre Baudis, à Toulouse. Organisée par le Pôle Aéro-Mobilités Occitanie avec l’Agence régionale AD’OCC et la Chambre de commerce et d’industrie de Toulouse Haute-Garonne, cette cinquième édition a réuni 312 participants, dont 184 PME et ETI de la filière aéronautique, spatiale et des mobilités aériennes nouvelles, ainsi que 14 donneurs d’ordres.")
p("L’objectif était double : présenter aux PME les plans d’achats 2035-2037 des grands industriels et préparer la filière à la montée en cadence des programmes civils, tout en répondant aux nouvelles exigences de décarbonation.")
p("2. Programme", True)
rows = [("08h30","Accueil café"),
 ("09h00","Ouverture – Marie-Hélène Castagné, présidente du Pôle Aéro-Mobilités Occitanie ; Jean-Luc Ribaute, vice-président de la Région Occitanie en charge de l’industrie"),
 ("09h30","Table ronde « Cadences 2035-2037 : où sont les goulets d’étranglement ? » – avec Stéphane Larrieu (Airbus Operations SAS, directeur achats structures), Nathalie Pujol-Bonnet (Safran Landing Systems, responsable développement fournisseurs) et Hugo Delmas (Latécoère, directeur industriel)"),
 ("11h00","Rendez-vous d’affaires PME / donneurs d’ordres (sur inscription préalable)"),
 ("12h30","Déjeuner-réseau"),
 ("14h00","Ateliers : A – Bilan carbone fournisseurs ; B – Cybersécurité dans la supply chain ; C – Recrutement et alternance"),
 ("16h30","Restitution des ateliers et clôture – Olivier Cazeneuve, délégué général")]
t = d.add_table(rows=len(rows)+1, cols=2); t.style = 'Table Grid'
t.cell(0,0).text = "Horaire"; t.cell(0,1).text = "Séquence"
for i,(a,b) in enumerate(rows, 1):
    t.cell(i,0).text = a; t.cell(i,1).text = b
p("")
p("3. Points marquants des échanges", True)
p("En ouverture, Marie-Hélène Castagné a rappelé que la filière régionale compte plus de 1 200 établissements et 96 000 salariés, et que « la tension sur les compétences est aujourd’hui plus forte que la tension sur les carnets de commandes ». Jean-Luc Ribaute a annoncé le lancement, au second semestre, d’un nouvel appel à projets régional « Industrie décarbonée » doté de 20 millions d’euros.")
p("Lors de la table ronde, Stéphane Larrieu a indiqué qu’Airbus Operations SAS prévoit d’augmenter de 25 % ses achats de pièces élémentaires auprès des fournisseurs régionaux d’ici 2037. Nathalie Pujol-Bonnet a souligné l’importance de la qualification des procédés spéciaux, souvent sous-estimée par les PME. Hugo Delmas a plaidé pour des contrats pluriannuels afin de sécuriser les investissements des sous-traitants.")
p("Au total, 428 rendez-vous d’affaires ont été organisés dans la matinée grâce à la plateforme de l’Enterprise Europe Network Occitanie. Une délégation de cinq entreprises du cluster basque HEGAN, conduite par sa directrice Ane Goikoetxea, a également participé aux rendez-vous.")
p("L’atelier sur le bilan carbone, animé par Dr Julien Sarrade (ONERA), a montré que moins d’une PME sur trois dispose aujourd’hui d’un bilan de ses émissions de scope 3. L’atelier sur le recrutement, animé par Sophie Baylac (France Travail Occitanie), a présenté le dispositif « Cap Aéro Alternance » qui vise 600 alternants en 2035.")
p("4. Principaux enseignements", True)
for x in ["La montée en cadence est confirmée, mais elle dépend d’abord de la capacité des PME à recruter et à former",
          "Les donneurs d’ordres attendent de leurs fournisseurs un bilan carbone complet d’ici fin 2036",
          "Les contrats pluriannuels sont la condition pour que les PME investissent dans de nouveaux moyens de production",
          "La cybersécurité de la chaîne d’approvisionnement doit devenir un critère commun de qualification",
          "Le Pôle doit renforcer les achats mutualisés et les groupements de PME pour répondre aux appels d’offres"]:
    p(x, style='List Bullet')
p("5. Suites à donner", True)
for x in ["Diffusion des présentations aux participants : semaine du 26 mars 2035 (responsable : C. Fabre-Espinasse)",
          "Lancement d’un groupe de travail « Bilan carbone fournisseurs » : première réunion le jeudi 12 avril 2035",
          "Webinaire d’information sur l’appel à projets « Industrie décarbonée » avec AD’OCC : mardi 15 mai 2035",
          "Prochaine édition des Rencontres : printemps 2036, à Tarbes"]:
    p(x, style='List Bullet')
p("Le bureau du Pôle examinera ces propositions lors de sa prochaine réunion du 19 juin 2035.")
p("Contact : Camille Fabre-Espinasse – camille.fabre-espinasse@pole-aeromob.example.fr – 05 00 00 00 00")
p("Pièces jointes : liste des participants (PDF) ; présentations (lien de téléchargement valable 30 jours)")
d.save(path(F))
PA = "Pôle Aéro-Mobilités Occitanie"
gold(F,
 [P("Camille Fabre-Espinasse","chargée de mission Supply Chain",PA), P("Olivier Cazeneuve","délégué général",PA),
  P("Marie-Hélène Castagné","présidente",PA), P("Jean-Luc Ribaute","vice-président de la Région Occitanie en charge de l’industrie","Région Occitanie"),
  P("Stéphane Larrieu","directeur achats structures","Airbus Operations SAS"),
  P("Nathalie Pujol-Bonnet","responsable développement fournisseurs","Safran Landing Systems"),
  P("Hugo Delmas","directeur industriel","Latécoère"), P("Ane Goikoetxea","directrice","HEGAN"),
  P("Julien Sarrade",None,"ONERA"), P("Sophie Baylac",None,"France Travail Occitanie")],
 [O(PA), O("Agence régionale AD’OCC","AD’OCC"), O("Chambre de commerce et d’industrie de Toulouse Haute-Garonne"),
  O("Région Occitanie"), O("Airbus Operations SAS"), O("Safran Landing Systems"), O("Latécoère"),
  O("Enterprise Europe Network Occitanie"), O("HEGAN"), O("ONERA"), O("France Travail Occitanie")],
 [E("Rencontres PME & Grands Donneurs d’Ordres 2035","2035-03-15",None,"Toulouse","France"),
  E("Rendez-vous d’affaires PME / donneurs d’ordres","2035-03-15",None,"Toulouse","France"),
  E("Déjeuner-réseau","2035-03-15",None,"Toulouse","France"),
  E("première réunion du groupe de travail « Bilan carbone fournisseurs »","2035-04-12",None,None,None),
  E("Webinaire d’information sur l’appel à projets « Industrie décarbonée »","2035-05-15",None,None,None),
  E("réunion du bureau du Pôle","2035-06-19",None,None,None),
  E("Rencontres PME & Grands Donneurs d’Ordres (prochaine édition)","2036",None,"Tarbes","France")],
 ["2035-03-22","2035-03-15","2035/2037","2037","2035","2036","2035-03-26","2035-04-12","2035-05-15","2035-06-19"],
 ["La montée en cadence est confirmée, mais elle dépend d’abord de la capacité des PME à recruter et à former",
  "Les donneurs d’ordres attendent de leurs fournisseurs un bilan carbone complet d’ici fin 2036",
  "Les contrats pluriannuels sont la condition pour que les PME investissent dans de nouveaux moyens de production",
  "La cybersécurité de la chaîne d’approvisionnement doit devenir un critère commun de qualification",
  "Le Pôle doit renforcer les achats mutualisés et les groupements de PME pour répondre aux appels d’offres"], "2035-03-22")
