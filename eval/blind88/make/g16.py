import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g16.html'
cl = [
 ('Algarve Blue Economy Cluster', 'ABEC', 'Associação Algarve Mar Azul', 'Faro'),
 ('Tourism Innovation Cluster Algarve', 'TICA', 'NERA – Associação Empresarial da Região do Algarve', 'Loulé'),
 ('Mediterranean Agrifood Cluster of the South', None, 'Associação Interprofissional Agro-Sul', 'Tavira'),
 ('Algarve Health and Wellbeing Cluster', None, 'Algarve Biomedical Center (ABC)', 'Faro'),
 ('South Renewable Energy Cluster', 'SREC', 'Energia Sul – Associação de Empresas de Energia', 'Portimão'),
]
rows = ''.join(f"<tr><td>{n}{' ('+a+')' if a else ''}</td><td>{m}</td><td>{c}</td></tr>\n" for n, a, m, c in cl)
d = day(2041, 2, 14); d2 = day(2041, 3, 6)
t = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Press release – Five Algarve clusters recognised | Ministry of Economy and Sea</title></head>
<body>
<div class="gov-banner">Official website of the Portuguese Government · <a href="#">PT</a> | EN</div>
<div class="cookies">This site uses cookies for statistical purposes. <a href="#">Accept</a> · <a href="#">Refuse</a></div>
<nav>Government › Ministry of Economy and Sea › Communication › Press releases</nav>
<main>
<article>
<p class="date">{d}, 14 February 2041 · Faro</p>
<h1>Five Algarve clusters receive national recognition as Clusters of Competitiveness</h1>
<p class="lead">The Ministry of Economy and Sea today recognised five cluster organisations of the Algarve under the national cluster recognition scheme for the period 2041–2047. The recognition was handed over in Faro by the Minister of Economy and Sea, Rita Carvalhal Monteiro, in the presence of the President of the Algarve Regional Coordination and Development Commission (CCDR Algarve), José Apolinário Neto, and the Mayor of Faro, Joana Seromenho.</p>
<p>The five clusters were selected by an independent evaluation panel from eleven applications submitted in the southern region. Together they represent more than 640 companies, six higher education and research institutions and eleven municipalities. Each recognised cluster will receive a multiannual grant for its management team and will be eligible for the collective efficiency strategies of the regional programme.</p>
<table>
<caption>Clusters recognised in the Algarve (2041–2047)</caption>
<tr><th>Cluster</th><th>Managing entity</th><th>Seat</th></tr>
{rows}</table>
<p>"The Algarve is much more than sun and beaches. These clusters show a region that builds boats, grows fruit for half of Europe, trains nurses and produces clean energy. The recognition is a contract: we give stability, they give results," said Minister Rita Carvalhal Monteiro.</p>
<p>The Secretary of State for Regional Development, Miguel Rosado Ferreira, recalled that the recognition scheme was revised in 2040 to reward cooperation between clusters and the participation of small firms. "We evaluated not only what each cluster promises, but how many of its members are actually involved in its projects," he said.</p>
<p>On behalf of the recognised clusters, the President of the Algarve Blue Economy Cluster, Vasco Pacheco (Chief Executive Officer of Estaleiros Navais de Portimão, S.A.), thanked the evaluation panel and announced that the five clusters had signed a cooperation agreement the same morning. Its first joint action will be a recruitment fair for engineers and technicians at the University of the Algarve (UAlg) on {d2} 6 March 2041.</p>
<h2>What the recognition brings</h2>
<p>Recognised clusters receive a grant covering up to 70% of the costs of a management team of at least three full-time staff for the first three years, decreasing to 50% in the following three years. They gain privileged access to the collective efficiency calls of the regional programme, may act as intermediaries for innovation vouchers and are represented in the national Council of Clusters, which advises the Government on industrial policy twice a year. In exchange, each cluster must publish an annual activity report, keep at least 60% of its members as companies, and report on a common set of indicators on cooperation projects, exports, training and new members. The Ministry will publish the first comparative report of all recognised clusters in 2042.</p>
<p>For the Algarve, the recognition means that, for the first time, every main sector of the regional smart specialisation strategy has a recognised cluster behind it.</p>
<h2>The evaluation panel</h2>
<p>The panel was chaired by Prof. Helena Vasconcelos Sá (University of Porto) and included Dr. Carlos Jordão (Portuguese Agency for Competitiveness and Innovation, IAPMEI), Maria Eduarda Lino (Portuguese Agency for Investment and Foreign Trade, AICEP), Dr. Anders Holmqvist (European Cluster Collaboration Platform expert) and Dr. Rocío Serrano Prieto (Andalusian Knowledge Agency). The panel met in Lisbon from 18 to 22 November 2040 and interviewed all eleven applicants.</p>
<h2>Ceremony programme</h2>
<ul>
<li>10:00 Signing of the cooperation agreement between the five clusters</li>
<li>11:00 Welcome by Joana Seromenho, Mayor of Faro</li>
<li>11:15 Presentation of the recognised clusters</li>
<li>11:45 Handover of the recognition certificates – Minister Rita Carvalhal Monteiro</li>
<li>12:30 Visit to the Ria Formosa aquaculture research station of the Centre of Marine Sciences (CCMAR)</li>
</ul>
<h2>Next steps</h2>
<p>The cluster management entities must sign their grant agreements with CCDR Algarve by 31 March 2041. A first monitoring meeting between the Ministry and the recognised clusters of all regions is scheduled for {day(2041,6,17)} 17 June 2041 in Lisbon. The call for the recognition of clusters in the Centre and Alentejo regions will open in the second half of 2041.</p>
<h2>Notes to editors</h2>
<p>The national cluster recognition scheme was created in 2017 and revised in 2023, 2031 and 2040. It currently recognises 24 clusters of competitiveness across mainland Portugal, the Azores and Madeira. Recognition is valid for six years and may be renewed after an evaluation.</p>
<p>Photographs of the ceremony will be available from 15:00 in the press area. Photo credits: Ministry of Economy and Sea / Rui Gaudêncio.</p>
<p class="contact">Press contacts: Office of the Minister of Economy and Sea – Inês Vilhena, Press Adviser, imprensa@mes.gov.pt, +351 213 555 100; CCDR Algarve – Communication Office, comunicacao@ccdr-alg.pt</p>
</article>
</main>
<div class="share">Share: Facebook · X · LinkedIn · E-mail · Print</div>
<footer>Ministry of Economy and Sea · Rua da Prata 8, 1149-057 Lisboa · Accessibility · Privacy policy · Terms of use · © Government of Portugal 2041</footer>
</body></html>
"""
write(F, t)
M = 'Ministry of Economy and Sea'
people = [P('Rita Carvalhal Monteiro', 'Minister of Economy and Sea', M),
 P('José Apolinário Neto', 'President', 'Algarve Regional Coordination and Development Commission'),
 P('Joana Seromenho', 'Mayor of Faro', None), P('Miguel Rosado Ferreira', 'Secretary of State for Regional Development', None),
 P('Vasco Pacheco', 'President', 'Algarve Blue Economy Cluster'), P('Helena Vasconcelos Sá', 'chair', 'University of Porto'),
 P('Carlos Jordão', None, 'Portuguese Agency for Competitiveness and Innovation'),
 P('Maria Eduarda Lino', None, 'Portuguese Agency for Investment and Foreign Trade'),
 P('Anders Holmqvist', 'European Cluster Collaboration Platform expert', None), P('Rocío Serrano Prieto', None, 'Andalusian Knowledge Agency'),
 P('Rui Gaudêncio', None, None), P('Inês Vilhena', 'Press Adviser', 'Office of the Minister of Economy and Sea')]
orgs = [O(M), O('Algarve Regional Coordination and Development Commission', 'CCDR Algarve')] + [O(n, a) for n, a, _, _ in cl] + \
 [O(m) for _, _, m, _ in cl if m != 'Algarve Biomedical Center (ABC)'] + [O('Algarve Biomedical Center', 'ABC'),
 O('Estaleiros Navais de Portimão, S.A.'), O('University of the Algarve', 'UAlg'), O('University of Porto'),
 O('Portuguese Agency for Competitiveness and Innovation', 'IAPMEI'), O('Portuguese Agency for Investment and Foreign Trade', 'AICEP'),
 O('European Cluster Collaboration Platform'), O('Andalusian Knowledge Agency'), O('Centre of Marine Sciences', 'CCMAR'),
 O('Office of the Minister of Economy and Sea'), O('Government of Portugal'), O('Council of Clusters')]
events = [E('recruitment fair for engineers and technicians', '2041-03-06', None, None, 'Portugal'),
 E('evaluation panel meeting', '2040-11-18', '2040-11-22', 'Lisbon', 'Portugal'),
 E('Signing of the cooperation agreement between the five clusters', '2041-02-14', None, 'Faro', 'Portugal'),
 E('Handover of the recognition certificates', '2041-02-14', None, 'Faro', 'Portugal'),
 E('Visit to the Ria Formosa aquaculture research station', '2041-02-14', None, 'Faro', 'Portugal'),
 E('ceremony', '2041-02-14', None, 'Faro', 'Portugal'),
 E('monitoring meeting', '2041-06-17', None, 'Lisbon', 'Portugal')]
dates = ['2041-02-14', '2041/2047', '2040', '2041-03-06', '2040-11-18/2040-11-22', '2041-03-31', '2041-06-17', '2041', '2017', '2023', '2031', '2042']
gold(F, people, orgs, events, dates, [], pub='2041-02-14')
