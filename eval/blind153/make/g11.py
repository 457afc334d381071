from h import *
F = 'g11_ascoli_calzaturiero_b2b.html'
assert wd(2037,10,15)=='Thursday' and wd(2037,10,16)=='Friday' and wd(2037,9,25)=='Friday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Piceno Shoes Meeting 2037 – incontri B2B | Distretto Calzaturiero Fermano-Piceno</title></head>
<body>
<div class="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione di terze parti. <a href="/privacy">Informativa estesa</a> <button>Accetta</button> <button>Rifiuta</button> <button>Personalizza</button></div>
<header><div class="logo">Distretto Calzaturiero Fermano-Piceno</div>
<nav><a href="/">Home</a> | <a href="/distretto">Il distretto</a> | <a href="/imprese">Le imprese</a> | <a href="/progetti">Progetti</a> | <a href="/eventi">Eventi</a> | <a href="/news">News</a> | <a href="/contatti">Contatti</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="bc">Home » Eventi » Piceno Shoes Meeting 2037</p>
<h1>Piceno Shoes Meeting 2037: due giornate di incontri d'affari tra calzaturifici e buyer esteri</h1>
<p class="meta">Pubblicato il 1 settembre 2037 · Redazione</p>
<p>Il Distretto Calzaturiero Fermano-Piceno, in collaborazione con la Camera di Commercio delle Marche, l'Agenzia ICE e la rete Enterprise Europe Network – SIMPLER, organizza la quinta edizione del <strong>Piceno Shoes Meeting</strong>, che si terrà giovedì 15 e venerdì 16 ottobre 2037 ad Ascoli Piceno, negli spazi del Chiostro di San Francesco e del Polo didattico dell'Università di Camerino.</p>
<p>L'evento prevede incontri B2B prefissati tra le imprese calzaturiere e della componentistica delle province di Fermo e Ascoli Piceno e circa 40 buyer e distributori provenienti da Germania, Polonia, Paesi Bassi, Stati Uniti e Giappone. Nella scorsa edizione, a Fermo, si sono svolti 356 incontri e sono stati firmati undici contratti di fornitura.</p>
<p>«Il mercato chiede tracciabilità dei materiali e piccoli lotti consegnati in fretta: sono esattamente le cose che le nostre aziende sanno fare», spiega la presidente del distretto, Francesca Marinangeli, titolare del calzaturificio Marinangeli Shoes S.r.l. di Monte Urano.</p>

<p>Il distretto riunisce oggi 212 imprese associate, in gran parte piccole aziende familiari con meno di venti addetti, e negli ultimi anni ha puntato su tre linee di lavoro: la formazione dei giovani modellisti insieme all'ITS Moda Marche, la certificazione ambientale dei materiali e la presenza comune alle fiere internazionali. Il Piceno Shoes Meeting è nato proprio per portare i compratori nel territorio, così che possano vedere da vicino i laboratori e conoscere le persone che producono le scarpe.</p>

<h2>Programma</h2>
<p><strong>Giovedì 15 ottobre 2037</strong></p>
<ul>
<li>09:30 – Accoglienza e registrazione</li>
<li>10:00 – Saluti istituzionali: Marco Ferretti-Luciani, sindaco di Ascoli Piceno; Andrea Cesarini, assessore alle attività produttive della Regione Marche</li>
<li>10:30 – Convegno «La calzatura sostenibile: materiali, tracciabilità e passaporto digitale del prodotto». Intervengono Lucia Cappellini (Assocalzaturifici), prof. Gianluca Spalazzi (Università Politecnica delle Marche) e Hiroshi Tanaka (Tokyo Footwear Importers Association)</li>
<li>14:00–18:30 – Incontri B2B con i buyer</li>
<li>20:30 – Cena di gala presso il ristorante Caffè Meletti, piazza del Popolo</li>
</ul>
<p><strong>Venerdì 16 ottobre 2037</strong></p>
<ul>
<li>09:00–12:30 – Incontri B2B (seconda sessione)</li>
<li>09:30 – Visite aziendali per i buyer: Tomaificio Piceno di Offida e il laboratorio di suole del Gruppo Ciarrocchi a Montegranaro</li>
<li>13:00 – Chiusura dei lavori</li>
</ul>

<h2>Edizioni precedenti</h2>
<ul>
<li>2033 – Fermo, 9–10 novembre 2033</li>
<li>2034 – Ascoli Piceno, 19–20 ottobre 2034</li>
<li>2035 – Porto Sant'Elpidio, 22–23 ottobre 2035</li>
<li>2036 – Fermo, 15–16 ottobre 2036</li>
</ul>

<h2>Come partecipare</h2>
<p>La partecipazione è gratuita per le imprese con sede nelle Marche. Le aziende devono iscriversi sulla piattaforma online entro <strong>venerdì 25 settembre 2037</strong>, compilando il profilo in inglese. Le agende degli incontri saranno inviate entro il 9 ottobre 2037.</p>
<p>Per informazioni: dott.ssa Silvia Vitali, responsabile eventi del distretto, tel. 0736 000000, eventi@distrettocalzaturiero.example.it; per i buyer esteri: Paolo Ricci, ufficio ICE di Varsavia.</p>
<p>L'iniziativa è cofinanziata dalla Regione Marche nell'ambito del Programma regionale FESR 2035–2041.</p>
<p class="share">Condividi: <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> <a href="#">E-mail</a></p>
</main>
<footer><p>Distretto Calzaturiero Fermano-Piceno – Consorzio · Via del Commercio 15, 63100 Ascoli Piceno · P.IVA 00000000000</p>
<p>© 2037 · <a href="#">Privacy</a> · <a href="#">Cookie policy</a> · <a href="#">Note legali</a> · <a href="#">Amministrazione trasparente</a></p></footer>
</body></html>
"""
write(F, T)
DC="Distretto Calzaturiero Fermano-Piceno"
gold(F,
 [P("Francesca Marinangeli","presidente",DC), P("Marco Ferretti-Luciani","sindaco di Ascoli Piceno",None),
  P("Andrea Cesarini","assessore alle attività produttive","Regione Marche"), P("Lucia Cappellini",None,"Assocalzaturifici"),
  P("Gianluca Spalazzi",None,"Università Politecnica delle Marche"), P("Hiroshi Tanaka",None,"Tokyo Footwear Importers Association"),
  P("Silvia Vitali","responsabile eventi",DC), P("Paolo Ricci",None,"ICE")],
 [O(DC), O("Camera di Commercio delle Marche"), O("Agenzia ICE"), O("Enterprise Europe Network – SIMPLER"),
  O("Università di Camerino"), O("Marinangeli Shoes S.r.l."), O("Regione Marche"), O("Assocalzaturifici"),
  O("Università Politecnica delle Marche"), O("Tokyo Footwear Importers Association"), O("Tomaificio Piceno"), O("Gruppo Ciarrocchi"), O("ITS Moda Marche")],
 [E("Piceno Shoes Meeting 2037","2037-10-15","2037-10-16","Ascoli Piceno","Italy"),
  E("La calzatura sostenibile: materiali, tracciabilità e passaporto digitale del prodotto","2037-10-15",None,"Ascoli Piceno","Italy"),
  E("Incontri B2B con i buyer","2037-10-15","2037-10-16","Ascoli Piceno","Italy"),
  E("Cena di gala","2037-10-15",None,"Ascoli Piceno","Italy"),
  E("Visite aziendali per i buyer","2037-10-16",None,"Offida, Montegranaro","Italy"),
  E("Piceno Shoes Meeting","2033-11-09","2033-11-10","Fermo","Italy"),
  E("Piceno Shoes Meeting","2034-10-19","2034-10-20","Ascoli Piceno","Italy"),
  E("Piceno Shoes Meeting","2035-10-22","2035-10-23","Porto Sant'Elpidio","Italy"),
  E("Piceno Shoes Meeting","2036-10-15","2036-10-16","Fermo","Italy")],
 ["2037-09-01","2037-10-15/2037-10-16","2037-10-15","2037-10-16","2033","2033-11-09/2033-11-10","2034","2034-10-19/2034-10-20",
  "2035","2035-10-22/2035-10-23","2036","2036-10-15/2036-10-16","2037-09-25","2037-10-09","2035/2041"],
 [], pub="2037-09-01")
