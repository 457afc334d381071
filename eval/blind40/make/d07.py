from common import *
fn = "press-release_regional-innovation-council-slavonia.md"
t = """Ministry of Economy · Press releases

# Minister appoints the first Regional Innovation Council for Slavonia and Baranja

**Zagreb, 3 March 2031** – The Minister of Economy, Ivana Barić-Horvat, today signed the decision appointing the
fifteen members of the Regional Innovation Council for Slavonia and Baranja. The Council will advise the Ministry and
the five Slavonian counties on the regional priorities of the Smart Specialisation Strategy 2029–2035 and on the
selection of cluster and innovation projects co-financed under the Competitiveness and Cohesion Programme.

"Slavonia has strong agri-food companies, a growing wood and furniture industry and excellent researchers in Osijek.
What it has lacked is one table where all of them sit together. This Council is that table," said Minister
Barić-Horvat at the signing ceremony in the Ministry.

The Council is chaired by **prof. dr. sc. Tomislav Jurić**, Rector of the Josip Juraj Strossmayer University of Osijek.
The vice-chair is **Marijana Kolar**, President of the Management Board of Panonske Žitarice d.d. from Vukovar and
president of the Slavonian Agri-Food Cluster (SLAVAGRO).

The other members appointed for a term from 15 March 2031 to 14 March 2035 are:

- Davor Perić, county prefect, Osijek-Baranja County
- Sanja Kovačević, head of the EU funds department, Vukovar-Srijem County
- Ante Grgić-Šimunović, director, Regional Development Agency of Slavonia and Baranja
- dr. sc. Lidija Matić, Faculty of Agrobiotechnical Sciences Osijek
- Željko Vuković, founder and CEO, Poljonet d.o.o. (precision farming)
- Maja Rukavina, CEO, Drvoslav d.o.o., Đakovo
- Hrvoje Bošnjak, secretary general, Croatian Chamber of Economy – Osijek County Chamber
- Ivan Zrinski, manager of the Papuk Wood Cluster
- dr. sc. Petra Šimić, Ruđer Bošković Institute, Osijek unit
- Nikola Tadić, chairman, Croatian Employers' Association – regional office Osijek
- Dubravka Lončar, programme manager, Brod-Posavina County Development Agency
- Goran Babić, State Secretary, Ministry of Economy (ex officio)
- Mirela Antunović, head of sector for innovation, Ministry of Science, Education and Youth (ex officio)

The Ministry's Directorate for Industry, Innovation and Clusters, headed by Director-General **Karlo Vidović**, provides
the secretariat.

## What the Council will do

The decision gives the Council four tasks:

1. to propose, by 30 September 2031, a regional action plan with not more than five priority value chains;
2. to give an opinion on every cluster project from the region before it is selected for co-financing;
3. to organise at least one open regional innovation forum per year;
4. to report once a year to the National Innovation Council.

Members are not paid. Meetings are public unless commercial data are discussed.

## First meeting and forum

The constituent meeting will take place on 26 March 2031 in Osijek, in the rectorate of the University. The first
Slavonia Innovation Forum, open to companies, researchers and municipalities, is planned for 18 and 19 June 2031 in
Vukovar, at the Vučedol Culture Museum.

Previous regional consultations, held in Osijek on 12 October 2030 and in Slavonski Brod on 9 November 2030, collected
more than 300 proposals from companies and researchers; their summary will be the Council's starting document.

*Related:* [Cluster policy: call for cluster excellence projects closes 30 April 2031](#) · [National Innovation
Council meets in Rijeka](#)

Ministry of Economy · Press Office · Ulica grada Vukovara 78, Zagreb · press@mingo.example
"""
write_doc(fn, t)
M = "Ministry of Economy"
write_gold(fn, "2031-03-03", [
 P("Ivana Barić-Horvat", "Minister of Economy", None),
 P("Tomislav Jurić", "Rector", "Josip Juraj Strossmayer University of Osijek"),
 P("Marijana Kolar", "vice-chair", "Regional Innovation Council for Slavonia and Baranja"),
 P("Davor Perić", "county prefect", "Osijek-Baranja County"),
 P("Sanja Kovačević", "head of the EU funds department", "Vukovar-Srijem County"),
 P("Ante Grgić-Šimunović", "director", "Regional Development Agency of Slavonia and Baranja"),
 P("Lidija Matić", None, "Faculty of Agrobiotechnical Sciences Osijek"),
 P("Željko Vuković", "founder and CEO", "Poljonet d.o.o."),
 P("Maja Rukavina", "CEO", "Drvoslav d.o.o."),
 P("Hrvoje Bošnjak", "secretary general", "Croatian Chamber of Economy – Osijek County Chamber"),
 P("Ivan Zrinski", "manager", "Papuk Wood Cluster"),
 P("Petra Šimić", None, "Ruđer Bošković Institute"),
 P("Nikola Tadić", "chairman", "Croatian Employers' Association – regional office Osijek"),
 P("Dubravka Lončar", "programme manager", "Brod-Posavina County Development Agency"),
 P("Goran Babić", "State Secretary", M),
 P("Mirela Antunović", "head of sector for innovation", "Ministry of Science, Education and Youth"),
 P("Karlo Vidović", "Director-General", "Directorate for Industry, Innovation and Clusters"),
],[
 O(M), O("Regional Innovation Council for Slavonia and Baranja"), O("Josip Juraj Strossmayer University of Osijek"),
 O("Panonske Žitarice d.d."), O("Slavonian Agri-Food Cluster", "SLAVAGRO"), O("Osijek-Baranja County"),
 O("Vukovar-Srijem County"), O("Regional Development Agency of Slavonia and Baranja"),
 O("Faculty of Agrobiotechnical Sciences Osijek"), O("Poljonet d.o.o."), O("Drvoslav d.o.o."),
 O("Croatian Chamber of Economy – Osijek County Chamber"), O("Papuk Wood Cluster"), O("Ruđer Bošković Institute"),
 O("Croatian Employers' Association – regional office Osijek"), O("Brod-Posavina County Development Agency"),
 O("Ministry of Science, Education and Youth"), O("Directorate for Industry, Innovation and Clusters"),
 O("National Innovation Council"),
],[
 E("signing ceremony", "2031-03-03", "2031-03-03", None, None),
 E("constituent meeting", "2031-03-26", "2031-03-26", "Osijek", "Croatia"),
 E("Slavonia Innovation Forum", "2031-06-18", "2031-06-19", "Vukovar", "Croatia"),
 E("regional consultation", "2030-10-12", "2030-10-12", "Osijek", "Croatia"),
 E("regional consultation", "2030-11-09", "2030-11-09", "Slavonski Brod", "Croatia"),
 E("National Innovation Council meets in Rijeka", None, None, "Rijeka", "Croatia"),
],["2031-03-03","2029/2035","2031-03-15/2035-03-14","2031-09-30","2031-03-26","2031-06-18/2031-06-19","2030-10-12","2030-11-09","2031-04-30"])
