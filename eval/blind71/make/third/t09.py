from w import w
IT='Italy'; HR='Croatia'; K="KLASTER PREHRAMBENE INDUSTRIJE SLAVONIJE"; K2="Klaster prehrambene industrije Slavonije"
w('09', pub="2033-06-20", P=[("Marija Jurić-Bošnjak","voditeljica projekata",K2),("Dražen Kovačević","predsjednik",K2),
("Stefan Pichler","voditelj odjela za prehrambene tehnologije","NOI Techpark"),("Martina Gasser-Lanz","menadžerica","Lebensmittelcluster Südtirol"),
("Matteo Scarpellini",None,"Slobodnog sveučilišta u Bolzanu"),("Andreas Unterhofer","direktor prodaje","VOG"),("Ingrid Mair","Voditeljica kvalitete","Mila"),
("Walter Gufler-Reiterer",None,"Laimburg"),("Ivana Flanjak",None,"Prehrambeno-tehnološkog fakulteta Osijek"),("Damir Šarić","pročelnik","Upravnog odjela za poljoprivredu")],
O=[(K2,None),("Osječko-baranjske županije",None),("Prehrambeno-tehnološkog fakulteta Osijek",None),("NOI Techpark",None),("Lebensmittelcluster Südtirol",None),
("Slobodnog sveučilišta u Bolzanu",None),("VOG",None),("Mila",None),("Laimburg",None),("Upravnog odjela za poljoprivredu",None)],
E=[("Studijski posjet Južnom Tirolu","2033-06-06","2033-06-08",None,IT),("uvodni sastanak","2033-06-06",None,"Bolzano",IT),("zajedničkom večerom","2033-06-06",None,"Bolzano",IT),
("posjetila voćarsku zadrugu VOG","2033-06-07",None,None,IT),("posjet mljekari Mila","2033-06-07",None,"Bolzano",IT),("posjetila Laimburg","2033-06-08",None,None,IT),
("okrugli stol o suradnji s hrvatskim partnerima","2033-06-08",None,None,IT),("sjednici Upravnog odbora Klastera","2033-09-14",None,None,None),
("Uzvratni posjet","2033-11-10",None,"Osijek",HR),("sajmu hrane u Osijeku","2033-11-10",None,"Osijek",HR)],
D=["2033-06-06/2033-06-08","2033-06-20","2033-06-06","2033-06-07","2033-06-08","2033-09-14","2033-11-10","2033"],
K=["Zajednička robna marka i zajednički marketing ključni su za izvoz malih proizvođača; Klaster će ispitati interes članica za zajedničku marku slavonskih prerađevina",
"Usluge istraživačkih laboratorija trebaju biti dostupne po satu i po cijeni prihvatljivoj malim tvrtkama; s Prehrambeno-tehnološkim fakultetom Osijek treba dogovoriti sličan model",
"Klaster treba jasna pravila financiranja i odlučivanja, po uzoru na Lebensmittelcluster Südtirol, prije nego što pokrene veće zajedničke investicije"])
