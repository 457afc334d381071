from h import *
F = 'kokkola_kemian_paivat_2035_save_the_date_fi.txt'
T = f"""SAVE THE DATE – MERKITSE KALENTERIIN

Kokkolan Kemianpäivät 2035
{wd(2035,9,12,'fi').capitalize()}–{wd(2035,9,13,'fi')} 12.–13.9.2035
Kokkola, Snellman-sali ja KIP Service -kemianpuisto

Hyvä yhteistyökumppani,

Keski-Pohjanmaan kemianteollisuuden klusteri Kemia-Klusteri Keski-Pohjanmaa ry (KKKP), Kokkolan Teollisuuspuisto (KIP) ja Centria-ammattikorkeakoulu kutsuvat sinut jo nyt mukaan Kokkolan Kemianpäiville. Tapahtuma järjestetään nyt viidettä kertaa, ja se on Pohjoismaiden suurin akkukemian ja kaivosteollisuuden sivuvirtojen yhteinen kohtaamispaikka. Viime vuonna osallistujia oli yli 650 kahdestatoista maasta.

Tämän vuoden teema on ”Akkuarvoketju ja kiertotalous”. Ohjelmassa on puheenvuoroja, paneelikeskusteluja, yritysvierailuja kemianpuistoon sekä kansainvälinen B2B-tapaamistilaisuus, joka järjestetään yhdessä Enterprise Europe Network Finlandin kanssa.

Keski-Pohjanmaalla toimii yksi Euroopan suurimmista epäorgaanisen kemian keskittymistä. Kokkolan suurteollisuusalueella työskentelee yli 2 000 ihmistä, ja alueelle on viime vuosina rakennettu uusia akkumateriaalien tuotantolaitoksia. Kemianpäivät kokoaa yhteen yritykset, tutkijat ja päättäjät keskustelemaan siitä, miten alueen vahvuudet saadaan parhaiten käyttöön, miten osaajia riittää kasvaville yrityksille ja miten sivuvirrat voidaan hyödyntää uusina raaka-aineina. Tänä vuonna mukana ovat ensimmäistä kertaa myös ruotsalaiset ja norjalaiset klusterit, joiden kanssa klusteri on sopinut yhteistyöstä pohjoisen akkukäytävän kehittämiseksi.

ALUSTAVA OHJELMA

{wd(2035,9,12,'fi').capitalize()} 12.9.2035
klo 9.00 Avaus: kaupunginjohtaja Stina Mattila-Kronqvist, Kokkolan kaupunki
klo 9.20 Pääpuhuja: Dr. Henrik Sjöberg, tutkimusjohtaja, Northvolt Ett AB (Ruotsi)
klo 10.15 Paneeli: Akkumateriaalien saatavuus Euroopassa – puheenjohtajana professori Ulla Lassi-Kettunen, Oulun yliopisto
klo 13.00 B2B-tapaamiset ja näyttely
klo 19.00 Iltatilaisuus Kokkolan satamassa, isäntänä KIP

{wd(2035,9,13,'fi').capitalize()} 13.9.2035
klo 8.30 Yritysvierailut kemianpuistoon (rajattu osallistujamäärä)
klo 11.00 Työpaja: Sivuvirroista raaka-aineiksi – vetäjinä Johanna Kivelä (Centria-ammattikorkeakoulu) ja Mikael Björkqvist (Freeport Cobalt Oy)
klo 13.30 Päätöspaneeli: Osaajat kemianteollisuuteen – mukana opetusneuvos Päivi Rautio, Opetushallitus
klo 15.00 Tilaisuus päättyy

Tapahtuman juontaa toimittaja Riikka Hannula, Yle Keski-Pohjanmaa.

MIKSI OSALLISTUA?

- Kuulet ensimmäisenä akkuarvoketjun uusimmista investoinneista Pohjanmaalla, Ruotsissa ja Norjassa.
- Tapaat B2B-tilaisuudessa ostajia, toimittajia ja tutkimuspartnereita ennalta sovituissa 20 minuutin tapaamisissa.
- Pääset tutustumaan kemianpuiston tuotantolaitoksiin, jotka ovat muuten suljettuja vierailijoilta.
- Verkostoidut alan opiskelijoiden ja nuorten osaajien kanssa, jotka etsivät harjoittelu- ja työpaikkoja.

KENELLE?

Tapahtuma on tarkoitettu kemian-, kaivos- ja akkuteollisuuden yrityksille, tutkimus- ja oppilaitoksille, rahoittajille sekä kuntien ja maakuntien elinkeinokehittäjille. Mukaan ovat tervetulleita myös opiskelijat, joille on varattu ilmaisia paikkoja.

ILMOITTAUTUMINEN JA HINNAT

Ilmoittautuminen avautuu 2.5.2035 ja päättyy 29.8.2035. Varhaisen ilmoittautumisen hinta on 290 euroa (alv 0 %) 15.6.2035 asti, sen jälkeen 390 euroa. Klusterin jäsenille hinta on 190 euroa. B2B-tapaamisiin ilmoittaudutaan erikseen 5.9.2035 mennessä.

NÄYTTEILLEASETTAJAT

Näyttelytiloja on tarjolla 40 yritykselle. Näytteilleasettajapaketti sisältää 6 m²:n osaston, kaksi osallistujalippua ja logon tapahtuman sivuille. Lisätietoja antaa projektipäällikkö Jani Peltokangas.

AIEMMAT TAPAHTUMAT

Kemianpäivät järjestettiin ensimmäisen kerran vuonna 2031. Vuoden 2034 tapahtumassa 10.–11.9.2034 julkaistiin Keski-Pohjanmaan akkuteollisuuden tiekartta 2035–2040, jonka laati Keski-Pohjanmaan liitto yhdessä klusterin kanssa.

YHTEISTYÖKUMPPANIT

Tapahtuman yhteistyökumppaneina toimivat Business Finland, Kemianteollisuus ry, Jyväskylän yliopiston Kokkolan yliopistokeskus Chydenius sekä ruotsalainen klusteri Battery Cluster Västerbotten.

SAMAAN AIKAAN

Klusterin vuosikokous pidetään 11.9.2035 klo 16.00 Kokkolan Teollisuuspuiston auditoriossa. Kokouskutsu lähetetään jäsenille erikseen.

MATKUSTAMINEN JA MAJOITUS

Kokkola-Pietarsaaren lentoasemalta on suorat lennot Helsinkiin ja Tukholmaan. Junalla matka Helsingistä kestää noin neljä tuntia. Järjestäjät ovat varanneet huoneita kolmesta hotellista kaupungin keskustasta; varauskoodi lähetetään ilmoittautuneille. Kemianpuistoon kulkee tapahtumapäivinä bussikuljetus Snellman-salin edestä.

IN ENGLISH

Kokkola Chemistry Days 2035 will take place on 12–13 September 2035 in Kokkola, Finland. The theme is the battery value chain and the circular economy. The programme includes keynotes, panels, visits to the chemical park and international B2B meetings organised with Enterprise Europe Network Finland. Most sessions will be interpreted into English. Registration opens on 2 May 2035. International guests can contact the cluster office for help with travel and accommodation. The cluster also welcomes partner clusters from the Nordic and Baltic countries that wish to bring a delegation; a reduced group rate is available for delegations of five or more persons.

Lisätietoja:
Anna-Kaisa Heikkinen, toiminnanjohtaja, Kemia-Klusteri Keski-Pohjanmaa ry
puh. +358 40 000 0000, anna-kaisa.heikkinen@kemiaklusteri.example
Jani Peltokangas, projektipäällikkö, puh. +358 50 000 0000

Tapahtumaa rahoittavat Keski-Pohjanmaan liitto ja Euroopan aluekehitysrahasto.

www.kemianpaivat.example · #Kemianpäivät2035
"""
write(F, T)
gold(F,
 [P('Stina Mattila-Kronqvist', 'kaupunginjohtaja', 'Kokkolan kaupunki'),
  P('Henrik Sjöberg', 'tutkimusjohtaja', 'Northvolt Ett AB'),
  P('Ulla Lassi-Kettunen', 'professori', 'Oulun yliopisto'),
  P('Johanna Kivelä', None, 'Centria-ammattikorkeakoulu'),
  P('Mikael Björkqvist', None, 'Freeport Cobalt Oy'),
  P('Päivi Rautio', 'opetusneuvos', 'Opetushallitus'),
  P('Riikka Hannula', 'toimittaja', 'Yle Keski-Pohjanmaa'),
  P('Jani Peltokangas', 'projektipäällikkö', 'Kemia-Klusteri Keski-Pohjanmaa ry'),
  P('Anna-Kaisa Heikkinen', 'toiminnanjohtaja', 'Kemia-Klusteri Keski-Pohjanmaa ry')],
 [O('Kemia-Klusteri Keski-Pohjanmaa ry', 'KKKP'), O('Kokkolan Teollisuuspuisto', 'KIP'), O('Centria-ammattikorkeakoulu'),
  O('Enterprise Europe Network Finland'), O('Kokkolan kaupunki'), O('Northvolt Ett AB'), O('Oulun yliopisto'), O('Freeport Cobalt Oy'),
  O('Opetushallitus'), O('Yle Keski-Pohjanmaa'), O('Keski-Pohjanmaan liitto'), O('KIP Service'), O('Business Finland'), O('Kemianteollisuus ry'), O('Kokkolan yliopistokeskus Chydenius'), O('Jyväskylän yliopisto'), O('Battery Cluster Västerbotten')],
 [E('Kokkolan Kemianpäivät 2035 / Kokkola Chemistry Days 2035', '2035-09-12', '2035-09-13', 'Kokkola', 'Finland'),
  E('B2B-tapaamiset', '2035-09-12', '2035-09-12', 'Kokkola', 'Finland'),
  E('Iltatilaisuus', '2035-09-12', '2035-09-12', 'Kokkola', 'Finland'),
  E('Yritysvierailut kemianpuistoon', '2035-09-13', '2035-09-13', 'Kokkola', 'Finland'),
  E('Työpaja: Sivuvirroista raaka-aineiksi', '2035-09-13', '2035-09-13', 'Kokkola', 'Finland'),
  E('Kemianpäivät (2031 edition)', '2031', '2031', None, None),
  E('Kemianpäivät (2034 edition)', '2034-09-10', '2034-09-11', None, None),
  E('Klusterin vuosikokous', '2035-09-11', '2035-09-11', 'Kokkola', 'Finland')],
 ['2035-09-12/2035-09-13', '2035-09-12', '2035-09-13', '2035-05-02', '2035-08-29', '2035-06-15', '2035-09-05', '2031',
  '2034-09-10/2034-09-11', '2035/2040', '2035-09-11'],
 [])
