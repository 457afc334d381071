from h import *
F = 'g01_lahti_cleantech_newsletter.html'
assert wd(2038,4,20)=='Tuesday' and wd(2038,5,12)=='Wednesday' and wd(2038,6,3)=='Thursday' and wd(2038,3,26)=='Friday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Newsletter 2/2038 – Päijät-Häme Cleantech Cluster</title></head>
<body>
<nav>Home | About the cluster | Members | Projects | News | Events | Contact | FI / EN</nav>
<div class="cookie">We use cookies to improve your experience. <a href="#">Accept</a> <a href="#">Settings</a></div>
<header><h1>Cluster Newsletter 2/2038</h1>
<p class="meta">Published 29 March 2038 · by Kaisa Rintala-Virtanen, Communications</p></header>
<main>
<h2>Editorial: a busy spring for our members</h2>
<p>Dear members and friends, spring arrives late in Lahti, but the cluster calendar is already full. In this issue you will find news from five member companies, an invitation to our Annual General Meeting, the results of the circular economy round table and a reminder of two calls that close before Midsummer. – <em>Ville Hakkarainen, Cluster Manager</em></p>

<h2>AGM on 20 April</h2>
<p>The Annual General Meeting of Päijät-Häme Cleantech Cluster ry will be held on Tuesday 20 April 2038 at 14:00 in the LAB University of Applied Sciences auditorium, Mukkulankatu, Lahti. On the agenda: the annual report 2037, the accounts and the auditor's statement, the action plan for 2038–2040 and the election of three board members. Board chair Petteri Aaltonen (Kuusakoski Oy) steps down after two terms 2032–2038. Members may propose candidates until 6 April.</p>
<p><a href="#">Read more</a></p>

<h2>Round table on circular plastics: what we heard</h2>
<p>Twenty-six people from 17 organisations met for a round table on circular plastics at the Lahti Science Park on 26 March 2038, hosted together with the Regional Council of Päijät-Häme. The discussion was chaired by Dr Helmi Oksanen, senior researcher at LUT University, Lahti campus.</p>
<p><strong>Key takeaways</strong></p>
<ul>
<li>Sorted household plastic is available in the region, but recyclers lack steady buyers for the recyclate</li>
<li>Public procurement by the municipalities could create the first market if criteria for recycled content are written into tenders</li>
<li>SMEs need shared testing capacity rather than individual pilot lines</li>
<li>The cluster should map material flows with the neighbouring regions before applying for new funding</li>
</ul>

<h2>Member news</h2>
<h3>Ekokem Plast Lahti expands</h3>
<p>Member company Ekokem Plast Lahti Ltd opened its second sorting line in Hollola in March. Managing director Juho Pitkänen says the line doubles capacity to 40,000 tonnes a year.</p>
<h3>New faces</h3>
<p>Aino de Vries has joined the cluster team as project coordinator for international affairs. Aino previously worked for Business Finland in Helsinki and at the Finnish Embassy in The Hague (2033–2036).</p>
<h3>Welcome to new members</h3>
<p>The board accepted four new members in February: Salpaus Further Education, Nordic Bioloop Oy, Lahti Energy Ltd (Lahti Energia Oy) and the engineering office Sweco Finland's Lahti branch, which joins as an associate.</p>
<p><a href="#">All member news &raquo;</a></p>

<h2>Coming up</h2>
<table>
<tr><th>Date</th><th>Event</th><th>Place</th></tr>
<tr><td>20.4.2038</td><td>Annual General Meeting</td><td>Lahti</td></tr>
<tr><td>12.5.2038</td><td>Cleantech Breakfast #14: industrial symbiosis</td><td>Lahti Science Park</td></tr>
<tr><td>3.6.2038</td><td>Partner meeting of the Baltic CircuLab project</td><td>Tartu, Estonia</td></tr>
<tr><td>8.–10.6.2038</td><td>Lahti Circular Economy Days (6th edition)</td><td>Sibelius Hall, Lahti</td></tr>
</table>
<p>The Cleantech Breakfast on Wednesday 12 May starts at 8:00 with coffee; the speakers are Markku Lindqvist, plant manager at Stora Enso's Heinola Fluting Mill, and Outi Järvelä from Motiva Oy. On Thursday 3 June our team travels to Tartu for the partner meeting of the Baltic CircuLab project, hosted by the Tartu Science Park Foundation.</p>
<p>Past editions of the Lahti Circular Economy Days were held in 2033, 2034, 2035, 2036 and 2037; last year's edition gathered 1,100 visitors.</p>

<h2>Calls closing soon</h2>
<ul>
<li>Regional Council of Päijät-Häme, development grants for cluster pilots – deadline 30 April 2038</li>
<li>Interreg Central Baltic, fourth call for small projects – deadline 15 June 2038</li>
</ul>
<p>Our team helps members prepare applications; contact Aino de Vries.</p>
</main>
<footer>
<p>Päijät-Häme Cleantech Cluster ry · Niemenkatu 73, 15140 Lahti · info@phcleantech.example.fi</p>
<p>You receive this newsletter because you are a member or partner of the cluster. <a href="#">Unsubscribe</a> | <a href="#">Privacy</a></p>
<p>Share: Facebook · LinkedIn · X · E-mail</p>
</footer>
</body></html>
"""
write(F, T)
C = "Päijät-Häme Cleantech Cluster ry"
gold(F,
 [P("Kaisa Rintala-Virtanen", "Communications", C),
  P("Ville Hakkarainen", "Cluster Manager", C),
  P("Petteri Aaltonen", "Board chair", C),
  P("Helmi Oksanen", "senior researcher", "LUT University"),
  P("Juho Pitkänen", "Managing director", "Ekokem Plast Lahti Ltd"),
  P("Aino de Vries", "project coordinator for international affairs", C),
  P("Markku Lindqvist", "plant manager", "Stora Enso"),
  P("Outi Järvelä", None, "Motiva Oy")],
 [O(C), O("LAB University of Applied Sciences"), O("Kuusakoski Oy"), O("Regional Council of Päijät-Häme"),
  O("LUT University"), O("Ekokem Plast Lahti Ltd"), O("Business Finland"), O("Finnish Embassy in The Hague"),
  O("Salpaus Further Education"), O("Nordic Bioloop Oy"), O("Lahti Energy Ltd"), O("Sweco Finland"),
  O("Stora Enso"), O("Motiva Oy"), O("Tartu Science Park Foundation")],
 [E("Annual General Meeting", "2038-04-20", None, "Lahti", "Finland"),
  E("round table on circular plastics", "2038-03-26", None, "Lahti", "Finland"),
  E("Cleantech Breakfast #14", "2038-05-12", None, "Lahti", "Finland"),
  E("partner meeting of the Baltic CircuLab project", "2038-06-03", None, "Tartu", "Estonia"),
  E("Lahti Circular Economy Days (6th edition)", "2038-06-08", "2038-06-10", "Lahti", "Finland"),
  E("Lahti Circular Economy Days (2033)", "2033", None, None, None),
  E("Lahti Circular Economy Days (2034)", "2034", None, None, None),
  E("Lahti Circular Economy Days (2035)", "2035", None, None, None),
  E("Lahti Circular Economy Days (2036)", "2036", None, None, None),
  E("Lahti Circular Economy Days (2037)", "2037", None, None, None)],
 ["2038-03-29", "2038-04-20", "2037", "2038/2040", "2032/2038", "2038-04-06", "2038-03-26", "2038-03", "2033/2036",
  "2038-02", "2038-05-12", "2038-06-03", "2038-06-08/2038-06-10", "2033", "2034", "2035", "2036", "2038-04-30", "2038-06-15"],
 ["Sorted household plastic is available in the region, but recyclers lack steady buyers for the recyclate",
  "Public procurement by the municipalities could create the first market if criteria for recycled content are written into tenders",
  "SMEs need shared testing capacity rather than individual pilot lines",
  "The cluster should map material flows with the neighbouring regions before applying for new funding"],
 pub="2038-03-29")
