from h import *
F = 'korce-klasteri-mollet-linkedin-post.txt'
T = f"""LinkedIn

Erjona Dhimitri-Papa • 1st
Menaxhere e Klasterit të Mollës dhe Frutave Korçë | Zhvillim rajonal | Agrobiznes
3d • Edited • 🌐

Sot ishte një ditë e veçantë për Klasterin e Mollës dhe Frutave Korçë! 🍎

Në Forumin e Agrobiznesit Shqiptar 2036, që u zhvillua në Tiranë më {wd(2036,11,6,'sq')} 6 nëntor, klasteri ynë mori çmimin „Bashkëpunimi i Vitit“ për projektin e magazinës së përbashkët frigoriferike në Bilisht. Çmimin e dorëzoi zëvendësministrja e Bujqësisë dhe Zhvillimit Rural, znj. Anila Hoxha, ndërsa në emër të klasterit e tërhoqi kryetari i bordit, z. Fatos Çani, pronar i Çani Fruta sh.p.k.

Çfarë fituam në të vërtetë?
👉 27 fermerë të vegjël nga Devolli dhe Pustec-i ruajnë tani mollët në një magazinë me atmosferë të kontrolluar, në vend që t'i shesin në vjeshtë me çmimin më të ulët;
👉 eksporti drejt Serbisë dhe Maqedonisë së Veriut u rrit me 40% brenda një sezoni;
👉 tre të rinj u kthyen nga Greqia për të punuar në magazinë.

Faleminderit partnerëve tanë: Bashkia Devoll, Universiteti „Fan S. Noli“ Korçë, Agjencia për Zhvillimin Bujqësor dhe Rural (AZHBR) dhe kolegët nga Agrokластер Југоисток në Strumicë, me të cilët po përgatisim një projekt të përbashkët Interreg IPA për 2037–2039.

Një falënderim i veçantë për ish-menaxherin e klasterit, Ilir Gjergji, që e nisi idenë e magazinës në 2031, kur askush nuk besonte se fermerët do të ndanin çelësat e një depoje. 🙏

Takimi i radhës për anëtarët: e enjte, 20 nëntor 2036, ora 17:00, në Dhomën e Tregtisë dhe Industrisë Korçë. Do të prezantojmë planin për sezonin 2037 dhe kalendarin e panairit „Dita e Mollës“ në Bilisht (11–12 tetor 2037).

#Korçë #Devoll #klaster #agrobiznes #mollë #bashkëpunim #IPA

[Foto: ekipi i klasterit me çmimin, Pallati i Kongreseve, Tiranë]

👍❤️👏 214 • 31 komente • 12 shpërndarje

---------------------------------------------------------------
Komente

Dejan Panov • 2nd
Координатор, Агрокластер Југоисток – Струмица
Честитки, драги колеги! Congratulations from Strumica – see you in Bilisht in October! 🇲🇰🇦🇱
2d  Pëlqe · Përgjigju  (8)

    Erjona Dhimitri-Papa • Author
    Faleminderit, Dejan! Ju presim, dhe sivjet me ajvar. 😄
    2d  Pëlqe · Përgjigju  (3)

Prof. Dr. Mimoza Kristo • 2nd
Pedagoge, Fakulteti i Bujqësisë, Universiteti „Fan S. Noli“
Urime! Studentët tanë të vitit të tretë bënë praktikën në magazinë këtë verë dhe u kthyen me shumë ide. Vazhdojmë bashkë!
2d  Pëlqe · Përgjigju  (11)

Kevin Marsh • 3rd+
Senior Programme Officer at Swisscontact Albania
Great to see this. Shared storage is exactly the kind of collective investment small growers cannot make alone. Well deserved, Erjona and team.
2d  Pëlqe · Përgjigju  (6)

Fatos Çani • 1st
Kryetar i Bordit, Klasteri i Mollës dhe Frutave Korçë
Çmimi është i fermerëve. Ne vetëm u dhamë çelësat njëri-tjetrit. 🔑
1d  Pëlqe · Përgjigju  (19)

Blerina Qirjako-Xhafa • 2nd
Zyrtare projektesh në AZHBR
Urime! Kujtoj aplikantët që afati për skemën kombëtare të mbështetjes për magazinat e përbashkëta mbyllet më 15 dhjetor 2036.
1d  Pëlqe · Përgjigju  (4)

Ilir Gjergji • 1st
Konsulent i pavarur për agrobiznes
Jam krenar për ju! Ata çelësa ishin biseda më e vështirë që kam bërë ndonjëherë. 😊
1d  Pëlqe · Përgjigju  (9)

Arben Lleshi • 2nd
Drejtor ekzekutiv, Dhoma e Tregtisë dhe Industrisë Korçë
Urime! Salla jonë është gati për takimin e 20 nëntorit. Do të sjellim edhe përfaqësuesit e dy zinxhirëve të supermarketeve nga Tirana që kërkojnë furnizues vendas për dimrin.
1d  Pëlqe · Përgjigju  (7)

Sofia Karanikola • 3rd+
Export manager at Kastoria Fruit Cooperative
Congratulations from Kastoria, just across the border! We would be very interested in a visit to the storage facility in spring – maybe a small cross-border study day?
20h  Pëlqe · Përgjigju  (5)

    Erjona Dhimitri-Papa • Author
    Sofia, with pleasure – I will send you a message this week.
    18h  Pëlqe · Përgjigju  (2)

Shiko 24 komente të tjera
"""
T = T.replace('Agrokластер Југоисток', 'Agroklaster Jugoistok')
write(F, T)
gold(F, [P('Erjona Dhimitri-Papa','Menaxhere','Klasteri i Mollës dhe Frutave Korçë'),
 P('Anila Hoxha','zëvendësministrja e Bujqësisë dhe Zhvillimit Rural',None),
 P('Fatos Çani','Kryetar i Bordit','Klasteri i Mollës dhe Frutave Korçë'), P('Ilir Gjergji','Konsulent i pavarur për agrobiznes',None),
 P('Dejan Panov','Координатор','Агрокластер Југоисток'), P('Mimoza Kristo','Pedagoge','Fakulteti i Bujqësisë'),
 P('Kevin Marsh','Senior Programme Officer','Swisscontact Albania'), P('Arben Lleshi','Drejtor ekzekutiv','Dhoma e Tregtisë dhe Industrisë Korçë'), P('Sofia Karanikola','Export manager','Kastoria Fruit Cooperative'), P('Blerina Qirjako-Xhafa','Zyrtare projektesh','AZHBR')],
 [O('Klasteri i Mollës dhe Frutave Korçë'), O('Çani Fruta sh.p.k.'), O('Bashkia Devoll'), O('Universiteti „Fan S. Noli“ Korçë'),
  O('Agjencia për Zhvillimin Bujqësor dhe Rural','AZHBR'), O('Агрокластер Југоисток'), O('Dhoma e Tregtisë dhe Industrisë Korçë'), O('Kastoria Fruit Cooperative'),
  O('Fakulteti i Bujqësisë'), O('Swisscontact Albania')],
 [E('Forumin e Agrobiznesit Shqiptar 2036','2036-11-06','2036-11-06','Tiranë','Albania'), E('Takimi i radhës për anëtarët','2036-11-20','2036-11-20','Korçë','Albania'),
  E('Dita e Mollës','2037-10-11','2037-10-12','Bilisht','Albania')],
 ['2036-11-06','2037/2039','2031','2036-11-20','2037','2037-10-11/2037-10-12','2036-12-15'], pub=None)
