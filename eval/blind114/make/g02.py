from h import *
F = 'g02_lolland_falster_klynge_generalforsamling.txt'
assert wd(2039,3,22)=='Tuesday' and wd(2039,4,5)=='Tuesday' and wd(2039,10,13)=='Thursday'
T = """Fødevareklynge Lolland-Falster · Nyheder
Forside > Om klyngen > Nyheder > Generalforsamling 2039

Ny formand og to nye ansigter i bestyrelsen

Af Mette Grønbæk-Olsen, kommunikationsansvarlig · Offentliggjort 24. marts 2039

Fødevareklynge Lolland-Falster holdt sin ordinære generalforsamling tirsdag den 22. marts 2039 på Nakskov Mølle. 41 medlemsvirksomheder og -institutioner var repræsenteret, og dermed var generalforsamlingen beslutningsdygtig. Som dirigent valgte forsamlingen advokat Jesper Vinding fra Advokatfirmaet Holm & Vinding i Nykøbing Falster, som konstaterede, at generalforsamlingen var lovligt indkaldt.

Formandens beretning
Den afgående formand, Birgitte Skov-Larsen, gennemgik klyngens år. Medlemstallet steg fra 58 til 67, og klyngen var partner i to nye projekter: et om proteinafgrøder med Københavns Universitet og et om biogas og restprodukter fra sukkerroer med Nordic Sugar A/S i Nakskov. Hun nævnte også studieturen til Wageningen i Holland i oktober 2038, hvor 14 virksomheder deltog.

Birgitte Skov-Larsen har været formand siden 2032 og genopstillede ikke. "Efter syv år er det tid til nye kræfter. Klyngen står stærkt, og den nye Femern-forbindelse giver os et marked mod syd, vi kun kunne drømme om for ti år siden," sagde hun.

Debat
I debatten efter beretningen spurgte flere medlemmer til klyngens rolle i forhold til de nationale klynger. Direktør Karen Lykke Munk fra Business Lolland-Falster svarede, at den regionale klynge skal være "døren ind" for de mindre virksomheder, mens den nationale klynge tager sig af de store forsknings- og eksportprojekter. Et medlem fra Stubbekøbing efterlyste flere arrangementer på Falster, og bestyrelsen lovede at holde mindst to møder om året øst for Guldborgsund.

Regnskab og kontingent
Kasserer Henrik Dalgaard fremlagde årsregnskabet for 2038 med et overskud på 112.000 kr. Regnskabet blev godkendt. Kontingentet fastholdes uændret for 2039–2040.

Valg til bestyrelsen
Generalforsamlingen valgte følgende bestyrelse for perioden 2039–2041:

- Formand: Anders Fjeldsøe Nielsen, direktør, Lolland Frø ApS (ny)
- Næstformand: Sofie Kähler, Guldborgsund Kommune, Erhvervsafdelingen (genvalgt)
- Kasserer: Henrik Dalgaard, Sparekassen Lolland-Falster (genvalgt)
- Bestyrelsesmedlem: Rasmus Østergaard, Østergaards Grøntsager I/S (genvalgt)
- Bestyrelsesmedlem: dr. Ingrid Paulsen, Zealand – Sjællands Erhvervsakademi (ny)
- Suppleant: Laila Ahmadi, Maribo Mejeri A/S

Revisor: Lolland Revision, statsautoriseret revisor Poul Kragh, blev genvalgt.

Beslutninger
Generalforsamlingen traf følgende beslutninger:
1. Vedtægternes § 4 ændres, så også uddannelsesinstitutioner og kommuner kan blive fuldgyldige medlemmer med stemmeret
2. Klyngen søger optagelse i Food & Bio Cluster Denmark som regional partner
3. Der nedsættes et udvalg for Femern-samarbejdet med deltagelse af to bestyrelsesmedlemmer

Den nye formand
Anders Fjeldsøe Nielsen (52) overtog frøfirmaet Lolland Frø efter sin far i 2015 og har siden 2030 siddet i bestyrelsen for Landbrug & Fødevarer. "Vores medlemmer er små, men de er mange. Min opgave er at få dem til at tale med hinanden og med forskerne," sagde han efter valget.

Den nye bestyrelse konstituerede sig på sit første møde tirsdag den 5. april 2039 i Maribo. Klyngens sekretariat ledes fortsat af klyngekoordinator Thomas Bech-Poulsen, som er ansat i Business Lolland-Falster.

Kommende aktiviteter
- Temadag om plantebaserede proteiner, torsdag den 13. oktober 2039 i Nykøbing Falster
- Klyngens sommermøde hos Maribo Mejeri, juni 2039
- Fælles stand på Foodexpo i Herning, 15.–17. marts 2040

Tak til de afgående
Bestyrelsen takker Ole Brandt-Hansen, der har siddet i bestyrelsen siden klyngens stiftelse i 2027, for hans store indsats.

Læs også: Årsberetning 2038 (pdf) · Vedtægter (pdf) · Bliv medlem
Del: Facebook · LinkedIn · E-mail

Fødevareklynge Lolland-Falster · c/o Business Lolland-Falster · Sukkertoppen 1, 4900 Nakskov · kontakt@fklf.example.dk
Vi bruger cookies til statistik. Læs mere i vores cookiepolitik.
"""
write(F, T)
K="Fødevareklynge Lolland-Falster"
gold(F,
 [P("Mette Grønbæk-Olsen","kommunikationsansvarlig",K),
  P("Jesper Vinding","advokat","Advokatfirmaet Holm & Vinding"),
  P("Birgitte Skov-Larsen","formand",K),
  P("Henrik Dalgaard","Kasserer",K),
  P("Anders Fjeldsøe Nielsen","Formand",K),
  P("Sofie Kähler","Næstformand",K),
  P("Rasmus Østergaard","Bestyrelsesmedlem",K),
  P("Ingrid Paulsen","Bestyrelsesmedlem",K),
  P("Laila Ahmadi","Suppleant",K),
  P("Poul Kragh","statsautoriseret revisor","Lolland Revision"),
  P("Thomas Bech-Poulsen","klyngekoordinator","Business Lolland-Falster"),
  P("Ole Brandt-Hansen",None,None),
  P("Karen Lykke Munk","Direktør","Business Lolland-Falster")],
 [O(K), O("Advokatfirmaet Holm & Vinding"), O("Københavns Universitet"), O("Nordic Sugar A/S"),
  O("Lolland Frø ApS"), O("Guldborgsund Kommune"), O("Sparekassen Lolland-Falster"), O("Østergaards Grøntsager I/S"),
  O("Zealand – Sjællands Erhvervsakademi"), O("Maribo Mejeri A/S"), O("Lolland Revision"),
  O("Food & Bio Cluster Denmark"), O("Landbrug & Fødevarer"), O("Business Lolland-Falster")],
 [E("generalforsamling","2039-03-22",None,"Nakskov","Denmark"),
  E("studieturen til Wageningen","2038-10",None,"Wageningen","Netherlands"),
  E("første møde","2039-04-05",None,"Maribo","Denmark"),
  E("Temadag om plantebaserede proteiner","2039-10-13",None,"Nykøbing Falster","Denmark"),
  E("sommermøde","2039-06",None,None,"Denmark"),
  E("Foodexpo","2040-03-15","2040-03-17","Herning","Denmark")],
 ["2039-03-24","2039-03-22","2038-10","2032","2038","2039/2040","2039/2041","2015","2030","2039-04-05","2039-10-13","2039-06","2040-03-15/2040-03-17","2027"],
 ["Vedtægternes § 4 ændres, så også uddannelsesinstitutioner og kommuner kan blive fuldgyldige medlemmer med stemmeret",
  "Klyngen søger optagelse i Food & Bio Cluster Denmark som regional partner",
  "Der nedsættes et udvalg for Femern-samarbejdet med deltagelse af to bestyrelsesmedlemmer"],
 pub="2039-03-24")
