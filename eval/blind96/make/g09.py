from h import *
F = 'g09_burgenland_policy_brief-pdf.txt'
assert wd(2040,9,18)=='Tuesday' and wd(2040,10,4)=='Thursday'
T = """POLICY BRIEF No. 4/2040                                   Pannonian Energy Cluster

Community energy in the Pannonian border region:
five recommendations for a faster roll-out

Eisenstadt, September 2040

Authors: Dr. Katharina Leitgeb-Horváth (Pannonian Energy Cluster),
Mag. Stefan Pinter (Energy Institute Burgenland), Dr. Gábor Szalai
(West Pannonian Regional Development Agency)

Summary
Renewable energy communities (RECs) could supply a fifth of the house-
holds and small firms of Burgenland and the neighbouring Hungarian
counties of Győr-Moson-Sopron and Vas with local wind and solar power
by 2041. Today they supply less than two per cent. This brief, prepared
by the Pannonian Energy Cluster with its partners in the cross-border
project SUN-PANNON, explains why, and what the regional governments, the
regulators and the European Commission should do about it.

1. Why this brief

Burgenland has produced more electricity from wind than it consumes since
2013. Yet most of that power is sold into the national grid, and house-
holds in the villages of the Seewinkel pay the same tariffs as cities
far away. Community energy – citizens, municipalities and small firms
generating and sharing power – promises lower prices and higher local
acceptance. Since the Renewable Energy Expansion Act allowed RECs in
Austria, 61 communities have been registered in Burgenland; on the
Hungarian side there are nine.

Three examples illustrate the potential. In Neusiedl am See, a com-
munity of 240 households and the local school shares power from a
municipal solar park. In Mattersburg, a group of bakeries and a sports
club use the roofs of the industrial zone. Across the border in Kapu-
vár, a farmers' co-operative runs a biogas plant but cannot sell power
to its own members, because the Hungarian rules do not yet allow it.
The contrast between these cases is at the heart of this brief, and
explains why the authors put the cross-border question at its centre.
All three communities took part in the interviews for this study and
agreed to be named in this public version of the brief.

The brief draws on 34 interviews, a survey of 212 cluster members and
municipalities carried out between February and May 2040, and the dis-
cussions at the stakeholder workshop in Sopron on Tuesday 18 September
2040, which was opened by Andrea Fazekas-Tóth, Deputy Mayor of Sopron.

2. Findings

- Setting up a REC takes on average 14 months, of which eight are spent
  waiting for grid operator data and approvals
- Small municipalities lack staff who understand tariffs, metering and
  company law
- Cross-border communities are not possible, because the two national
  frameworks do not recognise each other
- Where a REC exists, members save on average 11 % on their electricity
  bill and local acceptance of new wind parks rises

Policy Brief 4/2040                                                 page 1
---------------------------------------------------------------- [page break]
Pannonian Energy Cluster                              Policy Brief 4/2040

3. Recommendations

The authors recommend:

To the Government of Burgenland:
1. Set up a one-stop shop for energy communities at the Energy Institute
   Burgenland, with advisers who visit municipalities on site

To Netz Burgenland GmbH and the Hungarian distribution system operator
E.ON Észak-dunántúli Áramhálózati Zrt.:
2. Provide metering data for planned communities within 30 days and
   publish a standard connection contract

To the Federal Ministry for Climate Action, Environment, Energy and
Mobility and the Hungarian Ministry of Energy:
3. Agree a bilateral pilot that allows one cross-border energy
   community between Burgenland and Győr-Moson-Sopron before the end of
   2041

To the Directorate-General for Energy of the European Commission:
4. Use the revision of the Renewable Energy Directive to make
   cross-border energy communities possible in all border regions

To the Pannonian Energy Cluster and its members:
5. Train 40 "community energy coaches" from municipalities and SMEs by
   the end of 2041

4. Reactions

At the presentation of the draft in Eisenstadt on 4 October 2040,
Landesrat Heinrich Dorner-Fischl said that Burgenland would "seriously
examine" the one-stop shop. Zsolt Berényi, Head of Department at the
Hungarian Energy and Public Utility Regulatory Authority (MEKH), wel-
comed the cross-border pilot but warned about tax issues. The cluster's
managing director, Claudia Wenzl, thanked the 19 municipalities that
had opened their data for the study.

5. About the authors and partners

The Pannonian Energy Cluster brings together 148 companies, municipal-
ities and research institutions in Burgenland. SUN-PANNON is funded by
the Interreg VI-A Austria-Hungary programme 2035–2041; partners are the
Pannonian Energy Cluster (lead partner), the Energy Institute Burgen-
land, the West Pannonian Regional Development Agency, Széchenyi István
University in Győr and the municipality of Mosonmagyaróvár.

The final results of the project will be presented at the Pannonian
Energy Days in Győr on 14–15 May 2041.

Contact: Dr. Katharina Leitgeb-Horváth, Senior Policy Analyst,
k.leitgeb@pannonian-energy.example.at, Technologiezentrum Eisenstadt,
Marktstraße 3, 7000 Eisenstadt

This brief reflects the views of the authors only. The managing authority
is not responsible for any use of the information it contains.

Policy Brief 4/2040                                                 page 2
"""
write(F, T)
PE = "Pannonian Energy Cluster"
gold(F,
 [P("Katharina Leitgeb-Horváth","Senior Policy Analyst",PE), P("Stefan Pinter",None,"Energy Institute Burgenland"),
  P("Gábor Szalai",None,"West Pannonian Regional Development Agency"), P("Andrea Fazekas-Tóth","Deputy Mayor of Sopron",None),
  P("Heinrich Dorner-Fischl","Landesrat",None), P("Zsolt Berényi","Head of Department","Hungarian Energy and Public Utility Regulatory Authority"),
  P("Claudia Wenzl","managing director",PE)],
 [O(PE), O("Energy Institute Burgenland"), O("West Pannonian Regional Development Agency"), O("European Commission"),
  O("Government of Burgenland"), O("Netz Burgenland GmbH"), O("E.ON Észak-dunántúli Áramhálózati Zrt."),
  O("Federal Ministry for Climate Action, Environment, Energy and Mobility"), O("Hungarian Ministry of Energy"),
  O("Directorate-General for Energy"), O("Hungarian Energy and Public Utility Regulatory Authority","MEKH"),
  O("Széchenyi István University"), O("Technologiezentrum Eisenstadt"), O("municipality of Mosonmagyaróvár")],
 [E("stakeholder workshop","2040-09-18",None,"Sopron","Hungary"),
  E("presentation of the draft","2040-10-04",None,"Eisenstadt","Austria"),
  E("Pannonian Energy Days","2041-05-14","2041-05-15","Győr","Hungary")],
 ["2040-09","2041","2013","2040-02/2040-05","2040-09-18","2040-10-04","2035/2041","2041-05-14/2041-05-15"],
 ["Setting up a REC takes on average 14 months, of which eight are spent waiting for grid operator data and approvals",
  "Small municipalities lack staff who understand tariffs, metering and company law",
  "Cross-border communities are not possible, because the two national frameworks do not recognise each other",
  "Where a REC exists, members save on average 11 % on their electricity bill and local acceptance of new wind parks rises",
  "Set up a one-stop shop for energy communities at the Energy Institute Burgenland, with advisers who visit municipalities on site",
  "Provide metering data for planned communities within 30 days and publish a standard connection contract",
  "Agree a bilateral pilot that allows one cross-border energy community between Burgenland and Győr-Moson-Sopron before the end of 2041",
  "Use the revision of the Renewable Energy Directive to make cross-border energy communities possible in all border regions",
  'Train 40 "community energy coaches" from municipalities and SMEs by the end of 2041'],
 "2040-09")
