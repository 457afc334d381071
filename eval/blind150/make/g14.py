from h import *
F = 'g14_aalst_circtex_final_conference.md'
assert wd(2042,3,20)=='Thursday' and wd(2042,3,21)=='Friday' and wd(2042,3,27)=='Thursday' and wd(2042,6,30)=='Monday'
T = """[CIRCTEX](/) · [About](/about) · [Partners](/partners) · [Results](/results) · [News](/news) · [Library](/library)

# Final conference in Aalst: CIRCTEX closes with a call to scale up textile recycling

*27 March 2042 · News · by Lotte De Smedt-Verhaegen, communication manager, Centexbel*

After four years of work, the CIRCTEX project – "Circular Textile Clusters for European Regions" – held its final conference in Aalst on **Thursday 20 March 2042**. Around 170 participants from cluster organisations, textile companies, recyclers, brands and regional authorities gathered in the former Tragel weaving mill to look back at what the partnership achieved and what still has to be done.

The conference was hosted by Centexbel, the Belgian textile research centre and lead partner of the project, together with Fedustria and the City of Aalst (Stad Aalst). Opening the day, Alderman for Economy **Kurt Van den Bossche** recalled that Aalst was once called "the Manchester of Flanders" and said the city wanted "a second textile century, this time a circular one".

## What the project delivered

Project coordinator **Dr Elif Yıldırım-Claes** (Centexbel) presented the results:

- 212 SMEs received a circularity check from the six partner clusters
- 37 pilots on sorting, fibre-to-fibre recycling and design for disassembly were completed
- four regions included textile circularity in their smart specialisation strategies
- a joint training course for cluster managers was attended by 64 people

An external evaluation by **Prof. Marta Kowalska-Lind** of Łódź University of Technology found that the pilots worked best where a cluster organisation brought together a brand, a sorter and a recycler from the beginning, and least well where single companies tested technologies on their own.

## Key takeaways from the final conference

1. Clusters are the natural place to organise the chain from collection to new fibre, because no single company controls it
2. Regions need shared sorting capacity; today most post-consumer textiles still leave Europe unsorted
3. Public procurement of workwear and uniforms is the fastest lever to create demand for recycled fibre
4. The cooperation between textile clusters must continue after the project, ideally as a European strategic cluster partnership

In the afternoon debate, **Johanna Lindqvist-Berg** (Smart Textiles cluster, University of Borås), **Rui Magalhães** (CITEVE) and **Nadia Bellamine** (EURATEX) agreed that the next step is money for industrial-scale plants, not more pilots. **Pieter-Jan Claeys** of Flanders Innovation & Entrepreneurship (VLAIO) announced that Flanders will open a call for collective recycling investments in the second half of 2042.

On **Friday 21 March 2042** partners joined a company visit to the Denderweverij NV mill in Ninove, which now spins yarn with 40% recycled content.

## The road to Aalst: CIRCTEX partner meetings

- Kick-off meeting – Borås, 30 September – 1 October 2038
- 2nd partner meeting – Łódź, 12–13 May 2039
- 3rd partner meeting – Guimarães, November 2040
- 4th partner meeting – Prato, hosted by the Confindustria Toscana Nord textile section, 2041
- Final conference – Aalst, 20 March 2042

## After CIRCTEX

The partners signed a memorandum of understanding to continue working together as the "European Circular Textile Cluster Alliance". The first meeting of its steering group is planned for June 2042. The project's final report will be published on this site by 30 June 2042.

CIRCTEX was funded by the Interreg North-West Europe programme 2035–2041.

---
*Follow us on LinkedIn · Subscribe to our newsletter · Privacy policy*
"""
write(F, T)
assert wd(2039,5,12)=='Thursday'
C="Centexbel"
gold(F,
 [P("Lotte De Smedt-Verhaegen","communication manager",C),
  P("Kurt Van den Bossche","Alderman for Economy","City of Aalst"),
  P("Elif Yıldırım-Claes","Project coordinator",C),
  P("Marta Kowalska-Lind",None,"Łódź University of Technology"),
  P("Johanna Lindqvist-Berg",None,"Smart Textiles"),
  P("Rui Magalhães",None,"CITEVE"),
  P("Nadia Bellamine",None,"EURATEX"),
  P("Pieter-Jan Claeys",None,"Flanders Innovation & Entrepreneurship")],
 [O(C), O("Fedustria"), O("City of Aalst"), O("Łódź University of Technology"), O("Smart Textiles"),
  O("University of Borås"), O("CITEVE"), O("EURATEX"), O("Flanders Innovation & Entrepreneurship","VLAIO"),
  O("Denderweverij NV"), O("Confindustria Toscana Nord"), O("European Circular Textile Cluster Alliance")],
 [E("final conference","2042-03-20",None,"Aalst","Belgium"),
  E("company visit to the Denderweverij NV mill","2042-03-21",None,"Ninove","Belgium"),
  E("Kick-off meeting","2038-09-30","2038-10-01","Borås","Sweden"),
  E("2nd partner meeting","2039-05-12","2039-05-13","Łódź","Poland"),
  E("3rd partner meeting","2040-11",None,"Guimarães","Portugal"),
  E("4th partner meeting","2041",None,"Prato","Italy"),
  E("first meeting of its steering group","2042-06",None,None,None)],
 ["2042-03-27","2042-03-20","2042","2042-03-21","2038-09-30/2038-10-01","2039-05-12/2039-05-13","2040-11","2041","2042-06","2042-06-30","2035/2041"],
 ["212 SMEs received a circularity check from the six partner clusters",
  "37 pilots on sorting, fibre-to-fibre recycling and design for disassembly were completed",
  "four regions included textile circularity in their smart specialisation strategies",
  "a joint training course for cluster managers was attended by 64 people",
  "Clusters are the natural place to organise the chain from collection to new fibre, because no single company controls it",
  "Regions need shared sorting capacity; today most post-consumer textiles still leave Europe unsorted",
  "Public procurement of workwear and uniforms is the fastest lever to create demand for recycled fibre",
  "The cooperation between textile clusters must continue after the project, ideally as a European strategic cluster partnership"],
 pub="2042-03-27")
