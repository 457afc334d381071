from w import *
D="Dalarna Steel & Circular Industry Cluster"
W("intervju_karin-ersson-lindqvist_ordforande","intervju_karin-ersson-lindqvist_ordforande.txt","2035-03-19",
[P("Karin Ersson-Lindqvist","ordförande",D),P("Johan Mårtensson"),P("Gunnar Hed"),P("Birgitta Sjöholm",None,"Falu kommun"),P("Maria Gustafsson","vice ordförande",D),
 P("Anna-Karin Wiklund","Landshövdingen"),P("Peter Holmgren","verksamhetsledare",D),P("Erik Lundberg",None,"Ludvika Transformatorservice AB"),P("Fatima Hadžić",None,"H2Dala AB")],
[O(x) for x in ["Dalarnas Industrinytt",D,"Borlänge Valsverk AB","Falu kommun","Gustafsson Processteknik AB","Högskolan Dalarna","Teknikcollege Dalarna","Region Dalarna",
 "Arbetsförmedlingen","Cluster Acier Hauts-de-France","Silesia Steel Hub","Tillväxtverket","Vinnova","Energimyndigheten","KTH","SSAB","Outokumpu","Jernkontoret",
 "Ludvika Transformatorservice AB","H2Dala AB"]],
[E("årsmötet","2035-03-14","2035-03-14","Borlänge","Sweden"),E("Vasaloppet","2035-03-02","2035-03-02",None,None),E("sommarträff","2035-08-22","2035-08-22","Avesta","Sweden"),
 E("Dalarna Circular Metals Conference","2035-11-06","2035-11-07","Ludvika","Sweden")],
["2035-03-19","2031","2035-03-14","2034-12","2030","2035-03-02","2035-08-22","2035-11-06/2035-11-07","1981","2006/2015","2015/2028","2028","2032","2035/2037"])
