from h import *
F = 'position-paper_podlaskie-cluster-alliance-cohesion-2035.md'
D = [
"Keep place-based cluster support in the next cohesion policy. Regional cluster programmes must remain eligible under the post-2034 cohesion funds, with a minimum share reserved for cluster organisations in less developed regions.",
"Fund cluster management, not only projects. Multiannual core funding of at least five years for cluster management teams, linked to performance indicators agreed with the region.",
"Open European instruments to clusters from the eastern border regions. A dedicated window in the Single Market Programme's successor and in Interreg for clusters from regions bordering Belarus, Ukraine and Russia.",
"Simplify. One set of reporting rules for cluster projects, whatever the fund, and lump sums for small cooperation actions below EUR 60,000.",
"Recognise clusters as partners in skills policy. Cluster organisations should sit on the regional skills councils and be eligible to run training under the European Social Fund.",
]
T = f'''# Position Paper

## Clusters at the eastern edge of the Union: five demands for the cohesion policy after 2034

**Podlaski Związek Klastrów – Podlaskie Cluster Alliance (PZK)**
Białystok, 26 April 2035 · Adopted by the PZK Council on {wd('2035-04-24')} 24 April 2035

---

### Who we are

The Podlaskie Cluster Alliance brings together eleven cluster organisations of the Podlaskie Voivodeship with over 640
member companies: the Podlaski Klaster Bielizny (lingerie and textiles), the Klaster Obróbki Metali (metalworking), the
Północno-Wschodni Klaster Budowlany (construction), the Podlaski Klaster Spożywczy (food), the Klaster Medyczny "Zdrowe
Podlasie" (health technologies), the Wschodni Klaster Drzewny (wood and furniture), the Klaster Energii Odnawialnej Suwałki,
and four smaller ICT and tourism clusters. The Alliance was founded in 2028 with the support of the Marshal's Office of
the Podlaskie Voivodeship and the Białystok Science and Technology Park (BPN-T).

### Why this paper

Podlaskie borders Belarus and Lithuania. Since 2022 the region's companies have lost markets in the east, faced rising
security costs and seen young people leave for Warsaw and abroad. Clusters have been one of the few instruments that kept
small manufacturers investing and cooperating. Their support, however, has always depended on short project cycles: between
2021 and 2034 the average PZK member cluster changed its main source of funding four times.

The European Commission will publish its proposals for the cohesion policy after 2034 in the coming months. The Polish
Ministry of Development Funds and Regional Policy is consulting regions and stakeholders until 30 June 2035. This paper is
the Alliance's contribution to that consultation and to the discussion in the European Committee of the Regions.

### Our five demands

{chr(10).join(f"{i}. {d}" for i, d in enumerate(D, 1))}

### What we offer in return

The member clusters commit to measure their results with a common set of indicators, developed with the University of
Białystok in 2034, and to publish them every year. They are ready to act as intermediaries for small companies in European
programmes, as several already do in the European Cluster Collaboration Platform.

### Statements

"Our companies are small and far from the capital. A cluster is often the only door to Europe they know," said Dr. Agnieszka
Sawicka-Ostrowska, President of the Management Board of PZK and manager of the Podlaski Klaster Bielizny.

Jarosław Kondratiuk, Vice-Marshal of the Podlaskie Voivodeship responsible for economic development, said at the Council
meeting that the regional government "shares the diagnosis and will defend the place-based approach in Warsaw and in
Brussels".

Piotr Łapiński, Vice-President of PZK and manager of the Klaster Obróbki Metali, added that simplification "is not a slogan for
us: one of our clusters spent more hours on reporting than on matchmaking last year".

### Next steps

The position paper will be sent to the Ministry, to the Podlaskie members of the European Parliament and to the Polish
Cluster Association (Polski Związek Klastrów). PZK will present it at the Eastern Poland Cluster Forum in Lublin on
{wd('2035-09-27')} 27 September 2035 and seek joint positions with the clusters of Warmia-Masuria, Lubelskie and Podkarpackie.

---

*Contact: Kamil Dziedzic, policy officer, PZK, ul. Żurawia 71, 15-540 Białystok · k.dziedzic@pzk.example*
'''
write(F, T)
KM = [f"{d}" for d in D]
gold(F, [
 P("Agnieszka Sawicka-Ostrowska", "President of the Management Board", "Podlaskie Cluster Alliance"),
 P("Jarosław Kondratiuk", "Vice-Marshal of the Podlaskie Voivodeship responsible for economic development", None),
 P("Piotr Łapiński", "Vice-President", "Podlaskie Cluster Alliance"),
 P("Kamil Dziedzic", "policy officer", "Podlaskie Cluster Alliance"),
], [
 O("Podlaskie Cluster Alliance", "PZK"), O("PZK Council"),
 O("Podlaski Klaster Bielizny"), O("Klaster Obróbki Metali"), O("Północno-Wschodni Klaster Budowlany"),
 O("Podlaski Klaster Spożywczy"), O('Klaster Medyczny "Zdrowe Podlasie"'), O("Wschodni Klaster Drzewny"),
 O("Klaster Energii Odnawialnej Suwałki"), O("Marshal's Office of the Podlaskie Voivodeship"),
 O("Białystok Science and Technology Park", "BPN-T"), O("European Commission"),
 O("Ministry of Development Funds and Regional Policy"), O("European Committee of the Regions"),
 O("University of Białystok"), O("European Cluster Collaboration Platform"), O("European Parliament"),
 O("Polish Cluster Association"),
], [
 E("Council meeting", "2035-04-24", "2035-04-24", None, None),
 E("Eastern Poland Cluster Forum", "2035-09-27", "2035-09-27", "Lublin", "Poland"),
], ["2035-04-26", "2035-04-24", "2028", "2022", "2021/2034", "2035-06-30", "2034", "2035-09-27"], KM, pub="2035-04-26")
