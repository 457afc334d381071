from h import *
doc = 'press-release_Madeira-Regional-Innovation-Council_appointments.txt'
text = '''GOVERNO REGIONAL DA MADEIRA
Regional Secretariat for Economy, Innovation and Digital Transition
Press release

Funchal, 3 July 2031

Regional Government appoints the new Regional Council for Innovation of Madeira

The Council of the Regional Government, at its meeting of 2 July 2031, approved the appointment of the fifteen members of the
Regional Council for Innovation of Madeira (CRIM) for the term 2031–2035. The Council is the consultative body of the Regional
Government for the smart specialisation strategy RIS3 Madeira 2030 and for the regional cluster policy. It replaces the Council
appointed in 2027, whose term ended on 30 June 2031.

The Council is chaired by the Regional Secretary for Economy, Innovation and Digital Transition, Dr. Rui Nóbrega de Freitas. The
vice-chair is Prof. Sílvia Aguiar Gouveia, Vice-Rector for Research of the Universidade da Madeira (UMa).

The full members appointed are:

Public administration and agencies
- Duarte Spínola Camacho, President of the Board, Startup Madeira – Centro de Empresas e Inovação da Madeira
- Teresa Vasconcelos Pestana, Director-General,
  Agência Regional para o Desenvolvimento da Investigação, Tecnologia e Inovação (ARDITI)
- Nuno Correia Abreu, Director of the Regional Directorate for Fisheries

Science and higher education
- Prof. João Miguel Teixeira, Faculty of Exact Sciences and Engineering, Universidade da Madeira
- Dr. Ana Lúcia Drumond, Head of the Oceanic Observatory of Madeira
- Dr. Miguel Andrade Franco, Director of the Madeira Interactive Technologies Institute (M-ITI)

Companies and clusters
- Catarina Ornelas Sardinha, CEO, Atlântica Hotéis & Resorts S.A., representing the tourism cluster TurisMadeira Lab
- Rodrigo Bettencourt Jardim, Managing Partner, BlueFin Aquacultura, Lda.
- Helena de Sousa Perestrelo, founder, Levada Digital, Lda.
- Jorge Manuel Faria, President, Associação Comercial e Industrial do Funchal (ACIF)
- Marta Gonçalves Quintal, Cluster Manager, Madeira Ocean Cluster (MOC)

Civil society and diaspora
- Dr. Luís Figueira Henriques, Director, Associação de Jovens Empresários Madeirenses (AJEM)
- Isabel Camacho Rodrigues, entrepreneur in the Venezuelan-Madeiran diaspora community, Caracas

Observer: a representative of the Managing Authority of the regional programme Madeira 2030, appointed by
IDR – Instituto de Desenvolvimento Regional.

Inaugural meeting and work programme

The inaugural meeting of the new Council will take place on 15 September 2031 at the Madeira Tecnopolo in Funchal. The first year
of the term will focus on the mid-term review of the RIS3 (to be completed by June 2032), on a new support scheme for cluster
organisations and on the regional participation in the European Week of Regions and Cities in Brussels (7–10 October 2031).

"Innovation in an outermost region cannot be copied from the continent. We need people who know the sea, tourism and digital
nomads as well as research," said Regional Secretary Rui Nóbrega de Freitas.

The outgoing Council, chaired until June 2031 by Eng. Vítor Manuel Sardinha (2027–2031), held 14 meetings and issued six
opinions, including the recommendation that led to the creation of the Madeira Ocean Cluster in 2029.

Substitute members

For each full member a substitute has been appointed. Among them are Dr. Filipa Mendonça Aguiar (Universidade da Madeira),
Ricardo Vieira Gomes (ACIF), Sara Pita Drumond (Madeira Ocean Cluster) and Eng. Hugo Baptista Nunes (Startup Madeira). The
Council's secretariat is ensured by the Regional Directorate for Innovation, under its director, Dra. Cláudia Freitas Rebelo.

The Regional Secretary will also present the Council's composition at the meeting of the
Conference of Peripheral Maritime Regions' Islands Commission in Ponta Delgada on 24–25 September 2031.

Press office: Regional Secretariat for Economy, Innovation and Digital Transition · imprensa.srei@madeira.example
'''
S='Regional Secretariat for Economy, Innovation and Digital Transition'
people = [P('Rui Nóbrega de Freitas','Regional Secretary for Economy, Innovation and Digital Transition','GOVERNO REGIONAL DA MADEIRA'),
 P('Sílvia Aguiar Gouveia','Vice-Rector for Research','Universidade da Madeira'),
 P('Duarte Spínola Camacho','President of the Board','Startup Madeira – Centro de Empresas e Inovação da Madeira'),
 P('Teresa Vasconcelos Pestana','Director-General','ARDITI'),
 P('Nuno Correia Abreu','Director','Regional Directorate for Fisheries'),
 P('João Miguel Teixeira',None,'Universidade da Madeira'),
 P('Ana Lúcia Drumond','Head','Oceanic Observatory of Madeira'),
 P('Miguel Andrade Franco','Director','Madeira Interactive Technologies Institute'),
 P('Catarina Ornelas Sardinha','CEO','Atlântica Hotéis & Resorts S.A.'),
 P('Rodrigo Bettencourt Jardim','Managing Partner','BlueFin Aquacultura, Lda.'),
 P('Helena de Sousa Perestrelo','founder','Levada Digital, Lda.'),
 P('Jorge Manuel Faria','President','Associação Comercial e Industrial do Funchal'),
 P('Marta Gonçalves Quintal','Cluster Manager','Madeira Ocean Cluster'),
 P('Luís Figueira Henriques','Director','Associação de Jovens Empresários Madeirenses'),
 P('Isabel Camacho Rodrigues','entrepreneur',None),
 P('Vítor Manuel Sardinha',None,None),
 P('Filipa Mendonça Aguiar',None,'Universidade da Madeira'), P('Ricardo Vieira Gomes',None,'ACIF'),
 P('Sara Pita Drumond',None,'Madeira Ocean Cluster'), P('Hugo Baptista Nunes',None,'Startup Madeira – Centro de Empresas e Inovação da Madeira'),
 P('Cláudia Freitas Rebelo','director','Regional Directorate for Innovation')]
orgs = [O('GOVERNO REGIONAL DA MADEIRA'), O(S), O('Regional Council for Innovation of Madeira','CRIM'),
 O('Universidade da Madeira','UMa'), O('Startup Madeira – Centro de Empresas e Inovação da Madeira'),
 O('Agência Regional para o Desenvolvimento da Investigação, Tecnologia e Inovação','ARDITI'),
 O('Regional Directorate for Fisheries'), O('Faculty of Exact Sciences and Engineering'), O('Oceanic Observatory of Madeira'),
 O('Madeira Interactive Technologies Institute','M-ITI'), O('Atlântica Hotéis & Resorts S.A.'), O('TurisMadeira Lab'),
 O('BlueFin Aquacultura, Lda.'), O('Levada Digital, Lda.'), O('Associação Comercial e Industrial do Funchal','ACIF'),
 O('Madeira Ocean Cluster','MOC'), O('Associação de Jovens Empresários Madeirenses','AJEM'),
 O('IDR – Instituto de Desenvolvimento Regional'), O('Madeira Tecnopolo'), O('Regional Directorate for Innovation'),
 O("Conference of Peripheral Maritime Regions' Islands Commission")]
events = [E('inaugural meeting of the new Council','2031-09-15','2031-09-15','Funchal','Portugal'),
 E('European Week of Regions and Cities','2031-10-07','2031-10-10','Brussels','Belgium'),
 E("meeting of the Conference of Peripheral Maritime Regions' Islands Commission",'2031-09-24','2031-09-25','Ponta Delgada','Portugal')]
dates = ['2031-07-03','2031-07-02','2031/2035','2027','2031-06-30','2031-09-15','2032-06','2031-10-07/2031-10-10','2031-06','2027/2031','2029','2031-09-24/2031-09-25']
save(doc, text, '2031-07-03', people, orgs, events, dates, [])
