from h import *
F = 'g04_vicenza_organi_sociali.html'
assert wd(2039,4,27)=='Wednesday' and wd(2039,11,15)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Organi sociali – MeccaVeneto</title></head>
<body>
<div id="cookie-bar">Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. <a href="/cookie-policy">Cookie policy</a> <button>Accetta</button> <button>Rifiuta</button></div>
<header><div class="logo">MeccaVeneto · Rete Innovativa Regionale della Meccatronica</div>
<nav><a href="/">Home</a> | <a href="/chi-siamo">Chi siamo</a> | <a href="/organi">Organi sociali</a> | <a href="/soci">Soci</a> | <a href="/progetti">Progetti</a> | <a href="/news">News</a> | <a href="/en">EN</a></nav></header>
<main>
<h1>Organi sociali</h1>
<p class="intro">MeccaVeneto S.c.a r.l. è il soggetto giuridico della Rete Innovativa Regionale della meccatronica e dei sistemi intelligenti, riconosciuta dalla Regione del Veneto. Ha sede a Vicenza e riunisce 146 soci tra imprese, università, centri di ricerca e associazioni di categoria delle province di Vicenza, Padova, Treviso e Verona.</p>

<h2>Assemblea dei soci</h2>
<p>L'assemblea dei soci del 27/04/2039, riunita presso la sede di Confindustria Vicenza, ha approvato il bilancio d'esercizio 2038 e ha rinnovato il consiglio di amministrazione per il triennio 2039-2041. Hanno votato 98 soci, pari al 71% delle quote. L'assemblea si è svolta mercoledì 27 aprile alle ore 17.00 ed è stata presieduta dal presidente uscente, ing. Giorgio Dal Santo.</p>

<h2>Consiglio di amministrazione (2039-2041)</h2>
<ul>
<li>Presidente: <strong>Chiara Bortolin De Marchi</strong> – amministratore delegato di Bortolin Automazioni S.p.A., Schio</li>
<li>Vicepresidente: <strong>prof. Nicola Zanon</strong> – Dipartimento di Ingegneria Industriale, Università degli Studi di Padova</li>
<li>Vicepresidente: <strong>Federica Cracco</strong> – Galdi Packaging S.r.l., Treviso</li>
<li>Consigliere: Stefano Pozza – Fondazione ITS Meccatronico Veneto</li>
<li>Consigliere: Enrico Marangoni – Confartigianato Imprese Veneto</li>
<li>Consigliere: Dr.ssa Ilaria Tessaro – Università degli Studi di Verona</li>
<li>Consigliere: Marco Dall'Osto – Carel Industries S.p.A.</li>
</ul>

<h2>Collegio sindacale</h2>
<p>Presidente del collegio: dott. Luigi Fontana. Sindaco effettivo: dott.ssa Paola Rigon. Sindaco effettivo: dott. Ruggero Visentin.</p>

<h2>Soci fondatori</h2>
<p>La società consortile è stata costituita il 18/03/2030 da undici soci fondatori, tra cui Confindustria Vicenza, l'Università degli Studi di Padova, la Camera di Commercio di Vicenza e otto imprese della meccanica strumentale dell'Alto Vicentino. I soci fondatori esprimono di diritto due membri del consiglio di amministrazione; gli altri cinque sono eletti dall'assemblea tra i candidati proposti dai collegi delle imprese, della ricerca e delle associazioni. Il mandato dura tre anni e può essere rinnovato una sola volta. La partecipazione agli organi è gratuita; ai consiglieri spetta solo il rimborso delle spese documentate.</p>

<h2>Direzione</h2>
<p>Direttore: <strong>Alessandro Gasparini</strong>, in carica dal 01/09/2034. Responsabile progetti europei: <strong>Katarzyna Nowak-Benetti</strong>. Segreteria e amministrazione: <strong>Daniela Fabris</strong>.</p>

<h2>Comitato tecnico-scientifico</h2>
<p>Il comitato, nominato dal consiglio di amministrazione nella seduta del 12/05/2039, esprime pareri sui progetti di ricerca presentati dai soci. Ne fanno parte:</p>
<ul>
<li>prof.ssa Elena Dalla Libera (Università Ca' Foscari Venezia), coordinatrice</li>
<li>ing. Matteo Scapin (Consiglio Nazionale delle Ricerche, Istituto di Sistemi e Tecnologie Industriali Intelligenti per il Manifatturiero Avanzato – CNR-STIIMA)</li>
<li>dott. Hans-Peter Gruber (Fraunhofer Italia Research, Bolzano)</li>
<li>ing. Veronica Lazzari (T2i – trasferimento tecnologico e innovazione)</li>
</ul>

<h2>Un ringraziamento</h2>
<p>Il consiglio ringrazia l'ing. Giorgio Dal Santo, presidente dal 2033 al 2039, per il lavoro svolto: sotto la sua presidenza la rete è passata da 62 a 146 soci e ha ottenuto il riconoscimento di Polo di innovazione digitale (EDIH) per il Nordest insieme a SMACT Competence Center. Dal Santo resta nel consiglio come invitato permanente senza diritto di voto.</p>

<h2>Prossimi appuntamenti degli organi</h2>
<p>Consiglio di amministrazione: martedì 15 novembre 2039, ore 15.00, in videoconferenza. Assemblea ordinaria per l'approvazione del bilancio 2039: entro il 30/04/2040.</p>

<h2>Documenti</h2>
<p><a href="/doc/statuto.pdf">Statuto (PDF, 320 KB)</a> · <a href="/doc/regolamento.pdf">Regolamento interno</a> · <a href="/doc/codice-etico.pdf">Codice etico</a> · <a href="/doc/verbale-assemblea-2039.pdf">Verbale assemblea 2039</a></p>
<p><a href="/organi">Torna su</a> · Condividi: <a href="#">LinkedIn</a> <a href="#">Facebook</a></p>
</main>
<footer><p>MeccaVeneto S.c.a r.l. · Via Fermi 134, 36100 Vicenza · P.IVA 00000000000 · info@meccaveneto.example.it</p>
<p>Progetto cofinanziato dal Programma Regionale FESR Veneto 2035-2041 · <a href="/privacy">Privacy</a> · <a href="/trasparenza">Società trasparente</a></p></footer>
</body></html>
"""
write(F, T)
C="MeccaVeneto S.c.a r.l."
gold(F,
 [P("Giorgio Dal Santo","invitato permanente",C),
  P("Chiara Bortolin De Marchi","Presidente",C),
  P("Nicola Zanon","Vicepresidente",C),
  P("Federica Cracco","Vicepresidente",C),
  P("Stefano Pozza","Consigliere",C),
  P("Enrico Marangoni","Consigliere",C),
  P("Ilaria Tessaro","Consigliere",C),
  P("Marco Dall'Osto","Consigliere",C),
  P("Luigi Fontana","Presidente del collegio",C),
  P("Paola Rigon","Sindaco effettivo",C),
  P("Ruggero Visentin","Sindaco effettivo",C),
  P("Alessandro Gasparini","Direttore",C),
  P("Katarzyna Nowak-Benetti","Responsabile progetti europei",C),
  P("Daniela Fabris","Segreteria e amministrazione",C),
  P("Elena Dalla Libera","coordinatrice",C),
  P("Matteo Scapin",None,"Istituto di Sistemi e Tecnologie Industriali Intelligenti per il Manifatturiero Avanzato"),
  P("Hans-Peter Gruber",None,"Fraunhofer Italia Research"),
  P("Veronica Lazzari",None,"T2i – trasferimento tecnologico e innovazione")],
 [O(C), O("Regione del Veneto"), O("Confindustria Vicenza"), O("Bortolin Automazioni S.p.A."),
  O("Dipartimento di Ingegneria Industriale"), O("Università degli Studi di Padova"), O("Galdi Packaging S.r.l."),
  O("Fondazione ITS Meccatronico Veneto"), O("Confartigianato Imprese Veneto"), O("Università degli Studi di Verona"),
  O("Carel Industries S.p.A."), O("Università Ca' Foscari Venezia"), O("Consiglio Nazionale delle Ricerche"),
  O("Istituto di Sistemi e Tecnologie Industriali Intelligenti per il Manifatturiero Avanzato","CNR-STIIMA"),
  O("Fraunhofer Italia Research"), O("T2i – trasferimento tecnologico e innovazione"), O("SMACT Competence Center"), O("Camera di Commercio di Vicenza")],
 [E("assemblea dei soci","2039-04-27",None,"Vicenza","Italy"),
  E("seduta","2039-05-12",None,None,None),
  E("Consiglio di amministrazione","2039-11-15",None,None,None),
  E("Assemblea ordinaria",None,None,None,None)],
 ["2030-03-18","2039-04-27","2038","2039/2041","2034-09-01","2039-05-12","2033/2039","2039-11-15","2039","2040-04-30","2035/2041"],
 [], pub=None)
