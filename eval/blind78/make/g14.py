from h import *
F = 'g14_ajaccio_conference_regionale_clusters.txt'
T = """COLLECTIVITÉ DE CORSE – ACTUALITÉS
Économie | Innovation | Territoires

Conférence régionale des clusters et filières de Corse : les conclusions de la 3e édition

Publié le 14 mars 2034

La troisième Conférence régionale des clusters et filières de Corse s'est tenue les jeudi 9 et vendredi 10 mars 2034 au Palais des Congrès d'Ajaccio. Organisée par la Collectivité de Corse et l'Agence de développement économique de la Corse (ADEC), elle a réuni près de 280 participants : chefs d'entreprise, animateurs de clusters, chercheurs de l'Università di Corsica Pasquale Paoli, représentants des chambres consulaires et des services de l'État.

La conférence a été ouverte par M. Ghjuvan Petru Santoni, président du Conseil exécutif de Corse, et par Mme Marie-Pierre Casanova-Luciani, conseillère exécutive chargée du développement économique et présidente de l'ADEC. Dans son discours, M. Santoni a souligné que « les filières corses ne gagneront en compétitivité qu'en travaillant ensemble, au-delà des micro-régions ». Le préfet de Corse, M. Laurent Delacroix-Vidal, est intervenu au nom de l'État pour présenter le volet régional du plan France 2035.

Quatre clusters présentaient leur bilan : le cluster Corsica Agrifood, animé par Mme Letizia Pieri ; le pôle Mare Nostrum Innovation consacré à l'économie bleue, présidé par M. Antoine Filippi-Ceccaldi ; le cluster numérique Corsica Digitale, dirigé par M. Stéphane Marchetti ; et le cluster Bois et Construction de Corse, représenté par son délégué général, M. Paul-André Susini. Chacun a présenté ses résultats depuis la précédente conférence, tenue à Bastia en mars 2032.

Table ronde européenne
L'après-midi du 9 mars a été consacré à une table ronde sur les coopérations méditerranéennes, animée par Mme Ornella Giudicelli, journaliste à Corse-Matin. Y ont participé Mme Francesca Ledda, directrice du Consorzio Sardegna Ricerche, M. Josep Maria Ferrer i Vidal, responsable des clusters à ACCIÓ – Agence pour la compétitivité de l'entreprise de la Generalitat de Catalunya, et Mme Hélène Rastoin de la Région Sud Provence-Alpes-Côte d'Azur. Les intervenants ont insisté sur l'intérêt de projets communs entre îles et territoires côtiers, notamment dans le tourisme durable, l'agroalimentaire et l'énergie.

Ateliers
Le vendredi matin, les participants se sont répartis en trois ateliers : « Accès aux marchés continentaux et internationaux », « Compétences et attractivité des métiers » et « Transition énergétique des entreprises insulaires ». Les rapporteurs des ateliers ont restitué leurs travaux en séance plénière à 11 h 30. L'atelier consacré aux compétences a mis en évidence les difficultés de recrutement dans le bâtiment, l'hôtellerie et le numérique, aggravées par le coût du logement. Celui sur la transition énergétique a rappelé que le prix de l'électricité et la dépendance au fioul pèsent lourdement sur les petites entreprises de l'intérieur de l'île.

Les conclusions de la conférence
En clôture, Mme Casanova-Luciani a présenté les conclusions adoptées par la conférence :
- Les clusters corses sont reconnus comme des outils structurants de la politique économique de la Collectivité de Corse et bénéficieront d'un financement pluriannuel pour la période 2034–2038.
- Une plateforme commune d'export sera créée au sein de l'ADEC pour mutualiser la présence des entreprises corses sur les salons du continent et à l'étranger.
- Les clusters élaboreront d'ici fin 2034 un plan commun pour l'emploi et les compétences, en lien avec l'Università di Corsica et les lycées professionnels.
- La transition énergétique des entreprises insulaires fera l'objet d'un appel à projets spécifique doté de 6 millions d'euros.
- La coopération avec la Sardaigne, la Toscane et la Catalogne sera renforcée par la participation à des projets européens communs.

Prochaines étapes
Un comité de suivi, présidé par Mme Casanova-Luciani et réunissant les présidents des clusters, se réunira pour la première fois le 25 avril 2034 à Corte. La quatrième conférence régionale est prévue au printemps 2036 à Bastia.

Contact presse : Service communication de la Collectivité de Corse, 22 cours Grandval, 20000 Aiacciu / Ajaccio.

Partager : Facebook · X · LinkedIn · Imprimer
"""
write(F, T)
gold(F,
 [P("Ghjuvan Petru Santoni", "président du Conseil exécutif de Corse", "Conseil exécutif de Corse"),
  P("Marie-Pierre Casanova-Luciani", "conseillère exécutive chargée du développement économique", "Collectivité de Corse"),
  P("Laurent Delacroix-Vidal", "préfet de Corse", None),
  P("Letizia Pieri", None, "Corsica Agrifood"),
  P("Antoine Filippi-Ceccaldi", None, "Mare Nostrum Innovation"),
  P("Stéphane Marchetti", None, "Corsica Digitale"),
  P("Paul-André Susini", "délégué général", "Bois et Construction de Corse"),
  P("Ornella Giudicelli", "journaliste", "Corse-Matin"),
  P("Francesca Ledda", "directrice", "Consorzio Sardegna Ricerche"),
  P("Josep Maria Ferrer i Vidal", "responsable des clusters", "ACCIÓ – Agence pour la compétitivité de l'entreprise de la Generalitat de Catalunya"),
  P("Hélène Rastoin", None, "Région Sud Provence-Alpes-Côte d'Azur")],
 [O("Collectivité de Corse"), O("Agence de développement économique de la Corse", "ADEC"),
  O("Università di Corsica Pasquale Paoli"), O("Conseil exécutif de Corse"), O("Corsica Agrifood"),
  O("Mare Nostrum Innovation"), O("Corsica Digitale"), O("Bois et Construction de Corse"),
  O("Corse-Matin"), O("Consorzio Sardegna Ricerche"),
  O("ACCIÓ – Agence pour la compétitivité de l'entreprise de la Generalitat de Catalunya"),
  O("Région Sud Provence-Alpes-Côte d'Azur")],
 [E("Conférence régionale des clusters et filières de Corse", "2034-03-09", "2034-03-10", "Ajaccio", "France"),
  E("précédente conférence", "2032-03", None, "Bastia", "France"),
  E("table ronde sur les coopérations méditerranéennes", "2034-03-09", None, "Ajaccio", "France"),
  E("ateliers", "2034-03-10", None, "Ajaccio", "France"),
  E("comité de suivi", "2034-04-25", None, "Corte", "France"),
  E("quatrième conférence régionale", "2036", None, "Bastia", "France")],
 ["2034-03-14", "2034-03-09/2034-03-10", "2032-03", "2034-03-09", "2034/2038", "2034", "2034-04-25", "2036", "2034-03-10"],
 ["Les clusters corses sont reconnus comme des outils structurants de la politique économique de la Collectivité de Corse et bénéficieront d'un financement pluriannuel pour la période 2034–2038",
  "Une plateforme commune d'export sera créée au sein de l'ADEC pour mutualiser la présence des entreprises corses sur les salons du continent et à l'étranger",
  "Les clusters élaboreront d'ici fin 2034 un plan commun pour l'emploi et les compétences, en lien avec l'Università di Corsica et les lycées professionnels",
  "La transition énergétique des entreprises insulaires fera l'objet d'un appel à projets spécifique doté de 6 millions d'euros",
  "La coopération avec la Sardaigne, la Toscane et la Catalogne sera renforcée par la participation à des projets européens communs"],
 pub="2034-03-14")
