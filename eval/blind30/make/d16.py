from g import *
N = "study-tour-lyon-participants-list.txt"
doc(N, """STUDY TOUR "PHARMA 4.0 IN THE AUVERGNE-RHÔNE-ALPES REGION"
Lyon, 15–17 April 2035
Organised by the Pharmaceutical Cluster of Eastern Hungary (PCEH) with the support of the Hungarian Investment Promotion Agency (HIPA)

LIST OF PARTICIPANTS (status 8 April 2035)

Delegation from Hungary
1. KOVÁCS-NAGY, Eszter – Pharmaceutical Cluster of Eastern Hungary (delegation leader)
2. SZILÁGYI, Áron – Pharmaceutical Cluster of Eastern Hungary
3. TÓTH, Bálint – Debreceni Gyógyszergyártó Zrt.
4. FARKAS, Réka – Debreceni Gyógyszergyártó Zrt.
5. HORVÁTH, Gergely – Tiszapharm Kft.
6. MOLNÁR, Dóra – University of Debrecen, Faculty of Pharmacy
7. BALOGH, Levente – Nyírségi Csomagolástechnika Kft.
8. VARGA-PAPP, Judit – Hungarian Investment Promotion Agency (HIPA)
9. DE GROOT, Martijn – Vitalab Hungary Kft. (Dutch-owned CDMO)

Hosts and speakers in Lyon
10. MOREL, Claire – Cluster Rhône Santé Industrie (host)
11. DUCLOS, Antoine – Cluster Rhône Santé Industrie
12. BERTHIER, Hélène – Aurafarm SAS
13. N'DIAYE, Ousmane – Institut Lyonnais des Procédés Pharmaceutiques (ILPP)
14. VON ARNIM, Katharina – Enterprise Europe Network, CCI Auvergne-Rhône-Alpes

Programme in brief: 15 April – arrival, welcome dinner; 16 April – visits to Aurafarm SAS (Saint-Priest) and the ILPP pilot plant; 17 April – B2B meetings with cluster members, return flight.

Contact during the tour: SZILÁGYI Áron, +36 30 000 0000
""")
gold(N, None,
 [P("KOVÁCS-NAGY, Eszter","delegation leader","Pharmaceutical Cluster of Eastern Hungary"),
  P("SZILÁGYI, Áron",None,"Pharmaceutical Cluster of Eastern Hungary"), P("TÓTH, Bálint",None,"Debreceni Gyógyszergyártó Zrt."),
  P("FARKAS, Réka",None,"Debreceni Gyógyszergyártó Zrt."), P("HORVÁTH, Gergely",None,"Tiszapharm Kft."),
  P("MOLNÁR, Dóra",None,"University of Debrecen"), P("BALOGH, Levente",None,"Nyírségi Csomagolástechnika Kft."),
  P("VARGA-PAPP, Judit",None,"Hungarian Investment Promotion Agency"), P("DE GROOT, Martijn",None,"Vitalab Hungary Kft."),
  P("MOREL, Claire",None,"Cluster Rhône Santé Industrie"), P("DUCLOS, Antoine",None,"Cluster Rhône Santé Industrie"),
  P("BERTHIER, Hélène",None,"Aurafarm SAS"), P("N'DIAYE, Ousmane",None,"Institut Lyonnais des Procédés Pharmaceutiques"),
  P("VON ARNIM, Katharina",None,"Enterprise Europe Network")],
 [O("Pharmaceutical Cluster of Eastern Hungary","PCEH"), O("Hungarian Investment Promotion Agency","HIPA"),
  O("Debreceni Gyógyszergyártó Zrt."), O("Tiszapharm Kft."), O("University of Debrecen"), O("Faculty of Pharmacy"),
  O("Nyírségi Csomagolástechnika Kft."), O("Vitalab Hungary Kft."), O("Cluster Rhône Santé Industrie"), O("Aurafarm SAS"),
  O("Institut Lyonnais des Procédés Pharmaceutiques","ILPP"), O("Enterprise Europe Network"), O("CCI Auvergne-Rhône-Alpes")],
 [E('STUDY TOUR "PHARMA 4.0 IN THE AUVERGNE-RHÔNE-ALPES REGION"',"2035-04-15","2035-04-17","Lyon","France"),
  E("welcome dinner","2035-04-15","2035-04-15",None,None)],
 ["2035-04-15/2035-04-17","2035-04-08","2035-04-15","2035-04-16","2035-04-17"], [])
