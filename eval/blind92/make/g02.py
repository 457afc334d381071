from h import *
F = 'g02_calabria_agroalimentare_consiglio.md'
assert wd(2038,4,29)=='Thursday' and wd(2038,6,15)=='Tuesday'
T = """[Home](/) > [Chi siamo](/chi-siamo) > Organi sociali

# Organi sociali del Cluster Agroalimentare Calabria

*Ultimo aggiornamento: 6 maggio 2038* · [Versione stampabile](/organi.pdf) · [English](/en/board)

Il **Cluster Agroalimentare Calabria (CAC)** è un'associazione riconosciuta senza scopo di lucro con sede a Rende (Cosenza). Riunisce 96 soci: imprese di trasformazione, cooperative olivicole, consorzi di tutela, l'Università della Calabria e tre centri di ricerca. Gli organi sociali sono l'Assemblea dei soci, il Consiglio Direttivo, il Presidente e il Collegio dei Revisori.

## Consiglio Direttivo 2038–2041

Il Consiglio Direttivo è stato eletto dall'Assemblea dei soci riunita giovedì 29 aprile 2038 nell'Aula Magna dell'Università della Calabria a Rende. I consiglieri restano in carica tre anni.

| Carica | Nome | Impresa o ente socio |
|---|---|---|
| Presidente | Francesca Guarascio | Oleificio Guarascio S.r.l. (Rossano) |
| Vicepresidente vicario | Domenico Scalise | Consorzio di tutela della Cipolla Rossa di Tropea Calabria IGP |
| Vicepresidente | Teresa Lo Giudice | Università della Calabria – Dipartimento di Ingegneria dell'Ambiente |
| Tesoriere | Antonio Pugliese | Caseificio Silano Soc. Coop. Agricola |
| Consigliere | Giuseppe Mazzei | Liquirizia Calabra S.p.A. |
| Consigliere | Rosaria Ferraro | Bergamotto di Reggio S.r.l. |
| Consigliere | Marco De Luca | Confagricoltura Cosenza |
| Consigliere | Ilaria Bruno | Salumificio Aspromonte S.a.s. |
| Consigliere | Pasquale Gallo | Fondazione Mediterranea Terina |

## Collegio dei Revisori

- Carmela Iannino, presidente del Collegio
- Vincenzo Arcuri, revisore
- Luisa Perri, revisore supplente

## Direzione

La gestione operativa è affidata al **Direttore Ernesto Valentini**, in carica dal 2035, coadiuvato da **Sara Morrone** (responsabile progetti europei) e **Gianluca Trotta** (segreteria soci).

## Presidenti dal 2029

- 2029–2032: Salvatore Caruso (Frantoio Caruso)
- 2032–2038: Angela Rizzo (Rizzo Conserve S.r.l.)
- dal 2038: Francesca Guarascio

## Il saluto della nuova Presidente

> «Ringrazio Angela Rizzo per sei anni di lavoro generoso. Il nostro compito ora è portare le piccole imprese dentro i mercati esteri senza perdere il legame con il territorio» — Francesca Guarascio, intervento all'Assemblea del 29 aprile 2038.

All'Assemblea sono intervenuti anche l'Assessore regionale all'Agricoltura **Gianfranco Morelli** e il Rettore dell'Università della Calabria, **Prof.ssa Nadia Leone**, che ha ricordato la convenzione sul laboratorio di analisi sensoriale firmata nel 2036.

## Decisioni dell'Assemblea

1. Approvato il bilancio consuntivo 2037 con un avanzo di 41.200 euro.
2. Approvata la quota associativa invariata per il 2038.
3. Approvato il piano di attività che prevede due missioni commerciali in Germania e in Canada.
4. Istituito un gruppo di lavoro sull'acqua irrigua coordinato da Domenico Scalise.

## Come si diventa soci

Possono aderire al Cluster le imprese con sede operativa in Calabria, gli enti di ricerca, le associazioni di categoria e gli enti locali. La domanda di adesione, firmata dal legale rappresentante, va inviata alla segreteria insieme alla visura camerale e a una breve presentazione dell'attività. Il Consiglio Direttivo esamina le domande ogni tre mesi e comunica l'esito entro trenta giorni. La quota annua è di 300 euro per le microimprese, di 600 euro per le piccole e medie imprese e di 1.200 euro per le grandi imprese e gli enti pubblici. I soci partecipano gratuitamente ai gruppi di lavoro e ricevono la newsletter mensile.

## Prossimi appuntamenti

- **Martedì 15 giugno 2038**, ore 10:00 – prima riunione del Consiglio Direttivo allargato ai gruppi di lavoro, sede di Rende
- **24–26 settembre 2038** – collettiva del cluster al salone Anuga di Colonia

---
Cluster Agroalimentare Calabria · Via Pietro Bucci 5, 87036 Rende (CS) · C.F. 00000000000 · segreteria@cac.example.it · PEC cac@pec.example.it
[Privacy](/privacy) · [Cookie](/cookie) · [Trasparenza](/trasparenza) · Condividi: [Facebook](#) [LinkedIn](#) [WhatsApp](#)
"""
write(F, T)
U='Università della Calabria'; C='Cluster Agroalimentare Calabria'
gold(F,
 [P('Francesca Guarascio','Presidente','Cluster Agroalimentare Calabria'),
  P('Domenico Scalise','Vicepresidente vicario','Cluster Agroalimentare Calabria'),
  P('Teresa Lo Giudice','Vicepresidente',"Cluster Agroalimentare Calabria"),
  P('Antonio Pugliese','Tesoriere','Cluster Agroalimentare Calabria'),
  P('Giuseppe Mazzei','Consigliere','Cluster Agroalimentare Calabria'), P('Rosaria Ferraro','Consigliere','Cluster Agroalimentare Calabria'),
  P('Marco De Luca','Consigliere','Cluster Agroalimentare Calabria'), P('Ilaria Bruno','Consigliere','Cluster Agroalimentare Calabria'),
  P('Pasquale Gallo','Consigliere','Cluster Agroalimentare Calabria'),
  P('Carmela Iannino','presidente del Collegio',C), P('Vincenzo Arcuri','revisore',C),
  P('Luisa Perri','revisore supplente',C),
  P('Ernesto Valentini','Direttore',C), P('Sara Morrone','responsabile progetti europei',C), P('Gianluca Trotta','segreteria soci',C),
  P('Salvatore Caruso','Presidente','Cluster Agroalimentare Calabria'), P('Angela Rizzo','Presidente','Cluster Agroalimentare Calabria'),
  P('Gianfranco Morelli',"Assessore regionale all'Agricoltura",None), P('Nadia Leone','Rettore',U)],
 [O(C,'CAC'), O(U), O('Oleificio Guarascio S.r.l.'), O('Consorzio di tutela della Cipolla Rossa di Tropea Calabria IGP'),
  O("Dipartimento di Ingegneria dell'Ambiente"), O('Caseificio Silano Soc. Coop. Agricola'), O('Liquirizia Calabra S.p.A.'),
  O('Bergamotto di Reggio S.r.l.'), O('Confagricoltura Cosenza'), O('Salumificio Aspromonte S.a.s.'),
  O('Fondazione Mediterranea Terina'), O('Frantoio Caruso'), O('Rizzo Conserve S.r.l.')],
 [E('Assemblea dei soci','2038-04-29',None,'Rende','Italy'),
  E('riunione del Consiglio Direttivo','2038-06-15',None,'Rende','Italy'),
  E('Anuga','2038-09-24','2038-09-26','Colonia','Germany')],
 ['2038-05-06','2038/2041','2038-04-29','2035','2029','2029/2032','2032/2038','2038','2036','2037','2038-06-15','2038-09-24/2038-09-26'],
 ['Approvato il bilancio consuntivo 2037 con un avanzo di 41.200 euro',
  'Approvata la quota associativa invariata per il 2038',
  'Approvato il piano di attività che prevede due missioni commerciali in Germania e in Canada',
  'Istituito un gruppo di lavoro sull\'acqua irrigua coordinato da Domenico Scalise'], pub='2038-05-06')
