import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
from email.message import EmailMessage
F = 'g09.eml'
body = f"""Caros associados,

Reencaminhamos abaixo o comunicado de imprensa da Agência de Desenvolvimento Regional de Trás-os-Montes (ADRTM), recebido hoje, sobre a nova estrutura de apoio aos clusters da região. Chamamos a atenção para a sessão de apresentação em Bragança, na qual o Cluster Agroindustrial do Nordeste estará representado pela nossa presidente.

Inscrições até 2 de junho de 2039 através do formulário no nosso site.

Cumprimentos,
Rui Morais
Secretário-geral
Cluster Agroindustrial do Nordeste – Associação (CAIN)
Av. Sá Carneiro 132, 5300-252 Bragança · +351 273 555 404

-----Mensagem original-----
De: Gabinete de Comunicação ADRTM <comunicacao@adrtm.pt>
Enviada: {day(2039,5,24,'pt')}, 24 de maio de 2039 10:12
Para: lista-imprensa@adrtm.pt
Assunto: COMUNICADO | ADRTM cria Gabinete de Clusters e nomeia coordenadora

COMUNICADO DE IMPRENSA
Bragança, 24 de maio de 2039

ADRTM cria Gabinete de Clusters e nomeia Teresa Calvão coordenadora

O Conselho de Administração da Agência de Desenvolvimento Regional de Trás-os-Montes (ADRTM) aprovou, em reunião de {day(2039,5,20,'pt')}, 20 de maio de 2039, a criação do Gabinete de Clusters e Ecossistemas de Inovação, que passa a acompanhar os seis clusters e associações empresariais com sede nos distritos de Bragança e Vila Real. A coordenação do novo gabinete foi confiada a Teresa Calvão, até agora diretora do Centro de Investigação de Montanha do Instituto Politécnico de Bragança (IPB).

A presidente do Conselho de Administração da ADRTM, Filomena Seixas, sublinhou que "os clusters do interior não podem continuar a competir por projetos uns contra os outros; precisam de uma casa comum que os ajude a chegar a Lisboa e a Bruxelas". O gabinete contará com quatro técnicos e um orçamento anual de 650 mil euros, financiado pelo programa regional Norte 2030 e pelos municípios associados.

O Secretário de Estado da Economia, Duarte Nogueira Pires, que presidirá à sessão pública de apresentação, considerou a iniciativa "um exemplo de como as agências regionais podem fazer a ponte entre a política nacional de clusters e as pequenas empresas". A sessão conta ainda com a participação do vice-presidente da Comissão de Coordenação e Desenvolvimento Regional do Norte (CCDR Norte), Hélder Magalhães, e do presidente da Câmara Municipal de Bragança, António Vaz Rebelo.

Clusters e associações acompanhados pelo Gabinete:
- Cluster Agroindustrial do Nordeste – Associação (CAIN), Bragança
- Portugal Nuts – Associação de Promoção dos Frutos Secos, Macedo de Cavaleiros
- Associação Cluster da Pedra Natural do Douro, Vila Real
- Cluster Transmontano do Turismo de Natureza, Miranda do Douro
- BioTrás – Associação para a Bioeconomia de Trás-os-Montes, Mirandela
- Associação Empresarial de Chaves (ACISAT), Chaves

Programa da sessão de apresentação
{day(2039,6,6,'pt')}, 6 de junho de 2039, Auditório Paulo Quintela, Bragança
14h30 Receção dos participantes
15h00 Abertura – António Vaz Rebelo, Presidente da Câmara Municipal de Bragança
15h15 O Gabinete de Clusters: missão e plano de atividades – Teresa Calvão, Coordenadora
15h45 Mesa-redonda "Clusters do interior: escala e cooperação", com Sónia Pimentel (Presidente, CAIN), Artur Gonçalves (Diretor Executivo, Portugal Nuts) e Luísa Fidalgo (Investigadora, IPB). Moderação: Jorge Baptista, jornalista do Mensageiro de Bragança
17h00 Intervenção de Hélder Magalhães, Vice-Presidente da CCDR Norte
17h20 Encerramento – Duarte Nogueira Pires, Secretário de Estado da Economia
17h45 Porto de honra com produtos dos associados

Sobre a ADRTM
A Agência de Desenvolvimento Regional de Trás-os-Montes é uma associação de direito privado sem fins lucrativos, criada em 2019 por municípios, instituições de ensino superior e associações empresariais da região. Tem sede em Bragança e delegação em Vila Real.

Contacto para a imprensa: Marta Sobrinho, Gabinete de Comunicação, +351 273 555 900, comunicacao@adrtm.pt

Esta mensagem e os seus anexos podem conter informação confidencial. Se a recebeu por engano, por favor apague-a e informe o remetente.
"""
m = EmailMessage()
m['From'] = 'CAIN – Secretariado <secretariado@cain-nordeste.pt>'
m['To'] = 'associados@cain-nordeste.pt'
m['Subject'] = 'FW: COMUNICADO | ADRTM cria Gabinete de Clusters e nomeia coordenadora'
m['Date'] = 'Tue, 24 May 2039 16:48:05 +0100'
assert day(2039,5,24) == 'Tuesday'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
A = 'Agência de Desenvolvimento Regional de Trás-os-Montes'
C = 'Cluster Agroindustrial do Nordeste – Associação'
people = [P('Rui Morais', 'Secretário-geral', C), P('Teresa Calvão', 'Coordenadora', 'Gabinete de Clusters e Ecossistemas de Inovação'),
 P('Filomena Seixas', 'presidente do Conselho de Administração', 'ADRTM'),
 P('Duarte Nogueira Pires', 'Secretário de Estado da Economia', None),
 P('Hélder Magalhães', 'Vice-Presidente', 'CCDR Norte'), P('António Vaz Rebelo', 'Presidente da Câmara Municipal de Bragança', 'Câmara Municipal de Bragança'),
 P('Sónia Pimentel', 'Presidente', 'CAIN'), P('Artur Gonçalves', 'Diretor Executivo', 'Portugal Nuts'),
 P('Luísa Fidalgo', 'Investigadora', 'IPB'), P('Jorge Baptista', 'jornalista', 'Mensageiro de Bragança'),
 P('Marta Sobrinho', 'Gabinete de Comunicação', 'ADRTM')]
orgs = [O(A, 'ADRTM'), O(C, 'CAIN'), O('Gabinete de Clusters e Ecossistemas de Inovação'),
 O('Centro de Investigação de Montanha'), O('Instituto Politécnico de Bragança', 'IPB'),
 O('Comissão de Coordenação e Desenvolvimento Regional do Norte', 'CCDR Norte'), O('Câmara Municipal de Bragança'),
 O('Portugal Nuts – Associação de Promoção dos Frutos Secos'), O('Associação Cluster da Pedra Natural do Douro'),
 O('Cluster Transmontano do Turismo de Natureza'), O('BioTrás – Associação para a Bioeconomia de Trás-os-Montes'),
 O('Associação Empresarial de Chaves', 'ACISAT'), O('Mensageiro de Bragança'), O('Conselho de Administração da Agência de Desenvolvimento Regional de Trás-os-Montes')]
orgs = orgs[:-1]
events = [E('sessão de apresentação', '2039-06-06', None, 'Bragança', 'Portugal'),
 E('Porto de honra', '2039-06-06', None, 'Bragança', 'Portugal'),
 E('reunião do Conselho de Administração da ADRTM', '2039-05-20', None, None, None)]
dates = ['2039-06-02', '2039-05-24', '2039-05-20', '2039-06-06', '2019']
gold(F, people, orgs, events, dates, [], pub='2039-05-24')
