from h import *
F = 'g13_danumetal_study_visit_slavonski_brod.txt'
assert wd(2037,4,22)=='Wednesday' and wd(2037,4,23)=='Thursday' and wd(2037,4,24)=='Friday' and wd(2037,5,8)=='Friday'
T = """DANU-METAL | Interreg Danube Region Programme
Activity 2.3 – Study visits to partner regions
Report on the study visit to Slavonski Brod (Croatia), 22–24 April 2037
Prepared by: Ivana Matijević-Horvat, Regional Development Agency of Brod-Posavina County
Date: 8 May 2037 | Distribution: project partners, Joint Secretariat

1. Purpose of the visit

The third DANU-METAL study visit took partners to Brod-Posavina County, one of the oldest metalworking regions of Croatia, to see how a traditional heavy-industry location is trying to become a supplier of components for rail vehicles and renewable energy equipment. The visit was hosted by the Regional Development Agency of Brod-Posavina County together with the Croatian Metal Cluster (Hrvatski metalski klaster) and the University of Slavonski Brod.

The visit also served to test the peer-review method developed in Activity 2.2: each visiting partner filled in a short questionnaire on what it saw, and the answers were discussed at the partner meeting on the last day. The host region will receive the collected feedback as input for its own action plan.

2. Participants

24 participants from six partner organisations:
- Metallnetzwerk Oberbayern e.V., Ingolstadt – lead partner
- Moravian-Silesian Engineering Cluster (MSEC), Ostrava
- Regional Development Agency of Brod-Posavina County (RDA BPC), Slavonski Brod
- Serbian Metal Industry Cluster, Kragujevac
- ARoTEM – Romanian Automotive and Metal Cluster, Reșița
- Bulgarian Machine-Building Cluster, Gabrovo

The Joint Secretariat was represented by Rainer Pfundstein, project officer.

3. Programme

Wednesday 22 April 2037
Arrival in Slavonski Brod. 18:00 welcome reception at the Brod Fortress, opened by County Prefect Danijel Marušić-Babić, who reminded guests that the county still employs more than 6,000 people in metal processing.

Thursday 23 April 2037
09:00 Presentation of the regional smart specialisation priorities by Tihana Krznarić, Head of the EU Projects Department, RDA BPC
10:00 Company visit to Đuro Đaković Specijalna Vozila d.d., manufacturer of rail freight wagons; guided by production director Mato Zelić
13:30 Visit to the welding and additive manufacturing laboratory of the University of Slavonski Brod, with Prof. Marija Lovrić-Šimić, Vice-Rector for Science
16:00 Round table "Skills for the metal industry of tomorrow" with the Croatian Employment Service and three vocational schools
19:30 Dinner with members of the Croatian Metal Cluster

Friday 24 April 2037
09:00 B2B meetings between partner-region SMEs and 14 local metalworking companies (Brod Business Incubator)
12:00 Partner meeting: evaluation of the visit and preparation of the regional action plans
14:00 Departure

4. Results

- 41 B2B meetings held on Friday morning
- two follow-up visits agreed between companies from Ostrava and Slavonski Brod
- one joint bid for a tender of the Serbian railways prepared by companies from Kragujevac and Slavonski Brod

5. Lessons learnt for the partner regions

The partners agreed on the following lessons learnt, to be reflected in their regional action plans:
- Cluster support is most credible when a large anchor company opens its supply chain to local SMEs
- Vocational schools should be involved in cluster strategies from the start, not only when skills shortages become acute
- Public support for certification (EN 15085 welding, ISO 3834) pays off quickly for small suppliers entering rail markets
- A county-level development agency can act as cluster facilitator where the cluster organisation is still weak

6. Next steps

The fourth study visit will take place in Gabrovo, Bulgaria, on 16–18 September 2037. Partners will send their draft regional action plans to the lead partner by 30 June 2037. Contact for this report: Ivana Matijević-Horvat, Project Manager, ivana.matijevic@rra-bpz.example.hr

Attachments: list of participants; photos (© RDA BPC); presentations.
"""
write(F, T)
R="Regional Development Agency of Brod-Posavina County"
gold(F,
 [P("Ivana Matijević-Horvat","Project Manager",R),
  P("Rainer Pfundstein","project officer","Joint Secretariat"),
  P("Danijel Marušić-Babić","County Prefect",None),
  P("Tihana Krznarić","Head of the EU Projects Department","RDA BPC"),
  P("Mato Zelić","production director","Đuro Đaković Specijalna Vozila d.d."),
  P("Marija Lovrić-Šimić","Vice-Rector for Science","University of Slavonski Brod")],
 [O(R,"RDA BPC"), O("Croatian Metal Cluster"), O("University of Slavonski Brod"), O("Metallnetzwerk Oberbayern e.V."),
  O("Moravian-Silesian Engineering Cluster","MSEC"), O("Serbian Metal Industry Cluster"),
  O("Romanian Automotive and Metal Cluster","ARoTEM"), O("Bulgarian Machine-Building Cluster"), O("Joint Secretariat"),
  O("Đuro Đaković Specijalna Vozila d.d."), O("Croatian Employment Service"), O("Brod Business Incubator")],
 [E("study visit","2037-04-22","2037-04-24","Slavonski Brod","Croatia"),
  E("welcome reception","2037-04-22",None,"Slavonski Brod","Croatia"),
  E("Company visit to Đuro Đaković Specijalna Vozila d.d.","2037-04-23",None,"Slavonski Brod","Croatia"),
  E("Visit to the welding and additive manufacturing laboratory of the University of Slavonski Brod","2037-04-23",None,"Slavonski Brod","Croatia"),
  E("Dinner with members of the Croatian Metal Cluster","2037-04-23",None,"Slavonski Brod","Croatia"),
  E("B2B meetings","2037-04-24",None,"Slavonski Brod","Croatia"),
  E("Partner meeting","2037-04-24",None,"Slavonski Brod","Croatia"),
  E("fourth study visit","2037-09-16","2037-09-18","Gabrovo","Bulgaria")],
 ["2037-04-22/2037-04-24","2037-05-08","2037-04-22","2037-04-23","2037-04-24","2037-09-16/2037-09-18","2037-06-30"],
 ["Cluster support is most credible when a large anchor company opens its supply chain to local SMEs",
  "Vocational schools should be involved in cluster strategies from the start, not only when skills shortages become acute",
  "Public support for certification (EN 15085 welding, ISO 3834) pays off quickly for small suppliers entering rail markets",
  "A county-level development agency can act as cluster facilitator where the cluster organisation is still weak"],
 pub="2037-05-08")
