from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g04_fyn_ny_klyngedirektoer.eml'
assert wd(2041,2,28)=='Thursday' and wd(2041,3,14)=='Thursday' and wd(2041,4,1)=='Monday' and wd(2041,2,26)=='Tuesday'
body = """Kære medlemmer og samarbejdspartnere

Bestyrelsen for Velfærdsteknologiklyngen Fyn har i dag udnævnt Signe Kjærgaard-Holm som ny klyngedirektør. Hun tiltræder 1. april 2041 og afløser Poul Erik Damsgaard, der går på pension efter ni år i spidsen for klyngen.

Signe Kjærgaard-Holm kommer fra en stilling som afdelingschef for sundhedsinnovation i Region Syddanmark, hvor hun siden 2036 har ledet regionens samarbejde med kommuner og virksomheder om telemedicin. Tidligere har hun været projektleder hos Syddansk Universitet (SDU) og innovationskonsulent i Odense Kommune. Hun er uddannet cand.scient.san. fra SDU og har en executive MBA fra Copenhagen Business School.

"Signe kender både sundhedsvæsenet og virksomhederne indefra, og hun har vist, at hun kan få offentlige og private parter til at trække i samme retning. Det er præcis, hvad klyngen har brug for i de kommende år," siger bestyrelsesformand Anders Friis Lauritsen, direktør i Blue Ocean Robotics ApS.

Selv siger den nye direktør: "Fyn har et af landets stærkeste miljøer for robotter og velfærdsteknologi, men alt for mange gode løsninger når aldrig længere end til et pilotprojekt på ét plejecenter. Jeg vil bruge mine første hundrede dage på at besøge medlemmerne og kommunerne og finde ud af, hvor klyngen kan gøre den største forskel for at få løsningerne skaleret – også uden for Danmark."

Hun nævner tre områder, hun vil se nærmere på: et tættere samarbejde med de fynske kommuner om fælles indkøb, flere internationale partnerskaber gennem de europæiske klyngenetværk og et styrket tilbud til nystartede virksomheder i klyngen.

Signe Kjærgaard-Holm blev valgt blandt 34 ansøgere. Ansættelsesudvalget bestod af Anders Friis Lauritsen, næstformand Mette Ravn (Odense Universitetshospital) og bestyrelsesmedlem Jakob Thygesen (Dansk Industri, Fyn).

Farvel til Poul Erik
Før han kom til klyngen, var Poul Erik Damsgaard i mange år udviklingschef i en fynsk producent af hospitalssenge. Poul Erik Damsgaard har været klyngedirektør siden 2032. I hans tid er medlemstallet vokset fra 48 til 171 virksomheder og vidensinstitutioner, og klyngen er blevet en del af den nationale klyngeorganisation for life science og velfærdsteknologi. Han har samtidig været formand for Klyngeforum Danmark fra 2037 til 2040.

Bestyrelsen vil gerne invitere alle medlemmer til en afskedsreception for Poul Erik torsdag den 14. marts 2041 kl. 15.00–17.00 i klyngens lokaler i Cortex Park, Odense. Tilmelding senest 7. marts til sekretariatet.

Signe Kjærgaard-Holm vil præsentere sig selv og sine første planer for klyngen på generalforsamlingen i slutningen af april. Indkaldelse med dagsorden følger.

Med venlig hilsen

Birgitte Østergaard
Kommunikationsansvarlig
Velfærdsteknologiklyngen Fyn
Forskerparken 10, 5230 Odense M
Tlf. +45 00 00 00 00
bo@vtfyn.example.dk

Du modtager denne mail, fordi du er medlem af eller samarbejdspartner til Velfærdsteknologiklyngen Fyn. Afmeld nyhedsbrevet her.


-------- Videresendt besked --------
Fra: Anders Friis Lauritsen <afl@blueocean.example.dk>
Dato: tirsdag 26. februar 2041 kl. 18:42
Til: Birgitte Østergaard <bo@vtfyn.example.dk>
Emne: SV: Pressemeddelelse om ny direktør

Hej Birgitte

Tak for udkastet. Jeg har rettet citatet lidt til. Husk også at nævne, at Poul Erik var formand for Klyngeforum Danmark – det har betydet meget for klyngens synlighed i København.

Vi sender først torsdag formiddag, når Signe har orienteret sin nuværende arbejdsgiver.

Mvh Anders

> Den 26.02.2041 kl. 14.05 skrev Birgitte Østergaard:
> Hej Anders
> Her er mit udkast til pressemeddelelsen. Kan du nå at kigge på det i aften? Jeg har brugt titlen klyngedirektør, som vi aftalte på bestyrelsesmødet den 12. februar.
> Hilsen Birgitte
"""
m = EmailMessage()
m['From'] = 'Birgitte Østergaard <bo@vtfyn.example.dk>'
m['To'] = 'medlemmer@vtfyn.example.dk'
m['Subject'] = 'Ny klyngedirektør i Velfærdsteknologiklyngen Fyn'
m['Date'] = format_datetime(datetime.datetime(2041,2,28,10,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
V="Velfærdsteknologiklyngen Fyn"
gold(F,
 [P("Signe Kjærgaard-Holm","klyngedirektør",V),
  P("Poul Erik Damsgaard","klyngedirektør",V),
  P("Anders Friis Lauritsen","bestyrelsesformand",V),
  P("Mette Ravn","næstformand",V),
  P("Jakob Thygesen","bestyrelsesmedlem",V),
  P("Birgitte Østergaard","Kommunikationsansvarlig",V)],
 [O(V), O("Region Syddanmark"), O("Syddansk Universitet","SDU"), O("Odense Kommune"), O("Copenhagen Business School"),
  O("Blue Ocean Robotics ApS"), O("Odense Universitetshospital"), O("Dansk Industri, Fyn"), O("Klyngeforum Danmark")],
 [E("afskedsreception","2041-03-14",None,"Odense","Denmark"),
  E("generalforsamlingen","2041-04",None,None,None),
  E("bestyrelsesmødet","2041-02-12",None,None,None)],
 ["2041-04-01","2036","2032","2037/2040","2041-03-14","2041-03-07","2041-02-26","2041-02-12","2041-02-28","2041-04"],
 [], pub="2041-02-28")
