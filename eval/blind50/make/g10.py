from h import *
doc = 'panel-report_filiera-tessile-umbra_2035.md'
text = '''---
title: "Who will make our yarn? Panel report from Umbria Fibre Forum 2035"
date: 2035-05-21
author: "Chiara Bastianelli"
---

# Who will make our yarn? Panel report from Umbria Fibre Forum 2035

*Perugia, 21 May 2035 – News from Distretto Tessile Umbro (DTU)*

The third Umbria Fibre Forum brought some 260 participants to the Centro Congressi Capitini in Perugia on 15 and 16 May 2035. The
most discussed session of the two days was the Tuesday afternoon panel "Who will make our yarn? Skills, automation and the next
generation in luxury knitwear", moderated by **Francesca Mariotti-Brunelli**, economic journalist at *Il Corriere dell'Umbria Economia*.

## The panellists

- **Lorenzo Baldelli**, CEO of Baldelli Cashmere S.p.A., one of the largest knitwear employers among the cluster's members
- **Giulia Rossetti**, head of the production engineering office at Filatura Valtopina S.r.l.
- **Prof. Ettore Santarelli**, Department of Engineering, Università degli Studi di Perugia
- **Marie-Claude Desrosiers**, Director for Skills, Euratex (Brussels)
- **Aldo Ciurnelli**, regional councillor responsible for economic development, Regione Umbria
- **Sofia Ghiandoni**, 24, a knitting-machine technician trained at ITS Moda Umbria, who joined Maglificio Nerina S.r.l. in 2034

## What was said

Mariotti-Brunelli opened with a figure from the cluster's 2034 survey: 38% of knitwear technicians in Umbria will retire before
2032–2040 ends, and only one in three vacancies was filled in 2034. Baldelli said his company had not lacked orders for five years,
"we lack hands". Rossetti described how Filatura Valtopina introduced collaborative robots for yarn handling in 2033 and retrained 22
workers rather than replacing them.

Desrosiers put the regional figures in a European frame, pointing to the Pact for Skills partnership for textiles, and invited Umbrian
companies to the Euratex skills conference in Brussels on 9 October 2035. Santarelli presented the new master's track in textile
engineering that the university will open in September 2036 with co-funding from the cluster. Councillor Ciurnelli announced that the
Region will publish a call for company training plans "before the summer", worth EUR 4 million.

The most applauded intervention came from Sofia Ghiandoni, who told how she had come to the sector by chance after a two-week
internship organised by DTU in 2031: "Nobody at my school knew that a knitting machine today is a computer."

## Key takeaways

1. Skills shortages, not demand, are now the main limit to growth for Umbrian knitwear companies.
2. Automation is accepted when workers are retrained and involved from the start.
3. Schools, ITS and university should offer one visible pathway into textile careers, from internship to master's degree.
4. Regional and European funding for training should be combined, and DTU should help small firms apply.

## From the floor

Questions from the audience came from, among others, **Matteo Sbarretti**, owner of the Gualdo Tadino knitting workshop
Maglieria Sbarretti, who asked for shorter courses for adult workers, and **Elisa Fiorucci**, headteacher of the
Istituto Tecnico "Leonardo da Vinci" in Foligno, who offered her school's laboratories for evening training. Desrosiers noted that similar evening courses had
worked in the Prato district since 2029.

## Next steps

DTU's managing director **Paolo Cecconi Brizi** said the cluster would set up a working group on skills chaired by Giulia Rossetti,
with a first meeting on 12 June 2035 in Foligno. The fourth Umbria Fibre Forum is planned for May 2036.

*Photos: Andrea Pambianco for DTU. Share: [LinkedIn] [Facebook] [Email]*
'''
text = text.replace("will retire before\n2032–2040 ends, and", "will retire by\n2040, and")
D='Distretto Tessile Umbro'
people = [P('Chiara Bastianelli'),
 P('Francesca Mariotti-Brunelli','economic journalist',"Il Corriere dell'Umbria Economia"),
 P('Lorenzo Baldelli','CEO','Baldelli Cashmere S.p.A.'),
 P('Giulia Rossetti','head of the production engineering office','Filatura Valtopina S.r.l.'),
 P('Ettore Santarelli',None,'Università degli Studi di Perugia'),
 P('Marie-Claude Desrosiers','Director for Skills','Euratex'),
 P('Aldo Ciurnelli','regional councillor responsible for economic development','Regione Umbria'),
 P('Sofia Ghiandoni','knitting-machine technician','Maglificio Nerina S.r.l.'),
 P('Paolo Cecconi Brizi','managing director',D),
 P('Andrea Pambianco',None,None),
 P('Matteo Sbarretti','owner','Maglieria Sbarretti'),
 P('Elisa Fiorucci','headteacher','Istituto Tecnico "Leonardo da Vinci"')]
orgs = [O(D,'DTU'), O("Il Corriere dell'Umbria Economia"), O('Baldelli Cashmere S.p.A.'), O('Filatura Valtopina S.r.l.'),
 O('Department of Engineering'), O('Università degli Studi di Perugia'), O('Euratex'), O('Regione Umbria'),
 O('ITS Moda Umbria'), O('Maglificio Nerina S.r.l.'), O('Maglieria Sbarretti'), O('Istituto Tecnico "Leonardo da Vinci"')]
events = [E('Umbria Fibre Forum 2035','2035-05-15','2035-05-16','Perugia','Italy'),
 E('Euratex skills conference','2035-10-09','2035-10-09','Brussels','Belgium'),
 E('first meeting of the working group on skills','2035-06-12','2035-06-12','Foligno','Italy'),
 E('fourth Umbria Fibre Forum','2036-05','2036-05',None,None)]
km = ['Skills shortages, not demand, are now the main limit to growth for Umbrian knitwear companies',
 'Automation is accepted when workers are retrained and involved from the start',
 "Schools, ITS and university should offer one visible pathway into textile careers, from internship to master's degree",
 'Regional and European funding for training should be combined, and DTU should help small firms apply']
dates = ['2035-05-21','2035-05-15/2035-05-16','2034','2040','2033','2035-10-09','2036-09','2031','2035-06-12','2036-05','2029']
save(doc, text, '2035-05-21', people, orgs, events, dates, km)
