from h import *
F = 'g15_caceres_cork_project_launch.txt'
assert wd(2034,3,8)=='Wednesday' and wd(2034,3,9)=='Thursday' and wd(2034,6,6)=='Tuesday'
T = """Extremadura Cork & Forest Cluster
Home   Who we are   Associates   Projects   Media room   Agenda   Contact     ES | EN | PT
We use our own and third-party cookies to improve our services. If you continue browsing, we consider that you accept their use. Accept | More info

Media room > News

The CORKTRACE project is launched in Cáceres with partners from Spain and Portugal
Cáceres, 10/03/2034

The Extremadura Cork & Forest Cluster (CLUSCORK) hosted on Wednesday 8 and Thursday 9 March 2034 the kick-off meeting of CORKTRACE, a project co-financed by the Interreg VI-A Spain–Portugal programme (POCTEP) with a total budget of 2.3 million euros for the period 2034–2037. The meeting took place in the Palacio de Congresos de Cáceres and joined 42 representatives of the eight partners.

The project wants to develop a common system of traceability and quality certification for the cork from the dehesa and montado, from the tree until the stopper factory, and to improve the prevention of forest fires in the cork oak areas of the border region.

At the opening session took part Mr. Rafael Mateos Cid, General Director of Forestry Policy of the Junta de Extremadura; Mrs. Leonor Calado, Vice-President of the Comissão de Coordenação e Desenvolvimento Regional do Alentejo (CCDR Alentejo); and Mr. Julián Sánchez-Barriga, President of CLUSCORK and owner of the company Corchos Sánchez-Barriga S.L. of San Vicente de Alcántara.

"Extremadura and Alentejo produce together more than half of the cork of the world, but we compete one against the other with the prices and we cooperate very little in the technology. This project wants to change this," explained Mr. Sánchez-Barriga in his speech.

Partners of the project
- Extremadura Cork & Forest Cluster (CLUSCORK) – lead partner, Spain
- Instituto del Corcho, la Madera y el Carbón Vegetal (ICMC) – CICYTEX, Spain
- Universidad de Extremadura (UEx), Spain
- Fundación Centro de Estudios Forestales de Extremadura, Spain
- Associação Portuguesa da Cortiça (APCOR), Portugal
- Universidade de Évora, Portugal
- Centro Tecnológico da Cortiça (CTCOR), Portugal
- Associação de Produtores Florestais de Coruche, Portugal

Work plan
During the two days the partners approved the work plan and the management rules. The project is structured in four work packages: (1) management and coordination, led by CLUSCORK; (2) traceability platform with blockchain technology, led by the University of Évora; (3) quality and certification, led by ICMC; and (4) fire prevention and forest management, led by the Forest Producers Association of Coruche.

Dr. Ana Belén Lozano, researcher of ICMC and technical coordinator of the project, presented the first pilot, that will start with the harvest of summer 2034 in 15 farms of Valencia de Alcántara and Ponte de Sor. "Every batch of bark will have a digital identity. The factory will know from which farm and which year it comes," she said.

The project manager of CLUSCORK, Mrs. María José Gil Parejo, presented the communication plan and the calendar of the project. The next steering committee will be held on Tuesday 6 June 2034 in Coruche (Portugal), and a first open workshop with cork producers is foreseen for September 2034 in San Vicente de Alcántara.

On the second day the participants made a technical visit to a cork oak farm in the Sierra de San Pedro and to the ICMC laboratories in Mérida.

Photo gallery
Photo 1: Opening session of the kick-off meeting. (Photo: CLUSCORK)
Photo 2: Technical visit in the Sierra de San Pedro.

Tags: CORKTRACE, POCTEP, cork, traceability, Alentejo

Share on: Facebook  Twitter  LinkedIn  WhatsApp

About CLUSCORK
The Extremadura Cork & Forest Cluster is an association of 58 companies and entities of the cork and forest sector of Extremadura, created in 2029 and registered in the Registry of Innovative Business Groupings (AEI) of the Ministry of Industry, Trade and Tourism.

Press contact: comunicacion@cluscork.example.es
Avda. de la Universidad s/n, 10003 Cáceres (Spain)

Legal notice | Privacy policy | Cookies policy | Accessibility
"""
write(F, T)
gold(F,
 [P("Rafael Mateos Cid","General Director of Forestry Policy","Junta de Extremadura"),
  P("Leonor Calado","Vice-President","Comissão de Coordenação e Desenvolvimento Regional do Alentejo"),
  P("Julián Sánchez-Barriga","President","Extremadura Cork & Forest Cluster"),
  P("Ana Belén Lozano","researcher","Instituto del Corcho, la Madera y el Carbón Vegetal"),
  P("María José Gil Parejo","project manager","Extremadura Cork & Forest Cluster")],
 [O("Extremadura Cork & Forest Cluster","CLUSCORK"), O("Junta de Extremadura"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Alentejo","CCDR Alentejo"),
  O("Corchos Sánchez-Barriga S.L."), O("Instituto del Corcho, la Madera y el Carbón Vegetal","ICMC"),
  O("CICYTEX"), O("Universidad de Extremadura","UEx"), O("Fundación Centro de Estudios Forestales de Extremadura"),
  O("Associação Portuguesa da Cortiça","APCOR"), O("Universidade de Évora"), O("Centro Tecnológico da Cortiça","CTCOR"),
  O("Associação de Produtores Florestais de Coruche"), O("Ministry of Industry, Trade and Tourism")],
 [E("kick-off meeting of CORKTRACE","2034-03-08","2034-03-09","Cáceres","Spain"),
  E("technical visit","2034-03-09",None,None,"Spain"),
  E("steering committee","2034-06-06",None,"Coruche","Portugal"),
  E("open workshop with cork producers","2034-09",None,"San Vicente de Alcántara","Spain")],
 ["2034-03-10","2034-03-08/2034-03-09","2034/2037","2034","2034-06-06","2034-09","2029"], [], pub="2034-03-10")
