from h import *
F = 'alentejo_aero_cluster_report_2032-pdf.txt'
T = f"""ALENTEJO AERONAUTICS CLUSTER · Activity Report 2032 · Relatório de Atividades                     3

3. EVENTS AND INTERNATIONAL ACTIVITIES / EVENTOS E ATIVIDADES INTERNACIONAIS

3.1 Évora Aerospace Days 2032

The fourth edition of the Évora Aerospace Days took place on 18 and 19 May 2032 at the Parque do Alentejo de Ciência e Tecnologia
(PACT) in Évora, organised by the Alentejo Aeronautics Cluster (AAC). With 340 partici- pants from 12 coun-
tries, it was the largest edi tion so far. The opening session
was chaired by the President of the Cluster, Eng. Rui Manuel Godinho Falcão (Embraer Portugal, S.A.), with the par-
ticipation of Dr.a Catarina Amaro Serrão, President of the Regional Coordination and Development Commission of the Alentejo
(CCDR Alentejo), and Prof. Dr. António Jorge Pestana, Rector of the University of Évora.

The keynote was given by Dr. Isabelle Marchetti-Dufour, Head of the Supply Chain Department of Airbus Atlantic (Toulouse),
on the regionalisation of aerostructure supply chains in southern Europe. Two B2B sessions organised with the Enterprise
Europe Network Portugal produced 212 bilateral meet ings.   ·

Main conclusions of the Évora Aerospace Days 2032 / Principais conclusões:
  1. The Alentejo can become a hub for composite aerostructures if training capacity doubles by 2035
  2. Certification costs remain the main barrier for SMEs entering the aerospace supply chain
  3. Cooperation with the Andalusian aerospace cluster should move from exchange visits to joint projects
  4. A shared testing facility at PACT would reduce the dependence of members on laboratories abroad

3.2 International fairs

In 2032 the Cluster organised joint participation of its members in three fairs:
   - Farnborough International Airshow (19–23 July 2032, United Kingdom), 6 members, with AICEP Portugal Global;
   - ILA Berlin (10–14 June 2032), 4 members;
   - Aerospace Meetings Sevilla (25–27 October 2032), 9 members, together with the Andalusian cluster Hélice
     (Fundación Hélice), whose managing director, Dña. Mercedes Ruiz-Olmedo Sanz, visited Évora in March 2032.

The partici-
pation in Farnborough was coordinated by the Cluster Manager, Eng.a Sofia Cabrita Nunes, and by Tiago Rosado, internationalisation
officer.  ¦

3.3 Project visits and cooperation agreements

On 8 September 2032 a delegation of the Polish Aviation Valley Association (Stowarzyszenie Grupa Przedsiębiorców Prze-
mysłu Lotniczego "Dolina Lotnicza", Rzeszów), led by its President, Marek Darecki-Nowak, visited the members OGMA – Indús-
tria Aeronáutica de Portugal, S.A. and Mecachrome Portugal, Lda. in Évora and Grândola. A memorandum of understanding
was signed on 9 September 2032.

In November 2032 the Cluster joined the European Aerospace Cluster Partnership (EACP) as its 46th member. The General
Assembly of the EACP in Hamburg on 16 November 2032 approved the membership. ~

ALENTEJO AERONAUTICS CLUSTER · Activity Report 2032 · Relatório de Atividades                     4

3.4 Training and skills

The Aeronautics Training Centre in Ponte de Sor, run jointly with the Instituto Politécnico de Portalegre (IPP) and the
Instituto do Emprego e Formação Profissional (IEFP), trained 146 technicians in 2032 (2031: 98). A new course for com-
posite repair started on 4 October 2032, coordinated by Prof.a Helena Vaz Beja (IPP).

3.5 Governance

The General Assembly of 29 March 2032 approved the accounts for 2031 and elected the Board for the term 2032-2035:
   President: Rui Manuel Godinho Falcão (Embraer Portugal, S.A.)
   Vice-President: Ana Rita Mourato (Município de Évora)
   Treasurer: João Paulo Bexiga (Caetano Aeronautic, S.A.)
   Members: Lúcia Fialho-Brás (Lauak Portugal, Lda.), Nuno Alvarinho (University of Évora)

3.6 Outlook 2033

For 2033 the Board plans the fifth Évora Aerospace Days on 17 and 18 May 2033, the launch of a cluster label for
suppliers, and a mission to the Paris Air Show at Le Bourget in June 2033 (20–26 June 2033, to be confirmed).

Figure 3: Participants in Évora Aerospace Days 2028–2032 (source: Cluster) . .   . ,
 2028: 120 | 2029: 175 | 2030: 210 | 2031: 290 | 2032: 340
"""
write(F, T)
AAC = 'Alentejo Aeronautics Cluster'
gold(F,
 [P('Rui Manuel Godinho Falcão', 'President of the Cluster', AAC),
  P('Catarina Amaro Serrão', 'President of the Regional Coordination and Development Commission of the Alentejo', 'Regional Coordination and Development Commission of the Alentejo'),
  P('António Jorge Pestana', 'Rector of the University of Évora', 'University of Évora'),
  P('Isabelle Marchetti-Dufour', 'Head of the Supply Chain Department', 'Airbus Atlantic'),
  P('Mercedes Ruiz-Olmedo Sanz', 'managing director', 'Fundación Hélice'),
  P('Sofia Cabrita Nunes', 'Cluster Manager', AAC),
  P('Tiago Rosado', 'internationalisation officer', AAC),
  P('Marek Darecki-Nowak', 'President', 'Polish Aviation Valley Association'),
  P('Helena Vaz Beja', None, 'Instituto Politécnico de Portalegre'),
  P('Ana Rita Mourato', 'Vice-President', AAC),
  P('João Paulo Bexiga', 'Treasurer', AAC),
  P('Lúcia Fialho-Brás', None, 'Lauak Portugal, Lda.'),
  P('Nuno Alvarinho', None, 'University of Évora')],
 [O('Alentejo Aeronautics Cluster', 'AAC'), O('Parque do Alentejo de Ciência e Tecnologia', 'PACT'), O('Embraer Portugal, S.A.'),
  O('Regional Coordination and Development Commission of the Alentejo', 'CCDR Alentejo'), O('University of Évora'), O('Airbus Atlantic'),
  O('Enterprise Europe Network Portugal'), O('AICEP Portugal Global'), O('Fundación Hélice'), O('Polish Aviation Valley Association'),
  O('OGMA'), O('Mecachrome Portugal, Lda.'), O('European Aerospace Cluster Partnership', 'EACP'), O('Aeronautics Training Centre'),
  O('Instituto Politécnico de Portalegre', 'IPP'), O('Instituto do Emprego e Formação Profissional', 'IEFP'), O('Município de Évora'),
  O('Caetano Aeronautic, S.A.'), O('Lauak Portugal, Lda.')],
 [E('Évora Aerospace Days 2032', '2032-05-18', '2032-05-19', 'Évora', 'Portugal'),
  E('Farnborough International Airshow', '2032-07-19', '2032-07-23', 'Farnborough', 'United Kingdom'),
  E('ILA Berlin', '2032-06-10', '2032-06-14', 'Berlin', 'Germany'),
  E('Aerospace Meetings Sevilla', '2032-10-25', '2032-10-27', 'Sevilla', 'Spain'),
  E('delegation visit of the Polish Aviation Valley Association', '2032-09-08', '2032-09-08', 'Évora, Grândola', 'Portugal'),
  E('General Assembly of the EACP', '2032-11-16', '2032-11-16', 'Hamburg', 'Germany'),
  E('General Assembly', '2032-03-29', '2032-03-29', None, None),
  E('Évora Aerospace Days', '2033-05-17', '2033-05-18', 'Évora', 'Portugal'),
  E('Paris Air Show', '2033-06-20', '2033-06-26', 'Le Bourget', 'France')],
 ['2032-05-18/2032-05-19', '2035', '2032', '2032-07-19/2032-07-23', '2032-06-10/2032-06-14', '2032-10-25/2032-10-27', '2032-03',
  '2032-09-08', '2032-09-09', '2032-11', '2032-11-16', '2031', '2032-10-04', '2032-03-29', '2032/2035', '2033', '2033-05-17/2033-05-18',
  '2033-06', '2033-06-20/2033-06-26', '2028/2032', '2028', '2029', '2030'],
 ['The Alentejo can become a hub for composite aerostructures if training capacity doubles by 2035',
  'Certification costs remain the main barrier for SMEs entering the aerospace supply chain',
  'Cooperation with the Andalusian aerospace cluster should move from exchange visits to joint projects',
  'A shared testing facility at PACT would reduce the dependence of members on laboratories abroad'])
