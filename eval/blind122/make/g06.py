from h import *
F = 'g06_debrecen_eit_health_nyito.html'
assert wd(2035,2,7)=='Wednesday' and wd(2035,2,8)=='Thursday'
for d in (21,):
    assert wd(2035,3,d)=='Wednesday'
assert wd(2035,4,11)=='Wednesday' and wd(2035,5,16)=='Wednesday' and wd(2035,6,20)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="hu"><head><meta charset="utf-8"><title>Elindult a MedTech-Connect projekt – Hírek – Debreceni Egészségipari Klaszter</title></head>
<body>
<header><a href="/">Debreceni Egészségipari Klaszter</a>
<ul class="menu"><li>Rólunk</li><li>Tagjaink</li><li>Projektek</li><li>Hírek</li><li>Rendezvények</li><li>Kapcsolat</li><li>EN</li></ul></header>
<div class="cookie">Weboldalunk sütiket használ. <button>Elfogadom</button></div>
<article>
<h1>Elindult a MedTech-Connect projekt: Debrecenben találkoztak a partnerek</h1>
<p class="datum">2035. február 12. | Hírek, Projektek</p>
<p>Két napos nyitórendezvénnyel indult el 2035. február 7–8-án Debrecenben a MedTech-Connect projekt, amelyet az EIT Health regionális innovációs programja (RIS) támogat. A projekt célja, hogy Kelet-Magyarország, Északkelet-Románia és Kelet-Szlovákia orvostechnikai kis- és középvállalkozásait összekapcsolja a nyugat-európai kórházakkal és befektetőkkel.</p>
<p>A rendezvénynek a Debreceni Egyetem Klinikai Központja adott otthont. Az első napon mintegy 120 résztvevő érkezett, köztük klasztermenedzserek, kórházi beszerzők, kutatók és húsz induló vállalkozás képviselői.</p>
<p>A MedTech-Connect előzménye a 2033 és 2034 között futó, kisebb léptékű együttműködés volt a debreceni és a kassai klaszter között, amelynek során kiderült, hogy a régió cégei jó termékeket fejlesztenek, de kevés kapcsolatuk van a külföldi kórházakkal és a klinikai partnerekkel. „Sok kis cégünk van, amely egy-egy kórházzal dolgozik együtt, de a következő lépéshez már európai hálózat kell” – mondta a megnyitón a klasztermenedzser.</p>
<p>A projekt két év alatt legalább negyven vállalkozásnak nyújt mentorálást, húsz cég számára pedig klinikai validációs lehetőséget biztosít a partnerkórházakban. A legígéretesebb csapatok a stockholmi és a koppenhágai mentorpartnereknél egyhetes tanulmányúton vehetnek részt, ahol befektetőkkel és kórházi vezetőkkel is találkozhatnak. A projekt teljes költségvetése 1,2 millió euró.</p>
<h2>A konzorcium</h2>
<p>A projektet a Debreceni Egészségipari Klaszter (DEK) koordinálja. Partnerei:</p>
<ul>
<li>Debreceni Egyetem</li>
<li>Hajdú-Bihar Vármegyei Kereskedelmi és Iparkamara</li>
<li>Asociația Clusterul Regional Inovativ de Imagistică Moleculară și Structurală Nord-Est (IMAGO-MOL), Iași</li>
<li>Košický IT a MedTech klaster, Košice</li>
<li>Karolinska Institutet Innovations AB, Stockholm (mentorpartner)</li>
<li>Medicon Valley Alliance, Koppenhága (mentorpartner)</li>
</ul>
<h2>Az első nap</h2>
<p>A rendezvényt dr. Szabó-Kertész Judit, a DEK klasztermenedzsere nyitotta meg. Őt követte Prof. Dr. Nagy Balázs Ádám, a Debreceni Egyetem tudományos rektorhelyettese, aki a klinikai vizsgálatok gyorsításáról beszélt. Az EIT Health részéről Dr. Carolina Mendes Ferraz, a RIS program vezetője (Head of RIS, EIT Health InnoStars) mutatta be, milyen eszközökkel segíti az ügynökség a kevésbé innovatív régiók vállalkozásait.</p>
<p>Délután kerekasztal-beszélgetést tartottak a kórházi beszerzésről. Részt vett benne Ionuț-Alexandru Moraru (IMAGO-MOL), Peter Hudák, a kassai klaszter igazgatója, valamint Kovácsné Tóth Erika, a Hajdú-Bihar Vármegyei Kereskedelmi és Iparkamara nemzetközi titkára. Este a partnerek a debreceni Nagytemplom mellett közös vacsorán vettek részt.</p>
<h2>A második nap</h2>
<p>Csütörtökön a partnerek zárt ülésen megtartották a projekt első irányítóbizottsági ülését, ahol elfogadták a munkatervet és a kommunikációs tervet. Délelőtt a résztvevők üzemlátogatáson vettek részt egy debreceni inzulinpumpa-gyártónál.</p>
<h2>A nyitórendezvény legfontosabb üzenetei</h2>
<ul>
<li>A régió orvostechnikai cégei ritkán jutnak el a nyugat-európai kórházakig, ezért közös bemutatkozási lehetőségekre van szükség</li>
<li>A klaszterek a kórházi beszerzők és a kisvállalkozások közötti bizalom építésében segíthetnek a legtöbbet</li>
<li>A három ország partnereinek egységes mentorprogramot kell kidolgozniuk 2035 végéig</li>
</ul>
<h2>Következő lépések</h2>
<p>A projekt keretében négy alkalmas online szemináriumsorozat indul „MedTech szerdák” címmel. Az alkalmak időpontjai: 2035. március 21., április 11., május 16. és június 20., mindig 10 órától. Az első alkalom témája a CE-jelölés, a másodiké a kórházi beszerzési eljárások, a harmadiké a befektetői tárgyalások előkészítése, a negyediké pedig a klinikai adatok kezelése. A következő partnertalálkozót Iași-ban tartják 2035 szeptemberében, a projekt zárókonferenciáját pedig 2036 novemberében a szlovákiai Kassa városában, a kassai klaszter szervezésében.</p>
<p>A projekt 2035. január 1-jén kezdődött és 2036. december 31-ig tart. Jelentkezni a mentorprogramra 2035. március 31-ig lehet a klaszter honlapján.</p>
<p>Kapcsolat: Szabó-Kertész Judit, klasztermenedzser, DEK</p>
<p><a href="#">Vissza a hírekhez</a> | <a href="#">Megosztás</a> | <a href="#">Nyomtatás</a></p>
</article>
<footer>© 2035 Debreceni Egészségipari Klaszter Egyesület · Adatvédelem · Impresszum</footer>
</body></html>
"""
write(F, T)
D="Debreceni Egészségipari Klaszter"; K="Hajdú-Bihar Vármegyei Kereskedelmi és Iparkamara"
gold(F,
 [P("Szabó-Kertész Judit","klasztermenedzsere",D),
  P("Nagy Balázs Ádám","tudományos rektorhelyettese","Debreceni Egyetem"),
  P("Carolina Mendes Ferraz","Head of RIS","EIT Health InnoStars"),
  P("Ionuț-Alexandru Moraru",None,"IMAGO-MOL"),
  P("Peter Hudák","igazgatója","Košický IT a MedTech klaster"),
  P("Kovácsné Tóth Erika","nemzetközi titkára",K)],
 [O("Debreceni Egészségipari Klaszter Egyesület","DEK"), O("EIT Health"), O("Debreceni Egyetem"),
  O("Debreceni Egyetem Klinikai Központja"), O(K),
  O("Asociația Clusterul Regional Inovativ de Imagistică Moleculară și Structurală Nord-Est","IMAGO-MOL"),
  O("Košický IT a MedTech klaster"), O("Karolinska Institutet Innovations AB"), O("Medicon Valley Alliance"),
  O("EIT Health InnoStars")],
 [E("nyitórendezvény","2035-02-07","2035-02-08","Debrecen","Hungary"),
  E("közös vacsora","2035-02-07",None,"Debrecen","Hungary"),
  E("irányítóbizottsági ülés","2035-02-08",None,"Debrecen","Hungary"),
  E("üzemlátogatás","2035-02-08",None,"Debrecen","Hungary"),
  E("MedTech szerdák","2035-03-21",None,None,None),
  E("MedTech szerdák","2035-04-11",None,None,None),
  E("MedTech szerdák","2035-05-16",None,None,None),
  E("MedTech szerdák","2035-06-20",None,None,None),
  E("partnertalálkozó","2035-09",None,"Iași","Romania"),
  E("zárókonferencia","2036-11",None,"Kassa","Slovakia")],
 ["2035-02-12","2035-02-07/2035-02-08","2035-03-21","2035-04-11","2035-05-16","2035-06-20","2035-09","2036-11",
  "2035-01-01/2036-12-31","2035-03-31","2035","2033/2034"],
 ["A régió orvostechnikai cégei ritkán jutnak el a nyugat-európai kórházakig, ezért közös bemutatkozási lehetőségekre van szükség",
  "A klaszterek a kórházi beszerzők és a kisvállalkozások közötti bizalom építésében segíthetnek a legtöbbet",
  "A három ország partnereinek egységes mentorprogramot kell kidolgozniuk 2035 végéig"],
 pub="2035-02-12")
