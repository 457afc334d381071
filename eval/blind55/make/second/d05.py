from s import *
C="Świętokrzyskie Building Materials Cluster"
txt=open('report_kielce-construction-materials-summit-2033.md.txt').read()
km=[l.split('. ',1)[1] for l in txt.split('## Key takeaways')[1].split('## Numbers')[0].strip().splitlines() if l[:1].isdigit()]
W("report_kielce-construction-materials-summit-2033","report_kielce-construction-materials-summit-2033.md","2033-06-21",[
P("Natalia Wrona","Communication Officer",C),P("Grzegorz Pęczek","President of the Board","ŚKMB"),
P("Andrzej Bętkowski-Nowak","Marshal of the Świętokrzyskie Voivodeship",None),
P("Ilse Vandermeulen","Policy Officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
P("Karolina Gałązka","journalist","Echo Dnia"),P("Marek Szczepański","CEO","Lafarge Cement Małogoszcz S.A."),
P("Francesca Dell'Orto","Director","Assobeton"),P("Jan van der Linde","Head of Sustainability","Cementbouw B.V."),
P("Beata Kordecka-Lis","Director","Polish Association of Lime Producers"),P("Tomasz Kozłowski",None,"Kielce University of Technology"),
P("Agata Wieczorek-Domańska",None,"Public Procurement Office"),P("Pavel Novotný","Cluster Manager","Moravian-Silesian Building Cluster"),
P("Ryszard Malec","owner",None),P("Weronika Sobczak"),P("Łukasz Bąk")],
[O(C,"ŚKMB"),O("Kielce University of Technology"),O("Marshal's Office of the Świętokrzyskie Voivodeship"),O("European Commission"),
O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),O("Echo Dnia"),O("Lafarge Cement Małogoszcz S.A."),
O("Assobeton"),O("Cementbouw B.V."),O("Polish Association of Lime Producers"),O("Public Procurement Office"),O("Moravian-Silesian Building Cluster"),
O("Chęciny Ceramika Sp. z o.o."),O("Trzuskawica S.A."),O("Kielce Technology Park"),O("Enterprise Europe Network Poland"),O("Enterprise Europe Network")],
[E("Świętokrzyskie Construction Materials Summit 2033","2033-06-07","2033-06-08","Kielce","Poland"),
E("Follow-up webinar on digital product passports","2033-10-19"),E("Świętokrzyskie Construction Materials Summit (fourth)","2035-06"),
E("Świętokrzyskie Construction Materials Summit (2029 edition)","2029",None,"Kielce","Poland"),E("Świętokrzyskie Construction Materials Summit (2031 edition)","2031",None,"Kielce","Poland")],
["2033-06-07/2033-06-08","2033/2040","2033-06-08","2030","2033-09-30","2033-10-19","2035-06","2029","2031","2021/2027"],km)
