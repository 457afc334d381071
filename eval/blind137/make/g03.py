from h import *
F = 'g03_avellino_kickoff_interreg.txt'
assert wd(2036,10,8)=='Wednesday' and wd(2036,10,9)=='Thursday' and wd(2036,10,10)=='Friday'
T = """Camera di Commercio Irpinia Sannio – Area Stampa
Home > Comunicati > Progetti europei

COMUNICATO STAMPA n. 41/2036
Avellino, 13 ottobre 2036

Al via ad Avellino il progetto Interreg Europe AGRI-LINK: dieci partner da otto paesi per i distretti agroalimentari

Si è svolto ad Avellino, da mercoledì 8 a venerdì 10 ottobre 2036, il kick-off meeting del progetto AGRI-LINK, finanziato dal programma Interreg Europe 2035–2041 con un budget complessivo di 2,1 milioni di euro. Il progetto, guidato dalla Camera di Commercio Irpinia Sannio in qualità di capofila, punta a migliorare le politiche regionali a sostegno dei cluster agroalimentari nelle aree interne, con particolare attenzione alla filiera della nocciola, del vino e dei legumi.

All'incontro, ospitato nella sede camerale di piazza Duomo, hanno partecipato circa quaranta rappresentanti dei partner e degli stakeholder locali. I lavori sono stati aperti dal presidente della Camera di Commercio, Ing. Raffaele Di Guglielmo, e dall'assessore alle Attività produttive della Regione Campania, Dott.ssa Antonella Capobianco-Ferri, che ha ricordato come la Regione abbia inserito l'agroalimentare tra le priorità della propria strategia di specializzazione intelligente.

I partner del progetto

Oltre al capofila, il partenariato comprende:
- Regione Campania – Direzione Generale per lo Sviluppo Economico (Italia)
- Agência de Desenvolvimento Regional do Alto Tâmega (Portogallo)
- Asociația Clusterul Agroalimentar Transilvania (Romania)
- Landwirtschaftskammer Niederösterreich (Austria)
- Syddansk Fødevareklynge (Danimarca)
- Pomorska Specjalna Strefa Ekonomiczna sp. z o.o. (Polonia)
- Dél-Dunántúli Regionális Fejlesztési Ügynökség Nonprofit Kft. (Ungheria)
- Agencia de Desarrollo Económico de La Rioja – ADER (Spagna)
- Università degli Studi del Sannio (Italia), partner consultivo

Il programma delle tre giornate

Mercoledì 8 ottobre
14:30 Registrazione dei partecipanti
15:00 Saluti istituzionali e presentazione del progetto a cura del project manager, Dott. Gennaro Iannaccone
16:30 Presentazione dei partner e degli strumenti di policy
20:00 Cena di benvenuto presso l'Agriturismo Il Casale di Montefredane

Giovedì 9 ottobre
09:00 Riunione dello Steering Group: regolamento interno, piano di comunicazione, calendario
11:30 Tavola rotonda "Le aree interne come laboratorio di innovazione", moderata dalla giornalista Marta Sirignano
14:30 Visita di studio all'azienda vitivinicola Feudi di San Gregorio a Sorbo Serpico e al consorzio di tutela della nocciola a Baiano

Venerdì 10 ottobre
09:30 Workshop sulle prime buone pratiche, coordinato da Prof.ssa Lucia Dell'Aversana (Università degli Studi del Sannio)
12:30 Conclusioni e prossimi passi

Dichiarazioni

"Per le nostre imprese la dimensione europea non è un lusso: è l'unico modo per confrontarsi con chi ha già affrontato gli stessi problemi", ha dichiarato il segretario generale della Camera di Commercio, Dott. Luca Mastroberardino.

Per Mette Kjærsgaard Holm, direttrice di Syddansk Fødevareklynge, "la forza del progetto sta nel mettere intorno allo stesso tavolo regioni molto diverse: la Danimarca può imparare molto dalla capacità dell'Irpinia di valorizzare prodotti di nicchia".

Il responsabile del segretariato congiunto di Interreg Europe, Jérôme Vanderlinden, ha illustrato le regole del programma in materia di rendicontazione e comunicazione.

Conclusioni del kick-off

Al termine dei lavori i partner hanno concordato i seguenti punti:
- ogni regione redigerà entro marzo 2037 un'analisi dello stato dell'arte del proprio strumento di policy;
- il primo seminario interregionale si terrà a Chaves, in Portogallo, nel giugno 2037;
- sarà creato un gruppo di stakeholder regionali in ciascun territorio, che si riunirà almeno due volte l'anno;
- la comunicazione del progetto userà un unico logo e un sito comune, gestito dal partner danese.

Il prossimo incontro del partenariato è previsto a Bistrița, in Romania, nell'autunno 2037, insieme alla seconda visita di studio.

Il progetto AGRI-LINK ha una durata di 48 mesi (1° settembre 2036 – 31 agosto 2040).

Ufficio Stampa
Camera di Commercio Irpinia Sannio
Piazza Duomo 5, 83100 Avellino
stampa@cciaa-irpiniasannio.example.it
Seguici su Facebook | LinkedIn | YouTube
"""
write(F, T)
C="Camera di Commercio Irpinia Sannio"
gold(F,
 [P("Raffaele Di Guglielmo","presidente",C),
  P("Antonella Capobianco-Ferri","assessore alle Attività produttive","Regione Campania"),
  P("Gennaro Iannaccone","project manager",None),
  P("Marta Sirignano","giornalista",None),
  P("Lucia Dell'Aversana",None,"Università degli Studi del Sannio"),
  P("Luca Mastroberardino","segretario generale",C),
  P("Mette Kjærsgaard Holm","direttrice","Syddansk Fødevareklynge"),
  P("Jérôme Vanderlinden","responsabile","segretariato congiunto di Interreg Europe")],
 [O(C), O("Regione Campania"), O("Direzione Generale per lo Sviluppo Economico"),
  O("Agência de Desenvolvimento Regional do Alto Tâmega"), O("Asociația Clusterul Agroalimentar Transilvania"),
  O("Landwirtschaftskammer Niederösterreich"), O("Syddansk Fødevareklynge"),
  O("Pomorska Specjalna Strefa Ekonomiczna sp. z o.o."), O("Dél-Dunántúli Regionális Fejlesztési Ügynökség Nonprofit Kft."),
  O("Agencia de Desarrollo Económico de La Rioja","ADER"), O("Università degli Studi del Sannio"),
  O("Feudi di San Gregorio"), O("consorzio di tutela della nocciola"), O("segretariato congiunto di Interreg Europe")],
 [E("kick-off meeting","2036-10-08","2036-10-10","Avellino","Italy"),
  E("Cena di benvenuto","2036-10-08",None,"Montefredane","Italy"),
  E("Riunione dello Steering Group","2036-10-09",None,"Avellino","Italy"),
  E("Visita di studio","2036-10-09",None,"Sorbo Serpico, Baiano","Italy"),
  E("Workshop sulle prime buone pratiche","2036-10-10",None,"Avellino","Italy"),
  E("primo seminario interregionale","2037-06",None,"Chaves","Portugal"),
  E("prossimo incontro del partenariato","2037",None,"Bistrița","Romania"),
  E("seconda visita di studio","2037",None,"Bistrița","Romania")],
 ["2036-10-13","2036-10-08/2036-10-10","2035/2041","2036-10-08","2036-10-09","2036-10-10","2037-03","2037-06","2037","2036-09-01/2040-08-31"],
 ["ogni regione redigerà entro marzo 2037 un'analisi dello stato dell'arte del proprio strumento di policy",
  "il primo seminario interregionale si terrà a Chaves, in Portogallo, nel giugno 2037",
  "sarà creato un gruppo di stakeholder regionali in ciascun territorio, che si riunirà almeno due volte l'anno",
  "la comunicazione del progetto userà un unico logo e un sito comune, gestito dal partner danese"],
 pub="2036-10-13")
