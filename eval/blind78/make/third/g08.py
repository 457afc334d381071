from w import *
t=open('g08.txt').read()
f=t[t.index('Strengths'):t.index('4. Discussion')]+'\n\n'
f=re.sub(r'\n\s*Page 2 of 3.*?\n\n','\n',f,flags=re.S)
km=[re.sub(r'\s+',' ',x) for x in re.findall(r'^- (.*?)(?=\n- |\n\s*\n|\nAreas)',f,re.S|re.M)]
r=t[t.index('recommends that SAFC:'):t.index('6. Ackn')]
km+=[re.sub(r'\s+',' ',x).strip() for x in re.findall(r'^\d\. (.*?)(?=\n\d\. |\n\n)',r,re.S|re.M)]
S='SAFC'; I='Italy'
save('g08','2035-05-16',[
P('Ingrid Halvorsen-Berg','cluster manager','Innlandet Matklynge AS'),P('Tomasz Wiśniewski-Kurek','director','Wielkopolski Klaster Spożywczy'),
P('Theresa Aigner','senior consultant','ecoplus. Niederösterreichs Wirtschaftsagentur GmbH'),P('Giovanni Maria Pinna','owner','Caseificio Pinna Thiesi S.r.l.'),
P('Federica Sechi Mura',None,S),P('Paola Deiana','head','Servizio per la competitività delle imprese'),P('Marco Fadda','project officer',S)],[
O('Consorzio Sardegna AgriFood Cluster S.c.a r.l.',S),O('Innlandet Matklynge AS'),O('Wielkopolski Klaster Spożywczy'),
O('ecoplus. Niederösterreichs Wirtschaftsagentur GmbH'),O('European Secretariat for Cluster Analysis','ESCA'),O('Università degli Studi di Sassari'),
O('Agenzia Laore Sardegna'),O('Chamber of Commerce of Sassari'),O('Caseificio Pinna Thiesi S.r.l.'),O('Regione Autonoma della Sardegna'),
O('Servizio per la competitività delle imprese'),O('Consorzio di Tutela del Pecorino Romano DOP')],[
E('peer review visit','2035-04-25','2035-04-27','Sassari',I),E('visit to the Consorzio di Tutela del Pecorino Romano DOP and a cooperative winery','2035-04-26',None,'Macomer, Sorso',I),
E('presentation of preliminary findings to the board','2035-04-27',None,'Sassari',I)],
['2035-04-25/2035-04-27','2035-05-16','2030','2035-04-26','2033/2037','2035-04-27','2035','2036','2038'],km)
