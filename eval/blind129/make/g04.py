from h import *
F = 'g04_vicenza_rete_innovativa_governance.html'
assert wd(2041,4,16)=='Tuesday' and wd(2041,5,9)=='Thursday' and wd(2041,6,20)=='Thursday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Governance e team – Rete Innovativa Regionale Meccatronica Veneta</title></head>
<body>
<div class="cookie">Questo sito utilizza cookie tecnici e, previo consenso, cookie analitici. <a href="/privacy">Informativa</a> <button>Accetta</button> <button>Rifiuta</button></div>
<header><p class="logo">MECCAVEN – Rete Innovativa Regionale Meccatronica Veneta</p>
<nav><a href="/">Home</a> | <a href="/chi-siamo">Chi siamo</a> | <a href="/governance">Governance e team</a> | <a href="/soci">Soci</a> | <a href="/progetti">Progetti</a> | <a href="/news">News</a> | <a href="/contatti">Contatti</a> | <a href="/en">EN</a></nav></header>
<main>
<p class="briciole">Home » Chi siamo » Governance e team</p>
<h1>Governance e team</h1>
<p>MECCAVEN è la Rete Innovativa Regionale (RIR) riconosciuta dalla Regione del Veneto per la meccatronica e i sistemi di produzione avanzati. La rete è gestita dal Consorzio Meccaven Scarl, con sede a Vicenza, i cui soci sono imprese, università, centri di ricerca e associazioni di categoria delle province di Vicenza, Padova, Treviso e Verona.</p>

<h2>Assemblea dei soci</h2>
<p>L'assemblea dei soci, riunita a Vicenza martedì 16 aprile 2041, ha approvato il bilancio 2040 e ha nominato il nuovo Consiglio direttivo per il triennio 2041-2043. Hanno partecipato 74 soci su 118.</p>

<h2>Consiglio direttivo 2041-2043</h2>
<table>
<tr><th>Carica</th><th>Nome</th><th>Ente di appartenenza</th></tr>
<tr><td>Presidente</td><td>Ing. Federica Dal Molin</td><td>Zanon Automazioni S.p.A., Schio</td></tr>
<tr><td>Vicepresidente</td><td>Prof. Giovanni Battista Scarpa</td><td>Università degli Studi di Padova, Dipartimento di Tecnica e Gestione dei Sistemi Industriali</td></tr>
<tr><td>Consigliere</td><td>Michele Bortolan</td><td>Confindustria Vicenza</td></tr>
<tr><td>Consigliere</td><td>Dott.ssa Chiara Zen</td><td>Fondazione Univeneto</td></tr>
<tr><td>Consigliere</td><td>Alberto De Toni Marchesin</td><td>Officine Meccaniche Berica S.r.l.</td></tr>
<tr><td>Consigliere</td><td>Nicoletta Pizzolato</td><td>Università degli Studi di Verona</td></tr>
<tr><td>Consigliere</td><td>Stefano Dall'Igna</td><td>Robotica Trevigiana S.r.l.</td></tr>
</table>
<p>Revisore unico: dott. Paolo Bressan, commercialista in Bassano del Grappa.</p>

<h2>Comitato tecnico-scientifico</h2>
<p>Il comitato, coordinato dalla prof.ssa Elisa Negri dell'Università degli Studi di Verona, valuta le proposte progettuali dei soci e segue i rapporti con i centri di ricerca. Ne fanno parte anche l'ing. Raffaele Cestaro (Centro Ricerche Fiat Veneto, Treviso), la dott.ssa Marta Sartori di Veneto Innovazione S.p.A. e il prof. Jens Hoffmann-Kruse del Fraunhofer-Institut für Produktionstechnik und Automatisierung (Stoccarda), primo membro straniero del comitato.</p>

<h2>Lo staff</h2>
<ul>
<li><strong>Direttore:</strong> Andrea Cavaliere</li>
<li><strong>Project manager progetti regionali:</strong> Giulia Rigon</li>
<li><strong>Project manager progetti europei:</strong> Tomasz Wiśniewski</li>
<li><strong>Amministrazione e segreteria soci:</strong> Lucia Bertoldo</li>
</ul>

<h2>News dalla rete</h2>
<article>
<h3>Federica Dal Molin è la nuova presidente di MECCAVEN</h3>
<p class="data">18/04/2041</p>
<p>Il Consiglio direttivo, nella sua prima seduta dopo l'assemblea, ha eletto presidente Federica Dal Molin, amministratrice delegata di Zanon Automazioni, prima donna alla guida della rete. Succede a Renato Facchin, presidente dal 2035 al 2041, che resta socio attivo e rappresenterà la rete nel Tavolo regionale delle RIR. «Dobbiamo portare le piccole imprese dentro i progetti di ricerca, non solo le grandi», ha dichiarato la neopresidente.</p>
<p>Tra le prime iniziative del nuovo consiglio: un incontro con i soci di Verona giovedì 9 maggio 2041 presso la sede di Confindustria Verona e la partecipazione alla fiera Automatica di Monaco di Baviera dal 24 al 27 giugno 2041, con uno stand collettivo di dodici imprese.</p>
<p><a href="/news/nuova-presidente">Leggi tutto</a></p>
</article>
<article>
<h3>Saluto a Roberta Gasparini</h3>
<p class="data">02/05/2041</p>
<p>Dopo sei anni come responsabile della comunicazione, Roberta Gasparini lascia la rete per entrare nello staff di ART-ER a Bologna. La ringraziamo per il lavoro svolto, in particolare per l'organizzazione delle ultime tre edizioni del Meccaven Innovation Day. Il 6° Meccaven Innovation Day si terrà a Padova giovedì 20 giugno 2041. <a href="/news/saluto">Leggi tutto</a></p>
</article>
<h2>Come diventare socio</h2>
<p>Possono aderire alla rete le imprese con sede operativa in Veneto che svolgono attività di progettazione, produzione o integrazione di sistemi meccatronici, nonché università, organismi di ricerca e associazioni. La domanda di adesione va inviata alla segreteria e viene esaminata dal Consiglio direttivo nella prima seduta utile. La quota annuale varia in base alla dimensione dell'impresa; le start-up innovative sono esenti per i primi due anni.</p>
<p><strong>Contatti:</strong> Consorzio Meccaven Scarl, Viale della Scienza 8, 36100 Vicenza · tel. 0444 000000 · segreteria@meccaven.example.it</p>
</main>
<footer><p>© 2041 Consorzio Meccaven Scarl · P.IVA 00000000000 · Progetto sostenuto dalla Regione del Veneto – PR FESR Veneto 2035-2041</p>
<p><a href="/privacy">Privacy</a> · <a href="/cookie">Cookie policy</a> · <a href="/trasparenza">Amministrazione trasparente</a></p></footer>
</body></html>
"""
write(F, T)
R="Rete Innovativa Regionale Meccatronica Veneta"
gold(F,
 [P("Federica Dal Molin","Presidente",R),
  P("Giovanni Battista Scarpa","Vicepresidente",R),
  P("Michele Bortolan","Consigliere",R),
  P("Chiara Zen","Consigliere",R),
  P("Alberto De Toni Marchesin","Consigliere",R),
  P("Nicoletta Pizzolato","Consigliere",R),
  P("Stefano Dall'Igna","Consigliere",R),
  P("Paolo Bressan","Revisore unico",R),
  P("Elisa Negri",None,"Università degli Studi di Verona"),
  P("Raffaele Cestaro",None,"Centro Ricerche Fiat Veneto"),
  P("Marta Sartori",None,"Veneto Innovazione S.p.A."),
  P("Jens Hoffmann-Kruse",None,"Fraunhofer-Institut für Produktionstechnik und Automatisierung"),
  P("Andrea Cavaliere","Direttore",R),
  P("Giulia Rigon","Project manager progetti regionali",R),
  P("Tomasz Wiśniewski","Project manager progetti europei",R),
  P("Lucia Bertoldo","Amministrazione e segreteria soci",R),
  P("Renato Facchin","presidente",R),
  P("Roberta Gasparini","responsabile della comunicazione",R)],
 [O(R,"MECCAVEN"), O("Consorzio Meccaven Scarl"), O("Regione del Veneto"), O("Zanon Automazioni S.p.A."),
  O("Università degli Studi di Padova"), O("Dipartimento di Tecnica e Gestione dei Sistemi Industriali"),
  O("Confindustria Vicenza"), O("Fondazione Univeneto"), O("Officine Meccaniche Berica S.r.l."),
  O("Università degli Studi di Verona"), O("Robotica Trevigiana S.r.l."), O("Centro Ricerche Fiat Veneto"),
  O("Veneto Innovazione S.p.A."), O("Fraunhofer-Institut für Produktionstechnik und Automatisierung"),
  O("Tavolo regionale delle RIR"), O("Confindustria Verona"), O("ART-ER")],
 [E("assemblea dei soci","2041-04-16",None,"Vicenza","Italy"),
  E("incontro con i soci di Verona","2041-05-09",None,"Verona","Italy"),
  E("Automatica","2041-06-24","2041-06-27","Monaco di Baviera","Germany"),
  E("6° Meccaven Innovation Day","2041-06-20",None,"Padova","Italy")],
 ["2041-04-16","2040","2041/2043","2041-04-18","2035/2041","2041-05-09","2041-06-24/2041-06-27","2041-05-02","2041-06-20"],
 [])
