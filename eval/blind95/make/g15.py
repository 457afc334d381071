from h import *
F = 'g15_cork_harbour_energy_cluster_annual_report-pdf.txt'
assert wd(2036,3,12)=='Wednesday' and wd(2035,5,21)=='Monday' and wd(2035,10,9)=='Tuesday'
T = """Cork Harbour Energy Cluster                                   Annual Report 2035
________________________________________________________________________________

                        ANNUAL REPORT 2035
            People, governance and what we learnt

               Cork Harbour Energy Cluster CLG (CHEC)
               Published 12 March 2036


Contents
1 Message from the Chair ........................................... 2
2 Board and governance ............................................. 2
3 The team ......................................................... 3
4 Highlights of the year ........................................... 3
5 Key conclusions .................................................. 4

                                                                          1
Cork Harbour Energy Cluster                                   Annual Report 2035
________________________________________________________________________________

1 Message from the Chair

2035 was the year in which the cluster grew up. We moved from a group of
enthusiasts around Whitegate and Ringaskiddy to an organisation with 97
members, a staff of eight and a voice in the national debate on offshore
wind and green hydrogen. I want to thank our members, our funders and
above all our team, led since May by our new CEO.
                                   Siobhán Coakley-Ryan, Chair of the Board

2 Board and governance

The Board of Directors met six times in 2035. At the Annual General
Meeting on Monday, 21 May 2035 at the Clayton Hotel Cork City, members
re-elected Siobhán Coakley-Ryan (Ervia Gas Networks Ireland) as Chair and
Dermot Ó Cathasaigh (Port of Cork Company) as Vice-Chair. Two new direc-
tors joined the board: Dr. Niamh Twomey, Head of the MaREI Centre at
University College Cork, and Gavin Hurley, Managing Director of Hurley
Marine Engineering Ltd. Board members in 2035:

  Siobhán Coakley-Ryan      Chair                 Ervia Gas Networks Ireland
  Dermot Ó Cathasaigh       Vice-Chair            Port of Cork Company
  Fergal Lynch              Company Secretary     Ronan Daly Jermyn Solicitors
  Máire Ní Shúilleabháin    Director              Cork County Council
  Niamh Twomey              Director              University College Cork
  Gavin Hurley              Director              Hurley Marine Engineering Ltd
  Olivier Tremblay-Roche    Director              Simply Blue Hydrogen Ltd
  Sinéad Kingston           Director              Munster Technological University

Patrick Desmond (Irving Oil Whitegate Refinery), a director since the
cluster was founded in 2030, stepped down at the AGM. The Finance and Audit
Committee is chaired by Fergal Lynch; the auditors are Crowe Ireland.

                                                                          2
Cork Harbour Energy Cluster                                   Annual Report 2035
________________________________________________________________________________

3 The team

Conor Buckley, founding manager of the cluster from 2030, handed over to
Dr. Ewa Kamińska-Walsh, who joined as CEO on 6 May 2035 from the
Sustainable Energy Authority of Ireland (SEAI). Conor Buckley remains with the
cluster as Head of Member Engagement. Other team changes: Aisling Forde
was promoted to Programmes Manager; Rui Tavares joined as Hydrogen Pro-
ject Officer from the Portuguese hydrogen association AP2H2; and Karen
O'Mahony (Communications Officer) returned from leave in September 2035.

4 Highlights of the year

- Cork Harbour Hydrogen Day, Tuesday, 9 October 2035, Ringaskiddy:
  310 participants, opened by Minister of State Darragh Murphy-Kelleher
  of the Department of the Environment, Climate and Communications.
- Study visit to the Port of Rotterdam and to the Groningen hydrogen
  valley, 11-13 June 2035, with 18 members.
- Joint stand at Wind Europe Annual Event 2035 in Copenhagen,
  22-24 April 2035, with Enterprise Ireland.
- Launch of the Harbour Skills Academy with Munster Technological
  University and Cork Education and Training Board: 64 trainees in the
  first year.
- Membership of the European Clean Hydrogen Alliance and of the
  Hydrogen Valleys network of the Clean Hydrogen Partnership.

Members' survey: 61 members answered our survey in October 2035. They
rated the cluster's events (4.3 of 5) and its newsletter (4.1) highly,
but asked for more practical help with tenders, more site visits to
working plants and clearer information on grid connections. One in three
small members said that they had never attended a cluster event because
the dates clashed with their busy season; from 2036 we will repeat the
most popular sessions online and in the evening. The survey results are
reflected in the conclusions in section 5.

Finances: income EUR 1.41 million (membership fees 31 %, Enterprise
Ireland Regional Technology Clustering Fund 44 %, projects 25 %);
expenditure EUR 1.36 million. Full accounts are in the annex.

                                                                          3
Cork Harbour Energy Cluster                                   Annual Report 2035
________________________________________________________________________________

5 Key conclusions

The Board discussed the lessons of the year at its strategy day on
27 November 2035. Its key conclusions for the years 2036-2038 are:

1. The cluster must move from awareness-raising to projects that put
   hydrogen and offshore wind infrastructure in the harbour.
2. Skills are the bottleneck: every project proposal will include a
   training component delivered with the Harbour Skills Academy.
3. Small members need more help to bid for large contracts, through
   joint bids and a supplier register.
4. The cluster will seek a formal role in the planning of the Cork
   Harbour port zone with the county and city councils.
5. Membership fees should cover at least 40 % of income by 2038 to
   reduce dependence on public funding.

The strategy 2036-2038 based on these conclusions will be presented to
members at the AGM in May 2036.

Contact: Cork Harbour Energy Cluster CLG, Ringaskiddy Innovation Hub,
Co. Cork, P43 XXXX · info@chec.example.ie · www.chec.example.ie
Photo credits: cover and p. 3, Darragh Kiely Photography.

                                                                          4
"""
write(F, T)
C = "Cork Harbour Energy Cluster CLG"
gold(F,
 [P("Siobhán Coakley-Ryan","Chair","Cork Harbour Energy Cluster CLG"),
  P("Dermot Ó Cathasaigh","Vice-Chair","Cork Harbour Energy Cluster CLG"),
  P("Niamh Twomey","Head of the MaREI Centre","University College Cork"),
  P("Gavin Hurley","Managing Director","Hurley Marine Engineering Ltd"),
  P("Fergal Lynch","Company Secretary","Cork Harbour Energy Cluster CLG"),
  P("Máire Ní Shúilleabháin","Director","Cork Harbour Energy Cluster CLG"),
  P("Olivier Tremblay-Roche","Director","Cork Harbour Energy Cluster CLG"),
  P("Sinéad Kingston","Director","Cork Harbour Energy Cluster CLG"),
  P("Patrick Desmond","director","Cork Harbour Energy Cluster CLG"),
  P("Conor Buckley","Head of Member Engagement",C),
  P("Ewa Kamińska-Walsh","CEO",C),
  P("Aisling Forde","Programmes Manager",C),
  P("Rui Tavares",None,C),
  P("Karen O'Mahony","Communications Officer",C),
  P("Darragh Murphy-Kelleher","Minister of State","Department of the Environment, Climate and Communications")],
 [O(C,"CHEC"), O("Ervia Gas Networks Ireland"), O("Port of Cork Company"), O("MaREI Centre"), O("University College Cork"),
  O("Hurley Marine Engineering Ltd"), O("Ronan Daly Jermyn Solicitors"), O("Cork County Council"),
  O("Simply Blue Hydrogen Ltd"), O("Munster Technological University"), O("Irving Oil Whitegate Refinery"),
  O("Crowe Ireland"), O("AP2H2"), O("Sustainable Energy Authority of Ireland","SEAI"), O("Department of the Environment, Climate and Communications"), O("Port of Rotterdam"),
  O("Enterprise Ireland"), O("Harbour Skills Academy"), O("Cork Education and Training Board"),
  O("European Clean Hydrogen Alliance"), O("Hydrogen Valleys network"), O("Clean Hydrogen Partnership"),
  O("Darragh Kiely Photography")],
 [E("Annual General Meeting","2035-05-21",None,"Cork","Ireland"),
  E("Cork Harbour Hydrogen Day","2035-10-09",None,"Ringaskiddy","Ireland"),
  E("Study visit to the Port of Rotterdam and to the Groningen hydrogen valley","2035-06-11","2035-06-13",None,"Netherlands"),
  E("Wind Europe Annual Event 2035","2035-04-22","2035-04-24","Copenhagen","Denmark"),
  E("strategy day","2035-11-27",None,None,None),
  E("AGM","2036-05",None,None,None)],
 ["2036-03-12","2035","2035-05","2035-05-21","2030","2035-05-06","2035-09","2035-10","2036","2035-10-09","2035-06-11/2035-06-13",
  "2035-04-22/2035-04-24","2035-11-27","2036/2038","2038","2036-05"],
 ["The cluster must move from awareness-raising to projects that put hydrogen and offshore wind infrastructure in the harbour",
  "Skills are the bottleneck: every project proposal will include a training component delivered with the Harbour Skills Academy",
  "Small members need more help to bid for large contracts, through joint bids and a supplier register",
  "The cluster will seek a formal role in the planning of the Cork Harbour port zone with the county and city councils",
  "Membership fees should cover at least 40 % of income by 2038 to reduce dependence on public funding"], "2036-03-12")
