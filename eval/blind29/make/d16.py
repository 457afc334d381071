from mk import *
F = 'faq-lux-fintech-cluster-days-2035.html'
text(F, '''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FAQ – FinTech Cluster Days 2035</title></head>
<body>
<header><a href="/">FinTech Cluster Days 2035</a>
<nav><a href="/programme">Programme</a> <a href="/speakers">Speakers</a> <a href="/venue">Venue</a> <a href="/faq" class="active">FAQ</a> <a href="/register" class="btn">Register</a></nav></header>
<div class="crumbs">Home / FAQ</div>
<h1>Frequently asked questions</h1>

<details><summary>When and where does the event take place?</summary>
<p>FinTech Cluster Days 2035 take place on 2 and 3 October 2035 at the European Convention Center Luxembourg (ECCL) on the Kirchberg plateau. Doors open at 8:15 on both days.</p></details>

<details><summary>Who organises the event?</summary>
<p>The event is organised by LuxFin Innovation Cluster (LFIC) with the support of Luxinnovation and the Ministry of the Economy. The programme committee is chaired by Anne-Marie Weber-Kayser, head of digital strategy at Banque Moselle S.A.</p></details>

<details><summary>Until when can I register?</summary>
<p>Online registration is open until 26 September 2035. Early-bird prices apply to registrations received before 31 July. After 26 September, tickets can only be bought at the desk, if places remain.</p></details>

<details><summary>Is there a side programme?</summary>
<p>Yes. On the evening of 2 October, the Cluster Night takes place at the Rotondes in Bonnevoie (separate ticket). On 4 October, the morning after the conference, LFIC offers a guided visit of the Luxembourg House of Cybersecurity (limited to 30 people).</p></details>

<details><summary>Can I pitch my start-up?</summary>
<p>Start-ups can apply for the pitch stage until 15 June 2035. Finalists will be informed in the first week of July. Contact our start-up officer, Nuno Ferreira da Silva.</p></details>

<details><summary>Will sessions be recorded?</summary>
<p>Plenary sessions are streamed and recorded. Recordings will be available to registered participants from 10 October 2035 until the end of the year.</p></details>

<details><summary>I attended last year. Is it the same format?</summary>
<p>The 2034 edition in Esch-sur-Alzette had one day only. This year we return to two days, with a dedicated track on the EU instant payments regulation, led by Jonas Petersen-Huber of the European Banking Authority.</p></details>

<details><summary>Whom do I contact with other questions?</summary>
<p>Write to Lea Schmit, event coordinator, LFIC: events@lfic.example or call +352 00 00 00.</p></details>

<footer>&copy; 2035 LuxFin Innovation Cluster a.s.b.l. &middot; <a href="#">Legal notice</a> &middot; <a href="#">Cookies</a></footer>
</body></html>
''')
gold(F, None,
 [P('Anne-Marie Weber-Kayser', 'head of digital strategy', 'Banque Moselle S.A.'), P('Nuno Ferreira da Silva', 'start-up officer', 'LFIC'),
  P('Jonas Petersen-Huber', None, 'European Banking Authority'), P('Lea Schmit', 'event coordinator', 'LFIC')],
 [O('LuxFin Innovation Cluster a.s.b.l.', 'LFIC'), O('Luxinnovation'), O('Ministry of the Economy'), O('Banque Moselle S.A.'),
  O('Luxembourg House of Cybersecurity'), O('European Banking Authority')],
 [E('FinTech Cluster Days 2035', '2035-10-02', '2035-10-03', 'Luxembourg', 'Luxembourg'),
  E('Cluster Night', '2035-10-02', '2035-10-02', 'Luxembourg', 'Luxembourg'),
  E('guided visit of the Luxembourg House of Cybersecurity', '2035-10-04', '2035-10-04', None, None),
  E('2034 edition', '2034', '2034', 'Esch-sur-Alzette', 'Luxembourg')],
 ['2035-10-02/2035-10-03', '2035-09-26', '2035-07-31', '2035-10-02', '2035-10-04', '2035-06-15', '2035-07', '2035-10-10'])
