from h import *
from email.message import EmailMessage
F = 'g10_setubal_newsletter_forward.eml'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,27)=='Wednesday' and wd(2041,3,14)=='Thursday' and wd(2041,2,5)=='Tuesday'
body = """Hi Jonas,

as discussed on the phone, below is the February issue of the Setúbal
Peninsula Agro-Industry Cluster newsletter. Their web archive only shows the
first lines of each item, so I copied the whole page. Item 3 (the study visit)
and item 5 (the call) are the ones relevant for our Interreg application. Could
you check whether the contact in item 3 is the same person we met in Évora?

Best,
Marlene

--
Marlene Hochreiter
International Projects
Agrarcluster Weinviertel
Mobile +43 660 0000000

---------- Forwarded message ---------
From: Cluster AgroSetúbal <newsletter@agrosetubal.example.pt>
Date: Tue, 12 Feb 2041 at 09:02
Subject: AgroSetúbal Newsletter | February 2041
To: <m.hochreiter@agrarcluster-wv.example.at>

View this e-mail in your browser

AgroSetúbal – Setúbal Peninsula Agro-Industry Cluster
Newsletter no. 74 | February 2041

IN THIS ISSUE
1. General assembly approves the 2041 action plan
2. Rice from the Sado: new traceability label
3. Study visit of Andalusian cooperatives
4. New members
5. Open call: innovation vouchers for agri-food SMEs
6. Agenda

-----------------------------------------------------------------

1. GENERAL ASSEMBLY APPROVES THE 2041 ACTION PLAN

The general assembly of members met on 29 January 2041 at the Escola
Superior de Tecnologia do Barreiro. The 41 members present approved the
accounts for 2040 and the action plan for 2041, with a budget of EUR
780,000. President Rui Manuel Bettencourt, managing director of Frutas do
Sado, Lda., thanked the outgoing vice-president, Helena Cortes Vaz, who
steps down after six years. The assembly elected Duarte Pinheiro-Lobo of
Queijaria Serra da Arrábida to replace her as vice-president of the
cluster.

Read more >

-----------------------------------------------------------------

2. RICE FROM THE SADO: NEW TRACEABILITY LABEL

The rice growers of the Sado estuary launched a digital traceability label
on 20 January 2041. Each package carries a code that shows the field, the
harvest date and the water use. The label was developed with the
Instituto Politécnico de Setúbal (IPS) and the start-up CampoData. "Our
rice is grown next to a nature reserve, and consumers should be able to
see that," said Teresa Amaral Fonseca, chair of the Sado Rice Growers'
Association.

Read more >

-----------------------------------------------------------------

3. STUDY VISIT OF ANDALUSIAN COOPERATIVES

From 5 to 7 February 2041, twenty representatives of agri-food cooperatives
from Andalusia visited members of the cluster in Alcácer do Sal, Palmela and
Setúbal. The visit was organised with the Andalusian Federation of Agri-food
Cooperatives and the Portuguese Agency for Competitiveness and Innovation.
The group was led by Manuel Ortega Ruiz, head of international affairs of
the federation. The programme included the rice mill of Orivárzea Sado, the
wine cooperative of Palmela and the tomato processing plant of TomatoSul,
S.A. A return visit to Seville is planned for the autumn.

Contact for follow-up: Inês Salgueiro, project officer, AgroSetúbal

Read more >

-----------------------------------------------------------------

4. NEW MEMBERS

We welcome five new members: Adega Cooperativa de Pegões, Salinas do
Samouco, Lda., Logisado Transportes, S.A., the Municipality of Alcácer do
Sal, and the research unit GeoBioTec of NOVA University Lisbon. The
cluster now has 112 members.

-----------------------------------------------------------------

5. OPEN CALL: INNOVATION VOUCHERS FOR AGRI-FOOD SMES

The Regional Coordination and Development Commission of Lisbon and Tagus
Valley (CCDR LVT) has opened the 2041 call for innovation vouchers. SMEs
can receive up to EUR 20,000 for services from technology centres and
universities. The deadline is 31 March 2041. AgroSetúbal will hold a
clinic for members on Wednesday 27 February 2041 at 14:30 in our office;
places are limited to 15 companies.

Read more >

-----------------------------------------------------------------

6. AGENDA

27 February 2041 – Voucher clinic, AgroSetúbal office, Setúbal
14 March 2041 (Thursday) – Board meeting
8–10 April 2041 – Joint stand at the National Agriculture Fair preview
day, Santarém
22 May 2041 – AgroSetúbal Innovation Day, Palmela

-----------------------------------------------------------------

Cluster AgroSetúbal – Associação do Cluster Agroindustrial da Península
de Setúbal
Av. Luísa Todi 300, 2900-000 Setúbal, Portugal
Executive director: Catarina Brito Monteiro
geral@agrosetubal.example.pt | +351 265 000 000

You are receiving this e-mail because you subscribed to our newsletter.
Unsubscribe | Update your preferences

Co-funded by the Lisbon Regional Programme 2035–2041.
"""
m = EmailMessage()
m['From'] = 'Marlene Hochreiter <m.hochreiter@agrarcluster-wv.example.at>'
m['To'] = 'Jonas Pichler <j.pichler@agrarcluster-wv.example.at>'
m['Subject'] = 'Fwd: AgroSetúbal Newsletter | February 2041'
m['Date'] = 'Wed, 13 Feb 2041 08:47:12 +0100'
m.set_content(body)
open(path(F),'wb').write(bytes(m))
A = "Cluster AgroSetúbal"
gold(F,
 [P("Jonas Pichler"), P("Marlene Hochreiter","International Projects","Agrarcluster Weinviertel"),
  P("Rui Manuel Bettencourt","President",A),
  P("Helena Cortes Vaz","vice-president",A), P("Duarte Pinheiro-Lobo","vice-president",A),
  P("Teresa Amaral Fonseca","chair","Sado Rice Growers' Association"),
  P("Manuel Ortega Ruiz","head of international affairs","Andalusian Federation of Agri-food Cooperatives"),
  P("Inês Salgueiro","project officer","AgroSetúbal"),
  P("Catarina Brito Monteiro","Executive director",A)],
 [O("Agrarcluster Weinviertel"),
  O("Associação do Cluster Agroindustrial da Península de Setúbal","AgroSetúbal"),
  O("Escola Superior de Tecnologia do Barreiro"), O("Frutas do Sado, Lda."), O("Queijaria Serra da Arrábida"),
  O("Instituto Politécnico de Setúbal","IPS"), O("CampoData"), O("Sado Rice Growers' Association"),
  O("Andalusian Federation of Agri-food Cooperatives"), O("Portuguese Agency for Competitiveness and Innovation"),
  O("Orivárzea Sado"), O("TomatoSul, S.A."), O("Adega Cooperativa de Pegões"), O("Salinas do Samouco, Lda."),
  O("Logisado Transportes, S.A."), O("Municipality of Alcácer do Sal"), O("GeoBioTec"), O("NOVA University Lisbon"),
  O("Regional Coordination and Development Commission of Lisbon and Tagus Valley","CCDR LVT")],
 [E("general assembly","2041-01-29",None,"Barreiro","Portugal"),
  E("Study visit of Andalusian cooperatives","2041-02-05","2041-02-07","Alcácer do Sal, Palmela, Setúbal","Portugal"),
  E("return visit to Seville",None,None,"Seville","Spain"),
  E("Voucher clinic","2041-02-27",None,"Setúbal","Portugal"),
  E("Board meeting","2041-03-14"),
  E("Joint stand at the National Agriculture Fair preview day","2041-04-08","2041-04-10","Santarém","Portugal"),
  E("AgroSetúbal Innovation Day","2041-05-22",None,"Palmela","Portugal")],
 ["2041-02-13","2041-02-12","2041-02","2041","2041-01-29","2040","2041-01-20","2041-02-05/2041-02-07","2041-03-31",
  "2041-02-27","2041-03-14","2041-04-08/2041-04-10","2041-05-22","2035/2041"],
 [], "2041-02-12")
