from h import *
F = 'g12_hoga_kusten_klustertraff_inbjudan.md'
assert wd(2040,9,11)=='Tuesday' and wd(2040,9,12)=='Wednesday' and wd(2040,8,20)=='Monday' and wd(2040,10,16)=='Tuesday'
T = """# Klusterträff Höga Kusten 2040

**Inbjudan · Härnösand och Kramfors, 11–12 september 2040**

*Publicerad 18 juni 2040 av Region Västernorrland, enheten för näringsliv och innovation*

Välkommen till den femte Klusterträffen Höga Kusten! Träffen samlar klusterorganisationer, företag, forskare och kommuner i Västernorrland och grannlänen för två dagar av erfarenhetsutbyte, företagsbesök och nätverkande. I år är temat **"Kompetens som stannar – hur klustren kan hjälpa företagen att hitta och behålla folk"**.

Träffen arrangeras av Region Västernorrland tillsammans med klusterorganisationerna Processum (Örnsköldsvik), Skogsindustriellt Kluster Ådalen och Härnösand Energi & Miljö Kluster, samt Mittuniversitetet.

## Tidigare träffar

- 2036 – Sundsvall, 9–10 september 2036
- 2037 – Örnsköldsvik, 14–15 september 2037
- 2038 – Sollefteå, 13 september 2038
- 2039 – Östersund (gemensamt med Region Jämtland Härjedalen), 10–11 september 2039

## Program

### Tisdag 11 september – Härnösand, Saluhallen

- 09:30 Registrering och kaffe
- 10:00 Välkommen – regionrådet Anna-Karin Sjödin Westberg (Region Västernorrland)
- 10:20 "Varför flyttar de unga – och vad får dem att komma tillbaka?" – docent Per Lindahl, Mittuniversitetet
- 11:15 Tre kluster berättar: Processum, Skogsindustriellt Kluster Ådalen och det finska klustret Kokkola Industrial Park (KIP Service Oy)
- 12:30 Lunch
- 13:30 Workshoppar i fyra grupper
- 16:00 Studiebesök på Härnösands hamn och den nya vätgasanläggningen
- 19:00 Middag på restaurang Strandvillan, med utdelning av Västernorrlands klusterpris

### Onsdag 12 september – Kramfors

- 08:30 Buss från Härnösand till Kramfors
- 09:30 Företagsbesök hos SCA Ortvikens pappersbruk och Bollsta sågverk
- 12:00 Avslutning och lunch i Kramfors stadshus, med kommunstyrelsens ordförande Erik Brännström
- 13:30 Buss tillbaka till Härnösand och Sundsvall–Timrå flygplats

## Om workshopparna

På eftermiddagen den första dagen delar vi upp oss i fyra grupper. Varje grupp leds av en klusterorganisation och en företagsrepresentant:

- **Rekrytera från utlandet** – hur små företag kan dela på kostnaden för rekrytering och introduktion
- **Yrkesutbildning på plats** – samarbete med gymnasieskolor och yrkeshögskolor i Ådalen
- **Medflyttande partner** – vad kommunerna och klustren kan göra för att även partnern ska få ett jobb
- **Attraktiva arbetsplatser** – erfarenheter från företag som har halverat personalomsättningen

Resultaten från grupperna sammanställs och skickas till alla deltagare efter träffen. De blir också underlag för regionens nya kompetensstrategi, som ska beslutas under 2041.

## Lärdomar från förra årets träff

Efter träffen i Östersund 2039 frågade vi deltagarna vad vi kan göra bättre. Här är de viktigaste lärdomarna:

1. Fler företag än offentliga aktörer ska stå på scenen
2. Studiebesöken är det mest uppskattade inslaget och ska få mer tid
3. Träffen ska inte krocka med skogsindustrins semesterperiod och höststopp

## Praktisk information

Deltagandet är kostnadsfritt men anmälan är obligatorisk, senast måndag 20 augusti 2040. Antalet platser är begränsat till 150. Middagen kostar 450 kronor och betalas vid anmälan. Meddela gärna eventuella allergier och om du behöver plats i bussen mellan Härnösand och Kramfors.

Boende: vi har förbokat rum på First Hotel Härnösand och Hotell Kramm i Kramfors till rabatterat pris fram till den 1 augusti.

Frågor om programmet besvaras av Johanna Nordin, klusterstrateg vid Region Västernorrland, och Mats Eriksson, verksamhetsledare för Skogsindustriellt Kluster Ådalen.

## Spara datumet

Nästa klusterträff i Mittnorden hålls i Vasa, Finland, den 16 oktober 2040, arrangerad av Österbottens förbund. Mer information kommer efter sommaren.

---

Region Västernorrland · Storgatan 25, 871 85 Härnösand · naringsliv@rvn.example.se · [Följ oss på LinkedIn](#) · [Dela sidan](#)
"""
write(F, T)
RV="Region Västernorrland"; SK="Skogsindustriellt Kluster Ådalen"
gold(F,
 [P("Anna-Karin Sjödin Westberg","regionrådet",RV), P("Per Lindahl","docent","Mittuniversitetet"),
  P("Erik Brännström","kommunstyrelsens ordförande",None),
  P("Johanna Nordin","klusterstrateg",RV), P("Mats Eriksson","verksamhetsledare",SK)],
 [O(RV), O("Processum"), O(SK), O("Härnösand Energi & Miljö Kluster"), O("Mittuniversitetet"), O("Region Jämtland Härjedalen"),
  O("Kokkola Industrial Park"), O("KIP Service Oy"), O("SCA Ortvikens pappersbruk"), O("Bollsta sågverk"), O("Österbottens förbund")],
 [E("Klusterträff Höga Kusten 2040","2040-09-11","2040-09-12","Härnösand, Kramfors","Sweden"),
  E("Klusterträff Höga Kusten","2036-09-09","2036-09-10","Sundsvall","Sweden"),
  E("Klusterträff Höga Kusten","2037-09-14","2037-09-15","Örnsköldsvik","Sweden"),
  E("Klusterträff Höga Kusten","2038-09-13",None,"Sollefteå","Sweden"),
  E("Klusterträff Höga Kusten","2039-09-10","2039-09-11","Östersund","Sweden"),
  E("Workshoppar","2040-09-11",None,"Härnösand","Sweden"),
  E("Studiebesök på Härnösands hamn och den nya vätgasanläggningen","2040-09-11",None,"Härnösand","Sweden"),
  E("Middag","2040-09-11",None,"Härnösand","Sweden"),
  E("utdelning av Västernorrlands klusterpris","2040-09-11",None,"Härnösand","Sweden"),
  E("Företagsbesök","2040-09-12",None,"Kramfors","Sweden"),
  E("klusterträff i Mittnorden","2040-10-16",None,"Vasa","Finland")],
 ["2040-09-11/2040-09-12","2040-06-18","2036","2036-09-09/2036-09-10","2037","2037-09-14/2037-09-15","2038","2038-09-13","2039",
  "2039-09-10/2039-09-11","2040-09-11","2040-09-12","2040-08-20","2040-08-01","2040-10-16","2041"],
 ["Fler företag än offentliga aktörer ska stå på scenen",
  "Studiebesöken är det mest uppskattade inslaget och ska få mer tid",
  "Träffen ska inte krocka med skogsindustrins semesterperiod och höststopp"],
 pub="2040-06-18")
