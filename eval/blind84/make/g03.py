from h import *
F = 'g03_ostersund_vintersport_kluster_ny_vd.txt'
assert wd(2038,1,11)=='Monday' and wd(2038,2,1)=='Monday' and wd(2038,2,18)=='Thursday'
T = """Mynewsdesk · Pressmeddelande · Jämtland Winter Tech Cluster

Startsida / Nyheter / Pressmeddelanden

Jämtland Winter Tech Cluster utser Sara Engström till ny vd – efterträder Per-Olof Lundgren

Östersund, måndag 11 januari 2038

Styrelsen för den ekonomiska föreningen Jämtland Winter Tech Cluster (JWTC) har utsett Sara Engström till ny
verkställande direktör. Hon tillträder den 1 februari 2038 och efterträder Per-Olof Lundgren, som har lett
klustret sedan starten 2029 och nu går i pension. Per-Olof Lundgren kvarstår som senior rådgivare till styrelsen
fram till sommaren.

Sara Engström kommer närmast från Mittuniversitetet, där hon sedan 2033 har varit föreståndare för
Nationellt vintersportcentrum och ansvarat för samarbetet med näringslivet kring testmiljöer för skidor,
kläder och sensorer. Dessförinnan arbetade hon i sju år som produktchef på Skidlabbet Åre AB och två år på
Peak Innovation i Östersund. Hon är civilingenjör i maskinteknik från Luleå tekniska universitet.

– Jämtland har en unik kombination av elitidrott, forskning och små innovativa företag. Jag ser fram emot att
tillsammans med medlemmarna göra klustret till Europas självklara testarena för vinterteknik, säger Sara Engström.

– Vi fick in 46 ansökningar och Sara var ett självklart val. Hon känner både forskarvärlden och företagen, och hon
har redan byggt många av de kontakter vi behöver internationellt, säger styrelseordförande Karin Hallberg,
vd för Frostline Apparel AB.

Om rekryteringen
Rekryteringen genomfördes av styrelsens rekryteringsutskott – Karin Hallberg, Anders Nyström (Region Jämtland
Härjedalen) och Linnea Sjödin (Östersunds kommun) – med stöd av rekryteringsföretaget Norrhjort Search AB.
Slutintervjuerna hölls den 14 och 15 december 2037. Styrelsen fattade beslut vid ett extra möte den 7 januari 2038. Kravprofilen betonade erfarenhet av
forskningssamverkan, internationella nätverk och ledarskap i små organisationer med många olika intressenter.

Per-Olof Lundgrens tid som vd
Under Per-Olof Lundgrens nio år har klustret vuxit från 12 till 87 medlemmar, bland dem Åre Skidtekniska
Gymnasium, Fjällvind Sensor AB, Jämtkraft AB och Storsjöns Båt & Snöskoter Handelsbolag. Klustret har drivit
tre Interreg-projekt tillsammans med partner i Trøndelag, bland annat projektet SnowTest Nord, och tagit fram
den gemensamma testbanan vid Östersunds skidstadion. 2036 tilldelades klustret guldmärkningen från European
Cluster Excellence Initiative.

– Det har varit ett privilegium att få bygga upp det här tillsammans med medlemmarna. Jag lämnar över till en
person som har energi och nätverk för nästa steg, säger Per-Olof Lundgren.

Avtackning
Medlemmar och samarbetspartner är välkomna till en avtackning av Per-Olof Lundgren och ett första möte med Sara
Engström torsdagen den 18 februari 2038 kl. 16.00–18.30 på Peak Innovation, Campus Östersund. Anmälan senast
den 10 februari till evenemang@jwtc.example.se.

Övriga förändringar i ledningsgruppen
Samtidigt meddelar klustret att Jonas Westerlund blir ny programchef för testmiljöer från den 1 mars 2038.
Han efterträder Maria Olofsson, som blir projektledare för klustrets nya satsning på hållbara textilier.
Ekonomichef Emma Persson och kommunikatören Oskar Dahlin fortsätter i sina roller.

Om Jämtland Winter Tech Cluster
Jämtland Winter Tech Cluster är en ekonomisk förening som samlar företag, forskare och offentliga aktörer inom
vinter- och friluftsteknik i Jämtland och Härjedalen. Klustret finansieras av medlemsavgifter, Region Jämtland
Härjedalen, Tillväxtverket och projektmedel. Verksamhetsperioden 2036–2039 fokuserar på testmiljöer, digitala
sensorer och cirkulära material.

Kontakt
Karin Hallberg, styrelseordförande, Jämtland Winter Tech Cluster, 070-000 00 00
Oskar Dahlin, kommunikatör, oskar.dahlin@jwtc.example.se, 063-00 00 00
Pressbilder: Sara Engström (foto: Lena Strand) – fri att använda i samband med detta pressmeddelande.

Taggar: Näringsliv, Personal, Vintersport, Östersund
Dela: Facebook · LinkedIn · X · E-post
Prenumerera på pressmeddelanden från Jämtland Winter Tech Cluster
"""
write(F, T)
J = "Jämtland Winter Tech Cluster"
gold(F,
 [P("Sara Engström","verkställande direktör",J),
  P("Per-Olof Lundgren","senior rådgivare till styrelsen",J),
  P("Karin Hallberg","styrelseordförande",J),
  P("Anders Nyström",None,"Region Jämtland Härjedalen"),
  P("Linnea Sjödin",None,"Östersunds kommun"),
  P("Jonas Westerlund","programchef för testmiljöer",J),
  P("Maria Olofsson","projektledare",J),
  P("Emma Persson","Ekonomichef",J),
  P("Oskar Dahlin","kommunikatör",J),
  P("Lena Strand",None,None)],
 [O(J,"JWTC"), O("Mittuniversitetet"), O("Nationellt vintersportcentrum"), O("Skidlabbet Åre AB"),
  O("Peak Innovation"), O("Luleå tekniska universitet"), O("Frostline Apparel AB"), O("Region Jämtland Härjedalen"),
  O("Östersunds kommun"), O("Norrhjort Search AB"), O("Åre Skidtekniska Gymnasium"), O("Fjällvind Sensor AB"),
  O("Jämtkraft AB"), O("Storsjöns Båt & Snöskoter Handelsbolag"), O("European Cluster Excellence Initiative"),
  O("Tillväxtverket")],
 [E("avtackning av Per-Olof Lundgren","2038-02-18",None,"Östersund","Sweden"),
  E("extra möte","2038-01-07")],
 ["2038-01-11","2038-02-01","2029","2033","2037-12-14/2037-12-15","2038-01-07","2036","2038-02-18","2038-02-10","2038-03-01","2036/2039"],
 [], "2038-01-11")
