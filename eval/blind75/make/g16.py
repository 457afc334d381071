from h import *
F = 'linkedin-post-olive-oil-mission-brazil-2035.txt'
T = """Carolina Morais Teixeira • 1st
Cluster Manager at Trás-os-Montes Olive Oil Cluster | Agrifood internationalisation | Mirandela, Portugal
3d • Edited • 🌐

🇵🇹✈️🇧🇷 We're going to Brazil!

I'm very happy to announce that the Trás-os-Montes Olive Oil Cluster will lead a business mission to São Paulo and Belo Horizonte from Monday 19 to Friday 23 March 2035 – our first mission outside Europe since the cluster was founded in 2029.

Brazil is already the largest export market for Portuguese olive oil, but most of what reaches the shelves comes from big brands. Our goal is different: we want to show buyers that the small mills and cooperatives of the Terra Quente and the Douro Superior can deliver PDO oils with a story, in volumes that make sense for specialised importers and restaurant groups.

Twelve companies have confirmed so far, among them Azeites Vale do Tua, Cooperativa de Olivicultores de Murça and Quinta do Romeu. 🙌

What's on the agenda:
📍 Mon 19 March – arrival in São Paulo; welcome reception at the Consulate General of Portugal in São Paulo, with Consul General Dr. Fernando Lobo-Xavier
📍 Tue 20 March – B2B meetings with importers and distributors, organised with AICEP Portugal Global (São Paulo office) and the Enterprise Europe Network in Brazil
📍 Wed 21 March – visit to the Expo Azeite Brasil trade fair and a tasting masterclass for chefs led by sommelier Mariana Tavares Albuquerque
📍 Thu 22 March – Belo Horizonte: round table at the Federation of Industries of the State of Minas Gerais (FIEMG) on Portugal–Brazil agrifood cooperation
📍 Fri 23 March – visit to the Mercado Central and meetings with retail chains, return flight in the evening

A big thank you to our partners: AICEP Portugal Global, the Polytechnic Institute of Bragança (IPB), the Municipality of Mirandela and the Portuguese-Brazilian Chamber of Commerce (Câmara Portuguesa de Comércio no Brasil). Special thanks to Ricardo Faria Nunes at AICEP São Paulo, who has been patiently answering our questions since November 😅

The mission is part of the project OLIVE-SHIFT, co-funded by the Interreg Sudoe Programme.

There are still three places left for companies from the region! The deadline to join is 9 February 2035. Send me a message or write to missoes@olivetmcluster.pt.

And if you're in São Paulo or BH in March and work with olive oil, gourmet food or restaurants – let's meet! ☕

#oliveoil #azeite #TrasOsMontes #Brazil #exports #clusters #agrifood #internationalisation #OliveClustersEurope

👍❤️👏 148 reactions · 23 comments · 11 reposts

Comments

Elena Martínez de la Fuente • Secretary-General at Olive Clusters Europe
Fantastic news, Carolina! This is exactly what we discussed at the summit in Mirandela in November. Please share your lessons learnt at our members' webinar on 26 April – I'll send you the invitation.
  Like · Reply · 2d

Ricardo Faria Nunes • Trade Commissioner, AICEP Portugal Global – São Paulo
We're looking forward to receiving you! The list of importers is almost ready; so far 27 have confirmed meetings. 🇧🇷
  Like · Reply · 2d

Prof. Dr. Teresa Pinto-Correia • President, Trás-os-Montes Olive Oil Cluster
Proud of the team. A special word for the producers who trust the cluster with this step – boa viagem a todos!
  Like · Reply · 3d

João Pedro Vilar • Export Manager at Quinta do Romeu
Our bags are (almost) packed 😄 See you in Guarulhos!
  Like · Reply · 3d

Ana Beatriz Rocha Lima • Buyer at Empório Paulista Gourmet Ltda.
Olá Carolina! We would be very interested in meeting your producers on 20 March. Sent you a DM.
  Like · Reply · 1d

Luís Miguel Carrapatoso • Head of Internationalisation at NERBA – Associação Empresarial do Distrito de Bragança
Great initiative. Will you also consider a mission to Angola next year? Several of our members have asked about it.
  Like · Reply · 1d
    Carolina Morais Teixeira • Author
    Thanks, Luís! Let's talk after Brazil – first we need to see how this one goes 😉
    Like · Reply · 1d

See more comments
"""
write(F, T)
gold(F, [P('Carolina Morais Teixeira','Cluster Manager','Trás-os-Montes Olive Oil Cluster'),
 P('Fernando Lobo-Xavier','Consul General','Consulate General of Portugal in São Paulo'),
 P('Mariana Tavares Albuquerque','sommelier',None),
 P('Ricardo Faria Nunes','Trade Commissioner','AICEP Portugal Global'),
 P('Elena Martínez de la Fuente','Secretary-General','Olive Clusters Europe'),
 P('Teresa Pinto-Correia','President','Trás-os-Montes Olive Oil Cluster'),
 P('João Pedro Vilar','Export Manager','Quinta do Romeu'),
 P('Ana Beatriz Rocha Lima','Buyer','Empório Paulista Gourmet Ltda.'),
 P('Luís Miguel Carrapatoso','Head of Internationalisation','NERBA – Associação Empresarial do Distrito de Bragança')],
 [O('Trás-os-Montes Olive Oil Cluster'), O('Azeites Vale do Tua'), O('Cooperativa de Olivicultores de Murça'), O('Quinta do Romeu'),
  O('Consulate General of Portugal in São Paulo'), O('AICEP Portugal Global'), O('Enterprise Europe Network'),
  O('Federation of Industries of the State of Minas Gerais','FIEMG'), O('Polytechnic Institute of Bragança','IPB'),
  O('Municipality of Mirandela'), O('Portuguese-Brazilian Chamber of Commerce','Câmara Portuguesa de Comércio no Brasil'),
  O('Olive Clusters Europe'), O('Empório Paulista Gourmet Ltda.'), O('NERBA – Associação Empresarial do Distrito de Bragança','NERBA')],
 [E('business mission to São Paulo and Belo Horizonte','2035-03-19','2035-03-23',None,'Brazil'),
  E('welcome reception at the Consulate General of Portugal in São Paulo','2035-03-19','2035-03-19','São Paulo','Brazil'),
  E('B2B meetings with importers and distributors','2035-03-20','2035-03-20','São Paulo','Brazil'),
  E('Expo Azeite Brasil','2035-03-21','2035-03-21','São Paulo','Brazil'),
  E('tasting masterclass for chefs','2035-03-21','2035-03-21','São Paulo','Brazil'),
  E('round table at the Federation of Industries of the State of Minas Gerais (FIEMG)','2035-03-22','2035-03-22','Belo Horizonte','Brazil'),
  E('visit to the Mercado Central and meetings with retail chains','2035-03-23','2035-03-23','Belo Horizonte','Brazil'),
  E('summit in Mirandela','2034-11','2034-11','Mirandela','Portugal'),
  E("members' webinar",'2035-04-26','2035-04-26',None,None)],
 ['2035-03-19/2035-03-23','2029','2035-03-19','2035-03-20','2035-03-21','2035-03-22','2035-03-23','2034-11','2035-02-09','2035-04-26'], [])
