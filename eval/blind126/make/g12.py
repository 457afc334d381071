from h import *
F = 'g12_montebelluna_sportsystem_notiziario.md'
assert wd(2039,3,24)=='Thursday' and wd(2039,4,13)=='Wednesday' and wd(2039,5,5)=='Thursday' and wd(2039,3,9)=='Wednesday'
T = """**Distretto dello Sportsystem di Montebelluna** › Notizie › Notiziario soci

# Notiziario per i soci – Marzo 2039

*Pubblicato il 14 marzo 2039 · Redazione: ufficio comunicazione · Tempo di lettura: 6 minuti*

Condividi: [Facebook] [LinkedIn] [WhatsApp] [E-mail]

---

## L'incontro dei partner a Montebelluna

Si è svolto mercoledì 9 marzo 2039, presso la sede del Museo dello Scarpone e della Calzatura Sportiva, l'incontro dei partner del progetto europeo ALPS-CIRCULAR (2038–2041), finanziato dal programma Interreg Spazio Alpino. Il Consorzio Sportsystem Montebelluna, capofila del progetto, ha accolto ventidue delegati provenienti da sette regioni: tra gli altri l'agenzia di sviluppo economico della Stiria SFG, il cluster sportivo Outdoor Sports Valley di Annecy, Sporto d.o.o. di Ljubljana e la Camera di Commercio di Treviso-Belluno.

Ha aperto i lavori il presidente del Consorzio, **Giovanni Battista Zanin**, che ha ricordato come il distretto abbia «inventato lo scarpone da sci moderno e oggi deve inventare quello riciclabile». Sono intervenuti poi l'assessore regionale allo sviluppo economico del Veneto, **Chiara De Bortoli**, e **Mag. Florian Steinwender**, project manager della SFG.

Nel pomeriggio i delegati hanno effettuato una visita allo stabilimento di Tecnica Group a Giavera del Montello, dove è in funzione la prima linea sperimentale per separare scafo, scarpetta e parti metalliche degli scarponi usati. I partner sloveni e austriaci hanno chiesto di poter inviare i propri tecnici per una settimana di formazione sulla linea.

### Principali risultati dell'incontro

I partner hanno concordato quanto segue:

1. entro giugno 2039 sarà pronto un protocollo comune per lo smontaggio degli scarponi a fine vita;
2. le aziende pilota saranno dodici, tre per ciascun paese;
3. il prossimo incontro si terrà ad Annecy in ottobre 2039;
4. i risultati saranno presentati alla fiera ISPO di Monaco di Baviera.

---

## In agenda

**Giovedì 24 marzo 2039, ore 14:30 – Tavola rotonda "Materiali bio-based per la calzatura sportiva"**
Villa Correr Agazzi, Montebelluna. Introduce **Prof.ssa Elena Franceschini-Ruzza** (Università degli Studi di Padova, Dipartimento di Ingegneria Industriale). Partecipano Dolomite S.p.A., Tecnica Group e la start-up Mycelia Srl. Segue aperitivo di networking alle 18:00.

**Mercoledì 13 aprile 2039 – Assemblea dei soci**
Ordine del giorno: bilancio 2038, piano di attività 2039–2040, elezione del nuovo Consiglio direttivo. Sede: Consorzio Sportsystem, via Schiavonesca Priula 86.

**Giovedì 5 maggio 2039 – Visita studio in Baviera**
Visita alle sedi della Sportartikelindustrie Bayern e all'Hochschule Rosenheim, con il supporto di Enterprise Europe Network – Friend Europe.

---

## Notizie dai soci

- **Calzaturificio Alpina di Caerano S.r.l.** ha celebrato i 70 anni di attività (1969–2039).
- **Northwave S.r.l.** ha aperto un laboratorio di prototipazione rapida a Pederobba.
- Il designer **Karim El-Mansouri**, socio individuale, ha vinto il Compasso d'Oro ADI per lo scarpone da scialpinismo Aria.
- **Veneto Innovazione S.p.A.** ha pubblicato il bando «Distretti in rete 2039»; scadenza il 30 aprile 2039.

---

## Dalla segreteria

La direttrice del Consorzio, **Dott.ssa Laura Pellizzari**, lascerà l'incarico il 31 marzo dopo undici anni (2028–2039). Il Consiglio direttivo ha nominato come nuovo direttore **Matteo Dal Zotto**, finora responsabile progetti europei. Un ringraziamento sentito a Laura per il lavoro di questi anni, in particolare per l'organizzazione delle prime quattro edizioni dello Sportsystem Innovation Day (2035, 2036, 2037, 2038).

Per informazioni: segreteria@sportsystem.example.it · tel. 0423 000000

---

*Consorzio Sportsystem Montebelluna – Distretto dello Sportsystem · Via Schiavonesca Priula 86 · 31044 Montebelluna (TV) · P.IVA 00000000000*
*Hai ricevuto questa e-mail perché sei iscritto al notiziario. [Cancella l'iscrizione] · [Privacy]*
"""
write(F, T)
C = "Consorzio Sportsystem Montebelluna"
gold(F,
 [P("Giovanni Battista Zanin", "presidente", C),
  P("Chiara De Bortoli", "assessore regionale allo sviluppo economico del Veneto", None),
  P("Florian Steinwender", "project manager", "SFG"),
  P("Elena Franceschini-Ruzza", None, "Università degli Studi di Padova"),
  P("Karim El-Mansouri", "designer", None),
  P("Laura Pellizzari", "direttrice", C),
  P("Matteo Dal Zotto", "direttore", C)],
 [O(C), O("SFG"),
  O("Outdoor Sports Valley"), O("Sporto d.o.o."), O("Camera di Commercio di Treviso-Belluno"),
  O("Università degli Studi di Padova"), O("Dipartimento di Ingegneria Industriale"), O("Dolomite S.p.A."),
  O("Tecnica Group"), O("Mycelia Srl"), O("Sportartikelindustrie Bayern"), O("Hochschule Rosenheim"),
  O("Enterprise Europe Network – Friend Europe"), O("Calzaturificio Alpina di Caerano S.r.l."), O("Northwave S.r.l."),
  O("ADI"), O("Veneto Innovazione S.p.A.")],
 [E("incontro dei partner del progetto europeo ALPS-CIRCULAR", "2039-03-09", None, "Montebelluna", "Italy"),
  E("visita allo stabilimento di Tecnica Group", "2039-03-09", None, "Giavera del Montello", "Italy"),
  E("prossimo incontro", "2039-10", None, "Annecy", "France"),
  E("ISPO", None, None, "Monaco di Baviera", "Germany"),
  E("Tavola rotonda \"Materiali bio-based per la calzatura sportiva\"", "2039-03-24", None, "Montebelluna", "Italy"),
  E("aperitivo di networking", "2039-03-24", None, "Montebelluna", "Italy"),
  E("Assemblea dei soci", "2039-04-13", None, "Montebelluna", "Italy"),
  E("Visita studio in Baviera", "2039-05-05", None, None, "Germany"),
  E("Sportsystem Innovation Day (2035)", "2035", None, None, None),
  E("Sportsystem Innovation Day (2036)", "2036", None, None, None),
  E("Sportsystem Innovation Day (2037)", "2037", None, None, None),
  E("Sportsystem Innovation Day (2038)", "2038", None, None, None)],
 ["2039-03", "2039-03-14", "2039-03-09", "2038/2041", "2039-06", "2039-10", "2039-03-24", "2039-04-13", "2038",
  "2039/2040", "2039-05-05", "1969/2039", "2039-04-30", "2039-03-31", "2028/2039", "2035", "2036", "2037"],
 ["entro giugno 2039 sarà pronto un protocollo comune per lo smontaggio degli scarponi a fine vita",
  "le aziende pilota saranno dodici, tre per ciascun paese",
  "il prossimo incontro si terrà ad Annecy in ottobre 2039",
  "i risultati saranno presentati alla fiera ISPO di Monaco di Baviera"],
 pub="2039-03-14")
