from h import *
F = 'g07_limburg_chemie_persbericht.txt'
assert wd(2038,10,4)=='Monday' and wd(2038,10,1)=='Friday'
T = """Home  /  Pers  /  Persberichten

Deze website gebruikt cookies. Alles accepteren | Alleen noodzakelijke | Instellingen

PERSBERICHT

Limburgse chemie en kunststoffen slaan handen in elkaar voor circulair waterstofcorridor

Genk, 4 oktober 2038 – Vijf clusterorganisaties en twee provincies uit Belgisch en Nederlands Limburg hebben maandag in Genk een intentieverklaring ondertekend voor een gezamenlijke waterstof- en recyclagecorridor tussen Genk, Geleen en Lanaken. Het initiatief moet tegen 2045 ruim 2.800 banen in de regio veiligstellen.

De verklaring werd ondertekend tijdens het Euregionaal Chemie Forum 2038, dat van 1 tot 4 oktober 2038 plaatsvond in het C-Mine cultuurcentrum. Het forum trok 430 deelnemers uit België, Nederland en Duitsland.

Ondertekenaars
- Limburgse Kunststoffen & Chemie Cluster (LiKCC), Genk
- Chemelot Innovatie Netwerk, Geleen
- Catalisti, Antwerpen
- Brightlands Circular Space, Geleen
- Vlaamse Waterstofcoalitie vzw
- Provincie Limburg (BE)
- Provincie Limburg (NL)

Citaten
"Onze bedrijven zitten op twintig kilometer van elkaar, maar werkten tot vandaag vooral langs de taalgrens en de rijksgrens heen," zei Ingrid Vanoppen-Claes, voorzitter van de LiKCC en CEO van Kunststof Verwerking Zonhoven nv. "Met deze verklaring maken we van de grens een verbinding."

Gedeputeerde voor Economie van de Provincie Limburg (BE), Tom Vandeurzen-Peeters, onderstreepte het belang voor de werkgelegenheid: "Na de sluiting van de mijnen en van Ford Genk mag Limburg geen derde keer de boot missen. De provincie trekt 4 miljoen euro uit voor de haalbaarheidsstudies."

Ook zijn Nederlandse collega, gedeputeerde Marleen Hoogland-Smeets van de Provincie Limburg (NL), sprak van "een historische dag voor de Euregio Maas-Rijn". Zij kondigde aan dat de provincie een grensoverschrijdend loket voor vergunningen wil openen in 2039.

Prof. dr. Bart Lemmens, directeur van het Instituut voor Materiaalonderzoek van de Universiteit Hasselt (UHasselt), benadrukte dat kennisinstellingen aan beide kanten van de Maas al jaren samenwerken, "maar nu krijgen de bedrijven eindelijk een gezamenlijk projectbureau".

Wat staat er in de verklaring?
De ondertekenaars engageren zich om:
1. tegen eind 2039 een gezamenlijk projectbureau op te richten met zetel in Genk;
2. een gemeenschappelijke kaart van waterstofvraag en -aanbod in de corridor te publiceren;
3. samen Europese middelen aan te vragen, onder meer in het Innovation Fund;
4. jaarlijks een opleidingsplan voor procesoperatoren op te stellen met de VDAB en het UWV.

Achtergrond
De corridor verbindt drie industrieterreinen die samen meer dan 40 procent van de industriële CO2-uitstoot van beide provincies vertegenwoordigen. Volgens een eerste raming van de cluster is er tegen 2042 al een vraag naar groene waterstof van ongeveer 60.000 ton per jaar, terwijl de bestaande pijpleidingen tussen Geleen en Genk slechts voor een deel herbruikbaar zijn. De haalbaarheidsstudies moeten uitwijzen welke tracés het snelst vergund kunnen worden en welke bedrijven als eerste afnemer kunnen optreden.

De Limburgse Kunststoffen & Chemie Cluster telt 96 leden, goed voor 11.500 werknemers. De cluster werd in 2031 opgericht en is erkend als speerpuntcluster-partner door VLAIO.

Het volgende Euregionaal Chemie Forum vindt plaats in het najaar van 2039 in Geleen.

Noot voor de redactie (niet voor publicatie)
Foto's van de ondertekening (vrij van rechten, vermelding: © LiKCC / Jeroen Bastiaens) zijn te downloaden via de persmap.
Voor meer informatie:
Sanne Wouters
Woordvoerder LiKCC
+32 (0)89 00 00 00
pers@likcc.example.be

Deel dit bericht: LinkedIn · Facebook · X · E-mail

Gerelateerde berichten
› LiKCC verwelkomt drie nieuwe leden (12 september 2038)
› Terugblik: Kunststoffendag 2038 in Lommel (21 juni 2038)

LiKCC vzw · Thor Park 00 · 3600 Genk · BTW BE 0000.000.000
Privacyverklaring | Cookiebeleid | Disclaimer
"""
write(F, T)
gold(F,
 [P("Ingrid Vanoppen-Claes","voorzitter","LiKCC"),
  P("Tom Vandeurzen-Peeters","Gedeputeerde voor Economie","Provincie Limburg (BE)"),
  P("Marleen Hoogland-Smeets","gedeputeerde","Provincie Limburg (NL)"),
  P("Bart Lemmens","directeur","Instituut voor Materiaalonderzoek"),
  P("Jeroen Bastiaens"),
  P("Sanne Wouters","Woordvoerder","LiKCC")],
 [O("Limburgse Kunststoffen & Chemie Cluster","LiKCC"), O("Chemelot Innovatie Netwerk"), O("Catalisti"),
  O("Brightlands Circular Space"), O("Vlaamse Waterstofcoalitie vzw"), O("Provincie Limburg (BE)"), O("Provincie Limburg (NL)"),
  O("Kunststof Verwerking Zonhoven nv"), O("Ford Genk"), O("Instituut voor Materiaalonderzoek"),
  O("Universiteit Hasselt","UHasselt"), O("VDAB"), O("UWV"), O("VLAIO")],
 [E("Euregionaal Chemie Forum 2038","2038-10-01","2038-10-04","Genk","Belgium"),
  E("Euregionaal Chemie Forum","2039",None,"Geleen","Netherlands"),
  E("Kunststoffendag 2038",None,None,"Lommel","Belgium")],
 ["2038-10-04","2045","2042","2038-10-01/2038-10-04","2039","2031","2038-09-12","2038-06-21"],
 [],
 pub="2038-10-04")
