from h import *
F = 'g04_brescia_meccatronica_organi.md'
assert wd(2039,3,28)=='Monday' and wd(2039,5,19)=='Thursday' and wd(2039,9,22)=='Thursday'
T = """[Home](/) · [Chi siamo](/chi-siamo) · **Organi sociali** · [Soci](/soci) · [Progetti](/progetti) · [Eventi](/eventi) · [Contatti](/contatti) · [EN](/en)

# Organi sociali

*Aggiornato al 4 aprile 2039*

Il Consorzio Meccatronica Bresciana (CMB) è un'associazione riconosciuta che riunisce 164 imprese, due università e sei enti di formazione della provincia di Brescia e della Valle Camonica. Gli organi sociali sono l'Assemblea dei soci, il Consiglio direttivo, il Comitato di presidenza, il Collegio dei revisori dei conti e il Comitato tecnico-scientifico. Le cariche sono gratuite e durano tre esercizi.

Il Consiglio direttivo in carica è stato eletto dall'Assemblea dei soci di lunedì 28 marzo 2039, che si è tenuta nell'Auditorium di Confindustria Brescia in via Cefalonia. Hanno votato 121 soci su 164.

## Comitato di presidenza

- Presidente: Giulia Bonomelli, Bonomelli Automazioni S.p.A.
- Vicepresidente vicario: Stefano Zanardelli, Officine Zanardelli S.r.l.
- Vicepresidente con delega all'internazionalizzazione: Chiara Moretti-Franzoni, Franzoni Robotics S.r.l.
- Vicepresidente con delega alla formazione: prof. Luca Pedrali, Università degli Studi di Brescia
- Tesoriere: Alberto Gnutti, Gnutti Sensori S.r.l.

## Consiglio direttivo

- Consigliere: Roberta Lancini, Lancini Oleodinamica S.p.A.
- Consigliere: Matteo Belotti, Camuna Stampi S.r.l.
- Consigliere: Federica Sora, Sora Controlli Numerici S.n.c.
- Consigliere: Paolo Marchina, ITS Machina Lonati
- Consigliere: Davide Franchi, Franchi & Salvi Engineering S.r.l.
- Consigliere: ing. Elena Bertoli, CSMT Gestione S.c.a r.l.
- Consigliere (nominato dalla Camera di Commercio): Michele Ghidini, Camera di Commercio di Brescia
- Consigliere cooptato: Ivan Tognoli, Tognoli Fonderie S.p.A.

Ivan Tognoli è stato cooptato dal Consiglio il 19 maggio 2039 in sostituzione di Sergio Raineri (Raineri Meccanica S.r.l.), dimessosi per motivi personali; la cooptazione sarà sottoposta a ratifica alla prossima Assemblea.

## Collegio dei revisori dei conti

- Presidente del Collegio: dott.ssa Valeria Comini, Studio Comini & Associati
- Revisore effettivo: Gianpietro Loda, libero professionista
- Revisore effettivo: Marta Pezzotti, Pezzotti Consulting S.r.l.
- Revisore supplente: Enrico Bazzoli

## Comitato tecnico-scientifico

Il Comitato tecnico-scientifico propone le linee di ricerca del Consorzio e valuta le idee progettuali dei soci. È coordinato da prof.ssa Nadia Ferrari-Trecani (Politecnico di Milano, Dipartimento di Meccanica) e ne fanno parte Roberto Vezzoli (Università degli Studi di Bergamo), Silvia Pasotti (Fondazione AIB), Andrea Cavalleri (Bonomelli Automazioni S.p.A.) e Dario Mensi (Rete Lombarda Robotica).

## Direzione

- Direttore generale: Lorenzo Ghitti – direzione@meccatronicabresciana.it – +39 030 3771 200
- Responsabile amministrazione: Paola Scalvini – amministrazione@meccatronicabresciana.it
- Responsabile progetti europei: Tommaso Zubani – progetti@meccatronicabresciana.it

## Presidenti del Consorzio

| Mandato | Presidente | Impresa |
|---|---|---|
| 2026–2030 | Franco Archetti | Archetti Meccanica S.p.A. |
| 2030–2033 | Rosanna Bettoni | Bettoni Trasmissioni S.r.l. |
| 2033–2039 | Stefano Zanardelli | Officine Zanardelli S.r.l. |
| dal 2039 | Giulia Bonomelli | Bonomelli Automazioni S.p.A. |

## Il programma del mandato 2039–2041

Nel suo intervento di insediamento la presidente Bonomelli ha indicato tre priorità per il triennio:

1. portare a 200 il numero dei soci, con un'attenzione particolare alle piccole imprese della Valle Camonica e della Bassa bresciana;
2. creare entro il 2040 un laboratorio condiviso di robotica collaborativa presso il CSMT;
3. raddoppiare il numero di tecnici formati con l'ITS Machina Lonati.

«Il Consorzio deve essere il luogo dove una piccola officina trova il partner per il suo primo robot», ha detto la presidente, ringraziando il presidente uscente Stefano Zanardelli, che resta nel Comitato di presidenza come vicepresidente vicario.

## Prossimi appuntamenti degli organi

- Giovedì 22 settembre 2039, ore 17.30: riunione del Consiglio direttivo, sede di CSMT, Brescia
- Novembre 2039: Assemblea dei soci per l'approvazione del bilancio preventivo 2040 (la data sarà comunicata ai soci con almeno 15 giorni di anticipo)

Documenti: [Statuto (PDF)](/docs/statuto.pdf) · [Regolamento del Consiglio (PDF)](/docs/regolamento.pdf) · [Verbale dell'Assemblea del 28 marzo 2039 (area riservata)](/soci/verbali)

---

Consorzio Meccatronica Bresciana · Via Branze 45, 25123 Brescia · C.F. 98234560175 · info@meccatronicabresciana.it
[Privacy](/privacy) · [Cookie](/cookie) · Seguici su LinkedIn e YouTube
"""
write(F, T)
C='Consorzio Meccatronica Bresciana'
gold(F,
 [P("Giulia Bonomelli","Presidente",C), P("Stefano Zanardelli","Vicepresidente vicario",C),
  P("Chiara Moretti-Franzoni","Vicepresidente con delega all'internazionalizzazione",C),
  P("Luca Pedrali","Vicepresidente con delega alla formazione",C), P("Alberto Gnutti","Tesoriere",C),
  P("Roberta Lancini","Consigliere",C), P("Matteo Belotti","Consigliere",C), P("Federica Sora","Consigliere",C),
  P("Paolo Marchina","Consigliere",C), P("Davide Franchi","Consigliere",C), P("Elena Bertoli","Consigliere",C),
  P("Michele Ghidini","Consigliere (nominato dalla Camera di Commercio)",C), P("Ivan Tognoli","Consigliere cooptato",C),
  P("Sergio Raineri",None,"Raineri Meccanica S.r.l."), P("Valeria Comini","Presidente del Collegio",C),
  P("Gianpietro Loda","Revisore effettivo",C), P("Marta Pezzotti","Revisore effettivo",C), P("Enrico Bazzoli","Revisore supplente",C),
  P("Nadia Ferrari-Trecani",None,"Politecnico di Milano"), P("Roberto Vezzoli",None,"Università degli Studi di Bergamo"),
  P("Silvia Pasotti",None,"Fondazione AIB"), P("Andrea Cavalleri",None,"Bonomelli Automazioni S.p.A."),
  P("Dario Mensi",None,"Rete Lombarda Robotica"), P("Lorenzo Ghitti","Direttore generale",C),
  P("Paola Scalvini","Responsabile amministrazione",C), P("Tommaso Zubani","Responsabile progetti europei",C),
  P("Franco Archetti","Presidente",C), P("Rosanna Bettoni","Presidente",C)],
 [O(C,"CMB"), O("Confindustria Brescia"), O("Bonomelli Automazioni S.p.A."), O("Officine Zanardelli S.r.l."),
  O("Franzoni Robotics S.r.l."), O("Università degli Studi di Brescia"), O("Gnutti Sensori S.r.l."), O("Lancini Oleodinamica S.p.A."),
  O("Camuna Stampi S.r.l."), O("Sora Controlli Numerici S.n.c."), O("ITS Machina Lonati"), O("Franchi & Salvi Engineering S.r.l."),
  O("CSMT Gestione S.c.a r.l.","CSMT"), O("Camera di Commercio di Brescia"), O("Tognoli Fonderie S.p.A."), O("Raineri Meccanica S.r.l."),
  O("Studio Comini & Associati"), O("Pezzotti Consulting S.r.l."), O("Politecnico di Milano"), O("Dipartimento di Meccanica"),
  O("Università degli Studi di Bergamo"), O("Fondazione AIB"), O("Rete Lombarda Robotica"), O("Archetti Meccanica S.p.A."),
  O("Bettoni Trasmissioni S.r.l.")],
 [E("Assemblea dei soci","2039-03-28",None,"Brescia","Italy"), E("riunione del Consiglio direttivo","2039-09-22",None,"Brescia","Italy"),
  E("Assemblea dei soci per l'approvazione del bilancio preventivo 2040","2039-11",None,None,None)],
 ["2039-04-04","2039-03-28","2039-05-19","2026/2030","2030/2033","2033/2039","2039","2039/2041","2040","2039-09-22","2039-11"],
 [], None)
