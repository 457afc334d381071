from h import *
F = 'g13_koblenz_cluster_annual_report-pdf.txt'
assert wd(2039,6,15)=='Wednesday' and wd(2039,11,17)=='Thursday' and wd(2040,3,22)=='Thursday'
T = """Mosel-Rhein Kunststoffcluster e.V. – Annual Report 2039                                    14

People and governance

The cluster is governed by its General Assembly, which elects the Executive Board for
a term of three years, and is run by a management office in Koblenz with five staff. In
2039 both bodies changed: the General Assembly on 15 June 2039 in Trier elected a
new Executive Board, and the office said goodbye to its long-serving managing direc-
tor.

Executive Board (elected 15 June 2039, term 2039–2042)

  Chairman              Dr. Heinz-Jürgen Albrecht, Managing Director, Albrecht
                        Spritzguss GmbH, Bendorf
  Deputy Chairwoman     Prof. Dr. Friederike Nolte-Sauer, Trier University of Applied
                        Sciences, Environmental Campus Birkenfeld
  Treasurer             Klaus Wimmershoff, Sparkasse Koblenz
  Board members         Nadine Kettern (Kettern Folientechnik GmbH & Co. KG, Mayen)
                        Dr. Luis Miguel Carvalho (Huntsman Polyurethanes, Konz)
                        Birgit Schäfer-Lenz (IHK Koblenz)

Outgoing board members Ralf Dörrenbächer and Monika Thelen did not stand again.
Both had served on the board since the cluster's foundation in 2029.

Management office

  Managing Director                 Tobias Engelhardt (since 1 October 2039)
  Project Manager Circular Economy  Dr. Aylin Demirtaş
  Project Manager Skills            Marco Pellegrini
  Events and Membership             Jasmin Weirich
  Office and Finance                Petra Loosen

A farewell after eleven years

On 30 September 2039 Dr. Gisela Marx-Hoffmann left the cluster, which she had led as
managing director since 2028, first as a project of the Koblenz Chamber of Commerce
and from 2029 as a registered association. Under her leadership membership grew
from 19 to 112 companies and institutions. She now heads the plastics department of
the Rhineland-Palatinate Ministry for Economic Affairs, Transport, Agriculture and
Viticulture in Mainz. The board thanked her at a reception after the members' meet-
ing on Thursday 17 November 2039 at the Kurfürstliches Schloss in Koblenz, where
State Secretary Andreas Rohleder described her as "the person who taught the plas-
tics industry in this region to talk to each other".

Her successor, Tobias Engelhardt, was previously head of innovation at the Saar-
land cluster organisation Plastics Innovation Saar (PLINSA) in Saarbrücken and before

Mosel-Rhein Kunststoffcluster e.V. – Annual Report 2039                                    15

that spent six years as a process engineer at BASF in Ludwigshafen. He was selected
from 27 applicants by a panel chaired by Dr. Albrecht.

The Executive Board met five times during the year, twice online. Besides the
elections, its main tasks were the recruitment of the new managing director, the
budget for 2040 and the preparation of a new membership fee scale, which the
General Assembly will vote on next year.

New members in 2039

Fourteen organisations joined the cluster in 2039. Among them:
  • Eifel Recycling Solutions GmbH, Daun
  • Moselland Verpackungen AG, Bernkastel-Kues
  • Luxembourg Institute of Science and Technology (LIST), Esch-sur-Alzette
  • Hochschule Koblenz, Department of Materials Engineering
  • Polymer Lab Wittlich UG

Key facts 2039

  • 112 members (2038: 101), of which 86 companies
  • 23 events with 1,460 participants
  • 4 collaborative R&D projects started, 2 of them cross-border with Luxembourg
  • 6th Rhine-Moselle Plastics Day on 22 March 2040 in Koblenz already fully booked
    for exhibitors

Recommendations of the board for 2040

In its first strategy retreat on 8–9 December 2039 in Cochem, the new board
agreed the following recommendations for the management office:
  1. Focus the work programme on recycled plastics and the related EU rules
  2. Offer member companies a joint training programme for skilled workers
  3. Strengthen cooperation with Luxembourg and Saarland instead of expanding further
     north

                                                                                    15
"""
write(F, T)
M="Mosel-Rhein Kunststoffcluster e.V."
gold(F,
 [P("Heinz-Jürgen Albrecht","Chairman",M),
  P("Friederike Nolte-Sauer","Deputy Chairwoman",M),
  P("Klaus Wimmershoff","Treasurer",M),
  P("Nadine Kettern","Board member",M),
  P("Luis Miguel Carvalho","Board member",M),
  P("Birgit Schäfer-Lenz","Board member",M),
  P("Ralf Dörrenbächer","board member",M),
  P("Monika Thelen","board member",M),
  P("Tobias Engelhardt","Managing Director",M),
  P("Aylin Demirtaş","Project Manager Circular Economy",M),
  P("Marco Pellegrini","Project Manager Skills",M),
  P("Jasmin Weirich","Events and Membership",M),
  P("Petra Loosen","Office and Finance",M),
  P("Gisela Marx-Hoffmann","managing director",M),
  P("Andreas Rohleder","State Secretary",None)],
 [O(M), O("Albrecht Spritzguss GmbH"), O("Trier University of Applied Sciences"), O("Environmental Campus Birkenfeld"),
  O("Sparkasse Koblenz"), O("Kettern Folientechnik GmbH & Co. KG"), O("Huntsman Polyurethanes"),
  O("Koblenz Chamber of Commerce"),
  O("Rhineland-Palatinate Ministry for Economic Affairs, Transport, Agriculture and Viticulture"),
  O("Plastics Innovation Saar","PLINSA"), O("BASF"), O("Eifel Recycling Solutions GmbH"), O("Moselland Verpackungen AG"),
  O("Luxembourg Institute of Science and Technology","LIST"), O("Hochschule Koblenz"), O("Department of Materials Engineering"),
  O("Polymer Lab Wittlich UG")],
 [E("General Assembly","2039-06-15",None,"Trier","Germany"),
  E("members' meeting","2039-11-17",None,"Koblenz","Germany"),
  E("reception","2039-11-17",None,"Koblenz","Germany"),
  E("6th Rhine-Moselle Plastics Day","2040-03-22",None,"Koblenz","Germany"),
  E("strategy retreat","2039-12-08","2039-12-09","Cochem","Germany")],
 ["2039","2039-06-15","2039/2042","2029","2039-10-01","2039-09-30","2028","2039-11-17","2038","2040-03-22","2039-12-08/2039-12-09","2040"],
 ["Focus the work programme on recycled plastics and the related EU rules",
  "Offer member companies a joint training programme for skilled workers",
  "Strengthen cooperation with Luxembourg and Saarland instead of expanding further north"])
