from h import *
F = 'g07_almere_building_loops_podcast_ep23.md'
assert wd(2035,5,9)=='Wednesday' and wd(2035,6,13)=='Wednesday' and wd(2035,6,14)=='Thursday' and wd(2035,10,2)=='Tuesday' and wd(2035,10,4)=='Thursday'
T = """Podcasts › Building Loops › Season 3

# Episode 23 – "Nothing leaves the site": demolition as a raw-material mine

**Building Loops** · the podcast of Circular Build Flevoland
Published Wednesday 9 May 2035 · 47:12 · Recorded at the Floriade Campus studio, Almere

▶ Listen on Spotify · Apple Podcasts · YouTube · RSS

---

## About this episode

When a 1980s office block in Almere Stad was taken down last winter, 94 per cent of its materials went back into new buildings – much of it within 30 kilometres. How did the demolition contractor, the architect and the municipality make it work, and why is it still the exception? Host **Femke Dijkstra-Oosterhuis** talks to three people who were on the site and one who writes the rules.

The conversation also turns to money: reclaimed materials are often cheaper to buy but more expensive to handle, store and certify, and the savings rarely land with the company that carries the extra work. Our guests compare notes on who should pay for the inventory and the storage yard, and whether a regional materials hub run by the cluster could help.

## Guests

- **Bart van der Linden** – owner and managing director, Van der Linden Sloop & Hergebruik B.V., Lelystad
- **ir. Noor El Amrani** – architect and partner, Studio Terp Architecten, Amsterdam
- **Willemijn Hoekstra** – alderman for housing and circular economy, Municipality of Almere (gemeente Almere)
- **Dr. Henrik Vestergaard Poulsen** – senior researcher, Danish Technological Institute (joins from Taastrup, from 31:40)

## Chapters

- **00:00** – Intro and news from the cluster
- **02:15** – The building: what was there and who owned it
- **06:40** – Bart van der Linden on "harvest mapping" before demolition starts
- **12:05** – Reusing steel beams: the certification problem
- **17:30** – Noor El Amrani: designing a school around 1,200 second-hand window frames
- **24:10** – Alderman Hoekstra on tenders that reward reuse
- **29:55** – Listener question: who is liable if a reused beam fails?
- **31:40** – Henrik Vestergaard Poulsen on the Danish material passport
- **39:20** – What needs to change in 2036 regulation
- **44:30** – Three tips for small contractors
- **46:20** – Next episode and events

## News from the cluster (00:00–02:15)

Femke opens with three items. Circular Build Flevoland has welcomed its 150th member, the timber start-up Polderhout B.V. from Zeewolde. The cluster's manager, **Joost Brouwer**, has been elected to the board of the Dutch cluster association ClusterNL. And the Flevoland provincial executive has renewed the cluster's grant for 2035–2037.

## Highlights

> "The building is a warehouse with a roof on it. We just have to do the stocktaking before the wrecking ball comes." – Bart van der Linden (07:12)

> "We didn't design the school and then look for frames. We bought the frames and then designed the school." – Noor El Amrani (18:45)

> "If the municipality does not ask for reuse in the tender, the market will not offer it. It is as simple as that." – Willemijn Hoekstra (25:30)

In the listener-question segment, Femke reads an e-mail from **Sanne de Groot-Bakker**, a structural engineer at Arcadis in Amersfoort, who asks about liability for reused steel. Henrik Vestergaard Poulsen explains how the Danish Technological Institute tests and re-grades steel beams and how Danish insurers have started to accept its certificates.

## Resources mentioned

- The harvest map template of Van der Linden Sloop & Hergebruik (free download from the cluster website)
- The report *Reuse in public tenders*, published by Rijkswaterstaat and Platform CB'23 in March 2035
- The Danish material passport guidelines of the Danish Technological Institute
- Studio Terp's case study "De Kozijnenschool" (school in Almere Poort, opening September 2035)

## Coming up

Episode 24 (out on 23 May 2035) visits the biobased insulation plant of Isovlas Friesland in Drachten with its founder **Rinse Hoekstra**. No relation to our alderman, he assures us.

Meet the Building Loops team live:

- **Circular Build Flevoland Members' Day** – Wednesday 13 June 2035, Floriade Campus, Almere. Live recording of episode 26 with an audience, followed by site visits on Thursday 14 June to two reuse projects in Almere Poort.
- **Circular Building Week Benelux** – 2 to 4 October 2035, Antwerp, where Femke will moderate the session on demolition.

## Credits

Host: Femke Dijkstra-Oosterhuis · Producer: Mehmet Yıldırım-Kok · Editing and sound: Studio Lepelaar, Lelystad · Music: "Polder Loop" by Jasper Wiersma · Building Loops is made with support from the Province of Flevoland.

*Transcript: an automatic transcript of this episode is available on request (accessibility@circularbuildflevoland.example.nl).*

---

Share this episode: [LinkedIn](#) · [Bluesky](#) · [WhatsApp](#) · [Copy link](#)

**Other episodes**
- Ep. 22 – Timber towers and fire safety (25 April 2035)
- Ep. 21 – Procurement for beginners (11 April 2035)
- Ep. 20 – The circular road: asphalt from asphalt (28 March 2035)

© 2035 Circular Build Flevoland · Stichting Circulair Bouwen Flevoland · KvK 00000000 · Privacy · Cookies
"""
write(F, T)
C = "Circular Build Flevoland"
gold(F,
 [P("Femke Dijkstra-Oosterhuis","Host",C),
  P("Bart van der Linden","owner and managing director","Van der Linden Sloop & Hergebruik B.V."),
  P("Noor El Amrani","architect and partner","Studio Terp Architecten"),
  P("Willemijn Hoekstra","alderman for housing and circular economy","Municipality of Almere"),
  P("Henrik Vestergaard Poulsen","senior researcher","Danish Technological Institute"),
  P("Joost Brouwer","manager",C),
  P("Sanne de Groot-Bakker","structural engineer","Arcadis"),
  P("Rinse Hoekstra","founder","Isovlas Friesland"),
  P("Mehmet Yıldırım-Kok","Producer",C),
  P("Jasper Wiersma",None,None)],
 [O(C), O("Van der Linden Sloop & Hergebruik B.V."), O("Studio Terp Architecten"),
  O("Municipality of Almere"), O("Danish Technological Institute"), O("Polderhout B.V."), O("ClusterNL"),
  O("Flevoland provincial executive"), O("Arcadis"), O("Rijkswaterstaat"), O("Platform CB'23"),
  O("Isovlas Friesland"), O("Studio Lepelaar"), O("Province of Flevoland")],
 [E("Circular Build Flevoland Members' Day","2035-06-13",None,"Almere","Netherlands"),
  E("site visits","2035-06-14",None,"Almere","Netherlands"),
  E("Circular Building Week Benelux","2035-10-02","2035-10-04","Antwerp","Belgium")],
 ["2035-05-09","2035/2037","2035-03","2035-09","2035-05-23","2035-06-13","2035-06-14","2035-10-02/2035-10-04","2035-04-25","2035-04-11","2035-03-28"],
 [], "2035-05-09")
