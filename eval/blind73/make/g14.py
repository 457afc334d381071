from h import *
F = 'svolvaer-arctic-coastal-clusters-policy-conclusions.md'
T = f"""# Arctic coastal clusters: ministers' meeting in Svolvær adopts three conclusions

*Policy news · {wd(2037,6,18)} 18 June 2037 · Nordic Regional Policy Network*

Ministers and state secretaries responsible for regional development in the Nordic countries met in Svolvær, in the Lofoten
Islands, on 15–16 June 2037 to discuss how cluster policy can help small coastal communities in the Arctic keep young people
and diversify beyond fishing and tourism. The meeting was chaired by Norway's State Secretary for Local Government and Regional
Development, Ingvild Berg Johansen, and hosted by Nordland County Municipality (Nordland fylkeskommune). Around seventy
participants from six countries and three autonomous territories attended the two-day meeting.

The meeting built on a comparative study of 24 cluster organisations in Northern Norway, Iceland, the Faroe Islands, Greenland,
northern Sweden and Finnish Lapland, carried out by Nordregio between 2035 and 2036. Lead author Dr. Sigrid Haugland Pettersen
presented the findings: clusters in sparsely populated coastal areas are smaller and poorer than their southern counterparts but
score higher on trust among members; they depend heavily on one or two public funders; and they are often the only body that can
bring fish farmers, seaweed start-ups, logistics firms and vocational schools to one table.

On the first evening, participants visited the Lofoten Seafood Innovation Cluster (Lofoten Sjømatklynge) in Henningsvær, where
cluster manager Tor-Arne Eilertsen and members showed a shared processing hall for small seaweed producers. The visit was followed
by a dinner hosted by the mayor of Vågan, Hanne Mork Olsen.

In the closing session, the ministers adopted three conclusions, which will be forwarded to the Nordic Council of Ministers and
to the European Commission's Directorate-General for Regional and Urban Policy (DG REGIO) as input to the mid-term review of the
EU's Arctic policy:

1. Cluster organisations in Arctic coastal regions should receive multi-annual core funding for at least five years, so that
managers can spend their time on members rather than on applications
2. Regional and national innovation programmes should accept joint applications from clusters in different Nordic countries
without requiring a lead partner outside the Arctic
3. Vocational schools and universities in the region should be full members of clusters and co-design training with companies,
starting with aquaculture, maritime logistics and energy

Finland's representative, Minister of Economic Affairs Pekka Kärkkäinen, welcomed the conclusions and invited the next meeting to
Rovaniemi in 2039. Iceland's Minister of Infrastructure Bryndís Haraldsdóttir stressed that the conclusions should also apply to
clusters in Greenland and the Faroe Islands, which take part in Nordic cooperation but not in EU programmes.

The European Commission was represented by Philippe Delacroix-Weber, Head of Unit for Smart and Sustainable Growth in DG REGIO,
who said the conclusions were "a useful and very concrete contribution" to the review. He announced that the Commission will
present its own analysis at the European Week of Regions and Cities in Brussels on 12–15 October 2037.

Reactions from cluster managers were mostly positive. Tor-Arne Eilertsen said that core funding "would change everything for a
two-person cluster office", while Ása Jóhannsdóttir, manager of the East Iceland Energy and Food Cluster in Egilsstaðir, warned that
the second conclusion would only work if national agencies agree on common deadlines. The Swedish cluster Arctic Business Norrbotten
announced that it will test a joint application with two Norwegian clusters in the autumn call of Innovation Norway.

The Nordic Regional Policy Network will publish the full study and the adopted text on its website. A follow-up webinar for
cluster managers in the Arctic is planned for {wd(2037,9,9)} 9 September 2037, organised jointly with the Arctic Economic
Council and Nordregio.

*Contact: Kristín Ólafsdóttir, communications officer, Nordic Regional Policy Network*
"""
write(F, T)
gold(F, [P('Ingvild Berg Johansen','State Secretary for Local Government and Regional Development',None), P('Sigrid Haugland Pettersen','Lead author','Nordregio'),
 P('Tor-Arne Eilertsen','cluster manager','Lofoten Seafood Innovation Cluster'), P('Hanne Mork Olsen','mayor of Vågan',None),
 P('Pekka Kärkkäinen','Minister of Economic Affairs',None), P('Bryndís Haraldsdóttir','Minister of Infrastructure',None),
 P('Philippe Delacroix-Weber','Head of Unit for Smart and Sustainable Growth','DG REGIO'),
 P('Ása Jóhannsdóttir','manager','East Iceland Energy and Food Cluster'), P('Kristín Ólafsdóttir','communications officer','Nordic Regional Policy Network')],
 [O('Nordic Regional Policy Network'), O('Nordland County Municipality'), O('Nordregio'), O('Lofoten Seafood Innovation Cluster'),
  O('Nordic Council of Ministers'), O("European Commission's Directorate-General for Regional and Urban Policy",'DG REGIO'), O('European Commission'),
  O('Arctic Economic Council'), O('East Iceland Energy and Food Cluster'), O('Arctic Business Norrbotten'), O('Innovation Norway')],
 [E("ministers' meeting",'2037-06-15','2037-06-16','Svolvær','Norway'), E('visit to the Lofoten Seafood Innovation Cluster','2037-06-15','2037-06-15','Henningsvær','Norway'),
  E('dinner','2037-06-15','2037-06-15',None,'Norway'), E('next meeting','2039','2039','Rovaniemi','Finland'),
  E('European Week of Regions and Cities','2037-10-12','2037-10-15','Brussels','Belgium'), E('follow-up webinar for cluster managers in the Arctic','2037-09-09','2037-09-09',None,None)],
 ['2037-06-18','2037-06-15/2037-06-16','2035/2036','2039','2037-10-12/2037-10-15','2037-09-09'],
 km=['Cluster organisations in Arctic coastal regions should receive multi-annual core funding for at least five years, so that managers can spend their time on members rather than on applications',
     'Regional and national innovation programmes should accept joint applications from clusters in different Nordic countries without requiring a lead partner outside the Arctic',
     'Vocational schools and universities in the region should be full members of clusters and co-design training with companies, starting with aquaculture, maritime logistics and energy'],
 pub='2037-06-18')
