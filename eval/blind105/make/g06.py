from h import *
import docx
F = 'g06_bydgoszcz_klaster_walne_protokol.docx'
assert wd(2035,5,24)=='Thursday' and wd(2035,6,14)=='Thursday' and wd(2035,9,20)=='Thursday'
paras = [
("t","PROTOKÓŁ NR 1/2035"),
("t","ze Zwyczajnego Walnego Zgromadzenia Członków Stowarzyszenia „Kujawsko-Pomorski Klaster Tworzyw Sztucznych”"),
("p","odbytego w dniu 24 maja 2035 r. (czwartek) w siedzibie Bydgoskiego Parku Przemysłowo-Technologicznego, ul. Bołtucia 3, Bydgoszcz, w godz. 10:00–14:15"),
("h","1. Otwarcie obrad i wybór przewodniczącego Zgromadzenia"),
("p","Zgromadzenie otworzył Prezes Zarządu Stowarzyszenia, Tomasz Wiśniewski-Gołąb, witając członków i zaproszonych gości: Anna Szczepańska-Rydz, Wicemarszałek Województwa Kujawsko-Pomorskiego, oraz Marek Olszewski, Dyrektor Departamentu Rozwoju Gospodarczego Urzędu Marszałkowskiego Województwa Kujawsko-Pomorskiego. Obecny był również prezes Bydgoskiego Parku Przemysłowo-Technologicznego, Wojciech Sikorski, który przypomniał, że Klaster ma swoją siedzibę w Parku od momentu założenia w 2019 r. Na przewodniczącego Zgromadzenia wybrano jednogłośnie Piotra Nowaczyka (Nowaczyk Formy sp. z o.o.), a na protokolanta Katarzynę Lis, koordynatorkę biura Klastra."),
("h","2. Stwierdzenie prawomocności"),
("p","Przewodniczący stwierdził, że na 87 członków zwyczajnych obecnych jest osobiście lub przez pełnomocników 58, wobec czego Zgromadzenie jest zdolne do podejmowania uchwał. Lista obecności stanowi załącznik nr 1 do protokołu."),
("h","3. Przyjęcie porządku obrad"),
("p","Porządek obrad przyjęto bez zmian (53 głosy za, 0 przeciw, 5 wstrzymujących się)."),
("h","4. Sprawozdania Zarządu i Komisji Rewizyjnej za rok 2034"),
("p","Tomasz Wiśniewski-Gołąb przedstawił sprawozdanie merytoryczne. W 2034 r. do Klastra przystąpiło 11 nowych członków, zrealizowano 6 projektów badawczo-rozwojowych z udziałem Politechniki Bydgoskiej im. Jana i Jędrzeja Śniadeckich oraz Uniwersytetu Kazimierza Wielkiego, a wspólne stoisko Klastra na targach Plastpol (Kielce) odwiedziło ponad 1 200 osób. Skarbnik, Beata Kamińska-Rojek, omówiła sprawozdanie finansowe: przychody wyniosły 2,14 mln zł, a nadwyżka 86 tys. zł. Przewodnicząca Komisji Rewizyjnej, Dorota Zielińska (Kancelaria Biegłych Rewidentów Zielińska i Wspólnicy), przedstawiła protokół kontroli i wniosek o udzielenie absolutorium."),
("p","Członek Zarządu Marian Lewandowski przedstawił plan działań na rok 2035. Zarząd proponuje skupić się na trzech obszarach: gospodarce obiegu zamkniętego tworzyw, kompetencjach kadr technicznych oraz wspólnych wyjazdach targowych. W ramach pierwszego obszaru Klaster przygotuje wraz z Centrum Badawczym Tworzyw TechPol wspólny wniosek do Funduszy Europejskich dla Kujaw i Pomorza na pilotażową linię sortowania odpadów poprodukcyjnych. W drugim obszarze planowane jest uruchomienie, we współpracy z Zespołem Szkół Mechanicznych nr 1 w Bydgoszczy, klasy patronackiej o profilu operator maszyn do przetwórstwa tworzyw. Trzeci obszar obejmuje wspólne stoisko na targach Fakuma w Friedrichshafen w październiku 2035 r. oraz misję gospodarczą do Czech."),
("p","Gość Zgromadzenia, Szymon Kaczmarek z Agencji Rozwoju Przemysłu S.A., przedstawił ofertę pożyczek na transformację energetyczną dla małych i średnich przedsiębiorstw. Pytania członków dotyczyły głównie zabezpieczeń i terminów wypłat."),
("h","5. Dyskusja"),
("p","W dyskusji głos zabrali: Jarosław Kubiak (Plastico-Tech S.A.), który zaproponował utworzenie grupy roboczej ds. recyklingu chemicznego, oraz dr inż. Magdalena Borowska z Politechniki Bydgoskiej, która zaprosiła członków na Dzień Otwarty laboratorium przetwórstwa tworzyw w czwartek 14 czerwca 2035 r. Wicemarszałek Anna Szczepańska-Rydz zapowiedziała nabór na bony na innowacje dla klastrów w III kwartale 2035 r."),
("h","6. Wybory do Zarządu i Komisji Rewizyjnej na kadencję 2035–2038"),
("p","Zgromadzenie powołało Komisję Skrutacyjną w składzie: Paweł Jankowski (przewodniczący), Ewa Michalak, Grzegorz Sobczak. W głosowaniu tajnym oddano 58 ważnych głosów."),
("p","Ponownie wybrani do Zarządu zostali: Tomasz Wiśniewski-Gołąb (52 głosy), Beata Kamińska-Rojek (49 głosów) i Adam Kowalczyk (47 głosów). Nowo wybrani członkowie Zarządu: Agnieszka Pietrzak-Nowicka (44 głosy) oraz Łukasz Dudek (41 głosów). Nie uzyskał wymaganej liczby głosów Rafał Szymański (22 głosy)."),
("p","Do Komisji Rewizyjnej wybrano ponownie Dorotę Zielińską oraz nowo wybrano Krzysztofa Malinowskiego i Joannę Wróbel."),
("p","Zgromadzenie zatwierdziło dokonaną przez Zarząd w dniu 12 listopada 2034 r. kooptację Adama Kowalczyka (Polimery Fordon sp. z o.o.) w miejsce Henryka Grabowskiego, który zrezygnował z członkostwa w Zarządzie po sprzedaży swojej firmy."),
("h","7. Ukonstytuowanie się organów"),
("p","Po przerwie nowo wybrany Zarząd i Komisja Rewizyjna ukonstytuowały się następująco:"),
]
table = [("Funkcja","Imię i nazwisko","Firma / instytucja"),
 ("Prezes Zarządu","Tomasz Wiśniewski-Gołąb","Gołąb Plast sp. z o.o."),
 ("Wiceprezes Zarządu","Agnieszka Pietrzak-Nowicka","Boryszew Compounds Bydgoszcz S.A."),
 ("Skarbnik","Beata Kamińska-Rojek","Rojek Opakowania sp.j."),
 ("Członek Zarządu","Adam Kowalczyk","Polimery Fordon sp. z o.o."),
 ("Członek Zarządu","Łukasz Dudek","Centrum Badawcze Tworzyw TechPol sp. z o.o."),
 ("Przewodnicząca Komisji Rewizyjnej","Dorota Zielińska","Kancelaria Biegłych Rewidentów Zielińska i Wspólnicy"),
 ("Członek Komisji Rewizyjnej","Krzysztof Malinowski","Malinowski Narzędziownia"),
 ("Członek Komisji Rewizyjnej","Joanna Wróbel","Izba Przemysłowo-Handlowa w Toruniu")]
paras2 = [
("h","8. Uchwały"),
("p","Zgromadzenie podjęło następujące uchwały:"),
("b","Uchwała nr 1/2035 w sprawie zatwierdzenia sprawozdania Zarządu i sprawozdania finansowego za rok 2034"),
("b","Uchwała nr 2/2035 w sprawie udzielenia absolutorium członkom Zarządu za rok 2034"),
("b","Uchwała nr 3/2035 w sprawie przeznaczenia nadwyżki na fundusz szkoleniowy Klastra"),
("b","Uchwała nr 4/2035 w sprawie wysokości składki członkowskiej na rok 2036 (bez zmian: 1 800 zł)"),
("b","Uchwała nr 5/2035 w sprawie utworzenia Grupy Roboczej ds. Recyklingu Chemicznego"),
("h","9. Wolne wnioski i zamknięcie obrad"),
("p","Ustępujący członek Zarządu, Marian Lewandowski, który nie kandydował ponownie po dwóch kadencjach, podziękował członkom za współpracę. Zgromadzenie podziękowało mu oklaskami. Członkowie zgłosili też dwa wnioski: o przygotowanie przez biuro Klastra wspólnej oferty szkoleń z zakresu bezpieczeństwa maszyn oraz o zorganizowanie spotkania z przedstawicielami największych odbiorców z branży AGD i motoryzacyjnej. Zarząd zobowiązał się rozpatrzyć oba wnioski na najbliższym posiedzeniu. Kolejne posiedzenie Zarządu wyznaczono na czwartek 20 września 2035 r. Na tym protokół zakończono."),
("p","Przewodniczący Zgromadzenia: Piotr Nowaczyk          Protokolant: Katarzyna Lis"),
("p","Bydgoszcz, 28 maja 2035 r."),
("p","Załączniki: 1. Lista obecności, 2. Protokół Komisji Skrutacyjnej, 3. Sprawozdanie finansowe za 2034 r."),
]
d = docx.Document()
def add(lst):
    for k,t in lst:
        if k=="t": d.add_heading(t, 1)
        elif k=="h": d.add_heading(t, 2)
        elif k=="b": d.add_paragraph(t, style="List Bullet")
        else: d.add_paragraph(t)
add(paras)
tb = d.add_table(rows=len(table), cols=3)
for i,r in enumerate(table):
    for j,c in enumerate(r): tb.cell(i,j).text = c
add(paras2)
d.save(path(F))
K='Kujawsko-Pomorski Klaster Tworzyw Sztucznych'
gold(F,
 [P("Tomasz Wiśniewski-Gołąb","Prezes Zarządu",K), P("Anna Szczepańska-Rydz","Wicemarszałek Województwa Kujawsko-Pomorskiego",None),
  P("Marek Olszewski","Dyrektor Departamentu Rozwoju Gospodarczego","Urzędu Marszałkowskiego Województwa Kujawsko-Pomorskiego"),
  P("Wojciech Sikorski","prezes","Bydgoskiego Parku Przemysłowo-Technologicznego"), P("Szymon Kaczmarek",None,"Agencji Rozwoju Przemysłu S.A."),
  P("Piotr Nowaczyk","Przewodniczący Zgromadzenia",K), P("Katarzyna Lis","Protokolant",K),
  P("Beata Kamińska-Rojek","Skarbnik",K), P("Dorota Zielińska","Przewodnicząca Komisji Rewizyjnej",K),
  P("Jarosław Kubiak",None,"Plastico-Tech S.A."), P("Magdalena Borowska",None,"Politechniki Bydgoskiej"),
  P("Paweł Jankowski","przewodniczący",None), P("Ewa Michalak",None,None), P("Grzegorz Sobczak",None,None),
  P("Adam Kowalczyk","Członek Zarządu",K), P("Agnieszka Pietrzak-Nowicka","Wiceprezes Zarządu",K), P("Łukasz Dudek","Członek Zarządu",K),
  P("Rafał Szymański",None,None), P("Krzysztof Malinowski","Członek Komisji Rewizyjnej",K), P("Joanna Wróbel","Członek Komisji Rewizyjnej",K),
  P("Henryka Grabowskiego",None,None), P("Marian Lewandowski","członek Zarządu",K)],
 [O(K), O("Bydgoskiego Parku Przemysłowo-Technologicznego"), O("Urzędu Marszałkowskiego Województwa Kujawsko-Pomorskiego"), O("Agencji Rozwoju Przemysłu S.A."), O("Zespołem Szkół Mechanicznych nr 1 w Bydgoszczy"), O("Nowaczyk Formy sp. z o.o."),
  O("Politechniki Bydgoskiej im. Jana i Jędrzeja Śniadeckich"), O("Uniwersytetu Kazimierza Wielkiego"),
  O("Kancelaria Biegłych Rewidentów Zielińska i Wspólnicy"), O("Plastico-Tech S.A."), O("Polimery Fordon sp. z o.o."),
  O("Gołąb Plast sp. z o.o."), O("Boryszew Compounds Bydgoszcz S.A."), O("Rojek Opakowania sp.j."),
  O("Centrum Badawcze Tworzyw TechPol sp. z o.o."), O("Malinowski Narzędziownia"), O("Izba Przemysłowo-Handlowa w Toruniu")],
 [E("Zwyczajne Walne Zgromadzenie Członków","2035-05-24",None,"Bydgoszcz","Poland"),
  E("Dzień Otwarty laboratorium przetwórstwa tworzyw","2035-06-14",None,None,None),
  E("Plastpol","2034",None,"Kielce","Poland"), E("Fakuma","2035-10",None,"Friedrichshafen","Germany"),
  E("posiedzenie Zarządu","2035-09-20",None,None,None)],
 ["2035-05-24","2034","2035-06-14","2035/2038","2034-11-12","2036","2035","2035-10","2019","2035-09-20","2035-05-28"],
 ["Uchwała nr 1/2035 w sprawie zatwierdzenia sprawozdania Zarządu i sprawozdania finansowego za rok 2034",
  "Uchwała nr 2/2035 w sprawie udzielenia absolutorium członkom Zarządu za rok 2034",
  "Uchwała nr 3/2035 w sprawie przeznaczenia nadwyżki na fundusz szkoleniowy Klastra",
  "Uchwała nr 4/2035 w sprawie wysokości składki członkowskiej na rok 2036 (bez zmian: 1 800 zł)",
  "Uchwała nr 5/2035 w sprawie utworzenia Grupy Roboczej ds. Recyklingu Chemicznego"], "2035-05-28")
