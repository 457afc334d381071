from h import *
F = 'hydrogen-valleys-alps-adriatic-partners.md'
T = f"""[Home](/) · [About](/about) · **Partners** · [Results](/results) · [News](/news) · [Contact](/contact)

# H2ALPADRIA – Partnership

**H2ALPADRIA – Hydrogen valleys in the Alps–Adriatic area: cluster cooperation for SME supply chains**
Interreg Central Europe · Priority 2 "Greener Central Europe" · Project duration: 1 April 2032 – 31 March 2035 · Total budget: EUR 2.96 million (ERDF co-financing 80%)

The project brings together ten partners from Austria, Slovenia, Italy, Croatia and Hungary: five cluster organisations, two regional development agencies, two research organisations and one regional authority. Together they help small and medium-sized suppliers enter the emerging hydrogen value chains around the planned hydrogen valleys in Carinthia, the Slovenian coast and Friuli Venezia Giulia.

## Lead partner

**PP1 – Green Tech Cluster Kärnten GmbH**, Klagenfurt am Wörthersee (AT)
Contact: Mag. Dr. Ursula Pirker-Wutte, project coordinator · u.pirker-wutte@gtc-kaernten.at · +43 463 38 12 740
Financial manager: Bernhard Ogris, MSc

## Project partners

| No. | Partner | Country | Contact person | Role in the project |
|---|---|---|---|---|
| PP2 | Slovenian Hydrogen Cluster – Slovenski vodikov grozd, g.i.z., Koper | SI | Dr. Matej Kranjc | Leader of WP2 "Supply chain mapping" |
| PP3 | Consorzio per l'Area di Ricerca Scientifica e Tecnologica di Trieste (AREA Science Park) | IT | Ing. Giulia Benedetti-Cossar | Leader of WP3 "Pilot actions" |
| PP4 | COMET – Cluster Metalmeccanica del Friuli Venezia Giulia S.c.a r.l., Pordenone | IT | dott. Federico Dal Bo | Pilot in the Pordenone metalworking district |
| PP5 | Regional Development Agency of the Gorenjska Region (BSC Kranj) | SI | Tina Zupan Košir | Leader of WP4 "Capacity building" |
| PP6 | Joanneum Research Forschungsgesellschaft mbH, Graz | AT | DI Dr. Christoph Haselbacher | Scientific advisor, hydrogen technologies |
| PP7 | Istrian Development Agency (IDA) d.o.o., Pula | HR | Marko Radolović | Pilot on port logistics |
| PP8 | Croatian Hydrogen Association (HRVH), Zagreb | HR | Prof. dr. sc. Ankica Kovač | Training and standards |
| PP9 | Pannon Hydrogen Cluster – Pannon Hidrogén Klaszter, Győr | HU | Dr. Németh-Varga Zsófia | Transnational matchmaking |
| PP10 | Autonomous Region of Friuli Venezia Giulia – Central Directorate for Production Activities | IT | dott.ssa Chiara Lo Presti | Policy transfer, action plan |

## Associated partners

- Carinthian Economic Chamber (Wirtschaftskammer Kärnten), Klagenfurt
- Ministry of the Economy, Tourism and Sport of the Republic of Slovenia, Ljubljana
- Port of Koper (Luka Koper d.d.)
- Hydrogen Europe, Brussels

## Project management and meetings

The Steering Committee consists of one representative per partner and is chaired by the lead partner. It met for the kick-off meeting in Klagenfurt on {wd(2032,4,27)} 27–{wd(2032,4,28)} 28 April 2032 and since then every six months. The fourth Steering Committee meeting was hosted by AREA Science Park in Trieste on {wd(2034,3,12)} 12 March 2034, followed by a study visit to the hydrogen refuelling station at the Port of Trieste on 13 March 2034.

The final conference "Hydrogen valleys: what SMEs have learnt" will take place in Koper on {wd(2035,3,18)} 18 March 2035, hosted by the Slovenian Hydrogen Cluster, with a matchmaking session for suppliers in the afternoon.

## Results so far

By May 2034 the partners had mapped 412 suppliers in the five countries, trained 96 SME staff in hydrogen safety and standards, and run three pilot actions. A joint transnational strategy for hydrogen supply chains will be adopted by the Steering Committee before the end of the project.

## Communication

Communication is coordinated by PP1. Communication manager: Anja Tschernutter, a.tschernutter@gtc-kaernten.at. For press enquiries in Italian please contact Federico Dal Bo (COMET); in Slovenian, Matej Kranjc (PP2); in Croatian, Marko Radolović (PP7); in Hungarian, Zsófia Németh-Varga (PP9).

*Last updated: {wd(2034,5,6)} 6 May 2034.*

---
Interreg Central Europe · Co-funded by the European Union · [Privacy](/privacy) · [Imprint](/imprint) · [Accessibility](/accessibility)
"""
write(F, T)
gold(F, [P('Ursula Pirker-Wutte','project coordinator','Green Tech Cluster Kärnten GmbH'), P('Bernhard Ogris','Financial manager','Green Tech Cluster Kärnten GmbH'),
 P('Matej Kranjc','Leader of WP2 "Supply chain mapping"','Slovenian Hydrogen Cluster'), P('Giulia Benedetti-Cossar','Leader of WP3 "Pilot actions"','AREA Science Park'),
 P('Federico Dal Bo','Pilot in the Pordenone metalworking district','COMET'), P('Tina Zupan Košir','Leader of WP4 "Capacity building"','Regional Development Agency of the Gorenjska Region'),
 P('Christoph Haselbacher','Scientific advisor, hydrogen technologies','Joanneum Research Forschungsgesellschaft mbH'), P('Marko Radolović','Pilot on port logistics','Istrian Development Agency'),
 P('Ankica Kovač','Training and standards','Croatian Hydrogen Association'), P('Németh-Varga Zsófia','Transnational matchmaking','Pannon Hydrogen Cluster'),
 P('Chiara Lo Presti','Policy transfer, action plan','Autonomous Region of Friuli Venezia Giulia'), P('Anja Tschernutter','Communication manager','Green Tech Cluster Kärnten GmbH')],
 [O('Green Tech Cluster Kärnten GmbH'), O('Slovenian Hydrogen Cluster'), O("Consorzio per l'Area di Ricerca Scientifica e Tecnologica di Trieste",'AREA Science Park'), O('COMET – Cluster Metalmeccanica del Friuli Venezia Giulia S.c.a r.l.','COMET'),
  O('Regional Development Agency of the Gorenjska Region','BSC Kranj'), O('Joanneum Research Forschungsgesellschaft mbH'), O('Istrian Development Agency','IDA'),
  O('Croatian Hydrogen Association','HRVH'), O('Pannon Hydrogen Cluster'), O('Autonomous Region of Friuli Venezia Giulia'), O('Central Directorate for Production Activities'),
  O('Carinthian Economic Chamber'), O('Ministry of the Economy, Tourism and Sport of the Republic of Slovenia'), O('Port of Koper'), O('Hydrogen Europe'), O('Port of Trieste'), O('European Union')],
 [E('kick-off meeting','2032-04-27','2032-04-28','Klagenfurt','Austria'), E('fourth Steering Committee meeting','2034-03-12','2034-03-12','Trieste','Italy'),
  E('study visit','2034-03-13','2034-03-13','Trieste','Italy'), E('final conference "Hydrogen valleys: what SMEs have learnt"','2035-03-18','2035-03-18','Koper','Slovenia'),
  E('matchmaking session','2035-03-18','2035-03-18','Koper','Slovenia')],
 ['2032-04-01/2035-03-31','2032-04-27/2032-04-28','2034-03-12','2034-03-13','2035-03-18','2034-05-06','2034-05'], pub=None)
