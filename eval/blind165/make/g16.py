from h import *
F = 'g16_koprivnica_prehrambeni_klaster_konferencija.txt'
assert wd(2034,9,28)=='Thursday' and wd(2034,9,29)=='Friday' and wd(2034,11,16)=='Thursday'
T = """Prehrambeni klaster Podravina
Vijesti | Događanja | Članovi | O nama | Kontakt

VIJESTI › Izvještaji

Održana šesta konferencija „Hrana s Drave“: više suradnje, manje papira

Koprivnica, 3. listopada 2034. – Piše: Ivana Horvat-Benčić, voditeljica komunikacija

Više od 200 sudionika iz Hrvatske, Mađarske i Slovenije okupilo se 28. i 29. rujna 2034. u Koprivnici na šestoj međunarodnoj konferenciji „Hrana s Drave“, koju je organizirao Prehrambeni klaster Podravina u suradnji s Koprivničko-križevačkom županijom, Gradom Koprivnicom i Hrvatskom gospodarskom komorom – Županijskom komorom Koprivnica.

Konferenciju je u četvrtak ujutro otvorio župan Koprivničko-križevačke županije Darko KOREN, istaknuvši da prehrambena industrija u županiji zapošljava gotovo svakog petog radnika. Gradonačelnik Koprivnice Mišel Jakšić podsjetio je da je grad prije dvije godine otvorio Podravski centar za inovacije u hrani, u kojem danas radi osam start-up tvrtki. U ime Ministarstva gospodarstva sudionike je pozdravila državna tajnica mr. sc. Jasna Vuković.

Uvodno predavanje „Od polja do police u deset kilometara“ održala je prof. dr. sc. Marija Kovačević s Prehrambeno-biotehnološkog fakulteta Sveučilišta u Zagrebu. Govorila je o kratkim lancima opskrbe i o tome kako mali proizvođači mogu zajednički nastupiti prema trgovačkim lancima. Nakon nje, Zoltán Farkas, direktor klastera Dél-Dunántúli Élelmiszeripari Klaszter iz Kaposvára, predstavio je iskustva mađarskih proizvođača s zajedničkom robnom markom.

Poslijepodne su sudionici radili u tri radionice: o digitalizaciji malih pogona, o zbrinjavanju otpada iz prehrambene industrije te o zapošljavanju mladih. U radionici o otpadu sudjelovali su i predstavnici tvrtke Podravka d.d. te Bioplinara Hlebine d.o.o., koji su pokazali kako se ostaci iz proizvodnje mogu koristiti za proizvodnju bioplina.

Radionica o zapošljavanju mladih okupila je ravnatelje strukovnih škola iz Koprivnice, Đurđevca i Križevaca te poslodavce koji se žale da mladi sve češće odlaze raditi u inozemstvo. Dogovoreno je da klaster iduće školske godine pokrene program ljetne prakse u članicama, s plaćenim smještajem i prijevozom za učenike iz udaljenijih sela.

Za sudionike je u četvrtak navečer organizirana svečana večera u dvorcu Drašković u Kloštar Podravskom, a u petak ujutro održani su B2B sastanci na kojima se susrelo 56 tvrtki. Nakon sastanaka, skupina od tridesetak sudionika otišla je u studijski posjet mljekari Sirela u Bjelovaru i obiteljskom gospodarstvu Šimunić u Đelekovcu.

Predsjednik klastera Tomislav Golubić rekao je na kraju konferencije da je ovogodišnje izdanje pokazalo „da se o suradnji više ne treba uvjeravati, nego je treba organizirati“. Dodao je da klaster planira do kraja godine zaposliti još jednog stručnjaka za europske projekte te da će sažetak rasprava s radionica biti poslan svim članovima i partnerima.

Konferencija je dio Europskog tjedna klastera u Hrvatskoj, a sufinancirana je sredstvima Europske unije.

Dosadašnja izdanja konferencije „Hrana s Drave“:
2024. – Koprivnica, 16. i 17. listopada
2026. – Đurđevac, 24. i 25. rujna
2028. – Nagykanizsa (Mađarska), 5. i 6. listopada
2030. – Koprivnica, 26. i 27. rujna
2032. – Ormož (Slovenija), 30. rujna i 1. listopada
2034. – Koprivnica, 28. i 29. rujna

Sljedeća sjednica Upravnog odbora klastera održat će se u četvrtak 16. studenoga 2034. u Koprivnici, kada će se odlučiti i o mjestu održavanja sljedeće konferencije 2036. godine.

Članovi Upravnog odbora Prehrambenog klastera Podravina:
– Tomislav Golubić, predsjednik (Golubić d.o.o., Koprivnica)
– Sanja Matijašec, potpredsjednica (OPG Matijašec, Legrad)
– Dario Vidović, član (Sveučilište Sjever, Koprivnica)

Fotografije s konferencije dostupne su u galeriji.
Podijeli: Facebook | LinkedIn | E-mail

© 2034 Prehrambeni klaster Podravina · Trg bana Jelačića 3, 48000 Koprivnica · Pravila privatnosti
"""
write(F, T)
K="Prehrambeni klaster Podravina"
gold(F,
 [P("Ivana Horvat-Benčić","voditeljica komunikacija",K),
  P("Darko KOREN","župan Koprivničko-križevačke županije","Koprivničko-križevačkom županijom"),
  P("Mišel Jakšić","Gradonačelnik Koprivnice",None), P("Jasna Vuković","državna tajnica","Ministarstva gospodarstva"),
  P("Marija Kovačević",None,"Prehrambeno-biotehnološkog fakulteta Sveučilišta u Zagrebu"),
  P("Zoltán Farkas","direktor klastera","Dél-Dunántúli Élelmiszeripari Klaszter"),
  P("Tomislav Golubić","predsjednik",K), P("Sanja Matijašec","potpredsjednica",K), P("Dario Vidović","član",K)],
 [O(K), O("Koprivničko-križevačkom županijom"), O("Gradom Koprivnicom"),
  O("Hrvatskom gospodarskom komorom – Županijskom komorom Koprivnica"), O("Podravski centar za inovacije u hrani"),
  O("Ministarstva gospodarstva"), O("Prehrambeno-biotehnološkog fakulteta Sveučilišta u Zagrebu"), O("Sveučilišta u Zagrebu"),
  O("Dél-Dunántúli Élelmiszeripari Klaszter"), O("Podravka d.d."), O("Bioplinara Hlebine d.o.o."),
  O("Sirela"), O("Europske unije"), O("Golubić d.o.o."), O("OPG Matijašec"), O("Sveučilište Sjever")],
 [E("Hrana s Drave","2034-09-28","2034-09-29","Koprivnica","Croatia"),
  E("Od polja do police u deset kilometara","2034-09-28",None,"Koprivnica","Croatia"),
  E("svečana večera","2034-09-28",None,"Kloštar Podravskom","Croatia"),
  E("B2B sastanci","2034-09-29",None,"Koprivnica","Croatia"),
  E("studijski posjet","2034-09-29",None,"Bjelovaru, Đelekovcu","Croatia"),
  E("Europskog tjedna klastera",None,None,None,"Croatia"),
  E("Hrana s Drave","2024-10-16","2024-10-17","Koprivnica","Croatia"),
  E("Hrana s Drave","2026-09-24","2026-09-25","Đurđevac","Croatia"),
  E("Hrana s Drave","2028-10-05","2028-10-06","Nagykanizsa","Hungary"),
  E("Hrana s Drave","2030-09-26","2030-09-27","Koprivnica","Croatia"),
  E("Hrana s Drave","2032-09-30","2032-10-01","Ormož","Slovenia"),
  E("sjednica Upravnog odbora klastera","2034-11-16",None,"Koprivnica","Croatia"),
  E("Hrana s Drave","2036",None,None,None)],
 ["2034-10-03","2034-09-28/2034-09-29","2024-10-16/2024-10-17","2026-09-24/2026-09-25","2028-10-05/2028-10-06",
  "2030-09-26/2030-09-27","2032-09-30/2032-10-01","2034-11-16","2036"],
 [], pub="2034-10-03")
