from h import *
F = 'g13_pordenone_cluster_arredo_assemblea.txt'
assert wd(2035,5,16)=='Wednesday' and wd(2035,6,19)=='Tuesday' and wd(2035,6,20)=='Wednesday' and wd(2035,6,21)=='Thursday'
T = """Salta al contenuto principale
Cluster Legno Arredo Friuli Occidentale
Chi siamo   Soci   Servizi   Progetti   Eventi   News   Contatti   IT | EN

Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. Chiudendo questo banner acconsenti all'uso dei soli cookie tecnici.  Accetta tutti   Rifiuta   Personalizza

Home / News / Vita del cluster

Assemblea generale 2035: approvato il bilancio, rinnovato il consiglio direttivo. A giugno la visita studio in Baviera

Pubblicato il 22 maggio 2035 · Redazione · Tempo di lettura: 5 minuti
Condividi: Facebook · LinkedIn · WhatsApp · E-mail

[Foto: I soci riuniti nell'auditorium della Camera di Commercio a Pordenone. Foto di Giulia Tesolin]

Si è svolta mercoledì 16 maggio 2035, nell'auditorium della Camera di Commercio di Pordenone-Udine, l'assemblea generale dei soci del Cluster Legno Arredo Friuli Occidentale. Erano presenti, in proprio o per delega, 87 dei 124 soci: aziende del mobile, della componentistica e della lavorazione del legno, ma anche enti di formazione, centri di ricerca e comuni del distretto.

In apertura, il presidente uscente Alberto Zanussi-Cigana ha ricordato i numeri dell'ultimo triennio: tredici progetti di innovazione avviati con i soci, 2,3 milioni di euro di contributi regionali ed europei ottenuti, tre missioni all'estero e l'avvio del laboratorio condiviso per la verniciatura all'acqua presso il polo tecnologico di Pordenone. «Il nostro distretto ha superato la crisi dei prezzi dell'energia senza perdere aziende. Adesso la sfida è un'altra: trovare giovani che vogliano lavorare il legno», ha detto Zanussi-Cigana.

L'assemblea ha approvato all'unanimità il bilancio consuntivo 2034 e il bilancio preventivo 2035, che prevede entrate per 1,1 milioni di euro. È stato inoltre approvato il piano di attività 2035–2037, che si articola in quattro linee: formazione e attrazione di giovani tecnici, con un programma di tirocini estivi per gli studenti degli istituti tecnici di Sacile e Pordenone; innovazione di processo, con l'ampliamento del laboratorio condiviso e un nuovo servizio di consulenza sulla certificazione del legno; internazionalizzazione, con una missione nei Paesi nordici e la partecipazione collettiva al Salone del Mobile di Milano; comunicazione, con un nuovo marchio del distretto da presentare entro la fine dell'anno. Il direttore ha sottolineato che la quota associativa resterà invariata per il terzo anno consecutivo.

Il nuovo consiglio direttivo

I soci hanno eletto il consiglio direttivo per il triennio 2035–2038. Nella prima riunione, subito dopo l'assemblea, il consiglio ha nominato:

Presidente: Francesca Dal Bo (Dal Bo Cucine S.p.A.)
Vicepresidente: Marco Pittaro (Pittaro Sedie S.r.l.)
Tesoriere: Elena Marson (Marson Pannelli S.r.l.)
Consigliere: Stefano Bortolin (Bortolin Imbottiti)
Consigliere: Lucia Moras (ITS Academy Nuove Tecnologie per il Made in Italy)
Consigliere: Davide Cescut (Comune di Brugnera)

Revisore dei conti: dott. Renato Fabris

La nuova presidente, prima donna alla guida del cluster, ha indicato tre priorità: la formazione tecnica insieme agli istituti del territorio, la tracciabilità del legname e l'export verso i mercati del Nord Europa. «Vogliamo che un ragazzo di Brugnera o di Prata sappia che qui si costruiscono i mobili che arredano gli hotel di mezzo mondo», ha dichiarato Francesca Dal Bo.

Sono intervenuti anche l'assessore regionale alle attività produttive, Sergio Bolzonello-Rizzi, che ha confermato il sostegno della Regione Autonoma Friuli Venezia Giulia ai cluster regionali, e il direttore del cluster, Paolo Spagnol, che ha presentato il piano di attività.

Visita studio in Baviera, 19–21 giugno 2035

Nell'ambito del piano di attività, il cluster organizza una visita studio in Baviera da martedì 19 a giovedì 21 giugno 2035, in collaborazione con il Cluster Forst und Holz in Bayern e con l'ufficio di Monaco di ICE Agenzia.

Programma di massima
Martedì 19 giugno – partenza da Pordenone in pullman, arrivo a Rosenheim; nel pomeriggio visita al Technische Hochschule Rosenheim, laboratorio di tecnologia del legno; cena di benvenuto con le aziende bavaresi
Mercoledì 20 giugno – visite aziendali a due produttori di mobili per ufficio nella zona di Rosenheim; nel pomeriggio incontri B2B con aziende bavaresi della filiera
Giovedì 21 giugno – visita alla fiera-laboratorio del Holzbau-Zentrum di Monaco; rientro a Pordenone in serata

La quota di partecipazione è di 450 euro per i soci e comprende viaggio, due pernottamenti e i pasti in programma. I posti disponibili sono 25. Le iscrizioni si chiudono il 5 giugno 2035.

Per informazioni: Chiara Pessot, responsabile internazionalizzazione, internazionale@clusterlegnoarredo.example.it, tel. 0434 000000.

Prossimi appuntamenti
• 7 giugno 2035 – Workshop "Vernici all'acqua: risultati del laboratorio condiviso", polo tecnologico di Pordenone
• 19–21 giugno 2035 – Visita studio in Baviera
• 27 settembre 2035 – Giornata delle porte aperte delle aziende del mobile

Tag: assemblea, consiglio direttivo, Baviera, visita studio, internazionalizzazione

Articoli correlati
› Il laboratorio condiviso per la verniciatura all'acqua compie un anno
› Missione a Stoccolma: i risultati
› Bando regionale per la formazione dei lavoratori del legno

Cluster Legno Arredo Friuli Occidentale – Via Roma 00, 33170 Pordenone – P.IVA 00000000000
Newsletter | Privacy | Cookie policy | Amministrazione trasparente
© 2035 Tutti i diritti riservati
"""
write(F, T)
C = "Cluster Legno Arredo Friuli Occidentale"
gold(F,
 [P("Giulia Tesolin"), P("Alberto Zanussi-Cigana","presidente uscente",C),
  P("Francesca Dal Bo","Presidente",C), P("Marco Pittaro","Vicepresidente",C), P("Elena Marson","Tesoriere",C),
  P("Stefano Bortolin","Consigliere",C), P("Lucia Moras","Consigliere",C), P("Davide Cescut","Consigliere",C),
  P("Sergio Bolzonello-Rizzi","assessore regionale alle attività produttive","Regione Autonoma Friuli Venezia Giulia"),
  P("Paolo Spagnol","direttore del cluster",C),
  P("Renato Fabris","Revisore dei conti",C), P("Chiara Pessot","responsabile internazionalizzazione",C)],
 [O(C), O("Camera di Commercio di Pordenone-Udine"), O("Dal Bo Cucine S.p.A."), O("Pittaro Sedie S.r.l."),
  O("Marson Pannelli S.r.l."), O("Bortolin Imbottiti"), O("ITS Academy Nuove Tecnologie per il Made in Italy"),
  O("Comune di Brugnera"), O("Regione Autonoma Friuli Venezia Giulia"), O("Cluster Forst und Holz in Bayern"),
  O("ICE Agenzia"), O("Technische Hochschule Rosenheim"), O("Holzbau-Zentrum")],
 [E("assemblea generale dei soci","2035-05-16",None,"Pordenone","Italy"),
  E("Visita studio in Baviera","2035-06-19","2035-06-21",None,"Germany"),
  E("visita al Technische Hochschule Rosenheim","2035-06-19",None,"Rosenheim","Germany"),
  E("cena di benvenuto","2035-06-19",None,"Rosenheim","Germany"),
  E("visite aziendali","2035-06-20",None,"Rosenheim","Germany"),
  E("incontri B2B","2035-06-20",None,None,"Germany"),
  E("visita alla fiera-laboratorio del Holzbau-Zentrum","2035-06-21",None,"Monaco","Germany"),
  E("Vernici all'acqua: risultati del laboratorio condiviso","2035-06-07",None,"Pordenone","Italy"),
  E("Giornata delle porte aperte delle aziende del mobile","2035-09-27"),
  E("Salone del Mobile",None,None,"Milano","Italy"), E("Missione a Stoccolma",None,None,"Stoccolma","Sweden")],
 ["2035-05-22","2035-05-16","2034","2035","2035/2037","2035/2038","2035-06-19/2035-06-21","2035-06-19","2035-06-20","2035-06-21","2035-06-05","2035-06-07","2035-09-27"],
 [], "2035-05-22")
