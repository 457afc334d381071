from h import *
F = 'g02_calabria_agrifood_newsletter.md'
assert wd(2036,3,6)=='Thursday' and wd(2036,2,18)=='Monday' and wd(2036,3,5)=='Wednesday' and wd(2036,1,29)=='Tuesday'
T = """[Home](/) · [Chi siamo](/chi-siamo) · [Soci](/soci) · [Progetti](/progetti) · **Newsletter** · [Contatti](/contatti)

# Agrifood Calabria Informa – n. 2/2036

*Newsletter mensile dell'Associazione Cluster Agroalimentare Calabria (CAC) · Rende, 10 marzo 2036*

> Non visualizzi correttamente questa email? [Aprila nel browser](#)

---

## Editoriale

Cari soci, il mese di febbraio ci ha portato due buone notizie: la Regione Calabria ha confermato il finanziamento del nostro piano di attività per il triennio 2036–2038 e il numero dei soci ha superato quota cento. Non è un traguardo, è un punto di partenza. Vi aspetto numerosi all'assemblea di marzo.

*Rosaria Lo Giudice-Ferraro, Presidente del CAC*

---

## Dall'assemblea dei soci

L'**Assemblea generale dei soci** si è riunita giovedì 6 marzo 2036 nell'Aula Magna dell'Università della Calabria ad Arcavacata di Rende. Erano presenti o rappresentati 71 soci su 104. L'assemblea ha approvato il bilancio consuntivo 2035 e ha eletto il nuovo Consiglio direttivo, che resterà in carica fino al 2039:

- Rosaria Lo Giudice-Ferraro (Oleificio Valle del Crati S.r.l.), presidente
- Antonio De Marco (Consorzio di Tutela della Cipolla Rossa di Tropea), vicepresidente
- Giuseppina Arcuri (Università della Calabria), consigliera
- Francesco Paolo Scordamaglia (Confagricoltura Cosenza), consigliere
- Ilaria Spanò (Fattorie Sila Verde Soc. Coop.), tesoriera

Il direttore del cluster, **Marco Vitale**, ha presentato la relazione sulle attività 2035: 14 progetti di filiera avviati, 38 aziende accompagnate all'estero e 6 domande di brevetto depositate dai soci.

### Conclusioni dell'assemblea

Al termine del dibattito l'assemblea ha adottato le seguenti conclusioni:

1. Il cluster concentra le risorse su tre filiere: olio extravergine, agrumi e prodotti da forno tipici
2. Ogni socio nomina un referente per l'innovazione entro il 30 aprile 2036
3. Il piano di internazionalizzazione privilegia la Spagna e i Paesi del Nord Europa
4. La quota associativa resta invariata per il 2036

[Leggi il verbale completo →](/verbali/assemblea-2036)

---

## Notizie dai soci

**Agrumaria Ionica S.p.A.** di Corigliano-Rossano ha inaugurato a fine gennaio una nuova linea per la produzione di oli essenziali di bergamotto. L'amministratore delegato Domenico Alessio Greco ha ringraziato il cluster per il supporto nella domanda di finanziamento.

Il **CREA – Centro di ricerca Olivicoltura, Frutticoltura e Agrumicoltura** di Rende ha avviato con cinque aziende socie una sperimentazione sulla raccolta meccanica degli uliveti in collina. Responsabile scientifica è la dott.ssa Teresa Minniti.

---

## Cosa è successo a febbraio

- **Lunedì 18 febbraio 2036** – webinar "Etichettatura e nuove regole UE" con Coldiretti Calabria (82 partecipanti)
- **Martedì 29 gennaio 2036** – visita di una delegazione del cluster spagnolo **Clúster Agroalimentario de la Comunidad Valenciana** a Lamezia Terme, guidata dal suo direttore Vicente Martínez Peris
- **Mercoledì 5 marzo 2036**, vigilia dell'assemblea – cena sociale a Cosenza, offerta dallo sponsor Banca di Credito Cooperativo Mediocrati

---

## Prossimi appuntamenti

| Data | Evento | Luogo |
|---|---|---|
| 24–26 aprile 2036 | Missione imprenditoriale a Valencia | Valencia (Spagna) |
| 15 maggio 2036 | Giornata dell'innovazione agroalimentare, 3ª edizione | Catanzaro |
| giugno 2036 | Summer school sulla filiera dell'olio | Rossano |

Scadenza per le iscrizioni alla missione: **31 marzo 2036**. Le edizioni precedenti della Giornata dell'innovazione si sono svolte a Reggio Calabria (2034) e a Vibo Valentia (2035).

---

*Associazione Cluster Agroalimentare Calabria – Via Pietro Bucci, 87036 Rende (CS) · [newsletter@cac.example.it](mailto:newsletter@cac.example.it)*
*Ricevi questa newsletter perché sei socio o partner del cluster. [Annulla l'iscrizione](#) · [Privacy](#)*
"""
write(F, T)
A = "Associazione Cluster Agroalimentare Calabria"
gold(F,
 [P("Rosaria Lo Giudice-Ferraro","Presidente",A),
  P("Antonio De Marco","vicepresidente",A),
  P("Giuseppina Arcuri","consigliera",A),
  P("Francesco Paolo Scordamaglia","consigliere",A),
  P("Ilaria Spanò","tesoriera",A),
  P("Marco Vitale","direttore",A),
  P("Domenico Alessio Greco","amministratore delegato","Agrumaria Ionica S.p.A."),
  P("Teresa Minniti","Responsabile scientifica","CREA – Centro di ricerca Olivicoltura, Frutticoltura e Agrumicoltura"),
  P("Vicente Martínez Peris","direttore","Clúster Agroalimentario de la Comunidad Valenciana")],
 [O(A,"CAC"), O("Regione Calabria"), O("Università della Calabria"), O("Oleificio Valle del Crati S.r.l."),
  O("Consorzio di Tutela della Cipolla Rossa di Tropea"), O("Confagricoltura Cosenza"),
  O("Fattorie Sila Verde Soc. Coop."), O("Agrumaria Ionica S.p.A."),
  O("CREA – Centro di ricerca Olivicoltura, Frutticoltura e Agrumicoltura"), O("Coldiretti Calabria"),
  O("Clúster Agroalimentario de la Comunidad Valenciana"), O("Banca di Credito Cooperativo Mediocrati")],
 [E("Assemblea generale dei soci","2036-03-06",None,"Rende","Italy"),
  E("Etichettatura e nuove regole UE","2036-02-18",None,None,None),
  E("visita di una delegazione del cluster spagnolo Clúster Agroalimentario de la Comunidad Valenciana","2036-01-29",None,"Lamezia Terme","Italy"),
  E("cena sociale","2036-03-05",None,"Cosenza","Italy"),
  E("Missione imprenditoriale a Valencia","2036-04-24","2036-04-26","Valencia","Spain"),
  E("Giornata dell'innovazione agroalimentare","2036-05-15",None,"Catanzaro","Italy"),
  E("Summer school sulla filiera dell'olio","2036-06",None,"Rossano","Italy"),
  E("Giornata dell'innovazione","2034",None,"Reggio Calabria","Italy"),
  E("Giornata dell'innovazione","2035",None,"Vibo Valentia","Italy")],
 ["2036-03-10","2036/2038","2036-03-06","2035","2039","2036-04-30","2036","2036-02-18","2036-01-29","2036-03-05",
  "2036-04-24/2036-04-26","2036-05-15","2036-06","2036-03-31","2034","2036-01","2036-02","2036-03"],
 ["Il cluster concentra le risorse su tre filiere: olio extravergine, agrumi e prodotti da forno tipici",
  "Ogni socio nomina un referente per l'innovazione entro il 30 aprile 2036",
  "Il piano di internazionalizzazione privilegia la Spagna e i Paesi del Nord Europa",
  "La quota associativa resta invariata per il 2036"],
 pub="2036-03-10")
