from common import *
fn = "board-of-directors.html"
html = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Board of Directors | Digivärav Cluster</title></head>
<body>
<div class="cookie">We use cookies to measure visits. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/members">Members</a> | <a href="/projects">Projects</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/et">EST</a></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/about">About us</a> &rsaquo; Board of Directors</div>
<main>
<h1>Board of Directors</h1>
<p>Digivärav Cluster (MTÜ Digivärav) brings together 58 Estonian companies and institutions working on digital public
services, e-identity and govtech exports. The Board of Directors is elected by the General Meeting for a term of three
years. The current Board was elected on 12 May 2032 and serves until the General Meeting of spring 2035.</p>

<div class="card">
<h3>Kadri Tammsalu</h3>
<p class="role">Chair of the Board</p>
<p>Kadri is co-founder and CEO of Allkiri OÜ, a Tallinn company that builds electronic-signature tools for
municipalities. Before that she spent nine years at the Information System Authority (RIA), where she led the team
responsible for the national e-services gateway. She has chaired the Board since 2029.</p>
</div>

<div class="card">
<h3>Jaan-Erik Põldmaa</h3>
<p class="role">Vice-Chair</p>
<p>Jaan-Erik is head of public-sector solutions at Nortal-like integrator Riigitark AS and a former adviser at the
Ministry of Economic Affairs and Communications. He represents the large integrators on the Board and chairs the
cluster's export working group.</p>
</div>

<div class="card">
<h3>Dr. Marju Lepik</h3>
<p class="role">Board member, research</p>
<p>Associate professor of e-governance at Tallinn University of Technology (TalTech), Marju leads the Ragnar Nurkse
Department's research group on data exchange layers. She represents the universities and the research community.</p>
</div>

<div class="card">
<h3>Siim Kõrvits</h3>
<p class="role">Board member, start-ups</p>
<p>Siim founded the identity-verification start-up Näotu OÜ in 2030 and sold it to a Nordic bank in 2033. Today he is a
partner at the Tartu-based seed fund Emajõe Ventures and mentors founders in the Digivärav Launchpad.</p>
</div>

<div class="card">
<h3>Olga Vassiljeva</h3>
<p class="role">Board member, regions</p>
<p>Olga is development director of Ida-Viru Digital Hub SA in Jõhvi. She brings the perspective of companies in
North-East Estonia and coordinates the cluster's Russian-language training offer.</p>
</div>

<div class="card">
<h3>Tõnis van der Kaap</h3>
<p class="role">Board member, finance</p>
<p>Tõnis, born in Leiden to an Estonian mother, is CFO of the cloud-hosting company Pilvekoda AS. He oversees the
cluster's budget and audit and is the Board's contact for the Enterprise Estonia funding agreement.</p>
</div>

<h2>How the Board works</h2>
<p>The Board sets the cluster's annual work plan and budget, admits new members and represents the cluster towards
ministries and foreign partners. Seats are balanced between large integrators, start-ups, research and the regions, so
that no single group holds a majority. Board members serve without pay and declare their interests once a year; a
member with a conflict leaves the room when the Board discusses a project that concerns their company.</p>

<h2>Management team</h2>
<p>The Board appoints the Cluster Manager. Since 1 February 2033 this role is held by <strong>Liisi Mägi</strong>,
previously project manager at the Estonian Association of Information Technology and Telecommunications (ITL). She is
supported by <strong>Rasmus Pärn</strong>, export and matchmaking manager, and <strong>Helina Otsa</strong>, office and
membership coordinator.</p>

<h2>Board meetings</h2>
<p>The Board meets at least six times a year. Minutes of the meetings are available to members in the extranet. The
next Board meeting takes place on 9 September 2034 at Ülemiste City, Tallinn.</p>
</main>
<footer>
<p>Digivärav Cluster · Valukoja 8, 11415 Tallinn, Estonia · info@digivarav.example</p>
<p>Supported by Enterprise Estonia (EAS) cluster development programme · <a href="#">Privacy</a> · <a href="#">Cookie policy</a></p>
<p>&copy; 2034 MTÜ Digivärav</p>
</footer>
</body>
</html>
"""
html = html.replace("Nortal-like integrator ", "the integrator ")
write_txt(fn, html)
C="Digivärav Cluster"
gold(fn, None,
 [P("Kadri Tammsalu","Chair of the Board",C),
  P("Jaan-Erik Põldmaa","Vice-Chair",C),
  P("Marju Lepik","Board member",C),
  P("Siim Kõrvits","Board member",C),
  P("Olga Vassiljeva","Board member",C),
  P("Tõnis van der Kaap","Board member",C),
  P("Liisi Mägi","Cluster Manager",C),
  P("Rasmus Pärn","export and matchmaking manager",C),
  P("Helina Otsa","office and membership coordinator",C)],
 [O("Digivärav Cluster"), O("Allkiri OÜ"), O("Information System Authority","RIA"),
  O("Riigitark AS"), O("Ministry of Economic Affairs and Communications"),
  O("Tallinn University of Technology","TalTech"), O("Ragnar Nurkse Department"),
  O("Näotu OÜ"), O("Emajõe Ventures"), O("Ida-Viru Digital Hub SA"), O("Pilvekoda AS"),
  O("Enterprise Estonia","EAS"),
  O("Estonian Association of Information Technology and Telecommunications","ITL")],
 [E("Board meeting","2034-09-09","2034-09-09","Tallinn","Estonia"),
  E("General Meeting","2035","2035",None,None)],
 ["2032-05-12","2035","2029","2030","2033","2033-02-01","2034-09-09"],
 [])
