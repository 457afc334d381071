from h import *
F = 'nyhet_ny-styrelse-havsnara-aland-2035.md'
T = '''# Ny styrelse för Havsnära Åland – rederierna och de unga företagen delar på makten

*Publicerad 2035-04-26 av kansliet | Nyheter > Klustret*

Vid föreningens ordinarie årsmöte i Mariehamn tisdagen den 24 april 2035 valdes en ny styrelse för Havsnära Åland r.f., det åländska klustret för sjöfart, hamnlogistik och marin teknik. Cirka 55 medlemmar deltog på plats i Sjöfartsmuseets auditorium och ytterligare ett tjugotal följde mötet via länk. Till mötesordförande valdes advokat Gunnel Sjöblom, och till sekreterare för mötet klustrets kommunikatör Jonna Lindqvist.

Styrelsens verksamhetsberättelse och bokslutet för 2034 godkändes och den avgående styrelsen beviljades ansvarsfrihet. Årsmötet fastställde också verksamhetsplanen och budgeten för 2035 samt en höjd medlemsavgift för företag med fler än 50 anställda.

Som gästtalare medverkade Sara Ekblad, avdelningschef vid näringsavdelningen, Ålands landskapsregering, som presenterade den nya strategin för blå tillväxt 2035–2040. Hon lyfte särskilt fram behovet av fler utbildningsplatser för tekniker inom elektrifierad sjöfart och lovade att landskapet ska stödja klustrets arbete med en gemensam testbädd i Västerhamn.

Under 2034 växte klustret från 61 till 74 medlemmar. Bland de nya finns tre start-up-företag från inkubatorn på Högskolan på Åland, två rederier från Pargas och Kimitoön samt ett svenskt konsultbolag från Norrtälje. Omsättningen i klustrets gemensamma projekt uppgick till drygt 1,4 miljoner euro. Verksamhetsledaren redogjorde också för de två studieresor som gjordes under året, till Bergen i maj och till Göteborg i oktober 2034. Båda resorna gav nya kontakter med varv och hamnar som arbetar med batteridrivna färjor.

## Den nya styrelsen

Valberedningens förslag godkändes utan motkandidater. Styrelsen består för perioden 2035–2037 av:

- **Ordförande:** Mikael Eriksson, vd, Rederi Ab Skärgårdsvind
- **Vice ordförande:** Linnéa Mattsson, teknisk chef, Ålands Varvsteknik Ab
- **Kassör:** Rasmus Holmberg, ekonomichef, Hamnbolaget Västerhamn Ab
- **Ledamöter:** Sofia Karlsson (Nautilo Systems Ab), Henrik af Hällström (Eckerö Marinservice Ab), Petra Nordlund-Öst (Högskolan på Åland) och Jesper Widén (grundare av start-up-företaget Ballastra Ab)
- **Suppleanter:** Ida Sundblom (Sundbloms Fisk Ab) och Tobias Mörn (Ålands Utvecklings Ab)

Nya i styrelsen är Linnéa Mattsson, Jesper Widén och Ida Sundblom. Styrelsen konstituerade sig vid ett kort möte direkt efter årsmötet.

Till revisorer valdes Charlotte Granqvist, CGR, Revisionsbyrå Granqvist & Co Ab, med Kent Lundberg som revisorssuppleant. Som verksamhetsgranskare fortsätter Birgitta Öhman.

Valberedningen inför årsmötet 2036 består av Ulf Jansson (sammankallande), Karin Häggblom och Niklas Aaltonen.

## Tack till de avgående

Den avgående ordföranden Bengt-Ola Lindholm lämnar styrelsen efter sex år, varav fyra som ordförande. Han var med och grundade klustret 2029 och har lett arbetet med det gemensamma projektet för landström i Mariehamns hamn. Årsmötet utsåg honom till hedersmedlem. Även Annika Wikström (Ålands Sjöfartsskola) och Peter Gustafsson lämnar styrelsen; båda tackades med blommor.

– Bengt-Ola har gett klustret en röst både i Helsingfors och i Stockholm. Nu är det dags att få in fler av de små teknikföretagen i arbetet, säger den nyvalde ordföranden Mikael Eriksson.

## Klustrets kansli

Kansliet leds sedan hösten 2033 av verksamhetsledare Emma Blomqvist, som också är kontaktperson gentemot Landskapsregeringen och Business Finland. Kommunikatör Jonna Lindqvist ansvarar för nyhetsbrevet och webben. Projektkoordinator Oskar Fagerlund arbetar med EU-projektet GREENQUAY, som pågår till och med december 2036.

## Vad händer härnäst?

- **Styrelsens första ordinarie möte** hålls den 15 maj 2035 hos Ålands Varvsteknik Ab i Jomala.
- **Sommarmingel** för medlemmar ordnas tisdagen den 12 juni 2035 ombord på ett av Skärgårdsvinds fartyg.
- **Åland Maritime Day 2035** äger rum den 9–10 september 2035 i Mariehamn, med tema "Elektrifiering av skärgårdstrafiken". Anmälan öppnar i juni.
- Klustret deltar i **Nor-Shipping** i Lillestrøm i juni 2035 tillsammans med Business Finland.

Protokollet från årsmötet finns tillgängligt för medlemmar på medlemssidorna senast den 10 maj.

---
Havsnära Åland r.f. · Norra Esplanadgatan 7 · AX-22100 Mariehamn · info@havsnara.example
Dela: Facebook · LinkedIn · E-post
'''
write(F, T)
HA='Havsnära Åland r.f.'
gold(F, [
 P('Gunnel Sjöblom','advokat',None),
 P('Jonna Lindqvist','kommunikatör',HA),
 P('Mikael Eriksson','Ordförande',HA),
 P('Linnéa Mattsson','Vice ordförande',HA),
 P('Rasmus Holmberg','Kassör',HA),
 P('Sofia Karlsson',None,'Nautilo Systems Ab'),
 P('Henrik af Hällström',None,'Eckerö Marinservice Ab'),
 P('Petra Nordlund-Öst',None,'Högskolan på Åland'),
 P('Jesper Widén','grundare','Ballastra Ab'),
 P('Ida Sundblom',None,'Sundbloms Fisk Ab'),
 P('Tobias Mörn',None,'Ålands Utvecklings Ab'),
 P('Sara Ekblad','avdelningschef','Ålands landskapsregering'),
 P('Charlotte Granqvist','revisor','Revisionsbyrå Granqvist & Co Ab'),
 P('Kent Lundberg','revisorssuppleant',None),
 P('Birgitta Öhman','verksamhetsgranskare',HA),
 P('Ulf Jansson','sammankallande',HA),
 P('Karin Häggblom',None,None),
 P('Niklas Aaltonen',None,None),
 P('Bengt-Ola Lindholm','hedersmedlem',HA),
 P('Annika Wikström',None,'Ålands Sjöfartsskola'),
 P('Peter Gustafsson',None,None),
 P('Emma Blomqvist','verksamhetsledare',HA),
 P('Oskar Fagerlund','Projektkoordinator',HA),
],[
 O(HA), O('Rederi Ab Skärgårdsvind'), O('Ålands Varvsteknik Ab'), O('Hamnbolaget Västerhamn Ab'), O('Nautilo Systems Ab'),
 O('Eckerö Marinservice Ab'), O('Högskolan på Åland'), O('Ballastra Ab'), O('Sundbloms Fisk Ab'), O('Ålands Utvecklings Ab'),
 O('Revisionsbyrå Granqvist & Co Ab'), O('Ålands Sjöfartsskola'), O('Ålands landskapsregering'), O('Business Finland'),
],[
 E('ordinarie årsmöte','2035-04-24','2035-04-24','Mariehamn','Finland'),
 E('Styrelsens första ordinarie möte','2035-05-15','2035-05-15','Jomala','Finland'),
 E('Sommarmingel','2035-06-12','2035-06-12',None,None),
 E('Åland Maritime Day 2035','2035-09-09','2035-09-10','Mariehamn','Finland'),
 E('Nor-Shipping','2035-06','2035-06','Lillestrøm','Norway'),
 E('studieresa till Bergen','2034-05','2034-05','Bergen','Norway'),
 E('studieresa till Göteborg','2034-10','2034-10','Göteborg','Sweden'),
 E('årsmötet 2036','2036','2036',None,None),
],['2035-04-26','2035-04-24','2034','2035','2035/2037','2036','2029','2033','2036-12','2035-05-15','2035-06-12','2035-09-09/2035-09-10','2035-06','2035-05-10','2035/2040','2034-05','2034-10'], pub='2035-04-26')
