from h import *
F = 'settimana_innovazione_alpina_valtellina_2034.md'
def it(y,m,d): return wd(y,m,d,'it')
T = f"""[Home](/) › [Eventi](/eventi) › Settimana dell'Innovazione Alpina 2034

# Settimana dell'Innovazione Alpina 2034 – Sondrio e Valtellina, 6–12 ottobre 2034

*Comunicato stampa · Sondrio, {it(2034,9,4)} 4 settembre 2034*

Torna per la quarta edizione la **Settimana dell'Innovazione Alpina**, promossa dal **Cluster Montagna Innovativa Valtellina** (CMIV) insieme alla **Camera di Commercio di Sondrio**, alla **Provincia di Sondrio** e al **Politecnico di Milano – Polo territoriale di Lecco**. Dal 6 al 12 ottobre 2034 la città di Sondrio e i comuni della valle ospiteranno oltre quaranta appuntamenti dedicati all'innovazione nelle filiere della montagna: legno ed edilizia, agroalimentare, energia idroelettrica e turismo.

«La montagna non è un luogo marginale, ma un laboratorio per le transizioni che riguardano tutta l'Europa», ha dichiarato **Giovanna Bertolini-Pedrotti**, presidente del Cluster Montagna Innovativa Valtellina, presentando il programma. «Quest'anno apriamo la Settimana alle regioni alpine vicine: arriveranno delegazioni dai Grigioni, dal Trentino e dalla Carinzia.»

Il presidente della Camera di Commercio di Sondrio, **Loretta Credaro**, ha sottolineato il legame tra la Settimana e le imprese del territorio: «Le nostre aziende sono piccole, spesso familiari, ma molto aperte alle novità. La Settimana è il momento in cui si fanno conoscere ai giovani, ai ricercatori e ai partner di oltre confine. Negli ultimi tre anni abbiamo visto nascere da questi incontri progetti comuni sul legno strutturale, sulla filiera del latte e sulla gestione dell'acqua.»

## I temi del 2034

Il programma di quest'anno è organizzato attorno a quattro temi:

1. costruire con il legno delle Alpi, dalla foresta certificata agli edifici a energia quasi zero;
2. cibo di montagna e marchi di qualità, con attenzione alle piccole latterie e ai produttori di bresaola e pizzoccheri;
3. acqua ed energia, con il futuro delle concessioni idroelettriche e delle comunità energetiche;
4. turismo tutto l'anno, per ridurre la dipendenza dalla stagione dello sci.

Ogni tema avrà una giornata dedicata, con incontri pubblici nel pomeriggio e momenti di confronto riservati alle imprese al mattino.

## L'evento principale

Il cuore della Settimana è il **Forum "Alpi 2040"**, che si terrà {it(2034,10,9)} 9 ottobre 2034 al Teatro Sociale di Sondrio. Tra i relatori:

- **Dott.ssa Chiara Mottarella**, direttrice del Consorzio di Tutela della Bresaola della Valtellina;
- **Prof. Ing. Lorenzo Bianchi Fasani**, Politecnico di Milano;
- **Reto Caflisch**, direttore dell'Ufficio dell'economia del Cantone dei Grigioni (Svizzera);
- **Mag. Elisabeth Unterkofler**, responsabile del cluster del legno della Carinzia, Holzcluster Kärnten;
- **Marco Rinaldi Zappa**, assessore allo Sviluppo economico della Regione Lombardia.

La moderazione è affidata alla giornalista **Silvia Marveggio** di *La Provincia di Sondrio*.

## Gli eventi collaterali

Accanto al Forum, la Settimana propone numerosi eventi collaterali, tra cui:

- **{it(2034,10,6).capitalize()} 6 ottobre** – Inaugurazione e "Notte delle imprese aperte" a Morbegno: 15 aziende aprono le porte al pubblico dalle 18 alle 23.
- **{it(2034,10,7).capitalize()} 7 ottobre** – Hackathon "Rifugi intelligenti" presso la sede di Sondrio della Fondazione Politecnico, con premiazione domenica 8 ottobre? no, lunedì 8 ottobre? – vedi sotto.
- **{it(2034,10,8).capitalize()} 8 ottobre** – Premiazione dell'hackathon e tavola rotonda sul turismo sostenibile a Bormio, con l'Associazione Albergatori Alta Valtellina.
- **{it(2034,10,10).capitalize()} 10 ottobre** – Incontri B2B tra imprese del legno italiane, svizzere e austriache a Tirano, organizzati con Enterprise Europe Network Lombardia.
- **{it(2034,10,11).capitalize()} 11 ottobre** – Visita alla centrale idroelettrica di Grosio, in collaborazione con A2A S.p.A.
- **{it(2034,10,12).capitalize()} 12 ottobre** – Festa di chiusura con il mercato dei prodotti di montagna in piazza Garibaldi a Sondrio.

## L'assemblea del cluster

Nell'ambito della Settimana si terrà anche l'**assemblea generale dei soci** del CMIV, convocata per {it(2034,10,10)} 10 ottobre 2034 alle ore 17:00 presso la Camera di Commercio di Sondrio. All'ordine del giorno l'approvazione del piano strategico 2035–2037 e l'ingresso di nuovi soci.

## Le edizioni precedenti

La prima edizione si è svolta nel 2031 con 18 eventi e circa 2.000 partecipanti. Nel 2032 e nel 2033 i visitatori sono stati rispettivamente 4.500 e 6.200. L'edizione 2033 ha visto la firma di un accordo di collaborazione tra il CMIV e il cluster trentino **Habitech – Distretto Tecnologico Trentino**, rappresentato dal direttore **Gianluca Dalla Valle**.

## Informazioni pratiche

La partecipazione a tutti gli eventi è gratuita, ma per il Forum e per gli incontri B2B è obbligatoria la registrazione entro il 30 settembre 2034. Le imprese che desiderano aprire le proprie porte durante la "Notte delle imprese aperte" possono candidarsi entro il 15 settembre 2034. Un servizio navetta gratuito collegherà Sondrio con Morbegno, Tirano e Bormio nei giorni degli eventi. Per gli ospiti provenienti dalla Svizzera è disponibile un collegamento con il Trenino Rosso del Bernina.

Chi arriva in auto può utilizzare i parcheggi di interscambio segnalati all'ingresso della città; durante la festa di chiusura il centro storico sarà chiuso al traffico dalle 14 alle 24. Il programma completo, in italiano, inglese e tedesco, è disponibile sul sito della Settimana.

**Contatti stampa:** Federica Pini, ufficio comunicazione CMIV – stampa@cmiv.example – tel. +39 0342 000000

---
Cluster Montagna Innovativa Valtellina · Via Piazzi 23, 23100 Sondrio · P.IVA 00000000000 · [Privacy](/privacy) · [Cookie](/cookie)
"""
T = T.replace(', con premiazione domenica 8 ottobre? no, lunedì 8 ottobre? – vedi sotto.', '.')
write(F, T)
gold(F,
 [P('Giovanna Bertolini-Pedrotti', 'presidente', 'Cluster Montagna Innovativa Valtellina'),
  P('Chiara Mottarella', 'direttrice', 'Consorzio di Tutela della Bresaola della Valtellina'),
  P('Lorenzo Bianchi Fasani', None, 'Politecnico di Milano'),
  P('Reto Caflisch', "direttore dell'Ufficio dell'economia del Cantone dei Grigioni", "Ufficio dell'economia del Cantone dei Grigioni"),
  P('Elisabeth Unterkofler', 'responsabile del cluster del legno della Carinzia', 'Holzcluster Kärnten'),
  P('Marco Rinaldi Zappa', 'assessore allo Sviluppo economico', 'Regione Lombardia'),
  P('Silvia Marveggio', 'giornalista', 'La Provincia di Sondrio'),
  P('Loretta Credaro', 'presidente', 'Camera di Commercio di Sondrio'),
  P('Gianluca Dalla Valle', 'direttore', 'Habitech – Distretto Tecnologico Trentino'),
  P('Federica Pini', 'ufficio comunicazione', 'Cluster Montagna Innovativa Valtellina')],
 [O('Cluster Montagna Innovativa Valtellina', 'CMIV'), O('Camera di Commercio di Sondrio'), O('Provincia di Sondrio'),
  O('Politecnico di Milano – Polo territoriale di Lecco'), O('Politecnico di Milano'), O('Consorzio di Tutela della Bresaola della Valtellina'),
  O("Ufficio dell'economia del Cantone dei Grigioni"), O('Holzcluster Kärnten'), O('Regione Lombardia'), O('La Provincia di Sondrio'),
  O('Fondazione Politecnico'), O('Associazione Albergatori Alta Valtellina'), O('Enterprise Europe Network Lombardia'), O('A2A S.p.A.'),
  O('Habitech – Distretto Tecnologico Trentino')],
 [E("Settimana dell'Innovazione Alpina 2034", '2034-10-06', '2034-10-12', 'Sondrio', 'Italy'),
  E('Forum "Alpi 2040"', '2034-10-09', '2034-10-09', 'Sondrio', 'Italy'),
  E('Notte delle imprese aperte', '2034-10-06', '2034-10-06', 'Morbegno', 'Italy'),
  E('Hackathon "Rifugi intelligenti"', '2034-10-07', '2034-10-07', 'Sondrio', 'Italy'),
  E("Premiazione dell'hackathon e tavola rotonda sul turismo sostenibile", '2034-10-08', '2034-10-08', 'Bormio', 'Italy'),
  E('Incontri B2B', '2034-10-10', '2034-10-10', 'Tirano', 'Italy'),
  E('Visita alla centrale idroelettrica di Grosio', '2034-10-11', '2034-10-11', 'Grosio', 'Italy'),
  E('Festa di chiusura', '2034-10-12', '2034-10-12', 'Sondrio', 'Italy'),
  E('assemblea generale dei soci', '2034-10-10', '2034-10-10', 'Sondrio', 'Italy'),
  E("Settimana dell'Innovazione Alpina (2031 edition)", '2031', '2031', None, None),
  E("Settimana dell'Innovazione Alpina (2032 edition)", '2032', '2032', None, None),
  E("Settimana dell'Innovazione Alpina (2033 edition)", '2033', '2033', None, None)],
 ['2034-10-06/2034-10-12', '2034-09-04', '2034-10-09', '2034-10-06', '2034-10-07', '2034-10-08', '2034-10-10', '2034-10-11', '2034-10-12',
  '2035/2037', '2031', '2032', '2033', '2034-09-30', '2034-09-15'],
 [], pub='2034-09-04')
