from h import *
doc = 'industrial-chair-COMPOSAERO_appointment_Bordeaux.md'
text = '''[Université de Bordeaux](/) › [Research](/research) › [News](/research/news)

# Industrial chair COMPOSAERO: Prof. Nadège Ardouin-Larrieu appointed chairholder

*Published on 12 September 2032 · Research & Innovation · 4 min read*

The Université de Bordeaux, the aerospace cluster Aquitaine Aéro Composites (AAC) and three industrial partners have launched the
industrial chair COMPOSAERO, dedicated to the recycling and repair of thermoplastic composite structures for aircraft. The chair
agreement was signed on 5 September 2032 at the Talence campus for a period of five years (2032–2037), with a total budget of
EUR 3.2 million.

## The chairholder

**Prof. Nadège Ardouin-Larrieu**, 46, has been appointed holder of the chair. She is a professor of mechanical engineering at the
Institut de Mécanique et d'Ingénierie (I2M), a joint research unit of the Université de Bordeaux, CNRS and Arts et Métiers. After
a PhD in Toulouse and a post-doctoral stay at the Technical University of Munich (2013–2015), she worked for six years as a
research engineer at Guyenne Aérostructures SAS in Mérignac before returning to academia in 2021.

"Thermoplastics can be melted and reshaped. That is a promise for recycling, but only if we can prove to the certification
authorities that a repaired part is as safe as a new one," she explains. The chair will fund four PhD students and two
post-doctoral researchers and create a master's module on composite repair from the 2033–2034 academic year.

## Partners

The chair is funded by:
- **Guyenne Aérostructures SAS** (Mérignac), represented by **Olivier Castaing-Dubourg**, Chief Technology Officer;
- **Landes Thermoplastiques SA** (Mont-de-Marsan), represented by **Isabelle Pécastaing**, R&D Director;
- **ReCarbo Atlantique SAS** (La Rochelle), represented by its founder and CEO **Kévin Le Guennec**;
- with the support of the Région Nouvelle-Aquitaine, which contributes EUR 800,000.

## Steering committee

The chair's steering committee will meet twice a year to approve the research programme and monitor results. It is composed of:

- Olivier Castaing-Dubourg (Guyenne Aérostructures SAS), chair of the steering committee
- Isabelle Pécastaing (Landes Thermoplastiques SA)
- Kévin Le Guennec (ReCarbo Atlantique SAS)
- Prof. Jean-Rémi Lafourcade, Vice-President for Innovation and Partnerships, Université de Bordeaux
- Dr. Mathilde Esquerré, Director of I2M
- Céline Darrigrand, cluster manager, Aquitaine Aéro Composites
- Pierre-Yves Bonnecaze, Head of the Research and Innovation Department, Région Nouvelle-Aquitaine (observer)

Nadège Ardouin-Larrieu attends as chairholder; **Élodie Maisonnave**, from the university's partnerships office, acts as secretary.

The first meeting of the steering committee is scheduled for 17 October 2032 at the I2M premises in Talence. A public launch
event, the "COMPOSAERO Day", will take place on 30 November 2032 during the Aquitaine Aéro Composites annual convention in
Bordeaux, with a round table on certification of repaired parts.

## Doctoral positions

The four PhD positions will be advertised in January 2033, with a selection committee chaired by Prof. Ardouin-Larrieu and
including Dr. Fabrice Lasserre-Gorin, head of materials at Guyenne Aérostructures SAS. Two co-supervised theses will be
carried out with the Polytechnique Montréal under an agreement signed in 2031, and one with the
Fraunhofer Institute for Chemical Technology (ICT) in Pfinztal.

## A network of chairs

COMPOSAERO is the ninth industrial chair of the Université de Bordeaux and the second in aeronautics after the chair AEROSENS
(2027–2032), held by Prof. Thibault Saint-Martin, which closes at the end of 2032. The university aims to reach fifteen industrial
chairs by 2036.

Contact: chaires-industrielles@u-bordeaux.example
'''
UB='Université de Bordeaux'
people = [P('Nadège Ardouin-Larrieu','chairholder','Université de Bordeaux'),
 P('Olivier Castaing-Dubourg','Chief Technology Officer','Guyenne Aérostructures SAS'),
 P('Isabelle Pécastaing','R&D Director','Landes Thermoplastiques SA'),
 P('Kévin Le Guennec','founder and CEO','ReCarbo Atlantique SAS'),
 P('Jean-Rémi Lafourcade','Vice-President for Innovation and Partnerships',UB),
 P('Mathilde Esquerré','Director','I2M'),
 P('Céline Darrigrand','cluster manager','Aquitaine Aéro Composites'),
 P('Pierre-Yves Bonnecaze','Head of the Research and Innovation Department','Région Nouvelle-Aquitaine'),
 P('Élodie Maisonnave','secretary',UB),
 P('Thibault Saint-Martin',None,UB),
 P('Fabrice Lasserre-Gorin','head of materials','Guyenne Aérostructures SAS')]
orgs = [O(UB), O('Aquitaine Aéro Composites','AAC'), O("Institut de Mécanique et d'Ingénierie",'I2M'), O('CNRS'), O('Arts et Métiers'),
 O('Technical University of Munich'), O('Guyenne Aérostructures SAS'), O('Landes Thermoplastiques SA'), O('ReCarbo Atlantique SAS'),
 O('Région Nouvelle-Aquitaine'), O('Research and Innovation Department'), O('Polytechnique Montréal'),
 O('Fraunhofer Institute for Chemical Technology','ICT')]
events = [E('first meeting of the steering committee','2032-10-17','2032-10-17','Talence','France'),
 E('COMPOSAERO Day','2032-11-30','2032-11-30','Bordeaux','France'),
 E('Aquitaine Aéro Composites annual convention','2032-11-30','2032-11-30','Bordeaux','France')]
dates = ['2032-09-12','2032-09-05','2032/2037','2013/2015','2021','2033/2034','2032-10-17','2032-11-30','2027/2032','2032','2036','2033-01','2031']
save(doc, text, '2032-09-12', people, orgs, events, dates, [])
