from h import *
F = 'swabian-alb-precision-network-workshop-report-ai-quality.txt'
T = f"""PRÄZISIONSNETZWERK SCHWÄBISCHE ALB – SWABIAN ALB PRECISION ENGINEERING NETWORK
Members' newsletter · Workshop report · No. 7/2035

AI IN QUALITY CONTROL: WHAT SMALL MACHINING COMPANIES CAN DO TODAY
Report on the members' workshop of {wd(2035,6,26)} 26 June 2035, Hochschule Albstadt-Sigmaringen, Albstadt

Author: Jonas Beutelspacher, network coordinator
Published: {wd(2035,7,4)} 4 July 2035

Why this workshop?
In the network's member survey of early 2035, 31 of 47 responding companies named automated quality inspection as the digital
topic they most wanted to understand. Most of our members are family-owned machining and tool-making firms with 20 to 250
employees; few have data scientists, and many have been approached by vendors promising "AI out of the box". The workshop was
meant to separate what is already practical from what is still marketing.

Thirty-eight participants from 26 companies took part, together with researchers from the host university and from the Fraunhofer
Institute for Manufacturing Engineering and Automation (Fraunhofer IPA) in Stuttgart. The workshop was opened by the network's
spokesperson, Dr.-Ing. Ulrike Haux-Bachmann, managing director of Haux Feinmechanik GmbH & Co. KG in Ebingen, and by Prof. Dr.
Matthias Oßwald, vice-president for research of Hochschule Albstadt-Sigmaringen.

Programme
09:30  Welcome and introduction
10:00  "Camera, light, data: the basics of visual inspection" - Prof. Dr. Matthias Oßwald
10:45  Case study 1: detecting burrs on turned parts - Selin Yıldırım-Krauß, production engineer, Maier Drehteile GmbH, Balingen
11:30  Case study 2: predicting tool wear from spindle data - Dr. Pavel Dvořák, Fraunhofer IPA
12:30  Lunch
13:30  Hands-on session in the university's inspection lab (three groups)
15:30  Discussion: data, costs and the EU AI Act
16:30  End

What we learned from the case studies
Maier Drehteile GmbH started two years ago with a single camera station at the end of one lathe line. The first model, trained
on 4,000 images, found burrs reliably but stopped too many good parts; only after the company's own inspectors labelled another
9,000 images did the false alarm rate fall below 2%. Selin Yıldırım-Krauß's advice: "Do not buy a model, buy a camera and start
collecting images. Your inspectors are your most valuable data source."

Fraunhofer IPA's tool-wear project with three network members showed that spindle current and vibration data, which most modern
machines already record, can predict the end of a tool's life several hours in advance. Dr. Dvořák stressed that the savings come
less from the algorithm than from changing how tool changes are planned.

In the hands-on session, participants tried three set-ups: a low-cost industrial camera with open-source software, a commercial
smart camera, and a laser profile sensor. Many were surprised how much lighting matters: the same defect was invisible or obvious
depending on the angle of a LED bar.

Key takeaways
- Start with a narrow, costly defect and one machine; scale only after the first station works in daily production
- Involve the inspectors from the first day: their labelled images are worth more than any pre-trained model
- Budget for lighting, fixtures and data storage, which together often cost more than the software
- Most quality-inspection systems in machining are not "high-risk" under the EU AI Act, but documentation of training data should begin now
- Share data and experience between members: the network will set up a shared image library of common defects

Next steps
The network's steering group decided on 1 July 2035 to create a working group "Vision & Data", led by Selin Yıldırım-Krauß. Its
first meeting will be held on {wd(2035,9,18)} 18 September 2035 at Maier Drehteile in Balingen. The university offers two-day
in-house trainings for member companies from October 2035; the Steinbeis Transfer Centre for Production Analytics in Reutlingen
can support feasibility studies, which may be funded through the state's innovation voucher scheme of the Ministry of Economic
Affairs, Labour and Tourism Baden-Württemberg.

The network will also take a joint group of members to the Control trade fair for quality assurance in Stuttgart from 5 to 8 May
2036, with a guided tour of the machine vision hall and a meeting with the VDMA Machine Vision association.

Voices from the participants
"We came with the idea that AI would replace our final inspection. We leave with a plan to put one camera on one line and to
ask our two most experienced inspectors to help train it," said Heiko Straub, owner of Straub Werkzeugbau GmbH in Meßstetten.
Katharina Lämmle of the Chamber of Industry and Commerce Reutlingen (IHK Reutlingen) reminded participants that the chamber
offers free data-protection advice when camera systems also record employees.

Upcoming network events
- {wd(2035,7,17)} 17 July 2035: summer get-together at the Burg Hohenzollern, Hechingen
- {wd(2035,10,16)} 16 October 2035: members' assembly 2035, Landratsamt Zollernalbkreis, Balingen
- {wd(2035,11,20)} 20 November 2035: workshop "Energy costs in machining", Hochschule Albstadt-Sigmaringen

Contact
Jonas Beutelspacher, network coordinator
Präzisionsnetzwerk Schwäbische Alb e.V., c/o Wirtschaftsförderung Zollernalbkreis, Hirschbergstraße 29, 72336 Balingen
j.beutelspacher@praezision-alb.de · +49 7433 92 1450
"""
write(F, T)
gold(F, [P('Jonas Beutelspacher','network coordinator','Präzisionsnetzwerk Schwäbische Alb e.V.'), P('Ulrike Haux-Bachmann','spokesperson','Präzisionsnetzwerk Schwäbische Alb e.V.'),
 P('Matthias Oßwald','vice-president for research','Hochschule Albstadt-Sigmaringen'), P('Selin Yıldırım-Krauß','production engineer','Maier Drehteile GmbH'),
 P('Pavel Dvořák',None,'Fraunhofer IPA'), P('Heiko Straub','owner','Straub Werkzeugbau GmbH'), P('Katharina Lämmle',None,'Chamber of Industry and Commerce Reutlingen')],
 [O('Präzisionsnetzwerk Schwäbische Alb e.V.'), O('Hochschule Albstadt-Sigmaringen'), O('Fraunhofer Institute for Manufacturing Engineering and Automation','Fraunhofer IPA'),
  O('Haux Feinmechanik GmbH & Co. KG'), O('Maier Drehteile GmbH'), O('Steinbeis Transfer Centre for Production Analytics'),
  O('Ministry of Economic Affairs, Labour and Tourism Baden-Württemberg'), O('VDMA Machine Vision'), O('Landratsamt Zollernalbkreis'), O('Wirtschaftsförderung Zollernalbkreis'), O('Straub Werkzeugbau GmbH'), O('Chamber of Industry and Commerce Reutlingen','IHK Reutlingen')],
 [E("members' workshop",'2035-06-26','2035-06-26','Albstadt','Germany'), E('Hands-on session','2035-06-26','2035-06-26','Albstadt','Germany'),
  E('first meeting of the working group "Vision & Data"','2035-09-18','2035-09-18','Balingen','Germany'), E('in-house trainings','2035-10',None,None,None),
  E('Control','2036-05-05','2036-05-08','Stuttgart','Germany'), E('summer get-together','2035-07-17','2035-07-17','Hechingen','Germany'),
  E("members' assembly 2035",'2035-10-16','2035-10-16','Balingen','Germany'), E('workshop "Energy costs in machining"','2035-11-20','2035-11-20','Albstadt','Germany')],
 ['2035-06-26','2035-07-04','2035','2035-07-01','2035-09-18','2035-10','2036-05-05/2036-05-08','2035-07-17','2035-10-16','2035-11-20'],
 km=['Start with a narrow, costly defect and one machine; scale only after the first station works in daily production',
     'Involve the inspectors from the first day: their labelled images are worth more than any pre-trained model',
     'Budget for lighting, fixtures and data storage, which together often cost more than the software',
     'Most quality-inspection systems in machining are not "high-risk" under the EU AI Act, but documentation of training data should begin now',
     'Share data and experience between members: the network will set up a shared image library of common defects'], pub='2035-07-04')
