from h import *
from email.message import EmailMessage
F = 'eislek-wood-study-visit-thread.eml'
body = f"""Dear Nadine, dear Pol,

Thank you both. I am forwarding the whole thread below so that everyone has the same information, and I have copied Raphaël Thill, who will handle the logistics on our side.

To sum up what we agreed on the phone this morning:

- The joint study visit of the three clusters to timber construction sites in the Ardennes will take place on {wd(2033,5,19)} 19 and {wd(2033,5,20)} 20 May 2033.
- Day 1 in Wiltz: visit of the new school building in cross-laminated timber and a workshop on beech construction with the Lycée technique du Nord.
- Day 2 in Libramont: the Ardennes Bois Cluster hosts us at the Foire de Libramont grounds and organises two company visits.
- Luxinnovation covers the bus and the interpreting; each cluster pays for its own participants' meals.
- Registration closes on 2 May 2033. Maximum 45 participants, 15 per cluster.

Could you each send me a short paragraph and a logo for the invitation by Friday? I would like to send it out on 10 April.

One more point: the Walloon Region's representative, Mr Maxime Delvaux, asked whether he could join on day 2. I think we should say yes.

Best regards,
Claire

--
Claire Wagner-Hoffmann
Cluster Manager | Éislek Wood Cluster a.s.b.l.
Zone d'activités Salzbaach, L-9559 Wiltz, Luxembourg
T +352 00 00 00 | claire.wagner@eislekwood.lu
www.eislekwood.lu
Please consider the environment before printing this e-mail.

---------- Forwarded message ---------
From: Pol Schroeder <pol.schroeder@luxinnovation.lu>
Date: Thu, 30 Mar 2033 16:42
Subject: RE: Study visit Ardennes timber construction – dates
To: Claire Wagner-Hoffmann <claire.wagner@eislekwood.lu>, Nadine Lambotte <n.lambotte@ardennesbois.be>

Dear Claire, dear Nadine,

Good news: our management approved the budget for the bus and for interpreting (French/Luxembourgish/German) as part of the Wood Cluster activities for 2033. Please note that, as the national innovation agency, Luxinnovation cannot pay for meals.

I will attend both days together with my colleague Sandra Kieffer, who is in charge of the construction sector. Our head of clusters, Dr. Marc Feltgen, will open day 1 if his agenda allows.

Kind regards,
Pol

Pol Schroeder
Senior Manager, Wood Cluster
Luxinnovation GIE | 5, avenue des Hauts-Fourneaux, L-4362 Esch-sur-Alzette
Direct +352 00 00 00 00

> From: Nadine Lambotte <n.lambotte@ardennesbois.be>
> Sent: Tuesday, 28 March 2033 09:15
> To: Claire Wagner-Hoffmann; Pol Schroeder
> Subject: Study visit Ardennes timber construction – dates
>
> Bonjour Claire, hello Pol,
>
> Following our meeting at the Greater Region Wood Forum in Arlon on 9 March 2033,
> I have checked the dates with our board. 19–20 May works well for us; the week
> after is impossible because of the Foire agricole preparations.
>
> For day 2 in Libramont I propose:
> - 09:30 welcome at our offices, presentation of the cluster by our president,
>   Jean-Luc Gérard (Gérard Charpente SA)
> - 10:30 visit of the sawmill Scierie Ardennaise SRL in Recogne
> - 14:00 visit of the timber-frame workshop of Bois & Habitat SPRL in Bertrix
> - 16:30 end of the programme, return bus to Wiltz
>
> I will also invite Prof. Anne-Sophie Herman from the University of Liège,
> Gembloux Agro-Bio Tech, who leads the beech research programme.
>
> Bien à vous,
> Nadine
>
> Nadine Lambotte
> Coordinatrice | Ardennes Bois Cluster ASBL
> Rue des Aubépines 50, B-6800 Libramont-Chevigny, Belgique
> +32 61 00 00 00
> Ce message est confidentiel. S'il vous a été adressé par erreur, merci de le supprimer.
"""
m = EmailMessage()
m['From'] = 'Claire Wagner-Hoffmann <claire.wagner@eislekwood.lu>'
m['To'] = 'Nadine Lambotte <n.lambotte@ardennesbois.be>, Pol Schroeder <pol.schroeder@luxinnovation.lu>'
m['Cc'] = 'Raphaël Thill <raphael.thill@eislekwood.lu>'
m['Subject'] = 'Fwd: RE: Study visit Ardennes timber construction – dates'
m['Date'] = 'Fri, 31 Mar 2033 11:05:12 +0200'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
EW='Éislek Wood Cluster a.s.b.l.'; AB='Ardennes Bois Cluster ASBL'
gold(F,
 [P('Claire Wagner-Hoffmann','Cluster Manager',EW), P('Nadine Lambotte','Coordinatrice',AB), P('Pol Schroeder','Senior Manager, Wood Cluster','Luxinnovation GIE'),
  P('Raphaël Thill',None,EW), P('Maxime Delvaux',"Walloon Region's representative",'Walloon Region'), P('Sandra Kieffer','in charge of the construction sector','Luxinnovation GIE'),
  P('Marc Feltgen','head of clusters','Luxinnovation GIE'), P('Jean-Luc Gérard','president',AB), P('Anne-Sophie Herman',None,'University of Liège')],
 [O(EW), O(AB), O('Luxinnovation GIE'), O('Wood Cluster'), O('Lycée technique du Nord'), O('Walloon Region'), O('Gérard Charpente SA'),
  O('Scierie Ardennaise SRL'), O('Bois & Habitat SPRL'), O('University of Liège'), O('Gembloux Agro-Bio Tech')],
 [E('joint study visit','2033-05-19','2033-05-20','Wiltz, Libramont','Luxembourg, Belgium'), E('Greater Region Wood Forum','2033-03-09','2033-03-09','Arlon','Belgium')],
 ['2033-03-31','2033-05-19/2033-05-20','2033-05-02','2033-04-10','2033-03-30','2033','2033-03-28','2033-03-09'],
 pub='2033-03-31')
