from h import *
F = 'intervju_karin-ersson-lindqvist_ordforande.txt'
T = '''Dalarnas Industrinytt
Hem | Nyheter | Industri | Energi | Intervjuer | Prenumerera

INTERVJU

"Stålet i Dalarna ska bli fossilfritt – men det klarar ingen ensam"

Hon har lett klustret i tre år och ser nu fram emot sin andra mandatperiod som ordförande. Vi träffade Karin
Ersson-Lindqvist, ordförande för Dalarna Steel & Circular Industry Cluster och vd för Borlänge Valsverk AB, för ett samtal om
vätgas, kompetensbrist och varför små företag måste våga ta plats.

Text: Johan Mårtensson · Publicerad 19 mars 2035 · Lästid 6 minuter

Karin Ersson-Lindqvist tar emot i klusterhuset i Borlänge, en gammal kontorsbyggnad vid järnvägen som föreningen hyr
sedan 2031. På väggen hänger en karta över Dalarna med knappnålar för alla 140 medlemmar.

Du omvaldes som ordförande på årsmötet den 14 mars. Hur känns det?
– Bra, och lite ödmjukt. Det har varit tre intensiva år. När jag tog över efter Gunnar Hed var vi 90 medlemmar och hade
två anställda. Nu är vi 140 medlemmar och sex anställda på kansliet. Valberedningen, som leds av Birgitta Sjöholm från
Falu kommun, frågade mig i december om jag ville fortsätta, och jag tvekade inte länge.

Vad har varit viktigast under de här åren?
– Att vi har fått de stora och de små att prata med varandra. När stålverken ställer om till vätgasbaserad produktion
förändras hela leverantörskedjan. En mekanisk verkstad i Mora som har levererat reservdelar till masugnar i fyrtio år
måste plötsligt förstå elektrolys och ljusbågsugnar. Det kan klustret hjälpa till med, genom utbildningar, studiebesök
och projekt där stora och små företag arbetar tillsammans.

Du är själv vd för ett av de större företagen. Finns det inte en risk att de stora dominerar?
– Jo, den risken finns alltid. Därför har vi ändrat stadgarna så att minst tre av nio platser i styrelsen ska gå till
företag med färre än femtio anställda. Vår vice ordförande, Maria Gustafsson, driver ett konsultföretag med tolv
anställda, Gustafsson Processteknik AB i Hedemora. Hon ser till att de mindre företagens röst hörs.

Kompetensbristen nämns av nästan alla företag. Vad gör ni?
– Vi arbetar nära Högskolan Dalarna och Teknikcollege Dalarna. Förra året startade vi en yrkeshögskoleutbildning för
underhållstekniker tillsammans med Region Dalarna, och i höst kommer den första kullen ut. Men vi behöver också locka
folk utifrån. Vi har börjat samarbeta med Arbetsförmedlingen och med kommunerna om bostäder och om jobb för
medföljande partner. Det är lika viktigt som lönen.

Ni har fått nya medlemmar från Finland, Tyskland och Polen. Varför vänder ni er utomlands?
– För att värdekedjan är internationell. Vi kan inte bygga fossilfritt stål bara med leverantörer från Dalarna. Och vi
lär oss mycket av andra kluster. I maj förra året skrev vi ett samarbetsavtal med Cluster Acier Hauts-de-France i
Dunkerque, och i höstas var en delegation från oss i Katowice och träffade det polska metallklustret Silesia Steel Hub.

Hur ser relationen ut till det offentliga?
– Mycket god. Region Dalarna och Tillväxtverket finansierar en del av vår verksamhet, och Vinnova har stött två av våra
större innovationsprojekt. Landshövdingen, Anna-Karin Wiklund, var med på vår konferens i november och talade om
behovet av ny elproduktion. Vi har också en nära dialog med Energimyndigheten om elnätet, som är den största flaskhalsen
just nu.

Vad är klustrets viktigaste fråga de närmaste åren?
– El. Utan tillräckligt med fossilfri el och utan förstärkta nät blir det ingen omställning. Den andra frågan är
kapital till de små företagen. Banker är försiktiga med att låna ut till investeringar i ny teknik. Där hoppas vi att
den nya regionala investeringsfonden som Region Dalarna planerar kan göra skillnad.

Och du själv – hur hinner du med både vd-jobbet och ordförandeskapet?
– Med en mycket bra verksamhetsledare. Peter Holmgren har varit klustrets verksamhetsledare sedan 2030 och sköter det
dagliga arbetet. Han och kansliet gör det mesta av jobbet; jag försöker bidra med kontakter och med att ställa rätt
frågor. Och så har jag en förstående familj.

Vad gör du när du inte arbetar?
– Jag åker skidor, gärna Vasaloppet. I år gick jag det för tolfte gången, den 2 mars. Det var kallt och tungt, men jag
kom i mål.

Till sist: vad vill du säga till ett litet företag som funderar på att bli medlem?
– Kom på ett av våra frukostmöten och se vad vi gör. Det kostar ingenting att lyssna. Nästa stora tillfälle är vår
sommarträff i Avesta den 22 augusti, och i november har vi konferensen Dalarna Circular Metals Conference igen, den
här gången i Ludvika den 6–7 november 2035.

Fakta: Karin Ersson-Lindqvist
Född: 1981 i Falun
Utbildning: civilingenjör i materialteknik, KTH
Karriär: 2006–2015 processingenjör vid SSAB i Borlänge; 2015–2028 produktionschef och senare fabrikschef vid
Outokumpu i Avesta; sedan 2028 vd för Borlänge Valsverk AB
Uppdrag: ordförande för Dalarna Steel & Circular Industry Cluster sedan 2032, styrelseledamot i Jernkontoret

Styrelsen för Dalarna Steel & Circular Industry Cluster 2035–2037 valdes på årsmötet i Borlänge. Övriga nyvalda
ledamöter är Erik Lundberg (Ludvika Transformatorservice AB) och Fatima Hadžić (H2Dala AB).

Dela artikeln: Facebook | LinkedIn | E-post
Relaterat: "Vätgasen kommer till Borlänge" · "Fjorton nya medlemmar i stålklustret"
© Dalarnas Industrinytt · Kontakta redaktionen · Cookie-inställningar
'''
write(F, T)
D = 'Dalarna Steel & Circular Industry Cluster'
gold(F, [
 P('Karin Ersson-Lindqvist', 'ordförande', D),
 P('Johan Mårtensson', None, None),
 P('Gunnar Hed', None, None),
 P('Birgitta Sjöholm', None, 'Falu kommun'),
 P('Maria Gustafsson', 'vice ordförande', D),
 P('Anna-Karin Wiklund', 'Landshövdingen', None),
 P('Peter Holmgren', 'verksamhetsledare', D),
 P('Erik Lundberg', None, 'Ludvika Transformatorservice AB'),
 P('Fatima Hadžić', None, 'H2Dala AB'),
],[
 O(D), O('Dalarnas Industrinytt'), O('Borlänge Valsverk AB'), O('Falu kommun'), O('Gustafsson Processteknik AB'),
 O('Högskolan Dalarna'), O('Teknikcollege Dalarna'), O('Region Dalarna'), O('Arbetsförmedlingen'),
 O('Cluster Acier Hauts-de-France'), O('Silesia Steel Hub'), O('Tillväxtverket'), O('Vinnova'), O('Energimyndigheten'),
 O('KTH'), O('SSAB'), O('Outokumpu'), O('Jernkontoret'), O('Ludvika Transformatorservice AB'), O('H2Dala AB'),
],[
 E('årsmötet', '2035-03-14', '2035-03-14', 'Borlänge', 'Sweden'),
 E('Vasaloppet', '2035-03-02', '2035-03-02', None, 'Sweden'),
 E('sommarträff', '2035-08-22', '2035-08-22', 'Avesta', 'Sweden'),
 E('Dalarna Circular Metals Conference', '2035-11-06', '2035-11-07', 'Ludvika', 'Sweden'),
],['2035-03-19','2031','2035-03-14','2030','2035-03-02','2035-08-22','2035-11-06/2035-11-07','1981','2006/2015','2015/2028','2028','2032','2035/2037'], pub='2035-03-19')
