from h import *
F = 'g13_cavan_monaghan_funding_roundup.txt'
assert wd(2040,2,3)=='Friday' and wd(2040,2,14)=='Tuesday' and wd(2040,2,20)=='Monday' and wd(2040,3,5)=='Monday' and wd(2040,3,13)=='Tuesday' and wd(2040,3,26)=='Monday' and wd(2040,1,30)=='Monday'
T = """BORDER ENGINEERING & AGRI-TECH NETWORK (BEAT)
Funding and Events Round-up – Issue 5, February 2040
Sent to members in Cavan, Monaghan and the border counties · Friday 3 February 2040

Hi everyone,

Here is the round-up for February. Lots of deadlines in March this year, so please read the calls section first. If your company is thinking about any of these, ring us before you start writing; we have seen too many good ideas fail on eligibility.

Niamh McCaul
Network Manager, BEAT
Cavan Innovation & Technology Centre, Dublin Road, Cavan

=================================================
CALLS WITH DEADLINES

[1] Agri-Tech Innovation Voucher
Who: small companies in the agri-engineering supply chain
What: up to EUR 10,000 of research work with a registered knowledge provider (e.g. Dundalk Institute of Technology or Teagasc)
Funder: Enterprise Ireland
DEADLINE: Monday 5 March 2040, 15:00

[2] Cross-border R&D partnerships
Who: pairs of SMEs, one in Ireland and one in Northern Ireland
What: joint product development, 12 to 18 months, up to 50% support
Funder: InterTradeIreland
DEADLINE: Tuesday 13 March 2040, 12 noon
Info webinar: Tuesday 14 February 2040, 10:00–11:00, with Ciarán Mulligan, Innovation Manager at InterTradeIreland

[3] Lean and green training grant
Who: manufacturing firms with more than 10 employees
What: 80% of the cost of lean and energy-efficiency training delivered by Cavan and Monaghan Education and Training Board (CMETB)
Funder: Local Enterprise Office Monaghan, together with LEO Cavan
DEADLINE: Monday 26 March 2040

[4] Export Trade Mission – Agritechnica 2041 (advance notice)
Expressions of interest only; deadline to be announced. Contact Declan Boylan, export adviser.

=================================================
EVENTS

* Monday 20 February 2040, 08:00 – Members' breakfast at the Four Seasons Hotel, Monaghan. Guest speaker: Gráinne NÍ BHRIAIN, Chief Executive of Lough Egish Forklifts Ltd? No – apologies, that was last year. This year: Brian O'Reilly, Operations Director, Mullen Agri-Engineering Ltd, on "Hiring welders when nobody is hiring welders".
* 7–8 March 2040 – Meet the Buyer: Agri Machinery, Cavan Equestrian Centre, organised with Cavan County Council and Monaghan County Council. Buyers from Germany, Poland and the Netherlands. Pre-registration closes 28 February.
* Monday 30 January 2040 – already happened: our site visit to the new robotic paint line at Shabra Plastics in Carrickmacross. Thanks to Seán Duffy and his team for hosting 22 of us. Photos and the notes on their paint-line supplier are in the members' folder on the shared drive.
* April 2040 – Border Engineering Expo, Monaghan town. Date to be confirmed.

Past Border Engineering Expos, for the record:
2036 – Monaghan, 22 April
2037 – Cavan, 21 April
2038 – Castleblayney, 26 April
2039 – Monaghan, 18 April

=================================================
MEMBER NOTICES

- Welcome to our newest members: Erne Precision Tooling (Belturbet) and Kingscourt Hydraulics Ltd.
- BEAT's chair, Paul Connolly of Monaghan Fabrication Group, will stand down at the annual general meeting in May after six years. Nominations for the chair go to the secretary, Orla Smyth, by 30 April.
- Maria Kowalczyk, our Polish-speaking training coordinator, is back from leave; she runs the welding apprenticeship links with the Education and Training Board.

=================================================
USEFUL LINKS

Enterprise Ireland regional office (North-East) · InterTradeIreland Fusion · LEO Monaghan grants · CMETB training calendar

You are getting this because you are a member of the Border Engineering & Agri-Tech Network. To unsubscribe, reply "remove". BEAT is supported by Monaghan County Council, Cavan County Council and the
"""
write(F, T)
B = "Border Engineering & Agri-Tech Network"
gold(F,
 [P("Niamh McCaul","Network Manager","BEAT"),
  P("Ciarán Mulligan","Innovation Manager","InterTradeIreland"),
  P("Declan Boylan","export adviser",None),
  P("Gráinne NÍ BHRIAIN","Chief Executive","Lough Egish Forklifts Ltd"),
  P("Brian O'Reilly","Operations Director","Mullen Agri-Engineering Ltd"),
  P("Seán Duffy",None,"Shabra Plastics"),
  P("Paul Connolly","chair","BEAT"),
  P("Orla Smyth","secretary","BEAT"),
  P("Maria Kowalczyk","training coordinator","BEAT")],
 [O(B,"BEAT"), O("Dundalk Institute of Technology"), O("Teagasc"),
  O("Enterprise Ireland"), O("InterTradeIreland"), O("Cavan and Monaghan Education and Training Board","CMETB"),
  O("Local Enterprise Office Monaghan","LEO Monaghan"), O("LEO Cavan"), O("Lough Egish Forklifts Ltd"), O("Mullen Agri-Engineering Ltd"),
  O("Cavan County Council"), O("Monaghan County Council"), O("Shabra Plastics"), O("Erne Precision Tooling"),
  O("Kingscourt Hydraulics Ltd"), O("Monaghan Fabrication Group")],
 [E("Info webinar","2040-02-14",None,None,None),
  E("Export Trade Mission – Agritechnica 2041",None,None,None,None),
  E("Members' breakfast","2040-02-20",None,"Monaghan","Ireland"),
  E("Meet the Buyer: Agri Machinery","2040-03-07","2040-03-08","Cavan","Ireland"),
  E("site visit to the new robotic paint line at Shabra Plastics","2040-01-30",None,"Carrickmacross","Ireland"),
  E("Border Engineering Expo","2040-04",None,"Monaghan","Ireland"),
  E("Border Engineering Expo","2036-04-22",None,"Monaghan","Ireland"),
  E("Border Engineering Expo","2037-04-21",None,"Cavan","Ireland"),
  E("Border Engineering Expo","2038-04-26",None,"Castleblayney","Ireland"),
  E("Border Engineering Expo","2039-04-18",None,"Monaghan","Ireland"),
  E("annual general meeting","2040-05",None,None,None)],
 ["2040-02","2040-02-03","2040-03-05","2040-03-13","2040-02-14","2040-03-26","2040-02-20","2040-03-07/2040-03-08",
  "2040-02-28","2040-01-30","2040-04","2036","2036-04-22","2037","2037-04-21","2038","2038-04-26","2039","2039-04-18",
  "2040-05","2040-04-30"],
 [], pub="2040-02-03")
