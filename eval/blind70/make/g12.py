from h import *
F = 'treviso-furniture-design-cluster-conference-outcome-2035.txt'
C = ["the furniture district can only keep its export share if at least half of its firms have a digital product passport by 2030",
 "subcontractors need a shared service for eco-design and certification rather than individual consultants",
 "the cluster should act as a broker between design schools and small workshops, with paid placements",
 "the Veneto Region should link its cluster funding to measurable results on circularity",
 "the cross-border partnership with Slovenian and Austrian wood clusters should be turned into a joint Interreg project in 2036"]
T = f"""CONFERENCE OUTCOME REPORT

"Furniture Made to Last – Circular Design and Skills in the Treviso District"
Annual Conference of the Distretto del Mobile Trevigiano, 5th edition
Treviso, Palazzo dei Trecento – {wd(2035,5,10)} 10 and {wd(2035,5,11)} 11 May 2035

Prepared by the cluster secretariat (Consorzio Distretto del Mobile Trevigiano s.c.a r.l.)
Version of 6 June 2035

--------------------------------------------------------------------

1. OVERVIEW

The fifth annual conference of the Treviso furniture district brought together
312 participants from 184 organisations: furniture makers, upholsterers, panel and
hardware suppliers, designers, schools, banks and public authorities. Around 40
participants came from Slovenia, Austria and Croatia. The conference was organised
by the Consorzio Distretto del Mobile Trevigiano with the Chamber of Commerce of
Treviso-Belluno, Confartigianato Marca Trevigiana and the IUAV University of Venice,
and supported by the Veneto Region.

The first day was devoted to circular design and the coming European rules on
product passports and eco-design; the second to skills and the future of the
district's workshops. A B2B session on the afternoon of 11 May 2035 led to 96
bilateral meetings between manufacturers and suppliers.

2. SPEAKERS AND SESSIONS

The conference was opened by the President of the Consorzio, Cav. Lav. Giovanni
Battista Zanatta, and by the Regional Councillor for Economic Development of the
Veneto Region, Dott.ssa Elena Dal Pozzo-Marcon. The keynote on the European
eco-design rules was given by Dr. Piotr Zawadzki-Lehner, policy officer at the
European Commission's Directorate-General for Internal Market, Industry,
Entrepreneurship and SMEs (DG GROW).

Session 1, "Designing for disassembly", was chaired by Arch. Marta Benetton-Sfriso
(IUAV) with contributions from Luca De Marchi (Poltrone De Marchi S.r.l.),
Dr. Sabine Oberleitner (Holzcluster Salzburg) and Jure Kovačič (Slovenian Wood
Industry Cluster, Ljubljana).

Session 2, "Who will make our furniture in 2040?", was moderated by the journalist
Francesca Gobbo and included the director of the ITS Academy Cosmo in Pordenone,
Ing. Roberto Furlanetto, and two apprentices from member companies.

Session 3 presented results of the district's projects with the Italian National
Agency for New Technologies, Energy and Sustainable Economic Development (ENEA) on
recycled panels and with Unioncamere Veneto on export services.

On the evening of 10 May 2035 participants were invited to a dinner at the
Villa Emo in Fanzolo, offered by the Chamber of Commerce. On the morning of
12 May 2035 an optional company visit to the Molteni & Figli S.p.A. plant in
Giussano could not take place because of a strike and was replaced by a visit
to the Tessaro Legnami S.r.l. sawmill in Castelfranco Veneto.

3. CONCLUSIONS

Summing up the debate in the closing plenary, the scientific coordinator of the
conference, Prof. Dr. Alessandra Tonon Rizzardini (Ca' Foscari University of
Venice), set out five conclusions agreed with the speakers: (i) {C[0]}; (ii) {C[1]};
(iii) {C[2]}; (iv) {C[3]}; and (v) {C[4]}.

The President of the Consorzio accepted the conclusions on behalf of the board and
announced that a working group on product passports will be set up by September
2035, led by the cluster manager, Dott. Federico Bortoletto.

4. FIGURES

- 312 participants (2034: 268), of which 38% from micro and small firms
- 19 speakers from six countries, 47% women
- 96 B2B meetings on 11 May 2035
- 81% of respondents to the feedback survey rated the conference "good" or
  "very good"

5. NEXT EDITION

The sixth edition of the conference will take place in Treviso on
{wd(2036,5,8)} 8 and {wd(2036,5,9)} 9 May 2036 and will focus on upholstery and
textiles. Before that, the district will hold a half-day workshop on
product passports in Oderzo on {wd(2035,10,23)} 23 October 2035.

Presentations and photographs are available to members in the reserved area of
the Consorzio's website. For information: Silvia Zago, events office,
eventi@distrettomobile.example.it

--------------------------------------------------------------------
Consorzio Distretto del Mobile Trevigiano s.c.a r.l. · Via Postumia, Treviso
"""
write(F, T)
K='Consorzio Distretto del Mobile Trevigiano s.c.a r.l.'
gold(F,
 [P('Giovanni Battista Zanatta','President',K), P('Elena Dal Pozzo-Marcon','Regional Councillor for Economic Development','Veneto Region'),
  P('Piotr Zawadzki-Lehner','policy officer','DG GROW'), P('Marta Benetton-Sfriso',None,'IUAV'), P('Luca De Marchi',None,'Poltrone De Marchi S.r.l.'),
  P('Sabine Oberleitner',None,'Holzcluster Salzburg'), P('Jure Kovačič',None,'Slovenian Wood Industry Cluster'), P('Francesca Gobbo','journalist',None),
  P('Roberto Furlanetto','director','ITS Academy Cosmo'), P('Alessandra Tonon Rizzardini','scientific coordinator',"Ca' Foscari University of Venice"),
  P('Federico Bortoletto','cluster manager',None), P('Silvia Zago','events office',None)],
 [O(K), O('Chamber of Commerce of Treviso-Belluno'), O('Confartigianato Marca Trevigiana'), O('IUAV University of Venice','IUAV'),
  O('Veneto Region'), O('European Commission'), O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs",'DG GROW'),
  O('Poltrone De Marchi S.r.l.'), O('Holzcluster Salzburg'), O('Slovenian Wood Industry Cluster'), O('ITS Academy Cosmo'),
  O('Italian National Agency for New Technologies, Energy and Sustainable Economic Development','ENEA'), O('Unioncamere Veneto'),
  O('Molteni & Figli S.p.A.'), O('Tessaro Legnami S.r.l.'), O("Ca' Foscari University of Venice")],
 [E('Annual Conference of the Distretto del Mobile Trevigiano, 5th edition','2035-05-10','2035-05-11','Treviso','Italy'),
  E('B2B session','2035-05-11','2035-05-11','Treviso','Italy'), E('dinner at the Villa Emo','2035-05-10','2035-05-10','Fanzolo','Italy'),
  E('optional company visit to the Molteni & Figli S.p.A. plant','2035-05-12','2035-05-12','Giussano','Italy'),
  E('visit to the Tessaro Legnami S.r.l. sawmill','2035-05-12','2035-05-12','Castelfranco Veneto','Italy'),
  E('sixth edition of the conference','2036-05-08','2036-05-09','Treviso','Italy'), E('workshop on product passports','2035-10-23','2035-10-23','Oderzo','Italy')],
 ['2035-05-10/2035-05-11','2035-06-06','2035-05-11','2030','2036','2040','2035-05-10','2035-05-12','2035-09','2034','2036-05-08/2036-05-09','2035-10-23'],
 km=C, pub='2035-06-06')
