from g import write
T = """Home > Notizie > Governance

NOMINE | Distretto dell'Occhiale Dolomiti: nuovo Chief Executive Officer e un Head of Innovation

Pubblicato il 14/10/2031 · Redazione · Tempo di lettura: 3 min

Belluno – Il consiglio direttivo del Distretto dell'Occhiale Dolomiti (DOD), riunito a Longarone lunedì 13 ottobre,
ha nominato Federica Dal Molin nuovo Chief Executive Officer del distretto. Dal Molin, 46 anni, arriva da Vistalpe
S.p.A., dove dal 2026 era Head of Operations dello stabilimento di Agordo; in precedenza ha lavorato per dieci anni
nel gruppo tedesco Brillenwerk Süd GmbH a Rathenow. Prenderà servizio il 3 novembre 2031.

Succede a Giancarlo De Bortoli, che ha guidato la struttura dal 2019 e che resterà nel distretto come senior advisor
per i progetti europei fino al 30 giugno 2032.

Il consiglio ha inoltre creato la nuova funzione di Head of Innovation, affidata all'ing. Matteo Zanella, già
ricercatore presso il Dipartimento di Ingegneria Industriale dell'Università degli Studi di Padova. Zanella
coordinerà il laboratorio condiviso sui materiali bio-based per montature, finanziato dalla Regione del Veneto.

«Il nostro settore esporta oltre l'80% della produzione: abbiamo bisogno di una guida che parli la lingua dei
mercati internazionali», ha dichiarato il presidente del distretto, Alessandro Da Rold (Occhialeria Da Rold
S.r.l.). «Federica conosce le fabbriche e conosce il cliente.»

Confermati anche gli altri incarichi: Chiara Fontanive resta Communication Manager e Luca Sommacal Membership
Officer.

La nuova squadra sarà presentata ai soci durante l'Assemblea generale del 21 novembre 2031 a Belluno e, a livello
internazionale, al MIDO 2032 di Milano (1–3 febbraio 2032), dove il distretto avrà uno stand collettivo con
18 aziende.

Foto: DOD / Irene Case

Condividi: Facebook · LinkedIn · X · E-mail

Articoli correlati
- Bando voucher innovazione 2031: domande entro il 15 dicembre
- Il distretto all'Optical Fair di Hong Kong
"""
D="Distretto dell'Occhiale Dolomiti"
write("nomine-ceo-head-of-innovation-distretto-occhiale.txt", T, pub="2031-10-14",
 people=[("Federica Dal Molin","Chief Executive Officer",D),("Giancarlo De Bortoli","senior advisor",D),
  ("Matteo Zanella","Head of Innovation",D),("Alessandro Da Rold","presidente",D),
  ("Chiara Fontanive","Communication Manager",D),("Luca Sommacal","Membership Officer",D),("Irene Case",None,"DOD")],
 orgs=[(D,"DOD"),("Vistalpe S.p.A.",None),("Brillenwerk Süd GmbH",None),("Dipartimento di Ingegneria Industriale",None),
  ("Università degli Studi di Padova",None),("Regione del Veneto",None),("Occhialeria Da Rold S.r.l.",None)],
 events=[("consiglio direttivo","2031-10-13","2031-10-13","Longarone","Italy"),
  ("Assemblea generale","2031-11-21","2031-11-21","Belluno","Italy"),
  ("MIDO 2032","2032-02-01","2032-02-03","Milano","Italy"),
  ("Optical Fair",None,None,"Hong Kong",None)],
 dates=["2031-10-14","2031-10-13","2026","2031-11-03","2019","2032-06-30","2031-11-21","2032-02-01/2032-02-03","2031-12-15"])
