from h import *
from email.message import EmailMessage
F = 'g10_karlovy_vary_newsletter.eml'
body = """Vážení členové a partneři klastru,

posíláme Vám zářijové vydání Zpravodaje Západočeského sklářského a porcelánového klastru. Najdete v něm krátkou zprávu z konference o dekarbonizaci sklářských pecí, závěry, na kterých se účastníci shodli, a přehled akcí na podzim 2034.

ZPRÁVA: KONFERENCE „ČISTÝ OHEŇ 2034“

Ve čtvrtek 21. září 2034 se v Lázeňském hotelu Thermal v Karlových Varech konala třetí odborná konference „Čistý oheň“, kterou klastr uspořádal se dvěma partnery: Karlovarská agentura rozvoje podnikání, p. o. (KARP) a Vysoká škola chemicko-technologická v Praze (VŠCHT Praha). Konference se zúčastnilo 118 zástupců sklářských a porcelánových firem, výzkumných organizací a veřejné správy z Česka, Německa a Rakouska.

Konferenci zahájil předseda klastru Ing. Tomáš Kalina, generální ředitel společnosti Sklárna Nové Sedlo a.s., Úvodní slovo pronesla také hejtmanka Karlovarského kraje Mgr. Alena Šimková. V úvodním bloku vystoupila doc. Ing. Lucie Dvořáková, Ph.D. (Ústav skla a keramiky, VŠCHT Praha), která představila výsledky zkoušek tavení skla s vodíkovými hořáky. Dr. Bernd Schmiedel z Bundesverband Glasindustrie e.V. seznámil posluchače se zkušenostmi německých skláren s elektrickými pecemi a Ing. Petr Hrubý, MBA, ředitel výroby Thun Porcelán Loket s.r.o., hovořil o úsporách energie při výpalu porcelánu.

Odpolední panel moderovala výkonná manažerka klastru Ing. Markéta Vondrášková. Diskutující se shodli, že přechod na nízkoemisní tavení je pro malé sklárny finančně velmi náročný a bez sdílení zkušeností a společných projektů ho nezvládnou. Za Ministerstvo průmyslu a obchodu (MPO) vystoupila Ing. Hana Černá, která připomněla, že nová výzva programu na podporu úspor energie bude vyhlášena v lednu 2035. Na závěr konference si účastníci prohlédli ukázkovou hybridní pec ve sklárně v Novém Sedle, kam je dopravil klastrový autobus. Prezentace všech řečníků jsou k dispozici v členské sekci webu klastru a videozáznam panelové diskuse zveřejníme do konce října. Děkujeme partnerům konference a všem firmám, které se podílely na jejím financování.

ZÁVĚRY KONFERENCE

Účastníci konference se shodli na těchto závěrech:
- Malé a střední sklárny potřebují společné poradenství k energetickým auditům a k přípravě projektů na modernizaci pecí.
- Vodíkové a hybridní hořáky jsou technicky připravené, chybí však dostupná infrastruktura pro dodávky vodíku v regionu.
- Klastr by měl vytvořit pracovní skupinu pro dekarbonizaci, otevřenou všem členům i výzkumným partnerům.
- Spolupráce se saskými a bavorskými sklárnami může urychlit přenos osvědčených řešení.
- Region potřebuje více absolventů oboru sklář a technolog; školy a firmy musí spolupracovat na praxích.

DALŠÍ NOVINKY

Novými členy klastru se staly tři organizace: Moser Glass Studio s.r.o., Porcelánka Chodov, s.r.o. a Střední průmyslová škola keramická a sklářská Karlovy Vary. Správní rada na svém zasedání dne 12. září 2034 schválila rozpočet projektu „Sklo 4.0“ a pověřila Ing. Vondráškovou přípravou žádosti do česko-saského programu spolupráce.

Počet členů klastru tak vzrostl na 41. Děkujeme všem, kteří se zapojili do letního dotazníku o potřebách členů; souhrn výsledků rozešleme v listopadu.

Z PRACOVNÍCH SKUPIN

Pracovní skupina pro vzdělávání se sešla 5. září 2034 v Chodově. Vedoucí skupiny Mgr. Jitka Procházková, ředitelka Střední průmyslové školy keramické a sklářské Karlovy Vary, informovala o tom, že škola letos otevřela obor výrobce a dekoratér skla s rekordními 24 přihlášenými žáky. Firmy nabídly celkem 31 míst pro odbornou praxi a dohodly se na společném náborovém dni pro žáky základních škol, který se uskuteční na jaře.

Pracovní skupina pro marketing dokončila novou společnou značku „Sklo a porcelán z Karlovarska“. Značku budou moci používat všichni členové, kteří splní pravidla o původu výrobků. První výrobky se značkou se objeví na veletrhu v Düsseldorfu. Skupina zároveň připravuje společnou prezentaci pro lázeňské hotely, protože hosté lázní patří k nejdůležitějším zákazníkům regionálních výrobců.

Společný nákup energií pro rok 2035 vyjednává kancelář klastru s dodavateli. Zapojilo se do něj 17 firem a první nabídky ukazují úsporu kolem osmi procent oproti individuálním smlouvám.

PŘIPRAVUJEME

- 10. října 2034: seminář „Energetické audity v praxi“, Sokolov, sídlo KARP
- 24.–26. října 2034: společná expozice klastru na veletrhu glasstec v Düsseldorfu
- 14. listopadu 2034: setkání členů a valná hromada klastru, Nové Sedlo
- 5. prosince 2034: webinář s partnery z Glass Cluster Saxony o přeshraničních projektech

Přihlášky na všechny akce přijímá kancelář klastru na adrese info@sklo-porcelan.example.cz.

Se srdečným pozdravem

Ing. Markéta Vondrášková
výkonná manažerka
Západočeský sklářský a porcelánový klastr, z. s.
Krále Jiřího 00, 360 01 Karlovy Vary
tel.: +420 353 000 000

Tento zpravodaj dostáváte jako člen nebo partner klastru. Pokud jej nechcete dostávat, odpovězte prosím na tento e-mail.

-----Původní zpráva-----
Od: Ing. Tomáš Kalina <kalina@sklarna-novesedlo.example.cz>
Odesláno: pondělí 11. září 2034 16:42
Komu: Markéta Vondrášková <vondraskova@sklo-porcelan.example.cz>
Předmět: RE: Zpravodaj – září

> Dobrý den, Markéto,
> děkuji za návrh zpravodaje. Prosím, doplňte do přehledu akcí ještě valnou
> hromadu 14. listopadu a uveďte, že se bude volit nový člen správní rady.
> Ing. Jaroslav Beneš z rady odstupuje k 31. říjnu 2034.
> Závěry z konference bych zařadil až po zprávě, ať je to přehledné.
> Díky,
> Tomáš Kalina
"""
m = EmailMessage()
m['From'] = 'Západočeský sklářský a porcelánový klastr <info@sklo-porcelan.example.cz>'
m['To'] = 'clenove@sklo-porcelan.example.cz'
m['Subject'] = 'Zpravodaj klastru – září 2034: Čistý oheň, závěry a podzimní akce'
m['Date'] = 'Wed, 27 Sep 2034 09:15:00 +0200'
m.set_content(body)
open(path(F), 'wb').write(bytes(m))
gold(F,
 [P("Tomáš Kalina", "předseda klastru", "Západočeský sklářský a porcelánový klastr, z. s."),
  P("Alena Šimková", "hejtmanka Karlovarského kraje", None),
  P("Lucie Dvořáková", None, "Ústav skla a keramiky"),
  P("Bernd Schmiedel", None, "Bundesverband Glasindustrie e.V."),
  P("Petr Hrubý", "ředitel výroby", "Thun Porcelán Loket s.r.o."),
  P("Markéta Vondrášková", "výkonná manažerka", "Západočeský sklářský a porcelánový klastr, z. s."),
  P("Hana Černá", None, "Ministerstvo průmyslu a obchodu"),
  P("Jaroslav Beneš", None, None),
  P("Jitka Procházková", "ředitelka", "Střední průmyslová škola keramická a sklářská Karlovy Vary")],
 [O("Západočeský sklářský a porcelánový klastr, z. s."), O("Karlovarská agentura rozvoje podnikání, p. o.", "KARP"),
  O("Vysoká škola chemicko-technologická v Praze", "VŠCHT Praha"), O("Sklárna Nové Sedlo a.s."),
  O("Ústav skla a keramiky"), O("Bundesverband Glasindustrie e.V."), O("Thun Porcelán Loket s.r.o."),
  O("Ministerstvo průmyslu a obchodu", "MPO"), O("Moser Glass Studio s.r.o."), O("Porcelánka Chodov, s.r.o."),
  O("Střední průmyslová škola keramická a sklářská Karlovy Vary"), O("Glass Cluster Saxony"), O("Správní rada")],
 [E("Čistý oheň", "2034-09-21", None, "Karlovy Vary", "Czechia"),
  E("zasedání správní rady", "2034-09-12", None, None, None),
  E("Energetické audity v praxi", "2034-10-10", None, "Sokolov", "Czechia"),
  E("glasstec", "2034-10-24", "2034-10-26", "Düsseldorf", "Germany"),
  E("setkání členů a valná hromada klastru", "2034-11-14", None, "Nové Sedlo", "Czechia"),
  E("setkání pracovní skupiny pro vzdělávání", "2034-09-05", None, "Chodov", "Czechia"),
  E("webinář s partnery z Glass Cluster Saxony", "2034-12-05", None, None, None)],
 ["2034-09", "2034-09-27", "2034", "2034-09-21", "2035-01", "2034-09-12", "2034-10-10", "2034-10-24/2034-10-26", "2034-11-14", "2034-12-05", "2034-09-11", "2034-10-31", "2034-09-05", "2035", "2034-10", "2034-11"],
 ["Malé a střední sklárny potřebují společné poradenství k energetickým auditům a k přípravě projektů na modernizaci pecí",
  "Vodíkové a hybridní hořáky jsou technicky připravené, chybí však dostupná infrastruktura pro dodávky vodíku v regionu",
  "Klastr by měl vytvořit pracovní skupinu pro dekarbonizaci, otevřenou všem členům i výzkumným partnerům",
  "Spolupráce se saskými a bavorskými sklárnami může urychlit přenos osvědčených řešení",
  "Region potřebuje více absolventů oboru sklář a technolog; školy a firmy musí spolupracovat na praxích"],
 pub="2034-09-27")
