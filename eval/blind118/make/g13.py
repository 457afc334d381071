from h import *
F = 'g13_eu_cluster_talks_series.md'
assert wd(2041,5,14)=='Tuesday' and wd(2041,6,4)=='Tuesday' and wd(2041,4,16)=='Tuesday'
T = """European Cluster Collaboration Platform > Events > EU Cluster Talks

# EU Cluster Talks – spring season 2041

**Online · Tuesdays, 10:00–11:15 CEST · free of charge · [Register](#)**

*Posted by the ECCP team on 2 April 2041 · 4 min read*

The EU Cluster Talks are short online debates in which cluster managers, policy-makers and companies discuss a current topic of EU industrial policy. They are organised by the European Cluster Collaboration Platform (ECCP) on behalf of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW) and the European Innovation Council and SMEs Executive Agency (EISMEA). Each talk starts with a short input by the Commission, followed by two or three cases from the cluster community and a Q&A.

## Upcoming talks

### Talk no. 41 – Clusters and the Net-Zero Industry Act: two years on
**Tuesday 16 April 2041**

- Opening: Marta Ruiz-Gallardón, Deputy Head of Unit, Industrial Forum, Alliances, Clusters, DG GROW
- Case: Stefan Østergaard-Holm, CEO, Energy Cluster Denmark (Odense)
- Case: Gintarė Paulauskienė, Managing Director, Lithuanian Laser Association (Vilnius)
- Moderation: Dr. Niamh O'Dwyer, ECCP team

### Talk no. 42 – Skills partnerships for the automotive transition
**Tuesday 14 May 2041**

- Opening: Peter De Wilde, Policy Officer, Directorate-General for Employment, Social Affairs and Inclusion (DG EMPL)
- Case: Ioana-Maria Popescu, President of the ETREC cluster association (Pitești, Romania)
- Case: Wolfgang Reiter-Pichler, Head of Training, ACstyria Mobilitätscluster GmbH (Graz)

### Talk no. 43 – Space data for farming and forestry
**Tuesday 4 June 2041**

- Opening: a speaker of the EU Agency for the Space Programme (EUSPA) – to be confirmed
- Case: Aurélien Le Goff, Innovation Manager, Aerospace Valley (Toulouse)
- Case: Katarzyna Dąbek, Silesia Space Cluster (Gliwice)

Registration closes 24 hours before each talk. Recordings are published on the platform within a week.

## Past seasons

The series started in autumn 2036 with a first talk on cluster support to Ukrainian companies. Since then the ECCP has held forty talks, attended by more than 9,000 participants in total. Highlights:

- **Talk no. 40**, 11 March 2041 – "Critical raw materials: what can clusters do?", with the European Raw Materials Alliance (ERMA)
- **Talk no. 35**, 8 October 2040 – "Clusters in the Western Balkans", co-organised with the Regional Cooperation Council (RCC) in Sarajevo
- **Talk no. 30**, 23 April 2040 – "Cluster excellence labels: the new ESCA methodology", with the European Secretariat for Cluster Analysis (ESCA)
- **Talk no. 1**, 14 October 2036 – the first EU Cluster Talk, opened by Commissioner Thierry Marchal

## Key takeaways from the winter season 2040–2041

A poll among participants and the moderators' notes gave these key takeaways:

- Participants prefer practical cases from small regions over presentations of large flagship projects
- The Q&A should take at least a third of the time
- Talks in the morning reach more cluster managers than talks in the afternoon
- Several participants asked for talks in other languages than English, at least once per season

## Related

- [European Cluster Conference 2041, Budapest, 22–24 October 2041](#)
- [Cluster matchmaking events calendar](#)
- [Subscribe to the ECCP newsletter](#)

---
*The European Cluster Collaboration Platform is an initiative of the European Commission, funded under the Single Market Programme. [Privacy statement](#) · [Legal notice](#) · [Cookies](#)*

Share: LinkedIn · X · Facebook · E-mail
"""
assert wd(2041,3,11)=='Monday' and wd(2040,10,8)=='Monday' and wd(2040,4,23)=='Monday' and wd(2036,10,14)=='Tuesday'
write(F, T)
G = "DG GROW"
gold(F,
 [P("Marta Ruiz-Gallardón","Deputy Head of Unit, Industrial Forum, Alliances, Clusters",G),
  P("Stefan Østergaard-Holm","CEO","Energy Cluster Denmark"),
  P("Gintarė Paulauskienė","Managing Director","Lithuanian Laser Association"),
  P("Niamh O'Dwyer",None,"ECCP"),
  P("Peter De Wilde","Policy Officer","Directorate-General for Employment, Social Affairs and Inclusion"),
  P("Ioana-Maria Popescu","President","ETREC"),
  P("Wolfgang Reiter-Pichler","Head of Training","ACstyria Mobilitätscluster GmbH"),
  P("Aurélien Le Goff","Innovation Manager","Aerospace Valley"),
  P("Katarzyna Dąbek",None,"Silesia Space Cluster"),
  P("Thierry Marchal","Commissioner",None)],
 [O("European Cluster Collaboration Platform","ECCP"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"), O("Energy Cluster Denmark"), O("Lithuanian Laser Association"),
  O("Directorate-General for Employment, Social Affairs and Inclusion","DG EMPL"), O("ETREC"), O("ACstyria Mobilitätscluster GmbH"),
  O("EU Agency for the Space Programme","EUSPA"), O("Aerospace Valley"), O("Silesia Space Cluster"),
  O("European Raw Materials Alliance","ERMA"), O("Regional Cooperation Council","RCC"), O("European Secretariat for Cluster Analysis","ESCA")],
 [E("Talk no. 41 – Clusters and the Net-Zero Industry Act: two years on","2041-04-16"), E("Talk no. 42 – Skills partnerships for the automotive transition","2041-05-14"), E("Talk no. 43 – Space data for farming and forestry","2041-06-04"),
  E("Talk no. 40","2041-03-11"), E("Talk no. 35","2040-10-08"), E("Talk no. 30","2040-04-23"),
  E("Talk no. 1","2036-10-14"),
  E("European Cluster Conference 2041","2041-10-22","2041-10-24","Budapest","Hungary")],
 ["2041","2041-04-02","2041-04-16","2041-05-14","2041-06-04","2036","2041-03-11","2040-10-08","2040-04-23","2036-10-14","2040/2041","2041-10-22/2041-10-24"],
 ["Participants prefer practical cases from small regions over presentations of large flagship projects",
  "The Q&A should take at least a third of the time",
  "Talks in the morning reach more cluster managers than talks in the afternoon",
  "Several participants asked for talks in other languages than English, at least once per season"],
 pub="2041-04-02")
