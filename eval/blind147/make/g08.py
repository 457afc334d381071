from h import *
F = 'g08_apenwood_final_results-pdf.txt'
assert wd(2041,8,31)=='Saturday' and wd(2038,9,1)=='Wednesday'
H = "APENWOOD – Final Results Summary                                   Grant Agreement No. 1010XXXXX"
T = H + """

APENWOOD
Mountain wood value chains for the circular bio-economy
Final Results Summary

Horizon Europe – Cluster 6: Food, Bioeconomy, Natural Resources, Agriculture and Environment
Project duration: 1 September 2038 – 31 August 2041 (36 months)
Coordinator: Agenzia per lo Sviluppo dell'Appennino Centrale (ASAC), Rieti, Italy
Version 1.0 – 15 October 2041 – Public

1. The project in brief

APENWOOD set out to show that small mountain forests, which are often fragmen-
ted among thousands of private owners, can supply a regional industry of engi-
neered timber products if owners, sawmills, designers and public buyers work
together. Over three years the consortium ran five regional living labs – in the
Rieti basin (Italy), North Karelia (Finland), the Pre-Pyrenees of Lleida (Spain),
Slovenian Istria and the Salzkammergut (Austria) – and tested digital tracing,
cooperative timber sales and public procurement of timber buildings.

The consortium brought together eight partners:
- Agenzia per lo Sviluppo dell'Appennino Centrale (ASAC), Rieti – coordinator
- Università degli Studi della Tuscia, Viterbo
- Pohjois-Karjalan Metsäklusteri ry, Joensuu
- Centre de Ciència i Tecnologia Forestal de Catalunya (CTFC), Solsona
- InnoRenew CoE, Izola
- Holzcluster Salzkammergut GmbH, Bad Ischl
- Rieti Legno S.r.l., Cittaducale
- Bundesforschungszentrum für Wald (BFW), Vienna

2. Main results

- 1,430 forest owners joined one of four new owners' associations; the average
  managed plot grew from 2.1 to 11.6 hectares.
- 38,000 m³ of local timber was traced from stump to building with the APENWOOD
  app, which is now run by Pohjois-Karjalan Metsäklusteri ry.
- Three municipalities (Rieti, Cittaducale and Solsona) tendered school buildings
  in cross-laminated timber with a local-origin criterion.
- 47 SMEs took part in the living labs; 12 launched new products.

""" + H + """
                                                                         Page 2 of 4

3. Events

The project held its kick-off meeting in Rieti on 20–21 September 2038 and five
General Assembly meetings, alternating between the partner regions. Two editions
of the Open Timber Days brought companies and the public to the forests: the first
in Joensuu on 6 June 2039, the second in Solsona on 15–16 May 2040. The final
conference, "Timber from the Mountains", took place in Rieti on 24–25 June 2041
with 190 participants; on the second day the programme included a visit to the
new timber school in Cittaducale.

In a statement at the final conference, the coordinator, Prof. Chiara Sabatini-
Colasanti, said that the project had "proved that small forests are not a weak-
ness but a distributed resource". The project officer at the Research Executive
Agency (REA), Dimitrios Karagiannis, praised the involvement of public buyers.

4. Lessons learnt

Lessons learnt
1. Forest owners join associations when the first sale brings them visible income
2. Digital tracing is accepted by sawmills only if it saves them paperwork
3. Public procurement is the fastest lever: one school building creates demand for years
4. Living labs need a paid facilitator in each region, not volunteers

5. Recommendations

Recommendations for regional and national authorities
- Include a local-origin or short-supply-chain criterion in public tenders for timber buildings
- Fund owners' associations for at least five years, not for the duration of one project
- Recognise digital timber tracing in forest certification schemes
- Support cross-regional cluster cooperation in the next Euroclusters call

""" + H + """
                                                                         Page 3 of 4

6. Team and contacts

Scientific coordinator: Prof. Chiara Sabatini-Colasanti, ASAC
Project manager: Dr. Tommaso Iacoboni, ASAC
Living lab leaders: Ville-Pekka Korhonen (Pohjois-Karjalan Metsäklusteri ry),
Núria Puig i Ferrer (CTFC), Matej Žnidaršič (InnoRenew CoE), Magdalena
Ebner-Hochleitner (Holzcluster Salzkammergut GmbH), Giacomo Angelucci (Rieti
Legno S.r.l.)

Exploitation: the APENWOOD app and the procurement guide will be maintained by
the partners until at least 2046. The owners' associations in Rieti and Solsona
continue with regional funding for 2042–2045.

Disclaimer: Funded by the European Union. Views and opinions expressed are
however those of the author(s) only and do not necessarily reflect those of the
European Union or the Research Executive Agency. Neither the European Union nor
the granting authority can be held responsible for them.

""" + H + """
                                                                         Page 4 of 4
"""
write(F, T)
A="Agenzia per lo Sviluppo dell'Appennino Centrale"
gold(F,
 [P("Chiara Sabatini-Colasanti","Scientific coordinator","ASAC"),
  P("Dimitrios Karagiannis","project officer","Research Executive Agency"),
  P("Tommaso Iacoboni","Project manager","ASAC"),
  P("Ville-Pekka Korhonen","Living lab leader","Pohjois-Karjalan Metsäklusteri ry"),
  P("Núria Puig i Ferrer","Living lab leader","CTFC"),
  P("Matej Žnidaršič","Living lab leader","InnoRenew CoE"),
  P("Magdalena Ebner-Hochleitner","Living lab leader","Holzcluster Salzkammergut GmbH"),
  P("Giacomo Angelucci","Living lab leader","Rieti Legno S.r.l.")],
 [O(A,"ASAC"), O("Università degli Studi della Tuscia"), O("Pohjois-Karjalan Metsäklusteri ry"),
  O("Centre de Ciència i Tecnologia Forestal de Catalunya","CTFC"), O("InnoRenew CoE"),
  O("Holzcluster Salzkammergut GmbH"), O("Rieti Legno S.r.l."), O("Bundesforschungszentrum für Wald","BFW"),
  O("Research Executive Agency","REA"), O("European Union")],
 [E("kick-off meeting","2038-09-20","2038-09-21","Rieti","Italy"),
  E("Open Timber Days","2039-06-06",None,"Joensuu","Finland"),
  E("Open Timber Days","2040-05-15","2040-05-16","Solsona","Spain"),
  E("Timber from the Mountains","2041-06-24","2041-06-25","Rieti","Italy"),
  E("visit to the new timber school in Cittaducale","2041-06-25",None,"Cittaducale","Italy")],
 ["2038-09-01/2041-08-31","2041-10-15","2038-09-20/2038-09-21","2039-06-06","2040-05-15/2040-05-16",
  "2041-06-24/2041-06-25","2046","2042/2045"],
 ["1,430 forest owners joined one of four new owners' associations; the average managed plot grew from 2.1 to 11.6 hectares",
  "38,000 m³ of local timber was traced from stump to building with the APENWOOD app, which is now run by Pohjois-Karjalan Metsäklusteri ry",
  "Three municipalities (Rieti, Cittaducale and Solsona) tendered school buildings in cross-laminated timber with a local-origin criterion",
  "47 SMEs took part in the living labs; 12 launched new products",
  "Forest owners join associations when the first sale brings them visible income",
  "Digital tracing is accepted by sawmills only if it saves them paperwork",
  "Public procurement is the fastest lever: one school building creates demand for years",
  "Living labs need a paid facilitator in each region, not volunteers",
  "Include a local-origin or short-supply-chain criterion in public tenders for timber buildings",
  "Fund owners' associations for at least five years, not for the duration of one project",
  "Recognise digital timber tracing in forest certification schemes",
  "Support cross-regional cluster cooperation in the next Euroclusters call"],
 pub="2041-10-15")
