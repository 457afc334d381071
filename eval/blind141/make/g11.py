from h import *
F = 'g11_eu_cluster_talks_roundup.txt'
assert wd(2041,2,5)=='Tuesday' and wd(2041,2,19)=='Tuesday' and wd(2041,2,27)=='Wednesday' and wd(2041,3,12)=='Tuesday' and wd(2041,3,20)=='Wednesday'
T = """EVENT ROUND-UP · FEBRUARY 2041
European Cluster Exchange Platform – Community news
Posted on 3 March 2041 by the ECXP Secretariat | 6 min read

Home > Community > News > Event round-up February 2041

February was a busy month for the cluster community: two online talks, a standalone panel debate in Brussels and the first meeting of the new working group on defence supply chains. Here is what you may have missed, with links to recordings and slides.

----------------------------------------------------------------
1) CLUSTER TALKS #31 – "Clusters and the skills guarantee"
Tuesday 5 February 2041, 10:00–11:30 CET, online
----------------------------------------------------------------
The 31st edition of our Cluster Talks series drew 412 participants from 29 countries. Moderator Zuzana Hlaváčová-Berg (ECXP Secretariat) opened with the results of the 2040 cluster skills survey. Speakers were:
- Matthias Oberhuber, Policy Officer, Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), European Commission
- Dr. Clara Fonseca Guerreiro, Managing Director of the Portuguese engineering cluster PRODUTECH
- Oskari Lehtinen, Skills Coordinator at Business Tampere

Lehtinen showed how the Tampere region pairs each cluster with a vocational college. Fonseca Guerreiro warned that short courses alone cannot replace apprenticeships.
Recording | Slides (PDF, 3.1 MB)

----------------------------------------------------------------
2) CLUSTER TALKS #32 – "Raw materials: what the Critical Raw Materials Act means for SMEs"
Tuesday 19 February 2041, 14:00–15:30 CET, online
----------------------------------------------------------------
With 287 participants, the second talk of the month looked at recycling clusters. Dr. Ingeborg Sæther of the Norwegian cluster organisation Eyde Cluster presented the battery recycling value chain in Agder, and Bartosz Wiśniewski-Kurek, CEO of the Polish start-up MetalLoop sp. z o.o., spoke about sourcing secondary raw materials.
Recording | Slides

Earlier talks in the series this winter: Cluster Talks #29 (27 November 2040) on hydrogen valleys and Cluster Talks #30 (15 January 2041) on cluster internationalisation beyond Europe. All recordings are in the media library.

----------------------------------------------------------------
3) PANEL DEBATE – "Do clusters still need public money?"
Wednesday 27 February 2041, 17:00–19:00, Brussels
----------------------------------------------------------------
Our first in-person debate of the year took place at the premises of the European Committee of the Regions, co-organised with the European Association of Development Agencies (EURADA). On the panel: MEP Henrike Dahlgren-Voss; Jean-Baptiste Ravel, Director of the French cluster association France Clusters; Prof. Anna Maria Lombardi of the University of Bologna; and Marek Hudák, Head of Unit "Clusters and SMEs" in the Slovak Innovation and Energy Agency (SIEA). About 120 guests attended, followed by a reception.

Key takeaways from the debate:
* Public funding should reward results, not the mere existence of a cluster organisation
* Cluster organisations with more than 60% private income are the exception, not the rule
* Regions and the EU should align their cluster labels and stop asking for the same data twice
* A cluster that cannot show impact after ten years should be allowed to close

----------------------------------------------------------------
4) WORKING GROUP ON DEFENCE SUPPLY CHAINS – kick-off
----------------------------------------------------------------
Eighteen cluster organisations met online on 24 February 2041 for the kick-off of the new working group, chaired by Lt.-Col. (ret.) Henrik Østergaard of the Danish cluster organisation CenSec. The group will deliver a mapping of cluster members active in defence by September 2041.

----------------------------------------------------------------
COMING UP
----------------------------------------------------------------
> Cluster Talks #33 – "Clusters in outermost regions", Tuesday 12 March 2041, online
> European Cluster Conference 2041, 19–21 March 2041, Kraków (Poland) – side event of the ECXP on Wednesday 20 March: "Meet the cluster managers of the year"
> Call for cluster partnerships: deadline 30 April 2041

Not a member of the community yet? Register for free. Questions: secretariat@ecxp.example.eu

The European Cluster Exchange Platform is an initiative of the European Commission, operated under service contract by a consortium led by Inno Nord Consulting AB. The content of this page represents the views of the authors only.
Share: LinkedIn | X | E-mail      Back to news
"""
write(F, T)
X="European Cluster Exchange Platform"
gold(F,
 [P("Zuzana Hlaváčová-Berg",None,"ECXP Secretariat"),
  P("Matthias Oberhuber","Policy Officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Clara Fonseca Guerreiro","Managing Director","PRODUTECH"),
  P("Oskari Lehtinen","Skills Coordinator","Business Tampere"),
  P("Ingeborg Sæther",None,"Eyde Cluster"),
  P("Bartosz Wiśniewski-Kurek","CEO","MetalLoop sp. z o.o."),
  P("Henrike Dahlgren-Voss","MEP",None),
  P("Jean-Baptiste Ravel","Director","France Clusters"),
  P("Anna Maria Lombardi",None,"University of Bologna"),
  P("Marek Hudák","Head of Unit","Slovak Innovation and Energy Agency"),
  P("Henrik Østergaard",None,"CenSec")],
 [O(X,"ECXP"), O("ECXP Secretariat"), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Commission"), O("PRODUTECH"), O("Business Tampere"), O("Eyde Cluster"), O("MetalLoop sp. z o.o."),
  O("European Committee of the Regions"), O("European Association of Development Agencies","EURADA"), O("France Clusters"),
  O("University of Bologna"), O("Clusters and SMEs"), O("Slovak Innovation and Energy Agency","SIEA"), O("CenSec"), O("Inno Nord Consulting AB")],
 [E("Cluster Talks #31","2041-02-05",None,None,None),
  E("Cluster Talks #32","2041-02-19",None,None,None),
  E("Cluster Talks #29","2040-11-27",None,None,None),
  E("Cluster Talks #30","2041-01-15",None,None,None),
  E("Do clusters still need public money?","2041-02-27",None,"Brussels","Belgium"),
  E("kick-off of the new working group","2041-02-24",None,None,None),
  E("Cluster Talks #33","2041-03-12",None,None,None),
  E("European Cluster Conference 2041","2041-03-19","2041-03-21","Kraków","Poland"),
  E("Meet the cluster managers of the year","2041-03-20",None,"Kraków","Poland")],
 ["2041-02","2041-03-03","2041-02-05","2041-02-19","2040-11-27","2041-01-15","2041-02-27","2041-02-24","2041-09","2041-03-12",
  "2041-03-19/2041-03-21","2041-03-20","2041-04-30"],
 ["Public funding should reward results, not the mere existence of a cluster organisation",
  "Cluster organisations with more than 60% private income are the exception, not the rule",
  "Regions and the EU should align their cluster labels and stop asking for the same data twice",
  "A cluster that cannot show impact after ten years should be allowed to close"],
 pub="2041-03-03")
