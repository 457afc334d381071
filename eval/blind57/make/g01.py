from h import *
F = 'outcome-report_alpine-timber-construction-days-2035.html'
T = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report – Alpine Timber Construction Days 2035 | Holzbau Cluster Südtirol</title></head>
<body>
<div class="cookie-bar">We use technical and analytics cookies. Details in our <a href="/en/cookies">cookie policy</a>. <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/en/" class="logo">Holzbau Cluster Südtirol · Cluster Legno Alto Adige</a>
<nav><a href="/en/cluster">Cluster</a> | <a href="/en/members">Members</a> | <a href="/en/events" class="active">Events</a> | <a href="/en/publications">Publications</a> | <a href="/de/">DE</a> <a href="/it/">IT</a> <a href="/en/">EN</a></nav></header>
<div class="breadcrumb">Home › Events › Alpine Timber Construction Days › Outcome report 2035</div>
<main>
<h1>Alpine Timber Construction Days 2035 – outcome report</h1>
<p class="meta">Published 4 April 2035 · Reading time 6 min · <a href="/files/ATCD2035_outcome.pdf">Download PDF (1.2 MB)</a></p>
<p>The fifth Alpine Timber Construction Days took place at NOI Techpark in Bolzano on {wd('2035-03-14')} 14 and {wd('2035-03-15')} 15 March 2035.
Organised by the Holzbau Cluster Südtirol within the business location agency IDM Südtirol – Alto Adige, the conference brought
together 312 participants from South Tyrol, Trentino, Tyrol, Vorarlberg, Bavaria and Graubünden: carpenters, sawmills, architects,
engineering offices, public building owners and researchers. The previous editions were held in Brixen (2027 and 2029), Innsbruck
(2031) and Bolzano (2033).</p>
<p>The conference was opened by Dr. Martina Oberhollenzer, Director of the Holzbau Cluster Südtirol, and by the provincial councillor
for economy, Georg Thaler-Pichler, who recalled that the Autonomous Province of Bolzano – South Tyrol wants half of all new public
buildings to use timber structures by 2038. A keynote by Prof. Dr.-Ing. Lukas Zehentner (Technische Universität München, Chair of
Timber Structures and Building Construction) presented the results of five years of monitoring of multi-storey timber buildings in
the Alpine arc.</p>
<h2>Programme in brief</h2>
<ul>
<li><strong>Panel 1 – Circular timber:</strong> with Chiara Dalla Torre (Free University of Bozen-Bolzano), Andreas Rainer-Mahlknecht
(Rubner Holzbau) and Valentina Zambaldi (Habitech – Distretto Tecnologico Trentino). Moderation: Thomas Gruber, Holzbau Cluster Südtirol.</li>
<li><strong>Panel 2 – Public procurement and fire safety:</strong> with Ing. Paolo De Monte (Provincial Fire Brigade Office), Mag. Sabine
Hollaus (proHolz Tirol) and Jakob von Gumppenberg (Bayerische Architektenkammer).</li>
<li><strong>Study visits</strong> on 15 March afternoon to the new Bruneck vocational school campus and to the Eurac Research
TerraXcube facility.</li>
<li><strong>Matchmaking</strong> organised with the Enterprise Europe Network Italy: 74 bilateral meetings.</li>
</ul>
<p>Representatives of the European Commission joined online: Hélène Marchetti-Roux, policy officer at the Directorate-General for
Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), presented the New European Bauhaus actions for construction
ecosystems, and invited the clusters to the EU Construction Ecosystem Forum in Brussels on 9 October 2035.</p>
<h2>Key messages</h2>
<p>At the closing session the rapporteur, Dr. Eva Lanthaler (Eurac Research), summarised the discussions in seven key messages, which
the steering group adopted on 29 March 2035:</p>
<ol>
<li>Timber construction in the Alps has moved from pilot projects to mainstream demand, but regional sawmill capacity will not keep pace without joint investment planning.</li>
<li>Public building owners are the strongest lever: framework contracts and early market dialogue should become standard in all five regions.</li>
<li>Fire-safety rules differ between Italy, Austria, Germany and Switzerland and slow down cross-border projects; a common Alpine guidance document is needed.</li>
<li>Circular design must start at the drawing board, with dismountable joints and material passports for every new timber building.</li>
<li>Skills are the bottleneck: vocational schools and companies should share training halls and a common curriculum for timber assembly.</li>
<li>Damaged wood from storms and bark beetle outbreaks can be used for construction products if grading and logistics are organised at regional level.</li>
<li>Clusters should act as neutral brokers between forest owners, industry and public buyers, and measure their impact with shared indicators.</li>
</ol>
<h2>What happens next</h2>
<p>The Holzbau Cluster Südtirol and its partners in the Alpine Space project TIMBER-LOOP will draft the common fire-safety guidance
by December 2035. A working meeting with the Amt der Tiroler Landesregierung and the Provincia autonoma di Trento is scheduled in
Innsbruck on 12 June 2035. The sixth Alpine Timber Construction Days will be hosted in Trento in March 2037.</p>
<p>Presentations and photos are available in the members' area. Questions: Thomas Gruber, project manager, <a href="mailto:thomas.gruber@idm.example">thomas.gruber@idm.example</a>.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
</main>
<footer>IDM Südtirol – Alto Adige · Holzbau Cluster Südtirol · Via Alessandro Volta 13/A, 39100 Bolzano · VAT 02521490215 ·
<a href="/en/privacy">Privacy</a> · <a href="/en/imprint">Imprint</a> · © 2035</footer>
</body></html>
'''
write(F, T)
KM = ["Timber construction in the Alps has moved from pilot projects to mainstream demand, but regional sawmill capacity will not keep pace without joint investment planning",
"Public building owners are the strongest lever: framework contracts and early market dialogue should become standard in all five regions",
"Fire-safety rules differ between Italy, Austria, Germany and Switzerland and slow down cross-border projects; a common Alpine guidance document is needed",
"Circular design must start at the drawing board, with dismountable joints and material passports for every new timber building",
"Skills are the bottleneck: vocational schools and companies should share training halls and a common curriculum for timber assembly",
"Damaged wood from storms and bark beetle outbreaks can be used for construction products if grading and logistics are organised at regional level",
"Clusters should act as neutral brokers between forest owners, industry and public buyers, and measure their impact with shared indicators"]
gold(F, [
 P("Martina Oberhollenzer", "Director", "Holzbau Cluster Südtirol"),
 P("Georg Thaler-Pichler", "provincial councillor for economy", "Autonomous Province of Bolzano – South Tyrol"),
 P("Lukas Zehentner", None, "Technische Universität München"),
 P("Chiara Dalla Torre", None, "Free University of Bozen-Bolzano"),
 P("Andreas Rainer-Mahlknecht", None, "Rubner Holzbau"),
 P("Valentina Zambaldi", None, "Habitech – Distretto Tecnologico Trentino"),
 P("Thomas Gruber", "project manager", "Holzbau Cluster Südtirol"),
 P("Paolo De Monte", None, "Provincial Fire Brigade Office"),
 P("Sabine Hollaus", None, "proHolz Tirol"),
 P("Jakob von Gumppenberg", None, "Bayerische Architektenkammer"),
 P("Hélène Marchetti-Roux", "policy officer", "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
 P("Eva Lanthaler", "rapporteur", "Eurac Research"),
], [
 O("Holzbau Cluster Südtirol"), O("IDM Südtirol – Alto Adige"), O("NOI Techpark"),
 O("Autonomous Province of Bolzano – South Tyrol"), O("Technische Universität München"),
 O("Chair of Timber Structures and Building Construction"),
 O("Free University of Bozen-Bolzano"), O("Rubner Holzbau"), O("Habitech – Distretto Tecnologico Trentino"),
 O("Provincial Fire Brigade Office"), O("proHolz Tirol"), O("Bayerische Architektenkammer"), O("Eurac Research"),
 O("Enterprise Europe Network Italy"), O("European Commission"),
 O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", "DG GROW"),
 O("Amt der Tiroler Landesregierung"), O("Provincia autonoma di Trento"),
], [
 E("Alpine Timber Construction Days 2035", "2035-03-14", "2035-03-15", "Bolzano", "Italy"),
 E("Study visits", "2035-03-15", "2035-03-15", None, None),
 E("Matchmaking", None, None, None, None),
 E("EU Construction Ecosystem Forum", "2035-10-09", "2035-10-09", "Brussels", "Belgium"),
 E("working meeting", "2035-06-12", "2035-06-12", "Innsbruck", "Austria"),
 E("sixth Alpine Timber Construction Days", "2037-03", "2037-03", "Trento", "Italy"),
], ["2035-04-04", "2035-03-14/2035-03-15", "2027", "2029", "2031", "2033", "2038", "2035-03-15", "2035-10-09", "2035-03-29",
    "2035-12", "2035-06-12", "2037-03"], KM, pub="2035-04-04")
