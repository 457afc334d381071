from mk import *
doc = "clam-ciclo-webinar-ecodesign-2031.md"
text(doc, """
Home › Eventi › Webinar

# «Progettare per durare»: ciclo di webinar su ecodesign e passaporto digitale dei prodotti

*Pubblicato il 21 gennaio 2031 – Area Formazione*

Il **Cluster Legno Arredo Marche (CLAM)** organizza, con l'Università Politecnica delle Marche e la Camera di
Commercio delle Marche, un ciclo di quattro webinar gratuiti dedicati alle imprese del mobile e
dell'imbottito. Il nuovo regolamento europeo sull'ecodesign (ESPR) porterà anche nel nostro settore il
passaporto digitale dei prodotti: i webinar spiegano cosa cambia e come prepararsi.

Tutti gli incontri si tengono di giovedì, dalle 17:00 alle 18:30, su Zoom. Alcuni interventi sono in inglese,
con sottotitoli in italiano.

## Il programma

**1. Giovedì 13 febbraio 2031 – "ESPR in pratica: obblighi e scadenze per il mobile"**
Relatrice: avv. Chiara Benedetti Stolfi, Studio Legale Benedetti & Partners
Introduce Lorenzo Pieroni, presidente del CLAM.

**2. Giovedì 27 febbraio 2031 – "Digital Product Passport: a Nordic pilot"**
Relatore: Anders Holmgaard, head of sustainability di Nordvik Møbler A/S (in inglese)

**3. Giovedì 13 marzo 2031 – "Materiali riciclati e tracciabilità del legno"**
Relatori: prof.ssa Giulia Mancinelli (Università Politecnica delle Marche) e Fabio Dell'Orso, responsabile
acquisti di Arredi Tronto S.p.A.

**4. Giovedì 27 marzo 2031 – "Dal webinar al progetto: bandi e consulenze"**
Con i funzionari della Regione Marche e del punto impresa digitale della Camera di Commercio.

## Dopo il ciclo

Le imprese che partecipano ad almeno tre webinar potranno candidarsi, entro il 10 aprile 2031, a un
check-up gratuito sul passaporto digitale, svolto dai tecnici del cluster tra maggio e luglio 2031. Il ciclo
si chiude con un incontro in presenza a Pesaro, presso la sede del cluster, il 10 aprile alle 16:00, con la
consegna degli attestati.

## Iscrizioni

Iscrizione obbligatoria tramite il modulo online. Per informazioni: Marta Cecconi, referente formazione
CLAM, formazione@clam.example – tel. 0721 000000.

*Il ciclo fa parte delle attività finanziate dal PR FESR Marche 2021-2027.*

Condividi: [Facebook](#) [LinkedIn](#) [WhatsApp](#)
""")
gold(doc, "2031-01-21",
 [P("Chiara Benedetti Stolfi", None, "Studio Legale Benedetti & Partners"), P("Lorenzo Pieroni", "presidente", "CLAM"),
  P("Anders Holmgaard", "head of sustainability", "Nordvik Møbler A/S"), P("Giulia Mancinelli", None, "Università Politecnica delle Marche"),
  P("Fabio Dell'Orso", "responsabile acquisti", "Arredi Tronto S.p.A."), P("Marta Cecconi", "referente formazione", "CLAM")],
 [O("Cluster Legno Arredo Marche", "CLAM"), O("Università Politecnica delle Marche"), O("Camera di Commercio delle Marche"),
  O("Studio Legale Benedetti & Partners"), O("Nordvik Møbler A/S"), O("Arredi Tronto S.p.A."), O("Regione Marche")],
 [E("ESPR in pratica: obblighi e scadenze per il mobile", "2031-02-13", "2031-02-13", None, None),
  E("Digital Product Passport: a Nordic pilot", "2031-02-27", "2031-02-27", None, None),
  E("Materiali riciclati e tracciabilità del legno", "2031-03-13", "2031-03-13", None, None),
  E("Dal webinar al progetto: bandi e consulenze", "2031-03-27", "2031-03-27", None, None),
  E("incontro in presenza a Pesaro", "2031-04-10", "2031-04-10", "Pesaro", "Italy")],
 ["2031-01-21", "2031-02-13", "2031-02-27", "2031-03-13", "2031-03-27", "2031-04-10", "2031-05/2031-07"])
