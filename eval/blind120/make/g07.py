from h import *
F = 'g07_nordjylland_klyngeanalyse.md'
assert wd(2037,9,24)=='Thursday' and wd(2037,10,7)=='Wednesday' and wd(2037,11,19)=='Thursday'
T = """Forside › Viden › Analyser

# Ny analyse: Nordjyske virksomheder bruger klyngerne – men kun de store går med i udviklingsprojekter

**Torsdag den 24. september 2037** · Af Mette Kjærgaard Nørgaard, analysechef

*Business Region North Denmark har sammen med Aalborg Universitet kortlagt, hvordan virksomhederne i Nordjylland bruger de nationale klyngeorganisationer. Analysen bygger på registerdata for 2033–2036 og en spørgeskemaundersøgelse blandt 1.104 virksomheder.*

Nordjylland har ikke selv hovedsædet for nogen af de nationale klynger, men regionen har afdelinger af fem af dem i Aalborg, Hjørring og Frederikshavn. Det gælder blandt andet MADE, Energy Cluster Denmark, Danish Life Science Cluster, Digital Lead og den maritime klynge BLUE Denmark. Analysen, som er udarbejdet af lektor Søren Østergaard-Lind fra Institut for Økonomi og Ledelse ved Aalborg Universitet og analytiker Ida Marie Friis, viser et tydeligt mønster: de nordjyske virksomheder deltager gerne i klyngernes arrangementer, men sjældent i deres innovationsprojekter.

Spørgeskemaet blev sendt ud i foråret 2037, og svarene er koblet med data fra Danmarks Statistik om beskæftigelse, omsætning og eksport. Dermed er det første gang, at effekten af klyngedeltagelse i regionen er målt på virksomhedsniveau og ikke kun ud fra klyngernes egne opgørelser.

## Hovedresultater

Analysens vigtigste resultater er:

- 38 procent af de adspurgte virksomheder har deltaget i mindst ét klyngearrangement inden for de seneste to år
- Kun 9 procent har deltaget i et egentligt innovationsprojekt, og af dem har næsten to tredjedele mere end 50 ansatte
- Virksomheder i Vendsyssel bruger klyngerne markant mindre end virksomheder i Aalborg-området
- Den største barriere er manglende tid og kendskab, ikke økonomi
- Virksomheder, der har deltaget i et klyngeprojekt, har i gennemsnit haft 4,1 procentpoint højere vækst i eksporten end sammenlignelige virksomheder

## Stemmer fra virksomhederne

"Vi har været med til mange gode morgenmøder, men ingen har nogensinde spurgt, om vi ville være med i et projekt," fortæller direktør Jens Peter Hvidtfeldt fra Hirtshals-virksomheden Nordsø Hydraulik ApS.

Omvendt peger Lotte Bach-Jeppesen, klyngechef i Energy Cluster Denmark's nordjyske afdeling, på, at klyngerne har svært ved at nå de små virksomheder uden lokale folk: "Vores projekter er åbne for alle, men det kræver, at nogen banker på døren i Sæby og Brønderslev."

## Anbefalinger

Forskerne bag analysen giver fire anbefalinger til Business Region North Denmark og Danmarks Erhvervsfremmebestyrelse:

1. Klyngerne bør have mindst én fast medarbejder placeret i Vendsyssel
2. Erhvervshusene og klyngerne bør lave fælles opsøgende besøg hos små og mellemstore virksomheder
3. Der bør oprettes en lille, hurtig projektpulje, hvor små virksomheder kan afprøve et samarbejde med en videninstitution
4. Effekten af klyngedeltagelse bør følges løbende med registerdata, så der ikke skal laves en ny analyse hvert femte år

## Hvad sker der nu?

Analysen præsenteres på et lanceringsmøde onsdag den 7. oktober kl. 14.00–16.00 i Nordkraft i Aalborg, hvor borgmester Birgitte Abildgaard-Lund fra Hjørring Kommune og formand for Business Region North Denmark, og Henrik Schou, direktør for Erhvervshus Nordjylland, deltager i en debat om anbefalingerne. Tilmelding senest den 1. oktober.

Anbefalingerne skal derefter drøftes på bestyrelsesmødet i Business Region North Denmark den 19. november 2037, og de indgår i regionens bidrag til den næste nationale strategi for klynger 2039–2042.

Analysen er finansieret af Region Nordjylland og Danmarks Erhvervsfremmebestyrelse.

**Download:** [Hele analysen (PDF)](/media/klyngeanalyse-2037.pdf) · [Bilag med tabeller (Excel)](/media/bilag.xlsx)

**Kontakt:** Mette Kjærgaard Nørgaard, analysechef, tlf. 99 00 00 00

---

*Relaterede nyheder:* [Nordjysk delegation besøgte Hamburgs havneklynge](/nyheder/hamburg) · [Ny erhvervsfremmestrategi vedtaget](/nyheder/strategi)

Del: [LinkedIn](#) · [Facebook](#) · [Mail](#)

Business Region North Denmark · Niels Bohrs Vej 30 · 9220 Aalborg Ø · [Cookie- og privatlivspolitik](/privatliv)
"""
write(F, T)
BR = "Business Region North Denmark"
gold(F,
 [P("Mette Kjærgaard Nørgaard","analysechef",BR),
  P("Søren Østergaard-Lind","lektor","Aalborg Universitet"),
  P("Ida Marie Friis","analytiker",None),
  P("Jens Peter Hvidtfeldt","direktør","Nordsø Hydraulik ApS"),
  P("Lotte Bach-Jeppesen","klyngechef","Energy Cluster Denmark"),
  P("Birgitte Abildgaard-Lund","borgmester","Hjørring Kommune"),
  P("Henrik Schou","direktør","Erhvervshus Nordjylland")],
 [O(BR), O("Aalborg Universitet"), O("MADE"), O("Energy Cluster Denmark"), O("Danish Life Science Cluster"),
  O("Digital Lead"), O("BLUE Denmark"), O("Institut for Økonomi og Ledelse"), O("Nordsø Hydraulik ApS"),
  O("Danmarks Erhvervsfremmebestyrelse"), O("Hjørring Kommune"), O("Erhvervshus Nordjylland"), O("Region Nordjylland"), O("Danmarks Statistik")],
 [E("lanceringsmøde","2037-10-07",None,"Aalborg","Denmark"),
  E("bestyrelsesmødet i Business Region North Denmark","2037-11-19",None,None,None)],
 ["2037-09-24","2033/2036","2037","2037-10-07","2037-10-01","2037-11-19","2039/2042"],
 ["38 procent af de adspurgte virksomheder har deltaget i mindst ét klyngearrangement inden for de seneste to år",
  "Kun 9 procent har deltaget i et egentligt innovationsprojekt, og af dem har næsten to tredjedele mere end 50 ansatte",
  "Virksomheder i Vendsyssel bruger klyngerne markant mindre end virksomheder i Aalborg-området",
  "Den største barriere er manglende tid og kendskab, ikke økonomi",
  "Virksomheder, der har deltaget i et klyngeprojekt, har i gennemsnit haft 4,1 procentpoint højere vækst i eksporten end sammenlignelige virksomheder",
  "Klyngerne bør have mindst én fast medarbejder placeret i Vendsyssel",
  "Erhvervshusene og klyngerne bør lave fælles opsøgende besøg hos små og mellemstore virksomheder",
  "Der bør oprettes en lille, hurtig projektpulje, hvor små virksomheder kan afprøve et samarbejde med en videninstitution",
  "Effekten af klyngedeltagelse bør følges løbende med registerdata, så der ikke skal laves en ny analyse hvert femte år"],
 pub="2037-09-24")
