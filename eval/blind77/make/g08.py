from h import *
F = 'trnava-automotive-cluster-bursa-mission-report-2034.md'
assert wd(2034,10,16)=='Monday' and wd(2034,10,19)=='Thursday' and wd(2034,11,21)=='Tuesday'
T = """# Business Mission to Bursa, Türkiye – Mission Report

**Western Slovakia Automotive Cluster (WSAC) / Automobilový klaster Západné Slovensko**
Report prepared by: Ing. Martina Kollárová, PhD., International Relations Manager
Date of report: 30 October 2034
Distribution: WSAC members, Trnava Self-Governing Region, SARIO

---

## 1. Background and objectives

The mission took place from Monday 16 to Thursday 19 October 2034 and was the first visit of a Slovak automotive cluster delegation to the Bursa region. It followed up on the meeting between WSAC and the Uludağ Automotive Industry Exporters' Association (OIB) at the European Cluster Conference in Vienna in March 2034, where both sides agreed to explore supplier partnerships in electric-vehicle components and tooling.

Objectives of the mission:
- to present the capacities of Slovak suppliers to Turkish OEMs and tier-1 suppliers;
- to identify joint-venture and subcontracting opportunities in tooling, castings and wire harnesses;
- to learn how the Bursa cluster ecosystem organises vocational training with industry;
- to prepare a memorandum of understanding between WSAC and the Bursa cluster organisation.

## 2. Delegation

The delegation counted 17 participants from 11 organisations, led by the cluster's chairman **Ing. Juraj Baláž** (Trnavská Strojárska, a.s.). Participating companies included Hlohovec Tooling s.r.o., Piešťany Castings a.s., Senica Wire Systems s.r.o., Galanta Plastics s.r.o. and SmartLine Automation s.r.o. The Slovak University of Technology in Bratislava (STU), Faculty of Materials Science and Technology in Trnava, was represented by **prof. Ing. Zuzana Hrnčiarová, PhD.**, vice-dean for cooperation with industry. The Trnava Self-Governing Region sent **Mgr. Peter Kubiš**, head of its department of regional development. The Embassy of the Slovak Republic in Ankara was represented by the commercial counsellor **Ivan Ďurčo**, who joined on the first two days.

## 3. Programme

**Day 1 – Monday 16 October 2034.** Arrival at Istanbul and transfer to Bursa. In the evening, welcome dinner hosted by the Bursa Chamber of Commerce and Industry (BTSO) with its vice-president **Mehmet Emin Karaca**, who outlined the region's 2035–2040 industrial strategy.

**Day 2 – Tuesday 17 October 2034.** Morning: cluster conference "Slovakia–Türkiye Automotive Supplier Day" at the BTSO Service Building, opened by **Dr. Ayşe Nur Güleryüz**, general secretary of the Uludağ Automotive Industry Exporters' Association, and by Ambassador **Mgr. Lucia Vrabcová-Schmidt**. Afternoon: B2B meetings between the 11 Slovak organisations and 34 Turkish companies (82 meetings in total).

**Day 3 – Wednesday 18 October 2034.** Company visits to Oyak Renault Otomobil Fabrikaları A.Ş. (body-in-white and electric-vehicle lines), to Bosch Sanayi ve Ticaret A.Ş. in Bursa and to a family-owned die-casting supplier, Nilüfer Döküm Ltd. Şti. In the afternoon, visit to the BUTEKOM technology centre and its vocational training workshops, guided by director **Prof. Dr. Levent Öztürk-Yavuz**.

**Day 4 – Thursday 19 October 2034.** Visit to the TOGG plant in Gemlik, meeting with the supplier development team led by **Selin Aydoğan**. Return flight from Istanbul in the evening.

## 4. Results

- 82 B2B meetings held; 14 follow-up offers requested by Turkish buyers, mainly for tooling and injection-moulded parts.
- Two Slovak companies (Hlohovec Tooling s.r.o. and Senica Wire Systems s.r.o.) were invited to supplier audits in December 2034.
- A draft memorandum of understanding between WSAC and the Uludağ Automotive Industry Exporters' Association was agreed and will be signed at the Automechanika Istanbul fair in June 2035.
- BUTEKOM offered three places for Slovak apprentices in its mechatronics programme in spring 2035.

## 5. Observations

Several things struck the delegation. The Bursa ecosystem is much larger than the Slovak one: the OIB represents more than 400 exporters and the region produces around a third of Türkiye's vehicles. Training is organised jointly by the chamber, the technology centre and the companies; the dual-training model is closer to the German one than to Slovak practice. Turkish suppliers are strongly interested in EU customers because of the carbon border adjustment, but they often lack the documentation on product carbon footprints that EU OEMs require.

On the Slovak side, delegates noted that the smaller companies need better English-language presentation material and a common cluster catalogue.

## 6. Recommendations

1. Prepare a bilingual WSAC supplier catalogue (Slovak/English, with a Turkish summary) by March 2035.
2. Organise a reverse mission of Bursa companies to Trnava in the first half of 2035, linked to the cluster's Supplier Day.
3. Apply with OIB for a joint project on product carbon footprints under the Single Market Programme (SMP COSME) cluster calls.
4. Set up a working group on apprentice exchanges with BUTEKOM and the Secondary Technical School in Trnava.

## 7. Follow-up

The next steps will be discussed at the WSAC board meeting on 21 November 2034 in Trnava. Members interested in the reverse mission should contact the author by 30 November 2034.

*Contact: Ing. Martina Kollárová, PhD., International Relations Manager, Western Slovakia Automotive Cluster, Hospodárska 7, 917 01 Trnava, Slovakia – martina.kollarova@wsac.sk*

*The mission was co-financed by the Trnava Self-Governing Region and the Slovak Investment and Trade Development Agency (SARIO).*
"""
write(F, T)
gold(F, [
 P("Martina Kollárová", "International Relations Manager", "Western Slovakia Automotive Cluster"),
 P("Juraj Baláž", "chairman", "Western Slovakia Automotive Cluster"),
 P("Zuzana Hrnčiarová", "vice-dean for cooperation with industry", "Faculty of Materials Science and Technology"),
 P("Peter Kubiš", "head of its department of regional development", "Trnava Self-Governing Region"),
 P("Ivan Ďurčo", "commercial counsellor", "Embassy of the Slovak Republic in Ankara"),
 P("Mehmet Emin Karaca", "vice-president", "Bursa Chamber of Commerce and Industry"),
 P("Ayşe Nur Güleryüz", "general secretary", "Uludağ Automotive Industry Exporters' Association"),
 P("Lucia Vrabcová-Schmidt", "Ambassador", None),
 P("Levent Öztürk-Yavuz", "director", "BUTEKOM"),
 P("Selin Aydoğan", None, "TOGG"),
],[
 O("Western Slovakia Automotive Cluster","WSAC"),
 O("Trnava Self-Governing Region"),
 O("Slovak Investment and Trade Development Agency","SARIO"),
 O("Uludağ Automotive Industry Exporters' Association","OIB"),
 O("Trnavská Strojárska, a.s."),
 O("Hlohovec Tooling s.r.o."), O("Piešťany Castings a.s."), O("Senica Wire Systems s.r.o."),
 O("Galanta Plastics s.r.o."), O("SmartLine Automation s.r.o."),
 O("Slovak University of Technology in Bratislava","STU"),
 O("Faculty of Materials Science and Technology"),
 O("Embassy of the Slovak Republic in Ankara"),
 O("Bursa Chamber of Commerce and Industry","BTSO"),
 O("Oyak Renault Otomobil Fabrikaları A.Ş."),
 O("Bosch Sanayi ve Ticaret A.Ş."),
 O("Nilüfer Döküm Ltd. Şti."),
 O("BUTEKOM"),
 O("TOGG"),
 O("Secondary Technical School in Trnava"),
],[
 E("Business Mission to Bursa","2034-10-16","2034-10-19","Bursa","Türkiye"),
 E("European Cluster Conference","2034-03","2034-03","Vienna","Austria"),
 E("welcome dinner","2034-10-16","2034-10-16","Bursa","Türkiye"),
 E("Slovakia–Türkiye Automotive Supplier Day","2034-10-17","2034-10-17","Bursa","Türkiye"),
 E("B2B meetings","2034-10-17","2034-10-17","Bursa","Türkiye"),
 E("Company visits","2034-10-18","2034-10-18","Bursa","Türkiye"),
 E("Visit to the TOGG plant","2034-10-19","2034-10-19","Gemlik","Türkiye"),
 E("supplier audits","2034-12","2034-12",None,None),
 E("Automechanika Istanbul","2035-06","2035-06","Istanbul","Türkiye"),
 E("reverse mission of Bursa companies to Trnava","2035","2035","Trnava","Slovakia"),
 E("WSAC board meeting","2034-11-21","2034-11-21","Trnava","Slovakia"),
],["2034-10-30","2034-10-16/2034-10-19","2034-03","2034-10-16","2035/2040","2034-10-17","2034-10-18","2034-10-19","2034-12","2035-06","2035","2035-03","2034-11-21","2034-11-30"],[
 "Prepare a bilingual WSAC supplier catalogue (Slovak/English, with a Turkish summary) by March 2035",
 "Organise a reverse mission of Bursa companies to Trnava in the first half of 2035, linked to the cluster's Supplier Day",
 "Apply with OIB for a joint project on product carbon footprints under the Single Market Programme (SMP COSME) cluster calls",
 "Set up a working group on apprentice exchanges with BUTEKOM and the Secondary Technical School in Trnava",
], pub="2034-10-30")
