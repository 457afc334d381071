from h import *
F = 'outcome-report_alpine-timber-construction-days-2035.html'
T = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Outcome report – Alpine Timber Construction Days 2035 | Holzbau-Cluster Allgäu</title></head>
<body>
<div class="cookie-bar">We use technical and analytics cookies. Details in our <a href="/en/cookies">cookie policy</a>. <button>Accept all</button> <button>Only necessary</button></div>
<header><a href="/en/" class="logo">Holzbau-Cluster Allgäu · Allgäu Timber Construction Cluster</a>
<nav><a href="/en/cluster">Cluster</a> | <a href="/en/members">Members</a> | <a href="/en/events" class="active">Events</a> | <a href="/en/publications">Publications</a> | <a href="/de/">DE</a> <a href="/en/">EN</a></nav></header>
<div class="breadcrumb">Home › Events › Alpine Timber Construction Days › Outcome report 2035</div>
<main>
<h1>Alpine Timber Construction Days 2035 – outcome report</h1>
<p class="meta">Published 4 April 2035 · Reading time 6 min · <a href="/files/ATCD2035_outcome.pdf">Download PDF (1.2 MB)</a></p>
<p>The fifth Alpine Timber Construction Days took place at the bigBOX Allgäu in Kempten on {wd('2035-03-14')} 14 and {wd('2035-03-15')} 15 March 2035.
Organised by the Holzbau-Cluster Allgäu within the business location agency Allgäu GmbH – Gesellschaft für Standort und Tourismus, the conference brought
together 312 participants from the Allgäu, Upper Swabia, Vorarlberg, Tyrol, St. Gallen and Liechtenstein: carpenters, sawmills, architects,
engineering offices, public building owners and researchers. The previous editions were held in Kempten (2027 and 2029), Dornbirn
(2031) and Kempten (2033).</p>
<p>The conference was opened by Dr. Martina Oberhauser-Rist, Director of the Holzbau-Cluster Allgäu, and by the District Administrator
of Oberallgäu, Georg Thaler-Pichler, who recalled that the District Office of Oberallgäu (Landratsamt Oberallgäu) wants half of all new public
buildings to use timber structures by 2038. A keynote by Prof. Dr.-Ing. Lukas Zehentner (Technische Universität München, Chair of
Timber Structures and Building Construction) presented the results of five years of monitoring of multi-storey timber buildings in
the Alpine arc.</p>
<h2>Programme in brief</h2>
<ul>
<li><strong>Panel 1 – Circular timber:</strong> with Chiara Dalla Torre (Hochschule Kempten), Andreas Rainer-Mahlknecht
(Holzbau Schwarzenbach GmbH) and Valentina Zambaldi (Holzforschung Austria). Moderation: Thomas Gruber, Holzbau-Cluster Allgäu.</li>
<li><strong>Panel 2 – Public procurement and fire safety:</strong> with Ing. Paolo De Monte (Bayerische Versicherungskammer – Fire Prevention Service), Mag. Sabine
Hollaus (proHolz Tirol) and Jakob von Gumppenberg (Bayerische Architektenkammer).</li>
<li><strong>Study visits</strong> on 15 March afternoon to the new Immenstadt vocational school campus and to the timber test hall of the
Fraunhofer Institute for Building Physics.</li>
<li><strong>Matchmaking</strong> organised with the Enterprise Europe Network Bavaria: 74 bilateral meetings.</li>
</ul>
<p>Representatives of the European Commission joined online: Hélène Marchetti-Roux, policy officer at the Directorate-General for
Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), presented the New European Bauhaus actions for construction
ecosystems, and invited the clusters to the EU Construction Ecosystem Forum in Brussels on 9 October 2035.</p>
<h2>Key messages</h2>
<p>At the closing session the rapporteur, Dr. Eva Lindenmayr (Fraunhofer Institute for Building Physics), summarised the discussions in seven key messages, which
the steering group adopted on 29 March 2035:</p>
<ol>
<li>Timber construction in the Alps has moved from pilot projects to mainstream demand, but regional sawmill capacity will not keep pace without joint investment planning.</li>
<li>Public building owners are the strongest lever: framework contracts and early market dialogue should become standard in all five regions.</li>
<li>Fire-safety rules differ between Germany, Austria, Switzerland and Liechtenstein and slow down cross-border projects; a common Alpine guidance document is needed.</li>
<li>Circular design must start at the drawing board, with dismountable joints and material passports for every new timber building.</li>
<li>Skills are the bottleneck: vocational schools and companies should share training halls and a common curriculum for timber assembly.</li>
<li>Damaged wood from storms and bark beetle outbreaks can be used for construction products if grading and logistics are organised at regional level.</li>
<li>Clusters should act as neutral brokers between forest owners, industry and public buyers, and measure their impact with shared indicators.</li>
</ol>
<h2>What happens next</h2>
<p>The Holzbau-Cluster Allgäu and its partners in the Alpine Space project TIMBER-LOOP will draft the common fire-safety guidance
by December 2035. A working meeting with the Amt der Tiroler Landesregierung and the Amt der Vorarlberger Landesregierung is scheduled in
Innsbruck on 12 June 2035. The sixth Alpine Timber Construction Days will be hosted in Bregenz in March 2037.</p>
<p>Presentations and photos are available in the members' area. Questions: Thomas Gruber, project manager, <a href="mailto:thomas.gruber@allgaeu.example">thomas.gruber@allgaeu.example</a>.</p>
<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">E-mail</a></p>
</main>
<footer>Allgäu GmbH – Gesellschaft für Standort und Tourismus · Holzbau-Cluster Allgäu · Allgäuer Straße 1, 87435 Kempten (Allgäu) · USt-IdNr. DE 812 345 678 ·
<a href="/en/privacy">Privacy</a> · <a href="/en/imprint">Imprint</a> · © 2035</footer>
</body></html>
'''
write(F, T)
KM = ["Timber construction in the Alps has moved from pilot projects to mainstream demand, but regional sawmill capacity will not keep pace without joint investment planning",
"Public building owners are the strongest lever: framework contracts and early market dialogue should become standard in all five regions",
"Fire-safety rules differ between Germany, Austria, Switzerland and Liechtenstein and slow down cross-border projects; a common Alpine guidance document is needed",
"Circular design must start at the drawing board, with dismountable joints and material passports for every new timber building",
"Skills are the bottleneck: vocational schools and companies should share training halls and a common curriculum for timber assembly",
"Damaged wood from storms and bark beetle outbreaks can be used for construction products if grading and logistics are organised at regional level",
"Clusters should act as neutral brokers between forest owners, industry and public buyers, and measure their impact with shared indicators"]
gold(F, [
 P("Martina Oberhauser-Rist", "Director", "Holzbau-Cluster Allgäu"),
 P("Georg Thaler-Pichler", "District Administrator of Oberallgäu", "District Office of Oberallgäu"),
 P("Lukas Zehentner", None, "Technische Universität München"),
 P("Chiara Dalla Torre", None, "Hochschule Kempten"),
 P("Andreas Rainer-Mahlknecht", None, "Holzbau Schwarzenbach GmbH"),
 P("Valentina Zambaldi", None, "Holzforschung Austria"),
 P("Thomas Gruber", "project manager", "Holzbau-Cluster Allgäu"),
 P("Paolo De Monte", None, "Bayerische Versicherungskammer"),
 P("Sabine Hollaus", None, "proHolz Tirol"),
 P("Jakob von Gumppenberg", None, "Bayerische Architektenkammer"),
 P("Hélène Marchetti-Roux", "policy officer", "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
 P("Eva Lindenmayr", "rapporteur", "Fraunhofer Institute for Building Physics"),
], [
 O("Holzbau-Cluster Allgäu"), O("Allgäu GmbH – Gesellschaft für Standort und Tourismus"),
 O("District Office of Oberallgäu"), O("Technische Universität München"),
 O("Chair of Timber Structures and Building Construction"),
 O("Hochschule Kempten"), O("Holzbau Schwarzenbach GmbH"), O("Holzforschung Austria"),
 O("Bayerische Versicherungskammer"), O("Fire Prevention Service"), O("proHolz Tirol"), O("Bayerische Architektenkammer"), O("Fraunhofer Institute for Building Physics"),
 O("Enterprise Europe Network Bavaria"), O("European Commission"),
 O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", "DG GROW"),
 O("Amt der Tiroler Landesregierung"), O("Amt der Vorarlberger Landesregierung"),
], [
 E("Alpine Timber Construction Days 2035", "2035-03-14", "2035-03-15", "Kempten", "Germany"),
 E("Study visits", "2035-03-15", "2035-03-15", None, None),
 E("Matchmaking", None, None, None, None),
 E("EU Construction Ecosystem Forum", "2035-10-09", "2035-10-09", "Brussels", "Belgium"),
 E("working meeting", "2035-06-12", "2035-06-12", "Innsbruck", "Austria"),
 E("sixth Alpine Timber Construction Days", "2037-03", "2037-03", "Bregenz", "Austria"),
], ["2035-04-04", "2035-03-14/2035-03-15", "2027", "2029", "2031", "2033", "2038", "2035-03-15", "2035-10-09", "2035-03-29",
    "2035-12", "2035-06-12", "2037-03"], KM, pub="2035-04-04")
