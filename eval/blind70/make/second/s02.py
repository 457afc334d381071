from w import W
C="Drevársky klaster Banská Bystrica, z. z. p. o."
rows=[("Mestské lesy Banská Bystrica","Peter Sliacky"),("Lesy Slovenskej republiky, štátny podnik – Odštepný závod Slovenská Ľupča","Michaela Turčanová"),
("Urbárske pozemkové spoločenstvo Hronsek","Ján Bystrický"),("Drevoskupina Podpoľanie","Ladislav Kuruc"),("BUKOVEC Piliarske závody",None),
("Tatrahouse Modul","Silvia Ondrejková"),("Hronská stolárska dielňa Benko & syn","Tomáš Benko"),("Lamelwood Slovakia","Friedrich Haberl"),
("Dyhárne Kremnica","Radoslav Šimko"),("Pellet Polana","Mária Kvietková"),("DREVOSTAV Pohronie","Igor Medveď"),("Ateliér Ťažký & Partneri","Lucia Ťažká"),
("Slovenská komora stavebných inžinierov – regionálne stredisko Banská Bystrica","Vladimír Kováčik"),("Modulbau Zvolen","Jozef Gregor-Hanák"),
("Technická univerzita vo Zvolene","Rastislav Lagaňa"),("Univerzita Mateja Bela v Banskej Bystrici","Katarína Čižmárová"),
("Stredná odborná škola drevárska Zvolen","Anton Babiak"),("Národné lesnícke centrum","Tibor Priwitzer"),("Centrum inovácií dreva CID","Eva de la Fuente Brišková"),
("Banskobystrický samosprávny kraj","Ondrej Lunter"),("Mesto Banská Bystrica","Ján Nosko"),("Mesto Zvolen","Lenka Balážová"),
("Slovenská obchodná a priemyselná komora – Banskobystrická regionálna komora","Miroslav Bobák"),("Regionálna rozvojová agentúra Horehronie","Silvia Pôbiš-Gálová"),
("Holzcluster Steiermark","Gerhild Zöhrer"),("Klaster Drzewny Podhale","Wojciech Gąsienica-Byrcyn"),("Zväz spracovateľov dreva SR","Stanislav Balaj"),("Lignum Consult","Pavol van der Heijden-Mráz")]
P=[("Marek Hudec","Predsedom predstavenstva",C),("Zuzana Kráľová-Gombošová","riaditeľom klastra",C)]+[(p,None,o) for o,p in rows if p]+[(n,"Čestní členovia",C) for n in ["Jozef Matejov","Alžbeta Hrnčiarová","Jaroslav Šinka"]]
acr={"Technická univerzita vo Zvolene":"TUZVO","Slovenská obchodná a priemyselná komora – Banskobystrická regionálna komora":"SOPK"}
O=[(C,None)]+[(o,acr.get(o)) for o,p in rows]
W("drevarsky-klaster-banska-bystrica-clenovia","drevarsky-klaster-banska-bystrica-clenovia.md",P,O,
[("Valné zhromaždenie","2033-11-23","2033-11-23","Zvolen","Slovakia")],
["2034-02-14","2029-05-12","2033-11-23","2031","2032"],pub="2034-02-14")
