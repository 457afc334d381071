from s import *
PK="Považský strojársky klaster"
txt=open('trencin-klaster-konferencia-2033-sk.txt.txt').read()
km=[l[2:].strip() for l in txt.split('Čo si odnášame')[1].split('Siedmy')[0].splitlines() if l.startswith('- ')]
W("trencin-klaster-konferencia-2033-sk","trencin-klaster-konferencia-2033-sk.txt","2033-10-24",[
P("Marek ŠTEFANKO","predseda predstavenstva",PK),P("Zuzana Hrušovská-Kmeťová","podpredsedníčka kraja","Trenčiansky samosprávny kraj"),
P("Peter Vavro","prorektor pre vedu a výskum","Trenčianskej univerzity Alexandra Dubčeka v Trenčíne"),P("Lucia Mináriková","manažérka klastra",PK),
P("Jozef Baláž","generálny riaditeľ","Vážska strojárňa a.s."),P("Katharina Lindner-Pöschl","vedúca oddelenia medzinárodnej spolupráce","Mechatronik-Cluster"),
P("Tomáš Kubiš",None,"Slovenskej agentúry pre rozvoj investícií a obchodu"),P("Radoslav Michalec","konateľ","HYDROPRESS Nové Mesto s.r.o.")],
[O(PK,"PSK"),O("Trenčianskej univerzity Alexandra Dubčeka v Trenčíne"),O("Trenčiansky samosprávny kraj"),O("Vážska strojárňa a.s."),O("Mechatronik-Cluster"),
O("Slovenskej agentúry pre rozvoj investícií a obchodu","SARIO"),O("Enterprise Europe Network Slovensko"),O("Continental Matador Rubber s.r.o."),
O("HYDROPRESS Nové Mesto s.r.o."),O("Únia klastrov Slovenska","ÚKS"),O("Slovenská inovačná a energetická agentúra","SIEA"),
O("Obchodná a priemyselná komora – Trenčianska regionálna komora")],
[E("STROJ-INOV 2033","2033-10-18","2033-10-19","Trenčín","Slovakia"),E("STROJ-INOV (7. ročník)","2034-06-11","2034-06-12","Púchov","Slovakia")]+
[E(f"STROJ-INOV ({n}. ročník)",str(y),None,"Trenčín" if n!=3 else None,"Slovakia" if n!=3 else None) for n,y in [(1,2028),(2,2029),(3,2030),(4,2031),(5,2032)]],
["2033-10-18/2033-10-19","2033/2040","2034-03","2034-06-11/2034-06-12","2034-06","2034-01","2034-03-01","2028","2029","2030","2031","2032","2033","2021/2027","2033-09-15","2033-04-28"],km)
