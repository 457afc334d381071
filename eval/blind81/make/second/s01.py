import sys; sys.path.insert(0,'/work/wt/blind81/eval/blind81/make/second/tools'); from w import *
V='Vrancea Wine & Vine Cluster'
W('g01_vrancea_wine_cluster_news','.html',None,[
P('Ioana-Maria STAN','Project manager'),P('Raluca Enache-Vlad','State Secretary','Ministry of Agriculture and Rural Development'),
P('Pedro Gonçalves da Silva','Managing Director','Associação das Rotas dos Vinhos do Alentejo'),P('Mihnea-Andrei Bucur','Oenologist','Crama Dealul Zânelor SRL'),
P('Constantin Ghiță','Cluster president',V),P('Zsófia Kertész-Balogh',None,'University of Tokaj'),P('Alexandra Pîrvu','communication officer',V),
P('Margarethe von Steinbach-Roux','assessor'),P('Jean-Baptiste Delacroix-Morin','master cooper','Tonelăria Carpatică SRL'),P('Florentina Ungureanu','company director','Tonelăria Carpatică SRL')],
[O(V,'VWVC'),O('Faculty of Horticulture'),O('University of Agronomic Sciences and Veterinary Medicine of Bucharest','USAMV'),O('Datalogic Putna SRL'),
O('Ministry of Agriculture and Rural Development'),O('Associação das Rotas dos Vinhos do Alentejo'),O('Romanian Chamber of Commerce in Vrancea'),O('Crama Dealul Zânelor SRL'),
O('South-East Regional Development Agency','ADR Sud-Est'),O('Moldova Wine Cluster'),O('Tokaj-Hegyalja Wine Cluster'),O('University of Tokaj'),O('Vinexpert Logistic SRL'),
O('Tonelăria Carpatică SRL'),O('Vrancea County School Inspectorate'),O('Agroturism Măgura Odobeștilor'),O('"Dunărea de Jos" University of Galați'),O('European Cluster Excellence Initiative','ECEI')],
[E('Focșani Wine Business Forum','2034-11-23','2034-11-23','Focșani','Romania'),E('visit to Odobești cellars','2034-11-06','2034-11-08','Odobești','Romania'),
E('Panciu Harvest Festival','2034-10-14','2034-10-15','Panciu','Romania'),E('wine tourism workshop','2035-01-25','2035-01-25','Odobești','Romania'),E('Concours Mondial du Sauvignon')],
['2034-11-28','2034-11-23','2035','2034-11-20','2031','2034-11-14','2035/2041','2034-12-15','2034-11-09','2034-11-06/2034-11-08','2034-10-31','2034-10-24','2034-10-14/2034-10-15','2034-10-17','2034-10-03','2036','2034-10-10','2035-01-25','2028/2034'])
A='Associação Cluster AgroCork Alto Alentejo – Cortiça, Montado e Agroalimentar'
W('g02_portalegre_cluster_nova_diretora','.txt','2034-02-27',[
P('Marta Sofia Queiroz Bettencourt','diretora executiva',A),P('António Manuel Sequeira Rosado','diretor cessante',A),P('Joaquim Pedro Falcão Miranda','presidente da Direção',A),
P('Inês Vaz Pestana','Vice-Presidente','Comissão de Coordenação e Desenvolvimento Regional do Alentejo'),P('Rui Filipe Caldeira','gestor de projetos',A),P('Ana Beatriz Nunes da Cunha','comunicação e eventos',A),
P('Sérgio Mendonça Tavares','apoio às empresas e internacionalização',A),P('Luís Pardal')],
[O(A),O('Instituto Superior de Agronomia'),O('Universidade de Lisboa'),O('Universidade de Évora'),O('Corticeira do Caia, S.A.'),O('Centro de Competências do Sobreiro e da Cortiça de Ponte de Sor'),
O('Olivais do Sever – Sociedade Agrícola, Lda.'),O('Ministério da Economia'),O('Comissão de Coordenação e Desenvolvimento Regional do Alentejo','CCDR Alentejo'),O('Instituto Politécnico de Portalegre'),
O('Associação de Produtores Florestais do Norte Alentejano','APFNA'),O('Câmara Municipal de Portalegre'),O('AgriFood Clusters Alliance')],
[E('reunião de Direção','2034-02-20','2034-02-20'),E('Assembleia Geral','2034-04-20','2034-04-20','Portalegre','Portugal'),E('9.ª edição do Fórum do Montado','2034-10-12','2034-10-14','Portalegre','Portugal')],
['2034-02-27','2034-03-01','2026','2034-02-20','2031','2029','2034-04-20','2034-10-12/2034-10-14','2028/2034','2034-03'])
