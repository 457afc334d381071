from h import *
F = 'g04_agrifoodvet_ascoli_incontro_transnazionale.txt'
assert wd(2040,5,15)=='Tuesday' and wd(2040,5,16)=='Wednesday' and wd(2040,11,20)=='Tuesday'
T = """Progetto Erasmus+ AGRIFOOD-VET – Piattaforma di Centri di eccellenza professionale
Resoconto del terzo incontro transnazionale dei partner
Ascoli Piceno, 15–16 maggio 2040

Redatto da: Federica Tassotti, responsabile della comunicazione, ITS Agroalimentare Marche
Approvato dai partner il 30 maggio 2040

1. Premessa
Il terzo incontro transnazionale del progetto AGRIFOOD-VET si è svolto martedì 15 e mercoledì 16 maggio 2040 ad Ascoli Piceno, presso la sede della Camera di Commercio delle Marche. L'incontro è stato organizzato dall'ITS Agroalimentare Marche, capofila del progetto, con il sostegno del Cluster Agrifood Marche. Hanno partecipato 27 persone in rappresentanza di tutti i nove partner.

Il progetto, finanziato dal programma Erasmus+ (Centri di eccellenza professionale), dura quattro anni, dal 2038 al 2042, e punta a creare una rete europea di scuole e imprese che formi tecnici per la trasformazione alimentare sostenibile.

2. Partner presenti
- ITS Agroalimentare Marche, Ascoli Piceno (Italia) – capofila
- Cluster Agrifood Marche (CL.A.M.), Ancona (Italia)
- Università di Camerino, Camerino (Italia)
- Escuela de Hostelería y Agroalimentaria de Navarra, Pamplona (Spagna)
- Zespół Szkół Centrum Kształcenia Rolniczego w Sędziszowie Małopolskim (Polonia)
- Lycée agricole de Bazas, Bazas (Francia)
- Agrifood Lithuania DIH, Kaunas (Lituania)
- Savonia University of Applied Sciences, Kuopio (Finlandia)
- Food Cluster Slovenia, Ljubljana (Slovenia)

3. Programma
Martedì 15 maggio 2040
09:30 Saluti istituzionali – Marco Fioravanti, sindaco di Ascoli Piceno, e Gino Sabatini, presidente della Camera di Commercio delle Marche
10:00 Stato di avanzamento dei work package – coordinatrice del progetto Daniela Capriotti (ITS Agroalimentare Marche)
11:30 Presentazione dei curricula comuni sulla tracciabilità digitale – prof. Luca Marinelli, Università di Camerino
13:00 Pranzo
14:30 Riunione del Comitato di pilotaggio
17:00 Visita guidata del centro storico
20:00 Cena sociale presso l'Antica Osteria del Teatro

Mercoledì 16 maggio 2040
09:00 Visita aziendale al Consorzio di tutela dell'Oliva Ascolana del Piceno DOP
11:00 Laboratorio con gli studenti dell'ITS sulle competenze per il packaging sostenibile
13:00 Chiusura dei lavori

4. Sintesi dei lavori
La coordinatrice Daniela Capriotti ha presentato i risultati del secondo anno: 212 studenti hanno seguito i moduli comuni, 38 docenti hanno svolto periodi di osservazione in aziende partner e quattro nuovi corsi brevi sono stati accreditati. Il partner finlandese, rappresentato da Hanna Kärkkäinen (project manager, Savonia University of Applied Sciences), ha illustrato la piattaforma online per i micro-credenziali, che sarà aperta a tutte le scuole della rete dal settembre 2040.

Il Comitato di pilotaggio, presieduto da Miren Etxeberria (Escuela de Hostelería y Agroalimentaria de Navarra), ha approvato il rapporto intermedio da inviare all'EACEA e ha deciso di spostare alcune risorse dal WP4 al WP6 per finanziare gli scambi di studenti. Il direttore del Cluster Agrifood Marche, Andrea Vitali, ha ricordato che le imprese del territorio cercano soprattutto tecnici capaci di gestire linee di confezionamento con materiali compostabili.

Durante la visita al Consorzio, il presidente Fabio Carducci ha spiegato come il disciplinare della DOP sia stato aggiornato per ridurre gli scarti di lavorazione.

5. Conclusioni
Al termine dell'incontro i partner hanno concordato quanto segue:
- i moduli comuni devono essere tradotti in tutte le lingue dei partner entro l'estate 2040, non solo in inglese
- gli stage in azienda all'estero vanno allungati da due a quattro settimane, perché due settimane non bastano per imparare un processo
- le imprese dei cluster devono partecipare alla valutazione finale degli studenti
- la rete dovrà cercare un finanziamento proprio dopo la fine del progetto, anche tramite quote associative

6. Prossimi appuntamenti
Il quarto incontro transnazionale si terrà a Kuopio martedì 20 novembre 2040. La conferenza finale del progetto è prevista a Pamplona nella primavera del 2042.

Incontri precedenti:
- Incontro di avvio, Ascoli Piceno, 18–19 gennaio 2039
- Secondo incontro transnazionale, Sędziszów Małopolski, 5–6 ottobre 2039

Per informazioni: Federica Tassotti, comunicazione@its-agroalimentare.example.it

Il sostegno della Commissione europea alla produzione di questa pubblicazione non costituisce un'approvazione del contenuto, che riflette esclusivamente il punto di vista degli autori.
"""
write(F, T)
I="ITS Agroalimentare Marche"
gold(F,
 [P("Federica Tassotti","responsabile della comunicazione",I),
  P("Marco Fioravanti","sindaco di Ascoli Piceno",None),
  P("Gino Sabatini","presidente","Camera di Commercio delle Marche"),
  P("Daniela Capriotti","coordinatrice del progetto",I),
  P("Luca Marinelli",None,"Università di Camerino"),
  P("Hanna Kärkkäinen","project manager","Savonia University of Applied Sciences"),
  P("Miren Etxeberria",None,"Escuela de Hostelería y Agroalimentaria de Navarra"),
  P("Andrea Vitali","direttore","Cluster Agrifood Marche"),
  P("Fabio Carducci","presidente","Consorzio di tutela dell'Oliva Ascolana del Piceno DOP")],
 [O(I), O("Camera di Commercio delle Marche"), O("Cluster Agrifood Marche","CL.A.M."), O("Università di Camerino"),
  O("Escuela de Hostelería y Agroalimentaria de Navarra"),
  O("Zespół Szkół Centrum Kształcenia Rolniczego w Sędziszowie Małopolskim"), O("Lycée agricole de Bazas"),
  O("Agrifood Lithuania DIH"), O("Savonia University of Applied Sciences"), O("Food Cluster Slovenia"),
  O("EACEA"), O("Consorzio di tutela dell'Oliva Ascolana del Piceno DOP"), O("Commissione europea")],
 [E("terzo incontro transnazionale","2040-05-15","2040-05-16","Ascoli Piceno","Italy"),
  E("Riunione del Comitato di pilotaggio","2040-05-15",None,"Ascoli Piceno","Italy"),
  E("Visita guidata del centro storico","2040-05-15",None,"Ascoli Piceno","Italy"),
  E("Cena sociale","2040-05-15",None,"Ascoli Piceno","Italy"),
  E("Visita aziendale al Consorzio di tutela dell'Oliva Ascolana del Piceno DOP","2040-05-16",None,"Ascoli Piceno","Italy"),
  E("Laboratorio con gli studenti dell'ITS","2040-05-16",None,"Ascoli Piceno","Italy"),
  E("quarto incontro transnazionale","2040-11-20",None,"Kuopio","Finland"),
  E("conferenza finale","2042",None,"Pamplona","Spain"),
  E("Incontro di avvio","2039-01-18","2039-01-19","Ascoli Piceno","Italy"),
  E("Secondo incontro transnazionale","2039-10-05","2039-10-06","Sędziszów Małopolski","Poland")],
 ["2040-05-15/2040-05-16","2040-05-30","2038/2042","2040-05-15","2040-05-16","2040-09","2040","2040-11-20","2042",
  "2039-01-18/2039-01-19","2039-10-05/2039-10-06"],
 ["i moduli comuni devono essere tradotti in tutte le lingue dei partner entro l'estate 2040, non solo in inglese",
  "gli stage in azienda all'estero vanno allungati da due a quattro settimane, perché due settimane non bastano per imparare un processo",
  "le imprese dei cluster devono partecipare alla valutazione finale degli studenti",
  "la rete dovrà cercare un finanziamento proprio dopo la fine del progetto, anche tramite quote associative"],
 pub="2040-05-30")
