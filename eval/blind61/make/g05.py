from common import *
F = 'b61_05_peer_review_molise.txt'
t = """Interregional peer review — Molise Region
Agrifood cluster policy and the "Molise Food Valley" initiative
Campobasso, 6–7 May 2031

Peer review report (final version, 2 June 2031)

Host: Regione Molise, Direzione Generale per lo Sviluppo Economico
Peer review organised by: Interreg Europe Policy Learning Platform

Peers:
- Prof. Dr. Andreas KOLLMANN, Steirische Wirtschaftsförderungsgesellschaft (SFG), Styria, Austria
- Dr. Saoirse Ní Bhriain, Western Development Commission, Ireland
- Pau Ferrer i Pons, Agència per la Competitivitat de l'Empresa (ACCIÓ), Catalonia, Spain
- Dr. Małgorzata Wiśniewska-Kurek, Lubelskie Voivodeship Marshal's Office, Poland
Platform experts: Arvid Lindqvist and Dr. Chiara De Santis (thematic experts, Policy Learning Platform)

1. Context

Molise is the second smallest Italian region by population, with about 290,000 inhabitants in 2030 and an economy in which agriculture and food processing weigh twice as much as in the Italian average. The regional administration launched the Molise Food Valley initiative in 2027 to bring together pasta makers, dairy firms, olive-oil mills and truffle producers, together with the Università degli Studi del Molise and the regional agency Sviluppo Italia Molise S.p.A. In early 2031 the region asked the Policy Learning Platform for a peer review to help it decide whether to turn the initiative into a formally recognised cluster with its own legal entity.

The host team was led by Dott.ssa Giuseppina Di Iorio, Director General for Economic Development, with Marco Santangelo, head of the innovation office. Over two days the peers met 31 stakeholders, including Nicola Petrecca, president of the cooperative Latterie Molisane, and Francesca Iacovone of the pasta maker Pastificio La Molisana S.p.A., and visited a truffle processing plant in San Pietro Avellana.

2. Policy challenge

The region put two questions to the peers: How should Molise Food Valley be governed and financed after 2032, when the current support ends? How can it attract young entrepreneurs and researchers to a region that lost 8% of its population between 2011 and 2030?

3. Observations

The peers were impressed by the commitment of the firms and by the good personal relations between the university and industry. At the same time they noted that the initiative depends heavily on two people in the regional administration, that the member companies pay no fee, and that no one has been tasked with international work. Several stakeholders described the initiative as "a good project rather than an organisation". The peers also noticed that the Molise Food Valley website had not been updated since November 2030.

4. Conclusions and recommendations of the peers

In their closing session on 7 May 2031 the peers agreed on the following. (1) Molise Food Valley should become an association with member fees from 2033, even if the fees are symbolic at first, because paying members are engaged members. (2) The regional administration should step back from day-to-day management and appoint a full-time cluster manager recruited through an open call. (3) The cluster should join at least one European Strategic Cluster Partnership within two years, starting with the partnership on food and agriculture that the Catalan and Styrian peers already know. (4) A "return to Molise" fellowship for young researchers should be co-funded with the university and the large pasta makers. (5) The region should measure results through a small set of indicators — members, joint projects, exports and new hires — and publish them yearly.

Mr Ferrer i Pons offered to host a study visit of the Molise team at ACCIÓ in Barcelona in the autumn, and Prof. KOLLMANN invited the host team to the Styrian cluster conference in Graz on 24 September 2031.

5. Follow-up

The Regione Molise will report on the implementation of the recommendations in its next progress report to Interreg Europe, due on 31 December 2031.

Contact: Policy Learning Platform, Lille, France
"""
KM = [
 "Molise Food Valley should become an association with member fees from 2033, even if the fees are symbolic at first, because paying members are engaged members",
 "The regional administration should step back from day-to-day management and appoint a full-time cluster manager recruited through an open call",
 "The cluster should join at least one European Strategic Cluster Partnership within two years, starting with the partnership on food and agriculture that the Catalan and Styrian peers already know",
 "A \"return to Molise\" fellowship for young researchers should be co-funded with the university and the large pasta makers",
 "The region should measure results through a small set of indicators — members, joint projects, exports and new hires — and publish them yearly"]
write_text(F, t)
gold(F, [
 P("Andreas KOLLMANN", "peer", "Steirische Wirtschaftsförderungsgesellschaft"),
 P("Saoirse Ní Bhriain", "peer", "Western Development Commission"),
 P("Pau Ferrer i Pons", "peer", "Agència per la Competitivitat de l'Empresa"),
 P("Małgorzata Wiśniewska-Kurek", "peer", "Lubelskie Voivodeship Marshal's Office"),
 P("Arvid Lindqvist", "thematic expert", "Policy Learning Platform"),
 P("Chiara De Santis", "thematic expert", "Policy Learning Platform"),
 P("Giuseppina Di Iorio", "Director General for Economic Development", "Regione Molise"),
 P("Marco Santangelo", "head of the innovation office", "Regione Molise"),
 P("Nicola Petrecca", "president", "Latterie Molisane"),
 P("Francesca Iacovone", None, "Pastificio La Molisana S.p.A."),
],[
 O("Regione Molise"), O("Direzione Generale per lo Sviluppo Economico"), O("Interreg Europe Policy Learning Platform"),
 O("Steirische Wirtschaftsförderungsgesellschaft", "SFG"), O("Western Development Commission"),
 O("Agència per la Competitivitat de l'Empresa", "ACCIÓ"), O("Lubelskie Voivodeship Marshal's Office"),
 O("Molise Food Valley"), O("Università degli Studi del Molise"), O("Sviluppo Italia Molise S.p.A."),
 O("Latterie Molisane"), O("Pastificio La Molisana S.p.A."),
],[
 E("Interregional peer review — Molise Region", "2031-05-06", "2031-05-07", "Campobasso", "Italy"),
 E("study visit of the Molise team at ACCIÓ", None, None, "Barcelona", "Spain"),
 E("Styrian cluster conference", "2031-09-24", None, "Graz", "Austria"),
],["2031-05-06/2031-05-07","2031-06-02","2030","2027","2031","2032","2011/2030","2030-11","2031-05-07","2033","2031-09-24","2031-12-31"],
 KM, pub="2031-06-02")
