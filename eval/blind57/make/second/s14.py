from mk import *
import re
def km(t):
    blk=t.split('Svetu Koroške regije:')[1]
    return [re.sub(r'^\d+\. ','',l).strip().rstrip('.') for l in blk.splitlines() if re.match(r'\d+\. ',l)]
R='Regionalna razvojna agencija za Koroško'; G='Grozd kovinskopredelovalne industrije Koroške'
w('porocilo_koroski-forum-kovinske-industrije-2035','porocilo_koroski-forum-kovinske-industrije-2035.txt','2035-05-08',
[("Tjaša Pečovnik Lipovnik","Avtorica",None),
 ("Tomaž Vrečko","župan","Občine Ravne na Koroškem"),
 ("Karmen Sotlar Mlinar","direktorica",R),
 ("Andrej GRUDNIK","predsednik upravnega odbora",G),
 ("Nataša Kolar Vidmar","Državna sekretarka","Ministrstvu za gospodarstvo, turizem in šport"),
 ("Matjaž Ferk","vodja razvoja","SIJ Metal Ravne d.o.o."),
 ("Nina Verdnik Štrukelj",None,"Fakulteta za strojništvo Univerze v Mariboru"),
 ("Gregor Kotnik","vodja kadrovske službe","Tovarna vijakov Mežica d.o.o."),
 ("Elisabeth Pirker-Wutte",None,"Wirtschaftskammer Kärnten"),
 ("Boris Jamnik",None,"Gospodarska zbornica Slovenije"),
 ("Marko Kogelnik","novinar","Radia Koroška"),
 ("Polona Gorenšek Kos","ravnateljica","Srednje šole Ravne"),
 ("Damjan Oder","predstavnik","Skei Koroška")],
[(R,"RRA Koroška"),(G,"GKIK"),("Koroško gospodarsko zbornico","KGZ"),("Šolskim centrom Ravne na Koroškem",None),("Občine Ravne na Koroškem",None),
 ("Kovinar Prevalje d.o.o.",None),("Ministrstvu za gospodarstvo, turizem in šport",None),("SIJ Metal Ravne d.o.o.",None),
 ("Fakulteta za strojništvo Univerze v Mariboru",None),("Tovarna vijakov Mežica d.o.o.",None),("Wirtschaftskammer Kärnten",None),
 ("Gospodarska zbornica Slovenije","GZS"),("Radia Koroška",None),("Srednje šole Ravne",None),("Skei Koroška",None),("Svetu Koroške regije",None)],
[("5. Koroški forum kovinske industrije","2035-04-26","2035-04-26","Ravne na Koroškem","Slovenia"),
 ("okrogla miza","2035-04-26","2035-04-26","Ravne na Koroškem","Slovenia"),
 ("čezmejni sejem poklicev","2035-10-11","2035-10-11","Celovcu","Austria"),
 ("ogled nove linije za toplotno obdelavo","2035-04-26","2035-04-26","Ravne na Koroškem","Slovenia"),
 ("delavnica o čezmejnih projektih","2035-04-26","2035-04-26",None,None),
 ("6. forum","2037","2037","Slovenj Gradcu","Slovenia")],
["2035-04-26","2035-05-08","2027","2029","2031","2033","2035","2035-10-11","2036","2028/2034","2035-09","2037"],
km_from=km)
