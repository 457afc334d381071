from h import *
from email.message import EmailMessage
F='save-the-date-rencontres-vegetal-cosmetique-2035.eml'
body=f'''Dear partners and friends of the cluster,

Please save the date: the 9th Rencontres Végétal & Cosmétique, the annual conference of Pôle Végétal & Cosmétique Centre-Val de Loire, will take place on {wd(2035,6,12)} 12 and {wd(2035,6,13)} 13 June 2035 at the Centre de Conférences d'Orléans, 9 place du 6 juin 1944, Orléans.

This year's theme is "From field to flask: plant-based ingredients in a changing climate". We expect about 350 participants: cosmetics and perfume brands, ingredient producers, growers of aromatic and medicinal plants, laboratories and public funders from France, Belgium, Germany and Italy.

PRELIMINARY PROGRAMME (subject to change)

{wd(2035,6,12).capitalize()} 12 June 2035
09:00  Registration and welcome coffee
09:30  Opening: Hélène Moreau-Dufresne, President of Pôle Végétal & Cosmétique, and Jean-Baptiste Leclerc, Vice-President of the Région Centre-Val de Loire for economic development
10:00  Keynote: "Water stress and the lavender of tomorrow" – Prof. Dr. Isabelle de la Tour d'Auvergne, INRAE Centre-Val de Loire
11:00  Round table: securing supply chains of plant ingredients, with speakers from Greentech SAS, Laboratoires Sérénis and the cooperative Agralys (tbc)
12:30  Lunch
14:00  Parallel workshops: (1) upcycled by-products from the agri-food industry; (2) regulatory update on the EU cosmetics regulation; (3) digital traceability from plot to product
16:30  Start-up pitches: ten young companies selected by the cluster's incubator partner LabOrléans
19:30  Conference dinner at the Hôtel Groslot, with the award ceremony of the Trophées de l'Innovation Végétale 2035

{wd(2035,6,13).capitalize()} 13 June 2035
09:00  B2B meetings (pre-booked through the matchmaking platform, organised with Enterprise Europe Network Centre-Val de Loire)
11:00  Plenary: "What Europe expects from bio-based cosmetics" – Dr. Karl-Heinz Brenninkmeyer, Cosmetics Europe (tbc)
12:30  Closing lunch
14:00  Site visits: (a) the botanical conservatory and trial fields at Ardon; (b) the extraction plant of Greentech SAS in Saint-Jean-de-Braye (places limited)

Registration will open on 3 March 2035. The conference is free of charge for members of the cluster; non-members pay EUR 180 (EUR 90 for start-ups and students). The detailed programme will be sent in April.

Call for pitches: start-ups that wish to present on 12 June can apply until 31 March 2035 using the form on our website.

We would be delighted to see you in Orléans. Please forward this message to colleagues who may be interested.

With kind regards,

Camille Nguyen-Lefèvre
Chargée de projets événements / Events project manager
Pôle Végétal & Cosmétique Centre-Val de Loire
1 rue de Blois, 45000 Orléans, France
Tél. +33 2 38 55 61 20 | Mob. +33 6 41 22 87 03
www.pole-vegetal-cosmetique.fr
Follow us on LinkedIn
P Please consider the environment before printing this e-mail.

-----Original Message-----
From: Camille Nguyen-Lefèvre
Sent: {wd(2034,12,10)}, 10 December 2034 16:42
To: Comité de programme
Subject: Rencontres 2035 – dates confirmed

Dear members of the programme committee,

Thank you for the meeting of 5 December. As agreed, the Centre de Conférences has confirmed 12 and 13 June 2035; 5 and 6 June were not available because of the Fêtes de Jeanne d'Arc preparations. Summary of what we agreed:

- Keynote: Isabelle de la Tour d'Auvergne has accepted. Thomas Gauthier will ask Cosmetics Europe for a speaker on the second day.
- Workshops: Sophie Van den Broeck (Greentech SAS) coordinates workshop 1, Mathieu Rault (our regulatory adviser) workshop 2.
- Site visits: Ardon confirmed by the conservatory's director Élodie Marchand; Greentech to confirm by January.
- Budget: EUR 62,000, of which EUR 25,000 from the Région, the rest from sponsors and fees.

Next committee call: {wd(2035,1,14)} 14 January 2035 at 10:00 (Teams link to follow).

Best,
Camille
'''
m=EmailMessage()
m['From']='Camille Nguyen-Lefèvre <c.nguyen-lefevre@pole-vegetal-cosmetique.fr>'
m['To']='partenaires@pole-vegetal-cosmetique.fr'
m['Subject']='Save the date – Rencontres Végétal & Cosmétique, 12–13 June 2035, Orléans'
m['Date']='Tue, 16 Jan 2035 09:15:00 +0100'
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
PV='Pôle Végétal & Cosmétique Centre-Val de Loire'
gold(F,[P('Hélène Moreau-Dufresne','President',PV),P('Jean-Baptiste Leclerc','Vice-President','Région Centre-Val de Loire'),
 P('Isabelle de la Tour d\'Auvergne',None,'INRAE Centre-Val de Loire'),P('Karl-Heinz Brenninkmeyer',None,'Cosmetics Europe'),
 P('Camille Nguyen-Lefèvre','Events project manager',PV),P('Thomas Gauthier',None,None),P('Sophie Van den Broeck',None,'Greentech SAS'),
 P('Mathieu Rault','regulatory adviser',None),P('Élodie Marchand','director',None)],
 [O(PV),O('Région Centre-Val de Loire'),O('INRAE Centre-Val de Loire'),O('Greentech SAS'),O('Laboratoires Sérénis'),O('Agralys'),O('LabOrléans'),
  O('Enterprise Europe Network Centre-Val de Loire'),O('Cosmetics Europe'),O('Comité de programme')],
 [E("9th Rencontres Végétal & Cosmétique",'2035-06-12','2035-06-13','Orléans','France'),E('Conference dinner','2035-06-12','2035-06-12','Orléans','France'),
  E("award ceremony of the Trophées de l'Innovation Végétale 2035",'2035-06-12','2035-06-12','Orléans','France'),E('B2B meetings','2035-06-13','2035-06-13',None,None),
  E('Site visits','2035-06-13','2035-06-13',None,None),E('Parallel workshops','2035-06-12','2035-06-12',None,None),
  E('meeting of the programme committee','2034-12-05','2034-12-05',None,None),E('committee call','2035-01-14','2035-01-14',None,None),E("Fêtes de Jeanne d'Arc",None,None,None,None)],
 ['2035-06-12/2035-06-13','2035-06-12','2035-06-13','2035-03-03','2035-03-31','2035-04','2034-12-10','2034-12-05','2035-06-05/2035-06-06','2035-01','2035-01-14','2035-01-16'],pub='2035-01-16')
