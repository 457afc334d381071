from h import *
F = 'g09_west_flanders_textile_clusters_position_paper.md'
T = """# Position paper: Circular textiles need a European market, not fifteen national ones

**Kortrijk, 9 May 2035** · Position of the Flanders Textile & Materials Cluster (FTMC vzw) on the revision of the EU framework for textile waste and extended producer responsibility

Endorsed by: Euratex (The European Apparel and Textile Confederation), Techtera (Auvergne-Rhône-Alpes), Texfor – Confederación de la Industria Textil and the Nordic Circular Textiles Network

---

## Who we are

The Flanders Textile & Materials Cluster (FTMC) brings together 212 companies, research centres and training providers from the textile, flooring, technical textiles and recycling industries in West Flanders and the rest of Flanders. Our members employ around 19,000 people. Since 2031 we have run the Circular Fibre Hub in Kortrijk together with Centexbel and Ghent University.

This paper was prepared by the FTMC working group on circularity, chaired by Véronique Desmet-Vandenbulcke (CEO, Vandenbulcke Carpets NV), and adopted by the FTMC Board of Directors on 25 April 2035. It builds on the results of our members' consultation of February–March 2035, to which 87 companies replied.

## Why this matters now

From 2035 all Member States must collect textile waste separately, and most of them are setting up extended producer responsibility (EPR) schemes. In theory this is good news for our members, who have invested more than EUR 300 million in sorting, fibre-to-fibre recycling and recycled-content products since 2028. In practice, the schemes are being built country by country, with different fees, different reporting rules and different definitions of what counts as recycled.

Our members report that a company selling mattresses or workwear in six Member States now has to register with six schemes, report in six formats and pay fees that can differ by a factor of four for the same product. Recyclers cannot buy sorted textiles across borders easily, because waste shipment rules treat them as waste even when they are sorted for recycling. The result is that recycling plants in Flanders, northern France and the Netherlands run at 55 to 65% of their capacity while sorted textiles are exported outside Europe.

## What do we ask?

We call on the European Commission, the European Parliament and the Council to:

1. Harmonise the EPR fee structure for textiles across the Union, with common criteria for eco-modulation based on durability and recycled content.
2. Set up a single EU registration and reporting point for producers active in several Member States.
3. Create an end-of-waste status for sorted textiles intended for recycling, so that they can move freely within the single market.
4. Reserve at least half of EPR revenues for investment in sorting and recycling capacity in Europe.
5. Introduce a minimum share of recycled fibres in public procurement of workwear, uniforms and furnishings from 2037.
6. Involve cluster organisations and SMEs in the technical committees that define recycled content and test methods.

We also ask the Flemish Government and the Federal Public Service Economy to coordinate the Belgian scheme with those of France and the Netherlands before it enters into force.

## What we offer

FTMC and its partners are ready to share data from the Circular Fibre Hub, to test common reporting formats with our members, and to host a European workshop on harmonised EPR rules in Kortrijk in the autumn of 2035. We invite other clusters and industry associations to join this position.

## Contact

Bart Vanhoutte, Policy Director, FTMC vzw
bart.vanhoutte@ftmc.example.be · +32 56 00 00 00
Flanders Textile & Materials Cluster vzw, Doorniksesteenweg 1, 8500 Kortrijk · ondernemingsnummer 0000.000.000

*This position paper reflects the views of FTMC and the endorsing organisations. It does not necessarily reflect the position of each individual member.*
"""
write(F, T)
D = ["Harmonise the EPR fee structure for textiles across the Union, with common criteria for eco-modulation based on durability and recycled content",
 "Set up a single EU registration and reporting point for producers active in several Member States",
 "Create an end-of-waste status for sorted textiles intended for recycling, so that they can move freely within the single market",
 "Reserve at least half of EPR revenues for investment in sorting and recycling capacity in Europe",
 "Introduce a minimum share of recycled fibres in public procurement of workwear, uniforms and furnishings from 2037",
 "Involve cluster organisations and SMEs in the technical committees that define recycled content and test methods"]
gold(F,
 [P("Véronique Desmet-Vandenbulcke","CEO","Vandenbulcke Carpets NV"), P("Bart Vanhoutte","Policy Director","FTMC vzw")],
 [O("Flanders Textile & Materials Cluster vzw","FTMC"), O("European Apparel and Textile Confederation","Euratex"), O("Techtera"),
  O("Texfor – Confederación de la Industria Textil"), O("Nordic Circular Textiles Network"), O("Centexbel"), O("Ghent University"),
  O("Vandenbulcke Carpets NV"), O("European Commission"), O("European Parliament"), O("Council"), O("Flemish Government"),
  O("Federal Public Service Economy"), O("Circular Fibre Hub")],
 [E("European workshop on harmonised EPR rules","2035",None,"Kortrijk","Belgium")],
 ["2035-05-09","2031","2035-04-25","2035-02/2035-03","2035","2028","2037"],
 D, pub="2035-05-09")
