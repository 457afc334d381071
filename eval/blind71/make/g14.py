from common import *
from email.message import EmailMessage
doc='14_save_the_date_forum_pharma_loire.eml'
body='''[English version below]

SAVE THE DATE

Forum Loire Pharma & Biotech 2036
mardi 7 et mercredi 8 octobre 2036
Centre de congrès Vinci, Tours

Madame, Monsieur,

Le pôle Loire Pharma Valley a le plaisir de vous annoncer la troisième édition du Forum Loire Pharma & Biotech, qui se tiendra les 7 et 8 octobre 2036 au Centre de congrès Vinci de Tours. Organisé avec l'agence régionale Dev'Up Centre-Val de Loire et l'Université de Tours, le Forum réunit chaque année industriels du médicament, sous-traitants, start-up de la biotech, laboratoires académiques et financeurs.

Au programme de cette édition, placée sous le thème « Relocaliser la production des médicaments essentiels » :
– une séance plénière d'ouverture avec François Bonneau-Lefèvre, président du conseil régional du Centre-Val de Loire, et Dr Hélène Marchand-Petit, présidente de Loire Pharma Valley ;
– une conférence de Mme Isabel Echeverría Zubiri, directrice générale du cluster espagnol Biobasque, sur les politiques de relocalisation en Europe ;
– des tables rondes sur la production de principes actifs, la bioproduction et les métiers de l'industrie pharmaceutique ;
– des rendez-vous d'affaires pré-programmés le mercredi 8 octobre toute la journée ;
– des visites de sites industriels de la région le mercredi après-midi (sur inscription) ;
– le dîner du Forum, le mardi 7 octobre à 20 h, au château de Plessis-lès-Tours.

Les inscriptions ouvriront le 20 mai 2036. Les entreprises souhaitant exposer dans le village partenaires peuvent dès à présent réserver un espace auprès de l'équipe d'organisation ; la date limite de réservation est fixée au 30 juin 2036. L'appel à pitchs pour les start-up restera ouvert jusqu'au 12 septembre 2036.

Nous vous remercions de bien vouloir réserver ces dates dans vos agendas et de faire suivre ce message à vos collègues intéressés.

Bien cordialement,

Camille Rousseau-Delaunay
Chargée d'événements
Loire Pharma Valley
15 rue Émile Zola, 37000 Tours
+33 2 47 00 00 00

----------------------------------------

SAVE THE DATE

Loire Pharma & Biotech Forum 2036
Tuesday 7 and Wednesday 8 October 2036
Vinci Convention Centre, Tours (France)

Dear colleagues,

The Loire Pharma Valley cluster is pleased to announce the third Loire Pharma & Biotech Forum, to be held on 7–8 October 2036 at the Vinci Convention Centre in Tours. Organised together with the regional agency Dev'Up Centre-Val de Loire and the University of Tours, the Forum brings together drug manufacturers, subcontractors, biotech start-ups, academic laboratories and investors.

This year's theme is "Bringing the production of essential medicines back to Europe". The programme will include an opening plenary with François Bonneau-Lefèvre, President of the Regional Council of Centre-Val de Loire, and Dr Hélène Marchand-Petit, President of Loire Pharma Valley; a keynote by Isabel Echeverría Zubiri, CEO of the Spanish cluster Biobasque; round tables on active ingredients, bioproduction and skills; pre-arranged B2B meetings throughout Wednesday 8 October; company visits on Wednesday afternoon; and the Forum dinner on Tuesday 7 October at 8 p.m. at the Château de Plessis-lès-Tours.

Registration opens on 20 May 2036. Exhibitors can already book a stand (deadline 30 June 2036). The call for start-up pitches closes on 12 September 2036.

The second edition, held on 10 October 2034, welcomed 380 participants and more than 500 B2B meetings. International delegations are welcome: please contact us if you wish to bring a group from your cluster.

Kind regards,

Camille Rousseau-Delaunay
Events Officer, Loire Pharma Valley

Vous recevez ce message car vous êtes inscrit(e) à la liste de diffusion de Loire Pharma Valley. Se désinscrire : https://loirepharmavalley.example/desinscription
'''
m=EmailMessage()
m['From']='Loire Pharma Valley <evenements@loirepharmavalley.example>'
m['To']='contacts@loirepharmavalley.example'
m['Subject']='Save the date – Forum Loire Pharma & Biotech 2036, 7-8 octobre, Tours'
m['Date']='Tue, 15 Apr 2036 09:30:00 +0200'
m.set_content(body)
open(os.path.join(DOCS,doc),'wb').write(bytes(m))
LPV='Loire Pharma Valley'
gold(doc,[P('François Bonneau-Lefèvre','président du conseil régional du Centre-Val de Loire',None),P('Hélène Marchand-Petit','présidente',LPV),
 P('Isabel Echeverría Zubiri','directrice générale','Biobasque'),P('Camille Rousseau-Delaunay',"Chargée d'événements",LPV)],
 [O(LPV),O("Dev'Up Centre-Val de Loire"),O('Université de Tours'),O('conseil régional du Centre-Val de Loire'),O('Biobasque')],
 [E('Forum Loire Pharma & Biotech 2036','2036-10-07','2036-10-08','Tours','France'),E("rendez-vous d'affaires pré-programmés",'2036-10-08',None,'Tours','France'),
  E('visites de sites industriels','2036-10-08',None,None,None),E('dîner du Forum','2036-10-07',None,None,'France'),
  E('second edition','2034-10-10',None,None,None)],
 ['2036-10-07/2036-10-08','2036-10-08','2036-10-07','2036-05-20','2036-06-30','2036-09-12','2034-10-10','2036-04-15'],pub='2036-04-15')
