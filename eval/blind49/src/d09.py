from g import save, B
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import getSampleStyleSheet
ss=getSampleStyleSheet(); N=ss['BodyText']; H=ss['Heading2']; T=ss['Title']
W,Hh=A4
def hdr(c,doc):
    c.saveState(); c.setFont('Helvetica',8)
    c.drawString(40,Hh-30,'Rail Matchmaking @ InnoTrans 2034 | Schienennetzwerk Brandenburg')
    c.drawRightString(W-40,30,'Page %d of 2'%doc.page); c.restoreState()
f1=Frame(40,60,W/2-50,Hh-110,id='l'); f2=Frame(W/2+10,60,W/2-50,Hh-110,id='r')
full=Frame(40,60,W-80,Hh-110,id='f')
doc=BaseDocTemplate(B+'docs/Flyer_Rail_Matchmaking_InnoTrans2034.pdf',pagesize=A4)
doc.addPageTemplates([PageTemplate(id='two',frames=[f1,f2],onPage=hdr),PageTemplate(id='one',frames=[full],onPage=hdr)])
P=lambda s,st=N: Paragraph(s,st)
L=[P('Rail Matchmaking @ InnoTrans 2034',T),
P('International B2B meetings for rail suppliers, operators and research. Tuesday 19 and Wednesday 20 September 2034, Messe Berlin, Hall 7.2c, Berlin'),
P('What is it?',H),
P('The Schienennetzwerk Brandenburg (SNB), the rail technology cluster of the states of Brandenburg and Berlin, organises pre-arranged 25-minute meetings during InnoTrans 2034, the international trade fair for transport technology (19-22 September 2034). Together with the Enterprise Europe Network Berlin-Brandenburg we expect 300 participants from 30 countries and more than 900 meetings.'),
P('Who should take part?',H),
P('Manufacturers of rolling stock components, signalling and digital train control companies, maintenance providers, operators looking for suppliers, start-ups with products for predictive maintenance, and research institutes searching for partners for Europe\'s Rail calls.'),
P('How does it work?',H),
P('1. Register on the matchmaking platform and publish your cooperation profile. 2. Browse the profiles and request meetings from 1 August 2034. 3. Receive your personal meeting schedule on 15 September 2034. 4. Meet your partners at the matchmaking area in Hall 7.2c.'),
P('Key dates',H),
P('Registration opens: 15 June 2034<br/>Meeting requests: 1 August - 14 September 2034<br/>Registration deadline: 11 September 2034<br/>Meeting schedules sent: 15 September 2034<br/>Matchmaking days: 19-20 September 2034'),
P('Participation fee',H),
P('Free of charge for the matchmaking. A trade-visitor ticket for InnoTrans is required and is offered at a reduced rate to registered participants.'),
FrameBreak(),
P('Side programme',H),
P('<b>19 September 2034, 16:00</b> - Cluster reception at the Brandenburg joint stand (Hall 6.2), with greetings by Dr. Henrike Stahnsdorf, State Secretary, Ministry for Economic Affairs, Labour and Energy of the State of Brandenburg (MWAE).'),
P('<b>20 September 2034, 10:00</b> - Pitch session "Rail start-ups from Central and Eastern Europe", moderated by Grzegorz Malinowski, Business Adviser, EEN at the Polish Agency for Enterprise Development (PARP).'),
P('<b>21 September 2034</b> - Guided tour of the outdoor track display for matchmaking participants (limited to 40).'),
P('Your contacts',H),
P('Dr. Fabian Rothkegel, Cluster Manager, Schienennetzwerk Brandenburg, c/o WFBB Wirtschaftsförderung Land Brandenburg GmbH, Potsdam'),
P('Yasemin Özdemir-Krause, EEN adviser, Berlin Partner für Wirtschaft und Technologie GmbH'),
P('Tomáš Hrubý, International Cooperation, Czech rail cluster ACRI (Association of the Czech Railway Industry)'),
NextPageTemplate('one'),
FrameBreak(),
P('About the organisers',H),
P('Schienennetzwerk Brandenburg was founded in 2009 and counts 142 members, from suppliers of the large rolling-stock makers to small engineering offices in Wildau, Cottbus and Eberswalde. The cluster is managed by WFBB Wirtschaftsförderung Land Brandenburg GmbH on behalf of the Land Brandenburg and funded by the Ministry (MWAE).'),
P('Previous editions of Rail Matchmaking @ InnoTrans',H),
P('2028: 190 participants, 520 meetings<br/>2030: 240 participants, 710 meetings<br/>2032: 276 participants, 845 meetings (co-organised with ACRI for the first time)'),
P('Testimonial',H),
P('"At the 2032 matchmaking we met the Slovak operator that became our first export customer. Two meetings of 25 minutes, one contract two years later." - Ines Wartenberg, Managing Director, Lausitz Bremstechnik GmbH, Cottbus'),
P('Data protection: your profile is visible to registered participants only and is deleted on 31 December 2034. The Enterprise Europe Network is co-funded by the European Union. Flyer version of 2 June 2034.'),
]
doc.build(L)
save('Flyer_Rail_Matchmaking_InnoTrans2034.pdf',None,None,
[('Henrike Stahnsdorf','State Secretary','Ministry for Economic Affairs, Labour and Energy of the State of Brandenburg'),
 ('Grzegorz Malinowski','Business Adviser','PARP'),
 ('Fabian Rothkegel','Cluster Manager','Schienennetzwerk Brandenburg'),
 ('Yasemin Özdemir-Krause','EEN adviser','Berlin Partner für Wirtschaft und Technologie GmbH'),
 ('Tomáš Hrubý','International Cooperation','ACRI'),
 ('Ines Wartenberg','Managing Director','Lausitz Bremstechnik GmbH')],
[('Schienennetzwerk Brandenburg','SNB'),('Enterprise Europe Network Berlin-Brandenburg',None),
 ('Ministry for Economic Affairs, Labour and Energy of the State of Brandenburg','MWAE'),('Polish Agency for Enterprise Development','PARP'),
 ('Enterprise Europe Network','EEN'),('WFBB Wirtschaftsförderung Land Brandenburg GmbH',None),('Berlin Partner für Wirtschaft und Technologie GmbH',None),
 ('Association of the Czech Railway Industry','ACRI'),('Lausitz Bremstechnik GmbH',None)],
[('Rail Matchmaking @ InnoTrans 2034','2034-09-19','2034-09-20','Berlin','Germany'),
 ('InnoTrans 2034','2034-09-19','2034-09-22','Berlin','Germany'),
 ('Rail Matchmaking @ InnoTrans 2028','2028','2028',None,None),
 ('Rail Matchmaking @ InnoTrans 2030','2030','2030',None,None),
 ('Rail Matchmaking @ InnoTrans 2032','2032','2032',None,None)],
['2034-09-19/2034-09-20','2034-09-19/2034-09-22','2034-08-01','2034-09-15','2034-06-15','2034-08-01/2034-09-14','2034-09-11',
 '2034-09-19','2034-09-20','2034-09-21','2009','2028','2030','2032','2034-12-31','2034-06-02'],[])
