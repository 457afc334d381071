from common import *
t = """# Ministry establishes Smart Specialisation Steering Committee for 2035–2041

**Press release · Ministry of Education and Science of the Republic of Latvia · Riga, 19.01.2035**

[Home](/) › [News](/news) › Press releases

The Cabinet has approved the composition of the new Smart Specialisation Steering Committee, which will oversee the implementation of Latvia's research and innovation strategy for smart specialisation (RIS3) in the programming period 2035–2041. The Committee replaces the former RIS3 monitoring council, whose mandate ended on 31 December 2034.

"Smart specialisation only works if the people who take the risks – entrepreneurs and researchers – sit at the same table as the administration. That is why, for the first time, more than half of the members come from companies and universities," said the Minister of Education and Science, Dace Ozoliņa-Bērziņa.

The Committee will be chaired by the State Secretary of the Ministry, Kārlis Vītols. Its vice-chair is Dr. Ilze Kalniņa, Director of the Innovation Department of the Investment and Development Agency of Latvia (LIAA).

## Members from companies

- Aivars Strautmanis, Chairman of the Board, Baltijas Lāzeri AS (photonics)
- Linda Rozenberga-Ivanova, CEO, MežaTech SIA (smart wood materials)
- Artūrs Bērziņš, Head of R&D, Daugavas Farmācija AS
- Jeļena Petrova, founder, Kvantu Dati SIA (start-up, data analytics)

## Members from universities and research organisations

- Prof. Andris Kalējs, Rector, Riga Technical University
- Prof. Inese Siliņa, Vice-Rector for Research, University of Latvia
- Dr. Raimonds Ziediņš, Director, Institute of Solid State Physics, University of Latvia
- Prof. Gunta Ābele-Krūmiņa, Latvia University of Life Sciences and Technologies

## Other members

- Māris Eglītis, Ministry of Economics
- Zane Liepiņa, Ministry of Finance
- Ojārs Vanags, Secretary General, Latvian Chamber of Commerce and Industry (LTRK)
- a representative of the Latvian Association of Clusters (to be nominated)

The Committee secretariat is provided by the Research and Innovation Policy Department of the Ministry, headed by Kristīne Daukšte.

## Background

Latvia's first smart specialisation strategy was adopted for the 2014–2020 period and focused on knowledge-intensive bioeconomy, biomedicine, smart materials, advanced ICT and smart energy. An independent evaluation completed last year recommended a smaller and more strategic steering body, a stronger voice for companies and a closer link between the strategy and the selection criteria of calls. The new Committee follows these recommendations: it has 13 members instead of 24, and its decisions will be published within two weeks of each meeting.

## Tasks

The Committee will review the five specialisation areas every two years, approve the monitoring indicators, and recommend changes to the calls of the EU cohesion policy funds for research and innovation. Its first task is the mid-term review of the specialisation areas, to be completed by June 2036.

## First meeting

The constituent meeting will take place on 11 February 2035 in Riga. An entrepreneurial discovery workshop on "bioeconomy and smart materials" is planned for 25–26 March 2035 in Jelgava, in cooperation with the Joint Research Centre (JRC) of the European Commission.

**Contact for media:** Laura Kalniete, press secretary, prese@izm.example, +371 60 000 000

*Last updated: 19.01.2035 14:12*

Share: Facebook · X · LinkedIn · E-mail
"""
save("press-release_Latvia-smart-specialisation-steering-committee.md", t, "2035-01-19",
 people=[P("Dace Ozoliņa-Bērziņa","Minister of Education and Science",None),
  P("Kārlis Vītols","State Secretary","Ministry of Education and Science of the Republic of Latvia"),
  P("Ilze Kalniņa","vice-chair","Smart Specialisation Steering Committee"),
  P("Aivars Strautmanis","Chairman of the Board","Baltijas Lāzeri AS"),
  P("Linda Rozenberga-Ivanova","CEO","MežaTech SIA"),
  P("Artūrs Bērziņš","Head of R&D","Daugavas Farmācija AS"),
  P("Jeļena Petrova","founder","Kvantu Dati SIA"),
  P("Andris Kalējs","Rector","Riga Technical University"),
  P("Inese Siliņa","Vice-Rector for Research","University of Latvia"),
  P("Raimonds Ziediņš","Director","Institute of Solid State Physics"),
  P("Gunta Ābele-Krūmiņa",None,"Latvia University of Life Sciences and Technologies"),
  P("Māris Eglītis",None,"Ministry of Economics"),
  P("Zane Liepiņa",None,"Ministry of Finance"),
  P("Ojārs Vanags","Secretary General","Latvian Chamber of Commerce and Industry"),
  P("Kristīne Daukšte",None,"Research and Innovation Policy Department"),
  P("Laura Kalniete","press secretary",None)],
 orgs=[O("Ministry of Education and Science of the Republic of Latvia"),
  O("Smart Specialisation Steering Committee"),O("RIS3 monitoring council"),
  O("Investment and Development Agency of Latvia","LIAA"),O("Innovation Department"),
  O("Baltijas Lāzeri AS"),O("MežaTech SIA"),O("Daugavas Farmācija AS"),O("Kvantu Dati SIA"),
  O("Riga Technical University"),O("University of Latvia"),O("Institute of Solid State Physics"),
  O("Latvia University of Life Sciences and Technologies"),O("Ministry of Economics"),O("Ministry of Finance"),
  O("Latvian Chamber of Commerce and Industry","LTRK"),O("Latvian Association of Clusters"),
  O("Research and Innovation Policy Department"),O("Joint Research Centre","JRC"),O("European Commission")],
 events=[E("constituent meeting","2035-02-11",None,"Riga","Latvia"),
  E("entrepreneurial discovery workshop on \"bioeconomy and smart materials\"","2035-03-25","2035-03-26","Jelgava","Latvia")],
 dates=["2035/2041","2014/2020","2035-01-19","2034-12-31","2036-06","2035-02-11","2035-03-25/2035-03-26"])
