from h import *
F='strait-agrifood-memorandum-news.html'
T=f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Six organisations from three countries sign memorandum on agrifood innovation around the Strait | Andalucía Agrotech Cluster</title></head>
<body>
<div class="cookies">We use our own and third-party cookies to improve our services. By continuing to browse you accept their use. <a href="/cookies">More information</a> <button>Accept</button></div>
<header><div class="logo">Andalucía Agrotech Cluster</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/members">Members</a></li><li><a href="/projects">Projects</a></li><li><a href="/news" class="active">News</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/contact">Contact</a></li><li><a href="/es">ES</a></li></ul></nav></header>
<main><article>
<p class="crumbs">Home / News / International</p>
<h1>Six organisations from three countries sign memorandum on agrifood innovation around the Strait of Gibraltar</h1>
<p class="meta">Posted on {wd(2036,6,12)} 12 June 2036 · International, Agrifood · 4 min read</p>
<p><strong>Tangier / Cádiz / Faro, 12 June 2036.</strong> Clusters, business associations and universities from Andalusia, the Algarve and the Tanger-Tétouan-Al Hoceïma region of Morocco have signed a memorandum of understanding to work together on water-efficient agriculture, food processing and the logistics of fresh produce between Africa and Europe. The memorandum was signed on {wd(2036,6,10)} 10 June 2036 in Tangier, at the end of the second Strait Agrifood Business Forum, which brought together 180 participants on 9–10 June.</p>
<p>The six signatories are:</p>
<ul>
<li><strong>Andalucía Agrotech Cluster</strong> (Spain), represented by its president, Rocío Gallardo Benítez;</li>
<li><strong>Universidad de Cádiz</strong> (Spain), represented by its vice-rector for transfer and innovation, Prof. Dr. Javier Sánchez de la Varga;</li>
<li><strong>AgroAlgarve – Associação de Agricultores e Agroindústria do Algarve</strong> (Portugal), represented by its chair, José Manuel Gago da Silva;</li>
<li><strong>Universidade do Algarve</strong> (Portugal), represented by Prof.ª Doutora Maria João Bebiano Reis, pro-rector for entrepreneurship;</li>
<li><strong>Cluster Agro-industriel du Nord (CAN)</strong> (Morocco), represented by its general manager, Youssef El Amrani;</li>
<li><strong>Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceïma (CCIS TTA)</strong> (Morocco), represented by its president, Fatima-Zahra Benkirane.</li>
</ul>
<p>The signing was witnessed by the Spanish Consul General in Tangier, Íñigo de Palacio Ortiz, and by Khalid Bennani Smires, director of the Tanger Med Zones free-trade area.</p>
<h2>What the partners have agreed</h2>
<p>Under the memorandum, which runs for five years (2036–2041), the partners will set up a joint working group on irrigation and water reuse, organise exchanges of students and young engineers, open their members' events to companies from the other two countries and prepare joint applications for EU and Moroccan funding. The Andalucía Agrotech Cluster will act as secretariat for the first two years; the chair will rotate every year, starting with CCIS TTA.</p>
<p>"Agriculture on both sides of the Strait faces the same drought and the same demand for traceable produce," said Rocío Gallardo Benítez. "Our farmers in Almería and Huelva and the growers around Larache and Ksar El Kébir are competitors in some markets, but they need the same technologies."</p>
<p>Youssef El Amrani pointed to the port of Tanger Med as the link: "Every day, hundreds of trucks with tomatoes, berries and citrus cross to Algeciras. If we can make this chain faster and cleaner, everybody wins, from the farmer to the consumer in Europe."</p>
<p>For the Algarve, José Manuel Gago da Silva stressed water: "The Algarve has lived through three dry years. We want to learn from Moroccan and Andalusian experience with desalination and drip irrigation, and to share ours with water reuse on golf courses and orchards."</p>
<h2>First activities</h2>
<p>The working group on water will meet for the first time online on {wd(2036,7,8)} 8 July 2036. A delegation of twelve Moroccan companies will visit farms and packing houses in Huelva and the Algarve from 19 to 23 October 2036, and a summer school for students of the three universities is planned in Faro in July 2037. The third Strait Agrifood Business Forum will be held in Cádiz in June 2037.</p>
<p>The memorandum builds on the cooperation started in the project "Estrecho Verde", funded by the Interreg NEXT MED programme in 2032–2035, in which the Andalucía Agrotech Cluster and the Universidade do Algarve were already partners.</p>
<p class="contact">Press contact: Elena Márquez Ruiz, communications, Andalucía Agrotech Cluster – prensa@andaluciaagrotech.es</p>
<div class="share">Share: <a>LinkedIn</a> · <a>X</a> · <a>Facebook</a> · <a>E-mail</a></div>
</article>
<aside><h3>Related news</h3><ul><li><a>Record attendance at the Almería greenhouse technology days (28 May 2036)</a></li><li><a>New members from Huelva's berry sector (3 May 2036)</a></li><li><a>Call for the cluster's innovation vouchers 2036 closes on 30 June</a></li></ul></aside>
</main>
<footer><p>Andalucía Agrotech Cluster · Asociación · Parque Científico Tecnológico Agroalimentario, 04120 Almería · <a>Legal notice</a> · <a>Privacy</a> · <a>Cookies</a></p><p>Member of the Spanish Federation of Innovative Business Clusters (REDAEI)</p></footer>
</body></html>
'''
write(F,T)
C='Andalucía Agrotech Cluster'
gold(F,[P('Rocío Gallardo Benítez','president',C),P('Javier Sánchez de la Varga','vice-rector for transfer and innovation','Universidad de Cádiz'),
 P('José Manuel Gago da Silva','chair','AgroAlgarve – Associação de Agricultores e Agroindústria do Algarve'),P('Maria João Bebiano Reis','pro-rector for entrepreneurship','Universidade do Algarve'),
 P('Youssef El Amrani','general manager','Cluster Agro-industriel du Nord'),P('Fatima-Zahra Benkirane','president',"Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceïma"),
 P('Íñigo de Palacio Ortiz','Spanish Consul General in Tangier',None),P('Khalid Bennani Smires','director','Tanger Med Zones'),P('Elena Márquez Ruiz','communications',C)],
 [O(C),O('Universidad de Cádiz'),O('AgroAlgarve – Associação de Agricultores e Agroindústria do Algarve','AgroAlgarve'),O('Universidade do Algarve'),
  O('Cluster Agro-industriel du Nord','CAN'),O("Chambre de Commerce, d'Industrie et de Services Tanger-Tétouan-Al Hoceïma",'CCIS TTA'),O('Tanger Med Zones'),
  O('Spanish Federation of Innovative Business Clusters','REDAEI')],
 [E('second Strait Agrifood Business Forum','2036-06-09','2036-06-10','Tangier','Morocco'),E('first meeting of the working group on water','2036-07-08','2036-07-08',None,None),
  E('delegation visit to farms and packing houses','2036-10-19','2036-10-23','Huelva',None),E('summer school','2037-07','2037-07','Faro','Portugal'),
  E('third Strait Agrifood Business Forum','2037-06','2037-06','Cádiz','Spain'),E('Almería greenhouse technology days',None,None,'Almería','Spain')],
 ['2036-06-12','2036-06-10','2036-06-09/2036-06-10','2036/2041','2036-07-08','2036-10-19/2036-10-23','2037-07','2037-06','2032/2035','2036-05-28','2036-05-03','2036','2036-06-30'],pub='2036-06-12')
