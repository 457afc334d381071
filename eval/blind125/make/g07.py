from h import *
F = 'g07_telemark_veikart_prosessindustri.txt'
assert wd(2035,9,11)=='Tuesday' and wd(2035,10,23)=='Tuesday'
T = """Vestfold og Telemark fylkeskommune
Hjem > Næringsutvikling > Klynger > Veikart

VEIKART 2035–2040 FOR PROSESSINDUSTRIKLYNGENE I GRENLAND
Sammendrag og anbefalinger

Publisert 28.09.2035 | Sist oppdatert 02.10.2035 | Skrevet av: Seksjon for innovasjon og verdiskaping

Grenland er en av Norges tyngste industriregioner. Rundt Herøya industripark i Porsgrunn og Skien ligger bedrifter innen gjødsel, magnesium, silisium og plast, og regionen har to sterke klyngeorganisasjoner: Industrial Green Tech, som har Arena Pro-status fra Innovasjon Norge, og Grenland Prosessnettverk AS. Veikartet er utarbeidet av de to klyngene sammen med fylkeskommunen, Universitetet i Sørøst-Norge (USN) og forskningsinstituttet SINTEF.

Arbeidet startet i januar 2035 og har bestått av fire arbeidsverksteder med til sammen 230 deltakere. Det siste verkstedet ble holdt på Herøya tirsdag 11. september 2035, der utkastet til anbefalinger ble diskutert med bedriftsledere, kommunene og fagforeningene.

Bakgrunn

Prosessindustrien i Grenland sysselsetter i dag om lag 7 800 personer. Målet om 55 prosent lavere utslipp innen 2030 ble ikke nådd, og bedriftene står nå overfor nye krav fram mot 2040. Samtidig har regionen fått to nye store prosjekter: et anlegg for fangst og lagring av CO2 i Brevik og en fabrikk for batterimaterialer i Porsgrunn.

"Vi har teknologien og kompetansen, men vi mangler kraft, areal og folk," sa klyngeleder Ingrid Solheim-Aasen i Industrial Green Tech under verkstedet på Herøya. Fylkesordfører Knut Arne Bjørnstad understreket at fylket vil prioritere tiltakene i veikartet i neste regionale plan.

Kartleggingen som ligger til grunn for veikartet viser at bedriftene i Grenland vil trenge rundt 1 400 nye fagarbeidere og ingeniører i løpet av de neste fem årene. Mange av dagens ansatte går av med pensjon, og konkurransen om folk med prosesskompetanse er hard, også fra bedrifter på Vestlandet og i Sverige. Leverandørbedriftene, som ofte har færre enn tjue ansatte, sier at de har vanskelig for å delta i store utviklingsprosjekter fordi de mangler tid og kapital.

Hvem har bidratt

Styringsgruppen for veikartet har bestått av:
- Ingrid Solheim-Aasen, klyngeleder, Industrial Green Tech (leder av styringsgruppen)
- Petter Ødegård, daglig leder, Grenland Prosessnettverk AS
- Siri Haugland, rådgiver, Vestfold og Telemark fylkeskommune
- professor Lars Eirik Nygaard, Fakultet for teknologi, naturvitenskap og maritime fag, USN
- Marte de Vries Holm, seniorforsker, SINTEF Industri

Sekretariat: Grenland Prosessnettverk AS ved Eirin Bakke.

Anbefalinger

Styringsgruppen anbefaler følgende tiltak for perioden 2035–2040:

1. Etablere et felles kompetansesenter for prosessindustri på Herøya, drevet av USN og klyngene
2. Sikre at regionale kraft- og nettplaner tar høyde for industriens behov for ny kraft fram til 2040
3. Opprette en felles arealbank for nye industriprosjekter i Porsgrunn, Skien og Bamble
4. Styrke samarbeidet med klynger i Sverige og Nederland gjennom en felles søknad til EU-programmer
5. Utvikle et eget tilbud til små leverandørbedrifter som vil inn i markedet for lavutslippsløsninger
6. Følge opp veikartet med en årlig statusrapport som legges fram for fylkestinget

Videre prosess

Veikartet ble lagt fram for hovedutvalg for næring i fylkeskommunen tirsdag 23. oktober 2035. Innspill til gjennomføringsplanen kan sendes innen 15. november 2035 til postmottak@vtfk.example.no.

Klyngene inviterer også til Grenlandskonferansen 2036 i Skien 4.–5. februar 2036, der veikartet vil bli presentert for et nasjonalt publikum. Tidligere konferanser: 2033 (Porsgrunn), 2034 (Skien), 2035 (Porsgrunn).

Last ned: Veikart 2035–2040 (pdf, 48 sider) | Vedlegg: Kartlegging av kompetansebehov (pdf)

Del siden | Skriv ut | Tips oss
Vestfold og Telemark fylkeskommune, Postboks 2844, 3702 Skien | Personvern | Informasjonskapsler
"""
write(F, T)
V="Vestfold og Telemark fylkeskommune"
gold(F,
 [P("Ingrid Solheim-Aasen","klyngeleder","Industrial Green Tech"),
  P("Knut Arne Bjørnstad","Fylkesordfører",None),
  P("Petter Ødegård","daglig leder","Grenland Prosessnettverk AS"),
  P("Siri Haugland","rådgiver",V),
  P("Lars Eirik Nygaard","professor","Fakultet for teknologi, naturvitenskap og maritime fag"),
  P("Marte de Vries Holm","seniorforsker","SINTEF Industri"),
  P("Eirin Bakke",None,"Grenland Prosessnettverk AS")],
 [O(V), O("Seksjon for innovasjon og verdiskaping"), O("Industrial Green Tech"), O("Innovasjon Norge"),
  O("Grenland Prosessnettverk AS"), O("Universitetet i Sørøst-Norge","USN"), O("SINTEF"), O("SINTEF Industri"),
  O("Fakultet for teknologi, naturvitenskap og maritime fag"), O("hovedutvalg for næring"), O("fylkestinget")],
 [E("verkstedet på Herøya","2035-09-11",None,"Porsgrunn","Norway"),
  E("hovedutvalg for næring","2035-10-23",None,None,None),
  E("Grenlandskonferansen 2036","2036-02-04","2036-02-05","Skien","Norway"),
  E("Grenlandskonferansen (2033)","2033",None,"Porsgrunn","Norway"),
  E("Grenlandskonferansen (2034)","2034",None,"Skien","Norway"),
  E("Grenlandskonferansen (2035)","2035",None,"Porsgrunn","Norway")],
 ["2035/2040","2035-09-28","2035-10-02","2035-01","2035-09-11","2030","2040","2035-10-23","2035-11-15","2036-02-04/2036-02-05","2033","2034","2035"],
 ["Etablere et felles kompetansesenter for prosessindustri på Herøya, drevet av USN og klyngene",
  "Sikre at regionale kraft- og nettplaner tar høyde for industriens behov for ny kraft fram til 2040",
  "Opprette en felles arealbank for nye industriprosjekter i Porsgrunn, Skien og Bamble",
  "Styrke samarbeidet med klynger i Sverige og Nederland gjennom en felles søknad til EU-programmer",
  "Utvikle et eget tilbud til små leverandørbedrifter som vil inn i markedet for lavutslippsløsninger",
  "Følge opp veikartet med en årlig statusrapport som legges fram for fylkestinget"],
 pub="2035-09-28")
