from common import *
doc='04_fiberdagarna_upplagor.md'
t='''[Hem](/) › [Evenemang](/evenemang) › Fiberdagarna

# Fiberdagarna – Värmlands mötesplats för den skogliga bioekonomin

*Senast uppdaterad: 15 juni 2035*

Fiberdagarna arrangeras varje höst av klusterorganisationen Fiberdalen Värmland tillsammans med Karlstads universitet och Region Värmland. Här möts massa- och pappersbruk, maskinleverantörer, förpackningsföretag, forskare och studenter för två dagar med föredrag, studiebesök och affärsmöten. Sedan starten 2029 har över 2 600 deltagare besökt Fiberdagarna.

## Kommande upplaga

### Fiberdagarna 2035 – ”Fibern i förpackningsskiftet”
**18–19 september 2035, Karlstad CCC, Karlstad**

Årets tema är EU:s nya förpackningsregler och vad de innebär för värmländska företag. Konferensen öppnas tisdagen den 18 september kl. 9.30 av Anna-Karin Löfgren, landshövding i Värmlands län, och Johan Bergkvist, vd för Fiberdalen Värmland.

Bekräftade talare:

- **Prof. Ingrid Sahlström**, Karlstads universitet – ”Barriärer utan plast: var står forskningen?”
- **Mikael Åström**, hållbarhetschef, Stora Enso Skoghall
- **Dr. Katarzyna Nowak-Berg**, RISE Research Institutes of Sweden
- **Henrik Ljungqvist**, förpackningsansvarig, Systembolaget
- **Marie-Claire Dubois**, Confederation of European Paper Industries (CEPI), Bryssel

Tisdagens program avslutas kl. 19.00 med **Fiberdagarnas middag** på Stadshotellet, där priset *Årets fiberinnovation* delas ut. Onsdagen den 19 september ägnas åt **studiebesök** vid Gruvöns bruk i Grums och vid Valmets anläggning i Karlstad, följt av **affärsmöten** (B2B) på eftermiddagen.

Anmälan öppnar den 15 juni och stänger fredagen den 31 augusti 2035. Medlemmar i Fiberdalen Värmland deltar kostnadsfritt; för övriga är avgiften 2 400 kr exkl. moms.

### Så fungerar affärsmötena

Affärsmötena bokas i förväg i en digital plattform som öppnar samtidigt med anmälan. Varje möte är 20 minuter långt och hålls vid numrerade bord i utställningshallen. Inköpare från förpacknings- och livsmedelsföretag kan markera sig som ”köpare” och får då förtur vid bokningen. Förra året genomfördes 212 möten mellan 96 företag, och enligt utvärderingen ledde var femte möte till en offert eller ett gemensamt projekt.

Studiebesöken har ett begränsat antal platser (45 per anläggning). Skyddsutrustning delas ut på plats, och deltagarna behöver ange fullständigt namn och personnummer eller passnummer vid anmälan, eftersom bruken kräver det för besökare.

[Anmäl dig här](#) · [Ladda ner preliminärt program (PDF)](#)

## Tidigare upplagor

### Fiberdagarna 2034 – ”Energin i bruket”
19–20 september 2034, Karlstad. Cirka 420 deltagare. Huvudtalare var Lars-Erik Nordmark från Energimyndigheten och Dr. Sigrid Haugland från norska Treklyngen. Sammanfattning och presentationer finns i [arkivet](#).

### Fiberdagarna 2033
20–21 september 2033, Arvika. Temat var kompetensförsörjning. Fiberdagarna hölls för första gången utanför Karlstad, på Arvika Folkhögskola, i samarbete med Arvika kommun. Ett samtal mellan Elin Håkansson, Karlstads universitet, och gymnasieelever om framtidens jobb i bruken blev dagarnas mest omtalade inslag.

### Fiberdagarna 2032
21–22 september 2032, Karlstad CCC. Nytt deltagarrekord med 470 besökare. Den finländska klusterorganisationen Kymi Cluster (Kotka) medverkade med en delegation på tolv företag, och ett samarbetsavtal mellan de två klustren undertecknades av Johan Bergkvist och Päivi Lahtinen.

### Fiberdagarna 2031
18 september 2031, Karlstad. Endagsupplaga med fokus på digitalisering i massa- och pappersindustrin.

### Fiberdagarna 2030
19 september 2030, digital upplaga. Efter en vattenskada i konferensanläggningen flyttades arrangemanget med kort varsel till nätet.

### Fiberdagarna 2029
20 september 2029, Karlstads universitet. Den första upplagan, med 140 deltagare, invigdes av dåvarande regionrådet Gunnar Ekdahl.

## Fiberdagarna 2036

Nästa års upplaga är preliminärt planerad till 16–17 september 2036 i Karlstad. Förslag på teman och talare tas gärna emot.

## Om arrangörerna

Fiberdalen Värmland är en ekonomisk förening med drygt 110 medlemsföretag i Värmland och Dalsland. Klustret driver projekt inom förpackningsinnovation, energieffektivisering och kompetensutveckling och ingår i det nationella nätverket Svenska Bioekonomikluster. Fiberdagarna genomförs med stöd från Region Värmland och Europeiska regionala utvecklingsfonden.

**Kontakt:** Sanna Öberg, evenemangsansvarig, sanna.oberg@fiberdalen.example, 054-00 00 00

---
Fiberdalen Värmland ek. för. · Lagergrens gata 2, 652 26 Karlstad · [Integritetspolicy](#) · [Kakor](#) · Följ oss på [LinkedIn](#)
'''
write(doc,t)
F='Fiberdalen Värmland'; KAU='Karlstads universitet'
gold(doc,[P('Anna-Karin Löfgren','landshövding i Värmlands län',None),P('Johan Bergkvist','vd',F),P('Ingrid Sahlström',None,KAU),
 P('Mikael Åström','hållbarhetschef','Stora Enso Skoghall'),P('Katarzyna Nowak-Berg',None,'RISE Research Institutes of Sweden'),
 P('Henrik Ljungqvist','förpackningsansvarig','Systembolaget'),P('Marie-Claire Dubois',None,'Confederation of European Paper Industries'),
 P('Lars-Erik Nordmark',None,'Energimyndigheten'),P('Sigrid Haugland',None,'Treklyngen'),P('Elin Håkansson',None,KAU),
 P('Päivi Lahtinen',None,None),P('Gunnar Ekdahl','regionrådet',None),P('Sanna Öberg','evenemangsansvarig',F)],
 [O(F),O(KAU),O('Region Värmland'),O('Stora Enso Skoghall'),O('RISE Research Institutes of Sweden'),O('Systembolaget'),
  O('Confederation of European Paper Industries','CEPI'),O('Energimyndigheten'),O('Treklyngen'),O('Arvika Folkhögskola'),O('Arvika kommun'),
  O('Kymi Cluster'),O('Svenska Bioekonomikluster'),O('Valmet'),O('Gruvöns bruk')],
 [E('Fiberdagarna 2035','2035-09-18','2035-09-19','Karlstad','Sweden'),E('Fiberdagarnas middag','2035-09-18',None,'Karlstad','Sweden'),E('Årets fiberinnovation','2035-09-18',None,'Karlstad','Sweden'),
  E('studiebesök','2035-09-19',None,'Grums, Karlstad','Sweden'),E('affärsmöten','2035-09-19',None,'Karlstad','Sweden'),
  E('Fiberdagarna 2034','2034-09-19','2034-09-20','Karlstad','Sweden'),E('Fiberdagarna 2033','2033-09-20','2033-09-21','Arvika','Sweden'),
  E('Fiberdagarna 2032','2032-09-21','2032-09-22','Karlstad','Sweden'),E('Fiberdagarna 2031','2031-09-18',None,'Karlstad','Sweden'),
  E('Fiberdagarna 2030','2030-09-19',None,None,None),E('Fiberdagarna 2029','2029-09-20',None,'Karlstad','Sweden'),
  E('Fiberdagarna 2036','2036-09-16','2036-09-17','Karlstad','Sweden')],
 ['2035-06-15','2029','2035-09-18/2035-09-19','2035-09-18','2035-09-19','2035-08-31','2034-09-19/2034-09-20','2033-09-20/2033-09-21',
  '2032-09-21/2032-09-22','2031-09-18','2030-09-19','2029-09-20','2036-09-16/2036-09-17'],pub='2035-06-15')
