from h import *
F = 'g05_fermo_missione_incoming_calzature.txt'
assert [wd(2036,10,d) for d in (20,21,22,23)]==['Monday','Tuesday','Wednesday','Thursday'] and wd(2036,9,26)=='Friday' and wd(2036,10,13)=='Monday'
T = """CONSORZIO DISTRETTO CALZATURIERO FERMANO-MACERATESE
Via Lorenzo Lotto 12 – 63900 Fermo (FM)

Comunicato agli associati n. 41/2036 – Fermo, 3 ottobre 2036

Oggetto: Missione incoming di buyer dai Paesi nordici e baltici – programma definitivo (20–23 ottobre 2036)

Gentili associati,

siamo lieti di trasmettervi il programma definitivo della missione incoming organizzata dal Consorzio Distretto Calzaturiero Fermano-Maceratese insieme all'ICE – Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane e alla Camera di Commercio delle Marche, con il contributo della Regione Marche. Parteciperanno quattordici buyer e responsabili acquisti provenienti da Svezia, Finlandia, Danimarca, Estonia e Lettonia, selezionati dall'ufficio ICE di Stoccolma tra catene di negozi, piattaforme online e distributori specializzati nella calzatura da donna e per bambini.

Le aziende che hanno confermato la propria adesione entro il 26 settembre 2036 riceveranno entro venerdì la propria agenda di incontri. Ricordiamo che la partecipazione agli incontri B2B è gratuita per gli associati in regola con le quote 2036.

PROGRAMMA

Lunedì 20 ottobre 2036
- Arrivo dei buyer all'aeroporto di Ancona-Falconara e trasferimento a Fermo
- ore 20.00 Cena di benvenuto presso la Villa Vitali, Fermo, con i rappresentanti del Consorzio e delle istituzioni

Martedì 21 ottobre 2036 – Fermo, Sala dei Ritratti del Palazzo dei Priori
- ore 9.30 Saluti istituzionali: Dott.ssa Ilaria Marcozzi Benedetti, presidente del Consorzio; Avv. Gianluca Pierantozzi, assessore allo sviluppo economico della Regione Marche
- ore 10.00 Presentazione del distretto: "Dal tomaificio al prodotto finito: la filiera fermano-maceratese in cifre", a cura di Tommaso De Santis, direttore del Consorzio
- ore 10.45 Intervento di Karin Åkesson-Lind, category manager della catena svedese Skoform AB, sulle tendenze del mercato nordico
- ore 11.30–13.00 e 14.30–18.00 Incontri B2B (sessioni da 30 minuti, con interpreti)

Mercoledì 22 ottobre 2036
- ore 9.00 Visite aziendali a Montegranaro e Sant'Elpidio a Mare: Calzaturificio Fratelli Ciarrocchi S.r.l., Suolificio Adriatico S.p.A. e il laboratorio di prototipazione di Tecnomodelli Marche
- ore 15.00 Visita al Centro Tecnologico Calzaturiero di Civitanova Marche, con dimostrazione dei nuovi materiali riciclati
- ore 20.30 Cena conviviale a Porto San Giorgio

Giovedì 23 ottobre 2036
- ore 9.30 Incontri B2B di recupero (su richiesta)
- ore 12.00 Pranzo di chiusura e partenza dei buyer

PAESI E BUYER (elenco provvisorio)
Svezia: 4 buyer (tra cui Skoform AB, Göteborg); Finlandia: 3; Danimarca: 3; Estonia: 2; Lettonia: 2.

RACCOMANDAZIONI PER LE AZIENDE
In vista degli incontri si raccomanda di:
1. presentare una collezione campione ridotta (massimo 20 modelli) con listino in euro e condizioni di consegna
2. preparare una scheda aziendale in inglese, con certificazioni e capacità produttiva
3. indicare un referente che parli inglese per l'intera giornata degli incontri

La prima missione incoming del Consorzio, dedicata al mercato tedesco e austriaco, si è svolta dal 6 all'8 maggio 2035 e ha generato 127 incontri e undici ordini di prova. Una missione outgoing a Copenaghen, in occasione della fiera CIFF, è in preparazione per febbraio 2037.

I buyer saranno ospitati presso l'Hotel Astoria di Fermo; le aziende che desiderano offrire un trasferimento o un pranzo in azienda durante le visite del 22 ottobre sono pregate di segnalarlo all'ufficio entro lunedì 13 ottobre. Il Consorzio coprirà i costi di interpretariato e di trasporto dei buyer.

Per informazioni: Ufficio Internazionalizzazione – dott.ssa Francesca Vitturini Kovač, tel. 0734 000000, estero@distrettocalzaturiero.example.it

Cordiali saluti,

Il Direttore
Tommaso De Santis

Informativa privacy: i dati delle aziende partecipanti saranno comunicati ai buyer e all'ICE esclusivamente per l'organizzazione degli incontri (Reg. UE 2016/679).
"""
write(F, T)
C="Consorzio Distretto Calzaturiero Fermano-Maceratese"
gold(F,
 [P("Ilaria Marcozzi Benedetti","presidente",C),
  P("Gianluca Pierantozzi","assessore allo sviluppo economico","Regione Marche"),
  P("Tommaso De Santis","direttore",C),
  P("Karin Åkesson-Lind","category manager","Skoform AB"),
  P("Francesca Vitturini Kovač",None,C)],
 [O(C),
  O("ICE – Agenzia per la promozione all'estero e l'internazionalizzazione delle imprese italiane","ICE"),
  O("Camera di Commercio delle Marche"), O("Regione Marche"), O("Skoform AB"),
  O("Calzaturificio Fratelli Ciarrocchi S.r.l."), O("Suolificio Adriatico S.p.A."), O("Tecnomodelli Marche"),
  O("Centro Tecnologico Calzaturiero")],
 [E("Missione incoming di buyer dai Paesi nordici e baltici","2036-10-20","2036-10-23","Fermo","Italy"),
  E("Cena di benvenuto","2036-10-20",None,"Fermo","Italy"),
  E("Incontri B2B","2036-10-21",None,"Fermo","Italy"),
  E("Visite aziendali","2036-10-22",None,"Montegranaro, Sant'Elpidio a Mare","Italy"),
  E("Visita al Centro Tecnologico Calzaturiero","2036-10-22",None,"Civitanova Marche","Italy"),
  E("Cena conviviale","2036-10-22",None,"Porto San Giorgio","Italy"),
  E("Incontri B2B di recupero","2036-10-23",None,None,"Italy"),
  E("prima missione incoming del Consorzio","2035-05-06","2035-05-08",None,None),
  E("missione outgoing a Copenaghen","2037-02",None,"Copenaghen","Denmark"),
  E("CIFF","2037-02",None,"Copenaghen","Denmark")],
 ["2036-10-03","2036-10-20/2036-10-23","2036-09-26","2036","2036-10-20","2036-10-21","2036-10-22","2036-10-23",
  "2035-05-06/2035-05-08","2037-02","2036-10-13"],
 ["presentare una collezione campione ridotta (massimo 20 modelli) con listino in euro e condizioni di consegna",
  "preparare una scheda aziendale in inglese, con certificazioni e capacità produttiva",
  "indicare un referente che parli inglese per l'intera giornata degli incontri"], pub="2036-10-03")
