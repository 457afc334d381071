from w import *
C="Mid-Ulster Manufacturing Cluster"
W("awards-2035_jury-and-winners_mid-ulster-manufacturing","awards-2035_jury-and-winners_mid-ulster-manufacturing.md","2035-05-25",
[P("Siobhán Ní Bhriain","Pro-Vice-Chancellor for Enterprise","Ulster University"),P("Declan O'Hagan","Director of Regional Business","Invest Northern Ireland"),
 P("Ruth McAllister-Boyd","Head of Manufacturing Research","Queen's University Belfast"),P("Gareth Whiteside","former Chief Executive","Terex Materials Processing"),
 P("Aoife Quinn","Senior Economic Development Officer","Mid Ulster District Council"),P("Marek Zieliński","Managing Director","Polymould NI Ltd"),
 P("Helen Craig","Chair","Manufacturing NI Skills Council"),P("Seamus Donnelly","managing director","Coalisland Precision Castings Ltd"),
 P("Niamh Kearney","sales director","Magherafelt Trailers & Bodies Ltd"),P("Rajesh Venkataraman","founder and CEO","Dungannon Smart Hydraulics Ltd"),
 P("Orla Devlin","operations manager","Sperrin Timber Frame Ltd"),P("Conor McKenna","maintenance apprentice","Cookstown Quarry Equipment Ltd"),
 P("Zofia Nowak-Reilly","production manager","Ballinderry Engineering Ltd"),P('William "Billy" Mulholland',"founder","Mulholland Engineering Group"),
 P("Paul Hegarty","Chair",C),P("Deirdre Mallon","Lord Mayor of Mid Ulster"),P("Gráinne Loughran","cluster manager",C)],
[O(C,"MUMC")]+[O(x) for x in ["Mid Ulster District Council","Invest Northern Ireland","Ulster University","Queen's University Belfast","Terex Materials Processing","Polymould NI Ltd",
 "Manufacturing NI Skills Council","Coalisland Precision Castings Ltd","Magherafelt Trailers & Bodies Ltd","Dungannon Smart Hydraulics Ltd","Sperrin Timber Frame Ltd",
 "Cookstown Quarry Equipment Ltd","South West College","Ballinderry Engineering Ltd","Mulholland Engineering Group","Tyrone Fabrication Ltd","Moy Park Ingredients Unit Dungannon",
 "Kilrea Composites Ltd","Danske Bank","Henderson Group","McAvoy Steel Ltd"]],
[E("Mid-Ulster Manufacturing Awards 2035","2035-05-24","2035-05-24","Cookstown","United Kingdom")],
["2035-05-25","2035-05-24","2035-04-20","2035-05","1976","2029","2030","2031","2032","2033","2034","2036-02-01"])
