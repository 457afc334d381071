from w import W
C="Cluster Agroindustrial e Florestal da Beira Baixa"; AB="AgroBeira – Associação para a Inovação Agroalimentar"
W("beira-baixa-clusters-fusao-comunicado","beira-baixa-clusters-fusao-comunicado.html",
[("Maria do Rosário Cardoso Lobato","Presidente da Direção","Azeites Tejo Internacional, Lda."),("Nuno Serrasqueiro","Vice-Presidente","Resinas do Zêzere, S.A."),
("António José Pires Marques","Tesoureiro","Queijaria Vale da Ribeira, Lda."),("João Manuel van Zeller Gaspar","Presidente da Mesa da Assembleia Geral","IPCB"),
("Catarina Reis-Mendonça","Presidente do Conselho Fiscal",C),("Rui Calado Henriques","diretor executivo",C),("Teresa Nabais","diretora",AB),
("Paulo Alexandre Frade","presidente","Comissão de Coordenação e Desenvolvimento Regional do Centro"),("Leopoldo Rodrigues-Pina","presidente","Câmara Municipal de Castelo Branco"),
("Inês Gaspar Vaz","comunicação",C)],
[(C,"CAF Beira Baixa"),(AB,None),("Polo Florestal do Pinhal Interior",None),("Instituto Politécnico de Castelo Branco","IPCB"),("Azeites Tejo Internacional, Lda.",None),
("Resinas do Zêzere, S.A.",None),("Queijaria Vale da Ribeira, Lda.",None),("Comissão de Coordenação e Desenvolvimento Regional do Centro","CCDR Centro"),
("Câmara Municipal de Castelo Branco",None),("Centro de Empresas Inovadoras",None),("IAPMEI – Agência para a Competitividade e Inovação",None)],
[("assembleias gerais","2034-07-01","2034-07-01","Castelo Branco","Portugal"),("primeira assembleia geral","2034-10-17","2034-10-17","Castelo Branco","Portugal"),
("Feira Nacional da Floresta","2034-10-24","2034-10-27","Sertã","Portugal")],
["2034-07-04","2034-07-01","2034-10-01","2019","2021","2031","2034/2037","2034-09","2034-10-17","2035","2034-10-24/2034-10-27","2034"],pub="2034-07-04")
