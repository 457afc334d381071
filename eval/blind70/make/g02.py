from h import *
F = 'drevarsky-klaster-banska-bystrica-clenovia.md'
T = f"""[Domov](/) › [O klastri](/o-klastri) › Členovia

# Členovia klastra

**Drevársky klaster Banská Bystrica, z. z. p. o.** – záujmové združenie právnických osôb so sídlom v Banskej Bystrici

*Aktualizované: {wd(2034,2,14,'sk')} 14. februára 2034 · Zoznam spravuje kancelária klastra*

Klaster bol založený 12. mája 2029 deviatimi zakladajúcimi členmi a dnes združuje 47 členov z Banskobystrického kraja a okolia. Členovia sú rozdelení do piatich sekcií podľa odvetvia. Pri každom členovi uvádzame právnu formu, sídlo a zástupcu v Rade členov. Zakladajúci členovia sú označení hviezdičkou (*). Zoznam neobsahuje kontaktné údaje; tie poskytne na požiadanie kancelária klastra v Banskej Bystrici.

Nových členov prijíma Valné zhromaždenie na návrh predstavenstva. Posledné Valné zhromaždenie sa konalo {wd(2033,11,23,'sk')} 23. novembra 2033 v Zvolene a prijalo šesť nových členov. Predsedom predstavenstva je Ing. Marek Hudec, PhD., riaditeľom klastra je Mgr. Zuzana Kráľová-Gombošová.

## 1. Lesné hospodárstvo a surovina

| Člen | Právna forma | Sídlo | Zástupca v Rade členov |
|---|---|---|---|
| Mestské lesy Banská Bystrica* | s. r. o. | Banská Bystrica | Ing. Peter Sliacky |
| Lesy Slovenskej republiky, štátny podnik – Odštepný závod Slovenská Ľupča | š. p. | Slovenská Ľupča | Ing. Michaela Turčanová |
| Urbárske pozemkové spoločenstvo Hronsek | pozemkové spoločenstvo | Hronsek | Ján Bystrický |
| Drevoskupina Podpoľanie | družstvo | Detva | Ing. Ladislav Kuruc |

## 2. Spracovanie dreva a výroba

| Člen | Právna forma | Sídlo | Zástupca v Rade členov |
|---|---|---|---|
| BUKOVEC Piliarske závody* | a. s. | Zvolen | Ing. Marek Hudec, PhD. |
| Tatrahouse Modul | s. r. o. | Brezno | Ing. arch. Silvia Ondrejková |
| Hronská stolárska dielňa Benko & syn | s. r. o. | Sliač | Tomáš Benko |
| Lamelwood Slovakia | a. s. | Žiar nad Hronom | Dipl.-Ing. Friedrich Haberl |
| Dyhárne Kremnica | k. s. | Kremnica | Ing. Radoslav Šimko |
| Pellet Polana | s. r. o. | Hriňová | Mária Kvietková |

## 3. Stavebníctvo a architektúra

| Člen | Právna forma | Sídlo | Zástupca v Rade členov |
|---|---|---|---|
| DREVOSTAV Pohronie* | s. r. o. | Banská Bystrica | Ing. Igor Medveď |
| Ateliér Ťažký & Partneri | v. o. s. | Banská Bystrica | Ing. arch. Lucia Ťažká |
| Slovenská komora stavebných inžinierov – regionálne stredisko Banská Bystrica | komora | Banská Bystrica | Ing. Vladimír Kováčik |
| Modulbau Zvolen | s. r. o. | Zvolen | Jozef Gregor-Hanák |

## 4. Výskum, vzdelávanie a inovácie

| Člen | Právna forma | Sídlo | Zástupca v Rade členov |
|---|---|---|---|
| Technická univerzita vo Zvolene (TUZVO)* | verejná vysoká škola | Zvolen | prof. Ing. Rastislav Lagaňa, PhD. |
| Univerzita Mateja Bela v Banskej Bystrici* | verejná vysoká škola | Banská Bystrica | doc. Ing. Katarína Čižmárová, PhD. |
| Stredná odborná škola drevárska Zvolen | rozpočtová organizácia | Zvolen | Mgr. Anton Babiak |
| Národné lesnícke centrum | štátna príspevková organizácia | Zvolen | Ing. Tibor Priwitzer, PhD. |
| Centrum inovácií dreva CID | n. o. | Zvolen | Ing. Eva de la Fuente Brišková |

## 5. Verejná správa a podporné organizácie

| Člen | Právna forma | Sídlo | Zástupca v Rade členov |
|---|---|---|---|
| Banskobystrický samosprávny kraj* | vyšší územný celok | Banská Bystrica | Mgr. Ondrej Lunter |
| Mesto Banská Bystrica* | obec | Banská Bystrica | Ing. Ján Nosko |
| Mesto Zvolen | obec | Zvolen | Ing. Lenka Balážová |
| Slovenská obchodná a priemyselná komora – Banskobystrická regionálna komora (SOPK) | komora | Banská Bystrica | Ing. Miroslav Bobák |
| Regionálna rozvojová agentúra Horehronie | záujmové združenie | Brezno | Silvia Pôbiš-Gálová |

## Noví členovia od 23. novembra 2033

Na Valnom zhromaždení v Zvolene boli prijatí: Tatrahouse Modul, s. r. o., Pellet Polana, s. r. o., Modulbau Zvolen, s. r. o., Centrum inovácií dreva CID, n. o., Mesto Zvolen a Regionálna rozvojová agentúra Horehronie. Riaditeľka klastra Zuzana Kráľová-Gombošová ich privítala slovami: „Každý nový člen posúva reťazec od lesa až po hotový dom bližšie k jednému regiónu.“

## Pridružení a čestní členovia

Pridružení členovia nemajú hlasovacie právo, ale zúčastňujú sa na pracovných skupinách a podujatiach klastra. Čestné členstvo udeľuje Valné zhromaždenie osobnostiam, ktoré sa zaslúžili o rozvoj drevárstva v regióne.

| Pridružený člen | Právna forma | Sídlo | Kontakt |
|---|---|---|---|
| Holzcluster Steiermark | GmbH | Graz (Rakúsko) | Mag. Gerhild Zöhrer |
| Klaster Drzewny Podhale | stowarzyszenie | Nowy Targ (Poľsko) | Dr. Wojciech Gąsienica-Byrcyn |
| Zväz spracovateľov dreva SR | záujmové združenie | Zvolen | Ing. Stanislav Balaj |
| Lignum Consult | s. r. o. | Bratislava | Ing. Pavol van der Heijden-Mráz |

Čestní členovia: prof. Ing. Jozef Matejov, DrSc. (od roku 2031), Ing. Alžbeta Hrnčiarová (od roku 2032), Ing. Jaroslav Šinka (
"""
write(F, T)
K='Drevársky klaster Banská Bystrica, z. z. p. o.'
gold(F,
 [P('Marek Hudec','Predsedom predstavenstva','Drevársky klaster Banská Bystrica, z. z. p. o.'), P('Zuzana Kráľová-Gombošová','riaditeľom klastra','Drevársky klaster Banská Bystrica, z. z. p. o.'),
  P('Peter Sliacky',None,'Mestské lesy Banská Bystrica'), P('Michaela Turčanová',None,'Lesy Slovenskej republiky, štátny podnik – Odštepný závod Slovenská Ľupča'),
  P('Ján Bystrický',None,'Urbárske pozemkové spoločenstvo Hronsek'), P('Ladislav Kuruc',None,'Drevoskupina Podpoľanie'),
  P('Silvia Ondrejková',None,'Tatrahouse Modul'), P('Tomáš Benko',None,'Hronská stolárska dielňa Benko & syn'), P('Friedrich Haberl',None,'Lamelwood Slovakia'),
  P('Radoslav Šimko',None,'Dyhárne Kremnica'), P('Mária Kvietková',None,'Pellet Polana'), P('Igor Medveď',None,'DREVOSTAV Pohronie'),
  P('Lucia Ťažká',None,'Ateliér Ťažký & Partneri'), P('Vladimír Kováčik',None,'Slovenská komora stavebných inžinierov – regionálne stredisko Banská Bystrica'),
  P('Jozef Gregor-Hanák',None,'Modulbau Zvolen'), P('Rastislav Lagaňa',None,'Technická univerzita vo Zvolene'), P('Katarína Čižmárová',None,'Univerzita Mateja Bela v Banskej Bystrici'),
  P('Anton Babiak',None,'Stredná odborná škola drevárska Zvolen'), P('Tibor Priwitzer',None,'Národné lesnícke centrum'), P('Eva de la Fuente Brišková',None,'Centrum inovácií dreva CID'),
  P('Ondrej Lunter',None,'Banskobystrický samosprávny kraj'), P('Ján Nosko',None,'Mesto Banská Bystrica'), P('Lenka Balážová',None,'Mesto Zvolen'),
  P('Miroslav Bobák',None,'Slovenská obchodná a priemyselná komora – Banskobystrická regionálna komora'), P('Silvia Pôbiš-Gálová',None,'Regionálna rozvojová agentúra Horehronie'),
  P('Gerhild Zöhrer','Kontakt','Holzcluster Steiermark'), P('Wojciech Gąsienica-Byrcyn','Kontakt','Klaster Drzewny Podhale'), P('Stanislav Balaj','Kontakt','Zväz spracovateľov dreva SR'),
  P('Pavol van der Heijden-Mráz','Kontakt','Lignum Consult'), P('Jozef Matejov','Čestní členovia',None), P('Alžbeta Hrnčiarová','Čestní členovia',None), P('Jaroslav Šinka','Čestní členovia',None)],
 [O(K), O('Mestské lesy Banská Bystrica'), O('Lesy Slovenskej republiky, štátny podnik – Odštepný závod Slovenská Ľupča'), O('Urbárske pozemkové spoločenstvo Hronsek'),
  O('Drevoskupina Podpoľanie'), O('BUKOVEC Piliarske závody'), O('Tatrahouse Modul'), O('Hronská stolárska dielňa Benko & syn'), O('Lamelwood Slovakia'),
  O('Dyhárne Kremnica'), O('Pellet Polana'), O('DREVOSTAV Pohronie'), O('Ateliér Ťažký & Partneri'),
  O('Slovenská komora stavebných inžinierov – regionálne stredisko Banská Bystrica'), O('Modulbau Zvolen'), O('Technická univerzita vo Zvolene','TUZVO'),
  O('Univerzita Mateja Bela v Banskej Bystrici'), O('Stredná odborná škola drevárska Zvolen'), O('Národné lesnícke centrum'), O('Centrum inovácií dreva CID'),
  O('Banskobystrický samosprávny kraj'), O('Mesto Banská Bystrica'), O('Mesto Zvolen'), O('Slovenská obchodná a priemyselná komora – Banskobystrická regionálna komora','SOPK'),
  O('Regionálna rozvojová agentúra Horehronie'), O('Holzcluster Steiermark'), O('Klaster Drzewny Podhale'), O('Zväz spracovateľov dreva SR'), O('Lignum Consult')],
 [E('Valné zhromaždenie','2033-11-23','2033-11-23','Zvolen','Slovakia')],
 ['2034-02-14','2029-05-12','2033-11-23','2031','2032'], pub='2034-02-14')
