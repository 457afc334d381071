from h import *
F='innlandet-fylkeskommune-pressemelding-trebyggeri-alava.txt'
T=f'''Innlandet fylkeskommune – Pressemelding
Publisert {wd(2035,5,30,'no')} 30. mai 2035 kl. 11:20 | Sist oppdatert 30.05.2035
Tema: Næringsutvikling, Internasjonalt samarbeid
Del: Facebook | LinkedIn | E-post | Skriv ut

Trebyggeriklyngen fra Innlandet på studietur i Baskerland

Fjorten bedrifter fra Innlandet Treklynge besøkte i forrige uke provinsen Álava i Baskerland. Målet var å lære av baskisk industrialisert bygging og å finne partnere til et felles EU-prosjekt om gjenbruk av tre i bygg.

Delegasjonen på 23 personer var i Vitoria-Gasteiz fra {wd(2035,5,20,'no')} 20. til {wd(2035,5,23,'no')} 23. mai 2035. Reisen ble organisert av klyngeorganisasjonen Innlandet Treklynge AS sammen med Innlandet fylkeskommune og Innovasjon Norge Innlandet, og vertskap i Spania var det baskiske skog- og treklyngen Habic og Álavas provinsstyre, Diputación Foral de Álava / Arabako Foru Aldundia.

– Baskerland har bygget opp en industri der fabrikker, forskningsmiljøer og offentlige byggherrer jobber tett sammen. Det er akkurat det vi ønsker å få til i Innlandet, sier fylkesvaraordfører Ingrid Haugen-Bratlie (Sp), som ledet den politiske delen av delegasjonen.

Fabrikkbesøk og forskning
Programmet startet med en mottakelse i Villa Suso, der Álavas varaordfører for økonomisk utvikling, Iñaki Etxeberria Ruiz de Azúa, ønsket velkommen. Han presenterte provinsens strategi for industriell bygging, som skal doble andelen prefabrikkerte boliger innen 2030-tallets slutt.

Den andre dagen besøkte gruppen teknologisenteret Tecnalia i Miñano, der forskere viste tester av krysslimt tre (KL-tre) fra baskisk furu og eukalyptus, og fabrikken til Egoin S.A. i Ea. Den tredje dagen var viet møter mellom bedriftene: 41 avtalte B2B-møter ble holdt i BIC Araba i Vitoria-Gasteiz. Programmet ble avsluttet med et seminar om gjenbruk av trekonstruksjoner ved Universidad del País Vasco / Euskal Herriko Unibertsitatea (UPV/EHU).

– Vi har mye å lære om serieproduksjon, og baskerne er svært interessert i norsk kompetanse på massivtre og i hvordan vi dokumenterer klimagassutslipp, sier daglig leder Marius Kvamme-Solberg i Innlandet Treklynge.

Deltakerne trakk særlig fram samarbeidet mellom de baskiske yrkesskolene og industrien. I Álava tar lærlinger deler av utdanningen sin direkte i fabrikkene, og bedriftene er med på å utforme læreplanene. – Vi mangler fagfolk i hele verdikjeden, fra sagbruket til monteringen på byggeplassen. Her så vi en modell vi kan ta med hjem, sier produksjonssjef Hanne Rustad i Nordbohus Hamar AS, som var med på turen.

Konkrete resultater
Besøket har allerede gitt resultater:
- Moelven Limtre AS og et baskisk selskap har avtalt en prøveleveranse av limtrebjelker høsten 2035.
- Norges teknisk-naturvitenskapelige universitet (NTNU) i Gjøvik og UPV/EHU vil søke felles midler til et forskningsprosjekt om ombruk av tre.
- Klyngene Innlandet Treklynge og Habic skal undertegne en samarbeidsavtale under Trebyggeridagene på Gjøvik i oktober.

– Slike reiser er en investering. Når bedriftene selv møter partnere og ser fabrikkene, blir samarbeidet mer konkret enn i et videomøte, sier seniorrådgiver Sigrid Aasen i Innovasjon Norge Innlandet.

Gjenbesøk i oktober
En baskisk delegasjon ledet av klyngesjef Ane Urrutia Goikoetxea fra Habic kommer til Innlandet i forbindelse med Trebyggeridagene 2035, som arrangeres på Fjellhallen i Gjøvik {wd(2035,10,16,'no')} 16. og {wd(2035,10,17,'no')} 17. oktober 2035. Der skal samarbeidsavtalen signeres.

Reisen var delfinansiert gjennom fylkeskommunens ordning for internasjonalisering av klynger, som i 2035 har en ramme på 3,5 millioner kroner.

Fakta om Innlandet Treklynge
- Etablert i 2019, i dag 96 medlemmer: sagbruk, limtreprodusenter, husfabrikker, arkitekter, FoU-miljøer og kommuner i Innlandet.
- Del av det nasjonale klyngeprogrammet Norwegian Innovation Clusters på Arena-nivå 2031–2035.
- Styreleder: Kari Brennhovd Lie (Mjøsen Skog SA).

Fakta om Álava
- Provins i den autonome regionen Baskerland, ca. 335 000 innbyggere.
- Hovedstaden Vitoria-Gasteiz er også Baskerlands administrative hovedstad.
- Sterk industri innen bilproduksjon, maskiner og byggevarer.

For mer informasjon, kontakt:
Ingrid Haugen-Bratlie, fylkesvaraordfører, tlf. 905 12 344
Marius Kvamme-Solberg, daglig leder, Innlandet Treklynge AS, tlf. 918 55 020, marius@treklyngen.no
Pressevakt Innlandet fylkeskommune: 62 00 08 00, presse@innlandetfylke.no

Innlandet fylkeskommune | Postboks 4404 Bedriftssenteret, 2325 Hamar | Personvern | Tilgjengelighetserklæring
'''
write(F,T)
IT='Innlandet Treklynge AS'
gold(F,[P('Ingrid Haugen-Bratlie','fylkesvaraordfører','Innlandet fylkeskommune'),P('Iñaki Etxeberria Ruiz de Azúa','varaordfører for økonomisk utvikling','Diputación Foral de Álava'),
 P('Marius Kvamme-Solberg','daglig leder',IT),P('Sigrid Aasen','seniorrådgiver','Innovasjon Norge Innlandet'),P('Ane Urrutia Goikoetxea','klyngesjef','Habic'),
 P('Hanne Rustad','produksjonssjef','Nordbohus Hamar AS'),P('Kari Brennhovd Lie','Styreleder',IT)],
 [O(IT),O('Innlandet fylkeskommune'),O('Innovasjon Norge Innlandet'),O('Habic'),O('Diputación Foral de Álava'),O('Tecnalia'),O('Egoin S.A.'),O('BIC Araba'),
  O('Universidad del País Vasco','UPV/EHU'),O('Moelven Limtre AS'),O('Norges teknisk-naturvitenskapelige universitet','NTNU'),O('Mjøsen Skog SA'),O('Nordbohus Hamar AS')],
 [E('studietur i Baskerland','2035-05-20','2035-05-23','Vitoria-Gasteiz','Spain'),E('mottakelse i Villa Suso','2035-05-20','2035-05-20','Vitoria-Gasteiz','Spain'),
  E('besøk ved Tecnalia','2035-05-21','2035-05-21','Miñano','Spain'),E('fabrikkbesøk hos Egoin S.A.','2035-05-21','2035-05-21','Ea','Spain'),E('B2B-møter','2035-05-22','2035-05-22','Vitoria-Gasteiz','Spain'),E('seminar om gjenbruk av trekonstruksjoner','2035-05-23','2035-05-23',None,None),
  E('Trebyggeridagene 2035','2035-10-16','2035-10-17','Gjøvik','Norway')],
 ['2035-05-30','2035-05-20/2035-05-23','2035','2035-10','2035-10-16/2035-10-17','2019','2031/2035'],pub='2035-05-30')
