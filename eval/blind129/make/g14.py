from h import *
F = 'g14_norrkoping_interreg_partners.html'
assert wd(2035,10,16)=='Tuesday' and wd(2035,10,17)=='Wednesday' and wd(2036,2,6)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partners – TALENT4CLUSTERS (Interreg Baltic Sea Region)</title></head>
<body>
<div class="cookies">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">More information</a> <button>OK</button></div>
<header><p class="logo">TALENT4CLUSTERS · Skills for cluster organisations in the Baltic Sea Region</p>
<nav><a href="/">Home</a> | <a href="/about">About the project</a> | <a href="/partners">Partners</a> | <a href="/outputs">Outputs</a> | <a href="/news">News</a> | <a href="/events">Events</a> | <a href="/contact">Contact</a></nav></header>
<main>
<h1>Partners</h1>
<p>TALENT4CLUSTERS (1 March 2034 – 28 February 2037) helps cluster organisations around the Baltic Sea to recruit, train and keep their staff. Eight partners from six countries work together; the project is led by East Sweden Business Region. Below you find every partner with its contact person.</p>

<h2>Lead partner</h2>
<div class="partner"><h3>East Sweden Business Region (ESBR), Norrköping, Sweden</h3>
<p>The regional business development company of Östergötland, owned by the region and its 13 municipalities. Contact: <strong>Henrik Lundquist</strong>, Project Coordinator · <strong>Amira Hassan</strong>, Financial Manager</p></div>

<h2>Project partners</h2>
<div class="partner"><h3>Linköping University, Department of Management and Engineering</h3>
<p>Develops the training modules for cluster managers. Contact: Associate Professor <strong>Karin Frostenson-Ek</strong></p></div>
<div class="partner"><h3>Tartu Science Park Foundation, Estonia</h3>
<p>Runs the mentoring scheme for junior cluster staff. Contact: <strong>Kaarel Raudsepp</strong>, Head of Cluster Services</p></div>
<div class="partner"><h3>Latvian IT Cluster (LIKTA), Riga, Latvia</h3>
<p>Contact: <strong>Inga Bērziņa</strong>, Executive Director</p></div>
<div class="partner"><h3>Pomeranian Special Economic Zone, Gdańsk, Poland</h3>
<p>Contact: <strong>Michał Zawadzki-Nowak</strong>, Cluster Development Manager</p></div>
<div class="partner"><h3>Kaunas Science and Technology Park, Lithuania</h3>
<p>Contact: <strong>Rūta Petrauskienė</strong>, Project Manager</p></div>
<div class="partner"><h3>Business Joensuu Oy, Finland</h3>
<p>Contact: <strong>Ville Hyvärinen</strong>, Senior Cluster Adviser</p></div>
<div class="partner"><h3>Wirtschaftsförderung Rostock GmbH, Germany</h3>
<p>Contact: <strong>Dr. Anke Lüdemann</strong>, Head of Innovation</p></div>

<h2>Associated organisations</h2>
<p>Swedish Agency for Economic and Regional Growth (Tillväxtverket); Estonian Ministry of Economic Affairs and Communications; Clusters of Finland association; the Baltic Sea Region Cluster Network.</p>

<p>Associated organisations do not receive project funding, but they take part in partner meetings, test the training modules with their own staff and help spread the results to cluster organisations outside the partnership. Any cluster association, ministry or agency in the Baltic Sea Region that shares the project's goals can apply for associated status by writing to the project coordinator.</p>

<h2>Steering committee</h2>
<p>The steering committee consists of one representative per partner and meets twice a year. It is chaired by the lead partner's CEO, <strong>Magnus Öberg-Strand</strong>. The 3rd steering committee meeting was held in Norrköping on Tuesday 16 October 2035, followed on Wednesday 17 October by a partner workshop on mentoring at Norrköping Science Park.</p>

<h3>Key takeaways from the Norrköping partner meeting</h3>
<ul>
<li>Mentoring works best when mentor and mentee come from clusters in different countries</li>
<li>Cluster managers value short online modules more than week-long courses</li>
<li>Salary levels remain the main reason why trained staff leave cluster organisations</li>
</ul>

<h2>Past and future partner meetings</h2>
<ul>
<li>Kick-off meeting – Norrköping, 10–11 April 2034</li>
<li>2nd partner meeting – Tartu, 25–26 September 2034</li>
<li>3rd partner meeting – Riga, 19–20 March 2035</li>
<li>4th partner meeting – Norrköping, 16–17 October 2035</li>
<li>5th partner meeting – Joensuu, Wednesday 6 February 2036</li>
<li>Final conference – Gdańsk, autumn 2036 (date to be confirmed)</li>
</ul>

<h2>Changes in the partnership</h2>
<p>In September 2035 <strong>Sigrid Ahlström</strong> handed over the role of Project Coordinator to Henrik Lundquist after she was appointed Director of the Norrköping Science Park. We thank Sigrid for launching the project. At Kaunas Science and Technology Park, Rūta Petrauskienė replaced <strong>Tomas Jankauskas</strong> in May 2035.</p>

<p class="share">Share: <a href="#">LinkedIn</a> · <a href="#">Facebook</a></p>
</main>
<footer><p>TALENT4CLUSTERS is co-funded by the Interreg Baltic Sea Region Programme 2028–2034. The content of this website reflects the authors' views only.</p>
<p><a href="/privacy">Privacy policy</a> · <a href="/imprint">Imprint</a> · Last update: 12 November 2035</p></footer>
</body></html>
"""
write(F, T)
E_="East Sweden Business Region"
gold(F,
 [P("Henrik Lundquist","Project Coordinator",E_),
  P("Amira Hassan","Financial Manager",E_),
  P("Karin Frostenson-Ek","Associate Professor","Linköping University"),
  P("Kaarel Raudsepp","Head of Cluster Services","Tartu Science Park Foundation"),
  P("Inga Bērziņa","Executive Director","Latvian IT Cluster"),
  P("Michał Zawadzki-Nowak","Cluster Development Manager","Pomeranian Special Economic Zone"),
  P("Rūta Petrauskienė","Project Manager","Kaunas Science and Technology Park"),
  P("Ville Hyvärinen","Senior Cluster Adviser","Business Joensuu Oy"),
  P("Anke Lüdemann","Head of Innovation","Wirtschaftsförderung Rostock GmbH"),
  P("Magnus Öberg-Strand","CEO",E_),
  P("Sigrid Ahlström","Director","Norrköping Science Park"),
  P("Tomas Jankauskas",None,"Kaunas Science and Technology Park")],
 [O(E_,"ESBR"), O("Linköping University"), O("Department of Management and Engineering"),
  O("Tartu Science Park Foundation"), O("Latvian IT Cluster","LIKTA"), O("Pomeranian Special Economic Zone"),
  O("Kaunas Science and Technology Park"), O("Business Joensuu Oy"), O("Wirtschaftsförderung Rostock GmbH"),
  O("Swedish Agency for Economic and Regional Growth","Tillväxtverket"),
  O("Estonian Ministry of Economic Affairs and Communications"), O("Clusters of Finland"),
  O("Baltic Sea Region Cluster Network"), O("Norrköping Science Park")],
 [E("3rd steering committee meeting","2035-10-16",None,"Norrköping","Sweden"),
  E("partner workshop on mentoring","2035-10-17",None,"Norrköping","Sweden"),
  E("Kick-off meeting","2034-04-10","2034-04-11","Norrköping","Sweden"),
  E("2nd partner meeting","2034-09-25","2034-09-26","Tartu","Estonia"),
  E("3rd partner meeting","2035-03-19","2035-03-20","Riga","Latvia"),
  E("4th partner meeting","2035-10-16","2035-10-17","Norrköping","Sweden"),
  E("5th partner meeting","2036-02-06",None,"Joensuu","Finland"),
  E("Final conference","2036",None,"Gdańsk","Poland")],
 ["2034-03-01/2037-02-28","2035-10-16","2035-10-17","2034-04-10/2034-04-11","2034-09-25/2034-09-26","2035-03-19/2035-03-20","2035-10-16/2035-10-17","2036-02-06","2036","2035-09","2035-05","2028/2034","2035-11-12"],
 ["Mentoring works best when mentor and mentee come from clusters in different countries",
  "Cluster managers value short online modules more than week-long courses",
  "Salary levels remain the main reason why trained staff leave cluster organisations"], pub=None)
