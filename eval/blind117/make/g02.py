from h import *
F = 'g02_marche_agrifood_missione_polonia.txt'
assert wd(2039,5,16)=='Monday' and wd(2039,5,17)=='Tuesday' and wd(2039,5,18)=='Wednesday' and wd(2039,5,19)=='Thursday'
T = """CLUSTER AGRIFOOD MARCHE – Notizie
Home > Internazionalizzazione > Missioni

Missione in Polonia: 12 imprese marchigiane a Poznań e Varsavia
Pubblicato il 30/05/2039 | Redazione CAM | Tempo di lettura: 4 minuti

Dodici imprese associate al Cluster Agrifood Marche (CAM) hanno partecipato dal 16 al 19 maggio 2039 alla missione commerciale in Polonia organizzata insieme alla Camera di Commercio delle Marche e all'Agenzia ICE – ufficio di Varsavia. La delegazione comprendeva produttori di pasta, olio extravergine, salumi, vini del Verdicchio e conserve ittiche di Ancona e San Benedetto del Tronto.

La missione è nata dalla collaborazione, avviata nel 2037, con il cluster polacco Wielkopolski Klaster Spożywczy di Poznań, con cui il CAM condivide il progetto Interreg Europe "FOODBRIDGE". "Non volevamo l'ennesima fiera, ma incontri preparati uno per uno con buyer selezionati dai colleghi polacchi", spiega la dott.ssa Chiara Mancinelli, responsabile internazionalizzazione del cluster.

IL PROGRAMMA

Lunedì 16 maggio – Poznań
ore 10.00 Benvenuto presso la sede del Wielkopolski Klaster Spożywczy, con Tomasz Wierzbicki, presidente del cluster
ore 11.30 Presentazione del mercato polacco della distribuzione alimentare a cura di Anna Krajewska-Nowak (Uniwersytet Przyrodniczy w Poznaniu)
ore 14.30 Incontri B2B con importatori e catene regionali
ore 20.00 Cena di networking offerta dal Comune di Poznań

Martedì 17 maggio – Poznań
Visita aziendale al centro logistico di Dino Polska e al mercato all'ingrosso di Franowo

Mercoledì 18 maggio – Varsavia
ore 9.30 Degustazione guidata per 40 operatori Ho.Re.Ca. presso la residenza dell'Ambasciatore d'Italia
ore 14.00 Incontri B2B con buyer della grande distribuzione

Giovedì 19 maggio – Varsavia
Tavola rotonda "Made in Italy e consumatore polacco" all'Istituto Italiano di Cultura, moderata da Lorenzo De Angelis, direttore dell'ufficio ICE di Varsavia; rientro in Italia nel pomeriggio.

I NUMERI
- 87 incontri B2B in quattro giorni
- 9 richieste di campionatura
- 2 accordi di distribuzione firmati durante la missione, per il pastificio Fabbri di Jesi e per l'Oleificio Ciccolini di Cartoceto

Il presidente del CAM, Giancarlo Pieroni, ha ringraziato la Regione Marche, che ha cofinanziato la missione con il bando per l'internazionalizzazione 2038–2039: "Le nostre aziende sono piccole, da sole non arriverebbero mai al buyer di una catena da mille punti vendita".

Soddisfatta anche Beata Zielińska-Grasso, titolare della Salumeria Zielińska di Fermo, nata in Polonia e da vent'anni nelle Marche: "Conosco entrambi i mercati, ma senza il cluster non avrei avuto accesso a questi interlocutori".

LEZIONI APPRESE
Nel rapporto finale inviato ai soci il 27 maggio, lo staff del cluster ha indicato tre lezioni per le prossime missioni:
1. preparare il profilo di ogni impresa in polacco e non solo in inglese
2. lasciare almeno mezza giornata libera per le visite richieste dai buyer durante gli incontri
3. coinvolgere fin dall'inizio l'ufficio ICE locale nella selezione degli operatori

PROSSIMI APPUNTAMENTI
Il Wielkopolski Klaster Spożywczy ricambierà la visita con una delegazione di dieci imprese polacche, attesa ad Ancona dal 3 al 5 ottobre 2039 in occasione della fiera Tipicità in Blu. Le adesioni per la missione di ritorno si chiudono il 15 luglio 2039.

Le edizioni precedenti delle missioni del CAM:
- 2036: Germania (Monaco di Baviera)
- 2037: Belgio e Paesi Bassi (Bruxelles, Rotterdam)
- 2038: Austria e Slovenia (Vienna, Lubiana)

Per informazioni: Chiara Mancinelli, internazionale@clusteragrifoodmarche.example.it, tel. 071 000 0000

Condividi: Facebook | LinkedIn | WhatsApp | E-mail
Iscriviti alla newsletter | Privacy | Cookie policy
Cluster Agrifood Marche – Via Brecce Bianche 12, 60131 Ancona – P.IVA 00000000000
"""
write(F, T)
C="Cluster Agrifood Marche"; W="Wielkopolski Klaster Spożywczy"
gold(F,
 [P("Chiara Mancinelli","responsabile internazionalizzazione",C),
  P("Tomasz Wierzbicki","presidente",W),
  P("Anna Krajewska-Nowak",None,"Uniwersytet Przyrodniczy w Poznaniu"),
  P("Lorenzo De Angelis","direttore dell'ufficio ICE di Varsavia","Agenzia ICE"),
  P("Giancarlo Pieroni","presidente",C),
  P("Beata Zielińska-Grasso","titolare","Salumeria Zielińska")],
 [O(C,"CAM"), O("Camera di Commercio delle Marche"), O("Agenzia ICE"), O(W),
  O("Uniwersytet Przyrodniczy w Poznaniu"), O("Comune di Poznań"), O("Dino Polska"),
  O("pastificio Fabbri"), O("Oleificio Ciccolini"), O("Regione Marche"), O("Salumeria Zielińska")],
 [E("missione commerciale in Polonia","2039-05-16","2039-05-19","Poznań, Varsavia","Poland"),
  E("Benvenuto","2039-05-16",None,"Poznań","Poland"),
  E("Incontri B2B con importatori e catene regionali","2039-05-16",None,"Poznań","Poland"),
  E("Cena di networking","2039-05-16",None,"Poznań","Poland"),
  E("Visita aziendale al centro logistico di Dino Polska e al mercato all'ingrosso di Franowo","2039-05-17",None,"Poznań","Poland"),
  E("Degustazione guidata","2039-05-18",None,"Varsavia","Poland"),
  E("Incontri B2B con buyer della grande distribuzione","2039-05-18",None,"Varsavia","Poland"),
  E("missioni del CAM","2036",None,"Monaco di Baviera","Germany"),
  E("missioni del CAM","2037",None,"Bruxelles, Rotterdam",None),
  E("missioni del CAM","2038",None,"Vienna, Lubiana",None),
  E("missione di ritorno","2039-10-03","2039-10-05","Ancona","Italy"),
  E("Tipicità in Blu","2039-10-03","2039-10-05","Ancona","Italy")],
 ["2039-05-30","2039-05-16/2039-05-19","2037","2039-05-16","2039-05-17","2039-05-18","2039-05-19","2038/2039","2039-05-27",
  "2039-10-03/2039-10-05","2039-07-15","2036","2038"],
 ["preparare il profilo di ogni impresa in polacco e non solo in inglese",
  "lasciare almeno mezza giornata libera per le visite richieste dai buyer durante gli incontri",
  "coinvolgere fin dall'inizio l'ufficio ICE locale nella selezione degli operatori"],
 pub="2039-05-30")
