from h import *
import docx
F = 'g07.docx'
assert wd(2038,3,19)=='Friday' and wd(2038,3,18)=='Thursday' and wd(2038,3,5)=='Friday' and wd(2038,3,10)=='Wednesday'
paras = [
("h","Distretto Tecnologico Aerospaziale della Puglia – Camera di Commercio di Lecce"),
("p","Comunicato stampa / Invito – Lecce, 15 febbraio 2038"),
("t","MATCH4CALLS SALENTO 2038"),
("p","Evento di matchmaking per la costruzione di consorzi in vista dei bandi europei e regionali per l'innovazione"),
("p","Lecce, 18–19 marzo 2038 – Ex Convitto Palmieri, Piazzetta Giosuè Carducci"),
("p","Il Distretto Tecnologico Aerospaziale (DTA), la Camera di Commercio di Lecce e l'Università del Salento, con il supporto di Enterprise Europe Network Italia – consorzio BRIDG€conomies, organizzano la seconda edizione di Match4Calls Salento, due giorni dedicati a imprese, centri di ricerca, cluster ed enti pubblici che cercano partner per presentare proposte ai bandi in scadenza nel 2038: il bando Puglia «Innoaid», i partenariati tra cluster del Programma per il Mercato Unico, i bandi Interreg Italia-Croazia e i bandi del cluster 4 di Orizzonte Europa."),
("p","L'evento si rivolge in particolare alle PMI del Salento attive nei settori aerospazio, agroalimentare, economia del mare, tessile-abbigliamento-calzaturiero e turismo. Nella prima edizione, nel marzo 2037, 164 partecipanti di 11 paesi hanno svolto 412 incontri bilaterali e sono nati 19 consorzi, sette dei quali hanno già ottenuto un finanziamento."),
("h","Programma"),
("p","Giovedì 18 marzo 2038"),
("p","09:30 Registrazione dei partecipanti"),
("p","10:00 Saluti istituzionali – Mario Pellegrino, Presidente della Camera di Commercio di Lecce; Antonella Greco, Prorettrice alla ricerca dell'Università del Salento"),
("p","10:30 Panoramica dei bandi aperti nel 2038 – Giuseppe Acierno, Presidente del DTA"),
("p","11:15 Come si costruisce un consorzio vincente: l'esperienza di tre coordinatori – tavola rotonda moderata da Serena Longo, responsabile progetti europei del DTA"),
("p","13:00 Pranzo di networking"),
("p","14:30–18:00 Incontri B2B (sessioni di 25 minuti)"),
("p","20:00 Cena di gala presso la Masseria Provenzani (su invito)"),
("p","Venerdì 19 marzo 2038"),
("p","09:30–12:30 Incontri B2B"),
("p","10:00 Laboratorio «Scrivere la sezione impatto» – Francesca Rizzo, consulente, APRE – Agenzia per la Promozione della Ricerca Europea"),
("p","12:30 Visita al laboratorio di prova dell'Aeroporto di Grottaglie (posti limitati, partenza in pullman)"),
("p","15:00 Chiusura dei lavori"),
("h","Iscrizioni e incontri B2B"),
("p","La partecipazione è gratuita previa registrazione sulla piattaforma b2match. Il termine per la registrazione al B2B e per la pubblicazione del proprio profilo di cooperazione è venerdì 5 marzo 2038. Le richieste di incontro potranno essere inviate dal 1 al 10 marzo 2038; l'agenda personale degli incontri sarà inviata a ciascun partecipante entro mercoledì 10 marzo 2038 alle ore 18:00."),
("p","Si raccomanda di descrivere nel profilo il bando di interesse, il ruolo cercato (coordinatore, partner tecnologico, utente finale) e le competenze offerte. I profili troppo generici saranno sospesi fino alla loro integrazione."),
("p","Le imprese che non riescono a partecipare di persona possono prenotare incontri online nella sola mattina di venerdì. Per motivi organizzativi gli incontri online saranno limitati a 60 e assegnati in ordine di richiesta; il collegamento sarà inviato dalla segreteria il giorno precedente."),
("h","Servizi per i partecipanti"),
("p","Durante le due giornate è attivo uno sportello di consulenza gratuita sui bandi, gestito dallo Sportello Europa della Regione Puglia e da Puglia Sviluppo S.p.A. Gli esperti del servizio verificheranno l'ammissibilità delle idee progettuali e daranno indicazioni sul cofinanziamento."),
("p","Per i partecipanti provenienti dall'estero è disponibile un numero limitato di rimborsi per il viaggio, finanziato dalla rete EEN, da richiedere entro il 26 febbraio 2038."),
("h","Contatti"),
("p","Segreteria organizzativa: Serena Longo, DTA – tel. +39 0832 000 118 – match4calls@dta.example.it"),
("p","Ufficio stampa: Camera di Commercio di Lecce – Viale Gallipoli 39, 73100 Lecce"),
("p","Seguici su LinkedIn e Facebook con l'hashtag #Match4CallsSalento"),
]
d = docx.Document()
for k, t in paras:
    if k == 'h': d.add_heading(t, level=2)
    elif k == 't': d.add_heading(t, level=1)
    else: d.add_paragraph(t)
tb = d.add_table(rows=3, cols=2)
for i, (a, b) in enumerate([("Edizione","Partecipanti / incontri / consorzi"),("2037","164 / 412 / 19"),("2038","obiettivo: 200 / 500 / 25")]):
    tb.cell(i,0).text = a; tb.cell(i,1).text = b
d.save(path(F))
gold(F,
 [P("Mario Pellegrino","Presidente","Camera di Commercio di Lecce"),
  P("Antonella Greco","Prorettrice alla ricerca","Università del Salento"),
  P("Giuseppe Acierno","Presidente","DTA"),
  P("Serena Longo","responsabile progetti europei","DTA"),
  P("Francesca Rizzo","consulente","APRE – Agenzia per la Promozione della Ricerca Europea")],
 [O("Distretto Tecnologico Aerospaziale della Puglia","DTA"), O("Camera di Commercio di Lecce"),
  O("Università del Salento"), O("Enterprise Europe Network Italia","EEN"), O("BRIDG€conomies"),
  O("APRE – Agenzia per la Promozione della Ricerca Europea","APRE"),
  O("Sportello Europa della Regione Puglia"), O("Puglia Sviluppo S.p.A.")],
 [E("Match4Calls Salento 2038","2038-03-18","2038-03-19","Lecce","Italy"),
  E("Match4Calls Salento","2037-03",None,None,None),
  E("Pranzo di networking","2038-03-18",None,"Lecce","Italy"),
  E("Incontri B2B","2038-03-18","2038-03-19","Lecce","Italy"),
  E("Cena di gala","2038-03-18",None,None,None),
  E("Laboratorio «Scrivere la sezione impatto»","2038-03-19",None,"Lecce","Italy"),
  E("Visita al laboratorio di prova dell'Aeroporto di Grottaglie","2038-03-19",None,"Grottaglie","Italy")],
 ["2038-02-15","2038-03-18/2038-03-19","2038","2037-03","2038-03-18","2038-03-19","2038-03-05",
  "2038-03-01/2038-03-10","2038-03-10","2038-02-26","2037"],
 [], pub="2038-02-15")
