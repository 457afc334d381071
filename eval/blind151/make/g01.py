from h import *
F = 'g01_sulcis_materials_newsletter.html'
assert wd(2038,3,4)=='Thursday' and wd(2038,3,23)=='Tuesday' and wd(2038,4,14)=='Wednesday' and wd(2038,4,15)=='Thursday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Members' bulletin No. 3/2038 | Sulcis Materials Cluster</title></head>
<body>
<div class="cookie-bar">We use technical and analytics cookies. By continuing to browse you accept them. <a href="/privacy">Privacy policy</a> <button>OK</button></div>
<header><p class="brand">SULCIS MATERIALS CLUSTER · Carbonia – Iglesias – Portoscuso</p>
<nav><a href="/">Home</a> | <a href="/cluster">The cluster</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/bulletin">Bulletin</a> | <a href="/contact">Contact</a> | <a href="/it">IT</a></nav></header>
<main>
<p class="crumbs">Home › Bulletin › 2038</p>
<h1>Members' bulletin No. 3/2038</h1>
<p class="byline">Published 29 March 2038 · Edited by Valentina Mereu, Communication Officer</p>

<h2>From the cluster manager</h2>
<p>Dear members, spring has brought a dense calendar. In this issue you will find a short account of our members' meeting in Carbonia, three new members, the outcome of the round table on the reuse of mining waste and the dates you should keep free in April. As always, send us your news before the 20th of each month. – <em>Efisio Pinna, Cluster Manager</em></p>

<h2>Members' meeting: 2037 accounts approved</h2>
<p>Forty-one member organisations attended the annual members' meeting on Thursday 4 March 2038 at the Grande Miniera di Serbariu in Carbonia. The meeting approved the 2037 accounts and the work plan for 2038–2040, and re-elected Maria Grazia Sanna (Portovesme Metalli S.r.l.) as President of the cluster for a second term. Giovanni Atzori of the Università degli Studi di Cagliari was elected Vice-President, replacing Ilaria Deidda, who has moved to the Regione Autonoma della Sardegna as head of the industrial transition office.</p>
<p>The work plan rests on three lines of action: recovering critical raw materials from old tailings, low-carbon aluminium and zinc, and skills for the energy transition. The meeting also agreed to raise the annual fee for large companies to 2,400 euro from January 2039.</p>
<p><a href="/bulletin/members-meeting-2038">Read more</a></p>

<h2>Welcome to our new members</h2>
<p>Three organisations joined the cluster in the first quarter:</p>
<ul>
<li><strong>Minerali Verdi S.r.l.</strong>, Iglesias – a start-up that extracts manganese and cobalt from mine waters</li>
<li><strong>IGEA S.p.A.</strong> – the regional company responsible for the safety and reclamation of former mining sites</li>
<li><strong>Laboratorio Sardo Geomateriali</strong>, Sant'Antioco – testing and certification of secondary aggregates</li>
</ul>

<h2>Round table: waste as a resource?</h2>
<p>On Tuesday 23 March 2038 about sixty participants joined a round table on the reuse of mining waste in construction, organised with Sardegna Ricerche at the Porto Canale innovation space in Cagliari. Chaired by Prof. Andrea Loi (University of Cagliari, Department of Civil and Environmental Engineering), the discussion brought together Annalisa Cocco, director of the Sardinian association of builders ANCE Sardegna, Dr Thomas Van den Broeck of the Flemish materials research centre VITO, and engineer Paolo Murgia from the Carbosulcis S.p.A. mine.</p>
<p><strong>Key takeaways</strong></p>
<ul>
<li>Regional technical rules still treat most mining residues as waste, so builders cannot buy them as products</li>
<li>A shared database of the chemical composition of the main tailings ponds would cut testing costs for every company</li>
<li>Public works in the Sulcis area could pilot secondary aggregates before the end of 2039</li>
<li>The cluster should join a European partnership on raw materials rather than start a new one</li>
</ul>
<p><a href="/bulletin/round-table-waste">Read more</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a> <a href="#">E-mail</a></p>

<h2>Dates for your diary</h2>
<ul>
<li><strong>14–15 April 2038</strong> – Raw Materials Week Sardinia, Iglesias, with a study visit to the Monteponi tailings on the second morning. Registration closes on 9 April.</li>
<li><strong>27 April 2038</strong>, 10:00–12:00 – webinar "Funding for pilot plants", with the regional contact point of the EIT RawMaterials network</li>
<li><strong>May 2038</strong> (date to be confirmed) – visit of a delegation from the Freiberg mining region in Saxony</li>
<li><strong>Deadline 31 May 2038</strong> – applications to the cluster's innovation vouchers, second round</li>
</ul>

<h2>Member news in brief</h2>
<p><strong>Portovesme Metalli</strong> has signed a supply agreement with an Italian battery maker for recycled zinc. <strong>Eurallumina S.p.A.</strong> reports that its pilot line for green alumina will start trials in the autumn. The vocational school IIS Emilio Lussu in Sant'Antioco has opened a two-year course for plant technicians with 22 students. <a href="/bulletin/member-news">Read more</a></p>
</main>
<footer><p>Sulcis Materials Cluster – Consorzio per l'innovazione nei materiali · Via Roma 3, 09013 Carbonia (SU) · info@sulcismaterials.example.it</p>
<p>You receive this bulletin because you are a member or a registered partner. <a href="/unsubscribe">Unsubscribe</a> · © 2038</p></footer>
</body></html>
"""
write(F, T)
C="Sulcis Materials Cluster"
gold(F,
 [P("Valentina Mereu","Communication Officer",C),
  P("Efisio Pinna","Cluster Manager",C),
  P("Maria Grazia Sanna","President",C),
  P("Giovanni Atzori","Vice-President",C),
  P("Ilaria Deidda","head of the industrial transition office","Regione Autonoma della Sardegna"),
  P("Andrea Loi",None,"University of Cagliari"),
  P("Annalisa Cocco","director","ANCE Sardegna"),
  P("Thomas Van den Broeck",None,"VITO"),
  P("Paolo Murgia","engineer","Carbosulcis S.p.A.")],
 [O(C), O("Portovesme Metalli S.r.l."), O("Università degli Studi di Cagliari"),
  O("Regione Autonoma della Sardegna"), O("Minerali Verdi S.r.l."), O("IGEA S.p.A."), O("Laboratorio Sardo Geomateriali"),
  O("Sardegna Ricerche"), O("Department of Civil and Environmental Engineering"), O("ANCE Sardegna"), O("VITO"),
  O("Carbosulcis S.p.A."), O("EIT RawMaterials"), O("Eurallumina S.p.A."), O("IIS Emilio Lussu")],
 [E("members' meeting","2038-03-04",None,"Carbonia","Italy"),
  E("round table on the reuse of mining waste in construction","2038-03-23",None,"Cagliari","Italy"),
  E("Raw Materials Week Sardinia","2038-04-14","2038-04-15","Iglesias","Italy"),
  E("study visit to the Monteponi tailings","2038-04-15",None,"Iglesias","Italy"),
  E("Funding for pilot plants","2038-04-27",None,None,None),
  E("visit of a delegation from the Freiberg mining region","2038-05",None,None,None)],
 ["2038-03-29","2038-03-04","2038/2040","2039-01","2038-03-23","2039","2038-04","2038-04-14/2038-04-15","2038-04-09","2038-04-27","2038-05","2038-05-31"],
 ["Regional technical rules still treat most mining residues as waste, so builders cannot buy them as products",
  "A shared database of the chemical composition of the main tailings ponds would cut testing costs for every company",
  "Public works in the Sulcis area could pilot secondary aggregates before the end of 2039",
  "The cluster should join a European partnership on raw materials rather than start a new one"],
 pub="2038-03-29")
