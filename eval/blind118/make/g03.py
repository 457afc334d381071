from h import *
F = 'g03_modena_meccatronica_webinar.md'
assert wd(2040,11,6)=='Tuesday' and wd(2040,11,20)=='Tuesday' and wd(2040,11,29)=='Thursday'
T = """# Ciclo di webinar "Meccatronica 5.0" – autunno 2040

*Clust-ER Meccatronica e Motoristica · Associazione Clust-ER MECH · Bologna*

[Home](#) · [Chi siamo](#) · [Soci](#) · **Eventi** · [Progetti europei](#) · [Contatti](#)

---

Il Clust-ER MECH, associazione che riunisce imprese, laboratori della Rete Alta Tecnologia e centri di formazione dell'Emilia-Romagna, lancia la quarta edizione del ciclo di webinar "Meccatronica 5.0". Gli incontri si tengono online il martedì dalle 11:00 alle 12:30 e sono gratuiti, previa registrazione sulla piattaforma dell'associazione. Il ciclo è realizzato con il sostegno di ART-ER, la società consortile della Regione Emilia-Romagna per l'attrattività, la ricerca e il territorio.

## Calendario

**1. Martedì 6 novembre 2040 – Robot collaborativi nelle PMI**
Intervengono l'ing. Federica Malagoli, responsabile innovazione di Tecnomacchine Carpi S.p.A., e il prof. Luca Del Monte dell'Università di Modena e Reggio Emilia (UNIMORE). Modera Giorgia Ferrari Zanetti, cluster manager del Clust-ER MECH.

**2. Martedì 20 novembre 2040 – Gemelli digitali per le macchine automatiche**
Con Nikolaos Papadakis (Bonfiglioli Riduttori S.p.A.) e Sara Lanzoni, ricercatrice del CNR-STIIMA di Milano. Segue una breve presentazione del bando regionale per progetti di ricerca industriale strategica, in scadenza il 15 gennaio 2041.

**3. Giovedì 29 novembre 2040 – Evento conclusivo in presenza**
Tecnopolo di Modena, via Vivarelli 10, ore 14:00–18:00.
Per la chiusura del ciclo il cluster organizza un pomeriggio in presenza con dimostrazioni nei laboratori del Tecnopolo e un incontro con i delegati del progetto europeo ROBO-VALLEYS (Interreg Europe), al quale partecipano anche il cluster basco Mondragon Automation Cluster e l'agenzia slovena SPIRIT Slovenija.

Il progetto ROBO-VALLEYS (2039–2043) riunisce sei regioni europee con una forte presenza di costruttori di macchine e affronta un problema comune: la difficoltà delle piccole imprese di introdurre la robotica senza perdere flessibilità. Durante il pomeriggio i partner presenteranno le prime buone pratiche raccolte e discuteranno con i soci del cluster le azioni pilota previste per il 2041.

Programma del 29 novembre:
- 14:00 Accoglienza e registrazione
- 14:30 Saluti di Vincenzo Colla, assessore allo Sviluppo economico della Regione Emilia-Romagna
- 15:00 Visita guidata ai laboratori del Tecnopolo
- 16:30 Tavola rotonda "Le competenze che mancano" con i partner di ROBO-VALLEYS
- 17:30 Aperitivo di networking

## Le edizioni passate

Il ciclo è nato nel 2037 da un'idea del gruppo di lavoro sulla manifattura avanzata. Le registrazioni delle edizioni precedenti sono disponibili nell'area soci:

- **2039** – sei webinar sull'efficienza energetica delle linee produttive (settembre–dicembre 2039), 1.140 iscritti in totale
- **2038** – quattro incontri su sicurezza informatica e macchine connesse, chiusi da un workshop a Reggio Emilia il 22 novembre 2038
- **2037** – prima edizione, tre webinar pilota in collaborazione con Confindustria Emilia

## Conclusioni dell'edizione 2039

Dal questionario finale e dalla discussione con i soci sono emerse queste conclusioni:

- le PMI chiedono casi concreti e numeri di ritorno dell'investimento, non presentazioni di prodotto;
- il formato di 90 minuti funziona meglio di quello da due ore;
- almeno un incontro per edizione deve svolgersi in presenza, presso un laboratorio;
- la collaborazione con gli istituti tecnici superiori (ITS) va rafforzata per raggiungere i giovani tecnici.

## Iscrizioni

Le iscrizioni si chiudono il giorno prima di ciascun incontro alle ore 12:00. Per l'evento conclusivo del 29 novembre i posti sono limitati a 80 partecipanti.

Per informazioni: Segreteria Clust-ER MECH – eventi@clustermech.example.it – tel. 051 000 000

---

*Condividi:* [LinkedIn](#) · [Facebook](#) · [Email](#)

*Ultimo aggiornamento: 24 ottobre 2040*

© 2040 Associazione Clust-ER MECH – C.F. 91000000000 – [Privacy](#) – [Cookie policy](#)
"""
assert wd(2038,11,22)=='Monday'
write(F, T)
M = "Clust-ER MECH"
gold(F,
 [P("Federica Malagoli","responsabile innovazione","Tecnomacchine Carpi S.p.A."),
  P("Luca Del Monte",None,"Università di Modena e Reggio Emilia"),
  P("Giorgia Ferrari Zanetti","cluster manager",M),
  P("Nikolaos Papadakis",None,"Bonfiglioli Riduttori S.p.A."),
  P("Sara Lanzoni","ricercatrice","CNR-STIIMA"),
  P("Vincenzo Colla","assessore allo Sviluppo economico","Regione Emilia-Romagna")],
 [O("Clust-ER Meccatronica e Motoristica","Clust-ER MECH"), O("Rete Alta Tecnologia"), O("ART-ER"), O("Regione Emilia-Romagna"),
  O("Tecnomacchine Carpi S.p.A."), O("Università di Modena e Reggio Emilia","UNIMORE"), O("Bonfiglioli Riduttori S.p.A."),
  O("CNR-STIIMA"), O("Mondragon Automation Cluster"), O("SPIRIT Slovenija"), O("Confindustria Emilia")],
 [E("Robot collaborativi nelle PMI","2040-11-06",None,None,None),
  E("Gemelli digitali per le macchine automatiche","2040-11-20",None,None,None),
  E("Evento conclusivo in presenza","2040-11-29",None,"Modena","Italy"),
  E("Visita guidata ai laboratori del Tecnopolo","2040-11-29",None,"Modena","Italy"),
  E("Aperitivo di networking","2040-11-29",None,"Modena","Italy"),
  E("workshop","2038-11-22",None,"Reggio Emilia","Italy"),
  E("edizione 2039","2039-09","2039-12",None,None),
  E("quattro incontri su sicurezza informatica e macchine connesse","2038"),
  E("prima edizione","2037")],
 ["2040","2040-11-06","2040-11-20","2041-01-15","2040-11-29","2037","2039-09/2039-12","2038-11-22","2040-10-24","2039","2038","2039/2043","2041"],
 ["le PMI chiedono casi concreti e numeri di ritorno dell'investimento, non presentazioni di prodotto",
  "il formato di 90 minuti funziona meglio di quello da due ore",
  "almeno un incontro per edizione deve svolgersi in presenza, presso un laboratorio",
  "la collaborazione con gli istituti tecnici superiori (ITS) va rafforzata per raggiungere i giovani tecnici"],
 pub="2040-10-24")
