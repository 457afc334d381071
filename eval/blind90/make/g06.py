from h import *
F = 'g06_newsletter_associazione_friuli.html'
assert wd(2040,2,21)=='Tuesday' and wd(2040,3,8)=='Thursday' and wd(2040,3,20)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Newsletter n. 3/2040 – Associazione Distretto del Mobile e del Legno FVG</title></head>
<body>
<p class="preheader">Se non visualizzi correttamente questa e-mail, <a href="#">aprila nel browser</a>.</p>
<table class="header"><tr><td><strong>DML FVG</strong> – Associazione Distretto del Mobile e del Legno del Friuli Venezia Giulia</td><td>Newsletter n. 3/2040 · 28 febbraio 2040</td></tr></table>

<h1>In questo numero</h1>
<ol>
<li>Il nuovo consiglio direttivo</li>
<li>Progetto LEGNO+ approvato</li>
<li>Bando regionale per l'innovazione: scadenza il 30 aprile</li>
<li>Missione in Austria</li>
<li>Benvenuti ai nuovi soci</li>
<li>Agenda</li>
</ol>

<h2>1. Il nuovo consiglio direttivo</h2>
<p>L'assemblea dei soci, riunita martedì 21 febbraio 2040 presso la sede di Manzano, ha eletto il nuovo consiglio direttivo per il triennio 2040–2042. Presidente è stata confermata Elisabetta Zanier, amministratrice delegata di Zanier Sedute S.r.l.; vicepresidente è Michele Tomasin (Tomasin Arredi S.p.A.), vicepresidente vicaria Giovanna Pittaro (Pittaro Legnami S.n.c.). Il direttore dell'associazione, Stefano Cescutti, ha presentato il bilancio 2039, chiuso con un avanzo di 18.400 euro, e il programma di attività per il 2040. Nel suo intervento la presidente ha ricordato che il distretto conta oggi 212 imprese associate e oltre 6.800 addetti.</p>
<p>L'assemblea ha inoltre approvato all'unanimità la modifica dello statuto che consente l'adesione di università e centri di ricerca come soci sostenitori.</p>

<h2>2. Progetto LEGNO+ approvato</h2>
<p>Con decreto del 14 febbraio 2040, la Regione Autonoma Friuli Venezia Giulia ha approvato il progetto LEGNO+, presentato dall'associazione insieme all'Università degli Studi di Udine e al Consorzio Innova FVG. Il progetto, finanziato con 650.000 euro nell'ambito del Programma regionale FESR 2035–2041, svilupperà un sistema di tracciabilità digitale del legno dalla foresta al prodotto finito. Responsabile scientifico è il prof. Davide Candussio del Dipartimento di Scienze agroalimentari, ambientali e animali. Il kick-off è previsto giovedì 8 marzo 2040 a Udine.</p>
<p>"Il mercato tedesco e quello scandinavo chiedono sempre più spesso la prova dell'origine del legno. Con LEGNO+ le nostre imprese potranno darla in pochi secondi", ha commentato la coordinatrice del progetto, Chiara Moretuzzo.</p>

<h2>3. Bando regionale per l'innovazione</h2>
<p>È aperto il bando della Regione per progetti di innovazione di processo e di prodotto delle PMI manifatturiere. Il contributo va dal 40 al 60 per cento delle spese ammissibili, con un massimo di 200.000 euro per impresa. Le domande si presentano esclusivamente online entro le ore 16:00 del 30 aprile 2040. Lo sportello dell'associazione offre una verifica gratuita dei requisiti: per appuntamenti scrivere a Federica Snaidero, ufficio progetti.</p>

<h2>4. Missione in Austria</h2>
<p>In collaborazione con l'Agenzia ICE e con il cluster austriaco Holzcluster Steiermark, l'associazione organizza una missione imprenditoriale a Graz dal 19 al 21 marzo 2040. Il programma prevede martedì 20 marzo incontri B2B con architetti e general contractor austriaci e visite aziendali a due produttori di case in legno. Le imprese interessate possono aderire entro il 5 marzo.</p>
<p><strong>Programma sintetico</strong><br>
Lunedì 19 marzo – arrivo a Graz, cena di benvenuto<br>
Martedì 20 marzo – 9:00–13:00 incontri B2B; 15:00 visite aziendali<br>
Mercoledì 21 marzo – visita alla fiera Häuslbauermesse e rientro</p>

<h2>5. Benvenuti ai nuovi soci</h2>
<p>Diamo il benvenuto a: Falegnameria Bertossi di Buttrio, Vernici Adriatiche S.r.l. di Pordenone, Studio Design Linea Friuli di Udine e, primo socio sostenitore, l'Istituto tecnico "Arturo Malignani" di Udine.</p>

<h2>6. Agenda</h2>
<table class="agenda">
<tr><td>8 marzo 2040</td><td>Kick-off del progetto LEGNO+, Udine</td></tr>
<tr><td>19–21 marzo 2040</td><td>Missione imprenditoriale a Graz</td></tr>
<tr><td>4 aprile 2040</td><td>Webinar "Nuove regole UE sull'ecodesign dei mobili"</td></tr>
<tr><td>21–26 aprile 2040</td><td>Salone del Mobile, Milano – stand collettivo del distretto</td></tr>
<tr><td>30 aprile 2040</td><td>Scadenza bando regionale innovazione</td></tr>
</table>

<h2>Formazione: corso per tecnici del legno</h2>
<p>Parte a marzo, in collaborazione con l'ente di formazione IAL FVG, il nuovo corso gratuito per "Tecnico della produzione di arredi", rivolto a giovani disoccupati e a lavoratori delle imprese associate. Il corso dura 400 ore, di cui 160 di stage nelle aziende del distretto, e prevede moduli su CAD-CAM, verniciatura a basse emissioni e controllo qualità. Le lezioni si terranno presso il centro di formazione di Manzano il lunedì e il mercoledì pomeriggio. Le iscrizioni sono aperte fino al 9 marzo 2040; sono disponibili 18 posti. Referente per l'associazione è Paolo Degano, responsabile formazione, che ricorda come nel 2039 l'85 per cento dei partecipanti al corso precedente abbia trovato lavoro entro sei mesi. Le imprese che desiderano ospitare uno stagista possono segnalarlo entro la fine di febbraio, indicando il reparto, il tutor aziendale e il periodo preferito per lo stage estivo o autunnale.</p>

<h2>Dalla stampa</h2>
<p>Il Messaggero Veneto del 24 febbraio ha dedicato un articolo alla rielezione della presidente Zanier, sottolineando il ruolo del distretto nel rilancio delle esportazioni verso il Nord Europa. Le esportazioni del distretto sono cresciute del 6,2 per cento nel 2039, secondo i dati elaborati dall'ufficio studi dell'associazione.</p>

<hr>
<p class="footer">Associazione Distretto del Mobile e del Legno del Friuli Venezia Giulia · Via della Sedia 1, 33044 Manzano (UD) · Tel. 0432 000000 · info@dmlfvg.example.it<br>
Hai ricevuto questa e-mail perché sei socio o ti sei iscritto alla newsletter. <a href="#">Annulla l'iscrizione</a> · <a href="#">Informativa privacy</a><br>
Seguici su <a href="#">LinkedIn</a> · <a href="#">Instagram</a> · <a href="#">YouTube</a></p>
</body></html>
"""
write(F, T)
A = "Associazione Distretto del Mobile e del Legno del Friuli Venezia Giulia"
gold(F,
 [P("Elisabetta Zanier","Presidente",A), P("Michele Tomasin","vicepresidente","Associazione Distretto del Mobile e del Legno del Friuli Venezia Giulia"),
  P("Giovanna Pittaro","vicepresidente vicaria","Associazione Distretto del Mobile e del Legno del Friuli Venezia Giulia"), P("Stefano Cescutti","direttore",A),
  P("Davide Candussio","Responsabile scientifico","Dipartimento di Scienze agroalimentari, ambientali e animali"),
  P("Chiara Moretuzzo","coordinatrice del progetto",None), P("Federica Snaidero","ufficio progetti",A), P("Paolo Degano","responsabile formazione",A)],
 [O(A,"DML FVG"), O("Zanier Sedute S.r.l."), O("Tomasin Arredi S.p.A."), O("Pittaro Legnami S.n.c."),
  O("Regione Autonoma Friuli Venezia Giulia"), O("Università degli Studi di Udine"), O("Consorzio Innova FVG"),
  O("Dipartimento di Scienze agroalimentari, ambientali e animali"), O("Agenzia ICE"), O("Holzcluster Steiermark"),
  O("Falegnameria Bertossi"), O("Vernici Adriatiche S.r.l."), O("Studio Design Linea Friuli"),
  O('Istituto tecnico "Arturo Malignani"'), O("Messaggero Veneto"), O("IAL FVG")],
 [E("assemblea dei soci","2040-02-21",None,"Manzano","Italy"),
  E("Kick-off del progetto LEGNO+","2040-03-08",None,"Udine","Italy"),
  E("Missione imprenditoriale a Graz","2040-03-19","2040-03-21","Graz","Austria"),
  E("cena di benvenuto","2040-03-19",None,"Graz","Austria"),
  E("incontri B2B","2040-03-20",None,"Graz","Austria"),
  E("visite aziendali","2040-03-20",None,"Graz","Austria"),
  E("Häuslbauermesse","2040-03-21",None,"Graz","Austria"),
  E("Webinar \"Nuove regole UE sull'ecodesign dei mobili\"","2040-04-04"),
  E("Salone del Mobile","2040-04-21","2040-04-26","Milano","Italy")],
 ["2040-02-28","2040-02-21","2040/2042","2039","2040","2040-02-14","2035/2041","2040-03-08","2040-04-30",
  "2040-03-19/2040-03-21","2040-03-20","2040-03-05","2040-03-21","2040-03-19","2040-04-04","2040-04-21/2040-04-26","2040-02-24","2040-03","2040-03-09","2040-02"],
 [], "2040-02-28")
