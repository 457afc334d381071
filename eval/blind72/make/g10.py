from h import *
F = 'umbria-aerospazio-nuovo-presidente-2036.txt'
T = f"""COMUNICATO STAMPA

Cluster Aerospaziale dell'Umbria: Francesca Bartolucci Lanari è la nuova presidente
Succede a Giampiero Menconi, alla guida del cluster dal 2028. Confermato il direttore Stefano Orfei

Perugia, {wd(2036,2,12,'it')} 12 febbraio 2036 – Il Consiglio direttivo del Cluster Aerospaziale dell'Umbria – Umbria Aerospace Cluster (UAC), riunito ieri nella sede di Sant'Andrea delle Fratte, ha eletto all'unanimità Francesca Bartolucci Lanari alla presidenza dell'associazione per il triennio 2036–2038. L'ing. Bartolucci Lanari, 47 anni, è amministratrice delegata di Meccanica Tiberina S.p.A. di Città di Castello, azienda specializzata in componenti strutturali in titanio per motori aeronautici, e fa parte del Consiglio direttivo dal 2031.

È la prima donna a guidare il cluster, che riunisce 64 soci tra grandi imprese, PMI, l'Università degli Studi di Perugia e centri di ricerca, con circa 5.200 addetti in regione. Il cluster fa parte della Federazione nazionale Cluster Tecnologico Nazionale Aerospazio (CTNA) e collabora con il Distretto Aerospaziale della Campania e con il Comitato Distretto Aerospaziale Lombardia.

«Ringrazio i colleghi per la fiducia» ha dichiarato la neopresidente. «Le nostre priorità per i prossimi tre anni saranno tre: portare le piccole imprese della filiera dentro i grandi programmi europei della difesa e dello spazio, formare i tecnici di cui le aziende hanno bisogno insieme agli ITS e all'Università, e fare dell'Umbria un punto di riferimento per la manutenzione sostenibile dei motori. Raccolgo un'eredità importante e conto sul lavoro di squadra.»

Il Consiglio direttivo ha rivolto un sentito ringraziamento al presidente uscente Giampiero Menconi, fondatore di Menconi Avio S.r.l. di Foligno, che ha guidato il cluster per due mandati, dal 2028 al 2035. Sotto la sua presidenza il numero dei soci è passato da 38 a 64, il cluster ha ottenuto il riconoscimento regionale come cluster di eccellenza e ha partecipato a sei progetti europei. Menconi resterà nel Consiglio direttivo come past president. «Lascio un cluster più grande e più aperto all'Europa» ha commentato. «Francesca ha l'energia e la competenza per portarlo ancora più lontano.»

Il Consiglio direttivo ha inoltre eletto vicepresidenti Marco Tiberi (Umbra Aerostrutture S.r.l., Foligno) e il prof. Andrea Castellani-Rossi (Dipartimento di Ingegneria, Università degli Studi di Perugia). Tesoriere è stato confermato il dott. Luca Sabatini (Studio Sabatini & Associati, Perugia). Completano il Consiglio Sara Pompili (Elettronica Trasimeno S.r.l.), Hans-Jürgen Kessler (Avionik Umbria GmbH & Co. KG, sede italiana di Terni) e Roberta Ciurnelli (Sviluppumbria S.p.A., in rappresentanza della Regione Umbria).

È stato confermato nell'incarico di direttore del cluster Stefano Orfei, in carica dal 2030, che coordina uno staff di quattro persone.

L'assessora regionale allo Sviluppo economico, Elisabetta Proietti-Fabbri, ha espresso le congratulazioni della Regione Umbria: «Il cluster aerospaziale è uno dei pilastri della nostra Strategia di specializzazione intelligente 2035–2041. Alla nuova presidente auguro buon lavoro e a Giampiero Menconi va la gratitudine di tutta la comunità regionale.»

La nuova presidente sarà presentata ai soci e alla stampa in occasione dell'Assemblea generale del cluster, che si terrà {wd(2036,3,20,'it')} 20 marzo 2036 alle ore 10.30 presso il Centro Congressi Capitini di Perugia. Nel pomeriggio è prevista una visita allo stabilimento di Meccanica Tiberina a Città di Castello.

Il cluster sarà inoltre presente con uno stand collettivo di 14 aziende umbre all'ILA Berlin Air Show, dal 10 al 14 giugno 2036.

Chi è Francesca Bartolucci Lanari
Nata a Perugia nel 1988, laureata in Ingegneria meccanica all'Università degli Studi di Perugia e con un master al Politecnico di Torino, ha lavorato per otto anni in Avio Aero a Rivalta di Torino prima di entrare nel 2019 in Meccanica Tiberina, l'azienda di famiglia, di cui è amministratrice delegata dal 2027. Dal 2032 è anche vicepresidente della sezione Meccanica di Confindustria Umbria.

Contatti per la stampa:
Giulia Marinelli, Ufficio comunicazione UAC
comunicazione@umbriaerospace.it · +39 075 599 3120
www.umbriaerospace.it
"""
write(F, T)
gold(F, [P('Francesca Bartolucci Lanari','presidente',"Cluster Aerospaziale dell'Umbria"), P('Giampiero Menconi','past president',"Cluster Aerospaziale dell'Umbria"),
 P('Stefano Orfei','direttore',"Cluster Aerospaziale dell'Umbria"), P('Marco Tiberi','vicepresidente','Umbra Aerostrutture S.r.l.'),
 P('Andrea Castellani-Rossi','vicepresidente','Dipartimento di Ingegneria'), P('Luca Sabatini','Tesoriere','Studio Sabatini & Associati'),
 P('Sara Pompili',None,'Elettronica Trasimeno S.r.l.'), P('Hans-Jürgen Kessler',None,'Avionik Umbria GmbH & Co. KG'), P('Roberta Ciurnelli',None,'Sviluppumbria S.p.A.'),
 P('Elisabetta Proietti-Fabbri','assessora regionale allo Sviluppo economico','Regione Umbria'), P('Giulia Marinelli','Ufficio comunicazione UAC',"Cluster Aerospaziale dell'Umbria")],
 [O("Cluster Aerospaziale dell'Umbria",'UAC'), O('Meccanica Tiberina S.p.A.'), O('Università degli Studi di Perugia'), O('Cluster Tecnologico Nazionale Aerospazio','CTNA'),
  O('Distretto Aerospaziale della Campania'), O('Comitato Distretto Aerospaziale Lombardia'), O('Menconi Avio S.r.l.'), O('Umbra Aerostrutture S.r.l.'),
  O('Dipartimento di Ingegneria'), O('Studio Sabatini & Associati'), O('Elettronica Trasimeno S.r.l.'), O('Avionik Umbria GmbH & Co. KG'), O('Sviluppumbria S.p.A.'),
  O('Regione Umbria'), O('Politecnico di Torino'), O('Avio Aero'), O('Confindustria Umbria')],
 [E('Consiglio direttivo',None,None,None,None), E('Assemblea generale','2036-03-20','2036-03-20','Perugia','Italy'),
  E('visita allo stabilimento di Meccanica Tiberina','2036-03-20','2036-03-20','Città di Castello','Italy'), E('ILA Berlin Air Show','2036-06-10','2036-06-14','Berlin','Germany')],
 ['2036-02-12','2028','2036/2038','2031','2028/2035','2030','2035/2041','2036-03-20','2036-06-10/2036-06-14','1988','2019','2027','2032'], pub='2036-02-12')
