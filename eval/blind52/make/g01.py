from h import *
doc = "our-team_halland-business-development-agency.html"
T = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Our team | Halland Business Development Agency</title></head>
<body>
<div class="cookie-bar">We use cookies to improve your visit. <a href="#">Accept all</a> <a href="#">Only necessary</a></div>
<header>
<nav><a href="/">Home</a> | <a href="/services">Services</a> | <a href="/clusters">Clusters</a> | <a href="/invest">Invest in Halland</a> | <a href="/news">News</a> | <a href="/about">About us</a> | <a href="/en">EN</a> / <a href="/sv">SV</a></nav>
<p class="breadcrumbs">Home &rsaquo; About us &rsaquo; Our team</p>
</header>
<main>
<h1>Our team</h1>
<p>Halland Business Development Agency (HBDA) is the regional development agency of Halland. We are owned by Region Halland and work from our offices in Halmstad and Varberg. Our 24 colleagues are organised in four departments and a small management office. Call the switchboard on +46 35 000 12 00 or write to the person you need directly; e-mail addresses follow the pattern firstname.lastname@hbda.example.</p>

<h2>Management</h2>
<div class="card"><h3>Karin Svensson-Lövgren</h3><p>Chief Executive Officer</p>
<p>Karin joined HBDA in 2031 from Almi Företagspartner, where she headed the Halmstad office. She chairs the agency's management group and represents HBDA in the Swedish network of regional development agencies.</p>
<p>Phone: +46 35 000 12 01 &middot; E-mail: karin.svensson-lovgren@hbda.example</p></div>
<div class="card"><h3>Mats Engdahl</h3><p>Deputy CEO and Head of Finance</p>
<p>Phone: +46 35 000 12 05 &middot; E-mail: mats.engdahl@hbda.example</p></div>

<h2>Cluster Development</h2>
<p>The department runs the agency's cluster programme and hosts the secretariats of three cluster organisations.</p>
<div class="card"><h3>Ylva Bergkvist-Aho</h3><p>Head of Department</p>
<p>Phone: +46 35 000 12 20 &middot; E-mail: ylva.bergkvist-aho@hbda.example</p></div>
<div class="card"><h3>Johan Petrén</h3><p>Senior Advisor, HBDA &ndash; and cluster manager of Västkust Livsmedelskluster</p>
<p>Johan splits his week between the agency and the food cluster, which HBDA has hosted since 2029. Before that he was production manager at Laholms Mejeri AB.</p>
<p>Phone: +46 35 000 12 22 &middot; E-mail: johan.petren@hbda.example</p></div>
<div class="card"><h3>Linnéa Strandh</h3><p>project manager, Interreg project COASTLINK (2033&ndash;2036)</p>
<p>Phone: +46 35 000 12 24 &middot; E-mail: linnea.strandh@hbda.example</p></div>
<div class="card"><h3>Hanna Berg</h3><p>Cluster advisor, wood and building (on parental leave until 31 August 2034)</p>
<p>During Hanna's leave, please contact Erik Sandahl, interim cluster advisor, +46 35 000 12 27.</p></div>

<h2>Investment &amp; Internationalisation</h2>
<div class="card"><h3>Fatima El-Khoury</h3><p>Head of Investment Promotion</p>
<p>Fatima leads the Invest in Halland team and the agency's cooperation with Business Sweden. She was previously a trade advisor at the Swedish embassy in Beirut.</p>
<p>Phone: +46 35 000 12 30 &middot; E-mail: fatima.el-khoury@hbda.example</p></div>
<div class="card"><h3>Oskar Nyqvist</h3><p>Export advisor</p>
<p>Phone: +46 35 000 12 32 &middot; E-mail: oskar.nyqvist@hbda.example</p></div>
<div class="card"><h3>Jelena Marković</h3><p>Soft-landing coordinator for international start-ups</p>
<p>Phone: +46 340 000 44 10 (Varberg office) &middot; E-mail: jelena.markovic@hbda.example</p></div>

<h2>Innovation &amp; Skills</h2>
<div class="card"><h3>Emelie Grahn</h3><p>Head of Department (seconded from Halmstad University, where she is senior lecturer in innovation science)</p>
<p>Phone: +46 35 000 12 40 &middot; E-mail: emelie.grahn@hbda.example</p></div>
<div class="card"><h3>Per-Erik Wallin</h3><p>Innovation advisor, digitalisation and AI</p>
<p>Per-Erik coordinates the regional node of the European Digital Innovation Hub &ldquo;DIH Västkust&rdquo;. Until 2032 he was IT manager at Falkenbergs Plåt AB.</p>
<p>Phone: +46 35 000 12 42 &middot; E-mail: per-erik.wallin@hbda.example</p></div>
<div class="card"><h3>Amir Haddad</h3><p>skills coordinator</p>
<p>Phone: +46 35 000 12 44 &middot; E-mail: amir.haddad@hbda.example</p></div>

<h2>Communications &amp; Events</h2>
<div class="card"><h3>Sara Lindqvist-Ek</h3><p>Communications Officer</p>
<p>Sara edits the monthly newsletter and organises the Halland Business Day, next held on 22 October 2034 at Hallandsarenan in Halmstad.</p>
<p>Phone: +46 35 000 12 50 &middot; E-mail: sara.lindqvist-ek@hbda.example</p></div>
<div class="card"><h3>Tove Ahlgren</h3><p>Event coordinator</p>
<p>Phone: +46 35 000 12 52 &middot; E-mail: tove.ahlgren@hbda.example</p></div>

<h2>Board of directors</h2>
<p>Chair: Bengt Rydell (Region Halland). Other members: Lisa Holmér (Nissadalens Sparbank), Nils-Åke Fransson (Falkenbergs Plåt AB) and Sofia Ekdahl Nour (Halmstad University). Minutes of board meetings are published on request.</p>
<p class="updated">Page updated: 12.03.2034</p>
</main>
<footer>
<p>Halland Business Development Agency &middot; Kristian IV:s väg 3, 302 50 Halmstad &middot; Org. no. 556000-0000</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/accessibility">Accessibility</a> | <a href="/press">Press</a> | Follow us on LinkedIn</p>
<p>&copy; 2034 HBDA</p>
</footer>
</body>
</html>
"""
A = "Halland Business Development Agency"
people = [
 P("Karin Svensson-Lövgren", "Chief Executive Officer", A),
 P("Mats Engdahl", "Deputy CEO and Head of Finance", A),
 P("Ylva Bergkvist-Aho", "Head of Department", A),
 P("Johan Petrén", "Senior Advisor", A),
 P("Linnéa Strandh", "project manager", A),
 P("Hanna Berg", "Cluster advisor, wood and building", A),
 P("Erik Sandahl", "interim cluster advisor", A),
 P("Fatima El-Khoury", "Head of Investment Promotion", A),
 P("Oskar Nyqvist", "Export advisor", A),
 P("Jelena Marković", "Soft-landing coordinator for international start-ups", A),
 P("Emelie Grahn", "Head of Department", A),
 P("Per-Erik Wallin", "Innovation advisor, digitalisation and AI", A),
 P("Amir Haddad", "skills coordinator", A),
 P("Sara Lindqvist-Ek", "Communications Officer", A),
 P("Tove Ahlgren", "Event coordinator", A),
 P("Bengt Rydell", "Chair", A),
 P("Lisa Holmér", None, "Nissadalens Sparbank"),
 P("Nils-Åke Fransson", None, "Falkenbergs Plåt AB"),
 P("Sofia Ekdahl Nour", None, "Halmstad University"),
]
orgs = [O(A, "HBDA"), O("Region Halland"), O("Almi Företagspartner"), O("Västkust Livsmedelskluster"),
 O("Laholms Mejeri AB"), O("Business Sweden"), O("Halmstad University"), O("DIH Västkust"),
 O("Falkenbergs Plåt AB"), O("Nissadalens Sparbank")]
events = [E("Halland Business Day", "2034-10-22", "2034-10-22", "Halmstad", "Sweden")]
dates = ["2031", "2029", "2033/2036", "2034-08-31", "2032", "2034-10-22", "2034-03-12"]
save(doc, T, None, people, orgs, events, dates, [])
