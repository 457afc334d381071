from common import save
T = """# Workshop report: "Heat pumps in existing buildings – what installers need"

**Sava Renovation Cluster (SRG – Savski renovacijski grozd)** · Working Group Energy Renovation
Report prepared by Tjaša Kovačič, project manager, SRG · Ljubljana, 3 July 2035

## 1. Background

On Monday 25 June 2035 the working group met for a one-day workshop at the premises of the Gospodarska zbornica Slovenije (GZS) in Ljubljana. 38 participants took part: 21 installers and SMEs, 6 manufacturers, 5 researchers from the Fakulteta za strojništvo of the Univerza v Ljubljani, and representatives of Eko sklad, the Slovenian environmental public fund. The workshop followed the survey launched in March 2035, to which 112 member companies replied.

## 2. Programme

- 09:30 Welcome – Gregor ŽAGAR, Chair of the Working Group, Termoval d.o.o.
- 09:45 Survey results – Tjaša Kovačič, SRG
- 10:30 Case: the renovation of the Šiška multi-apartment block – Nina Hribar-Lenart, energy consultant, Energetika Savinja d.o.o.
- 11:30 Break-out groups: (a) skills, (b) financing, (c) noise and permits
- 14:00 What the new subsidy scheme offers – Boštjan Mlakar, head of department, Eko sklad
- 15:00 Plenary and lessons learnt – moderated by dr. Aleš Vrhovec, Fakulteta za strojništvo

## 3. Discussion in brief

The break-out group on skills noted that most installers learned heat-pump work on the job. The financing group pointed to long waiting times for subsidy decisions. The permits group, chaired by Marko Kobentar (Kliman d.o.o.), found that local noise rules differ from municipality to municipality.

Several participants described how customers' expectations have changed. Homeowners increasingly ask for a complete package – heat pump, insulation, photovoltaics and financing – from a single contractor, while most installers are small firms specialised in one trade. Two companies reported good experience with informal partnerships between an installer, a roofer and an electrician who jointly offer such packages; others warned that liability questions are not yet solved.

Researchers presented first measurements from monitored buildings. In older blocks with unchanged radiators, the seasonal performance was clearly below the values given by manufacturers, mainly because of high supply temperatures. Where radiators were replaced or walls insulated, the results improved considerably. The group agreed that such data should be collected more systematically and shared in anonymised form.

## 4. Lessons learnt

- Installers need short, hands-on training modules rather than week-long courses.
- Heat pumps in older buildings only pay off when combined with basic insulation and new radiators.
- A single regional contact point for permits would save SMEs several weeks per project.
- Manufacturers and installers should share field data on real performance in winter.
- Subsidy decisions must be faster than the heating season.

## 5. Next meetings

- Working group meeting (online): 9 September 2035, 10:00–12:00
- Training pilot with the Šolski center Celje: 20–21 October 2035, Celje
- Joint session with the Croatian cluster Zelena gradnja Hrvatska at the Sejem Energetika fair, Celje, 14 November 2035
- Annual conference of SRG: 28 January 2036, Maribor

Contact: tjasa.kovacic@srg-grozd.example
"""
save('SRG_workshop-report_heat-pumps_2035-06-25.md', T,
 [("Tjaša Kovačič","project manager","SRG"),
  ("Gregor ŽAGAR","Chair of the Working Group","Termoval d.o.o."),
  ("Nina Hribar-Lenart","energy consultant","Energetika Savinja d.o.o."),
  ("Boštjan Mlakar","head of department","Eko sklad"),
  ("Aleš Vrhovec",None,"Fakulteta za strojništvo"),
  ("Marko Kobentar",None,"Kliman d.o.o.")],
 [("Sava Renovation Cluster","SRG"),("Gospodarska zbornica Slovenije","GZS"),
  ("Fakulteta za strojništvo",None),("Univerza v Ljubljani",None),("Eko sklad",None),("Termoval d.o.o.",None),
  ("Energetika Savinja d.o.o.",None),("Kliman d.o.o.",None),("Šolski center Celje",None),("Zelena gradnja Hrvatska",None)],
 [("Heat pumps in existing buildings – what installers need","2035-06-25","2035-06-25","Ljubljana","Slovenia"),
  ("Working group meeting","2035-09-09","2035-09-09",None,None),
  ("Training pilot with the Šolski center Celje","2035-10-20","2035-10-21","Celje","Slovenia"),
  ("Joint session with Zelena gradnja Hrvatska at the Sejem Energetika fair","2035-11-14","2035-11-14","Celje","Slovenia"),
  ("Annual conference of SRG","2036-01-28","2036-01-28","Maribor","Slovenia")],
 ["2035-07-03","2035-06-25","2035-03","2035-09-09","2035-10-20/2035-10-21","2035-11-14","2036-01-28"],
 km=["Installers need short, hands-on training modules rather than week-long courses",
 "Heat pumps in older buildings only pay off when combined with basic insulation and new radiators",
 "A single regional contact point for permits would save SMEs several weeks per project",
 "Manufacturers and installers should share field data on real performance in winter",
 "Subsidy decisions must be faster than the heating season"], pub="2035-07-03")
