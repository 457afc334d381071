from h import *
F = 'g13_halsingland_sensorkluster_minnesord.txt'
assert wd(2035,3,2)=='Friday' and wd(2035,3,23)=='Friday' and wd(2035,4,24)=='Tuesday' and wd(2035,5,15)=='Tuesday' and wd(2035,5,16)=='Wednesday'
T = """NYHETSBREV FRÅN HÄLSINGE SENSORKLUSTER
Nr 2 · mars 2035

I detta nummer: Minnesord över Pelle Norberg · Kallelse till årsstämma · Ny på kansliet · Kalendarium

──────────────────────────────

MINNESORD

Per-Olof ”Pelle” Norberg
1958–2035

Vår grundare och förste ordförande Per-Olof Norberg har lämnat oss. Han somnade in fredagen den 2 mars 2035 på Hudiksvalls sjukhus efter en kort tids sjukdom, 76 år gammal. Närmast sörjer hustrun Birgitta, barnen och barnbarnen, men saknaden är stor också i hela klustret och långt utanför Hälsingland.

Pelle föddes i Ljusdal och utbildade sig till civilingenjör vid Kungliga Tekniska högskolan i Stockholm. Efter några år på Ericsson i Kista flyttade han hem till Hälsingland, där han 1991 grundade Norberg Fiberteknik AB i Hudiksvall. Företaget gick från ett garage på Östra Kyrkogatan till en fabrik med över hundra anställda och kunder i hela Europa.

Pelle var övertygad om att små företag i en liten stad kunde mäta sig med vem som helst, om de bara slutade se varandra som konkurrenter. Det var därför han 2016 samlade ett dussin företag, Hudiksvalls kommun och Högskolan i Gävle kring ett köksbord och föreslog att de skulle bilda ett kluster. Han var ordförande 2016–2028 och satt kvar i styrelsen som ledamot fram till årsskiftet. Under hans ledning växte Hälsinge Sensorkluster till 74 medlemmar, fick egna labblokaler i Fiberparken och blev en självklar partner för Region Gävleborg.

Vi som arbetade med Pelle minns hans envishet, hans torra humor och hans vana att alltid ställa samma fråga efter ett möte: ”Och vem ringer vem i morgon?” Han tyckte illa om långa dokument och mycket om korta beslut. Han lärde oss att en klusterorganisation finns till för medlemmarna och inte tvärtom.

Många av oss minns också resan till Oulu 2019, när Pelle på stående fot övertygade tre finska företag om att flytta en del av sin produktion till Hudiksvall, eller kvällarna i Fiberparkens kök där han lagade älggryta åt doktorander från Högskolan i Gävle. Han var generös med sin tid och sina kontakter, och han glömde aldrig ett namn.

Begravningen äger rum fredagen den 23 mars 2035 kl. 13.00 i Hudiksvalls kyrka. Familjen har meddelat att man i stället för blommor gärna ser en gåva till Pelles stipendiefond för unga ingenjörer, som förvaltas av klustret.

Styrelsen och kansliet genom
Karin Sjödin-Wahlberg, ordförande
Anders Löfgren, verksamhetsledare

──────────────────────────────

KALLELSE TILL ÅRSSTÄMMA

Medlemmarna i Hälsinge Sensorkluster ekonomisk förening kallas till ordinarie föreningsstämma tisdagen den 24 april 2035 kl. 15.00 i Fiberparken, Hudiksvall. Stämman inleds med en tyst minut för Pelle Norberg.

Valberedningen, genom sammankallande Lennart Hedlund, föreslår omval av ordförande Karin Sjödin-Wahlberg (Sjödin Mätsystem AB) och av ledamöterna Maria Ek (Högskolan i Gävle) och Tobias Nordin (Hudiksvalls kommun). Som nya ledamöter föreslås Jonas Åkerblom, vd för Ljusdals Elektronik AB, och Sara Berglund från Almi Gävleborg. Revisor: Lisa Holm, auktoriserad revisor vid Revisionsbyrån Hälsingeland.

Handlingar skickas ut senast den 10 april. Anmälan till stämman och till den efterföljande middagen görs till kansliet senast den 17 april.

──────────────────────────────

NY PÅ KANSLIET

Den 12 mars började Elin Qvarnström som projektledare för kompetensförsörjning. Elin kommer närmast från Arbetsförmedlingen i Bollnäs och ska bland annat bygga upp klustrets yrkeshögskoleutbildning i optronik tillsammans med Hudiksvalls kommun. Välkommen, Elin!

──────────────────────────────

KALENDARIUM

24 april 2035 – Årsstämma, Fiberparken, Hudiksvall
15–16 maj 2035 – Sensordagarna, Gävle Konserthus, tillsammans med Högskolan i Gävle
7 juni 2035 – Frukostmöte: ”Exportera från Hälsingland”, med Business Sweden, Ljusdal

Hälsinge Sensorkluster ek. för. · Fiberparken, Hudiksvall · kansli@sensorkluster.example.se
Vill du inte längre få nyhetsbrevet? Svara med ”avsluta”.
"""
write(F, T)
C = "Hälsinge Sensorkluster"
gold(F,
 [P("Per-Olof Norberg","ordförande",C),
  P("Karin Sjödin-Wahlberg","ordförande",C),
  P("Anders Löfgren","verksamhetsledare",C),
  P("Lennart Hedlund","sammankallande",C),
  P("Maria Ek","ledamot",C),
  P("Tobias Nordin","ledamot",C),
  P("Jonas Åkerblom","vd","Ljusdals Elektronik AB"),
  P("Sara Berglund",None,"Almi Gävleborg"),
  P("Lisa Holm","Revisor",C),
  P("Elin Qvarnström","projektledare för kompetensförsörjning",C)],
 [O("Hälsinge Sensorkluster ekonomisk förening",None), O("Kungliga Tekniska högskolan"), O("Ericsson"), O("Norberg Fiberteknik AB"), O("Hudiksvalls kommun"),
  O("Högskolan i Gävle"), O("Region Gävleborg"), O("Sjödin Mätsystem AB"), O("Ljusdals Elektronik AB"),
  O("Almi Gävleborg"), O("Revisionsbyrån Hälsingeland"), O("Arbetsförmedlingen"), O("Business Sweden")],
 [E("Begravningen","2035-03-23",None,"Hudiksvall","Sweden"),
  E("ordinarie föreningsstämma","2035-04-24",None,"Hudiksvall","Sweden"),
  E("Sensordagarna","2035-05-15","2035-05-16","Gävle","Sweden"),
  E("Frukostmöte: ”Exportera från Hälsingland”","2035-06-07",None,"Ljusdal","Sweden")],
 ["2035-03","1958/2035","2035-03-02","1991","2019","2016","2016/2028","2035-03-23","2035-04-24","2035-04-10","2035-04-17",
  "2035-03-12","2035-05-15/2035-05-16","2035-06-07"],
 [], pub=None)
