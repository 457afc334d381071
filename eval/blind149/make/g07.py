from h import *
import docx
F = 'g07_orebro_styrgrupp_protokoll.docx'
assert wd(2040,9,24)=='Monday' and wd(2040,11,29)=='Thursday' and wd(2040,10,16)=='Tuesday'
paras = [
("h","Protokoll fört vid styrgruppsmöte – Robotdalen Bergslagen klusterinitiativ"),
("p","Datum: måndag 24 september 2040, kl. 13.00–16.00 · Plats: Örebro universitet, Campus Alfred Nobel, sal T115, samt via Teams · Protokoll nr 5/2040"),
("h2","Närvarande"),
("p","Ordinarie ledamöter: Karin Ljungberg, ordförande (Epiroc Rock Drills AB), Mattias Nyström, vice ordförande (Örebro universitet), Fatima Al-Hashimi (Region Örebro län), Per-Olof Engström (Atlas Copco Industrial Technique AB), Linnéa Wikström (Almi Företagspartner Mälardalen AB), Jakob de Geer (Lindesbergs kommun)."),
("p","Från klusterorganisationen: Johan Bergqvist, klusterchef, och Ebba Sandell, kommunikatör (sekreterare för mötet). Adjungerad: Dr. Reinhard Moosbrugger, Business Upper Austria, under punkt 6."),
("p","Förhinder: Anders Öberg (Karlskoga kommun)."),
("h2","§ 1 Mötets öppnande"),
("p","Ordföranden Karin Ljungberg öppnade mötet och hälsade särskilt Jakob de Geer välkommen som ny ledamot. Han ersätter Ulla Stenmark, som har gått i pension från Lindesbergs kommun."),
("h2","§ 2 Val av justerare"),
("p","Linnéa Wikström valdes att jämte ordföranden justera protokollet."),
("h2","§ 3 Föregående protokoll"),
("p","Protokollet från mötet den 11 juni 2040 lades till handlingarna."),
("h2","§ 4 Klusterchefens rapport"),
("p","Johan Bergqvist rapporterade att klustret har 74 medlemmar, varav nio nya sedan årsskiftet. Robotveckan i Örebro 2–6 september 2040 samlade 1 100 besökare, jämfört med 780 året innan. Tre medlemsföretag deltog i studieresan till Linz 9–11 oktober 2040 i samarbete med Business Upper Austria."),
("p","Medlemsenkäten, som besvarades av 52 medlemmar, visar att företagen värdesätter matchningen med studenter och de tekniska seminarierna mest, medan de internationella aktiviteterna får lägre betyg. Flera mindre företag efterfrågar stöd för att ansöka om EU-medel. Klusterchefen föreslår därför att kansliet under våren erbjuder en serie korta rådgivningstillfällen i Lindesberg, Karlskoga och Örebro. Ekonomin följer budget; intäkterna från medlemsavgifter ligger något över plan medan kostnaderna för Robotveckan blev högre än beräknat på grund av ökade lokalkostnader. Styrgruppen diskuterade också hur fler kvinnliga ingenjörer och företagsledare kan engageras i klustrets arbetsgrupper och gav kansliet i uppdrag att återkomma med förslag till nästa möte."),
("h2","§ 5 Ny valberedning och årsmöte"),
("p","Styrgruppen föreslår att årsmötet hålls torsdagen den 29 november 2040 kl. 15.00 på Conventum i Örebro, som ett gemensamt medlemsmöte där nästa års styrgrupp väljs. Valberedningen består av Sven-Erik Halvarsson (sammankallande), Maria Lindgren Öst och Oskar Ferm. Nomineringar lämnas senast den 31 oktober 2040."),
("h2","§ 6 Internationellt samarbete"),
("p","Reinhard Moosbrugger presenterade Business Upper Austria och dess mekatronikkluster. Ett gemensamt projekt om robotik för små gjuterier diskuterades. Båda parter ser ett stort intresse hos medlemmarna och vill ta fram en projektidé före årsskiftet, med minst fyra företag från varje region. Klustret är sedan 2038 medlem i European Robotics Cluster Network och skickar en representant till nätverkets möte i Bryssel den 16 oktober."),
("h2","§ 7 Beslut"),
("p","Styrgruppen beslutade:"),
("p","– att godkänna verksamhetsplanen för 2041 med en budget på 6,4 miljoner kronor"),
("p","– att ge klusterchefen i uppdrag att förbereda en ansökan om förlängning av Vinnova-finansieringen för perioden 2041–2044"),
("p","– att utse Mattias Nyström till klustrets representant i European Robotics Cluster Network"),
("p","– att anställa en projektledare för kompetensförsörjning från januari 2041"),
("h2","§ 8 Övriga frågor"),
("p","Fatima Al-Hashimi informerade om att Region Örebro län reviderar sin strategi för smart specialisering 2041–2046. Klustret bjuds in till en workshop den 6 november."),
("h2","§ 9 Mötets avslutande"),
("p","Ordföranden tackade för visat intresse och avslutade mötet kl. 15.50. Nästa styrgruppsmöte hålls i samband med årsmötet."),
("p","Vid protokollet: Ebba Sandell · Justeras: Karin Ljungberg, Linnéa Wikström"),
("p","Robotdalen Bergslagen ekonomisk förening · Fakultetsgatan 1, 702 81 Örebro · info@robotdalenbergslagen.example.se"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
C="Robotdalen Bergslagen ekonomisk förening"
gold(F,
 [P("Karin Ljungberg","ordförande",C), P("Mattias Nyström","vice ordförande",C),
  P("Fatima Al-Hashimi",None,"Region Örebro län"), P("Per-Olof Engström",None,"Atlas Copco Industrial Technique AB"),
  P("Linnéa Wikström",None,"Almi Företagspartner Mälardalen AB"), P("Jakob de Geer","ny ledamot",C),
  P("Johan Bergqvist","klusterchef",C), P("Ebba Sandell","kommunikatör",C),
  P("Reinhard Moosbrugger",None,"Business Upper Austria"), P("Anders Öberg",None,"Karlskoga kommun"),
  P("Ulla Stenmark",None,"Lindesbergs kommun"), P("Sven-Erik Halvarsson","sammankallande",C),
  P("Maria Lindgren Öst",None,C), P("Oskar Ferm",None,C)],
 [O(C), O("Epiroc Rock Drills AB"), O("Örebro universitet"), O("Region Örebro län"), O("Atlas Copco Industrial Technique AB"),
  O("Almi Företagspartner Mälardalen AB"), O("Lindesbergs kommun"), O("Business Upper Austria"), O("Karlskoga kommun"),
  O("European Robotics Cluster Network"), O("Vinnova")],
 [E("styrgruppsmöte","2040-09-24",None,"Örebro","Sweden"),
  E("mötet","2040-06-11",None,None,None),
  E("Robotveckan","2040-09-02","2040-09-06","Örebro","Sweden"),
  E("studieresan till Linz","2040-10-09","2040-10-11","Linz","Austria"),
  E("årsmötet","2040-11-29",None,"Örebro","Sweden"),
  E("nätverkets möte","2040-10-16",None,"Bryssel","Belgium"),
  E("workshop","2040-11-06",None,None,None)],
 ["2040-09-24","2040-06-11","2040-09-02/2040-09-06","2040-10-09/2040-10-11","2040-11-29","2040-10-31","2038","2040-10-16",
  "2041","2041/2044","2041-01","2041/2046","2040-11-06"],
 ["att godkänna verksamhetsplanen för 2041 med en budget på 6,4 miljoner kronor",
  "att ge klusterchefen i uppdrag att förbereda en ansökan om förlängning av Vinnova-finansieringen för perioden 2041–2044",
  "att utse Mattias Nyström till klustrets representant i European Robotics Cluster Network",
  "att anställa en projektledare för kompetensförsörjning från januari 2041"],
 pub=None)
