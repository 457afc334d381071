from g import *
N='pozvanka_konference-BioRegion-Brno-2032.txt'
W(N, '''POZVÁNKA

Klastr MedBio Morava, z.s. si Vás dovoluje pozvat na odbornou konferenci

BIOREGION BRNO 2032 – Od laboratoře k trhu

Termín: čtvrtek 16. září 2032, 9:00–16:30
Místo: Kongresové centrum Brno, sál B, Výstaviště 1, Brno
Jednací jazyk: čeština a angličtina (simultánní tlumočení zajištěno)

Vážené dámy a pánové, milí členové klastru,

letošní ročník konference je věnován převodu výsledků výzkumu do praxe v oblasti biotechnologií a zdravotnických prostředků. Mezi řečníky přivítáme hosty z Rakouska, Nizozemska a Irska a zástupce Evropské komise.

Program

9:00  Registrace a káva
9:30  Zahájení – Ing. Radek Pospíšil, Ph.D., předseda představenstva klastru MedBio Morava
9:45  Keynote: "Regulatory science as a competitive advantage" – Dr. Eoin Mac Cárthaigh, Director of Translational Programmes, TransBio Éireann
10:30 EU perspective on health-industry clusters – Katrien Van den Broeck, Policy Officer, DG GROW, European Commission
11:15 Přestávka
11:30 Panel: Spin-off nebo licence?
      moderuje Mgr. Lucie Hrubá, ředitelka klastru
      – Dr. Stefanie Auer-Lindner, CEO, Lindner Biologics GmbH (Vienna)
      – doc. RNDr. Tomáš Veselý, Ph.D., Masarykova univerzita
      – Hans Timmermans, investment manager, Zuidas Life Ventures B.V.
12:30 Oběd a networking
13:30 Paralelní workshopy (CZ): klinické hodnocení | ochrana duševního vlastnictví
15:30 Shrnutí a závěr – Mgr. Lucie Hrubá
16:00 Prohlídka laboratoří BioHub Bohunice (pro přihlášené)

Účast je pro členy klastru bezplatná, pro ostatní 1 200 Kč bez DPH. Registrace do 6. září 2032 na adrese www.medbio-morava.example/konference. Počet míst je omezen.

Konference navazuje na setkání členů 3. června 2032 v Olomouci a na pracovní cestu do Vídně v květnu 2032. Příští ročník se uskuteční na jaře 2033.

Akci podporuje Jihomoravský kraj a agentura CzechInvest.

Těšíme se na setkání s Vámi.

Mgr. Lucie Hrubá
ředitelka
Klastr MedBio Morava, z.s.
Kamenice 5, 625 00 Brno
tel. +420 5xx xxx xxx | info@medbio-morava.example
''')
G(N, None,
 people=[("Radek Pospíšil","předseda představenstva klastru","Klastr MedBio Morava, z.s."),
  ("Eoin Mac Cárthaigh","Director of Translational Programmes","TransBio Éireann"),
  ("Katrien Van den Broeck","Policy Officer","DG GROW"),
  ("Lucie Hrubá","ředitelka","Klastr MedBio Morava, z.s."),
  ("Stefanie Auer-Lindner","CEO","Lindner Biologics GmbH"),
  ("Tomáš Veselý",None,"Masarykova univerzita"),
  ("Hans Timmermans","investment manager","Zuidas Life Ventures B.V.")],
 orgs=[("Klastr MedBio Morava, z.s.",None),("TransBio Éireann",None),("DG GROW",None),
  ("European Commission",None),("Lindner Biologics GmbH",None),("Masarykova univerzita",None),
  ("Zuidas Life Ventures B.V.",None),("Jihomoravský kraj",None),("CzechInvest",None)],
 events=[("BIOREGION BRNO 2032 – Od laboratoře k trhu","2032-09-16","2032-09-16","Brno","Czechia"),
  ("setkání členů","2032-06-03","2032-06-03","Olomouc","Czechia"),
  ("pracovní cestu do Vídně","2032-05","2032-05","Vienna","Austria"),
  ("Příští ročník","2033","2033",None,None)],
 dates=["2032-09-16","2032-09-06","2032-06-03","2032-05","2033"])
