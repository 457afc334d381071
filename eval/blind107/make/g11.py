from h import *
F = 'g11_cluj_it_cluster_appointment.txt'
assert wd(2039,4,1)=='Friday' and wd(2039,3,24)=='Thursday' and wd(2039,4,27)=='Wednesday'
T = """Transylvania Digital Cluster
Home | About | Members | Services | Projects | Newsroom | Join | RO / EN

Newsroom > Announcements

ANNOUNCEMENT
Transylvania Digital Cluster appoints Andreea-Mihaela Pop as new Executive Director

Cluj-Napoca, 28 March 2039 · 3 min read
Author: Communication Department

[Photo: Andreea-Mihaela Pop at the Cluj Innovation Park. Credit: Transylvania Digital Cluster / Radu Ciorba]

The Board of Directors of the Transylvania Digital Cluster (TDC) has appointed Andreea-Mihaela Pop as Executive Director of the cluster. She takes up her post on Friday 1 April 2039 and succeeds Ovidiu Lazăr-Mureșan, who has led the cluster's team since 2032 and will move to the Romanian Agency for Digitalisation in Bucharest as director for digital public services.

The decision was taken unanimously at the Board meeting of 24 March 2039, after a selection procedure with 19 applicants, three of them from abroad.

About the new Executive Director
Andreea-Mihaela Pop, 41, has worked in the Cluj software sector for almost twenty years. She started as a developer at Fortech Systems, spent six years in Munich as programme manager at the German software association Bitkom Bayern, and from 2034 was head of partnerships at the North-West Regional Development Agency (ADR Nord-Vest), where she built the regional European Digital Innovation Hub, DIH4Transilvania. She studied computer science at Babeș-Bolyai University and holds an MBA from the Technical University of Cluj-Napoca.

Statements
Dan Ionuț Rus, President of the Board of Directors of TDC and founder of Nordlogic Software, said: "Andreea knows our companies, our universities and the people in Brussels. In the next three years the cluster has to help its members move from outsourcing to their own products, and she has already done this at the DIH."

Andreea-Mihaela Pop said: "Cluj has the talent. What our smaller companies still lack is access to customers in Western Europe and to risk capital. I want the cluster to be the place where they find both."

The Mayor of Cluj-Napoca, Gheorghe Cristian Vlaicu, welcomed the appointment and thanked Ovidiu Lazăr-Mureșan for the cluster's work on the city's smart city strategy.

Priorities for 2039–2041
The Board has set the following priorities for the new Executive Director:
– a programme for members who want to develop their own software products;
– a joint sales office of the cluster in Amsterdam;
– a common training academy with the universities for artificial intelligence and cyber security;
– the renewal of the cluster's Gold label of the European Cluster Excellence Initiative in 2040.

Handover
Ovidiu Lazăr-Mureșan will remain available to the team until 30 April 2039. He will present his last annual report to the general assembly of members on Wednesday 27 April 2039 at the Cluj Innovation Park, where Andreea-Mihaela Pop will present her work plan. Members are invited to register by 20 April 2039.

About Transylvania Digital Cluster
Transylvania Digital Cluster was founded in 2012 in Cluj-Napoca and brings together 96 software companies, 4 universities, 3 public authorities and 7 support organisations from the North-West Region of Romania. Its members employ more than 21,000 people. The cluster is a member of the Romanian Cluster Association (CLUSTERO) and of the European Clusters Alliance.

Press contact
Ioana Sălăjan
Communication Department
press@tdc.example.ro · +40 264 000 000

Tags: appointment, board, executive director, Cluj-Napoca

Share this article:  Facebook  LinkedIn  X  Copy link

Related
› TDC members at Web Summit Lisbon 2038: 14 companies, 230 meetings
› General assembly 2039: agenda and documents
› Board of Directors 2037–2040

Newsletter: Get our news every month. [Your e-mail] [Subscribe]
© 2039 Transylvania Digital Cluster · Str. Observatorului 00, Cluj-Napoca · Privacy · Cookies
"""
write(F, T)
C = "Transylvania Digital Cluster"
gold(F,
 [P("Andreea-Mihaela Pop","Executive Director",C), P("Radu Ciorba"),
  P("Ovidiu Lazăr-Mureșan","director for digital public services","Romanian Agency for Digitalisation"),
  P("Dan Ionuț Rus","President of the Board of Directors","TDC"),
  P("Gheorghe Cristian Vlaicu","Mayor of Cluj-Napoca",None),
  P("Ioana Sălăjan",None,"Communication Department")],
 [O(C,"TDC"), O("Romanian Agency for Digitalisation"), O("Fortech Systems"),
  O("Bitkom Bayern"), O("North-West Regional Development Agency","ADR Nord-Vest"), O("DIH4Transilvania"),
  O("Babeș-Bolyai University"), O("Technical University of Cluj-Napoca"), O("Nordlogic Software"),
  O("European Cluster Excellence Initiative"), O("Romanian Cluster Association","CLUSTERO"),
  O("European Clusters Alliance")],
 [E("Board meeting","2039-03-24"),
  E("general assembly of members","2039-04-27",None,"Cluj-Napoca","Romania"),
  E("Web Summit Lisbon 2038",None,None,"Lisbon","Portugal")],
 ["2039-03-28","2039-04-01","2032","2039-03-24","2034","2039/2041","2040","2039-04-30","2039-04-27","2039-04-20","2012","2037/2040"],
 [], "2039-03-28")
