from h import *
F = 'g08_timberlink_project_newsletter.html'
assert wd(2041,3,20)=='Wednesday' and wd(2041,3,21)=='Thursday' and wd(2041,2,5)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TIMBERLINK Newsletter #6 – February 2041</title></head>
<body>
<p class="preheader">Final conference programme inside · Partner news from Kalmar, Kaunas and Turku · <a href="#">View in browser</a></p>
<header><h1>TIMBERLINK NEWSLETTER #6</h1><p>Industrialised timber construction in the Baltic Sea Region · February 2041</p>
<nav><a href="https://timberlink.example.eu">Project website</a> | <a href="/partners">Partners</a> | <a href="/results">Results</a> | <a href="/news">Newsletter archive</a></nav></header>
<main>
<h2>Dear TIMBERLINK community,</h2>
<p>Four years ago eleven partners from six countries set out to help small builders and sawmills around the Baltic Sea move from one-off projects to factory-made timber elements. This is our last regular newsletter before the project closes on 30 June 2041. Inside you will find news from our partners, the programme of the final conference in Kalmar and the list of our main results. Thank you for travelling with us.</p>
<p><em>Dr. Elin Sjöberg-Nyman, project coordinator, Linnaeus University</em></p>

<h2>Partner news</h2>
<h3>Kalmar: Småland Timber Cluster opens the Element Lab</h3>
<p>On 5 February 2041 the Småland Timber Cluster and Linnaeus University opened the Element Lab, a test hall for floor and wall elements in the Kalmar harbour area. Cluster manager Johan Lindqvist-Berg said that seven companies had already booked test slots for the spring. The lab was co-financed by Region Kalmar län.</p>
<h3>Kaunas: first CLT school in Lithuania</h3>
<p>The Lithuanian Wood Industry Association (LMPA) reports that a primary school in Garliava, built with cross-laminated timber panels from a TIMBERLINK pilot, received its first pupils in January 2041. Project officer Gintarė Paulauskienė from Kaunas University of Technology (KTU) led the monitoring of moisture and indoor air.</p>
<h3>Turku: digital twin for prefab logistics</h3>
<p>Turku University of Applied Sciences and the Finnish company Puutalo Logistiikka Oy tested a digital twin that plans truck loads of wall elements. Senior lecturer Mikko Rantanen-Ojala presented the results at the Nordic Wood Days in Helsinki on 28 November 2040.</p>
<h3>Gdańsk: new partner staff</h3>
<p>At the Pomeranian Wood Cluster, Agnieszka Kowalczyk-Ruta has taken over as project manager from Tomasz Wierzbicki, who has joined the Gdańsk University of Technology.</p>
<h3>Riga and Tartu</h3>
<p>The Latvian State Institute of Wood Chemistry and the Estonian University of Life Sciences completed the joint fire test series in December 2040; the report is available in the results library.</p>

<h3>Meet the partner: Estonian Woodhouse Association</h3>
<p>Estonia exports more prefabricated timber houses per inhabitant than any other country in Europe, and the Estonian Woodhouse Association has brought that experience into the project. Its managing director, Heiki Tamm, led the work package on export-ready documentation. "Our members learned the hard way that a Norwegian or German buyer wants the same drawings, the same fire reports and the same delivery plan every time," he says. Together with the Lithuanian and Polish partners, the association wrote a checklist of 22 documents that a factory should be able to hand over on the day of the first offer. The checklist has been translated into six languages and downloaded more than 1,900 times since its release in September 2040.</p>
<h3>What happens after June?</h3>
<p>The partners do not intend to stop. The Element Lab will stay open as a service of the Småland Timber Cluster, the element catalogue will be hosted by Linnaeus University until at least 2045, and five partners are preparing a follow-up proposal on timber renovation of post-war housing estates.</p>

<h2>Final conference: From pilot to pipeline</h2>
<p><strong>20–21 March 2041 · Kalmarsalen, Kalmar, Sweden</strong> · free of charge · registration by 10 March 2041</p>
<table>
<tr><th colspan="2">Wednesday, 20 March 2041</th></tr>
<tr><td>12:00</td><td>Registration and lunch</td></tr>
<tr><td>13:00</td><td>Welcome – Anna-Karin Holmström, Chair of the Regional Development Committee, Region Kalmar län</td></tr>
<tr><td>13:20</td><td>TIMBERLINK in four years – Elin Sjöberg-Nyman</td></tr>
<tr><td>14:00</td><td>Panel: Can small builders industrialise? – with Johan Lindqvist-Berg, Gintarė Paulauskienė and Heiki Tamm (Estonian Woodhouse Association)</td></tr>
<tr><td>15:30</td><td>Coffee break and poster exhibition</td></tr>
<tr><td>16:00</td><td>Policy round table with the Interreg Baltic Sea Region Managing Authority, represented by Karsten Lund-Petersen</td></tr>
<tr><td>19:00</td><td>Conference dinner at Kalmar Castle</td></tr>
<tr><th colspan="2">Thursday, 21 March 2041</th></tr>
<tr><td>08:30</td><td>Site visit to the Element Lab and to the Södra Vi timber factory</td></tr>
<tr><td>11:00</td><td>Workshop: Writing the next project together</td></tr>
<tr><td>13:00</td><td>Closing and lunch</td></tr>
</table>

<h2>Main results</h2>
<ul>
<li>36 small and medium-sized construction companies received factory readiness assessments</li>
<li>Five pilot buildings were completed in Sweden, Lithuania, Finland and Poland</li>
<li>A shared catalogue of 48 standard timber elements is available free of charge</li>
<li>Training modules on timber element design were taken up by four vocational schools</li>
<li>Regional action plans were adopted by Region Kalmar län and Pomorskie Voivodeship</li>
</ul>

<h2>Partners</h2>
<p>Linnaeus University (SE, lead partner) · Småland Timber Cluster (SE) · Region Kalmar län (SE) · Kaunas University of Technology (LT) · Lithuanian Wood Industry Association (LT) · Turku University of Applied Sciences (FI) · Pomeranian Wood Cluster (PL) · Gdańsk University of Technology (PL) · Latvian State Institute of Wood Chemistry (LV) · Estonian University of Life Sciences (EE) · Estonian Woodhouse Association (EE)</p>

<h2>Past newsletters</h2>
<p>#5 October 2040 · #4 March 2040 · #3 September 2039 · #2 February 2039 · #1 September 2038</p>
</main>
<footer>
<p>TIMBERLINK is co-funded by the European Union (Interreg Baltic Sea Region). The content reflects the authors' views only.</p>
<p>Contact: Elin Sjöberg-Nyman, Linnaeus University, Department of Building Technology, 391 82 Kalmar · timberlink@lnu.example.se</p>
<p>You are receiving this newsletter because you signed up at a TIMBERLINK event. <a href="#">Unsubscribe</a> · <a href="#">Update preferences</a> · <a href="#">Privacy</a></p>
</footer>
</body></html>
"""
write(F, T)
gold(F,
 [P("Elin Sjöberg-Nyman","project coordinator","Linnaeus University"),
  P("Johan Lindqvist-Berg","Cluster manager","Småland Timber Cluster"),
  P("Gintarė Paulauskienė","Project officer","Kaunas University of Technology"),
  P("Mikko Rantanen-Ojala","Senior lecturer","Turku University of Applied Sciences"),
  P("Agnieszka Kowalczyk-Ruta","project manager","Pomeranian Wood Cluster"),
  P("Tomasz Wierzbicki",None,"Gdańsk University of Technology"),
  P("Anna-Karin Holmström","Chair of the Regional Development Committee","Region Kalmar län"),
  P("Heiki Tamm","managing director","Estonian Woodhouse Association"),
  P("Karsten Lund-Petersen",None,"Interreg Baltic Sea Region Managing Authority")],
 [O("Linnaeus University"), O("Småland Timber Cluster"), O("Region Kalmar län"),
  O("Lithuanian Wood Industry Association","LMPA"), O("Kaunas University of Technology","KTU"),
  O("Turku University of Applied Sciences"), O("Puutalo Logistiikka Oy"), O("Pomeranian Wood Cluster"),
  O("Gdańsk University of Technology"), O("Latvian State Institute of Wood Chemistry"),
  O("Estonian University of Life Sciences"), O("Estonian Woodhouse Association"),
  O("Interreg Baltic Sea Region Managing Authority"), O("Pomorskie Voivodeship"), O("European Union"),
  O("Department of Building Technology")],
 [E("Element Lab opening","2041-02-05",None,"Kalmar","Sweden"),
  E("Nordic Wood Days","2040-11-28",None,"Helsinki","Finland"),
  E("From pilot to pipeline","2041-03-20","2041-03-21","Kalmar","Sweden"),
  E("Policy round table","2041-03-20",None,"Kalmar","Sweden"),
  E("Conference dinner","2041-03-20",None,"Kalmar","Sweden"),
  E("Site visit to the Element Lab and to the Södra Vi timber factory","2041-03-21",None,None,"Sweden"),
  E("Workshop: Writing the next project together","2041-03-21",None,"Kalmar","Sweden")],
 ["2041-02","2041-06-30","2041-02-05","2041-01","2040-11-28","2040-12","2041-03-20/2041-03-21","2041-03-10",
  "2041-03-20","2041-03-21","2040-10","2040-03","2039-09","2039-02","2038-09","2040-09","2045"],
 ["36 small and medium-sized construction companies received factory readiness assessments",
  "Five pilot buildings were completed in Sweden, Lithuania, Finland and Poland",
  "A shared catalogue of 48 standard timber elements is available free of charge",
  "Training modules on timber element design were taken up by four vocational schools",
  "Regional action plans were adopted by Region Kalmar län and Pomorskie Voivodeship"], pub="2041-02")
