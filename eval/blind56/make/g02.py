from h import *
F = 'nyheder_ny-bestyrelse-foedevareklynge-sjaelland.md'
T = '''[Forside](/) › [Nyheder](/nyheder) › Ny bestyrelse valgt på generalforsamlingen

# Ny bestyrelse i Fødevareklynge Sjælland – Mette Kjærsgaard Holm er ny formand

*Nyhed · 28. april 2033 · Af Rasmus Dalgaard, kommunikationsansvarlig*

Fødevareklynge Sjælland holdt torsdag den 27. april 2033 sin ordinære generalforsamling på Roskilde Kongres & Idrætscenter.
Knap 90 medlemmer fra virksomheder, kommuner og vidensinstitutioner deltog, og generalforsamlingen valgte en ny
bestyrelse for perioden 2033–2035. Mette Kjærsgaard Holm, administrerende direktør i Søholm Mejeri A/S, blev valgt som
ny formand efter Jørgen Vestergaard, der har stået i spidsen for klyngen siden stiftelsen i 2026.

Generalforsamlingen blev ledet af advokat Birgitte Lund fra Lund & Krogh Advokatpartnerselskab, som valgt dirigent
konstaterede, at generalforsamlingen var lovligt indkaldt i henhold til vedtægterne.

## Formandens beretning

Jørgen Vestergaard gennemgik året, hvor klyngen fik 23 nye medlemmer og nu tæller 214 virksomheder og organisationer.
Han fremhævede især samarbejdet med Region Sjælland om det nye proteinprogram og de to fælles messestande på
Anuga i Köln og SIAL i Paris i oktober 2032.

– Jeg har været formand i syv år, og det har været en fornøjelse at se klyngen vokse fra et netværk af 30
fødevarevirksomheder til en organisation, som både ministeriet og Region Sjælland lytter til. Nu er det tid til nye
kræfter, sagde Jørgen Vestergaard, som blev takket med stående applaus.

Klyngedirektør Anne-Sofie Brandt fremlagde regnskabet for 2032, som blev godkendt uden bemærkninger, og
budgettet for 2033. Kontingentet fastholdes uændret.

## Den nye bestyrelse

Efter valget har bestyrelsen konstitueret sig således:

- **Formand:** Mette Kjærsgaard Holm, administrerende direktør, Søholm Mejeri A/S (nyvalgt)
- **Næstformand:** Lars Thorup Madsen, ejer, Thorup Grønt ApS (genvalgt)
- **Kasserer:** Pernille Skov, økonomidirektør, Nordsjællands Bageri A/S (genvalgt)
- Henrik Bonde, produktionschef, Danish Crown-fabrikken i Ringsted (nyvalgt)
- Dr. Camilla Frederiksen-Ahmadi, institutleder, DTU Fødevareinstituttet (genvalgt)
- Niels-Erik Kragh, erhvervschef, Køge Kommune (nyvalgt)
- Sofie la Cour, stifter og direktør, Havregrynet IVS (nyvalgt)

**Suppleanter:** Mikkel Rask (Sjællandske Æg A/S) og Yasmin Østergaard (Zealand – Sjællands Erhvervsakademi).

**Revisor:** BDO Statsautoriseret revisionsaktieselskab blev genvalgt som revisor.

## Nye vedtægter

Generalforsamlingen vedtog bestyrelsens forslag om at udvide bestyrelsen fra fem til syv medlemmer og at indføre en
valgperiode på to år. Forslaget om et særligt kontingent for iværksættere under tre år blev også vedtaget.

## Den nye formand

Mette Kjærsgaard Holm er uddannet cand.agro. fra Københavns Universitet og har siden 2029 været administrerende
direktør i Søholm Mejeri A/S i Holbæk, et andelsmejeri med 140 ansatte. Hun har siddet i klyngens faglige udvalg for
mejeri og ingredienser siden 2030.

– Tak for tilliden. Sjælland har nogle af landets bedste landbrugsjorde og en stærk fødevareindustri, men vi skal blive
bedre til at samarbejde på tværs af værdikæden. Min prioritet bliver grøn omstilling og kvalificeret arbejdskraft, sagde
den nye formand.

## Æresmedlem

Som afslutning udnævnte generalforsamlingen Jørgen Vestergaard til æresmedlem af Fødevareklynge Sjælland. Han fortsætter
som medlem af klyngens internationale udvalg.

## Klyngens faglige udvalg

Bestyrelsen bekræftede samtidig formændene for klyngens tre faglige udvalg, som fortsætter uændret frem til næste
generalforsamling:

- Mejeri og ingredienser: Ole Winther Nørgaard, udviklingschef, Arla-mejeriet i Slagelse
- Grønt og plantebaserede fødevarer: Katrine Møller-Hansen, projektleder, Landbrug & Fødevarer
- Internationalt udvalg: Jørgen Vestergaard (fortsætter efter at være trådt tilbage som formand)

Udvalgene mødes fire gange om året og er åbne for alle medlemmer. Nye deltagere er velkomne og kan melde sig via
sekretariatet. Udvalget for grønt og plantebaserede fødevarer arbejder i øjeblikket på en fælles ansøgning til
Innovationsfonden om et demonstrationsanlæg for bælgfrugter på Vestsjælland, og mejeriudvalget planlægger en
studietur til Wageningen i Nederlandene i foråret 2034.

## Næste arrangementer

- **Sjællandsk Fødevaredag 2033** – onsdag den 14. juni 2033, Sorø Akademi
- **Netværksmøde om alternative proteiner** – den 5. september 2033 i Slagelse

Referatet af generalforsamlingen kan hentes under [Dokumenter](/dokumenter). Spørgsmål kan rettes til
sekretariatet på info@foedevareklynge-sjaelland.example.

---

Del: [LinkedIn](#) · [Facebook](#) · [E-mail](#)

*Fødevareklynge Sjælland · Ringstedgade 9 · 4000 Roskilde · CVR 40000000*
'''
write(F, T)
FK = 'Fødevareklynge Sjælland'
gold(F, [
 P('Rasmus Dalgaard', 'kommunikationsansvarlig', FK),
 P('Mette Kjærsgaard Holm', 'Formand', FK),
 P('Jørgen Vestergaard', 'æresmedlem', FK),
 P('Birgitte Lund', 'dirigent', 'Lund & Krogh Advokatpartnerselskab'),
 P('Anne-Sofie Brandt', 'Klyngedirektør', FK),
 P('Lars Thorup Madsen', 'Næstformand', FK),
 P('Pernille Skov', 'Kasserer', FK),
 P('Henrik Bonde', 'produktionschef', 'Danish Crown-fabrikken i Ringsted'),
 P('Camilla Frederiksen-Ahmadi', 'institutleder', 'DTU Fødevareinstituttet'),
 P('Niels-Erik Kragh', 'erhvervschef', 'Køge Kommune'),
 P('Sofie la Cour', 'stifter og direktør', 'Havregrynet IVS'),
 P('Ole Winther Nørgaard', 'udviklingschef', 'Arla-mejeriet i Slagelse'),
 P('Katrine Møller-Hansen', 'projektleder', 'Landbrug & Fødevarer'),
 P('Mikkel Rask', None, 'Sjællandske Æg A/S'),
 P('Yasmin Østergaard', None, 'Zealand – Sjællands Erhvervsakademi'),
],[
 O(FK), O('Søholm Mejeri A/S'), O('Lund & Krogh Advokatpartnerselskab'), O('Region Sjælland'),
 O('Thorup Grønt ApS'), O('Nordsjællands Bageri A/S'), O('Danish Crown-fabrikken i Ringsted'),
 O('DTU Fødevareinstituttet'), O('Køge Kommune'), O('Havregrynet IVS'), O('Sjællandske Æg A/S'),
 O('Zealand – Sjællands Erhvervsakademi'), O('BDO Statsautoriseret revisionsaktieselskab'),
 O('Københavns Universitet'), O('Arla-mejeriet i Slagelse'), O('Landbrug & Fødevarer'), O('Innovationsfonden'),
],[
 E('ordinære generalforsamling', '2033-04-27', '2033-04-27', 'Roskilde', 'Denmark'),
 E('Anuga', '2032-10', '2032-10', 'Köln', 'Germany'),
 E('SIAL', '2032-10', '2032-10', 'Paris', 'France'),
 E('Sjællandsk Fødevaredag 2033', '2033-06-14', '2033-06-14', 'Sorø', 'Denmark'),
 E('Netværksmøde om alternative proteiner', '2033-09-05', '2033-09-05', 'Slagelse', 'Denmark'),
],['2033-04-28','2033-04-27','2033/2035','2026','2032-10','2032','2033','2029','2030','2033-06-14','2033-09-05','2034'], pub='2033-04-28')
