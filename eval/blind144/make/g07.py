from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_arad_convocare_adunarea_generala.eml'
assert wd(2037,6,9)=='Tuesday' and wd(2037,6,2)=='Tuesday' and wd(2037,5,20)=='Wednesday'
body = """Stimați membri,

Vă transmitem mai jos convocatorul Adunării Generale Ordinare a asociației, împreună cu lista candidaților pentru Consiliul Director. Materialele complete (raportul de activitate 2036, situațiile financiare, bugetul 2037) sunt disponibile în secțiunea „Documente membri” a platformei noastre.

Pe scurt, din raportul de activitate: în 2036 clusterul a ajuns la 47 de membri (dintre care 31 de firme, 4 instituții de cercetare și învățământ, 3 autorități publice și 9 organizații-suport), a depus împreună cu partenerii trei proiecte europene, dintre care două au fost aprobate, și a organizat a treia ediție a Zilei Mobilității Arad, în octombrie 2036, cu 260 de participanți. Cursurile de sudură pentru profesorii din liceele tehnologice, organizate cu Inspectoratul Școlar Județean Arad, vor continua și în toamna acestui an.

Vă rugăm să confirmați participarea până marți, 2 iunie 2037.

Cu stimă,
Ioana-Maria Crăciun
Manager de cluster
Asociația Clusterul pentru Mobilitate Inovativă Arad (CMIA)
Str. Revoluției nr. 00, 310000 Arad
Tel. +40 257 000 000 | office@cmia.example.ro

================================================================
CONVOCATOR

În temeiul art. 14 din Statutul asociației, Consiliul Director al Asociației Clusterul pentru Mobilitate Inovativă Arad convoacă Adunarea Generală Ordinară a membrilor pentru marți, 9 iunie 2037, ora 10:00, la sediul Camerei de Comerț, Industrie și Agricultură Arad (Sala Mare), care găzduiește ședința. Dacă la prima convocare nu se întrunește cvorumul, Adunarea se va ține în aceeași zi, la ora 11:00, în același loc, cu membrii prezenți.

Ordinea de zi:
1. Raportul de activitate al Consiliului Director pentru anul 2036
2. Raportul cenzorului și aprobarea situațiilor financiare pe 2036
3. Aprobarea bugetului și a planului de activitate pentru 2037
4. Alegerea Consiliului Director pentru mandatul 2037–2041
5. Primirea de noi membri
6. Diverse

Candidați pentru Consiliul Director (în ordine alfabetică):
– Bogdan Ardelean, director general, Arad Precision Parts S.R.L. – candidat pentru funcția de președinte
– Gabriela Fekete, director de inovare, Continental Automotive Systems Arad S.R.L.
– Prof. univ. dr. ing. Florin Mihuț, prorector, Universitatea „Aurel Vlaicu” din Arad
– Kristóf Nagy-Bálint, fondator, LogiRail Solutions S.R.L.
– Carmen Pop-Rădulescu, șef serviciu dezvoltare economică, Primăria Municipiului Arad
– Hans-Peter Rößler, director de fabrică, Kessler Kabelwerk Romania S.R.L., Curtici

Președintele în exercițiu, dl Vasile Tămaș, nu mai candidează după două mandate (2029–2037). Consiliul Director îi mulțumește pentru contribuția la crearea clusterului și pentru obținerea etichetei de bronz a Inițiativei Europene pentru Excelența Clusterelor.

Membrii care nu pot participa pot fi reprezentați prin procură specială, transmisă la secretariat până la data de 2 iunie 2037. Fiecare membru cu cotizația achitată are un vot.

După încheierea Adunării, la ora 13:30, membrii sunt invitați la o vizită la noul centru de testare pentru vehicule electrice al Arad Precision Parts, în Parcul Industrial Arad Vest.

Președinte,
Vasile Tămaș
================================================================

Notă: Agenția pentru Dezvoltare Regională Vest (ADR Vest) a confirmat participarea reprezentantei sale, dna Alina Dumitrescu, expert în politici de inovare, care va prezenta pe scurt noul apel pentru clustere din programul regional.

-----Mesaj original-----
De la: Radu Coman <radu.coman@transcarpatic.example.ro>
Trimis: miercuri, 20 mai 2037 16:48
Către: office@cmia.example.ro
Subiect: Adunarea Generala - data?

Bună ziua,
Puteți să ne spuneți data Adunării Generale din acest an? Noi, Transcarpatic Logistic S.A., am vrea să propunem un candidat pentru Consiliul Director și să venim cu doi colegi.
Mulțumesc,
Radu Coman
Director comercial
"""
m = EmailMessage()
m['From'] = 'Ioana-Maria Crăciun <office@cmia.example.ro>'
m['To'] = 'membri@cmia.example.ro'
m['Subject'] = 'Convocator Adunarea Generală Ordinară CMIA – 9 iunie 2037'
m['Date'] = format_datetime(datetime.datetime(2037,5,22,9,30,0,tzinfo=datetime.timezone(datetime.timedelta(hours=3))))
m.set_content(body)
assert wd(2037,5,22)=='Friday'
open(path(F),'wb').write(bytes(m))
A = "Asociația Clusterul pentru Mobilitate Inovativă Arad"
gold(F,
 [P("Ioana-Maria Crăciun","Manager de cluster",A),
  P("Bogdan Ardelean","director general","Arad Precision Parts S.R.L."),
  P("Gabriela Fekete","director de inovare","Continental Automotive Systems Arad S.R.L."),
  P("Florin Mihuț","prorector","Universitatea „Aurel Vlaicu” din Arad"),
  P("Kristóf Nagy-Bálint","fondator","LogiRail Solutions S.R.L."),
  P("Carmen Pop-Rădulescu","șef serviciu dezvoltare economică","Primăria Municipiului Arad"),
  P("Hans-Peter Rößler","director de fabrică","Kessler Kabelwerk Romania S.R.L."),
  P("Vasile Tămaș","Președinte",A),
  P("Alina Dumitrescu","expert în politici de inovare","Agenția pentru Dezvoltare Regională Vest"),
  P("Radu Coman","Director comercial","Transcarpatic Logistic S.A.")],
 [O(A,"CMIA"), O("Camerei de Comerț, Industrie și Agricultură Arad"), O("Arad Precision Parts S.R.L."),
  O("Continental Automotive Systems Arad S.R.L."), O("Universitatea „Aurel Vlaicu” din Arad"), O("LogiRail Solutions S.R.L."),
  O("Primăria Municipiului Arad"), O("Kessler Kabelwerk Romania S.R.L."), O("Inspectoratul Școlar Județean Arad"),
  O("Agenția pentru Dezvoltare Regională Vest","ADR Vest"), O("Transcarpatic Logistic S.A.")],
 [E("a treia ediție a Zilei Mobilității Arad","2036-10",None,"Arad","Romania"),
  E("Adunarea Generală Ordinară","2037-06-09",None,"Arad","Romania"),
  E("vizită la noul centru de testare pentru vehicule electrice al Arad Precision Parts","2037-06-09",None,"Arad","Romania")],
 ["2036","2036-10","2037","2037-06-02","2037-06-09","2037/2041","2029/2037","2037-05-20","2037-05-22"],
 [], pub="2037-05-22")
