from h import *
import docx
F = 'g08_kalix_kluster_nyhetsbrev.docx'
assert wd(2035,5,24)=='Thursday' and wd(2035,6,12)=='Tuesday' and wd(2035,6,15)=='Friday' and wd(2035,4,18)=='Wednesday'
paras = [
("h","Nyhetsbrev nr 3 – juni 2035"),
("p","Bottenviken Industri- och Energikluster · Kalix · Utskick till medlemmar och samarbetspartner · 1 juni 2035"),
("p","I detta nummer: Nytt från årsmötet · Lärdomar från vätgasseminariet i Luleå · Frukostmöte i Haparanda · Utlysning av förstudiecheckar · Studieresa till Uleåborg · Kort om medlemmarna"),
("h2","Ordföranden har ordet"),
("p","Våren har varit intensiv. Tre nya medlemsföretag, ett välbesökt seminarium och ett årsmöte där vi för första gången hade fler deltagare från Tornedalen än från Kalix. Samtidigt vet vi att de stora investeringarna längre söderut i länet gör det svårare för våra små verkstäder att behålla personal. Klustret ska därför under hösten lägga mer tid på kompetensfrågor. Trevlig sommar! / Maria Lindqvist Sandberg, ordförande"),
("h2","Årsmötet 2035"),
("p","Klustrets årsmöte hölls torsdagen den 24 maj 2035 i Folkets Hus i Kalix med 37 deltagare. Mötet fastställde verksamhetsberättelsen och bokslutet för 2034 samt beviljade styrelsen ansvarsfrihet. Till styrelse för perioden 2035–2037 valdes:"),
("p","Ordförande: Maria Lindqvist Sandberg, Kalix Mekaniska AB"),
("p","Vice ordförande: Jouni Keskitalo, Haparanda Stad, näringslivsenheten"),
("p","Kassör: Bengt-Åke Rönnbäck, Sparbanken Nord"),
("p","Ledamot: Sara Pekkari, Luleå tekniska universitet"),
("p","Ledamot: Tomas Öhman, Öhmans El & Energi AB"),
("p","Avgående ledamoten Gunnel Nordström avtackades efter nio år i styrelsen. Verksamhetsledare Erik Vanhainen presenterade verksamhetsplanen för 2035–2036 med tre fokusområden: energieffektivisering i små industrier, vätgas och gränsöverskridande samarbete med Finland."),
("h2","Lärdomar från vätgasseminariet"),
("p","Den 18 april 2035 arrangerade klustret tillsammans med Region Norrbotten ett seminarium om vätgas för underleverantörer i Luleå. Huvudtalare var Dr. Henrik Wallin från RISE Research Institutes of Sweden. Efter seminariet sammanfattade arbetsgruppen följande lärdomar:"),
("p","• Underleverantörer som vill in i vätgasprojekten behöver certifieringar för tryckkärl och svetsning redan innan upphandlingarna startar"),
("p","• Samarbete med finska företag i Torneå ger tillgång till en större marknad och kortare leveranser än samarbete med Mellansverige"),
("p","• Små företag bör gå samman i konsortier för att kunna lämna anbud på de stora projekten"),
("h2","Inbjudan: Frukostmöte i Haparanda"),
("p","Välkommen till frukostmöte tisdagen den 12 juni 2035 kl. 07.30–09.00 på Stadshotellet i Haparanda. Tema: ”Att anställa över gränsen – regler och praktiska tips”. Medverkar gör Riikka Alatalo, rådgivare vid Gränstjänsten Haparanda-Tornio, och Lars Wikström, Arbetsförmedlingen. Anmälan senast 8 juni till info@bikluster.example.se. Frukosten är kostnadsfri för medlemmar."),
("h2","Utlysning: förstudiecheckar 2035"),
("p","Klustret delar i år ut tio förstudiecheckar på upp till 50 000 kronor vardera. Checkarna finansieras av Region Norrbotten och kan användas för att anlita konsulter eller forskare för en förstudie om energieffektivisering eller nya produkter. Sista ansökningsdag är fredagen den 15 juni 2035. Beslut meddelas i slutet av augusti. Förra året beviljades åtta checkar, bland annat till en förstudie om spillvärme från ett sågverk i Morjärv och en om elektrifiering av skogsmaskiner. Frågor om utlysningen besvaras av verksamhetsledaren."),
("h2","Studieresa till Uleåborg"),
("p","Den 5–7 september 2035 gör klustret en studieresa till Uleåborg i Finland, i samarbete med Business Oulu och Oulun yliopisto. Programmet omfattar företagsbesök, ett besök på stålverket i Torneå på hemvägen och en gemensam middag med det finska nätverket Pohjois-Suomen Energiaklusteri. Antalet platser är begränsat till 20."),
("h2","Kort om medlemmarna"),
("p","Kalix Mekaniska AB har investerat i en ny laserskärmaskin och anställer två operatörer. Öhmans El & Energi AB har fått uppdraget att installera solceller på kommunens fastigheter i Överkalix. Nya medlemmar sedan förra numret: Tornedalens Plåt AB, Nikkala Fiber Ek. för. och konsultbyrån Norrsol."),
("p","Kontakt: Erik Vanhainen, verksamhetsledare, tel. 0923-00 00 00, erik.vanhainen@bikluster.example.se · Bottenviken Industri- och Energikluster, Strandgatan 4, 952 31 Kalix"),
("p","Du får detta nyhetsbrev som medlem eller partner i klustret. Avregistrering: svara på detta utskick med ”avsluta”."),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    else: d.add_paragraph(t)
d.save(path(F))
C = "Bottenviken Industri- och Energikluster"
gold(F,
 [P("Maria Lindqvist Sandberg","Ordförande",C), P("Jouni Keskitalo","Vice ordförande",C),
  P("Bengt-Åke Rönnbäck","Kassör",C), P("Sara Pekkari","Ledamot",C),
  P("Tomas Öhman","Ledamot",C), P("Gunnel Nordström","ledamot",C),
  P("Erik Vanhainen","Verksamhetsledare",C), P("Henrik Wallin",None,"RISE Research Institutes of Sweden"),
  P("Riikka Alatalo","rådgivare","Gränstjänsten Haparanda-Tornio"), P("Lars Wikström",None,"Arbetsförmedlingen")],
 [O(C), O("Kalix Mekaniska AB"), O("Haparanda Stad"), O("Sparbanken Nord"), O("Luleå tekniska universitet"),
  O("Öhmans El & Energi AB"), O("Region Norrbotten"), O("RISE Research Institutes of Sweden"),
  O("Gränstjänsten Haparanda-Tornio"), O("Arbetsförmedlingen"), O("Business Oulu"), O("Oulun yliopisto"),
  O("Pohjois-Suomen Energiaklusteri"), O("Tornedalens Plåt AB"), O("Nikkala Fiber Ek. för."), O("Norrsol")],
 [E("årsmöte","2035-05-24",None,"Kalix","Sweden"),
  E("seminarium om vätgas","2035-04-18",None,"Luleå","Sweden"),
  E("Frukostmöte","2035-06-12",None,"Haparanda","Sweden"),
  E("studieresa till Uleåborg","2035-09-05","2035-09-07","Uleåborg","Finland")],
 ["2035-06","2035-06-01","2035-05-24","2034","2035/2037","2035/2036","2035-04-18","2035-06-12","2035-06-08","2035-06-15","2035-08","2035-09-05/2035-09-07"],
 ["Underleverantörer som vill in i vätgasprojekten behöver certifieringar för tryckkärl och svetsning redan innan upphandlingarna startar",
  "Samarbete med finska företag i Torneå ger tillgång till en större marknad och kortare leveranser än samarbete med Mellansverige",
  "Små företag bör gå samman i konsortier för att kunna lämna anbud på de stora projekten"],
 pub="2035-06-01")
