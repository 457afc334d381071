from h import *
F = 'g06_bialystok_klaster_sprawozdanie_2037-pdf.txt'
assert wd(2037,4,16)=='Thursday' and wd(2037,6,10)=='Wednesday' and wd(2037,9,22)=='Tuesday' and wd(2037,11,18)=='Wednesday' and wd(2038,3,30)=='Tuesday'
T = """Podlaski Klaster Bioekonomii – Sprawozdanie z działalności za rok 2037                    12

3. NAJWAŻNIEJSZE WYDARZENIA ROKU I ŁAD KORPORACYJNY

3.1. Kalendarium roku 2037

Rok 2037 był dla Podlaskiego Klastra Bioekonomii (PKB) rokiem umacniania współ-
pracy ponadregionalnej. W ciągu dwunastu miesięcy klaster zorganizował lub współ-
organizował 23 wydarzenia, w których wzięło udział łącznie 2 140 osób. Najważ-
niejsze z nich przedstawiono poniżej.

W czwartek 16 kwietnia 2037 r. w Centrum Kongresowym Politechniki Białostockiej
odbyło się V Forum Bioekonomii Podlasia. Współorganizatorem była Podlaska Fundacja
Rozwoju Regionalnego. W forum uczestniczyło 380 osób, a gościem specjalnym był
dr Henrik Salonen-Vuori, dyrektor ds. strategii w CLIC Innovation Oy z Helsinek.
Podczas forum podpisano list intencyjny z partnerem z Litwy – Klaster Spożywczy
Wschodniej Litwy (Rytų Lietuvos maisto klasteris).

W dniach 9–11 czerwca 2037 r. delegacja 14 przedsiębiorstw członkowskich wzięła
udział w wizycie studyjnej w Wageningen, przygotowanej we współpracy z Foodvalley
NL. Delegację prowadził wiceprezes zarządu klastra, Tomasz Rudnicki.

22 września 2037 r. klaster był gospodarzem międzynarodowego spotkania partnerów
projektu Interreg Europe BIOREGIO-LINKS w Supraślu. Projekt koordynuje Regional
Council of Ostrobothnia, a partnerem po stronie polskiej jest Urząd Marszałkowski
Województwa Podlaskiego.

W środę 18 listopada 2037 r. odbyła się w Łomży Gala Podlaskiej Innowacji, pod-
czas której nagrodę „Innowator Roku” otrzymała spółka AgroBioTech Narew sp. z o.o.
za technologię wytwarzania biopolimerów z serwatki.

─────────────────────────────────────────────────────────────────────────────
                                                                              12

Podlaski Klaster Bioekonomii – Sprawozdanie z działalności za rok 2037                    13

3.2. Walne Zgromadzenie Członków i wybory władz

Zwyczajne Walne Zgromadzenie Członków Klastra obradowało 10 czerwca 2037 r.
w siedzibie Białostockiego Parku Naukowo-Technologicznego. Zgromadzenie zatwier-
dziło sprawozdanie finansowe za rok 2036, udzieliło absolutorium członkom Zarządu
oraz dokonało wyboru władz na kadencję 2037–2041.

Prezesem Zarządu ponownie wybrana została dr inż. Agnieszka Łapińska-Kruk, która
kieruje klastrem od 2033 r. W skład Zarządu weszli ponadto: Tomasz Rudnicki
(wiceprezes, Mleczarnia Kurpiowska S.A.) oraz Marta Ostrowska (członkini Zarządu,
Uniwersytet w Białymstoku).

Przewodniczącym Rady Klastra został prof. dr hab. Jerzy Zalewski-Borowik
(Politechnika Białostocka). Do Rady weszli także przedstawiciele firm Spółdzielnia
Mleczarska Mlekpol i Bio-Las Hajnówka sp. z o.o. oraz Podlaskiej Izby Rolniczej.

Zgromadzenie podjęło następujące uchwały:

1. Uchwała nr 4/2037 w sprawie przyjęcia Strategii Rozwoju Klastra na lata 2037–2041.
2. Uchwała nr 5/2037 w sprawie podwyższenia składki członkowskiej dla dużych
   przedsiębiorstw do 4 800 zł rocznie od 1 stycznia 2038 r.
3. Uchwała nr 6/2037 w sprawie przystąpienia klastra do European Circular Bioeconomy
   Cluster Network (ECBN).
4. Uchwała nr 7/2037 w sprawie utworzenia Grupy Roboczej ds. Opakowań
   Biodegradowalnych.

3.3. Certyfikacja i członkostwo

W październiku 2037 r. klaster uzyskał status Krajowego Klastra Kluczowego na
kolejny okres, po ocenie przeprowadzonej przez Polską Agencję Rozwoju Przedsiębior-
czości (PARP). Liczba członków wzrosła z 87 na koniec 2036 r. do 102 na koniec
2037 r. Do klastra przystąpiło m.in. Centrum Badań Innowacyjnych Uniwersytetu
Medycznego w Białymstoku.

3.4. Biuro klastra

Biuro klastra liczyło na koniec roku pięć osób. Funkcję dyrektorki biura pełni
mgr Joanna Sokołowska-Dziedzic, a za projekty międzynarodowe odpowiada Paweł
Wasilewski. W lutym 2037 r. do zespołu dołączyła specjalistka ds. komunikacji
Karolina Jabłońska, wcześniej związana z Radiem Białystok. Obsługę księgową
prowadzi biuro rachunkowe Rachmistrz Podlasie s.c.

3.5. Wnioski na kolejny rok

Zarząd formułuje następujące wnioski na rok 2038:
- utrzymać dynamikę współpracy z partnerami z krajów bałtyckich i nordyckich,
- zwiększyć udział mikroprzedsiębiorstw w projektach B+R, który w 2037 r. wyniósł
  tylko 11 proc.,
- przygotować wspólną ofertę szkoleniową z Podlaską Izbą Rolniczą.

Sprawozdanie zostało przyjęte uchwałą Zarządu z dnia 30 marca 2038 r. i przedło-
żone Walnemu Zgromadzeniu.

─────────────────────────────────────────────────────────────────────────────
                                                                              13
"""
write(F, T)
gold(F,
 [P("Henrik Salonen-Vuori","dyrektor ds. strategii","CLIC Innovation Oy"),
  P("Tomasz Rudnicki","wiceprezes zarządu klastra","Podlaski Klaster Bioekonomii"),
  P("Agnieszka Łapińska-Kruk","Prezesem Zarządu","Podlaski Klaster Bioekonomii"),
  P("Marta Ostrowska","członkini Zarządu","Podlaski Klaster Bioekonomii"),
  P("Jerzy Zalewski-Borowik","Przewodniczącym Rady Klastra","Podlaski Klaster Bioekonomii"),
  P("Joanna Sokołowska-Dziedzic","dyrektorki biura","Podlaski Klaster Bioekonomii"),
  P("Paweł Wasilewski",None,"Podlaski Klaster Bioekonomii"),
  P("Karolina Jabłońska","specjalistka ds. komunikacji","Podlaski Klaster Bioekonomii")],
 [O("Podlaski Klaster Bioekonomii","PKB"), O("Politechnika Białostocka"), O("Podlaska Fundacja Rozwoju Regionalnego"),
  O("CLIC Innovation Oy"), O("Klaster Spożywczy Wschodniej Litwy"), O("Foodvalley NL"),
  O("Regional Council of Ostrobothnia"), O("Urząd Marszałkowski Województwa Podlaskiego"),
  O("AgroBioTech Narew sp. z o.o."), O("Białostockiego Parku Naukowo-Technologicznego"),
  O("Mleczarnia Kurpiowska S.A."), O("Uniwersytet w Białymstoku"), O("Spółdzielnia Mleczarska Mlekpol"),
  O("Bio-Las Hajnówka sp. z o.o."), O("Podlaskiej Izby Rolniczej"),
  O("European Circular Bioeconomy Cluster Network","ECBN"), O("PARP"),
  O("Centrum Badań Innowacyjnych Uniwersytetu Medycznego w Białymstoku"), O("Radiem Białystok"),
  O("Rachmistrz Podlasie s.c.")],
 [E("V Forum Bioekonomii Podlasia","2037-04-16",None,None,None),
  E("wizyta studyjna w Wageningen","2037-06-09","2037-06-11","Wageningen","Netherlands"),
  E("spotkanie partnerów projektu Interreg Europe BIOREGIO-LINKS","2037-09-22",None,"Supraślu","Poland"),
  E("Gala Podlaskiej Innowacji","2037-11-18",None,"Łomży","Poland"),
  E("Zwyczajne Walne Zgromadzenie Członków Klastra","2037-06-10",None,None,None)],
 ["2037","2037-04-16","2037-06-09/2037-06-11","2037-09-22","2037-11-18","2037-06-10","2036","2037/2041","2033","2038-01-01","2037-10","2037-02","2038","2038-03-30"],
 ["Uchwała nr 4/2037 w sprawie przyjęcia Strategii Rozwoju Klastra na lata 2037–2041",
  "Uchwała nr 5/2037 w sprawie podwyższenia składki członkowskiej dla dużych przedsiębiorstw do 4 800 zł rocznie od 1 stycznia 2038 r",
  "Uchwała nr 6/2037 w sprawie przystąpienia klastra do European Circular Bioeconomy Cluster Network (ECBN)",
  "Uchwała nr 7/2037 w sprawie utworzenia Grupy Roboczej ds. Opakowań Biodegradowalnych",
  "utrzymać dynamikę współpracy z partnerami z krajów bałtyckich i nordyckich",
  "zwiększyć udział mikroprzedsiębiorstw w projektach B+R, który w 2037 r. wyniósł tylko 11 proc",
  "przygotować wspólną ofertę szkoleniową z Podlaską Izbą Rolniczą"],
 "2038-03-30")
