from mk import *
doc = 'panel-writeup-circular-furniture-pordenone-2033.md'
t = """News · Events · 24 October 2033

# "Take-back is a logistics problem before it is a design problem": panel on circular furniture in Pordenone

*By Chiara Zanin · 5 min read*

More than 180 people filled the Sala Convegni of Pordenone Fiere on 20 October 2033 for the panel "Second life for
the sofa: who pays for circular furniture?", organised by the Friuli Furniture District (Distretto del Mobile Friulano,
DMF) on the first day of its Living Wood Days. The moderator, journalist Paola Bortolin of the trade weekly Arredo
Oggi, asked four guests how the district's 420 manufacturers can meet the new EU rules on furniture waste without
losing their margins.

Design is not the bottleneck, argued the first speaker. "We already know how to design a chair that can be taken
apart with two screws. What we do not know is how to get it back from a flat in Lyon after twelve years," said
Stefano Dal Bo, head of sustainability at Sedie Dal Bo S.p.A. His company collected 3,100 chairs from hotel
customers last year, mostly because a single hotel chain asked for it.

Annika Vogt disagreed in part. "Take-back only works if the product was designed for it from the start, and most of
what is in European homes today was not," said Vogt, project manager at the Lippe furniture cluster
Möbelkreis Lippe e.V., which has run a regional take-back pilot with 14 retailers since 2031.

For the district, the question is scale. "No single company in Friuli can run a reverse logistics network for the
whole of Europe. Forty companies together might," said Marco Tomasin, president of DMF and owner of Tomasin
Cucine S.r.l. He announced that the district will propose a shared take-back service to its members at the general
assembly in March 2034.

Public money will be needed at first, said Dr. Irena Kos, senior expert at the European Environment Agency, speaking
online from Copenhagen. "The extended producer responsibility schemes now being set up in several Member States are
an opportunity. Clusters should sit at the table when the fees are designed, not read about them afterwards."

The last word went to the youngest guest. Luca Furlanetto, co-founder of the Udine start-up Rimobilia, which
refurbishes office furniture, said that buyers are ahead of producers: "Our public-sector clients now ask for
refurbished desks in their tenders. The demand is there."

## Key takeaways

- Reverse logistics, not product design, is the main barrier to furniture take-back at scale.
- Shared services run by clusters can give small manufacturers access to take-back networks they could not build alone.
- Clusters should take part in the design of national extended producer responsibility schemes.
- Public procurement is already creating demand for refurbished furniture.

The Living Wood Days continued on 21 and 22 October with B2B meetings and factory visits in Brugnera and Prata di
Pordenone. The next edition is planned for October 2034.

*Photo: DMF / Enrico Modolo*

Share: Facebook · LinkedIn · E-mail
"""
write_text(doc, t)
people=[P('Chiara Zanin',None,None),
 P('Paola Bortolin','journalist','Arredo Oggi'),
 P('Stefano Dal Bo','head of sustainability','Sedie Dal Bo S.p.A.'),
 P('Annika Vogt','project manager','Möbelkreis Lippe e.V.'),
 P('Marco Tomasin','president','DMF'),
 P('Irena Kos','senior expert','European Environment Agency'),
 P('Luca Furlanetto','co-founder','Rimobilia'),
 P('Enrico Modolo',None,'DMF')]
orgs=[O('Pordenone Fiere'),O('Friuli Furniture District','DMF'),O('Arredo Oggi'),O('Sedie Dal Bo S.p.A.'),O('Möbelkreis Lippe e.V.'),
 O('Tomasin Cucine S.r.l.'),O('European Environment Agency'),O('Rimobilia')]
events=[E('Second life for the sofa: who pays for circular furniture?','2033-10-20',None,'Pordenone','Italy'),
 E('Living Wood Days','2033-10-20','2033-10-22','Pordenone','Italy'),
 E('General assembly of DMF','2034-03',None,None,None),
 E('Living Wood Days (next edition)','2034-10',None,None,None)]
dates=['2033-10-24','2033-10-20','2031','2034-03','2033-10-21/2033-10-22','2034-10']
km=['Reverse logistics, not product design, is the main barrier to furniture take-back at scale',
 'Shared services run by clusters can give small manufacturers access to take-back networks they could not build alone',
 'Clusters should take part in the design of national extended producer responsibility schemes',
 'Public procurement is already creating demand for refurbished furniture']
gold(doc,'2033-10-24',people,orgs,events,dates,km)
