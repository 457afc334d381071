from h import *
import docx
F = 'g08_parnumaa_tootoa_kokkuvote.docx'
assert wd(2042,2,19)=='Wednesday' and wd(2042,3,26)=='Wednesday' and wd(2042,4,7)=='Monday'
paras = [
("h","Töötoa kokkuvõte: puidu- ja mööblisektori klastri tulevik Pärnumaal"),
("p","Töötuba toimus kolmapäeval, 19. veebruaril 2042 Pärnus, Pärnumaa Ettevõtlus- ja Arenduskeskuse (PEAK) saalis · Kokkuvõtte koostas: Kristiina Saar-Lõhmus, PEAK · Kinnitatud: 26.02.2042"),
("h2","1. Taust"),
("p","Pärnumaa puidu- ja mööbliettevõtted on teinud koostööd alates 2033. aastast, kui loodi MTÜ Pärnumaa Puiduklaster. Klastri liikmeid on praegu 38, nende hulgas suuremad tootjad Toolikoda OÜ, Sindi Saetööstus AS ja Häädemeeste Maja OÜ. Klastri tegevust on toetanud Pärnu Linnavalitsus ja Ettevõtluse ja Innovatsiooni Sihtasutus (EIS)."),
("p","Klastri arengukava 2038–2042 lõpeb tänavu. Töötoa eesmärk oli hinnata senist tegevust ja koguda ettepanekuid järgmise perioodi jaoks. Osales 31 inimest: ettevõtjad, Tartu Ülikooli Pärnu kolledži ja Eesti Maaülikooli teadlased, kohalike omavalitsuste esindajad ning külalised Soomest Lahti piirkonna mööbliklastrist."),
("h2","2. Päevakava"),
("p","10.00 Avasõnad – Mart Kõrvits, klastri juhatuse esimees (Toolikoda OÜ)"),
("p","10.15 Klastri arengukava täitmine 2038–2041 – Kristiina Saar-Lõhmus, klastrijuht"),
("p","10.45 Soome kogemus: puitehituse klastrid – Pekka Järvinen-Oksa, Lahden Puuklusteri ry tegevjuht"),
("p","11.30 Rühmatöö kolmes lauas: eksport, oskused, ringmajandus"),
("p","13.00 Lõuna"),
("p","13.45 Rühmade ettekanded ja arutelu"),
("p","15.00 Ettevõttekülastus Sindi Saetööstus AS-i tootmisesse"),
("h2","3. Arutelu põhipunktid"),
("p","Klastrijuht tutvustas arengukava täitmist. Viiest eesmärgist on täidetud kaks: ühine messistend Stockholmi mööblimessil ja koolitusprogramm tisleritele koostöös Pärnumaa Kutsehariduskeskusega. Ühine müügiesindus Saksamaal ja puidujäätmete ühiskasutus ei ole käivitunud. Liikmete arv kasvas 24-lt 38-le. Klastri eelarve on jäänud samaks, umbes 120 000 eurot aastas, millest kolmveerand tuleb toetustest."),
("p","Pekka Järvinen-Oksa rõhutas, et Soome klastrid on edukad siis, kui neil on selge äriline eesmärk, mitte ainult võrgustumine. Tema sõnul teenib Lahti klaster ligi poole oma eelarvest teenuste müügist liikmetele."),
("p","Eesti Maaülikooli teadur dr Liis Tammemägi tõi välja, et ristkihtpuidu tootmiseks on Pärnumaal head eeldused, kuid ettevõtted ei tea, milliseid katseid ülikool saab pakkuda. Sindi Saetööstus AS-i juhataja Raivo Kuusik lisas, et tooraine hind on viimase kahe aastaga tõusnud ligi kolmandiku võrra."),
("p","Rühmatöö käigus selgus, et eksporditeemal on ettevõtete huvid erinevad. Suuremad tootjad soovivad ühist esindust Skandinaavias, väiksemad aga eelistavad osaleda messidel ühise stendiga. Oskuste laud tõi välja, et kutsekooli lõpetajaid on liiga vähe ja paljud lahkuvad Tallinna või Soome. Ringmajanduse laud arutas puidujäätmete kasutamist pelletite ja plaatmaterjali tootmiseks; mitmed ettevõtjad olid valmis panustama ühise kuivati või hakkepuidu platsi rajamisse, kui linn leiab selleks sobiva krundi."),
("h2","4. Töötoa tulemused"),
("p","Osalejad leppisid kokku järgmistes peamistes järeldustes:"),
("p","• Klaster peab järgmisel perioodil pakkuma liikmetele tasulisi teenuseid, et vähendada sõltuvust toetustest"),
("p","• Ühise ekspordi fookus on Rootsi ja Saksamaa turg, alustades ühisest esindusest Stockholmis"),
("p","• Oskuste puudus on suurim takistus: vaja on CNC-operaatorite ja puitehituse insenerite väljaõpet"),
("p","• Puidujäätmete ühiskasutuseks tuleb koostada teostatavusuuring koos Pärnu linnaga"),
("p","• Koostöö ülikoolidega vajab kontaktisikut, kes tunneb nii ettevõtete kui ka laborite võimalusi"),
("h2","5. Edasised sammud"),
("p","Kokkuvõte saadetakse liikmetele ja arutatakse klastri üldkoosolekul 26. märtsil 2042. Uue arengukava 2043–2047 kavand esitatakse EIS-ile hiljemalt 7. aprilliks 2042 (esmaspäev). Soome partneritega lepiti kokku vastuvisiit Lahtisse mai teisel poolel."),
("p","Mart Kõrvits tänas osalejaid ja märkis, et eelmine sarnane töötuba toimus 2037. aasta novembris Tori vallas ning selle ettepanekutest sündis praegune arengukava. Seekord soovib juhatus, et uus kava oleks lühem ja mõõdetavate eesmärkidega. Juhatus koguneb arengukava kavandi arutamiseks märtsi alguses; täpne kuupäev teatatakse liikmetele e-kirjaga."),
("p","Lisa: osalejate nimekiri (31 nime) on saadaval klastrijuhi käest."),
("p","Töötoas esindatud organisatsioonid: Pärnumaa Ettevõtlus- ja Arenduskeskus (PEAK); Tartu Ülikooli Pärnu kolledž; Eesti Maaülikool; Pärnumaa Kutsehariduskeskus; Pärnu Linnavalitsus; Häädemeeste Vallavalitsus; Toolikoda OÜ; Sindi Saetööstus AS; Häädemeeste Maja OÜ; Lahden Puuklusteri ry (Soome)."),
("p","Kontakt: Kristiina Saar-Lõhmus, klastrijuht, MTÜ Pärnumaa Puiduklaster · kristiina@puiduklaster.example.ee · +372 5000 0000"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
K="MTÜ Pärnumaa Puiduklaster"
gold(F,
 [P("Kristiina Saar-Lõhmus","klastrijuht",K),
  P("Mart Kõrvits","klastri juhatuse esimees",K),
  P("Pekka Järvinen-Oksa","tegevjuht","Lahden Puuklusteri ry"),
  P("Liis Tammemägi","teadur","Eesti Maaülikool"),
  P("Raivo Kuusik","juhataja","Sindi Saetööstus AS")],
 [O("Pärnumaa Ettevõtlus- ja Arenduskeskus","PEAK"), O(K), O("Toolikoda OÜ"), O("Sindi Saetööstus AS"),
  O("Häädemeeste Maja OÜ"), O("Pärnu Linnavalitsus"), O("Ettevõtluse ja Innovatsiooni Sihtasutus","EIS"),
  O("Tartu Ülikooli Pärnu kolledž"), O("Eesti Maaülikool"), O("Lahden Puuklusteri ry"),
  O("Pärnumaa Kutsehariduskeskus"), O("Häädemeeste Vallavalitsus")],
 [E("Töötuba","2042-02-19",None,"Pärnu","Estonia"),
  E("Ettevõttekülastus Sindi Saetööstus AS-i tootmisesse","2042-02-19",None,None,None),
  E("klastri üldkoosolek","2042-03-26",None,None,None),
  E("töötuba","2037-11",None,"Tori","Estonia"),
  E("vastuvisiit","2042-05",None,"Lahti","Finland")],
 ["2042-02-19","2042-02-26","2033","2038/2042","2038/2041","2042-03-26","2043/2047","2042-04-07","2042-05","2037-11","2042-03"],
 ["Klaster peab järgmisel perioodil pakkuma liikmetele tasulisi teenuseid, et vähendada sõltuvust toetustest",
  "Ühise ekspordi fookus on Rootsi ja Saksamaa turg, alustades ühisest esindusest Stockholmis",
  "Oskuste puudus on suurim takistus: vaja on CNC-operaatorite ja puitehituse insenerite väljaõpet",
  "Puidujäätmete ühiskasutuseks tuleb koostada teostatavusuuring koos Pärnu linnaga",
  "Koostöö ülikoolidega vajab kontaktisikut, kes tunneb nii ettevõtete kui ka laborite võimalusi"],
 pub="2042-02-26")
