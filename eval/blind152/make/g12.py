from h import *
F = 'g12_lemans_eit_annual_report-pdf.txt'
assert wd(2039,1,26)=='Wednesday' and wd(2038,6,15)=='Tuesday'
T = """EIT Manufacturing – Innovation project FORGE-LOOP
Annual Activity Report 2038 – Public summary
Submitted to EIT Manufacturing West on 26 January 2039

Consortium lead: Pôle Mécanique Sarthe – Le Mans Métropole Industrie (association loi 1901)
Partners: Institut de Recherche en Ingénierie des Matériaux du Mans (IRIM),
Le Mans Université; Fundación TEKNIKER, Eibar;
Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik IWU,
Chemnitz; Politecnico di Torino; Sarthe Forge Industrie SAS; Frezite
Ferramentas de Corte S.A., Trofa

1. Executive summary
FORGE-LOOP develops a closed-loop system for recycling machining chips
and forging scrap from small metalworking firms into certified feed-
stock for additive manufacturing. The project started on 1 January
2038 and will end on 31 December 2039. In its first year the consor-
tium built a pilot line in Le Mans, tested it with material from nine
SMEs and signed two licence agreements.

The report was prepared by the project manager, Dr. Clémence Aubert-
Lemaire (Pôle Mécanique Sarthe), with input from all partners and
approved by the consortium board on Wednesday 26 January 2039.

EIT Manufacturing · FORGE-LOOP Annual Report 2038                 page 1
--------------------------------------------------------------------------

EIT Manufacturing · FORGE-LOOP Annual Report 2038                 page 2

2. Activities and events in 2038
- Kick-off meeting, Le Mans, 18–19 January 2038, hosted by Pôle Mé-
  canique Sarthe; opening by Stéphane Le Foll-Garnier, Vice-President
  for Economic Development of Le Mans Métropole
- Technical workshop at Fraunhofer IWU, Chemnitz, 14–15 April 2038
- Open day at the pilot line, Le Mans, Tuesday 15 June 2038, with
  64 visitors from 31 companies
- Participation in the EIT Manufacturing Summit, Milan, 5–7 October
  2038 (stand and pitch by Sarthe Forge Industrie SAS)
- Second consortium meeting, Eibar, 9–10 November 2038, hosted by
  TEKNIKER
- Webinar "Chips are not waste" for the Enterprise Europe Network
  France, 2 December 2038, 118 participants

3. Results
The pilot line processed 14.2 tonnes of aluminium and steel chips.
Powder produced from the chips met the quality grade of virgin pow-
der in 83 % of the batches. Two firms, Frezite Ferramentas de Corte
S.A. and the Czech foundry Slévárna Beskydy s.r.o., signed licence
agreements for the cleaning process. Prof. Ana Beatriz Nóbrega
(Politecnico di Torino) led the life-cycle analysis, which showed a
reduction of 61 % in CO2 emissions compared with imported powder.

4. Key findings
• Small firms are willing to sell their chips if collection is organised by the cluster
• Contamination by cutting fluids is the main technical barrier, not the alloy mix
• Certification bodies need test data from at least three independent sites
• Regional energy prices decide whether the pilot line can run at a profit

EIT Manufacturing · FORGE-LOOP Annual Report 2038                 page 2
--------------------------------------------------------------------------

EIT Manufacturing · FORGE-LOOP Annual Report 2038                 page 3

5. Plans for 2039
The consortium will open the pilot line to a second group of 15
SMEs from Pays de la Loire and the Basque Country between March and
September 2039. The final event is planned for 7 December 2039 in Le
Mans, back-to-back with the annual meeting of the Pôle Mécanique
Sarthe. Johannes Albrecht-Weiß (Fraunhofer IWU) will coordinate
the certification tests with the Bureau Veritas laboratory in Nantes.

6. Risks
Rising electricity prices in 2038 raised operating costs of the pilot
line by 19 %. The consortium board decided to run the line in two
shifts from February 2039 to use cheaper night tariffs.

Contact: Dr. Clémence Aubert-Lemaire, project manager, Pôle Mécanique
Sarthe, 20 rue Thalès de Milet, 72000 Le Mans · forgeloop@pms.example.fr

EIT Manufacturing is supported by the EIT, a body of the European Union.

EIT Manufacturing · FORGE-LOOP Annual Report 2038                 page 3
"""
write(F, T)
PMS = "Pôle Mécanique Sarthe – Le Mans Métropole Industrie"
gold(F,
 [P("Clémence Aubert-Lemaire","project manager","Pôle Mécanique Sarthe"),
  P("Stéphane Le Foll-Garnier","Vice-President for Economic Development","Le Mans Métropole"),
  P("Ana Beatriz Nóbrega",None,"Politecnico di Torino"),
  P("Johannes Albrecht-Weiß",None,"Fraunhofer IWU")],
 [O("EIT Manufacturing"), O("EIT Manufacturing West"), O(PMS),
  O("Institut de Recherche en Ingénierie des Matériaux du Mans","IRIM"), O("Le Mans Université"),
  O("Fundación TEKNIKER"), O("Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik IWU","Fraunhofer IWU"),
  O("Politecnico di Torino"), O("Sarthe Forge Industrie SAS"), O("Frezite Ferramentas de Corte S.A."),
  O("Le Mans Métropole"), O("Enterprise Europe Network France"), O("Slévárna Beskydy s.r.o."),
  O("Bureau Veritas"), O("EIT")],
 [E("Kick-off meeting","2038-01-18","2038-01-19","Le Mans","France"),
  E("Technical workshop","2038-04-14","2038-04-15","Chemnitz","Germany"),
  E("Open day","2038-06-15",None,"Le Mans","France"),
  E("EIT Manufacturing Summit","2038-10-05","2038-10-07","Milan","Italy"),
  E("Second consortium meeting","2038-11-09","2038-11-10","Eibar","Spain"),
  E("Webinar \"Chips are not waste\"","2038-12-02",None,None,None),
  E("final event","2039-12-07",None,"Le Mans","France"),
  # third pass: "back-to-back with" the final event of 7 December 2039 does not state the annual meeting's own date
  E("annual meeting of the Pôle Mécanique Sarthe",None,None,"Le Mans","France")],
 ["2039-01-26","2038-01-01/2039-12-31","2038-01-18/2038-01-19","2038-04-14/2038-04-15","2038-06-15",
  "2038-10-05/2038-10-07","2038-11-09/2038-11-10","2038-12-02","2039-03/2039-09","2039-12-07","2038","2039","2039-02"],
 ["Small firms are willing to sell their chips if collection is organised by the cluster",
  "Contamination by cutting fluids is the main technical barrier, not the alloy mix",
  "Certification bodies need test data from at least three independent sites",
  "Regional energy prices decide whether the pilot line can run at a profit"],
 pub="2039-01-26")
