import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g04.md'
t = f"""[Home](/) · [Il Distretto](/distretto) · [Soci](/soci) · [Progetti](/progetti) · **News** · [Contatti](/contatti)

# Assemblea dei soci: Giuseppina Di Iorio eletta presidente del Distretto Agroalimentare del Molise

*Campobasso, {day(2040,4,27,'it')} 27 aprile 2040* — di Redazione DAM

L'Assemblea dei soci del **Distretto Agroalimentare di Qualità del Molise (DAM)**, riunita ieri pomeriggio nell'Aula Magna dell'Università degli Studi del Molise a Campobasso, ha eletto all'unanimità **Giuseppina Di Iorio** presidente per il triennio 2040–2043. Di Iorio, amministratrice delegata del Pastificio Trignina S.r.l. di Trivento, succede a **Nicola Petrecca**, che ha guidato il distretto per due mandati consecutivi e resta nel consiglio direttivo come past president.

Alla seduta erano presenti, in proprio o per delega, 71 dei 96 soci: aziende di trasformazione, cooperative agricole, consorzi di tutela, enti di ricerca e istituzioni locali.

## Il nuovo Consiglio Direttivo

| Carica | Nome | Ente/Impresa |
|---|---|---|
| Presidente | Giuseppina Di Iorio | Pastificio Trignina S.r.l. |
| Vicepresidente | Antonio Colavita | Cantina Sociale Biferno Soc. Coop. Agricola |
| Consigliere | Maria Grazia Fanelli | Consorzio di Tutela Caciocavallo di Agnone |
| Consigliere | Luca Iannacone | Oleificio Frentano S.r.l. |
| Consigliere | prof. Pasquale Zappone | Università degli Studi del Molise – Dipartimento Agricoltura, Ambiente e Alimenti |
| Consigliere | Rita Santoianni | Confcooperative Molise |
| Past president | Nicola Petrecca | — |

Il **Collegio dei Revisori** è composto da Federico Mastropaolo (presidente), Giulia Tartaglia e Ettore Ciccone.

## Chi è il distretto

Il distretto è nato nel 2031 come associazione senza scopo di lucro, su iniziativa di un gruppo di pastifici e cantine del Basso Molise, ed è stato riconosciuto dalla Regione come distretto del cibo nel 2033. Oggi conta sei dipendenti e gestisce, oltre ai servizi ai soci, due laboratori condivisi per le analisi sensoriali e la shelf life dei prodotti. Negli ultimi tre anni i soci hanno partecipato a undici missioni commerciali all'estero, soprattutto in Germania, Canada e Giappone, e a un programma di formazione sulla sostenibilità che ha coinvolto oltre duecento addetti delle imprese associate.

## Le parole della nuova presidente

> «Il Molise produce poco ma produce bene. Dobbiamo smettere di vendere materia prima ad altre regioni e trattenere qui il valore: pasta, olio, formaggi e vino con un marchio di distretto riconoscibile», ha detto Di Iorio dopo il voto.

Il presidente uscente Petrecca ha ricordato i risultati del suo mandato: la nascita della piattaforma logistica condivisa di Termoli, dodici progetti di ricerca finanziati con la Regione Molise e la partecipazione del distretto a tre edizioni consecutive di Cibus a Parma. L'assessore regionale alle attività produttive, **Vincenzo Niro**, è intervenuto in apertura confermando il cofinanziamento del programma di attività 2040.

## Deliberazioni dell'Assemblea

1. approvazione del bilancio consuntivo 2039, chiuso con un avanzo di 18.400 euro;
2. approvazione del piano di attività e del bilancio preventivo 2040;
3. ammissione di quattro nuovi soci: Mulino Sannita S.r.l., Apicoltura Matesina di Cristina Ruccolo, Birrificio del Volturno S.r.l.s. e ITS Agroalimentare Molise;
4. adesione del distretto al Cluster Agrifood Nazionale CL.A.N.

## Prossimi appuntamenti

- **{day(2040,5,14,'it')} 14 maggio 2040**, ore 10:00 – primo Consiglio Direttivo, sede del distretto, Campobasso
- **6–9 maggio 2040** – collettiva molisana a Cibus 2040, Parma (stand Padiglione 5)
- **{day(2040,6,5,'it')} 5 giugno 2040** – workshop "Etichettatura e mercati esteri" con ICE Agenzia, Isernia

---

**Segreteria del Distretto**
Via Genova 11, 86100 Campobasso · tel. 0874 555 308 · segreteria@distrettomolise.it
Coordinatrice: dott.ssa Elena Cefaratti

*Foto: il nuovo consiglio direttivo (ph. DAM)*

Condividi: [Facebook](#) [LinkedIn](#) [WhatsApp](#)

© 2040 Distretto Agroalimentare di Qualità del Molise – P.IVA 01876540700 · [Privacy](/privacy) · [Cookie](/cookie)
"""
write(F, t)
D = 'Distretto Agroalimentare di Qualità del Molise'
people = [P('Giuseppina Di Iorio', 'Presidente', 'Distretto Agroalimentare di Qualità del Molise'), P('Nicola Petrecca', 'Past president', D),
 P('Antonio Colavita', 'Vicepresidente', 'Distretto Agroalimentare di Qualità del Molise'),
 P('Maria Grazia Fanelli', 'Consigliere', 'Distretto Agroalimentare di Qualità del Molise'),
 P('Luca Iannacone', 'Consigliere', 'Distretto Agroalimentare di Qualità del Molise'),
 P('Pasquale Zappone', 'Consigliere', 'Distretto Agroalimentare di Qualità del Molise'),
 P('Rita Santoianni', 'Consigliere', 'Distretto Agroalimentare di Qualità del Molise'), P('Federico Mastropaolo', 'presidente', 'Collegio dei Revisori'),
 P('Giulia Tartaglia', None, 'Collegio dei Revisori'), P('Ettore Ciccone', None, 'Collegio dei Revisori'),
 P('Vincenzo Niro', 'assessore regionale alle attività produttive', 'Regione Molise'), P('Cristina Ruccolo', None, 'Apicoltura Matesina di Cristina Ruccolo'),
 P('Elena Cefaratti', 'Coordinatrice', 'Segreteria del Distretto')]
orgs = [O(D, 'DAM'), O('Università degli Studi del Molise'), O('Pastificio Trignina S.r.l.'),
 O('Cantina Sociale Biferno Soc. Coop. Agricola'), O('Consorzio di Tutela Caciocavallo di Agnone'), O('Oleificio Frentano S.r.l.'),
 O('Università degli Studi del Molise – Dipartimento Agricoltura, Ambiente e Alimenti'), O('Confcooperative Molise'),
 O('Regione Molise'), O('Mulino Sannita S.r.l.'), O('Apicoltura Matesina di Cristina Ruccolo'), O('Birrificio del Volturno S.r.l.s.'),
 O('ITS Agroalimentare Molise'), O('Cluster Agrifood Nazionale', 'CL.A.N.'), O('ICE Agenzia')]
events = [E('Assemblea dei soci', '2040-04-26', None, 'Campobasso', 'Italy'),
 E('primo Consiglio Direttivo', '2040-05-14', None, 'Campobasso', 'Italy'),
 E('Cibus 2040', '2040-05-06', '2040-05-09', 'Parma', 'Italy'),
 E('workshop "Etichettatura e mercati esteri"', '2040-06-05', None, 'Isernia', 'Italy')]
dates = ['2040-04-27', '2040-04-26', '2031', '2033', '2040/2043', '2039', '2040', '2040-05-14', '2040-05-06/2040-05-09', '2040-06-05']
km = ['approvazione del bilancio consuntivo 2039, chiuso con un avanzo di 18.400 euro',
 'approvazione del piano di attività e del bilancio preventivo 2040',
 'ammissione di quattro nuovi soci: Mulino Sannita S.r.l., Apicoltura Matesina di Cristina Ruccolo, Birrificio del Volturno S.r.l.s. e ITS Agroalimentare Molise',
 'adesione del distretto al Cluster Agrifood Nazionale CL.A.N.']
gold(F, people, orgs, events, dates, km, pub='2040-04-27')
