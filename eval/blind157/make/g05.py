from h import *
F = 'g05_boatlink_vastervik_protokoll.txt'
assert wd(2037,9,14)=='Monday' and wd(2037,9,15)=='Tuesday' and wd(2038,1,20)=='Wednesday' and wd(2037,11,5)=='Thursday'
T = """PROTOKOLL
Styrgruppsmöte nr 4 – Interreg South Baltic-projektet BOATLINK
Datum: måndagen den 14 september 2037, kl. 13.00–17.15
Plats: Västerviks Science Park, Västervik

Närvarande:
Annika Sjöberg, Båtkluster Kalmar län (ordförande, projektledare)
Mattias Lindqvist, Region Kalmar län
Karin Eliasson, Linnéuniversitetet
Tomasz Wróblewski, Pomorski Klaster Jachtowy (Polen)
Rasa Petrauskienė, Klaipėdos mokslo ir technologijų parkas (Litauen)
Jens Holm Nielsen, Bornholms Erhvervsfond (Danmark)
Sabine Krüger, Maritimes Cluster Mecklenburg-Vorpommern (Tyskland), via länk

Adjungerade: Per-Olof Ek, vd för Oskarshamns hamn AB (punkt 6), samt Lena Sandberg från Interregs gemensamma sekretariat i Gdańsk (punkt 3)

Sekreterare: Johan Ahlström, Båtkluster Kalmar län

§ 1 Mötets öppnande
Ordföranden Annika Sjöberg öppnade mötet och hälsade alla välkomna till Västervik. Dagordningen godkändes.

§ 2 Val av justerare
Karin Eliasson valdes att jämte ordföranden justera protokollet.

§ 3 Information från sekretariatet
Lena Sandberg informerade om reglerna för den tredje rapporteringsperioden, som löper till den 30 november 2037. Hon påminde om att kostnader för resor utanför programområdet ska godkännas i förväg.

§ 4 Lägesrapport
Projektledaren redogjorde för läget i arbetspaketen. Kartläggningen av 212 båtbyggare och underleverantörer i de fem regionerna är klar. Pilotutbildningen i kompositreparation har genomförts i Gdynia med 18 deltagare. Utvecklingen av den gemensamma digitala marknadsplatsen är försenad med cirka två månader. Orsaken är att upphandlingen av en IT-leverantör fick göras om efter ett överklagande. Tomasz Wróblewski rapporterade att de polska varven visat stort intresse för marknadsplatsen och att flera redan vill lägga upp sina lediga produktionstider. Rasa Petrauskienė efterlyste en tydligare gemensam mall för de regionala handlingsplanerna, eftersom partnerna hittills arbetat på olika sätt.

§ 5 Ekonomi
Mattias Lindqvist redovisade ekonomin per den 31 augusti 2037. Förbrukningen ligger på 41 procent av budgeten, vilket är något under plan.

§ 6 Elektrifiering av fritidsbåtar
Per-Olof Ek berättade om hamnens planer på laddinfrastruktur för elbåtar och föreslog att Oskarshamn blir pilotplats i projektet. Diskussion följde. Jens Holm Nielsen påpekade att Bornholm har liknande planer och att erfarenheterna borde delas mellan hamnarna. Sabine Krüger erbjöd att bjuda in tyska tillverkare av elektriska drivlinor till ett webbinarium under vintern. Styrgruppen var enig om att frågan är viktig för båtbranschens framtid i hela Östersjöregionen.

§ 7 Kommande aktiviteter
– Studiebesök på varvet Västervik Marin AB, tisdagen den 15 september 2037 kl. 9.00
– Mässan Båtliv Öst i Oskarshamn, 5–7 november 2037, där projektet har en gemensam monter
– Slutkonferens i Klaipėda under hösten 2038 (datum ej fastställt)

§ 8 Beslut
Styrgruppen beslutade
1. att godkänna lägesrapporten och den ekonomiska redovisningen
2. att Oskarshamns hamn blir pilotplats för laddinfrastruktur inom arbetspaket 3
3. att förlänga arbetet med den digitala marknadsplatsen till den 31 mars 2038
4. att ge projektledaren i uppdrag att ta fram ett förslag till ändringsansökan före nästa möte

§ 9 Nästa möte
Nästa styrgruppsmöte hålls onsdagen den 20 januari 2038 i Gdynia, med Pomorski Klaster Jachtowy som värd.

§ 10 Mötets avslutande
Ordföranden tackade Västerviks Science Park för värdskapet och avslutade mötet. På kvällen bjöd Region Kalmar län på middag på Slottsholmen.

Vid protokollet
Johan Ahlström

Justeras
Annika Sjöberg, ordförande          Karin Eliasson

Bilagor: närvarolista, lägesrapport (bilaga 1), ekonomisk rapport (bilaga 2), presentation från Oskarshamns hamn AB (bilaga 3)

Projektet BOATLINK (2036–2039) delfinansieras av Europeiska regionala utvecklingsfonden genom programmet Interreg South Baltic. Projektpartner: Båtkluster Kalmar län (lead partner), Region Kalmar län, Linnéuniversitetet, Pomorski Klaster Jachtowy, Klaipėdos mokslo ir technologijų parkas, Bornholms Erhvervsfond och Maritimes Cluster Mecklenburg-Vorpommern.
"""
write(F, T)
B="Båtkluster Kalmar län"
gold(F,
 [P("Annika Sjöberg","ordförande",B),
  P("Mattias Lindqvist",None,"Region Kalmar län"),
  P("Karin Eliasson",None,"Linnéuniversitetet"),
  P("Tomasz Wróblewski",None,"Pomorski Klaster Jachtowy"),
  P("Rasa Petrauskienė",None,"Klaipėdos mokslo ir technologijų parkas"),
  P("Jens Holm Nielsen",None,"Bornholms Erhvervsfond"),
  P("Sabine Krüger",None,"Maritimes Cluster Mecklenburg-Vorpommern"),
  P("Per-Olof Ek","vd","Oskarshamns hamn AB"),
  P("Lena Sandberg",None,"Interregs gemensamma sekretariat"),
  P("Johan Ahlström","Sekreterare",B)],
 [O(B), O("Västerviks Science Park"), O("Region Kalmar län"), O("Linnéuniversitetet"), O("Pomorski Klaster Jachtowy"),
  O("Klaipėdos mokslo ir technologijų parkas"), O("Bornholms Erhvervsfond"), O("Maritimes Cluster Mecklenburg-Vorpommern"),
  O("Oskarshamns hamn AB"), O("Interregs gemensamma sekretariat"), O("Västervik Marin AB")],
 [E("Styrgruppsmöte nr 4","2037-09-14",None,"Västervik","Sweden"),
  E("Studiebesök på varvet Västervik Marin AB","2037-09-15",None,"Västervik","Sweden"),
  E("Båtliv Öst","2037-11-05","2037-11-07","Oskarshamn","Sweden"),
  E("Slutkonferens","2038",None,"Klaipėda","Lithuania"),
  E("Nästa styrgruppsmöte","2038-01-20",None,"Gdynia","Poland"),
  E("middag på Slottsholmen","2037-09-14",None,"Västervik","Sweden")],
 ["2037-09-14","2037-11-30","2037-08-31","2037-09-15","2037-11-05/2037-11-07","2038","2038-03-31","2038-01-20","2036/2039"],
 ["att godkänna lägesrapporten och den ekonomiska redovisningen",
  "att Oskarshamns hamn blir pilotplats för laddinfrastruktur inom arbetspaket 3",
  "att förlänga arbetet med den digitala marknadsplatsen till den 31 mars 2038",
  "att ge projektledaren i uppdrag att ta fram ett förslag till ändringsansökan före nästa möte"],
 pub=None)
