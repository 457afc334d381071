from h import *
F = 'g02_lusatia_energy_study_visit.txt'
assert wd(2036,11,4)=='Tuesday' and wd(2036,11,6)=='Thursday' and wd(2036,9,23)=='Tuesday' and wd(2036,9,25)=='Thursday' and wd(2036,11,6)=='Thursday'
T = """Energy Cluster Lusatia
Menu
Start  ›  News  ›  Study visit: Lusatian energy transition through the eyes of Greek and Portuguese regions

This website uses cookies. Necessary cookies | Statistics | Accept all

Study visit: Lusatian energy transition through the eyes of Greek and Portuguese regions
29 September 2036 · 5 min read · Category: Projects, Interregional cooperation

[Image: The delegation at the former Schwarze Pumpe power plant site. © Energy Cluster Lusatia / K. Rietschel]

Twenty-three guests from Western Macedonia (Greece) and the Médio Tejo region (Portugal) spent three days in Lusatia from Tuesday 23 to Thursday 25 September 2036. The study visit was the second of four exchange visits planned in the Interreg Europe project COALFUTURE, in which the Energy Cluster Lusatia (Energiecluster Lausitz, ECL) leads the work package on skills.

The guests came from regional authorities, development agencies and universities that face the same question as Lusatia: what comes after coal? The Region of Western Macedonia sent its Deputy Regional Governor for Development, Eleni Papadopoulou-Ziaka, and the University of Western Macedonia was represented by Prof. Dimitrios Karanikolas. From Portugal came Rui Manuel Tavares, Executive Secretary of the Comunidade Intermunicipal do Médio Tejo (CIM Médio Tejo), together with two planners from the Instituto Politécnico de Tomar.

Day 1 – Cottbus
The visit opened at the Brandenburg University of Technology Cottbus-Senftenberg (BTU), where Vice-President for Transfer Prof. Sabine Kohlhase-Reuter presented the university's hydrogen research campus. In the afternoon the Wirtschaftsregion Lausitz GmbH explained how structural-change funds are allocated to municipal projects. Managing director Heiko Brandstädter admitted that "the slow part is not the money, it is the planning law".

Day 2 – Spremberg and Hoyerswerda
The delegation toured the industrial park at Schwarze Pumpe, where former power plant staff now assemble electrolyser stacks, and visited the training workshop of LEAG in Hoyerswerda. In the evening the Mayor of Spremberg, Christine Herntier-Wolff, hosted a reception at the town hall.

Day 3 – Görlitz
On the last day the group met the Fraunhofer Institute for Machine Tools and Forming Technology IWU at its site in Görlitz and the cluster team held a feedback workshop with the guests before their flights home from Dresden.

"Our guests asked very direct questions about jobs for young people – that was useful for us too," said ECL cluster manager Dr. Jana Seidemann. "We will take several ideas from Kozani back into our own skills strategy."

The COALFUTURE partnership
Energy Cluster Lusatia (DE) – lead of work package 2
Region of Western Macedonia (EL) – lead partner
University of Western Macedonia (EL)
Comunidade Intermunicipal do Médio Tejo (PT)
Silesian University of Technology (PL)
Jiu Valley Development Agency (RO)

The next study visit will take place in Kozani from 4 to 6 November 2036 (Tuesday to Thursday). Cluster members who wish to join the German delegation can register until 10 October 2036.

Project co-funded by the European Union – Interreg Europe.

Tags: study visit, COALFUTURE, just transition, skills, hydrogen

Share: LinkedIn | Facebook | Mastodon | Print

‹ Previous article: Members meet at the summer barbecue
Next article: Hydrogen valley application submitted ›

You might also like
- New training catalogue for electricians (15 September 2036)
- Lusatia Energy Days 2036: save the date (3 September 2036)

Energiecluster Lausitz e. V. · Friedrich-Ebert-Straße 00 · 03044 Cottbus
Imprint | Data protection | Accessibility
"""
write(F, T)
E_='Energy Cluster Lusatia'
gold(F,
 [P("K. Rietschel"),
  P("Eleni Papadopoulou-Ziaka","Deputy Regional Governor for Development","Region of Western Macedonia"),
  P("Dimitrios Karanikolas",None,"University of Western Macedonia"),
  P("Rui Manuel Tavares","Executive Secretary","Comunidade Intermunicipal do Médio Tejo"),
  P("Sabine Kohlhase-Reuter","Vice-President for Transfer","Brandenburg University of Technology Cottbus-Senftenberg"),
  P("Heiko Brandstädter","Managing director","Wirtschaftsregion Lausitz GmbH"),
  P("Christine Herntier-Wolff","Mayor of Spremberg",None),
  P("Jana Seidemann","cluster manager","ECL")],
 [O(E_,"ECL"), O("Region of Western Macedonia"), O("University of Western Macedonia"),
  O("Comunidade Intermunicipal do Médio Tejo","CIM Médio Tejo"), O("Instituto Politécnico de Tomar"),
  O("Brandenburg University of Technology Cottbus-Senftenberg","BTU"), O("Wirtschaftsregion Lausitz GmbH"),
  O("LEAG"), O("Fraunhofer Institute for Machine Tools and Forming Technology","IWU"),
  O("Silesian University of Technology"), O("Jiu Valley Development Agency")],
 [E("Study visit","2036-09-23","2036-09-25","Cottbus, Spremberg, Hoyerswerda, Görlitz","Germany"),
  E("reception","2036-09-24",None,"Spremberg","Germany"),
  E("feedback workshop","2036-09-25",None,"Görlitz","Germany"),
  E("study visit","2036-11-04","2036-11-06","Kozani","Greece"),
  E("summer barbecue",None,None,None,None),
  E("Lusatia Energy Days 2036",None,None,None,None)],
 ["2036-09-29","2036-09-23/2036-09-25","2036-11-04/2036-11-06","2036-10-10","2036-09-15","2036-09-03"],
 [], pub="2036-09-29")
