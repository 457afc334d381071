from h import *
F = 'g05_molise_azione_pilota_risultati.txt'
assert wd(2035,10,4)=='Thursday' and wd(2036,3,20)=='Thursday'
T = """Home | Il progetto | Partner | Azioni pilota | Risultati | News | Contatti            ITA | ENG
Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. [Accetta] [Rifiuta] [Personalizza]

SMART-OLIVE – Azione pilota Molise
Risultati dell'azione pilota "Frantoio digitale" (Campobasso, 2034–2035)

Pubblicato il 12 dicembre 2035 | Redazione: Francesca Di Lallo | Categoria: Risultati

L'azione pilota è stata realizzata nell'ambito del progetto SMART-OLIVE, finanziato dal programma Interreg Europe,
dal Polo di Innovazione Agroalimentare del Molise insieme alla Regione Molise, partner del progetto responsabile
dello strumento di policy. L'obiettivo era verificare se piccoli frantoi, con meno di cinque dipendenti,
possono adottare sensori e software per il controllo della qualità dell'olio durante la molitura e ridurre
gli scarti della lavorazione.

CHI HA PARTECIPATO

All'azione pilota hanno preso parte otto frantoi delle province di Campobasso e Isernia, tra cui l'Oleificio
Colle Sannita di Larino, il Frantoio Di Iorio di Venafro e la cooperativa Olivicoltori del Basso Molise. Il
supporto tecnico è stato fornito dall'Università degli Studi del Molise (Dipartimento di Agricoltura, Ambiente
e Alimenti), con il gruppo della prof.ssa Giulia Santoro, e dall'azienda informatica Sannio Sensing S.r.l. di
Campobasso. Il Consorzio di Tutela dell'Olio DOP Molise ha messo a disposizione i dati storici delle analisi.

COME SI È SVOLTA

L'azione pilota è durata 14 mesi, da settembre 2034 a ottobre 2035, quindi ha coperto due campagne olearie.
Nella prima fase, ogni frantoio ha ricevuto un kit con sensori di temperatura e di umidità della pasta, collegati
a un'applicazione per tablet. Nella seconda fase, gli operatori hanno seguito quattro giornate di formazione e
hanno registrato i dati di ogni lotto. Il 4 ottobre 2035, giovedì, si è tenuto a Larino un open day per i frantoi
della regione, con 63 partecipanti, durante il quale sono stati mostrati i primi risultati.

"All'inizio eravamo scettici: un frantoio come il nostro lavora da tre generazioni con l'occhio e con il naso,"
racconta Nicola Di Iorio, titolare del Frantoio Di Iorio. "Adesso sappiamo esattamente quando la gramolatura sta
andando troppo oltre, e lo vediamo sul tablet prima di sentirlo nell'olio."

RISULTATI PRINCIPALI

- Il contenuto medio di polifenoli dell'olio prodotto nei frantoi pilota è aumentato del 18% rispetto alla
  media delle tre campagne precedenti.
- La temperatura di gramolatura è rimasta sotto i 27 °C nel 94% dei lotti, contro il 61% della campagna 2033.
- Sette frantoi su otto hanno deciso di continuare a usare il sistema anche dopo la fine dell'azione pilota,
  a proprie spese.
- Le sanse umide sono state conferite a un impianto di biogas di Termoli in quattro frantoi, evitando circa 310
  tonnellate di rifiuti.
- Il costo del kit per un piccolo frantoio è stato stimato in 3.800 euro più un abbonamento annuo di 240 euro.

LEZIONI APPRESE

Secondo la responsabile dell'azione pilota, dott.ssa Maria Teresa Ciccone del Polo di Innovazione
Agroalimentare del Molise, il fattore decisivo non è stata la tecnologia ma l'accompagnamento: "I sensori
costano poco. Quello che manca ai piccoli frantoi è qualcuno che li aiuti a leggere i dati nelle prime
settimane." Per questo la Regione Molise ha deciso di inserire una misura di consulenza digitale nel bando
per l'innovazione delle imprese agroalimentari che sarà pubblicato nel 2036.

L'assessore regionale all'agricoltura, Antonio Fanelli, ha dichiarato che "l'azione pilota dimostra che
anche le aziende più piccole possono innovare, se non vengono lasciate sole".

PROSSIMI PASSI

I risultati saranno presentati ai partner del progetto durante il meeting interregionale di Jaén
(Andalusia) il 19 e 20 marzo 2036 e confluiranno nella guida europea sulle buone pratiche del progetto. Una
scheda tecnica dell'azione pilota è scaricabile in fondo alla pagina.

I PARTNER DI SMART-OLIVE
Diputación Provincial de Jaén (ES, capofila) | Regione Molise (IT) | Polo di Innovazione Agroalimentare del
Molise (IT) | Region of Crete (GR) | ELGO-DIMITRA (GR) | Comunidade Intermunicipal de Trás-os-Montes (PT) |
Istrian Development Agency – IDA (HR)

Scarica: Scheda tecnica azione pilota (PDF, 2,1 MB) | Presentazione open day (PDF, 5,8 MB)

Contatti
Polo di Innovazione Agroalimentare del Molise
Via Mazzini 48, 86100 Campobasso
Maria Teresa Ciccone, project manager – tel. 0874 000 221 – smartolive@example-polomolise.it

Condividi: Facebook | LinkedIn | WhatsApp | E-mail
(c) 2035 SMART-OLIVE – Progetto cofinanziato dall'Unione europea – Interreg Europe | Privacy | Cookie policy
"""
write(F, T)
gold(F,
 [P('Francesca Di Lallo','Redazione'),
  P('Giulia Santoro',None,"Università degli Studi del Molise"),
  P('Nicola Di Iorio','titolare','Frantoio Di Iorio'),
  P('Maria Teresa Ciccone',"responsabile dell'azione pilota",'Polo di Innovazione Agroalimentare del Molise'),
  P('Antonio Fanelli',"assessore regionale all'agricoltura",'Regione Molise')],
 [O('Polo di Innovazione Agroalimentare del Molise'), O('Regione Molise'), O('Oleificio Colle Sannita'), O('Frantoio Di Iorio'),
  O('Olivicoltori del Basso Molise'), O('Università degli Studi del Molise'), O('Dipartimento di Agricoltura, Ambiente e Alimenti'),  # second pass: unit named apart (cf. g10, g13)
 
  O('Sannio Sensing S.r.l.'), O("Consorzio di Tutela dell'Olio DOP Molise"), O('Diputación Provincial de Jaén'),
  O('Region of Crete'), O('ELGO-DIMITRA'), O('Comunidade Intermunicipal de Trás-os-Montes'), O('Istrian Development Agency','IDA')],
 [E('open day','2035-10-04',None,'Larino','Italy'),
  E('meeting interregionale','2036-03-19','2036-03-20','Jaén','Spain')],
 ['2034/2035','2035-12-12','2034-09/2035-10','2035-10-04','2033','2036','2036-03-19/2036-03-20'],
 ["Il contenuto medio di polifenoli dell'olio prodotto nei frantoi pilota è aumentato del 18% rispetto alla media delle tre campagne precedenti",
  "La temperatura di gramolatura è rimasta sotto i 27 °C nel 94% dei lotti, contro il 61% della campagna 2033",
  "Sette frantoi su otto hanno deciso di continuare a usare il sistema anche dopo la fine dell'azione pilota, a proprie spese",
  "Le sanse umide sono state conferite a un impianto di biogas di Termoli in quattro frantoi, evitando circa 310 tonnellate di rifiuti",
  "Il costo del kit per un piccolo frantoio è stato stimato in 3.800 euro più un abbonamento annuo di 240 euro"],
 pub='2035-12-12')
