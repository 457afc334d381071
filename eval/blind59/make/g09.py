from h import *
F = 'huesca_pyrenees_agrifood_conference_2034_news.md'
T = f"""Home > News > Events

# Pyrenees Agrifood Conference 2034: water, pigs and young farmers in Huesca

**{wd(2034,11,21)}, 21 November 2034** | Communication team, Clúster Agroalimentario del Alto Aragón (CAAA)

Some 280 participants from Aragón, Catalonia, Navarre and the French departments of Hautes-Pyrénées and Pyrénées-Atlantiques met in Huesca on 13 and 14 November 2034 for the sixth **Pyrenees Agrifood Conference**. The two-day event at the Palacio de Congresos de Huesca was organised by the Clúster Agroalimentario del Alto Aragón (CAAA) together with the French cluster **Agri Sud-Ouest Innovation** and the **University of Zaragoza**'s Higher Polytechnic School in Huesca.

The conference was opened by **María Pilar Lasierra Bescós**, Regional Minister for Agriculture, Livestock and Environment of the Government of Aragón, and by **Jean-Christophe Etcheverry**, Vice-President of the Occitanie Region in charge of agriculture. Lasierra announced a regional fund of EUR 12 million for irrigation modernisation in the Alto Aragón over the period 2035–2039.

## Two days, many topics

On the first day, four sessions dealt with water scarcity, animal welfare in pig farming, short supply chains for cheese and wine, and digital tools for small farms. **Dr. Ignacio Ruiz de Gopegui**, researcher at the Agrifood Research and Technology Centre of Aragón (CITA), showed results from sensors in 140 fields of the Riegos del Alto Aragón irrigation community. **Pauline Lacaze-Darrigrand**, who raises Gascon pigs near Tarbes, described how her cooperative sells directly to restaurants in Toulouse and Zaragoza.

The second day was devoted to a matchmaking session with 190 bilateral meetings, organised with Enterprise Europe Network Aragón, and to visits to the pork processor Jamones del Somontano S.L. in Barbastro and the olive oil mill Almazara Sierra de Guara S.Coop.

## General assembly held alongside

The CAAA held its **general assembly** on the evening of 13 November in the same building. The members approved the accounts for 2033 and the action plan for 2035, and elected **Montserrat Ferrer i Sallán** (Lácteos Ribagorza S.A.) as the new president of the cluster for 2034–2038. She succeeds **José Antonio Buil Loscertales**, who led the cluster since its foundation in 2026 and was named honorary president. The assembly also welcomed nine new members, among them the first two companies from the French side of the Pyrenees.

"We are a small cluster in a big landscape," Ferrer said after her election. "Our future depends on water, on young people who want to farm, and on partners across the mountains."

## Main conclusions

At the closing session, the rapporteur **Lucía Arnal Gracia** (University of Zaragoza) summed up the conclusions of the conference:

1. Irrigation modernisation must go together with advice to farmers on crop choice, or the water saved will be used up by more intensive crops.
2. Cross-border short supply chains need a common label and shared logistics on both sides of the Pyrenees.
3. Generational renewal is the first condition for a living agrifood sector in mountain areas; training and access to land must be part of every regional strategy.

## Next edition

The seventh Pyrenees Agrifood Conference will take place in **Pau (France) on 18 and 19 November 2036**, hosted by Agri Sud-Ouest Innovation. The conference alternates between the two sides of the mountains every two years. Before that, the two clusters will organise a joint trade mission to the SIAL fair in Paris in October 2036 and a seminar on water management in Jaca in spring 2035.

*Photos: CAAA / Alejandro Sanz Pueyo. Presentations can be downloaded from the members' area.*

Share: Facebook · X · LinkedIn · E-mail

---
Clúster Agroalimentario del Alto Aragón · Parque Tecnológico Walqa, 22197 Cuarte (Huesca) · info@caaa.example · Aviso legal · Política de cookies
"""
write(F, T)
gold(F,
 [P('María Pilar Lasierra Bescós', 'Regional Minister for Agriculture, Livestock and Environment', 'Government of Aragón'),
  P('Jean-Christophe Etcheverry', 'Vice-President of the Occitanie Region in charge of agriculture', 'Occitanie Region'),
  P('Ignacio Ruiz de Gopegui', 'researcher', 'Agrifood Research and Technology Centre of Aragón'),
  P('Pauline Lacaze-Darrigrand', None, None),
  P('Montserrat Ferrer i Sallán', 'president', 'Clúster Agroalimentario del Alto Aragón'),
  P('José Antonio Buil Loscertales', 'honorary president', 'Clúster Agroalimentario del Alto Aragón'),
  P('Lucía Arnal Gracia', 'rapporteur', 'University of Zaragoza'),
  P('Alejandro Sanz Pueyo', None, None)],
 [O('Clúster Agroalimentario del Alto Aragón', 'CAAA'), O('Agri Sud-Ouest Innovation'), O('University of Zaragoza'),
  O('Higher Polytechnic School'), O('Government of Aragón'), O('Occitanie Region'),
  O('Agrifood Research and Technology Centre of Aragón', 'CITA'), O('Riegos del Alto Aragón'), O('Enterprise Europe Network Aragón'),
  O('Jamones del Somontano S.L.'), O('Almazara Sierra de Guara S.Coop.'), O('Lácteos Ribagorza S.A.')],
 [E('Pyrenees Agrifood Conference 2034', '2034-11-13', '2034-11-14', 'Huesca', 'Spain'),
  E('matchmaking session', '2034-11-14', '2034-11-14', 'Huesca', 'Spain'),
  E('general assembly', '2034-11-13', '2034-11-13', 'Huesca', 'Spain'),
  E('seventh Pyrenees Agrifood Conference', '2036-11-18', '2036-11-19', 'Pau', 'France'),
  E('joint trade mission to the SIAL fair', '2036-10', '2036-10', 'Paris', 'France'),
  E('seminar on water management', '2035', '2035', 'Jaca', 'Spain')],
 ['2034-11-21', '2034-11-13/2034-11-14', '2035/2039', '2034-11-13', '2033', '2035', '2034/2038', '2026', '2036-11-18/2036-11-19', '2036-10'],
 ['Irrigation modernisation must go together with advice to farmers on crop choice, or the water saved will be used up by more intensive crops',
  'Cross-border short supply chains need a common label and shared logistics on both sides of the Pyrenees',
  'Generational renewal is the first condition for a living agrifood sector in mountain areas; training and access to land must be part of every regional strategy'],
 pub='2034-11-21')
