from common import *
T = """DTAM – Distretto Tecnologico Adriatico della Meccatronica
Home › News › Eventi

Porte aperte al Tecnopolo di Jesi e ritorna il Festival dei Cluster Marchigiani
Pubblicato il 9 settembre 2034 · di Redazione DTAM · Tempo di lettura: 4 minuti

Condividi: Facebook | LinkedIn | X | E-mail

Sabato 7 ottobre 2034 il Distretto Tecnologico Adriatico della Meccatronica (DTAM) apre le porte del Tecnopolo di Jesi a famiglie, studenti e imprese. L'Open Day, giunto alla quinta edizione, si svolgerà dalle 10:00 alle 18:00 e offrirà visite guidate ai laboratori di robotica collaborativa, dimostrazioni di manutenzione predittiva sugli elettrodomestici e un percorso dedicato ai più piccoli con i kit di programmazione messi a disposizione dalla Fondazione Esino Digitale.

«L'Open Day è il momento in cui il distretto si mostra per quello che è: una rete di 64 imprese, tre università e quattro centri di ricerca che lavorano insieme ogni giorno», spiega Chiara Santarelli, direttrice del DTAM. «Quest'anno vogliamo far vedere anche ai ragazzi delle superiori che la meccatronica marchigiana offre carriere vere, non solo stage.»

Tra le aziende che apriranno i propri reparti in contemporanea ci sono Vallesina Motori S.p.A. di Fabriano, Cingoli Sensoristica S.r.l. e la giovane startup Robolla, nata nel 2031 da uno spin-off dell'Università Politecnica delle Marche. Le visite in azienda sono gratuite ma a numero chiuso: la prenotazione è obbligatoria entro il 29 settembre.

Il Festival dei Cluster Marchigiani: tre giorni ad Ancona

Una settimana dopo, da giovedì 12 a sabato 14 ottobre 2034, la Mole Vanvitelliana di Ancona ospiterà la terza edizione del Festival dei Cluster Marchigiani, promosso dalla Regione Marche insieme ai cluster regionali della meccatronica, dell'agroalimentare, della nautica e del legno-arredo. Il festival è organizzato dal DTAM con il Cluster Marche Agrifood Innovazione (CMAI) e con l'Associazione Nautica Conero.

Il programma alterna incontri in italiano e alcune sessioni in inglese, pensate per le delegazioni dei cluster partner europei. Tra le sessioni già confermate:

- giovedì 12 ottobre, ore 15:00 – "Smart Appliances: From Sensor to Service" (in inglese), con Tobias Rehnfeldt, Head of Connected Products di Küchenwerk Lindau GmbH;
- venerdì 13 ottobre, ore 10:00 – "Clusters as Skills Engines for the Twin Transition" (in inglese), moderata da Aoife Ní Dhonnabháin, policy officer presso la European Cluster Collaboration Platform;
- venerdì 13 ottobre, ore 14:30 – tavola rotonda "Filiere corte e digitale: il caso della nautica del Conero", con Marco De Angelis, presidente dell'Associazione Nautica Conero, e Lucia Ferretti Bracci, CEO di Cantieri Portonovo S.r.l.;
- sabato 14 ottobre, ore 11:00 – "Investing in Regional Value Chains" (in inglese), keynote di Matthias von Arnim, senior advisor della Banca europea per gli investimenti.

L'apertura ufficiale, giovedì 12 ottobre alle 10:30, vedrà gli interventi dell'assessore regionale allo Sviluppo economico Giorgio Pierantoni e del rettore dell'Università Politecnica delle Marche, prof. Stefano Bartoccetti. Nel pomeriggio di venerdì si terrà la consegna del Premio Innovazione di Filiera 2034, che quest'anno premia un progetto congiunto tra almeno due cluster regionali; la giuria è presieduta da Elena Martelli, già direttrice dell'Istituto di Robotica Applicata del CNR.

B2B e delegazioni estere

Nella giornata di venerdì l'Enterprise Europe Network organizzerà, con la Camera di Commercio delle Marche, una sessione di incontri B2B aperta alle imprese dei cluster. Sono attese delegazioni dal cluster bavarese-svevo Allgäu Hausgeräte Netzwerk e dalla rete portoghese PoloMecatrónica Norte, con cui il DTAM ha avviato un gemellaggio durante la fiera SPS di Norimberga nel novembre 2033.

«Il festival è nato nel 2032 quasi per scommessa, con poco più di duecento partecipanti», ricorda Paolo Giacchetti, presidente del CMAI. «L'anno scorso eravamo oltre novecento. Il segreto è che ogni cluster porta le proprie imprese, e le imprese scoprono fornitori che avevano a trenta chilometri.»

Un distretto che cresce

Nato nel 2027 come associazione di dodici imprese della Vallesina, il DTAM conta oggi 64 soci e gestisce due laboratori condivisi: uno di prova per motori elettrici e uno di robotica collaborativa, aperto anche alle scuole tecniche del territorio. Nel 2033 il distretto ha avviato con l'Università Politecnica delle Marche un percorso di formazione per tecnici della manutenzione predittiva, che ha coinvolto 48 dipendenti delle imprese socie e che sarà replicato nella primavera del 2035.

Il tema dell'edizione 2034 del festival è la "filiera lunga corta": imprese che vendono in tutto il mondo ma comprano sempre di più a pochi chilometri di distanza. Nelle sale della Mole saranno allestiti anche quattro spazi espositivi, uno per ciascun cluster, dove le imprese potranno presentare prodotti e prototipi. Le scuole superiori della regione sono invitate a partecipare alla mattinata di venerdì con visite guidate agli stand e brevi incontri con i giovani ingegneri delle aziende.

«Vogliamo che il festival diventi un appuntamento fisso anche per chi non lavora nell'industria», aggiunge Chiara Santarelli. «Per questo la serata di sabato sarà aperta alla cittadinanza, con un concerto in piazza e la premiazione del concorso fotografico "Fabbriche delle Marche".»

Come partecipare

- Open Day del 7 ottobre: prenotazione delle visite entro il 29 settembre sul sito del distretto.
- Festival dei Cluster Marchigiani: ingresso libero previa registrazione; le sessioni in inglese hanno posti limitati.
- Incontri B2B: profili da caricare sulla piattaforma EEN entro il 3 ottobre 2034.

Per informazioni: Sara Mancinelli, ufficio comunicazione DTAM, eventi@dtam.example

Tag: open day, festival, cluster, meccatronica, Ancona
Articoli correlati: « Assemblea dei soci 2034: approvato il bilancio » | « Call per startup: Robotica per la casa »

© 2034 DTAM – Distretto Tecnologico Adriatico della Meccatronica · Via dell'Industria 12, Jesi (AN) · Privacy · Cookie
"""
gold("DTAM_news_open-day-e-festival-dei-cluster-2034.txt", "2034-09-09",
 [P("Chiara Santarelli","direttrice","DTAM"),
  P("Tobias Rehnfeldt","Head of Connected Products","Küchenwerk Lindau GmbH"),
  P("Aoife Ní Dhonnabháin","policy officer","European Cluster Collaboration Platform"),
  P("Marco De Angelis","presidente","Associazione Nautica Conero"),
  P("Lucia Ferretti Bracci","CEO","Cantieri Portonovo S.r.l."),
  P("Matthias von Arnim","senior advisor","Banca europea per gli investimenti"),
  P("Giorgio Pierantoni","assessore regionale allo Sviluppo economico",None),
  P("Stefano Bartoccetti","rettore","Università Politecnica delle Marche"),
  P("Elena Martelli",None,"Istituto di Robotica Applicata"),
  P("Paolo Giacchetti","presidente","CMAI"),
  P("Sara Mancinelli","ufficio comunicazione","DTAM")],
 [O("Distretto Tecnologico Adriatico della Meccatronica","DTAM"),
  O("Fondazione Esino Digitale"),
  O("Vallesina Motori S.p.A."), O("Cingoli Sensoristica S.r.l."), O("Robolla"),
  O("Università Politecnica delle Marche"),
  O("Regione Marche"),
  O("Cluster Marche Agrifood Innovazione","CMAI"),
  O("Associazione Nautica Conero"),
  O("Küchenwerk Lindau GmbH"),
  O("European Cluster Collaboration Platform"),
  O("Cantieri Portonovo S.r.l."),
  O("Banca europea per gli investimenti"),
  O("Istituto di Robotica Applicata"), O("CNR"),
  O("Enterprise Europe Network","EEN"),
  O("Camera di Commercio delle Marche"),
  O("Allgäu Hausgeräte Netzwerk"),
  O("PoloMecatrónica Norte")],
 [E("Open Day","2034-10-07",None,"Jesi","Italy"),
  E("Festival dei Cluster Marchigiani","2034-10-12","2034-10-14","Ancona","Italy"),
  E("Premio Innovazione di Filiera 2034","2034-10-13",None,"Ancona","Italy"),
  E("SPS","2033-11",None,"Norimberga","Germany"),
  E('premiazione del concorso fotografico "Fabbriche delle Marche"',"2034-10-14",None,"Ancona","Italy")],
 ["2034-09-09","2034-10-07","2031","2034-09-29","2034-10-12/2034-10-14","2034-10-12","2034-10-13","2034-10-14","2033-11","2032","2034-10-03","2027","2033","2035"],
 [], T)
