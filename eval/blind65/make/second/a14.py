from s import *
W('blind65_14_siauliai_forumas_lt','blind65_14_siauliai_forumas_lt.md','2033-10-24','''
Gintaras Butkus||
Rasa Jankauskienė|klasterio valdybos pirmininkė|
Mindaugas Petrauskas|mero pavaduotojas|Šiaulių miesto savivaldybės
Friedrich von Randow|mokslininkas|
Dalia Žukauskaitė-Norkienė|Klasterių skyriaus vadovė|
Tomas Venckus|generalinis direktorius|UAB „Baltijos robotika“
Eglė Kazlauskaitė-Norvilienė|direktorė|Šiaulių valstybinės kolegijos
Jānis Ozoliņš|vadovas|
Irena Grigaliūnienė|atstovė|Užimtumo tarnybos
Andrius Tapinas-Jonaitis|žurnalistas|
Darius Mickevičius|klasterio vadovas|
''','''
Šiaulių mechatronikos klasteris|ŠMK
Šiaulių prekybos, pramonės ir amatų rūmai
Šiaulių valstybinė kolegija
Inovacijų agentūra
Enterprise Europe Network Lietuva
Šiaulių miesto savivaldybė
Jelgavos biznio inkubatorius
Podlaskie metalo klasteris
Šiaulių arena
Fraunhoferio gamybos sistemų ir projektavimo technologijų instituto|IPK
UAB „Baltijos robotika“
Užimtumo tarnybos
UAB „Stansta“
AB „Šiaulių plienas“
UAB „Tekmetas“
Šiaulių regiono plėtros tarybai
Panevėžio pramonininkų asociacija
Lietuvos Respublikos ekonomikos ir inovacijų ministerijos
''','''
Šiaurės Lietuvos pramonės forumas|2033-10-20|2033-10-20|Šiauliai|Lithuania
B2B susitikimai|2033-10-20|2033-10-20|Šiauliai|Lithuania
vizitas į gamyklą|2033-10-21|2033-10-21|Šiauliai|Lithuania
Mechatronikos inovacijų diena|2034-03-16|2034-03-16|Šiauliai|Lithuania
ketvirtasis Šiaurės Lietuvos pramonės forumas|2034-10|2034-10|Panevėžys|Lithuania
''','2033-10-24 2033-10-20 2034 2034-01 2030/2035 2033-10-21 2034-03-16 2034-10 2033-06-08 2033-05-15 2033-09-12',[
"Regiono įmonėms reikia bendro mokymo centro robotų operatoriams ir programuotojams, kurį galėtų įkurti klasteris kartu su kolegija",
"Automatizacijos projektams būtinos mažesnės, greičiau vertinamos paramos priemonės smulkioms ir vidutinėms įmonėms",
"Klasterio įmonės turėtų kartu dalyvauti tarptautinėse parodose, pirmiausia Skandinavijos rinkose",
"Bendradarbiavimas su Latvijos ir Lenkijos klasteriais turi tapti nuolatinis, o ne pavienis"])
