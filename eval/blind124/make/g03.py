from h import *
F = 'g03_deventer_cluster_nieuwsbrief.md'
assert wd(2039,5,20)=='Friday' and wd(2039,6,14)=='Tuesday' and wd(2039,9,30)=='Friday'
T = """# Nieuwsbrief Logistiek Cluster Stedendriehoek – mei 2039

*Deventer, 24 mei 2039 · Redactie: Femke Ter Horst · [Online lezen](#) · [Afmelden](#)*

---

## Afscheid van Gert-Jan Hilbrink, welkom aan Yasmina El Idrissi

Op vrijdag 20 mei 2039 nam het Logistiek Cluster Stedendriehoek (LCS) in het Burgerweeshuis in Deventer afscheid van clustermanager **Gert-Jan Hilbrink**. Ruim tachtig leden, bestuurders en partners waren erbij. Gert-Jan stond sinds 2032 aan het roer van het cluster en bouwde het uit van een netwerk van vervoerders tot een samenwerking van 71 bedrijven, kennisinstellingen en overheden in Deventer, Apeldoorn en Zutphen. Hij gaat met pensioen, maar blijft als adviseur betrokken bij het programma Slimme Binnenvaart IJssel.

Voorzitter **mr. Willemijn van Rossum-Dekker** (bestuursvoorzitter van het cluster en directeur van Havenbedrijf Deventer) bedankte hem namens het bestuur: "Gert-Jan kende elke kade en elke directeur bij naam." Wethouder Economie **Bas Veldhuis** van de Gemeente Deventer reikte hem de stadspenning uit.

Zijn opvolger is **Yasmina El Idrissi** (41), die op 1 juni 2039 begint. Zij werkte de afgelopen zes jaar bij Oost NL, de regionale ontwikkelingsmaatschappij voor Gelderland en Overijssel, als senior projectmanager logistiek, en daarvoor bij DHL Supply Chain in Venlo. Yasmina: "De Stedendriehoek ligt aan water, spoor en A1. Die drie moeten we nu echt aan elkaar knopen."

## Rondetafel over de binnenvaart

Voorafgaand aan het afscheid hield het cluster een rondetafel over de toekomst van de containeroverslag aan de IJssel, geleid door dr. **Koen Wessels**, lector Logistiek aan Saxion Hogeschool. Aan tafel zaten onder anderen **Hanneke Brouwer** (Rijkswaterstaat Oost-Nederland), **Sander Overmars** (Bolk Transport B.V.) en **Ahmet Yılmaz-Kok** (Container Terminal Deventer).

### Aanbevelingen van de rondetafel

1. Leg de wachttijden bij de sluizen vast in één gedeeld dashboard voor alle vervoerders
2. Bundel de lading van kleine verladers via één coördinator per bedrijventerrein
3. Vraag de provincie Overijssel om de kadeverlenging in Zutphen in het investeringsplan 2040–2045 op te nemen

## Bestuur van het cluster

Het bestuur is sinds de ledenvergadering van 30 september 2038 als volgt samengesteld:

| Functie | Naam | Organisatie |
|---|---|---|
| Voorzitter | Willemijn van Rossum-Dekker | Havenbedrijf Deventer |
| Penningmeester | Herman ten Brinke | Rabobank Salland |
| Secretaris | Ilse Nijhof | Gemeente Apeldoorn |
| Lid | Johan Scholten | Scholten Koeltransport B.V. |
| Lid | Prof. dr. Marieke de Graaf-Hulst | Universiteit Twente |

## Kort nieuws

Het cluster is sinds april partner in het Interreg-project BlueCorridor, samen met de havens van Duisburg en Nijmegen. Projectleider namens LCS is **Daan Oosterwijk**, die daarvoor bij Port of Twente werkte. De eerste partnerbijeenkomst vond plaats op 11 en 12 april 2039 in Duisburg; de tweede volgt in het najaar in Nijmegen. Verder bracht een delegatie van het Poolse logistieke cluster uit Poznań op 3 mei een werkbezoek aan de Container Terminal Deventer.

## Nieuwe leden

Sinds januari 2039 zijn de volgende organisaties lid geworden van het cluster:

- Zutphense Overslag Maatschappij B.V. (Zutphen)
- Van Dam Expeditie (Apeldoorn)
- Wegener Warehousing B.V. (Deventer)
- Stichting Logistiek Onderwijs Oost (Apeldoorn)

Daarmee telt het cluster 71 leden. Welkom!

## Agenda

- **dinsdag 14 juni 2039, 15.00–17.30 uur** – Kennismakingsbijeenkomst met Yasmina El Idrissi, Havenkantoor Deventer
- **30 september 2039** – Algemene ledenvergadering, Apeldoorn
- **9 t/m 11 november 2039** – gezamenlijke stand met Oost NL op de beurs Logistica in Utrecht

Vragen over het lidmaatschap? Neem contact op met **Ilse Nijhof**, secretaris, via info@lcs-stedendriehoek.example.nl.

---

*Logistiek Cluster Stedendriehoek is een coöperatie U.A. van bedrijven, onderwijs en overheden in de regio Deventer–Apeldoorn–Zutphen. Deze nieuwsbrief gaat naar 640 abonnees. © 2039 LCS*
"""
assert wd(2039,11,9)=='Wednesday'
write(F, T)
L = "Logistiek Cluster Stedendriehoek"
gold(F,
 [P("Femke Ter Horst","Redactie",None),
  P("Gert-Jan Hilbrink","clustermanager",L),
  P("Willemijn van Rossum-Dekker","Voorzitter",L),
  P("Bas Veldhuis","Wethouder Economie","Gemeente Deventer"),
  P("Yasmina El Idrissi","clustermanager",L),
  P("Koen Wessels","lector Logistiek","Saxion Hogeschool"),
  P("Hanneke Brouwer",None,"Rijkswaterstaat Oost-Nederland"),
  P("Sander Overmars",None,"Bolk Transport B.V."),
  P("Ahmet Yılmaz-Kok",None,"Container Terminal Deventer"),
  P("Herman ten Brinke","Penningmeester",L),
  P("Ilse Nijhof","Secretaris",L),
  P("Johan Scholten","Lid",L),
  P("Marieke de Graaf-Hulst","Lid",L),
  P("Daan Oosterwijk","Projectleider",L)],
 [O(L,"LCS"), O("Havenbedrijf Deventer"), O("Gemeente Deventer"), O("Oost NL"), O("DHL Supply Chain"), O("Saxion Hogeschool"),
  O("Rijkswaterstaat Oost-Nederland"), O("Bolk Transport B.V."), O("Container Terminal Deventer"), O("provincie Overijssel"),
  O("Rabobank Salland"), O("Gemeente Apeldoorn"), O("Scholten Koeltransport B.V."), O("Universiteit Twente"),
  O("Zutphense Overslag Maatschappij B.V."), O("Van Dam Expeditie"), O("Wegener Warehousing B.V."), O("Stichting Logistiek Onderwijs Oost"), O("Port of Twente")],
 [E("afscheid","2039-05-20",None,"Deventer","Netherlands"),
  E("rondetafel over de toekomst van de containeroverslag aan de IJssel","2039-05-20",None,"Deventer","Netherlands"),
  E("ledenvergadering","2038-09-30",None,None,None),
  E("Kennismakingsbijeenkomst met Yasmina El Idrissi","2039-06-14",None,"Deventer","Netherlands"),
  E("Algemene ledenvergadering","2039-09-30",None,"Apeldoorn","Netherlands"),
  E("partnerbijeenkomst","2039-04-11","2039-04-12","Duisburg","Germany"),
  E("werkbezoek aan de Container Terminal Deventer","2039-05-03",None,"Deventer","Netherlands"),
  E("Logistica","2039-11-09","2039-11-11","Utrecht","Netherlands")],
 ["2039-05","2039-05-24","2039-05-20","2032","2039-06-01","2040/2045","2038-09-30","2039-01","2039-06-14","2039-09-30","2039-11-09/2039-11-11","2039-04","2039-04-11/2039-04-12","2039-05-03"],
 ["Leg de wachttijden bij de sluizen vast in één gedeeld dashboard voor alle vervoerders",
  "Bundel de lading van kleine verladers via één coördinator per bedrijventerrein",
  "Vraag de provincie Overijssel om de kadeverlenging in Zutphen in het investeringsplan 2040–2045 op te nemen"],
 pub="2039-05-24")
