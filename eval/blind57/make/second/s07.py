from mk import *
import re
def km(t):
    blk=t.split('<h2>Our takeaways</h2>')[1].split('<h2>')[0]
    return [x.strip().rstrip('.') for x in re.findall(r'<p>(.*?)</p>',blk,re.S)]
A='Automotive Cluster Irpinia'
w('webinar-recap_irpinia-automotive-battery-skills','webinar-recap_irpinia-automotive-battery-skills.html','2036-02-12',
[("Giulia Di Lorenzo",None,None),
 ("Francesca D'Alessandro","head of projects",A),
 ("Nicola Tracanna","president",A),
 ("Elena Mastrangelo",None,"University of Salerno"),
 ("Tomáš Wimmer-Černý","project manager","Central Bohemian Automotive Cluster"),
 ("Roberto Pace","HR director","Irpinia Componenti S.r.l."),
 ("Katarzyna Wiśniewska-Lange","plant manager","ElektroDrive Polska sp. z o.o."),
 ("Marco Iezzi",None,"Regione Campania")],
[(A,"ACA"),("Central Bohemian Automotive Cluster",None),("University of Salerno",None),("Fondazione ITS Mobilità Sostenibile Campania",None),
 ("ŠKODA AUTO University",None),("Irpinia Componenti S.r.l.",None),("ElektroDrive Polska sp. z o.o.",None),("Regione Campania",None),
 ("Dipartimento Sviluppo Economico",None),("Automotive Industry Association of the Slovak Republic","ZAP SR")],
[("Batteries, skills and Irpinia: preparing automotive suppliers for 2040","2036-01-28","2036-01-28",None,None),
 ("webinar on lightweight materials","2035-10","2035-10",None,None),
 ("webinar on digital twins","2035-11","2035-11",None,None),
 ("fourth Transition Talk","2036-03-19","2036-03-19",None,None),
 ("Automotive Suppliers Days","2036-05-14","2036-05-15","Turin","Italy")],
["2036-02-12","2036-01-28","2035-10","2035-11","2036","2032","2036-03-19","2036-05-14/2036-05-15","2040"],
km_from=km)
