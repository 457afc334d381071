from h import *
F = 'g03_cartacirc_lucca_meeting.md'
assert wd(2035,9,24)=='Monday' and wd(2035,9,25)=='Tuesday'
T = """[Home](/) | [Il progetto](/progetto) | [Partner](/partner) | [Eventi](/eventi) | [Notizie](/notizie) | [Contatti](/contatti) | EN · IT

# A Lucca il terzo meeting dei partner di CARTA-CIRC

*Pubblicato il 2 ottobre 2035 · Categoria: Eventi di progetto · Tempo di lettura: 4 minuti*

Il distretto cartario lucchese ha ospitato **lunedì 24 e martedì 25 settembre 2035** il terzo meeting dei partner del progetto Interreg Europe **CARTA-CIRC**, dedicato alle politiche regionali per l'economia circolare nell'industria della carta e del cartone. Una ventina di rappresentanti dei sei partner, provenienti da Italia, Germania, Finlandia e Spagna, si sono ritrovati nella sede dell'Associazione Industriali della Carta di Lucca (AICL), a Capannori.

Ad aprire i lavori è stato **Marco Del Carlo**, assessore allo sviluppo economico del Comune di Capannori, che ha ricordato come nel distretto lavorino oltre 7.000 persone in circa 150 imprese. Per il capofila, la Provincia di Lucca, ha preso la parola la coordinatrice del progetto, **Giulia Bertolucci-Ranieri**, che ha presentato lo stato di avanzamento dopo i primi dieci mesi.

## I partner del progetto

- Provincia di Lucca (Italia) – capofila
- Associazione Industriali della Carta di Lucca (AICL) (Italia)
- Papiertechnische Stiftung (PTS), Heidenau (Germania)
- Kymenlaakson liitto – Regional Council of Kymenlaakso (Finlandia)
- Clúster Papeleiro de Galicia (Spagna)
- Diputación Provincial de Lugo (Spagna)

## Programma

**Lunedì 24 settembre**

- 9:30 – Registrazione e caffè di benvenuto
- 10:00 – Saluti istituzionali (Marco Del Carlo, Comune di Capannori)
- 10:30 – Stato del progetto e rendicontazione del primo semestre (Provincia di Lucca)
- 11:30 – Le regole del programma: consigli del Segretariato congiunto di Interreg Europe (Pieter Van den Bossche, project officer)
- 13:00 – Pranzo
- 14:00 – Presentazione delle buone pratiche regionali: un partner, quindici minuti
- 16:00 – Tavolo degli stakeholder: fanghi di cartiera e recupero delle fibre
- 20:00 – Cena sociale a Lucca

**Martedì 25 settembre**

- 9:00 – Comitato di pilotaggio (Steering Committee)
- 11:00 – Piano di comunicazione e prossimi eventi
- 14:00 – Visita di studio alla Cartiera Fratelli Pardini S.p.A., Porcari
- 16:30 – Chiusura

## Le buone pratiche presentate

Il tedesco **Dr. Falk Oehme-Richter** (PTS) ha illustrato il centro di prova per imballaggi riciclabili di Heidenau, mentre **Sanna Kärkkäinen**, esperta di sviluppo regionale del Kymenlaakson liitto, ha raccontato il programma finlandese che trasforma i residui di lavorazione della cellulosa in materiali per l'edilizia. Per la Galizia, **Xosé Manuel Vázquez Outeiral**, gerente del Clúster Papeleiro de Galicia, ha presentato un sistema di voucher per le PMI che acquistano servizi di analisi del ciclo di vita.

Al tavolo degli stakeholder del pomeriggio hanno partecipato anche la Regione Toscana, con la dirigente **Francesca Lenzi**, e l'Università di Pisa. Si è discusso soprattutto dei fanghi di cartiera, che oggi finiscono in gran parte in discarica.

Durante la visita di studio a Porcari, il direttore tecnico della cartiera, **Lorenzo Pardini**, ha mostrato il nuovo impianto per il recupero delle fibre corte, finanziato in parte con fondi regionali.

## Conclusioni

Al termine del meeting i partner hanno condiviso le seguenti conclusioni:

1. Le politiche regionali devono trattare i fanghi di cartiera come risorsa e non più come rifiuto, semplificando le autorizzazioni al loro riutilizzo
2. I voucher galiziani per le analisi del ciclo di vita sono trasferibili in Toscana e saranno valutati per il piano d'azione della Provincia di Lucca
3. Ogni partner coinvolgerà almeno un'impresa nel prossimo scambio di esperienze
4. Serve un confronto più stretto con le autorità di gestione dei programmi regionali FESR già nel secondo semestre

## Prossimi appuntamenti

Il progetto è partito con il kick-off di Kouvola del febbraio 2035 ed è proseguito con il meeting di Heidenau a giugno. Il quarto meeting dei partner si terrà a Lugo nel marzo 2036, ospitato dalla Diputación Provincial de Lugo. La conferenza finale della prima fase è prevista per l'autunno 2036.

*Per informazioni: Giulia Bertolucci-Ranieri, Provincia di Lucca – Ufficio Politiche Comunitarie, cartacirc@provincia.lucca.example.it*

---

Progetto cofinanziato dal Fondo europeo di sviluppo regionale nell'ambito del programma Interreg Europe 2021–2027.
[Privacy](/privacy) · [Cookie](/cookie) · Condividi: [LinkedIn](#) · [Facebook](#) · [X](#)
"""
write(F, T)
gold(F,
 [P("Marco Del Carlo","assessore allo sviluppo economico","Comune di Capannori"),
  P("Giulia Bertolucci-Ranieri","coordinatrice del progetto","Provincia di Lucca"),
  P("Pieter Van den Bossche","project officer","Segretariato congiunto di Interreg Europe"),
  P("Falk Oehme-Richter",None,"PTS"),
  P("Sanna Kärkkäinen","esperta di sviluppo regionale","Kymenlaakson liitto"),
  P("Xosé Manuel Vázquez Outeiral","gerente","Clúster Papeleiro de Galicia"),
  P("Francesca Lenzi","dirigente","Regione Toscana"),
  P("Lorenzo Pardini","direttore tecnico","Cartiera Fratelli Pardini S.p.A.")],
 [O("Associazione Industriali della Carta di Lucca","AICL"), O("Comune di Capannori"), O("Provincia di Lucca"),
  O("Papiertechnische Stiftung","PTS"), O("Kymenlaakson liitto"),
  O("Clúster Papeleiro de Galicia"), O("Diputación Provincial de Lugo"),
  O("Segretariato congiunto di Interreg Europe"), O("Cartiera Fratelli Pardini S.p.A."),
  O("Regione Toscana"), O("Università di Pisa"), O("Ufficio Politiche Comunitarie")],
 [E("terzo meeting dei partner","2035-09-24","2035-09-25","Capannori","Italy"),
  E("Cena sociale","2035-09-24",None,"Lucca","Italy"),
  E("Comitato di pilotaggio","2035-09-25",None,"Capannori","Italy"),
  E("Visita di studio alla Cartiera Fratelli Pardini S.p.A.","2035-09-25",None,"Porcari","Italy"),
  E("kick-off","2035-02",None,"Kouvola","Finland"),
  E("meeting di Heidenau","2035-06",None,"Heidenau","Germany"),
  E("quarto meeting dei partner","2036-03",None,"Lugo","Spain"),
  E("conferenza finale della prima fase","2036",None,None,None)],
 ["2035-10-02","2035-09-24/2035-09-25","2035-09-24","2035-09-25","2035-02","2035-06","2036-03","2036","2021/2027"],
 ["Le politiche regionali devono trattare i fanghi di cartiera come risorsa e non più come rifiuto, semplificando le autorizzazioni al loro riutilizzo",
  "I voucher galiziani per le analisi del ciclo di vita sono trasferibili in Toscana e saranno valutati per il piano d'azione della Provincia di Lucca",
  "Ogni partner coinvolgerà almeno un'impresa nel prossimo scambio di esperienze",
  "Serve un confronto più stretto con le autorità di gestione dei programmi regionali FESR già nel secondo semestre"],
 pub="2035-10-02")
