from common import *
doc = "study-visit-report-aarhus-water-tech-2032.txt"
write(doc, """
WROCŁAW WATER TECHNOLOGY CLUSTER (Klaster Technologii Wodnych „Odra")
STUDY VISIT REPORT – AARHUS AND SILKEBORG, DENMARK, 6–9 SEPTEMBER 2032

Prepared by: Agnieszka Wróblewska-Nowak, project officer
Date of report: 30.09.2032
Distribution: members of the cluster, Marshal's Office of the Lower Silesian Voivodeship

1. Purpose and participants

The visit was part of the Wrocław Water Technology Cluster's internationalisation plan for 2032–2033 and was co-financed by the Lower Silesian
Voivodeship. Its aims were to learn how Danish utilities buy innovation, to meet the Danish water cluster and to
prepare a joint application for the next Interreg Baltic Sea Region call. The delegation had eleven members:

- Tomasz Zieliński, President of the Management Board of the cluster
- Agnieszka Wróblewska-Nowak, project officer (rapporteur)
- dr hab. inż. Krzysztof Pawlak, Wrocław University of Science and Technology
- Marta Kędzierska, CEO, HydroSens Sp. z o.o.
- Paweł Dąbrowski, technical director, MPWiK Wrocław
- six representatives of member SMEs (pumps, sensors, software, membrane filtration)

2. Programme day by day

Monday, 6 September
Arrival in Aarhus. Evening briefing with Jesper Lund Kjær, senior adviser at the Danish Water Innovation Cluster
(DWIC), who presented Denmark's model of utility-led innovation and the role of the national benchmarking of
water companies.

Tuesday, 7 September
Visit to Aarhus Vand's Marselisborg treatment plant, which produces more energy than it uses. Presentation by the
head of operations, Mette Skovgaard. In the afternoon, a workshop at Aarhus University on nature-based solutions,
moderated by Prof. Henrik Østergaard.

Wednesday, 8 September
Trip to Silkeborg. Visit to the test site of the start-up FlowMinds ApS (leak detection with acoustic sensors) and
to the new wastewater plant in Silkeborg. Lunch meeting with Søren Bech, CEO of FlowMinds ApS, who offered a pilot
with MPWiK Wrocław. In the evening, a networking dinner with DWIC members.

Thursday, 9 September
B2B meetings at the DWIC offices (14 meetings for the Polish companies), followed by a closing session with the
Polish Embassy's trade section, represented by Magdalena Sowa, commercial counsellor. Return flight to Wrocław.

3. Main conclusions

- Danish utilities are required to benchmark their costs and publish the results; this creates pressure to buy new
  technology, something Polish utilities do not yet feel.
- Test sites operated jointly by a utility and a cluster lower the entry barrier for SMEs; the cluster should seek
  such a site with MPWiK Wrocław.
- Energy-positive treatment plants are possible at medium scale; the technology is mostly available in Europe.
- Our SMEs need English-language references and case studies before entering the Nordic market.

4. Follow-up

- Pilot proposal from FlowMinds ApS to be discussed with MPWiK by 31 October 2032.
- A return visit of DWIC to Wrocław is planned for March 2033, during the cluster's Water Days.
- Partner search for the Interreg Baltic Sea Region call: concept note by 15 January 2033.
- Presentation of this report at the cluster's General Assembly on 18 November 2032.

Annexes: list of participants, presentations (members' area), photos.
""")
gold(doc, "2032-09-30",
 [P("Agnieszka Wróblewska-Nowak","project officer","Wrocław Water Technology Cluster"),
  P("Tomasz Zieliński","President of the Management Board","Wrocław Water Technology Cluster"),
  P("Krzysztof Pawlak",None,"Wrocław University of Science and Technology"),
  P("Marta Kędzierska","CEO","HydroSens Sp. z o.o."), P("Paweł Dąbrowski","technical director","MPWiK Wrocław"),
  P("Jesper Lund Kjær","senior adviser","Danish Water Innovation Cluster"), P("Mette Skovgaard","head of operations","Aarhus Vand"),
  P("Henrik Østergaard",None,"Aarhus University"), P("Søren Bech","CEO","FlowMinds ApS"),
  P("Magdalena Sowa","commercial counsellor","Polish Embassy")],
 [O("Wrocław Water Technology Cluster"), O("Marshal's Office of the Lower Silesian Voivodeship"), O("Lower Silesian Voivodeship"),
  O("Wrocław University of Science and Technology"), O("HydroSens Sp. z o.o."), O("MPWiK Wrocław","MPWiK"),
  O("Danish Water Innovation Cluster","DWIC"), O("Aarhus Vand"), O("Aarhus University"), O("FlowMinds ApS"),
  O("Polish Embassy")],
 [E("Study visit to Aarhus and Silkeborg","2032-09-06","2032-09-09","Aarhus, Silkeborg","Denmark"),
  E("Water Days","2033-03",None,"Wrocław","Poland"),
  E("General Assembly","2032-11-18",None,None,None)],
 ["2032-09-06/2032-09-09","2032-09-30","2032/2033","2032-09-06","2032-09-07","2032-09-08","2032-09-09",
  "2032-10-31","2033-03","2033-01-15","2032-11-18"],
 ["Danish utilities are required to benchmark their costs and publish the results; this creates pressure to buy new technology, something Polish utilities do not yet feel",
  "Test sites operated jointly by a utility and a cluster lower the entry barrier for SMEs; the cluster should seek such a site with MPWiK Wrocław",
  "Energy-positive treatment plants are possible at medium scale; the technology is mostly available in Europe",
  "Our SMEs need English-language references and case studies before entering the Nordic market"])
