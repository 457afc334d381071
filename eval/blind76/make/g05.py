from h import *
F = 'lettmetallklyngen-protokoll-styremote-4-2034.md'
assert wd(2034,9,19)=='Tuesday' and wd(2034,11,28)=='Tuesday', (wd(2034,9,19), wd(2034,11,28))
T = """# PROTOKOLL FRA STYREMØTE 4/2034

**Lettmetallklyngen Innlandet AS**

**Tid:** Tirsdag 19. september 2034 kl. 09.00–12.30
**Sted:** Raufoss Industripark, møterom «Mjøsa», Bygg 80, Raufoss (Teams for ett styremedlem)

**Til stede:**
- Kari Bakken Sæther, styreleder (Hydro Extrusion Norway AS)
- Lars-Erik Hovland, nestleder (Raufoss Technology AS)
- Ingrid Nygård Lie, styremedlem (NTNU i Gjøvik)
- Øystein Kvåle, styremedlem (SINTEF Manufacturing AS), via Teams
- Marianne Haugen, styremedlem (Innlandet fylkeskommune)

**Forfall:** Henrik Solbakken, styremedlem (Nammo Raufoss AS); vararepresentant Siri Aasen møtte ikke.

**Fra administrasjonen:** Anders Brekke, daglig leder; Tuva Lindholm, prosjektleder (referent)

**Gjest under sak 30/34:** Jürgen von Hohenberg, administrerende direktør i European Aluminium Cluster Association (EACA)

---

## Sak 27/34 Godkjenning av innkalling og saksliste

Innkalling og saksliste ble godkjent uten merknader. Protokoll fra styremøte 3/2034 av 13. juni 2034 ble godkjent og signeres elektronisk.

## Sak 28/34 Økonomirapport per 31. august 2034

Daglig leder orienterte om regnskapet per 31. august. Driftsinntektene er 7,9 mill. kroner mot budsjett 8,2 mill. kroner. Avviket skyldes at utbetalingen fra Innovasjon Norge for klyngeprogrammet Norwegian Innovation Clusters kommer i oktober. Likviditeten er tilfredsstillende.

**Vedtak:** Styret tar økonomirapporten til orientering.

## Sak 29/34 Medlemssaker

Følgende virksomheter har søkt om medlemskap: Toten Presisjon AS (Lena), Gjøvik Automasjon AS, Mjøs Resirk AS og Valdres Aluminium Produkter AS. Administrasjonen anbefaler opptak. Klyngen vil da ha 63 medlemmer.

**Vedtak:** De fire virksomhetene tas opp som medlemmer fra 1. oktober 2034.

## Sak 30/34 Europeisk samarbeid

Jürgen von Hohenberg presenterte EACA og arbeidet med et felles europeisk partnerskap for resirkulert aluminium. Lettmetallklyngen er invitert til å lede en arbeidsgruppe om sporbarhet av skrap. Styret diskuterte ressursbruk og forholdet til klyngens strategi 2033–2037.

**Vedtak:** Lettmetallklyngen søker medlemskap i EACA fra 2035 og påtar seg å lede arbeidsgruppen for sporbarhet, forutsatt at kostnadene dekkes av prosjektmidler.

## Sak 31/34 Kompetanseprogram for operatører

Prosjektleder redegjorde for pilotkullet i fagskoleutdanningen i produksjonsteknikk, som har 18 studenter fra 9 medlemsbedrifter. Fagskolen Innlandet ønsker å videreføre tilbudet fra høsten 2035.

**Vedtak:** Styret støtter videreføring og ber daglig leder inngå en samarbeidsavtale med Fagskolen Innlandet innen 1. desember 2034.

## Sak 32/34 Klyngekonferansen 2034

Lettmetalldagene 2034 arrangeres på Gjøvik 6.–7. november 2034 med Scandic Gjøvik som konferansested. Så langt er 164 deltakere påmeldt. Næringsminister Camilla Thorsrud har bekreftet at hun åpner konferansen.

**Vedtak:** Styret tar orienteringen til etterretning. Styreleder ønsker velkommen på vegne av klyngen.

## Sak 33/34 Kommunikasjon og ny nettside

Tuva Lindholm presenterte forslag til ny nettside og nyhetsbrev på norsk og engelsk. Tilbudet fra Webfabrikken Hamar AS er på 185 000 kroner. Styret ba om at medlemsbedriftenes egne nyheter får mer plass, og at stillingsannonser fra medlemmene publiseres gratis.

**Vedtak:** Styret godkjenner tilbudet fra Webfabrikken Hamar AS innenfor en ramme på 200 000 kroner. Ny nettside skal være klar før Lettmetalldagene.

## Sak 34/34 Eventuelt

Marianne Haugen informerte om at Innlandet fylkeskommune vil lyse ut midler til regionale klynger i januar 2035. Øystein Kvåle foreslo at neste styremøte også behandler et utkast til handlingsplan for 2035.

---

## Oppsummering av vedtak

1. Styret tar økonomirapporten til orientering.
2. De fire virksomhetene tas opp som medlemmer fra 1. oktober 2034.
3. Lettmetallklyngen søker medlemskap i EACA fra 2035 og påtar seg å lede arbeidsgruppen for sporbarhet, forutsatt at kostnadene dekkes av prosjektmidler.
4. Styret støtter videreføring og ber daglig leder inngå en samarbeidsavtale med Fagskolen Innlandet innen 1. desember 2034.
5. Styret tar orienteringen om Lettmetalldagene 2034 til etterretning.
6. Styret godkjenner tilbudet fra Webfabrikken Hamar AS innenfor en ramme på 200 000 kroner.

**Neste styremøte:** Tirsdag 28. november 2034 kl. 09.00 på Raufoss. Saker meldes til daglig leder innen 14. november.

Raufoss, 20. september 2034

Kari Bakken Sæther (sign.), styreleder · Lars-Erik Hovland (sign.) · Ingrid Nygård Lie (sign.) · Øystein Kvåle (sign.) · Marianne Haugen (sign.)

*Protokollen er godkjent elektronisk via Signant.*
"""
write(F, T)
L='Lettmetallklyngen Innlandet AS'
gold(F, [P('Kari Bakken Sæther','styreleder',L), P('Lars-Erik Hovland','nestleder',L), P('Ingrid Nygård Lie','styremedlem',L),
 P('Øystein Kvåle','styremedlem',L), P('Marianne Haugen','styremedlem',L), P('Henrik Solbakken','styremedlem',L),
 P('Siri Aasen','vararepresentant',L), P('Anders Brekke','daglig leder',L), P('Tuva Lindholm','prosjektleder',L),
 P('Jürgen von Hohenberg','administrerende direktør','European Aluminium Cluster Association'),
 P('Camilla Thorsrud','Næringsminister',None)],
 [O(L), O('Raufoss Industripark'), O('Hydro Extrusion Norway AS'), O('Raufoss Technology AS'), O('NTNU i Gjøvik'),
  O('SINTEF Manufacturing AS'), O('Innlandet fylkeskommune'), O('Nammo Raufoss AS'),
  O('European Aluminium Cluster Association','EACA'), O('Innovasjon Norge'), O('Toten Presisjon AS'), O('Gjøvik Automasjon AS'),
  O('Mjøs Resirk AS'), O('Valdres Aluminium Produkter AS'), O('Fagskolen Innlandet'), O('Signant'), O('Webfabrikken Hamar AS')],
 [E('STYREMØTE 4/2034','2034-09-19','2034-09-19','Raufoss','Norway'), E('styremøte 3/2034','2034-06-13','2034-06-13',None,None),
  E('Lettmetalldagene 2034','2034-11-06','2034-11-07','Gjøvik','Norway'), E('Neste styremøte','2034-11-28','2034-11-28','Raufoss','Norway')],
 ['2034-09-19','2034-06-13','2034-08-31','2034-10-01','2033/2037','2035','2034-12-01','2034-11-06/2034-11-07','2035-01','2034-11-28','2034-11-14','2034-09-20'],
 ['Styret tar økonomirapporten til orientering','De fire virksomhetene tas opp som medlemmer fra 1. oktober 2034',
  'Lettmetallklyngen søker medlemskap i EACA fra 2035 og påtar seg å lede arbeidsgruppen for sporbarhet, forutsatt at kostnadene dekkes av prosjektmidler',
  'Styret støtter videreføring og ber daglig leder inngå en samarbeidsavtale med Fagskolen Innlandet innen 1. desember 2034',
  'Styret tar orienteringen om Lettmetalldagene 2034 til etterretning','Styret godkjenner tilbudet fra Webfabrikken Hamar AS innenfor en ramme på 200 000 kroner'],
 pub='2034-09-20')
