from common import *
F = 'b61_03_study_summary_alentejo.txt'
KM = ["Cork, stone and wine firms in the Alentejo cooperate far more with each other than with the region's two universities.",
 "Only 14% of surveyed firms had joined a cluster organisation, although 61% said they would join if membership included export support.",
 "The marble cluster around Estremoz, Borba and Vila Viçosa lost a third of its firms between 2020 and 2030 but raised exports per firm.",
 "Firms located within 20 km of Évora were twice as likely to take part in research projects as firms in Baixo Alentejo.",
 "Water scarcity is now named as the main risk to growth by wine and olive-oil producers, ahead of labour shortages.",
 "Regional support is spread over too many small instruments; five calls accounted for less than 3% of the total budget."]
t = """STUDY SUMMARY
Mapping industrial clusters in the Alentejo, 2020–2031
Comissão de Coordenação e Desenvolvimento Regional do Alentejo (CCDR Alentejo)
Évora, June 2032

Prepared by: Universidade de Évora, Centro de Estudos e Formação Avançada em Gestão e Economia (CEFAGE)
Research team: Prof. Ana Luísa Mendes Caeiro (coordinator), Dr. Rui Pedro Gonçalves, Inês Batista Rosado
Steering group chair: Eng.º Francisco Lopes Bento, Vice-President, CCDR Alentejo

-----------------------------------------------------------------
1. WHY THIS STUDY
-----------------------------------------------------------------
The Alentejo covers a third of mainland Portugal but holds barely 7% of its population. Regional economic policy has for two decades relied on a handful of sectors: cork, ornamental stone, wine, olive oil, aeronautics around Évora and, more recently, solar energy. The CCDR Alentejo commissioned this study in March 2031 to map where firms in these sectors are located, how they cooperate and which support instruments they use, as an input to the revision of the regional smart specialisation strategy for 2033–2039.

The study was presented on 17 May 2032 at a seminar in the Colégio do Espírito Santo, Évora, attended by around ninety representatives of firms, associations and municipalities. Comments received at the seminar are reflected in this summary.

-----------------------------------------------------------------
2. METHOD
-----------------------------------------------------------------
The team combined firm-level data from the national statistics institute, Instituto Nacional de Estatística (INE), with an online survey sent to 1,420 firms between 4 October and 15 December 2031 (412 valid answers), and 36 interviews. Interviewees included Joaquim Serrão, president of the Associação dos Industriais do Mármore (ASSIMAGRA) regional delegation, Maria do Céu Parreira, director of the Comissão Vitivinícola Regional Alentejana (CVRA), and Paulo Nunes Ventura, managing director of the Alentejo aeronautics platform Évora Aeronautical Park.

Cluster maps were built for 47 municipalities. Network analysis drew on joint participation in funded projects between 2020 and 2031.

-----------------------------------------------------------------
3. MAIN FINDINGS
-----------------------------------------------------------------
""" + "\n".join(f"{i}. {k}" for i, k in enumerate(KM, 1)) + """

-----------------------------------------------------------------
4. DISCUSSION
-----------------------------------------------------------------
The findings confirm that the Alentejo's clusters are mainly traditional, place-bound and dominated by small firms. The exception is aeronautics, where two large foreign-owned plants set the pace and local suppliers remain few. During the seminar, Dr. Gonçalves stressed that the absence of a cluster organisation in cork is striking, since the industry is well organised nationally through the Associação Portuguesa da Cortiça (APCOR), but has no regional structure in the Alentejo itself.

Several participants, among them Teresa Galvão Chambel of the Núcleo Empresarial da Região de Évora (NERE), asked for a simpler support landscape. The team notes that the European Cluster Collaboration Platform lists only three cluster organisations in the region, of which one has a Bronze Label.

-----------------------------------------------------------------
5. FURTHER WORK
-----------------------------------------------------------------
The CCDR Alentejo will use the maps in the public consultation on the new strategy, planned for the autumn of 2032. A follow-up study on water use in agrifood clusters has been proposed to the Fundação para a Ciência e a Tecnologia (FCT).

The full report (186 pages, in Portuguese) and the cluster maps are available on the CCDR Alentejo website.

Évora, 28 June 2032
"""
write_text(F, t)
gold(F, [
 P("Ana Luísa Mendes Caeiro", "coordinator", "Universidade de Évora"),
 P("Rui Pedro Gonçalves", None, "Universidade de Évora"),
 P("Inês Batista Rosado", None, "Universidade de Évora"),
 P("Francisco Lopes Bento", "Vice-President", "CCDR Alentejo"),
 P("Joaquim Serrão", "president", "Associação dos Industriais do Mármore"),
 P("Maria do Céu Parreira", "director", "Comissão Vitivinícola Regional Alentejana"),
 P("Paulo Nunes Ventura", "managing director", "Évora Aeronautical Park"),
 P("Teresa Galvão Chambel", None, "Núcleo Empresarial da Região de Évora"),
],[
 O("Comissão de Coordenação e Desenvolvimento Regional do Alentejo", "CCDR Alentejo"), O("Universidade de Évora"),
 O("Centro de Estudos e Formação Avançada em Gestão e Economia", "CEFAGE"),
 O("Instituto Nacional de Estatística", "INE"), O("Associação dos Industriais do Mármore", "ASSIMAGRA"),
 O("Comissão Vitivinícola Regional Alentejana", "CVRA"), O("Évora Aeronautical Park"),
 O("Associação Portuguesa da Cortiça", "APCOR"), O("Núcleo Empresarial da Região de Évora", "NERE"),
 O("European Cluster Collaboration Platform"), O("Fundação para a Ciência e a Tecnologia", "FCT"),
],[
 E("seminar in the Colégio do Espírito Santo", "2032-05-17", None, "Évora", "Portugal"),
],["2020/2031","2032-06","2031-03","2033/2039","2032-05-17","2031-10-04/2031-12-15","2020/2030","2032","2032-06-28"],
 KM, pub="2032-06-28")
