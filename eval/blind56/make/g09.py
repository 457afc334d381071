from h import *
F = 'awards-2035_jury-and-winners_mid-ulster-manufacturing.md'
T = '''Mid-Ulster Manufacturing Cluster | Home › Awards › 2035

# Mid-Ulster Manufacturing Awards 2035: the jury and the winners

Posted on 25 May 2035 by the Cluster Team

The winners of the seventh Mid-Ulster Manufacturing Awards were announced on 24 May 2035 at a gala dinner in the Burnavon
Arts Centre in Cookstown, attended by 320 guests from industry, education and government. The awards are organised by the
Mid-Ulster Manufacturing Cluster (MUMC) with the support of Mid Ulster District Council and Invest Northern Ireland.

Sixty-two applications were received in six categories, a record. A shortlist of three per category was published on
20 April 2035, and the jury visited every shortlisted company in the first two weeks of May.

## The jury

The jury was chaired for the second time by Professor Siobhán Ní Bhriain, Pro-Vice-Chancellor for Enterprise at Ulster
University. Its members were:

- Declan O'Hagan, Director of Regional Business, Invest Northern Ireland
- Dr Ruth McAllister-Boyd, Head of Manufacturing Research, Queen's University Belfast
- Gareth Whiteside, former Chief Executive, Terex Materials Processing (retired)
- Aoife Quinn, Senior Economic Development Officer, Mid Ulster District Council
- Marek Zieliński, Managing Director, Polymould NI Ltd (last year's winner of Manufacturer of the Year)
- Helen Craig OBE, Chair, Manufacturing NI Skills Council

The jury members declared no conflicts of interest for the shortlisted companies. Marek Zieliński did not take part in
the deliberations of the Export category, in which a former supplier of his company was shortlisted.

## The winners

**Manufacturer of the Year 2035:** Coalisland Precision Castings Ltd
Collected by managing director Seamus Donnelly. The jury praised the company's investment in an electric induction
furnace, which cut its gas use by 70 per cent.

**Exporter of the Year:** Magherafelt Trailers & Bodies Ltd
Collected by sales director Niamh Kearney. Exports to 23 countries, with new dealers in Norway and Chile.

**Innovation Award:** Dungannon Smart Hydraulics Ltd
Collected by founder and CEO Dr Rajesh Venkataraman for a hydraulic crusher with predictive maintenance.

**Green Manufacturing Award:** Sperrin Timber Frame Ltd
Collected by operations manager Orla Devlin.

**Apprentice of the Year:** Conor McKenna, maintenance apprentice at Cookstown Quarry Equipment Ltd, nominated by
South West College.

**Young Manager of the Year:** Zofia Nowak-Reilly, production manager, Ballinderry Engineering Ltd.

**Outstanding Contribution to Manufacturing (jury special award):** William "Billy" Mulholland, founder of Mulholland
Engineering Group, who started his first workshop in a farm shed near Pomeroy in 1976.

## Highly commended

The jury also gave highly commended certificates to Tyrone Fabrication Ltd (Manufacturer of the Year), Moy Park Ingredients
Unit Dungannon (Green Manufacturing) and Kilrea Composites Ltd (Innovation).

## What the chair said

"The standard this year was the highest I have seen. Mid-Ulster makes a third of the world's mobile crushing and
screening equipment, but this year's applications show that the region is far more than one industry," said Professor
Ní Bhriain. "What impressed the jury most was how many small firms are investing in skills and in cleaner energy at the
same time."

Paul Hegarty, Chair of the Mid-Ulster Manufacturing Cluster, thanked the sponsors, Danske Bank, Henderson Group and
Mid Ulster District Council, and the volunteers who organised the evening. The Lord Mayor of Mid Ulster, Councillor
Deirdre Mallon, presented the Apprentice of the Year award.

## Past winners of Manufacturer of the Year

- 2029 – Terex Materials Processing
- 2030 – Dungannon Smart Hydraulics Ltd
- 2031 – Sperrin Timber Frame Ltd
- 2032 – McAvoy Steel Ltd
- 2033 – Tyrone Fabrication Ltd
- 2034 – Polymould NI Ltd

## Next year

Applications for the Mid-Ulster Manufacturing Awards 2036 open on 1 February 2036. Companies with a site in Mid Ulster
District Council area may apply; membership of the cluster is not required. For questions please contact
awards@mumc.example or the cluster manager, Gráinne Loughran.

Photos of the evening: [gallery](/awards/2035/gallery) · Share: [LinkedIn](#) [X](#) [Facebook](#)
'''
write(F, T)
MU = 'Mid-Ulster Manufacturing Cluster'
MDC = 'Mid Ulster District Council'
gold(F, [
 P('Siobhán Ní Bhriain', 'Pro-Vice-Chancellor for Enterprise', 'Ulster University'),
 P("Declan O'Hagan", 'Director of Regional Business', 'Invest Northern Ireland'),
 P('Ruth McAllister-Boyd', 'Head of Manufacturing Research', "Queen's University Belfast"),
 P('Gareth Whiteside', 'former Chief Executive', 'Terex Materials Processing'),
 P('Aoife Quinn', 'Senior Economic Development Officer', MDC),
 P('Marek Zieliński', 'Managing Director', 'Polymould NI Ltd'),
 P('Helen Craig', 'Chair', 'Manufacturing NI Skills Council'),
 P('Seamus Donnelly', 'managing director', 'Coalisland Precision Castings Ltd'),
 P('Niamh Kearney', 'sales director', 'Magherafelt Trailers & Bodies Ltd'),
 P('Rajesh Venkataraman', 'founder and CEO', 'Dungannon Smart Hydraulics Ltd'),
 P('Orla Devlin', 'operations manager', 'Sperrin Timber Frame Ltd'),
 P('Conor McKenna', 'maintenance apprentice', 'Cookstown Quarry Equipment Ltd'),
 P('Zofia Nowak-Reilly', 'production manager', 'Ballinderry Engineering Ltd'),
 P('William "Billy" Mulholland', 'founder', 'Mulholland Engineering Group'),
 P('Paul Hegarty', 'Chair', MU),
 P('Deirdre Mallon', 'Lord Mayor of Mid Ulster', None),
 P('Gráinne Loughran', 'cluster manager', MU),
],[
 O(MU, 'MUMC'), O(MDC), O('Invest Northern Ireland'), O('Ulster University'), O("Queen's University Belfast"),
 O('Terex Materials Processing'), O('Polymould NI Ltd'), O('Manufacturing NI Skills Council'),
 O('Coalisland Precision Castings Ltd'), O('Magherafelt Trailers & Bodies Ltd'), O('Dungannon Smart Hydraulics Ltd'),
 O('Sperrin Timber Frame Ltd'), O('Cookstown Quarry Equipment Ltd'), O('South West College'), O('Ballinderry Engineering Ltd'),
 O('Mulholland Engineering Group'), O('Tyrone Fabrication Ltd'), O('Moy Park Ingredients Unit Dungannon'), O('Kilrea Composites Ltd'),
 O('Danske Bank'), O('Henderson Group'), O('McAvoy Steel Ltd'),
],[
 E('Mid-Ulster Manufacturing Awards 2035', '2035-05-24', '2035-05-24', 'Cookstown', 'United Kingdom'),
],['2035-05-25','2035-05-24','2035-04-20','2035-05','1976','2029','2030','2031','2032','2033','2034','2036-02-01'], pub='2035-05-25')
