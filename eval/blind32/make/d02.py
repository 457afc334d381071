from g import write
T = """PRESS RELEASE
For immediate release

Castellón, 9 January 2033

CERAMIC AND BUILDING-MATERIALS CLUSTERS JOIN FORCES: "HÁBITAT MEDITERRÁNEO" IS BORN

Two long-standing cluster organisations of the Valencian Community, Clúster Cerámico de la Plana (CCP) and the
Asociación Valenciana de Materiales de Construcción Sostenible (AVAMACS), have completed their merger. From
1 February 2033 they will operate as a single association, Hábitat Mediterráneo – Clúster de Materiales y
Superficies, with 214 member companies, seven research partners and a joint office in Castellón de la Plana.

The merger was approved by the extraordinary general assemblies of both associations, held in parallel at the
Palau de Congressos de Castelló on 12 December 2032, with 91% and 87% of votes in favour respectively.

New leadership

The founding board of the merged cluster elected Inmaculada Ferrer Beltrán, CEO of Azulejos Ferbel S.A., as
president. Ferrer Beltrán chaired CCP since 2029. The vice-president is Joan Batiste Llorens, managing partner of
Morteros Llorens S.L. and until now president of AVAMACS.

The executive team is led by Dr. Nuria Sanchis Ortolà, appointed general manager with effect from 1 February 2033.
She was previously technology director at the Instituto de Tecnología Cerámica (ITC) and spent six years at the
European Ceramic Industry Association, Cerame-Unie, in Brussels. The former managing director of AVAMACS, Vicent
Mollà, becomes director of projects and international affairs; CCP's former manager, Rosa Gil Tena, will head
member services.

"Tiles, mortars, insulation and smart surfaces are sold to the same architects and builders. Talking to them with
one voice was overdue," said Ferrer Beltrán. Sanchis Ortolà added that the new cluster would "prioritise the
decarbonisation of kilns and a common approach to construction product passports".

Next steps

- A single membership fee structure applies from the 2033 financial year.
- The first General Assembly of Hábitat Mediterráneo will be held in Castellón on 27 April 2033.
- The merged cluster will present itself at CEVISAMA, the international ceramics fair in Valencia, in late
  February 2033.

About Hábitat Mediterráneo
Hábitat Mediterráneo – Clúster de Materiales y Superficies is the association of ceramic, building-materials and
surface-technology companies of the Valencian Community. It receives support from the Valencian Institute for
Business Competitiveness (IVACE) and is registered as an innovative business grouping (AEI) with the Spanish
Ministry of Industry and Tourism.

Press contact: Marta Albiol, communication officer – prensa@habitatmed.example – +34 964 000 000
###
"""
H="Hábitat Mediterráneo – Clúster de Materiales y Superficies"
write("NP_fusion_CCP_AVAMACS_Habitat-Mediterraneo_EN.txt", T, pub="2033-01-09",
 people=[("Inmaculada Ferrer Beltrán","president",H),("Joan Batiste Llorens","vice-president",H),
  ("Nuria Sanchis Ortolà","general manager",H),("Vicent Mollà","director of projects and international affairs",H),
  ("Rosa Gil Tena",None,H),("Marta Albiol","communication officer",H)],
 orgs=[("Clúster Cerámico de la Plana","CCP"),("Asociación Valenciana de Materiales de Construcción Sostenible","AVAMACS"),
  (H,None),("Azulejos Ferbel S.A.",None),("Morteros Llorens S.L.",None),("Instituto de Tecnología Cerámica","ITC"),
  ("European Ceramic Industry Association","Cerame-Unie"),("Valencian Institute for Business Competitiveness","IVACE"),
  ("Spanish Ministry of Industry and Tourism",None)],
 events=[("extraordinary general assemblies","2032-12-12","2032-12-12","Castelló","Spain"),
  ("first General Assembly of Hábitat Mediterráneo","2033-04-27","2033-04-27","Castellón","Spain"),
  ("CEVISAMA","2033-02","2033-02","Valencia","Spain")],
 dates=["2033-01-09","2033-02-01","2032-12-12","2029","2033-04-27","2033-02"])
