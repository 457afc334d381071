from h import *
F = 'tarnow_green_chemistry_challenge_2035.html'
T = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Green Chemistry Challenge 2035 – Tarnów Chemical Cluster</title></head>
<body>
<div class="cookies">This site uses cookies. By continuing to browse you agree to our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<header><a href="/" class="logo">Tarnów Chemical Cluster</a>
<nav><a href="/about">About</a> <a href="/members">Members</a> <a href="/challenge" class="active">Challenge 2035</a> <a href="/news">News</a> <a href="/pl">PL</a></nav></header>
<main>
<h1>Green Chemistry Challenge 2035</h1>
<p class="sub">A four-month innovation challenge for student and start-up teams · March – June 2035 · online and in Tarnów</p>
<p>The <strong>Tarnów Chemical Cluster</strong> (TCC), the <strong>Tarnów Industrial Park</strong> and the <strong>Faculty of Chemical Engineering and Technology of the Cracow University of Technology</strong> invite teams of two to five people to solve real problems of the chemical industry of Lesser Poland. This is the third edition of the challenge, after Tarnów 2031 and Tarnów 2033. The winning team receives PLN 60,000 and a six-month place in the cluster's incubator.</p>

<h2>The three challenges</h2>
<ol>
<li><strong>"From waste CO₂ to fertiliser"</strong> – proposed by Azoty Nitrogen Works Tarnów S.A.: ideas for using captured carbon dioxide in fertiliser production.</li>
<li><strong>"Plastics that know where they came from"</strong> – proposed by Polimery Małopolska sp. z o.o.: digital product passports and marker technologies for recycled polymers.</li>
<li><strong>"Water in, water out"</strong> – proposed by the Tarnów Municipal Water Company: reducing the water footprint of the chemical park.</li>
</ol>

<h2>Timeline</h2>
<table>
<tr><th>Stage</th><th>Date</th><th>Format</th></tr>
<tr><td>Registration of teams</td><td>until {wd(2035,3,2)} 2 March 2035</td><td>online form</td></tr>
<tr><td>Kick-off and challenge briefing</td><td>{wd(2035,3,7)} 7 March 2035, 17:00</td><td>online</td></tr>
<tr><td>Check-in 1 – problem understanding</td><td>{wd(2035,3,28)} 28 March 2035</td><td>online, 15 minutes per team</td></tr>
<tr><td>Check-in 2 – first prototype or concept</td><td>{wd(2035,4,18)} 18 April 2035</td><td>online, 15 minutes per team</td></tr>
<tr><td>Check-in 3 – business model</td><td>{wd(2035,5,9)} 9 May 2035</td><td>online, with mentors</td></tr>
<tr><td>Semi-final (12 teams)</td><td>{wd(2035,5,23)} 23 May 2035</td><td>online pitches, 7 minutes + 5 minutes questions</td></tr>
<tr><td>Bootcamp for the finalists</td><td>{wd(2035,6,12)} 12 – {wd(2035,6,13)} 13 June 2035</td><td>Tarnów, Industrial Park incubator</td></tr>
<tr><td>Final and award ceremony (5 teams)</td><td>{wd(2035,6,14)} 14 June 2035, 10:00</td><td>Tarnów, Mościce Art Centre</td></tr>
</table>
<p>The check-ins are short video calls in which each team shows its progress to a mentor from a member company. Teams that miss two check-ins without notice leave the challenge.</p>

<h2>How the semi-final and the final work</h2>
<p>After the third check-in the mentors propose up to twelve teams for the semi-final. In the semi-final each team presents online for seven minutes and answers questions for five minutes. The jury scores the pitches on four criteria: impact on the emissions or the resource use of the chemical park (30 %), technical feasibility (30 %), business potential (25 %) and quality of the team (15 %). The five best teams are invited to Tarnów for a two-day bootcamp with coaching on pitching and intellectual property, followed by the public final on the morning of the third day. The final is streamed live on the cluster's channel, and the audience in the hall chooses a "public favourite", which receives a tablet for each team member.</p>
<p>Teams that do not reach the final receive written feedback from the jury and may present their idea at the cluster's members' meeting in autumn.</p>

<h2>Jury</h2>
<ul>
<li>Dr hab. inż. Katarzyna Wójcik-Nowak, prof. PK – Dean of the Faculty of Chemical Engineering and Technology, Cracow University of Technology (chair)</li>
<li>Jakub Mazur – Member of the Management Board, Azoty Nitrogen Works Tarnów S.A.</li>
<li>Anna-Lena Brückner – investment manager, Chemovator Ventures GmbH, Mannheim</li>
<li>Tomasz Żak – Director, Tarnów Industrial Park</li>
<li>Ewelina Kurek – President of the Tarnów Chemical Cluster</li>
</ul>

<h2>Mentors</h2>
<p>Twenty mentors from the member companies and from the Łukasiewicz Research Network – Institute of Heavy Organic Synthesis "Blachownia" support the teams. Among them are Marek Dudek (process engineer, Polimery Małopolska), Dr. Olena Kovalenko (Institute of Heavy Organic Synthesis) and Szymon Pająk (Tarnów Municipal Water Company).</p>

<h2>Who can take part</h2>
<p>Students of any university, PhD candidates and start-ups registered less than three years ago may apply. At least one team member must be studying or working in Poland. Teams may be international; the working language of the online stages is English, the final will be held in English and Polish.</p>

<h2>What teams get</h2>
<ul>
<li>access to data sets and site visits prepared by the challenge owners;</li>
<li>mentoring and three online check-ins;</li>
<li>travel and two nights' accommodation in Tarnów for the finalists;</li>
<li>prizes: PLN 60,000 (first), PLN 30,000 (second), PLN 15,000 (third), and a special prize of the Marshal of the Małopolska Region.</li>
</ul>

<h2>Winners of earlier editions</h2>
<p>2031: team "CatalyCity" (AGH University of Kraków) with a catalyst recovery method; 2033: team "AquaLoop" (University of Rzeszów and Lviv Polytechnic) with a water reuse system now piloted in the Industrial Park. The leader of AquaLoop, Iryna Bondarenko, today runs the company AquaLoop sp. z o.o. in the cluster's incubator.</p>

<h2>Intellectual property</h2>
<p>The ideas remain the property of the teams. Challenge owners have the right of first negotiation for six months after the final. All participants sign a confidentiality agreement before receiving company data.</p>

<h2>Contact</h2>
<p>Natalia Sroka, challenge coordinator, Tarnów Chemical Cluster · challenge@tcc.example · +48 14 000 00 00</p>
</main>
<footer><p>Tarnów Chemical Cluster · ul. Kwiatkowskiego 8, 33-101 Tarnów · © 2035</p><p><a href="/privacy">Privacy policy</a> · <a href="/rules">Challenge rules (PDF)</a></p></footer>
</body></html>
"""
write(F, T)
gold(F,
 [P('Katarzyna Wójcik-Nowak', 'Dean of the Faculty of Chemical Engineering and Technology', 'Cracow University of Technology'),
  P('Jakub Mazur', 'Member of the Management Board', 'Azoty Nitrogen Works Tarnów S.A.'),
  P('Anna-Lena Brückner', 'investment manager', 'Chemovator Ventures GmbH'),
  P('Tomasz Żak', 'Director', 'Tarnów Industrial Park'),
  P('Ewelina Kurek', 'President', 'Tarnów Chemical Cluster'),
  P('Marek Dudek', 'process engineer', 'Polimery Małopolska'),
  P('Olena Kovalenko', None, 'Institute of Heavy Organic Synthesis'),
  P('Szymon Pająk', None, 'Tarnów Municipal Water Company'),
  P('Iryna Bondarenko', 'leader', 'AquaLoop sp. z o.o.'),
  P('Natalia Sroka', 'challenge coordinator', 'Tarnów Chemical Cluster')],
 [O('Tarnów Chemical Cluster', 'TCC'), O('Tarnów Industrial Park'), O('Faculty of Chemical Engineering and Technology of the Cracow University of Technology'),
  O('Cracow University of Technology'), O('Azoty Nitrogen Works Tarnów S.A.'), O('Polimery Małopolska sp. z o.o.'), O('Tarnów Municipal Water Company'),
  O('Chemovator Ventures GmbH'), O('Łukasiewicz Research Network – Institute of Heavy Organic Synthesis "Blachownia"'),
  O('AGH University of Kraków'), O('University of Rzeszów'), O('Lviv Polytechnic'), O('AquaLoop sp. z o.o.')],
 [E('Green Chemistry Challenge 2035', '2035-03', '2035-06-14', 'Tarnów', 'Poland'),
  E('Kick-off and challenge briefing', '2035-03-07', '2035-03-07', None, None),
  E('Check-in 1 – problem understanding', '2035-03-28', '2035-03-28', None, None),
  E('Check-in 2 – first prototype or concept', '2035-04-18', '2035-04-18', None, None),
  E('Check-in 3 – business model', '2035-05-09', '2035-05-09', None, None),
  E('Semi-final', '2035-05-23', '2035-05-23', None, None),
  E('Bootcamp for the finalists', '2035-06-12', '2035-06-13', 'Tarnów', 'Poland'),
  E('Final and award ceremony', '2035-06-14', '2035-06-14', 'Tarnów', 'Poland'),
  E('Green Chemistry Challenge (2031 edition)', '2031', '2031', 'Tarnów', 'Poland'),
  E('Green Chemistry Challenge (2033 edition)', '2033', '2033', 'Tarnów', 'Poland')],
 ['2035-03/2035-06', '2035-03-02', '2035-03-07', '2035-03-28', '2035-04-18', '2035-05-09', '2035-05-23', '2035-06-12/2035-06-13',
  '2035-06-14', '2031', '2033'],
 [])
