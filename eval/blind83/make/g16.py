from h import *
F = 'g16_korca_delegation_fruit_logistica_report.txt'
for y,m,d,w in [(2041,2,6,'Wednesday'),(2041,2,8,'Friday'),(2041,2,5,'Tuesday'),(2041,2,7,'Thursday'),(2041,2,20,'Wednesday'),(2041,3,14,'Thursday')]:
    assert wd(y,m,d)==w,(y,m,d)
T = """KORÇA FRUIT & NUT CLUSTER
Klasteri i Frutave dhe Arrave Korçë

DELEGATION REPORT
Fruit Logistica, Berlin, 6–8 February 2041

Submitted to the Steering Committee on 20 February 2041
Prepared by: Elona Duka, Export Coordinator
Distribution: members, partners, Ministry of Agriculture and Rural Development (Tirana)

------------------------------------------------------------------------

1. PURPOSE

For the second year running, the Korça Fruit & Nut Cluster (KFNC) led a delegation of Albanian apple, plum and walnut producers to Fruit Logistica in Berlin, the world's leading trade fair for fresh produce. The aim was to meet importers and retail buyers from Germany, Scandinavia and the Gulf, to present the new regional apple brand "Mollë Korçe", and to learn about packaging and cold chain solutions. The delegation was supported by the Albanian Investment Development Agency (AIDA), which financed half of the stand, and by the German Agency for International Cooperation (GIZ) through its regional agribusiness programme.

2. DELEGATION

The delegation consisted of fourteen people from nine member companies and three institutions:

- Arben Qirjako, Chairman of the cluster and owner of Qirjako Fruits sh.p.k., Korçë
- Elona Duka, Export Coordinator, KFNC
- Mirela Gjika, Managing Director, Devolli Cold Storage sh.p.k., Bilisht
- Ilir Bardhi, Sales Manager, Prespa Agro sh.p.k., Pustec
- Dorina Shehu, Quality Manager, Pojani Walnuts sh.p.k.
- Gentian Mema, founder, Moravë Organic
- Prof. Dr. Blerina Lako, Agricultural University of Tirana (AUT), Faculty of Agriculture and Environment
- Kristaq Dhima, Head of the Korça office of AIDA
- six further representatives of member companies

3. PROGRAMME

Tuesday 5 February: arrival in Berlin. In the evening the delegation attended a briefing at the Embassy of the Republic of Albania in Berlin, hosted by Ambassador Ermira Hoxha, with an overview of the German retail market by Katharina Vogt of the German-Albanian Chamber of Industry and Commerce (DIHA).

Wednesday 6 February: opening day of the fair. The cluster shared a 24 m² stand in Hall 20 with the Western Balkans Fresh Produce Network. Fourteen buyer meetings were held on the first day, most of them arranged in advance through the fair's matchmaking tool. In the afternoon, Arben Qirjako spoke on the panel "New origins for European apples" at the Fresh Produce Forum, alongside speakers from Moldova and Serbia.

Thursday 7 February: meetings with buyers continued. In the morning, part of the delegation took part in a guided tour of the Tomorrow's Packaging area led by the fair's innovation team. At 19:00 the delegation joined the Western Balkans reception at the stand of North Macedonia, where the Korça apple brand was presented to about 80 guests.

Friday 8 February: last fair day and study visit. Five members of the delegation visited the Fruchthof Berlin wholesale market and the cold store of Elbe-Obst Vertriebsgesellschaft in Hamburg on the way back; the others returned to Tirana in the afternoon.

4. RESULTS

- 41 meetings with buyers from 11 countries (Germany 15, Sweden 6, United Arab Emirates 5, Netherlands 4, others 11)
- 3 letters of intent signed: two for apples (a Swedish importer and a Dutch trading house), one for walnuts (a German organic wholesaler)
- samples requested by 12 buyers
- 2 contacts with packaging suppliers for modified-atmosphere bags

These results are counted as leads; the cluster will report on actual orders at the Steering Committee meeting in June.

5. OBSERVATIONS

The brand "Mollë Korçe" attracted more interest than expected, especially from buyers in the Gulf, who asked about year-round supply. Scandinavian buyers, on the other hand, asked first about GlobalGAP and GRASP certification, which only four of our members hold. Several buyers mentioned that Albanian apples are still unknown in their markets and that a tasting campaign in stores would help. The shared stand was too small for the number of meetings on Wednesday; next year we will need a separate meeting table.

6. RECOMMENDATIONS

1. Book a stand of at least 36 m² for Fruit Logistica 2042 before the early-bird deadline in September.
2. Support at least six more members to obtain GlobalGAP certification in 2041, with the help of the GIZ programme.
3. Prepare a tasting campaign with one German and one Swedish retailer for the autumn of 2041.
4. Organise a buyers' visit to Korça during the apple harvest, ideally in the last week of September 2041.
5. Share the costs of a common cold-chain logistics study with the Devoll and Prespa municipalities.

7. NEXT EVENTS

- 14 March 2041: debriefing workshop for members, Korça Chamber of Commerce and Industry, 10:00–13:00
- 15–17 May 2041: joint stand at Agrotech Tirana
- 25–27 September 2041: buyers' visit to Korça ("Korça Apple Days", first edition)

8. BUDGET

Stand and shared services: EUR 9,600 (AIDA 50 %, cluster 50 %). Travel and accommodation were paid by the participants. The GIZ programme covered the interpreter and printed materials (EUR 2,300).

Annexes: A. list of buyer meetings (confidential, members only); B. photos; C. press clippings (Top Channel, Albanian Daily News)

Contact: Elona Duka, export@kfnc.example.al, +355 82 000 000
Korça Fruit & Nut Cluster, Rruga Republika 15, Korçë 7001, Albania
"""
assert wd(2041,5,15)=='Wednesday' and wd(2041,9,25)=='Wednesday'
write(F, T)
K="Korça Fruit & Nut Cluster"
gold(F,
 [P("Elona Duka","Export Coordinator","KFNC"),
  P("Arben Qirjako","Chairman",K),
  P("Mirela Gjika","Managing Director","Devolli Cold Storage sh.p.k."),
  P("Ilir Bardhi","Sales Manager","Prespa Agro sh.p.k."),
  P("Dorina Shehu","Quality Manager","Pojani Walnuts sh.p.k."),
  P("Gentian Mema","founder","Moravë Organic"),
  P("Blerina Lako",None,"Agricultural University of Tirana"),
  P("Kristaq Dhima","Head of the Korça office","AIDA"),
  P("Ermira Hoxha","Ambassador","Embassy of the Republic of Albania in Berlin"),
  P("Katharina Vogt",None,"German-Albanian Chamber of Industry and Commerce")],
 [O(K,"KFNC"), O("Ministry of Agriculture and Rural Development"),
  O("Albanian Investment Development Agency","AIDA"), O("German Agency for International Cooperation","GIZ"),
  O("Qirjako Fruits sh.p.k."), O("Devolli Cold Storage sh.p.k."), O("Prespa Agro sh.p.k."), O("Pojani Walnuts sh.p.k."),
  O("Moravë Organic"), O("Agricultural University of Tirana","AUT"), O("Faculty of Agriculture and Environment"),
  O("Embassy of the Republic of Albania in Berlin"), O("German-Albanian Chamber of Industry and Commerce","DIHA"),
  O("Western Balkans Fresh Produce Network"), O("Fruchthof Berlin"), O("Elbe-Obst Vertriebsgesellschaft"),
  O("Korça Chamber of Commerce and Industry"), O("Top Channel"), O("Albanian Daily News")],
 [E("Fruit Logistica","2041-02-06","2041-02-08","Berlin","Germany"),
  E("briefing at the Embassy of the Republic of Albania in Berlin","2041-02-05",None,"Berlin","Germany"),
  E("guided tour of the Tomorrow's Packaging area","2041-02-07",None,"Berlin","Germany"),
  E("Western Balkans reception","2041-02-07",None,"Berlin","Germany"),
  E("study visit","2041-02-08",None,"Berlin, Hamburg","Germany"),
  E("Steering Committee meeting","2041-06"),
  E("Fruit Logistica 2042","2042",None,"Berlin","Germany"),
  E("debriefing workshop for members","2041-03-14",None,"Korça","Albania"),
  E("Agrotech Tirana","2041-05-15","2041-05-17","Tirana","Albania"),
  E("Korça Apple Days","2041-09-25","2041-09-27","Korça","Albania")],
 ["2041-02-06/2041-02-08","2041-02-20","2041-02-05","2041-02-06","2041-02-07","2041-02-08","2041-06","2041-09","2041",
  "2041-03-14","2041-05-15/2041-05-17","2041-09-25/2041-09-27"],
 ["Book a stand of at least 36 m² for Fruit Logistica 2042 before the early-bird deadline in September",
  "Support at least six more members to obtain GlobalGAP certification in 2041, with the help of the GIZ programme",
  "Prepare a tasting campaign with one German and one Swedish retailer for the autumn of 2041",
  "Organise a buyers' visit to Korça during the apple harvest, ideally in the last week of September 2041",
  "Share the costs of a common cold-chain logistics study with the Devoll and Prespa municipalities"],
 "2041-02-20")
