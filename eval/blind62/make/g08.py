from h import *
F = 'viljandi-food-cluster-linkedin-post-et.txt'
T = f"""Kadri Sepp-Lõhmus • 2.
Klastrijuht, Viljandimaa Toiduklaster | Toiduinnovatsioon | Lõuna-Eesti
1 n • Muudetud • 🌐

Tänan kõiki, kes eelmisel nädalal meie juurest läbi astusid! 🙌

Viljandimaa Toiduklaster osales esimest korda ühisstendiga messil „Toidumess 2034“, mis toimus {wd(2034,4,19,'et')} kuni {wd(2034,4,21,'et')}, 19.–21. aprillil 2034 Tallinnas Eesti Näituste messikeskuses. Meie stendil esitles end seitse klastri liiget:

🧀 Karksi Juustuvabrik OÜ – laagerjuustud ja uus kitsejuustu sari
🍞 Mulgi Leivakoda OÜ – rukkileib ja hapendatud küpsised
🍓 Tarvastu Marjatalu OÜ – külmkuivatatud marjad
🥛 Viljandi Piimaühistu TÜ
🍺 Ämma Õlletehas AS – alkoholivabad õlled
🥕 Pärsti Köögiviljad OÜ
🌿 Heimtali Ürdiaed MTÜ

Kolme päevaga oli meil üle 2 300 külastaja ja 64 kokkulepitud ärikohtumist kaubanduskettide, HoReCa-sektori ja eksportijatega Soomest ja Lätist. Suur aitäh Ettevõtluse ja Innovatsiooni Sihtasutusele (EIS) ühisstendi toetuse eest ning Viljandi Maavalitsuse arendusosakonnale, kes aitas logistikaga.

Eriti hea meel on mul selle üle, et meie noored tootjad said laval sõna. Reedel, 20. aprillil, toimus messi foorumil paneel „Väiketootja tee poeriiulile“, kus rääkisid Karksi Juustuvabriku juht Margus Kivisild, Mulgi Leivakoja asutaja Liis-Marii Tamm ja Rimi Eesti ostujuht Jaanika Org. Paneeli juhtis Tartu Ülikooli Viljandi Kultuuriakadeemia lektor dr Rein Ahas-Vaher.

„Ühisstend andis meile julguse. Üksi poleks me messile tulnudki,“ ütles Liis-Marii pärast paneeli.

Mõned mõtted, mida kaasa võtan:
👉 Ostjad otsivad lugu, mitte ainult toodet – Mulgimaa päritolu müüb.
👉 Pakendi- ja märgistusnõuded on väiketootjatele endiselt suurim takistus.
👉 Ühine logistika teeks meie tooted Tallinna poodides konkurentsivõimelisemaks.

Mis edasi? Juba {wd(2034,6,14,'et')}, 14. juunil 2034 korraldame Viljandis klastri liikmetele seminari „Pakend ja märgistus 2035“, kus esineb Põllumajandus- ja Toiduameti spetsialist Anneli Kask. Sügisel plaanime koos Lõuna-Eesti Toidu- ja Turismiklastriga ühisstendi Helsingi messil „Food & Fest Helsinki“ 5.–7. oktoobril 2034. Huvilised, andke mulle teada hiljemalt 31. maiks!

Veidi tausta neile, kes meid veel ei tunne: Viljandimaa Toiduklaster loodi 2031. aastal Viljandi Maavalitsuse ja kohalike toidutootjate koostöös. Alguses oli meid üheksa, nüüd on liikmeid juba üle kolmekümne – juustu-, leiva-, marja-, piima- ja kalatootjad, aga ka kaks kutsekooli ja üks disainibüroo. Meie eesmärk on lihtne: et Mulgimaa ja Sakala toit jõuaks rohkemate inimesteni nii Eestis kui ka naaberriikides. Selleks teeme koos turundust, otsime ühiseid logistikalahendusi, korraldame koolitusi ning käime koos messidel. 2033. aastal valmis meie esimene ühine tootekataloog ja sel aastal käivitasime koos Viljandi Kutseõppekeskusega toidutehnoloogide praktikaprogrammi.

Messil saime ka palju tagasisidet. Kõige sagedamini küsiti, kas meie tooteid saab osta ühest kohast. Seega on järgmine suur projekt ühine e-pood, mille pilootversioon peaks valmima 2035. aasta alguseks. Kui sul on kogemusi väiketootjate e-kaubanduse või ühise laopinnaga, kirjuta mulle – kõik nõuanded on teretulnud! Kohtumiseni juunis Viljandis ja sügisel Helsingis, sõbrad!

Ja lõpetuseks – meie klastri liikmete arv kasvas messi ajal 31-lt 34-le. Tere tulemast, Pärsti Köögiviljad, Heimtali Ürdiaed ja Sakala Kalatööstus OÜ! 🎉

Aitäh ka meie meeskonnale: projektijuht Triin Vähi ja turundusjuht Martin Luik tegid võimatu võimalikuks. 💪

#Toidumess2034 #Viljandimaa #toiduklaster #Mulgimaa #EestiToit #klastrid #väiketootjad

👍❤️👏 187 · 23 kommentaari · 9 jagamist

Kommentaarid

Margus Kivisild • 1.
Juhataja, Karksi Juustuvabrik OÜ
Aitäh, Kadri! Sellist tagasisidet pole me varem saanud. Järgmisel aastal kindlasti jälle.
1 n · Meeldib (12) · Vasta

Pille-Riin Saar • 2.
Ekspordinõunik, Ettevõtluse ja Innovatsiooni Sihtasutus
Väga tubli töö! Oktoobris Helsingis kohtume.
6 p · Meeldib (8) · Vasta

Andres Mägi • 3.+
Toidutehnoloogia OÜ
Kas seminar 14. juunil on ka veebis jälgitav?
6 p · Meeldib (2) · Vasta

  Kadri Sepp-Lõhmus • Autor
  @Andres Mägi jah, saadame lingi kõigile registreerunutele.
  5 p · Meeldib (1) · Vasta

Kaisa Reinsalu • 2.
Turundusjuht, Lõuna-Eesti Toidu- ja Turismiklaster
Helsingi stendi asjus võtan sinuga ühendust järgmisel nädalal. Meie poolt on huvi tundnud juba viis ettevõtet.
4 p · Meeldib (5) · Vasta

Kuva veel kommentaare
"""
write(F, T)
C='Viljandimaa Toiduklaster'
gold(F,
 [P('Kadri Sepp-Lõhmus','Klastrijuht',C), P('Margus Kivisild','Juhataja','Karksi Juustuvabrik OÜ'), P('Liis-Marii Tamm','asutaja','Mulgi Leivakoda OÜ'),
  P('Jaanika Org','ostujuht','Rimi Eesti'), P('Rein Ahas-Vaher','lektor','Tartu Ülikooli Viljandi Kultuuriakadeemia'),
  P('Anneli Kask','spetsialist','Põllumajandus- ja Toiduameti'), P('Triin Vähi','projektijuht',C), P('Martin Luik','turundusjuht',C),
  P('Pille-Riin Saar','Ekspordinõunik','Ettevõtluse ja Innovatsiooni Sihtasutus'), P('Andres Mägi',None,'Toidutehnoloogia OÜ'), P('Kaisa Reinsalu','Turundusjuht','Lõuna-Eesti Toidu- ja Turismiklaster')],
 [O(C), O('Eesti Näituste messikeskuses'), O('Karksi Juustuvabrik OÜ'), O('Mulgi Leivakoda OÜ'), O('Tarvastu Marjatalu OÜ'), O('Viljandi Piimaühistu TÜ'),
  O('Ämma Õlletehas AS'), O('Pärsti Köögiviljad OÜ'), O('Heimtali Ürdiaed MTÜ'), O('Ettevõtluse ja Innovatsiooni Sihtasutus','EIS'),
  O('Viljandi Maavalitsuse arendusosakonnale'), O('Rimi Eesti'), O('Tartu Ülikooli Viljandi Kultuuriakadeemia'), O('Põllumajandus- ja Toiduameti'),
  O('Lõuna-Eesti Toidu- ja Turismiklaster'), O('Viljandi Kutseõppekeskusega'), O('Sakala Kalatööstus OÜ'), O('Toidutehnoloogia OÜ')],
 [E('Toidumess 2034','2034-04-19','2034-04-21','Tallinnas','Estonia'), E('Väiketootja tee poeriiulile','2034-04-20','2034-04-20','Tallinnas','Estonia'),
  E('Pakend ja märgistus 2035','2034-06-14','2034-06-14','Viljandis','Estonia'), E('Food & Fest Helsinki','2034-10-05','2034-10-07','Helsinki','Finland')],
 ['2034-04-19/2034-04-21','2034-04-20','2034-06-14','2034-10-05/2034-10-07','2034-05-31','2031','2033','2035'])
