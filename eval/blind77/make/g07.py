from h import *
F = 'intervista-direttrice-polo-meccatronica-rovereto-2034.md'
assert wd(2034,10,5)=='Thursday' and wd(2034,9,21)=='Thursday', wd(2034,9,21)
T = """Home / Notizie / Interviste

# «Le piccole imprese trentine devono entrare nelle catene europee»

**Intervista a Federica Zanoni Dallapiccola, direttrice del Polo Meccatronica Trentino**

*di Matteo Giovanazzi · 21 settembre 2034 · tempo di lettura 6 minuti*

Condividi: Facebook · LinkedIn · X · E-mail

Dal 1° luglio 2034 Federica Zanoni Dallapiccola guida il Polo Meccatronica Trentino, il cluster con sede nel Progetto Manifattura di Rovereto che riunisce 96 imprese, la Fondazione Bruno Kessler (FBK) e l'Università degli Studi di Trento. Ingegnera gestionale, 46 anni, ha lavorato per dodici anni alla Bonfiglioli S.p.A. e poi a Trentino Sviluppo S.p.A. come responsabile dell'area internazionalizzazione. Le abbiamo chiesto quali sono le priorità del suo mandato, a due settimane dal Forum della Meccatronica Alpina.

## Direttrice, che cluster ha trovato al suo arrivo?

Un cluster solido, che deve molto al mio predecessore, l'ing. Claudio Pedrotti, che lo ha diretto dal 2022 e che oggi presiede il comitato tecnico-scientifico. Abbiamo laboratori condivisi, un'ottima rete con la ricerca e aziende che esportano in tutto il mondo. Quello che manca è la massa critica: il 70% dei nostri soci ha meno di cinquanta dipendenti. Da soli fanno fatica a partecipare ai bandi europei o a entrare come fornitori nei grandi gruppi tedeschi.

## Quali sono le sue tre priorità?

La prima è l'internazionalizzazione in rete: vogliamo portare gruppi di cinque o sei imprese insieme nei mercati, non una per volta. La seconda sono le competenze: con l'Istituto Tecnico Tecnologico "Guglielmo Marconi" di Rovereto e con la Fondazione Demarchi stiamo progettando un percorso ITS in meccatronica per il 2035. La terza è la transizione digitale delle PMI, dove il nostro European Digital Innovation Hub, il Trentino Digital Hub, può fare molto di più.

## Parliamo del Forum della Meccatronica Alpina. Che cosa cambia quest'anno?

Il forum si terrà il 5 e 6 ottobre 2034 al Polo Meccatronica, ed è la nona edizione. Per la prima volta sarà organizzato insieme a Mechatronik-Cluster della Business Upper Austria e al cluster bavarese Cluster Mechatronik & Automation e.V. Avremo oltre trecento partecipanti e due giornate distinte: il primo giorno le plenarie, con l'intervento di Dr. Lukas Pfisterer-Wagner, direttore generale dello Standortagentur Tirol, il secondo giorno gli incontri B2B e le visite aziendali alla Marangoni S.p.A. e alla Dana Motion Systems Italia. La sera del 5 ottobre ci sarà la cena di gala al Mart, il museo d'arte contemporanea di Rovereto.

## Il cluster è stato appena ri-certificato. Che cosa significa?

Nel giugno 2034 abbiamo ottenuto di nuovo il Gold Label della European Cluster Excellence Initiative. È un riconoscimento al lavoro della squadra, in particolare di Elisa Tomasi, la nostra responsabile qualità, che ha preparato l'audit. Per i soci è una garanzia: i servizi vengono misurati e migliorati ogni anno.

## E i rapporti con la Provincia?

Ottimi. La Provincia autonoma di Trento ci sostiene attraverso la legge provinciale sugli incentivi alle imprese e abbiamo un dialogo costante con l'assessore allo sviluppo economico, Roberta Weber Facchini. Stiamo lavorando insieme alla revisione della Strategia di specializzazione intelligente 2035–2041, che sarà presentata a Trento nella primavera 2035.

## Quanto conta l'Europa per un cluster trentino?

Moltissimo. Partecipiamo alla European Strategic Cluster Partnership "ALP-MECH" insieme a sei cluster di Austria, Germania, Francia, Slovenia e Svizzera, e a novembre ospiteremo a Rovereto il comitato di pilotaggio del partenariato, il 16 novembre 2034. Collaboriamo anche con la rete Enterprise Europe Network, attraverso lo sportello di Trentino Sviluppo, per la ricerca partner. Il mio obiettivo è che almeno venti soci all'anno partecipino a una missione all'estero con il cluster.

## E le start-up?

Sono il nostro futuro. Con Hub Innovazione Trentino abbiamo lanciato un programma che mette in contatto le start-up con le aziende manifatturiere del cluster. La prima call si è chiusa il 15 settembre 2034 con 27 candidature; le dieci selezionate presenteranno i loro progetti al forum.

## Che cosa chiede ai soci?

Di uscire dalla logica del "ognuno per sé". Nel 2033 abbiamo avviato tre progetti di filiera: uno sui riduttori per la robotica, uno sulla manutenzione predittiva e uno sulla riduzione dell'energia nei processi di lavorazione. Hanno coinvolto diciannove aziende e sono andati molto bene. Chiedo ai soci di proporne altri, anche piccoli. Il cluster c'è per questo.

## Un'ultima domanda: come si vede fra cinque anni?

Vorrei un Polo in cui le aziende trentine siano conosciute a Monaco, Linz e Lione come partner affidabili, non solo come fornitori economici. E vorrei che i giovani ingegneri che oggi vanno a Milano o all'estero trovassero qui lavori interessanti. Se tra cinque anni avremo raggiunto questo, sarò soddisfatta.

---

**Polo Meccatronica Trentino** · Piazza Manifattura 1, 38068 Rovereto (TN) · info@polomeccatronica.it

*Foto: Federica Zanoni Dallapiccola nel laboratorio ProM Facility (foto Trentino Sviluppo / Daniele Mosna)*

**Leggi anche:** Forum della Meccatronica Alpina 2034: il programma completo · Nuovi soci: quattro imprese della Vallagarina entrano nel Polo · Bando FESR 2034: le scadenze per le imprese
"""
write(F, T)
gold(F, [
 P("Federica Zanoni Dallapiccola", "direttrice", "Polo Meccatronica Trentino"),
 P("Matteo Giovanazzi", None, None),
 P("Claudio Pedrotti", "presiede il comitato tecnico-scientifico", None),
 P("Lukas Pfisterer-Wagner", "direttore generale", "Standortagentur Tirol"),
 P("Elisa Tomasi", "responsabile qualità", None),
 P("Roberta Weber Facchini", "assessore allo sviluppo economico", "Provincia autonoma di Trento"),
 P("Daniele Mosna", None, None),
],[
 O("Polo Meccatronica Trentino"),
 O("Progetto Manifattura"),
 O("Fondazione Bruno Kessler","FBK"),
 O("Università degli Studi di Trento"),
 O("Bonfiglioli S.p.A."),
 O("Trentino Sviluppo S.p.A."),
 O("Istituto Tecnico Tecnologico \"Guglielmo Marconi\""),
 O("Fondazione Demarchi"),
 O("Trentino Digital Hub"),
 O("Mechatronik-Cluster"),
 O("Business Upper Austria"),
 O("Cluster Mechatronik & Automation e.V."),
 O("Standortagentur Tirol"),
 O("Marangoni S.p.A."),
 O("Dana Motion Systems Italia"),
 O("Mart"),
 O("European Cluster Excellence Initiative"),
 O("Provincia autonoma di Trento"),
 O("ProM Facility"),
 O("Enterprise Europe Network"),
 O("Hub Innovazione Trentino"),
 O("ALP-MECH"),
],[
 E("Forum della Meccatronica Alpina","2034-10-05","2034-10-06","Rovereto","Italy"),
 E("incontri B2B","2034-10-06","2034-10-06","Rovereto","Italy"),
 E("visite aziendali","2034-10-06","2034-10-06",None,None),
 E("comitato di pilotaggio del partenariato","2034-11-16","2034-11-16","Rovereto","Italy"),
 E("cena di gala","2034-10-05","2034-10-05","Rovereto","Italy"),
],["2034-09-21","2034-07-01","2022","2035","2034-10-05/2034-10-06","2034-10-05","2034-06","2035/2041","2033","2034-11-16","2034-09-15"],[], pub="2034-09-21")
