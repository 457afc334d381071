from h import *
F='nordland-klyngekonferanse-2036-oppsummering.md'
K=["Klyngene i Nordland må samarbeide tettere om kompetanse, ikke konkurrere om de samme studentene",
"Havbruk, prosessindustri og reiseliv har felles behov for kraft og nett, og bør snakke med én stemme overfor myndighetene",
"Fylkeskommunen bør gi klyngene treårige avtaler med tydelige mål",
"Nord universitet og fagskolene bør utvikle korte moduler for ansatte i klyngebedriftene"]
CUT="Klyngene bør lage en felles"
T=f'''# Oppsummering: Klyngekonferansen Nordland 2036

*Publisert {wd(2036,3,20,'no')} 20. mars 2036 av Kunnskapsparken Bodø · Lesetid 5 min*

[Hjem](/) › [Nyheter](/nyheter) › Oppsummering

Over 220 deltakere fra klynger, bedrifter, forskning og offentlig sektor møttes på Stormen konserthus i Bodø {wd(2036,3,11,'no')} 11. og {wd(2036,3,12,'no')} 12. mars 2036 til den femte Klyngekonferansen Nordland. Konferansen ble arrangert av Nordland fylkeskommune, Innovasjon Norge Nordland og Kunnskapsparken Bodø, i samarbeid med Nord universitet og klyngeprogrammet Norwegian Innovation Clusters.

## Åpning og innledere

Fylkesordfører Ingrid Helene Skogstad-Berntsen åpnet konferansen og minnet om at Nordland har sju klynger med støtte fra det nasjonale klyngeprogrammet, flere enn noe annet fylke i Nord-Norge. – Klyngene er verktøyet vårt for å få små bedrifter med på det grønne skiftet, sa hun.

Hovedinnlegget ble holdt av Arne-Kristian Bjørnstad, direktør for Innovasjon Norge Nordland, som presenterte en ny analyse av klyngenes effekt i regionen. Deretter fortalte Dr. Siv Marit Hætta fra Sámi allaskuvla om samisk næringsliv og klynger, og Jan-Erik van der Linden fra den nederlandske klyngen Energy Valley i Groningen delte erfaringer med hydrogen i landbruksregioner.

Dag to startet med et panel om kraft og nett, ledet av journalist Hanne Løvold fra Avisa Nordland. I panelet satt Tor Ivar Sandnes (Arctic Cluster Raufoss Nord), Kari Anne Eliassen (Mo Industripark AS), Ørjan Nilsen Hov (Salmon Innovation Cluster Lofoten) og Marit Ytreberg (Statnett). Panelet var enige om at mangelen på nettkapasitet er den største flaskehalsen for ny industri i fylket.

Etter lunsj dro deltakerne på ekskursjon til Bodø havn og det nye testsenteret for elektriske fartøy på Langstranda.

## Klyngeprisen 2036

Under konferansemiddagen på kvelden {wd(2036,3,11,'no')} 11. mars ble Klyngeprisen Nordland delt ut for fjerde gang. Prisen gikk til Salmon Innovation Cluster Lofoten for arbeidet med lukkede oppdrettsanlegg og for et nytt kompetanseprogram sammen med Vest-Lofoten videregående skole. Juryleder Bjørg Kristiansen-Rønning begrunnet valget med at klyngen har fått med seg både store og små bedrifter, og at den har delt resultatene åpent med hele næringen. Klyngeleder Ørjan Nilsen Hov takket og sa at prisen tilhører medlemmene.

## Tall fra analysen

Analysen som ble lagt fram første dag, viser at bedrifter i klyngene i Nordland har hatt en sterkere vekst i omsetning enn sammenlignbare bedrifter utenfor klyngene i perioden 2030–2035. Forskjellen er størst for små bedrifter med under 20 ansatte. Samtidig peker analysen på at mange bedrifter deltar lite i klyngenes aktiviteter, og at klyngene har for lite kontakt med bedrifter i indre deler av fylket. Bare en av fem bedrifter i Vefsn og Rana oppgir at de kjenner klyngetilbudet godt.

## Parallelle sesjoner

I de parallelle sesjonene diskuterte deltakerne kompetanse, internasjonalisering og finansiering. Sesjonen om internasjonalisering ble ledet av Lars-Petter Johansen fra Kunnskapsparken Bodø, som la fram planene for en felles nordnorsk stand på Aqua Nor i Trondheim i august 2037. I sesjonen om finansiering presenterte Astrid Myklebust fra Forskningsrådet de nye utlysningene for 2037.

Mange deltakere etterlyste bedre samarbeid mellom klyngene i nord og klyngene i Sverige og Finland. Representanter fra Business Region Norrbotten og Lapland Chamber of Commerce deltok for første gang. I sesjonen om kompetanse fortalte flere bedrifter at de mister unge fagarbeidere til oljebransjen i sør, og at lærlingordningen må bli mer fleksibel. Flere foreslo at klyngene skal dele på en felles rekrutteringsansvarlig.

## Hovedkonklusjoner og anbefalinger

Ved avslutningen oppsummerte konferansens rapportør, Dr. Gunnhild Aasland Moe fra Nordlandsforskning, diskusjonene i følgende punkter:

- {K[0]}.
- {K[1]}.
- {K[2]}.
- {K[3]}.
- {CUT}'''
write(F,T)
K2=K+[CUT]
KP='Kunnskapsparken Bodø'
gold(F,[P('Ingrid Helene Skogstad-Berntsen','Fylkesordfører',None),P('Arne-Kristian Bjørnstad','direktør','Innovasjon Norge Nordland'),P('Siv Marit Hætta',None,'Sámi allaskuvla'),
P('Jan-Erik van der Linden',None,'Energy Valley'),P('Hanne Løvold','journalist','Avisa Nordland'),P('Tor Ivar Sandnes',None,'Arctic Cluster Raufoss Nord'),P('Kari Anne Eliassen',None,'Mo Industripark AS'),
P('Ørjan Nilsen Hov','Klyngeleder','Salmon Innovation Cluster Lofoten'),P('Bjørg Kristiansen-Rønning','Juryleder',None),P('Marit Ytreberg',None,'Statnett'),P('Lars-Petter Johansen',None,KP),P('Astrid Myklebust',None,'Forskningsrådet'),
P('Gunnhild Aasland Moe','rapportør','Nordlandsforskning')],
[O(KP),O('Nordland fylkeskommune'),O('Innovasjon Norge Nordland'),O('Nord universitet'),O('Norwegian Innovation Clusters'),O('Sámi allaskuvla'),O('Energy Valley'),O('Avisa Nordland'),
O('Arctic Cluster Raufoss Nord'),O('Mo Industripark AS'),O('Salmon Innovation Cluster Lofoten'),O('Statnett'),O('Forskningsrådet'),O('Business Region Norrbotten'),O('Lapland Chamber of Commerce'),O('Nordlandsforskning'),O('Vest-Lofoten videregående skole')],
[E('Klyngekonferansen Nordland 2036','2036-03-11','2036-03-12','Bodø','Norway'),E('panel om kraft og nett','2036-03-12','2036-03-12','Bodø','Norway'),
E('ekskursjon','2036-03-12','2036-03-12','Bodø','Norway'),E('konferansemiddagen','2036-03-11','2036-03-11','Bodø','Norway'),E('Klyngeprisen Nordland','2036-03-11','2036-03-11','Bodø','Norway'),E('Aqua Nor','2037-08','2037-08','Trondheim','Norway')],
['2036-03-20','2036-03-11/2036-03-12','2036-03-11','2030/2035','2037-08','2037'],K2,pub='2036-03-20')
