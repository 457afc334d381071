from h import *
F = 'g02_lecce_assemblea_soci.md'
assert wd(2039,4,26)=='Tuesday' and wd(2039,4,27)=='Wednesday' and wd(2039,4,12)=='Tuesday' and wd(2039,3,29)=='Tuesday'
T = """# Convocazione dell'Assemblea ordinaria dei soci 2039

**Distretto Tecnologico Aerospaziale del Salento S.c.a r.l.** (DTAS)
Via per Monteroni, Lecce · segreteria@dtas.example.it

[Home](/) > [Il Distretto](/distretto) > [Organi](/organi) > Assemblea 2039

*Pubblicato il 29/03/2039 dalla Segreteria generale*

---

Gentili Soci,

ai sensi dell'art. 14 dello Statuto, il Consiglio di Amministrazione, riunitosi il 15 marzo 2039, ha deliberato di convocare l'Assemblea ordinaria dei soci in prima convocazione per martedì 26 aprile 2039 alle ore 8.00 presso la sede legale e, **in seconda convocazione, per mercoledì 27 aprile 2039 alle ore 10.30** presso l'Aula Magna del Dipartimento di Ingegneria dell'Innovazione dell'Università del Salento, Complesso Ecotekne, Lecce.

## Ordine del giorno

1. Comunicazioni del Presidente, ing. Raffaele De Santis
2. Approvazione del bilancio d'esercizio chiuso al 31/12/2038 e relazione del Collegio sindacale (relatore: dott.ssa Giuliana Quarta, presidente del Collegio sindacale)
3. Relazione sulle attività 2038 e programma 2039–2041 (relatore: il Direttore generale, dott. Marco Sant'Elia)
4. Ingresso di nuovi soci: Salento Drone Lab S.r.l. e Fondazione ITS Aerospazio Puglia
5. Nomina di due consiglieri in sostituzione dei dimissionari
6. Varie ed eventuali

## Programma della giornata del 27 aprile

| Ora | Attività |
|---|---|
| 10.00 | Registrazione dei partecipanti e verifica delle deleghe |
| 10.30 | Apertura dei lavori assembleari |
| 12.45 | Firma del protocollo d'intesa con il Distretto Aerospaziale della Campania (DAC) |
| 13.00 | Pranzo a buffet |
| 14.30 | Visita ai laboratori del Centro di Ricerca Aerospaziale di Grottaglie (navetta dal Complesso Ecotekne) |
| 17.30 | Rientro previsto a Lecce |

Alla firma del protocollo interverranno Luigi Esposito Ferraioli, presidente del DAC, e l'assessora allo Sviluppo economico della Regione Puglia, Annamaria Pellegrino-Caló.

## Partecipazione e deleghe

Hanno diritto di intervenire i soci in regola con il versamento delle quote consortili. Ogni socio può farsi rappresentare mediante delega scritta da un altro socio; nessun socio può ricevere più di tre deleghe. I soci che intendono seguire i lavori a distanza possono chiedere il collegamento video, che non dà però diritto di voto: le votazioni si svolgono soltanto in presenza, per alzata di mano o, su richiesta di almeno un quinto dei presenti, a scrutinio segreto. La navetta per Grottaglie ha posti limitati e va prenotata insieme alla conferma di partecipazione. Le deleghe vanno inviate alla segreteria **entro martedì 12 aprile 2039**.

La documentazione (bilancio, nota integrativa, relazione del Collegio sindacale, piano di attività) sarà disponibile nell'area riservata del sito a partire dal 5 aprile 2039.

Si ricorda che l'Assemblea 2038, tenutasi a Brindisi il 28 aprile 2038, aveva approvato all'unanimità il piano strategico triennale e l'adesione alla rete europea dei cluster aerospaziali EACP.

## Sintesi del piano di attività 2039–2041

Il Consiglio propone all'Assemblea tre priorità:

- rafforzare la filiera dei piccoli satelliti e dei droni per il monitoraggio agricolo, con un bando interno riservato alle PMI socie;
- portare almeno dieci imprese socie a fiere internazionali, a partire dal Farnborough International Airshow di luglio 2040;
- avviare con l'ARTI – Agenzia regionale per la tecnologia e l'innovazione un percorso di formazione per tecnici di manutenzione aeronautica.

La proposta è stata preparata con il supporto di un gruppo di lavoro coordinato da Francesca Dell'Anna (GE Avio S.r.l., stabilimento di Brindisi) e da Paolo Schirinzi, ricercatore del CNR-ISPC.

## Contatti

Per informazioni: Segreteria generale, dott.ssa Ilaria Congedo, tel. 0832 000000.

Lecce, 29 marzo 2039

Il Presidente del Consiglio di Amministrazione
*ing. Raffaele De Santis*

---

[Area riservata soci](/area-riservata) · [Privacy](/privacy) · [Amministrazione trasparente](/trasparenza) · © DTAS 2039 – P.IVA 00000000000
"""
write(F, T)
D="Distretto Tecnologico Aerospaziale del Salento S.c.a r.l."
gold(F,
 [P("Raffaele De Santis","Presidente",D),
  P("Giuliana Quarta","presidente del Collegio sindacale",D),
  P("Marco Sant'Elia","Direttore generale",D),
  P("Luigi Esposito Ferraioli","presidente","Distretto Aerospaziale della Campania"),
  P("Annamaria Pellegrino-Caló","assessora allo Sviluppo economico","Regione Puglia"),
  P("Francesca Dell'Anna",None,"GE Avio S.r.l."),
  P("Paolo Schirinzi","ricercatore","CNR-ISPC"),
  P("Ilaria Congedo",None,D)],
 [O(D,"DTAS"), O("Dipartimento di Ingegneria dell'Innovazione"), O("Università del Salento"),
  O("Salento Drone Lab S.r.l."), O("Fondazione ITS Aerospazio Puglia"),
  O("Distretto Aerospaziale della Campania","DAC"), O("Centro di Ricerca Aerospaziale di Grottaglie"),
  O("Regione Puglia"), O("EACP"), O("ARTI – Agenzia regionale per la tecnologia e l'innovazione","ARTI"),
  O("GE Avio S.r.l."), O("CNR-ISPC")],
 [E("Assemblea ordinaria dei soci 2039","2039-04-27",None,"Lecce","Italy"),
  E("Consiglio di Amministrazione","2039-03-15"),
  E("Firma del protocollo d'intesa con il Distretto Aerospaziale della Campania (DAC)","2039-04-27",None,"Lecce","Italy"),
  E("Visita ai laboratori del Centro di Ricerca Aerospaziale di Grottaglie","2039-04-27",None,"Grottaglie","Italy"),
  E("Assemblea 2038","2038-04-28",None,"Brindisi","Italy"),
  E("Farnborough International Airshow","2040-07",None,"Farnborough","United Kingdom")],
 ["2039-03-29","2039-03-15","2039-04-26","2039-04-27","2038-12-31","2039/2041","2039-04-12","2039-04-05","2038-04-28","2040-07","2038"],
 [], pub="2039-03-29")
