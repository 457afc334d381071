from w import write
import re
doc='relatorio_encontro-mobilidade-peninsula-setubal-2035.md'
t=open('../../docs/'+doc,encoding='utf-8').read()
km=[x.rstrip('.') for x in re.findall(r'^\d\. (.*)$', t.split('## Conclusões')[1].split('##')[0], re.M)]
C='Associação Cluster Mobilidade Setúbal'
write(doc.rsplit('.',1)[0], doc, '2035-07-09', [
 ('Joaquim Manuel Serrão Lucas','presidente','Câmara Municipal de Palmela'),
 ('Margarida Sousa Tavares','presidente da direção',C),
 ('Nuno Calado Ferreira','vice-presidente','Comissão de Coordenação e Desenvolvimento Regional de Lisboa e Vale do Tejo'),
 ('Rui Patrício Gomes','diretor executivo',C),
 ('Sandra Lopes Nogueira','diretora de compras','Volkswagen Autoeuropa'),
 ('Joaquim Bettencourt','administrador','Faurecia Palmela'),
 ('Teresa Marinho',None,'IAPMEI – Agência para a Competitividade e Inovação'),
 ('Henrique Matos Coelho','presidente','Instituto Politécnico de Setúbal'),
 ('Carla Inácio',None,'Centro de Emprego e Formação Profissional de Setúbal'),
 ('Hans-Jürgen Kessler',None,'e-mobil BW'),
 ('Patrícia Freire',None,'Administração dos Portos de Setúbal e Sesimbra'),
 ('Miguel Sobral Cid',None,'Infraestruturas de Portugal'),
 ('Inês Vaz Pato','investigadora','Universidade NOVA de Lisboa'),
],[(C,'CMS'),('Câmara Municipal de Palmela',None),('Instituto Politécnico de Setúbal','IPS'),
 ('Comissão de Coordenação e Desenvolvimento Regional de Lisboa e Vale do Tejo','CCDR LVT'),('Volkswagen Autoeuropa',None),('Faurecia Palmela',None),
 ('IAPMEI – Agência para a Competitividade e Inovação','IAPMEI'),('Centro de Emprego e Formação Profissional de Setúbal','IEFP'),('e-mobil BW',None),
 ('Administração dos Portos de Setúbal e Sesimbra','APSS'),('Infraestruturas de Portugal',None),('Faculdade de Ciências e Tecnologia',None),
 ('Universidade NOVA de Lisboa',None),('Enterprise Europe Network Portugal',None),('Secretaria de Estado da Economia',None),
 ('Mobinov – Associação do Cluster Automóvel',None)],
[('3.º Encontro Regional da Mobilidade Sustentável – Península de Setúbal 2035','2035-06-26','2035-06-26','Palmela','Portugal'),
 ('reuniões bilaterais','2035-06-26','2035-06-26','Palmela','Portugal'),
 ('visita à nova linha de baterias da Autoeuropa','2035-06-26','2035-06-26',None,None),
 ('reunião da direção','2035-07-03','2035-07-03',None,None),
 ('grupo de trabalho sobre economia circular','2035-09-17','2035-09-17','Setúbal','Portugal'),
 ('4.º Encontro Regional','2037-06','2037-06','Sines','Portugal')],
['2035-07-09','2035-06-26','2031','2033','2035','2035-07-03','2035-09-17','2037-06'], km)
