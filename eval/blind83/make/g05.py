from h import *
F = 'g05_smaland_gemensam_monter_elmia.txt'
assert wd(2037,11,10)=='Tuesday' and wd(2037,11,13)=='Friday' and wd(2037,9,18)=='Friday' and wd(2037,11,9)=='Monday'
T = """Smålands Träindustrikluster  ·  Medlemsinfo  ·  Mässor

Hem / Aktuellt / Gemensam monter på Elmia Subcontractor 2037

Publicerad 27 augusti 2037 · Kategori: Mässor, Export · Skribent: Elin Gustavsson

GEMENSAM MONTER PÅ ELMIA SUBCONTRACTOR 2037 – SISTA CHANSEN ATT BOKA PLATS

Även i år samlar Smålands Träindustrikluster (STK) sina medlemmar i en gemensam monter på Elmia Subcontractor i Jönköping, Nordens största mötesplats för underleverantörer. Mässan pågår tisdag 10 till fredag 13 november 2037 på Elmia mässområde. Montern blir 120 kvadratmeter i hall A, med plats för tio medlemsföretag, ett gemensamt mötesrum och en liten bar.

Förra året ställde åtta företag ut under klustrets flagga och tillsammans registrerade de över 400 kundbesök. ”Det är ett enkelt sätt för ett litet företag att synas bredvid de stora utan att behöva bygga en egen monter”, säger Mikael Bengtsson, vd för Bengtssons Limträ AB i Gislaved, som deltar för tredje gången.

Vad ingår?
- En monterplats om 6–9 m² med grafik, belysning, el och wifi
- Gemensam reception som bemannas av klustrets personal under hela mässan
- Plats i mötesrummet enligt bokningsschema
- Utställarpass för två personer och parkering för en bil
- Annons i mässkatalogen och presentation i klustrets nyhetsbrev
- Deltagande i monterminglet (se nedan)

Så går det till
Anmälan görs via formuläret på medlemssidorna. Platserna fördelas i den ordning anmälningarna kommer in, men klustret försöker blanda företag från olika delar av värdekedjan så att montern visar både sågade trävaror, limträ, komponenter och färdiga produkter. Varje utställare får ett förberedande möte om mässförberedelser och uppföljning av leads i början av oktober.

Pris
6 m²: 38 000 kr exkl. moms
9 m²: 52 000 kr exkl. moms
Medlemmar med färre än 20 anställda kan söka bidrag för halva kostnaden genom Region Jönköpings län via klustret. Ansökan görs på samma blankett som monterbokningen.

Viktiga datum
18 september 2037 – sista dag för bindande anmälan
9 oktober 2037 – underlag till grafik och katalogtext
9 november 2037 – byggdag, montern ska vara klar kl. 18.00
10–13 november 2037 – mässdagar, öppet 9.00–17.00 (fredag till 16.00)
13 november 2037 – nedmontering från kl. 16.00, allt ska vara bortplockat till kl. 22.00

Program i montern
Tisdag 10 november kl. 16.30: Monterminglet – klustrets kunder, medlemmar och partner bjuds in till mingel med smårätter från Vandalorum-krogen i Värnamo. Anna-Karin Sjöberg, kommunalråd i Värnamo kommun, hälsar välkommen.
Onsdag 11 november kl. 10.00: Frukostseminarium om EU:s avskogningsförordning och spårbarhet i trävarukedjan, med Johan Lindqvist från Skogsstyrelsen.
Torsdag 12 november kl. 13.00: Studentbesök – ett trettiotal studenter från Tekniska Högskolan i Jönköping (JTH) och Linnéuniversitetet träffar utställarna.

Redan anmälda
Bengtssons Limträ AB (Gislaved), Nässjö Trapp & Snickeri AB (Nässjö), Anebyhus Komponent AB (Aneby), Ljungby Fanér AB (Ljungby) och Holmgrens Träteknik AB (Vetlanda). Fem platser återstår.

Delegation från Litauen och Polen
Som en del av Interreg-projektet BALTIC WOODLINK kommer en delegation av 14 inköpare från litauiska och polska möbeltillverkare att besöka montern onsdagen den 11 november. Delegationen leds av Rasa Vaitkevičienė från Lithuanian Furniture Cluster. Medlemmar som vill boka möten med delegationen anmäler intresse till projektledaren senast den 30 oktober.

Tidigare år
2036: 8 utställare, 412 registrerade besök
2035: 6 utställare, första gemensamma montern efter flytten till hall A
2034: klustret deltog med informationsdisk

Kontakt
Elin Gustavsson, projektledare mässor och export
Smålands Träindustrikluster
Storgatan 18, 331 30 Värnamo
Tfn 0370-00 00 00 · elin.gustavsson@stk-smaland.example.se

Ordförande: Per-Olof Danielsson, Danielssons Såg & Hyvleri AB

Dela: LinkedIn · Facebook · E-post
Den här webbplatsen använder kakor. Läs mer i vår integritetspolicy. [OK]
Smålands Träindustrikluster ekonomisk förening · Org.nr 769600-0000
"""
assert wd(2037,11,11)=='Wednesday' and wd(2037,11,12)=='Thursday' and wd(2037,10,30)=='Friday'
write(F, T)
S="Smålands Träindustrikluster"
gold(F,
 [P("Elin Gustavsson","projektledare mässor och export",S),
  P("Mikael Bengtsson","vd","Bengtssons Limträ AB"),
  P("Anna-Karin Sjöberg","kommunalråd","Värnamo kommun"),
  P("Johan Lindqvist",None,"Skogsstyrelsen"),
  P("Rasa Vaitkevičienė",None,"Lithuanian Furniture Cluster"),
  P("Per-Olof Danielsson","Ordförande",S)],
 [O(S,"STK"), O("Bengtssons Limträ AB"), O("Region Jönköpings län"), O("Värnamo kommun"), O("Skogsstyrelsen"),
  O("Tekniska Högskolan i Jönköping","JTH"), O("Linnéuniversitetet"), O("Nässjö Trapp & Snickeri AB"),
  O("Anebyhus Komponent AB"), O("Ljungby Fanér AB"), O("Holmgrens Träteknik AB"), O("Lithuanian Furniture Cluster"),
  O("Danielssons Såg & Hyvleri AB")],
 [E("Elmia Subcontractor 2037","2037-11-10","2037-11-13","Jönköping","Sweden"),
  E("Monterminglet","2037-11-10",None,"Jönköping","Sweden"),
  E("Frukostseminarium om EU:s avskogningsförordning och spårbarhet i trävarukedjan","2037-11-11",None,"Jönköping","Sweden"),
  E("Studentbesök","2037-11-12",None,"Jönköping","Sweden"),
  E("delegation av 14 inköpare","2037-11-11",None,"Jönköping","Sweden")],
 ["2037-08-27","2037-11-10/2037-11-13","2037-09-18","2037-10-09","2037-11-09","2037-11-13","2037-11-10","2037-11-11",
  "2037-11-12","2037-10-30","2036","2035","2034"],
 [], "2037-08-27")
