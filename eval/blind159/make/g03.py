from h import *
F = 'g03_gotland_obituary_cluster_founder.txt'
assert wd(2041,3,7)=='Thursday' and wd(2041,5,16)=='Thursday'
T = """GOTLAND MARITIME & BUILDING CRAFTS CLUSTER – MEMBER LETTER No. 3/2041
Visby, 11 March 2041

In memory of Ingrid Dahlqvist-Ahlgren (1968–2041)

It is with great sadness that we share the news that Ingrid Dahlqvist-Ahlgren, founder and for fourteen years manager of our cluster, died at home in Slite on Thursday 7 March 2041 after a short illness. She was 72.

Many of you knew Ingrid as the person who rang you on a Sunday evening with an idea that could not wait until Monday. Fewer will know how she came to clusters in the first place. We have tried to put her working life together below, with the help of her husband Sten Ahlgren and her long-time colleague Per-Olof Norrby.

A working life in brief
1990–1996: boatbuilder's apprentice and later journeywoman at Fårösunds Båtvarv
1996–2004: teacher of wooden boat construction at Gotlands folkhögskola, Hemse
2004–2012: business adviser at ALMI Företagspartner Gotland
2012–2026: founder and cluster manager, Gotland Maritime & Building Crafts Cluster
2026–2033: chair of the board, Swedish Cluster Organisations Network (Svenska Klusterföreningen)
2033–2039: member of the regional innovation council of Region Gotland

She started the cluster in 2012 with nine members, most of them one-person businesses: two boatyards, a lime-mortar maker, three carpenters who specialised in restoring the island's medieval churches, a sailmaker, a blacksmith and an architect. When she handed over to Jonas Wikström in 2026, the cluster had 118 members and had become one of the few organisations in Europe to combine traditional building crafts with modern maritime industry.

Ingrid's great insight was that a boatyard in Slite and a church restorer in Roma face the same problem: old skills, young people who do not know the trade exists, and customers who cannot find them. She used to say that a cluster should be "a workshop with a coffee machine, not an office with a logo".

What she built
Together with Uppsala University Campus Gotland she set up the Crafts Academy, which has trained more than 400 apprentices since 2015. She persuaded the Swedish National Heritage Board to fund a register of craftspeople qualified for listed buildings. She brought the island's first European project home in 2017, a partnership with the Tallinn Maritime Museum and the Åland maritime cluster. And she started the Gotland Wooden Boat Days, which she chaired every year until 2025.

Past editions of the Gotland Wooden Boat Days that Ingrid led:
2016 – Slite, 12–14 August
2018 – Visby harbour, 10–12 August
2020 – online, 15 August
2022 – Fårösund, 5–7 August
2024 – Klintehamn, 9–11 August

Words from colleagues
Jonas Wikström, who succeeded her as cluster manager and leads the cluster today, wrote: "Ingrid never asked whether something was possible. She asked who we needed to call."

Karin Lindroth, regional director of Region Gotland, remembered her as "the most stubborn and most generous person in any meeting room on the island".

From Tallinn, Mart Raudsepp, former director of the Estonian Maritime Museum, sent a message on behalf of the museum's staff: Ingrid had taught half of his carpenters how to bend oak.

The funeral will be held in Othem church on Thursday 16 May 2041 at 13:00. The family has asked that, instead of flowers, gifts be made to the Crafts Academy's apprentice fund. A memorial gathering for members and partners will be organised by the cluster in Slite in late summer; details will follow in the next member letter.

The board and staff of the cluster extend their deepest condolences to Sten, to their children Malin and Erik, and to the grandchildren.

For the board,
Annika Gardell
Chair of the Board, Gotland Maritime & Building Crafts Cluster

For the staff,
Jonas Wikström
Cluster Manager

Gotland Maritime & Building Crafts Cluster ek. för., Hamngatan 4, 621 57 Visby
Unsubscribe | Update your details | Member letters archive
"""
write(F, T)
C="Gotland Maritime & Building Crafts Cluster"
gold(F,
 [P("Ingrid Dahlqvist-Ahlgren","founder",C), P("Sten Ahlgren",None,None), P("Per-Olof Norrby",None,None),
  P("Jonas Wikström","Cluster Manager",C), P("Karin Lindroth","regional director","Region Gotland"),
  P("Mart Raudsepp","former director","Estonian Maritime Museum"),
  P("Annika Gardell","Chair of the Board",C)],
 [O(C), O("Fårösunds Båtvarv"), O("Gotlands folkhögskola"), O("ALMI Företagspartner Gotland"),
  O("Swedish Cluster Organisations Network"), O("Region Gotland"), O("Uppsala University Campus Gotland"),
  O("Crafts Academy"), O("Swedish National Heritage Board"), O("Tallinn Maritime Museum"), O("Estonian Maritime Museum")],
 [E("Gotland Wooden Boat Days"),
  E("Gotland Wooden Boat Days","2016-08-12","2016-08-14","Slite","Sweden"),
  E("Gotland Wooden Boat Days","2018-08-10","2018-08-12","Visby","Sweden"),
  E("Gotland Wooden Boat Days","2020-08-15",None,None,None),
  E("Gotland Wooden Boat Days","2022-08-05","2022-08-07","Fårösund","Sweden"),
  E("Gotland Wooden Boat Days","2024-08-09","2024-08-11","Klintehamn","Sweden"),
  E("funeral","2041-05-16",None,"Othem","Sweden"),
  E("memorial gathering",None,None,"Slite","Sweden")],
 ["2041-03-11","1968/2041","2041-03-07","1990/1996","1996/2004","2004/2012","2012/2026","2026/2033","2033/2039",
  "2012","2026","2015","2017","2025","2016-08-12/2016-08-14","2018-08-10/2018-08-12","2020-08-15","2022-08-05/2022-08-07",
  "2024-08-09/2024-08-11","2041-05-16"],
 [], pub="2041-03-11")
