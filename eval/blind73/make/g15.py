from h import *
F = 'kastoria-fur-and-fashion-cluster-b2b-forum-announcement.md'
T = f"""# Kastoria Fashion & Fur Innovation Forum 2034 – announcement and agenda

**{wd(2034,10,9)}–{wd(2034,10,10)}, 9–10 October 2034 · Kastoria Exhibition Centre, Kastoria (Western Macedonia, Greece)**

*Posted on 2 July 2034 by the Kastoria Fashion Cluster (KFC) · [Register](#) · [Download the agenda (PDF)](#)*

The Kastoria Fashion Cluster, the Chamber of Kastoria and the Region of Western Macedonia invite companies, designers, researchers
and cluster organisations to the fourth Kastoria Fashion & Fur Innovation Forum. After the editions of 2028, 2030 and 2032, the
forum returns with a new focus: **how a traditional fur and leather industry moves towards sustainable materials, digital design
and new markets**. The forum is part of the cluster's transition programme 2033–2037, co-financed by the Region of Western
Macedonia.

Working languages: Greek and English (simultaneous interpretation). Participation is free of charge, but registration is required
by 26 September 2034.

## Why Kastoria, why now?

For more than a century Kastoria has lived from fur processing: at its peak the industry employed over 10,000 people in the area.
Since the collapse of the Russian and Ukrainian markets, many workshops have closed, and the survivors are looking for new
materials and customers. The cluster's 2033 survey showed that 41 of its 58 members already work with leather, textiles or
faux fur alongside natural fur, and that two thirds would invest in digital design tools if training were available locally.

## Agenda

### Day 1 – Thursday, 9 October 2034

| Time | Item |
|---|---|
| 09:00 | Registration and coffee |
| 09:30 | Welcome: **Georgios Papadopoulos-Karras**, President, Kastoria Fashion Cluster; **Eleni Tsiara**, Deputy Regional Governor of Western Macedonia; **Nikolaos Vlachos**, President, Chamber of Kastoria |
| 10:00 | Keynote: "From fur capital to material innovation hub" – **Prof. Dr. Anna-Lena van den Broek**, Saxion University of Applied Sciences, Enschede |
| 10:45 | Panel 1: Alternative materials – bio-based leather, recycled fibres, mycelium. Moderator: **Dimitra Kontou**, cluster manager, KFC. Panellists: **Luca Bianchi-Ferrante** (Biomat Italia S.r.l.), **Sofia Alexiou** (Centre for Research and Technology Hellas, CERTH), **Jan Novák** (Czech Leather Cluster) |
| 12:30 | Lunch and exhibition of members' collections |
| 14:00 | Parallel workshops: (A) 3D design and virtual sampling; (B) Export to the Gulf and Central Asia with Enterprise Greece |
| 16:30 | B2B meetings (pre-scheduled via the matchmaking platform) |
| 20:30 | Forum dinner at the Doltso lakeside mansion, with the Kastoria Design Award ceremony |

### Day 2 – Friday, 10 October 2034

| Time | Item |
|---|---|
| 09:30 | Panel 2: Skills for a changing industry – with the University of Western Macedonia (UOWM) and the Vocational Training Institute of Kastoria |
| 11:00 | Cluster-to-cluster session: cooperation with the Korça Apple and Fruit Cluster, the Lithuanian Aukštaitija Mechatronics Cluster and the Elche Footwear Cluster on shared machinery and joint trade missions |
| 12:30 | Conclusions and presentation of the forum's key messages – **Dimitra Kontou** |
| 13:00 | Lunch |
| 14:30 | Company visits to three member workshops in Kastoria and Argos Orestiko (bus provided) |

## Practical information

- **Venue:** Kastoria Exhibition Centre, Mavriotissa area, 52100 Kastoria.
- **Travel:** Kastoria airport (Aristotelis) has flights from Athens; Thessaloniki airport is 2.5 hours by road. A shuttle from
  Thessaloniki will run on 8 October at 15:00.
- **Accommodation:** reduced rates at partner hotels until 15 September 2034.
- **Matchmaking:** create your profile on the platform by 1 October 2034 to book B2B meetings.

## Contact

Dimitra Kontou, Cluster Manager · d.kontou@kastoriafashion.gr · +30 24670 22 340
Press: Thanos Georgiou, communications officer · press@kastoriafashion.gr

*The Kastoria Fashion Cluster is a non-profit association of 58 companies founded in 2019. It is a member of the Greek Clusters
Network (Ελληνικό Δίκτυο Συστάδων).*
"""
write(F, T)
gold(F, [P('Georgios Papadopoulos-Karras','President','Kastoria Fashion Cluster'), P('Eleni Tsiara','Deputy Regional Governor of Western Macedonia',None),
 P('Nikolaos Vlachos','President','Chamber of Kastoria'), P('Anna-Lena van den Broek',None,'Saxion University of Applied Sciences'),
 P('Dimitra Kontou','cluster manager','Kastoria Fashion Cluster'), P('Luca Bianchi-Ferrante',None,'Biomat Italia S.r.l.'),
 P('Sofia Alexiou',None,'Centre for Research and Technology Hellas'), P('Jan Novák',None,'Czech Leather Cluster'),
 P('Thanos Georgiou','communications officer','Kastoria Fashion Cluster')],
 [O('Kastoria Fashion Cluster','KFC'), O('Chamber of Kastoria'), O('Region of Western Macedonia'), O('Saxion University of Applied Sciences'),
  O('Biomat Italia S.r.l.'), O('Centre for Research and Technology Hellas','CERTH'), O('Czech Leather Cluster'), O('Enterprise Greece'),
  O('University of Western Macedonia','UOWM'), O('Vocational Training Institute of Kastoria'), O('Korça Apple and Fruit Cluster'),
  O('Aukštaitija Mechatronics Cluster'), O('Elche Footwear Cluster'), O('Greek Clusters Network')],
 [E('Kastoria Fashion & Fur Innovation Forum 2034','2034-10-09','2034-10-10','Kastoria','Greece'),
  E('Kastoria Fashion & Fur Innovation Forum (2028 edition)','2028','2028','Kastoria','Greece'), E('Kastoria Fashion & Fur Innovation Forum (2030 edition)','2030','2030','Kastoria','Greece'), E('Kastoria Fashion & Fur Innovation Forum (2032 edition)','2032','2032','Kastoria','Greece'), E('Parallel workshops','2034-10-09','2034-10-09','Kastoria','Greece'),
  E('B2B meetings','2034-10-09','2034-10-09','Kastoria','Greece'), E('Forum dinner','2034-10-09','2034-10-09','Kastoria','Greece'),
  E('Kastoria Design Award ceremony','2034-10-09','2034-10-09','Kastoria','Greece'), E('Cluster-to-cluster session','2034-10-10','2034-10-10','Kastoria','Greece'),
  E('Company visits','2034-10-10','2034-10-10','Kastoria, Argos Orestiko','Greece')],
 ['2034-10-09/2034-10-10','2034-07-02','2028','2030','2032','2033/2037','2034-09-26','2034-10-09','2034-10-10','2034-10-08','2034-09-15','2034-10-01','2019','2033'],
 pub='2034-07-02')
