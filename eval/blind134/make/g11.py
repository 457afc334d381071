from h import *
F = 'g11_lund_medtech_team_page.html'
assert wd(2034,9,2)=='Saturday' and wd(2034,10,16)=='Monday' and wd(2034,8,25)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Our team | Skåne MedTech Cluster</title></head>
<body>
<div class="cookie">We use cookies to analyse traffic and improve the site. <a href="/cookies">Cookie settings</a> <button>Accept all</button></div>
<header><p class="brand">Skåne MedTech Cluster – part of the Medicon Valley ecosystem</p>
<nav><a href="/">Start</a> · <a href="/about">About</a> · <a href="/team">Team</a> · <a href="/members">Members</a> · <a href="/services">Services</a> · <a href="/calendar">Calendar</a> · <a href="/sv">Svenska</a></nav></header>
<main>
<h1>Meet the team</h1>
<p class="lead">Eleven people in Lund and Malmö help our 180 member companies, clinics and universities turn medical technology ideas into products. Get in touch with the person who fits your question – or just drop by the office at Ideon Science Park.</p>

<section class="cards">
<div class="card"><h3>Johanna Lindgren-Abebe</h3><p>CEO</p><p>Leads the organisation and our relations with Region Skåne, the national innovation agency Vinnova and the municipalities. Before joining in 2031 she was business development director at Gambro Lundia AB. <a href="mailto:johanna@skanemedtech.example.se">E-mail</a></p></div>
<div class="card"><h3>Dr. Mehmet Özkan</h3><p>Head of Innovation Programmes</p><p>Runs the clinical testbed programme together with Skåne University Hospital (SUS). PhD in biomedical engineering from Lund University.</p></div>
<div class="card"><h3>Sara af Klercker</h3><p>Business Coach, regulatory affairs</p><p>Helps start-ups through the EU Medical Device Regulation. Twelve years at the notified body Intertek Semko AB.</p></div>
<div class="card"><h3>Piotr Zawadzki</h3><p>International Project Manager</p><p>Coordinates our work in the Interreg Öresund-Kattegat-Skagerrak projects and the cluster partnership with BioCon Valley in Greifswald.</p></div>
<div class="card"><h3>Amira Haddad</h3><p>Community and Events Manager</p><p>Organises the MedTech Mornings and our annual Skåne MedTech Summit.</p></div>
<div class="card"><h3>Elin Castillo Berg</h3><p>Communications Officer</p><p>Writes our newsletter, runs LinkedIn and the member stories. Previously a reporter at Sydsvenskan in Malmö, where she covered research and business.</p></div>
<div class="card"><h3>Fredrik Nyqvist</h3><p>Controller (part-time)</p></div>
</section>
<p><a href="/team/all">Show all team members ›</a></p>

<section>
<h2>Welcome, Mehmet – and thank you, Gunnel</h2>
<p class="date">25 August 2034</p>
<p>On Monday 16 October 2034 Dr. Mehmet Özkan takes over as Head of Innovation Programmes from Gunnel Strandberg, who retires after building up the programme since 2029. Gunnel started her career as a nurse at the hospital in Helsingborg and later headed the innovation office of Region Skåne. Under her leadership, 64 products were tested in Skåne's hospitals and primary care centres before reaching the market.</p>
<p>Gunnel will be celebrated at an after-work party at our office on Saturday 2 September 2034 – members and partners are warmly welcome. Please register by 30 August.</p>
<p>Asked for her advice to her successor, Gunnel listed three things: listen to the nurses before the engineers, never promise a company a test site you have not visited, and keep the paperwork for ethics approval on your own desk.</p>
</section>

<section>
<h2>Board of directors</h2>
<p>The board was elected at the annual meeting on 24 April 2034:</p>
<ul>
<li>Chair: Prof. Lennart Håkansson, Lund University</li>
<li>Vice Chair: Cecilia Moreau-Nilsson, Getinge AB</li>
<li>Board members: Ahmed Yusuf (Region Skåne), Kristina Bjurström (Malmö Municipality), Dr. Jonas Ek (CellaVision AB), Linnea Dahl (Ideon Science Park AB), Olof Sandberg (Sparbanken Skåne)</li>
<li>Deputy: Maja Thorsen (Medicon Village Innovation AB)</li>
</ul>
<p>The annual reports and the minutes of the annual meeting are available in the <a href="/members/area">member area</a>.</p>
</section>

<section>
<h2>Coming up</h2>
<ul>
<li>5 October 2034, 08:00–09:30: MedTech Morning "Reimbursement in the Nordic countries", Lund</li>
<li>22–23 November 2034: Skåne MedTech Summit, Malmö Live, Malmö</li>
<li>Application deadline for the clinical testbed programme, spring round: 15 January 2035</li>
</ul>
</section>

<section>
<h2>Contact</h2>
<p>Skåne MedTech Cluster ek. för. · Scheelevägen 00, SE-223 63 Lund · +46 46 000 00 00 · hello@skanemedtech.example.se</p>
<p>Office hours Monday to Thursday 9–16, Friday 9–14.</p>
</section>
</main>
<footer><p>© 2034 Skåne MedTech Cluster · Co-funded by Region Skåne and the European Regional Development Fund · <a href="/privacy">Privacy policy</a> · <a href="/accessibility">Accessibility</a></p>
<p>Follow us on LinkedIn · Subscribe to our newsletter</p></footer>
</body></html>
"""
write(F, T)
S_="Skåne MedTech Cluster ek. för."
gold(F,
 [P("Johanna Lindgren-Abebe","CEO",S_),
  P("Mehmet Özkan","Head of Innovation Programmes",S_),
  P("Sara af Klercker","Business Coach",S_),
  P("Piotr Zawadzki","International Project Manager",S_),
  P("Amira Haddad","Community and Events Manager",S_),
  P("Fredrik Nyqvist","Controller",S_),
  P("Elin Castillo Berg","Communications Officer",S_),
  P("Gunnel Strandberg","Head of Innovation Programmes",S_),
  P("Lennart Håkansson","Chair",S_),
  P("Cecilia Moreau-Nilsson","Vice Chair",S_),
  P("Ahmed Yusuf","Board member",S_),
  P("Kristina Bjurström","Board member",S_),
  P("Jonas Ek","Board member",S_),
  P("Linnea Dahl","Board member",S_),
  P("Olof Sandberg","Board member",S_),
  P("Maja Thorsen","Deputy",S_)],
 [O(S_), O("Region Skåne"), O("Vinnova"), O("Gambro Lundia AB"), O("Skåne University Hospital","SUS"), O("Lund University"),
  O("Intertek Semko AB"), O("BioCon Valley"), O("Getinge AB"), O("Malmö Municipality"), O("CellaVision AB"),
  O("Ideon Science Park AB"), O("Sparbanken Skåne"), O("Medicon Village Innovation AB"), O("Sydsvenskan")],
 [E("after-work party","2034-09-02",None,None,None),
  E("annual meeting","2034-04-24",None,None,None),
  E("MedTech Morning \"Reimbursement in the Nordic countries\"","2034-10-05",None,"Lund","Sweden"),
  E("Skåne MedTech Summit","2034-11-22","2034-11-23","Malmö","Sweden")],
 ["2031","2034-08-25","2034-10-16","2029","2034-09-02","2034-08-30","2034-04-24","2034-10-05","2034-11-22/2034-11-23","2035-01-15"],
 [], pub="2034-08-25")
