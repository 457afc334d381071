from w import W
C="Drevársky klaster Banská Bystrica"
R=[("Peter Sliacky","Mestské lesy Banská Bystrica"),("Michaela Turčanová","Lesy Slovenskej republiky, štátny podnik – Odštepný závod Slovenská Ľupča"),
("Ján Bystrický","Urbárske pozemkové spoločenstvo Hronsek"),("Ladislav Kuruc","Drevoskupina Podpoľanie"),("Silvia Ondrejková","Tatrahouse Modul"),
("Tomáš Benko","Hronská stolárska dielňa Benko & syn"),("Friedrich Haberl","Lamelwood Slovakia"),("Radoslav Šimko","Dyhárne Kremnica"),("Mária Kvietková","Pellet Polana"),
("Igor Medveď","DREVOSTAV Pohronie"),("Lucia Ťažká","Ateliér Ťažký & Partneri"),("Vladimír Kováčik","Slovenská komora stavebných inžinierov – regionálne stredisko Banská Bystrica"),
("Jozef Gregor-Hanák","Modulbau Zvolen"),("Rastislav Lagaňa","Technická univerzita vo Zvolene"),("Katarína Čižmárová","Univerzita Mateja Bela v Banskej Bystrici"),
("Anton Babiak","Stredná odborná škola drevárska Zvolen"),("Tibor Priwitzer","Národné lesnícke centrum"),("Eva de la Fuente Brišková","Centrum inovácií dreva CID"),
("Ondrej Lunter","Banskobystrický samosprávny kraj"),("Ján Nosko","Mesto Banská Bystrica"),("Lenka Balážová","Mesto Zvolen"),
("Miroslav Bobák","Slovenská obchodná a priemyselná komora – Banskobystrická regionálna komora"),("Silvia Pôbiš-Gálová","Regionálna rozvojová agentúra Horehronie"),
("Gerhild Zöhrer","Holzcluster Steiermark"),("Wojciech Gąsienica-Byrcyn","Klaster Drzewny Podhale"),("Stanislav Balaj","Zväz spracovateľov dreva SR"),("Pavol van der Heijden-Mráz","Lignum Consult")]
P=[("Marek Hudec","Predsedom predstavenstva",C),("Zuzana Kráľová-Gombošová","Riaditeľka klastra",C)]+[(a,None,b) for a,b in R]+[("Jozef Matejov",None,None),("Alžbeta Hrnčiarová",None,None),("Jaroslav Šinka",None,None)]
O=[(C+", z. z. p. o.",None)]+[(b,None) for a,b in R]
O=[(n,"TUZVO") if n.startswith("Technická") else (n,"SOPK") if n.startswith("Slovenská obchodná") else (n,"CID") if n.startswith("Centrum inov") else (n,a) for n,a in O]
W("drevarsky-klaster-banska-bystrica-clenovia","drevarsky-klaster-banska-bystrica-clenovia.md","2034-02-14",P,O,
[("Valné zhromaždenie","2033-11-23","2033-11-23","Zvolen","Slovakia")],["2034-02-14","2029-05-12","2033-11-23","2031","2032"],[])
