from h import *
F = 'final-report_agrodigit-hu-hr-project.html'
R = ["A cross-border network of 46 agrifood companies, 4 cluster organisations and 3 universities, formalised in a cooperation agreement signed in Pécs on 21 March 2035.",
"Twelve pilot installations of precision-farming and cold-chain sensors in Baranya, Somogy, Osijek-Baranja and Vukovar-Srijem counties, with an average reduction of 14% in water use.",
"A bilingual digital skills programme completed by 318 farmers and food-company employees.",
"The AGRODIGIT open data platform, now operated jointly by the University of Pécs and the Faculty of Agrobiotechnical Sciences Osijek.",
"Four joint product launches at international fairs and a common cross-border label for digitally traced products.",
"A joint action plan for digital agriculture adopted by the county assemblies of Baranya and Osijek-Baranja."]
partners = [
 ("LP", "Pannon Agrifood Cluster Association", "Pécs", "HU", "Dr. Kovácsné Szabó Edit, project manager"),
 ("PP2", "University of Pécs, Faculty of Business and Economics", "Pécs", "HU", "Prof. Dr. Varga-Horváth Gábor"),
 ("PP3", "Somogy County Chamber of Commerce and Industry", "Kaposvár", "HU", "Tóth Réka"),
 ("PP4", "Faculty of Agrobiotechnical Sciences Osijek", "Osijek", "HR", "izv. prof. dr. sc. Marija Kralik-Jurić"),
 ("PP5", "Slavonian Food Cluster (Klaster hrane Slavonije)", "Osijek", "HR", "Ivan Matić, cluster manager"),
 ("PP6", "Vukovar-Srijem County Development Agency HRAST", "Vinkovci", "HR", "Petra Đaković"),
]
rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in partners)
T = f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>AGRODIGIT – Final report | Interreg Hungary–Croatia</title></head>
<body>
<div class="cookies">This site uses cookies to analyse traffic. <a href="/cookies">More</a> <button>I agree</button></div>
<header><span class="prog">Interreg VI-A Hungary–Croatia Programme 2021–2027</span>
<nav><a href="/">Home</a> · <a href="/projects">Projects</a> · <a href="/projects/agrodigit" class="on">AGRODIGIT</a> · <a href="/hu">HU</a> · <a href="/hr">HR</a></nav></header>
<main>
<p class="crumb">Projects › Priority 1 › AGRODIGIT › Final report</p>
<h1>AGRODIGIT – Digital agrifood value chains across the Drava</h1>
<p class="meta">Final report summary · Project duration: 1 September 2032 – 31 August 2035 · Total budget: EUR 1,964,500 (ERDF
co-financing 80%) · Page updated 6 December 2035</p>

<h2>About the project</h2>
<p>AGRODIGIT brought together cluster organisations, universities and development agencies from Baranya and Somogy in Hungary
and from Osijek-Baranja and Vukovar-Srijem in Croatia. The border area along the Drava is rich in arable land, orchards and
vineyards, but its agrifood companies are small, ageing and slow to adopt digital tools. The project aimed to connect farmers,
processors and technology providers on both sides of the border and to test affordable digital solutions in real conditions.</p>
<p>The project was led by the Pannon Agrifood Cluster Association in Pécs. Its president, Dr. Szalai Ferenc, said at the final
conference: "Three years ago our members hardly knew their Croatian neighbours. Today they sell together at fairs and share
data on the same platform."</p>

<h2>Main outcomes</h2>
<p>By the end of the project the partnership had delivered the following results:</p>
<ul>
{chr(10).join(f"<li>{r}</li>" for r in R)}
</ul>

<h2>Events</h2>
<p>The kick-off meeting was held in Osijek on 4 October 2032. Over three years the partners organised 22 local workshops, three
cross-border study tours (to Emilia-Romagna in May 2033, to Lower Austria in June 2034 and to Vojvodina in April 2035) and two
AGRODIGIT Innovation Days, in Kaposvár on {wd('2033-11-09')} 9 November 2033 and in Vinkovci on {wd('2034-10-17')} 17 October 2034. The final
conference took place at the Zsolnay Cultural Quarter in Pécs on {wd('2035-06-14')} 14 June 2035, with 190 participants. Speakers
included Katalin Mérő-Lendvai of the Joint Secretariat in Budapest, Dr. Zoran Šimunović, prefect of Osijek-Baranja County, and
Ines Wallner-Kos, policy officer at the European Commission's Directorate-General for Regional and Urban Policy (DG REGIO).</p>

<h2>Partners</h2>
<table>
<tr><th>No.</th><th>Partner</th><th>City</th><th>Country</th><th>Contact</th></tr>
{rows}
</table>
<p>Associated partners: Baranya County Government; Osijek-Baranja County; Hungarian Chamber of Agriculture (NAK); Croatian Chamber of
Economy, County Chamber Osijek.</p>

<h2>Sustainability</h2>
<p>The cooperation agreement of 21 March 2035 commits the partners to keep the network active until at least 2040. The open data
platform is financed by the two universities until 2038. A follow-up project on water management in agriculture, AGRODIGIT-WATER,
was submitted to the programme's third call in November 2035. The partners will meet once a year to review the network's
activities, alternating between Hungary and Croatia, and the cluster organisations have agreed to share a part-time coordinator.</p>

<h2>What the partners say</h2>
<p>For the Croatian lead partner on the ground, the Slavonian Food Cluster, the main gain was trust. "Before AGRODIGIT our members
saw Hungarian producers only as competitors on the same markets," said cluster manager Ivan Matić. "Now we prepare joint offers
for retail chains in Austria and Slovenia." Tóth Réka of the Somogy chamber pointed to the training: more than half of the
participants were over fifty, and many used a tablet in their work for the first time. The university partners stressed that the
data collected in the pilots, covering three growing seasons, are now used in two doctoral theses and in teaching.</p>
<p>Not everything worked as planned. The cold-chain pilot with a dairy in Vukovar-Srijem had to be moved to another company after
the first one closed in 2034, and the joint web shop planned for the cross-border label was replaced by a simpler catalogue.</p>

<h2>Downloads</h2>
<ul><li><a href="/files/agrodigit_final_report.pdf">Final report (PDF, 3.4 MB)</a></li>
<li><a href="/files/agrodigit_action_plan_hu_hr_en.pdf">Joint action plan (HU/HR/EN)</a></li>
<li><a href="/files/agrodigit_platform_manual.pdf">Platform user manual</a></li></ul>
</main>
<footer>Interreg VI-A Hungary–Croatia Programme · Joint Secretariat, Budapest · This page reflects the views of the project
partners only. · <a href="/privacy">Privacy</a> · <a href="/legal">Legal notice</a></footer>
</body></html>
'''
write(F, T)
gold(F, [
 P("Kovácsné Szabó Edit", "project manager", "Pannon Agrifood Cluster Association"),
 P("Varga-Horváth Gábor", None, "University of Pécs"),
 P("Tóth Réka", None, "Somogy County Chamber of Commerce and Industry"),
 P("Marija Kralik-Jurić", None, "Faculty of Agrobiotechnical Sciences Osijek"),
 P("Ivan Matić", "cluster manager", "Slavonian Food Cluster"),
 P("Petra Đaković", None, "Vukovar-Srijem County Development Agency HRAST"),
 P("Szalai Ferenc", "president", "Pannon Agrifood Cluster Association"),
 P("Katalin Mérő-Lendvai", None, "Joint Secretariat"),
 P("Zoran Šimunović", "prefect of Osijek-Baranja County", "Osijek-Baranja County"),
 P("Ines Wallner-Kos", "policy officer", "Directorate-General for Regional and Urban Policy"),
], [
 O("Pannon Agrifood Cluster Association"), O("University of Pécs"), O("Faculty of Business and Economics"),
 O("Somogy County Chamber of Commerce and Industry"), O("Faculty of Agrobiotechnical Sciences Osijek"),
 O("Slavonian Food Cluster"), O("Vukovar-Srijem County Development Agency HRAST"), O("Joint Secretariat"),
 O("European Commission"), O("Directorate-General for Regional and Urban Policy", "DG REGIO"),
 O("Baranya County Government"), O("Osijek-Baranja County"), O("Hungarian Chamber of Agriculture", "NAK"),
 O("Croatian Chamber of Economy"), O("County Chamber Osijek"),
], [
 E("kick-off meeting", "2032-10-04", "2032-10-04", "Osijek", "Croatia"),
 E("study tour to Emilia-Romagna", "2033-05", "2033-05", None, "Italy"),
 E("study tour to Lower Austria", "2034-06", "2034-06", None, "Austria"),
 E("study tour to Vojvodina", "2035-04", "2035-04", None, "Serbia"),
 E("AGRODIGIT Innovation Days", "2033-11-09", "2033-11-09", "Kaposvár", "Hungary"),
 E("AGRODIGIT Innovation Days", "2034-10-17", "2034-10-17", "Vinkovci", "Croatia"),
 E("final conference", "2035-06-14", "2035-06-14", "Pécs", "Hungary"),
], ["2021/2027", "2032-09-01/2035-08-31", "2035-12-06", "2035-03-21", "2032-10-04", "2033-05", "2034-06", "2035-04", "2033-11-09",
    "2034-10-17", "2035-06-14", "2040", "2038", "2035-11"], [r.rstrip('.') for r in R], pub="2035-12-06")
