from h import *
F = 'g02_fyn_klyngeundersoegelse.md'
assert wd(2036,3,12)=='Wednesday' and wd(2036,4,2)=='Wednesday'
T = """[Forside](/) · [Om os](/om) · [Klynger](/klynger) · [Analyser](/analyser) · [Nyheder](/nyheder) · [English](/en)

# Klyngeundersøgelsen 2036: Fynske virksomheder vil have færre, men stærkere klynger

*Udgivet 19. marts 2036 · Analyse · Erhvervshus Fyn*

Hvert andet år spørger Erhvervshus Fyn virksomhederne i regionens klynger, hvad de får ud af deres medlemskab. Årets undersøgelse blev gennemført fra 6. januar til 14. februar 2036 af analysefirmaet Kvist & Holm ApS i Svendborg og omfatter svar fra 412 virksomheder – flest fra robotteknologi, sundhedsteknologi og fødevarer. Resultaterne blev præsenteret på et morgenmøde på Odense Rådhus onsdag den 12. marts, hvor omkring 90 deltagere var mødt op.

Undersøgelsen er udarbejdet på opdrag af Danish Cluster Academy og Uddannelses- og Forskningsministeriet som led i evalueringen af den nationale klyngestrategi 2032–2037.

## Baggrund

Danmark reducerede i 2021 antallet af nationale klynger til fjorten. På Fyn har særligt Odense Robotics og Danish Life Science Cluster stor betydning, men også mindre netværk som Fynsk Fødevarenetværk og Maritime Fyn. I 2034 blev de tre lokale netværk for bæredygtigt byggeri lagt sammen i Byggeriets Klynge Fyn.

»Vi ville gerne vide, om sammenlægningerne har gjort klyngerne mere relevante for de små virksomheder – eller om de er blevet for store og for fjerne,« forklarer Mette Kjærgaard-Olsen, analysechef i Erhvervshus Fyn.

## Hovedresultater

- 71 % af virksomhederne vurderer, at klyngemedlemskabet har givet dem mindst én ny samarbejdspartner inden for de seneste to år
- Kun 38 % af virksomhederne med under ti ansatte har deltaget i et innovationsprojekt gennem en klynge
- Virksomhederne efterspørger især hjælp til kompetencer og rekruttering, ikke flere arrangementer
- Internationale aktiviteter bruges mest af virksomheder i robotklyngen, mindst af fødevarevirksomhederne
- Hver femte virksomhed kender ikke forskel på Erhvervshus Fyn og klyngerne

Undersøgelsen viser også store forskelle mellem klyngerne. Medlemmerne af robotklyngen er gennemgående mest tilfredse, mens virksomhederne i byggeklyngen efterlyser mere konkret hjælp til at byde på offentlige opgaver. Næsten halvdelen af de adspurgte fødevarevirksomheder angiver, at de kun deltager i ét arrangement om året. Samtidig er der stor interesse for fælles indkøb af energi og for korte kurser i automatisering, som kan tages ved siden af jobbet.

## Anbefalinger

Kvist & Holm ApS anbefaler på baggrund af undersøgelsen:

1. at klyngerne laver et fælles indgangsprogram for nye små medlemmer
2. at Erhvervshus Fyn og klyngerne koordinerer deres kalender for arrangementer
3. at der afsættes midler til en fælles kompetencepulje for robot-, sundheds- og fødevareklyngerne
4. at de nationale klynger rapporterer resultater på regionalt niveau hvert år

## Debat på morgenmødet

Ved morgenmødet kommenterede Jens-Peter Vindeløv, direktør for Odense Robotics, at tallene ikke overraskede ham. »Vi har vokset os store, og det kræver, at vi bliver bedre til at tage os af de mindste,« sagde han. Borgmester i Faaborg-Midtfyn Kommune, Anne Sofie Brix Møller, efterlyste mere fokus på landdistrikterne.

Fra Syddansk Universitet (SDU) deltog prorektor Tobias Østergaard Lind, som tilbød at stille universitetets studerende til rådighed for et fælles kompetenceprojekt. Lone Aagaard, formand for bestyrelsen i Fynsk Fødevarenetværk, mente, at fødevarevirksomhederne har brug for hjælp til eksport, før de kan tænke på internationale projekter.

## Næste skridt

Rapporten drøftes på bestyrelsesmødet i Erhvervshus Fyn onsdag den 2. april 2036. En opfølgende workshop for klyngeledere holdes i Svendborg i maj. Den fulde rapport (64 sider) kan downloades som pdf.

**Kontakt:** Mette Kjærgaard-Olsen, analysechef, mko@erhvervshusfyn.example.dk

---

Del: [LinkedIn](#) · [Facebook](#) · [E-mail](#)

*Erhvervshus Fyn · Forskerparken 10, 5230 Odense M · Vi bruger cookies til statistik. [Læs mere](/cookies)*
"""
write(F, T)
EF="Erhvervshus Fyn"
gold(F,
 [P("Mette Kjærgaard-Olsen","analysechef",EF),
  P("Jens-Peter Vindeløv","direktør","Odense Robotics"),
  P("Anne Sofie Brix Møller","Borgmester","Faaborg-Midtfyn Kommune"),
  P("Tobias Østergaard Lind","prorektor","Syddansk Universitet"),
  P("Lone Aagaard","formand for bestyrelsen","Fynsk Fødevarenetværk")],
 [O(EF), O("Kvist & Holm ApS"), O("Danish Cluster Academy"), O("Uddannelses- og Forskningsministeriet"),
  O("Odense Robotics"), O("Danish Life Science Cluster"), O("Fynsk Fødevarenetværk"), O("Maritime Fyn"),
  O("Byggeriets Klynge Fyn"), O("Faaborg-Midtfyn Kommune"), O("Syddansk Universitet","SDU")],
 [E("morgenmøde","2036-03-12",None,"Odense","Denmark"),
  E("bestyrelsesmødet i Erhvervshus Fyn","2036-04-02",None,None,None),
  E("opfølgende workshop for klyngeledere","2036-05",None,"Svendborg","Denmark")],
 ["2036-03-19","2036-01-06/2036-02-14","2036-03-12","2032/2037","2021","2034","2036-04-02","2036-05"],
 ["71 % af virksomhederne vurderer, at klyngemedlemskabet har givet dem mindst én ny samarbejdspartner inden for de seneste to år",
  "Kun 38 % af virksomhederne med under ti ansatte har deltaget i et innovationsprojekt gennem en klynge",
  "Virksomhederne efterspørger især hjælp til kompetencer og rekruttering, ikke flere arrangementer",
  "Internationale aktiviteter bruges mest af virksomheder i robotklyngen, mindst af fødevarevirksomhederne",
  "Hver femte virksomhed kender ikke forskel på Erhvervshus Fyn og klyngerne",
  "at klyngerne laver et fælles indgangsprogram for nye små medlemmer",
  "at Erhvervshus Fyn og klyngerne koordinerer deres kalender for arrangementer",
  "at der afsættes midler til en fælles kompetencepulje for robot-, sundheds- og fødevareklyngerne",
  "at de nationale klynger rapporterer resultater på regionalt niveau hvert år"],
 pub="2036-03-19")
