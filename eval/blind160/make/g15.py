from h import *
F = 'g15_ludza_kraslava_kokrupniecibas_petijums.txt'
assert wd(2039,11,16)=='Wednesday' and wd(2039,12,14)=='Wednesday' and wd(2039,11,24)=='Thursday'
T = """PĒTĪJUMA KOPSAVILKUMS

Kokrūpniecības uzņēmumu sadarbības potenciāls Ludzas un Krāslavas novados

Pasūtītājs: Latgales plānošanas reģions (LPR)
Izpildītājs: SIA "Reģionālās attīstības pētījumu centrs", Daugavpils
Pētījuma vadītāja: Dr. oec. Inese Kalniņa
Pētnieks: Artūrs Pudāns · Pētniece: Olga Sergejeva
Ludza, 2039. gada 24. novembris

1. Pētījuma mērķis

Latgales austrumu pierobežā darbojas vairāk nekā 140 kokapstrādes uzņēmumu – zāģētavas, mēbeļu ražotāji, granulu un briketes ražotāji, kā arī mazas galdniecības. Lielākā daļa no tiem nodarbina mazāk par desmit cilvēkiem. Latgales plānošanas reģions pasūtīja šo pētījumu, lai noskaidrotu, vai uzņēmumi ir gatavi ciešākai sadarbībai un vai Ludzas un Krāslavas novados būtu lietderīgi izveidot kokrūpniecības klasteri.

Pētījums tika veikts no 2039. gada maija līdz oktobrim. Tika aptaujāti 63 uzņēmumi, veiktas 22 padziļinātās intervijas un rīkotas divas fokusgrupas – Ludzā un Krāslavā. Salīdzinājumam tika analizēta Latvijas Kokrūpniecības federācijas (LKF) pieredze un divu Lietuvas klasteru darbība Utenas un Zarasu apkārtnē.

2. Uzņēmumu viedoklis

Uzņēmēji visbiežāk minēja kvalificēta darbaspēka trūkumu, augstās enerģijas izmaksas un grūtības piedalīties lielos pasūtījumos, jo viena uzņēmuma ražošanas jauda ir par mazu. Vairāki mēbeļu ražotāji atzina, ka jau tagad neformāli sadarbojas ar kaimiņiem – aizņemas iekārtas vai kopīgi pērk materiālus. Granulu ražotāji norādīja, ka viņiem sadarbība vairāk nepieciešama loģistikā, jo izejvielas jāved no attāliem mežiem, bet gatavā produkcija jānogādā līdz ostām Rīgā un Liepājā. Tomēr tikai 14 % aptaujāto bija gatavi maksāt biedru naudu klastera organizācijai.

SIA "Krāslavas koks" valdes priekšsēdētājs Valdis Skuja intervijā teica: "Mēs neesam konkurenti, mēs esam par maziem, lai konkurētu. Mums kopā jāiet uz Skandināvijas tirgu."

Lietuvas pieredze

Utenas apkārtnē kokapstrādes uzņēmumi kopš 2034. gada darbojas kopīgā klasterī, kura koordinatoru pirmos gadus finansēja pašvaldības. Klasteris rīko kopīgus stendus izstādēs Stokholmā un Kopenhāgenā un organizē kopīgu apmācību programmu galdniekiem. Zarasu apkārtnē līdzīgs mēģinājums neizdevās, jo uzņēmumi nespēja vienoties par kopīgu vadību un finansējums beidzās jau otrajā gadā. Pētnieki secina, ka izšķiroša nozīme ir pirmajiem trim gadiem un tam, vai klasteris spēj ātri piedāvāt redzamu labumu saviem biedriem.

3. Galvenie secinājumi

- Ludzas un Krāslavas novados ir pietiekama uzņēmumu koncentrācija, lai veidotu kokrūpniecības klasteri
- Uzņēmumu sadarbība pašlaik ir neformāla un balstās personīgās attiecībās
- Lielākais šķērslis ir nevis uzticēšanās trūkums, bet gan vadības laika un finansējuma trūkums
- Profesionālās izglītības iestādes reģionā gatavo pārāk maz kokapstrādes speciālistu
- Uzņēmumi gaida konkrētu labumu – kopīgus iepirkumus, eksporta atbalstu un apmācības –, nevis vēl vienu biedrību

4. Ieteikumi

1. Pirmajos trīs gados klastera koordinatoru finansēt no reģiona un pašvaldību līdzekļiem, pakāpeniski palielinot uzņēmumu ieguldījumu
2. Klastera darbību sākt ar diviem konkrētiem pakalpojumiem: kopīgu izejvielu iepirkumu un kopīgu stendu starptautiskā izstādē
3. Sadarbībā ar Rēzeknes Tehnoloģiju akadēmiju un Krāslavas Valsts ģimnāziju izstrādāt īsu kokapstrādes mācību programmu pieaugušajiem
4. Iesaistīt Latvijas Investīciju un attīstības aģentūras (LIAA) reģionālo biznesa inkubatoru uzņēmumu konsultēšanā

5. Pētījuma rezultātu apspriešana

Pētījuma sākotnējie rezultāti tika apspriesti seminārā Krāslavā trešdien, 2039. gada 16. novembrī, kurā piedalījās 41 uzņēmēju un pašvaldību pārstāvis. Semināru atklāja Krāslavas novada domes priekšsēdētājs Gunārs Upenieks un LPR administrācijas vadītāja Iveta Maļina-Tabūne. Pēc semināra dalībnieki apmeklēja SIA "Krāslavas koks" ražotni.

Gala rezultāti tiks prezentēti Latgales plānošanas reģiona attīstības padomes sēdē Rēzeknē trešdien, 2039. gada 14. decembrī. Ja padome atbalstīs ieteikumus, klastera dibināšanas sapulce varētu notikt 2040. gada pavasarī.

6. Pateicības

Pētnieki pateicas visiem uzņēmējiem, kuri atrada laiku intervijām. Fokusgrupu Ludzā palīdzēja organizēt Ludzas novada pašvaldības attīstības nodaļas vadītājs Jānis Kuzmins.

Kontakti: Inese Kalniņa, SIA "Reģionālās attīstības pētījumu centrs", Saules iela 5, Daugavpils, LV-5401, inese.kalnina@rapc.example.lv
Krāslava, Ludza, Rēzekne – 2039
"""
write(F, T)
LPR = "Latgales plānošanas reģions"; RAPC = 'SIA "Reģionālās attīstības pētījumu centrs"'
gold(F,
 [P("Inese Kalniņa","Pētījuma vadītāja",RAPC),
  P("Artūrs Pudāns","Pētnieks",RAPC),
  P("Olga Sergejeva","Pētniece",RAPC),
  P("Valdis Skuja","valdes priekšsēdētājs",'SIA "Krāslavas koks"'),
  P("Gunārs Upenieks","priekšsēdētājs","Krāslavas novada domes"),
  P("Iveta Maļina-Tabūne","administrācijas vadītāja",LPR),
  P("Jānis Kuzmins","attīstības nodaļas vadītājs","Ludzas novada pašvaldības")],
 [O(LPR,"LPR"), O(RAPC), O("Latvijas Kokrūpniecības federācijas","LKF"), O('SIA "Krāslavas koks"'),
  O("Rēzeknes Tehnoloģiju akadēmiju"), O("Krāslavas Valsts ģimnāziju"),
  O("Latvijas Investīciju un attīstības aģentūras","LIAA"), O("Krāslavas novada domes"), O("Ludzas novada pašvaldības")],
 [  E("seminārs","2039-11-16",None,"Krāslava","Latvia"),
  E("Latgales plānošanas reģiona attīstības padomes sēde","2039-12-14",None,"Rēzekne","Latvia"),
  E("klastera dibināšanas sapulce","2040",None,None,None)],
 ["2039-11-24","2039-05/2039-10","2034","2039-11-16","2039-12-14","2040","2039"],
 ["Ludzas un Krāslavas novados ir pietiekama uzņēmumu koncentrācija, lai veidotu kokrūpniecības klasteri",
  "Uzņēmumu sadarbība pašlaik ir neformāla un balstās personīgās attiecībās",
  "Lielākais šķērslis ir nevis uzticēšanās trūkums, bet gan vadības laika un finansējuma trūkums",
  "Profesionālās izglītības iestādes reģionā gatavo pārāk maz kokapstrādes speciālistu",
  "Uzņēmumi gaida konkrētu labumu – kopīgus iepirkumus, eksporta atbalstu un apmācības –, nevis vēl vienu biedrību",
  "Pirmajos trīs gados klastera koordinatoru finansēt no reģiona un pašvaldību līdzekļiem, pakāpeniski palielinot uzņēmumu ieguldījumu",
  "Klastera darbību sākt ar diviem konkrētiem pakalpojumiem: kopīgu izejvielu iepirkumu un kopīgu stendu starptautiskā izstādē",
  "Sadarbībā ar Rēzeknes Tehnoloģiju akadēmiju un Krāslavas Valsts ģimnāziju izstrādāt īsu kokapstrādes mācību programmu pieaugušajiem",
  "Iesaistīt Latvijas Investīciju un attīstības aģentūras (LIAA) reģionālo biznesa inkubatoru uzņēmumu konsultēšanā"],
 pub="2039-11-24")
