from h import *
F = 'g12_loire_biomat_agm_minutes.txt'
assert wd(2036,4,24)=='Thursday' and wd(2036,10,16)=='Thursday' and wd(2035,4,26)=='Thursday'
T = """LOIRE BIOMATERIALS CLUSTER (LBC)
Association under the French law of 1901 – Tours

MINUTES OF THE ANNUAL GENERAL MEETING 2036
(English version for the partners of our European projects)

Date: Thursday 24 April 2036, 14:00–17:30
Venue: Tours Cathedral Congress Hall, Tours
Chair: Hélène Bourdin-Masson, President
Secretary of the meeting: Yannick LEBRETON
Present or represented: 68 of 103 member organisations (quorum of one third reached)

1. Opening
The President opened the General Assembly of the Loire Biomaterials Cluster at 14:05 and welcomed Philippe Coudray, vice-president for research, innovation and higher education of the Centre-Val de Loire Region, and Annika Lindqvist, programme officer at the European Innovation Council and SMEs Executive Agency (EISMEA), who followed the meeting online.

2. Activity report 2035
The managing director, Damien Chauvet, presented the activity report. Highlights of the year:
- the cluster renewed its ESCA gold label in June 2035;
- the cluster joined the Horizon Europe project BIOPACK-LOOP, coordinated by VTT Technical Research Centre of Finland, as one of 14 partners;
- within the Eurocluster GREEN-PLAST the cluster paid 37 vouchers to member SMEs;
- the Biomaterials Business Day on 16 October 2035 in Orléans gathered 290 participants.
He also reported that staff grew from six to nine people, including two project officers funded by the European projects.

3. Financial statements 2035
The treasurer, Karim Haddad, presented the accounts: income of EUR 1.46 million (of which 41 % from European projects), expenditure of EUR 1.41 million and a surplus of EUR 48,000. The auditor, Cabinet Rivière & Associés, certified the accounts without reservation.

4. Election of the Board of Directors
Seven seats were up for election for the term 2036–2039. After a secret ballot the following members were elected: Hélène Bourdin-Masson (Arboresc SAS), Karim Haddad (Université de Tours), Claire Ménard (Fibres du Berry SARL), Jean-Baptiste de La Villemarqué (Groupe Agrosourcing), Sandrine Oulès (BRGM Orléans), Thomas Vidal (Polytech Tours) and Nadia Benali (Chambre de commerce et d'industrie du Loiret).

The first meeting of the new Board, held immediately after the General Assembly, elected its officers:
President: Hélène Bourdin-Masson (Arboresc SAS), re-elected
Vice-President: Jean-Baptiste de La Villemarqué (Groupe Agrosourcing)
Treasurer: Karim Haddad (Université de Tours)
Secretary: Claire Ménard (Fibres du Berry SARL)

The meeting thanked Olivier Tessier, outgoing Vice-President (2030–2036), for his work, in particular on the cluster's first Interreg Europe project.

5. European projects 2036–2037
Rozalia Nemeth, European projects officer, presented the pipeline: the BIOPACK-LOOP general assembly in Tours on Thursday 16 October 2036, the GREEN-PLAST third voucher call (opening in September 2036) and a planned application to the Interreg Europe call of spring 2037 together with the Lodzkie Region and Business Upper Austria.

6. Resolutions adopted
The General Assembly adopted the following resolutions:
1. The activity report 2035 is approved (unanimous)
2. The financial statements 2035 are approved and discharge is given to the Board (66 for, 2 abstentions)
3. The surplus of EUR 48,000 is allocated to the reserve for co-financing European projects
4. The membership fees for 2037 remain unchanged
5. Cabinet Rivière & Associés is reappointed as auditor for the years 2036–2038

7. Previous General Assemblies
- AGM 2034 – Blois, 5 May 2034
- AGM 2035 – Bourges, 26 April 2035

8. Any other business
Members asked that the next General Assembly be held in Chartres, which was welcomed by the Board. The meeting closed at 17:25 and was followed by a cocktail in the foyer.

Tours, 2 May 2036

Hélène Bourdin-Masson, President          Yannick LEBRETON, Secretary of the meeting
"""
write(F, T)
L="Loire Biomaterials Cluster"
gold(F,
 [P("Hélène Bourdin-Masson","President",L),
  P("Yannick LEBRETON","Secretary of the meeting",None),
  P("Philippe Coudray","vice-president for research, innovation and higher education","Centre-Val de Loire Region"),
  P("Annika Lindqvist","programme officer","European Innovation Council and SMEs Executive Agency"),
  P("Damien Chauvet","managing director",L),
  P("Karim Haddad","Treasurer",L),
  P("Claire Ménard","Secretary",L),
  P("Jean-Baptiste de La Villemarqué","Vice-President",L),
  P("Sandrine Oulès",None,"BRGM Orléans"),
  P("Thomas Vidal",None,"Polytech Tours"),
  P("Nadia Benali",None,"Chambre de commerce et d'industrie du Loiret"),
  P("Olivier Tessier","Vice-President",L),
  P("Rozalia Nemeth","European projects officer",L)],
 [O(L,"LBC"), O("Centre-Val de Loire Region"), O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("VTT Technical Research Centre of Finland"), O("Cabinet Rivière & Associés"), O("Arboresc SAS"),
  O("Université de Tours"), O("Fibres du Berry SARL"), O("Groupe Agrosourcing"), O("BRGM Orléans"),
  O("Polytech Tours"), O("Chambre de commerce et d'industrie du Loiret"), O("Lodzkie Region"),
  O("Business Upper Austria")],
 [E("ANNUAL GENERAL MEETING 2036","2036-04-24",None,"Tours","France"),
  E("Biomaterials Business Day","2035-10-16",None,"Orléans","France"),
  E("first meeting of the new Board","2036-04-24",None,"Tours","France"),
  E("BIOPACK-LOOP general assembly","2036-10-16",None,"Tours","France"),
  E("AGM 2034","2034-05-05",None,"Blois","France"),
  E("AGM 2035","2035-04-26",None,"Bourges","France"),
  E("cocktail","2036-04-24",None,"Tours","France")],
 ["2036-04-24","2035","2035-06","2035-10-16","2036/2039","2030/2036","2036/2037","2036-10-16","2036-09","2037",
  "2036/2038","2034-05-05","2035-04-26","2036-05-02"],
 ["The activity report 2035 is approved (unanimous)",
  "The financial statements 2035 are approved and discharge is given to the Board (66 for, 2 abstentions)",
  "The surplus of EUR 48,000 is allocated to the reserve for co-financing European projects",
  "The membership fees for 2037 remain unchanged",
  "Cabinet Rivière & Associés is reappointed as auditor for the years 2036–2038"],
 pub="2036-05-02")
