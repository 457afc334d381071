from common import *
fn = "NorrHydro-Newsletter-3-2035_interview-president.txt"
t = """NORRHYDRO NEWSLETTER · No. 3/2035 · September
The member magazine of NorrHydro – Norrbotten Hydrogen & Green Steel Cluster

IN THIS ISSUE: Interview with our President · New members · Calendar · From the secretariat

-------------------------------------------------------------------------------
"WE HAVE TO STOP TALKING ABOUT PILOTS"
A conversation with Kerstin Lundmark-Ahola, President of NorrHydro
-------------------------------------------------------------------------------

Kerstin Lundmark-Ahola was elected President of NorrHydro at the annual meeting in Luleå on 22 May 2035. She is
Vice President Operations at Kalix Vätgas AB, where she runs the company's electrolyser park, and has sat on the
cluster's board since 2031. Our editor Anders Öberg met her at the cluster office in Luleå Science Park.

Kerstin, you take over from Per-Erik Nilsson, who led the cluster for eight years. What changes?

Per-Erik built the house. When he started in 2027 there were eleven members, and today there are 142. He brought the
steel mills, the mines, the ports and the universities into one room. My job is different: I have to make sure that
room produces orders and jobs for our small and medium-sized companies, not only for the big five.

What does that mean in practice?

Three things. First, we will open a supplier desk with a full-time person, so that a welding shop in Kalix or a
software firm in Piteå knows which tenders are coming at the big plants. Mattias Rönnbäck starts as Supplier
Development Manager on 1 October. Second, skills: we need around 3,000 more technicians in the region by 2030-something,
and I refuse to give a year because everybody's forecast has been wrong. Together with Luleå University of Technology
and the vocational schools we are launching a regional apprenticeship scheme in January 2036. Third, housing and
family life – you can't attract an electrician from Gothenburg if her partner can't find a job here.

You also sit on the board of the European Hydrogen Valleys Partnership. Why does Europe matter for a cluster up here?

Because our customers are in Europe. The green steel from Norrbotten is sold in Germany and Italy. At the European
Cluster Conference in Brussels last year I met clusters from Asturias and the Ruhr who have exactly our problems. We
agreed to exchange staff, and two of our members went to Oviedo in April.

What was the hardest moment so far?

Honestly, the first board meeting. We had to decide about the budget cut from Region Norrbotten, which reduced our core
funding by 15 percent from 2035. We decided not to cut the SME programme and to raise membership fees for large
companies instead. Not everyone was happy, but the decision was unanimous in the end.

And what will you be doing on 30 October?

Hopefully opening the Arctic Hydrogen Summit in Luleå, 30–31 October 2035, together with Vinnova and the Swedish
Energy Agency. We expect 600 participants. The matchmaking day on 31 October is for our SMEs – I want every supplier
in the cluster to have at least five meetings booked.

One piece of advice for members?

Answer the phone when the supplier desk calls.

-------------------------------------------------------------------------------
THE NEW BOARD (elected 22 May 2035)
President: Kerstin Lundmark-Ahola, Kalix Vätgas AB
Vice President: Jonas Pekkari, Malmfältens Gruvservice AB
Treasurer: Helena Stenvall, Bottenvikens Sparbank
Members: Prof. Olof Wikström (Luleå University of Technology), Sara Kuoppa (Råneå Energilabb AB), Erik Mäki (Port
of Luleå), Aila Ruong (Sámi Business Network)
Cluster manager (not a board member): Lina Grape, NorrHydro secretariat
-------------------------------------------------------------------------------

CALENDAR
15 Oct 2035 – Webinar: Hydrogen safety rules for SMEs (online, 10:00–11:30)
30–31 Oct 2035 – Arctic Hydrogen Summit, Kulturens Hus, Luleå
26 Nov 2035 – Member breakfast, Piteå
Deadline for the supplier-desk survey: 20 October 2035

Next issue: December 2035. Editor: Anders Öberg, anders.oberg@norrhydro.example
"""
write_doc(fn, t)
C = "NorrHydro"
write_gold(fn, "2035-09", [
 P("Kerstin Lundmark-Ahola", "President", C),
 P("Anders Öberg", "editor", None),
 P("Per-Erik Nilsson", None, None),
 P("Mattias Rönnbäck", "Supplier Development Manager", None),
 P("Jonas Pekkari", "Vice President", C),
 P("Helena Stenvall", "Treasurer", C),
 P("Olof Wikström", None, "Luleå University of Technology"),
 P("Sara Kuoppa", None, "Råneå Energilabb AB"),
 P("Erik Mäki", None, "Port of Luleå"),
 P("Aila Ruong", None, "Sámi Business Network"),
 P("Lina Grape", "Cluster manager", C),
],[
 O("NorrHydro – Norrbotten Hydrogen & Green Steel Cluster", "NorrHydro"), O("Kalix Vätgas AB"),
 O("Luleå University of Technology"), O("European Hydrogen Valleys Partnership"), O("Region Norrbotten"),
 O("Vinnova"), O("Swedish Energy Agency"), O("Malmfältens Gruvservice AB"), O("Bottenvikens Sparbank"),
 O("Råneå Energilabb AB"), O("Port of Luleå"), O("Sámi Business Network"),
],[
 E("annual meeting", "2035-05-22", "2035-05-22", "Luleå", "Sweden"),
 E("European Cluster Conference", None, None, "Brussels", "Belgium"),
 E("Arctic Hydrogen Summit", "2035-10-30", "2035-10-31", "Luleå", "Sweden"),
 E("matchmaking day", "2035-10-31", "2035-10-31", "Luleå", "Sweden"),
 E("Webinar: Hydrogen safety rules for SMEs", "2035-10-15", "2035-10-15", None, None),
 E("Member breakfast", "2035-11-26", "2035-11-26", "Piteå", "Sweden"),
],["2035-09","2035-05-22","2031","2027","2035-10-01","2036-01","2035","2035-10-30","2035-10-30/2035-10-31","2035-10-31",
   "2035-10-15","2035-11-26","2035-10-20","2035-12","2035-04"])
