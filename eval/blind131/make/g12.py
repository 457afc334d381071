from h import *
F = 'g12_upper_rhine_cluster_forum_roundup.md'
assert wd(2038,11,17)=='Wednesday' and wd(2038,11,18)=='Thursday' and wd(2038,12,9)=='Thursday' and wd(2039,1,27)=='Thursday'
T = """# Event round-up: 5th Upper Rhine Cluster Forum in Freiburg

*TriRhena MedTech Network · News · 24 November 2038 · by Pauline Schaller-Meyer*

Home > News > Events

---

More than 260 participants from Baden-Württemberg, Alsace and north-western Switzerland met in Freiburg im Breisgau on 17 and 18 November 2038 for the **5th Upper Rhine Cluster Forum**. The forum was organised by the TriRhena MedTech Network with its partners Alsace BioValley, BioValley Basel and bwcon GmbH, and hosted by the University of Freiburg at its Institute for Microsystems Engineering (IMTEK).

## Day 1 – Wednesday 17 November

The forum was opened by Dr. Henrike Vollmer-Sauter, Managing Director of the TriRhena MedTech Network, and by Frédéric Haennel, Vice-President of the Collectivité européenne d'Alsace. The keynote came from Prof. Dr. Miriam Oduya-Lang (University Hospital Basel), who spoke about hospitals as test beds for small medtech suppliers. "Our wards are the best laboratory in the region, but a company from Colmar still needs eight months to get a trial approved in Basel," she said, to applause from the many suppliers in the room.

In the afternoon, four workshops ran in parallel, on regulatory affairs, reimbursement, digital health and cross-border recruitment. At 18:30, the partners hosted a forum dinner at the Historisches Kaufhaus on the Münsterplatz.

## Day 2 – Thursday 18 November

The morning opened with a panel on the new EU medical devices rules, chaired by Joëlle Bernhardt-Klein of Alsace BioValley, with speakers from Roche Diagnostics, the start-up Nanoflow Medical SAS (Strasbourg) and the Swiss association Swiss Medtech. It was followed by 140 pre-arranged B2B meetings and by site visits to the Hahn-Schickard institute in Freiburg and to the Sick AG sensor plant in Waldkirch.

## Conclusions of the forum

The organisers summarised the discussions in five conclusions:

1. Cross-border clinical testing is still slowed down by three different ethics procedures
2. Small suppliers need shared regulatory experts rather than one consultant each
3. The three regions should promote themselves jointly as one medtech location at international fairs
4. Recruitment of engineers across the border works best through joint student projects
5. The forum should become an annual event, alternating between the three countries

## Previous editions

The Upper Rhine Cluster Forum has grown from a small meeting of cluster managers to the largest medtech event in the region:

- 1st edition: Mulhouse, 2030 – 45 participants
- 2nd edition: Basel, 2032 – 110 participants
- 3rd edition: Karlsruhe, 2034 – 150 participants
- 4th edition: Strasbourg, 2036 – 210 participants

The 6th edition will take place in Basel in autumn 2039, hosted for the first time by BioValley Basel alone.

## What's next

- **9 December 2038**, online, 10:00–11:30 – "Medtech funding in the Upper Rhine": webinar with the Interreg Upper Rhine joint secretariat
- **27 January 2039**, Strasbourg – panel debate "Who pays for digital health?", organised with Alsace BioValley at the Maison de la Région. Speakers include Dr. Claire Muller-Oyelaran (Agence régionale de santé Grand Est) and Thomas Brändli (Swiss Medtech)
- **December 2038 to February 2039** – registration window for the cluster's cross-border internship programme for engineering students

---

*Photos: © TriRhena MedTech Network / Luc Engelhard · Contact: events@trirhena-medtech.example.eu · The TriRhena MedTech Network is co-financed by the European Union through Interreg VII Upper Rhine (2035–2041).*

[Share on LinkedIn](#) · [Back to news overview](#)
"""
write(F, T)
N="TriRhena MedTech Network"
gold(F,
 [P("Pauline Schaller-Meyer",None,None),
  P("Henrike Vollmer-Sauter","Managing Director",N),
  P("Frédéric Haennel","Vice-President","Collectivité européenne d'Alsace"),
  P("Miriam Oduya-Lang",None,"University Hospital Basel"),
  P("Joëlle Bernhardt-Klein",None,"Alsace BioValley"),
  P("Claire Muller-Oyelaran",None,"Agence régionale de santé Grand Est"),
  P("Thomas Brändli",None,"Swiss Medtech"),
  P("Luc Engelhard",None,None)],
 [O(N), O("Alsace BioValley"), O("BioValley Basel"), O("bwcon GmbH"), O("University of Freiburg"),
  O("Institute for Microsystems Engineering","IMTEK"), O("Collectivité européenne d'Alsace"), O("University Hospital Basel"),
  O("Roche Diagnostics"), O("Nanoflow Medical SAS"), O("Swiss Medtech"), O("Hahn-Schickard"), O("Sick AG"),
  O("Interreg Upper Rhine joint secretariat"), O("Agence régionale de santé Grand Est"), O("European Union")],
 [E("5th Upper Rhine Cluster Forum","2038-11-17","2038-11-18","Freiburg im Breisgau","Germany"),
  E("forum dinner","2038-11-17",None,"Freiburg im Breisgau","Germany"),
  E("site visits","2038-11-18",None,"Freiburg, Waldkirch","Germany"),
  E("Upper Rhine Cluster Forum (2030)","2030",None,"Mulhouse","France"),
  E("Upper Rhine Cluster Forum (2032)","2032",None,"Basel","Switzerland"),
  E("Upper Rhine Cluster Forum (2034)","2034",None,"Karlsruhe","Germany"),
  E("Upper Rhine Cluster Forum (2036)","2036",None,"Strasbourg","France"),
  E("Upper Rhine Cluster Forum (2039)","2039",None,"Basel","Switzerland"),
  E("Medtech funding in the Upper Rhine","2038-12-09",None,None,None),
  E("Who pays for digital health?","2039-01-27",None,"Strasbourg","France")],
 ["2038-11-24","2038-11-17/2038-11-18","2038-11-17","2038-11-18","2030","2032","2034","2036","2039","2038-12-09","2039-01-27",
  "2038-12/2039-02","2035/2041"],
 ["Cross-border clinical testing is still slowed down by three different ethics procedures",
  "Small suppliers need shared regulatory experts rather than one consultant each",
  "The three regions should promote themselves jointly as one medtech location at international fairs",
  "Recruitment of engineers across the border works best through joint student projects",
  "The forum should become an annual event, alternating between the three countries"],
 pub="2038-11-24")
