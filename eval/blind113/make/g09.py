from h import *
F = 'g09_brasov_calendar_evenimente.md'
assert wd(2041,10,15)=='Tuesday' and wd(2041,10,16)=='Wednesday' and wd(2041,10,28)=='Monday'
assert wd(2041,11,5)=='Tuesday' and wd(2041,11,6)=='Wednesday' and wd(2041,11,12)=='Tuesday' and wd(2041,11,25)=='Monday'
T = """[Acasă](/) · [Despre noi](/despre) · [Clustere](/clustere) · [Finanțări](/finantari) · **Evenimente** · [Proiecte](/proiecte) · [Contact](/contact) · [EN](/en)

Acest site folosește cookie-uri. [Detalii](/cookies) · [Accept]

# Calendarul evenimentelor – octombrie–noiembrie 2041

*Agenția pentru Dezvoltare Regională Centru (ADR Centru) · Biroul Teritorial Brașov*

Mai jos găsiți evenimentele organizate sau sprijinite de ADR Centru și de clusterele din Regiunea Centru în următoarele două luni. Participarea este gratuită, dacă nu se precizează altfel. Pentru evenimentele cu locuri limitate, înscrierea se face în ordinea sosirii formularelor.

---

## 15–16.10.2041 · Brașov · Ziua Clusterelor din Regiunea Centru – ediția a VII-a

Cea mai mare întâlnire a clusterelor din regiune are loc marți și miercuri, 15–16 octombrie 2041, la Universitatea Transilvania din Brașov. Tema ediției: „Clusterele și tranziția industriei auto”.

- **marți, 09:30** – Deschidere: Simona Vlad-Mureșan, director general ADR Centru, și prof. dr. ing. Horia Constantinescu, rectorul Universității Transilvania din Brașov
- **marți, 11:00** – Prezentarea Hărții clusterelor 2041 de către Cătălin Pop, șef Serviciu Strategii și Clustere, ADR Centru
- **marți, 15:00** – Întâlniri B2B între membrii clusterelor (în colaborare cu Enterprise Europe Network România)
- **miercuri, 09:00** – Vizite la firme: fabrica Schaeffler Romania din Cristian și centrul de cercetare al clusterului Automotive Transilvania
- **miercuri, 13:00** – Adunarea generală a Asociației Clusterelor din Regiunea Centru (doar pentru membri)

Participanții care vin din alte județe pot solicita decontarea transportului, în limita a 40 de locuri, prin proiectul Interreg Europe CLUSTER-UP, al cărui partener este ADR Centru. Standurile pentru expozanți (gratuite pentru membrii clusterelor) se rezervă separat, la secretariatul evenimentului. Programul complet, cu numele tuturor vorbitorilor, va fi publicat la începutul lunii octombrie.

Înscrieri până la 8 octombrie 2041. [Formular de înscriere](/inscriere-zc2041)

## 28.10.2041 · online · Webinar „Finanțări pentru clustere în 2042”

Webinar de o oră și jumătate (10:00–11:30) despre apelurile deschise în Programul Regional Centru și despre schema de sprijin pentru clustere a Ministerului Economiei. Prezintă: Ioana Szabó-Tămaș, expert, Autoritatea de Management a Programului Regional Centru, și Radu Ghenea, președintele Clusterului Român pentru Energie Regenerabilă (ROSENC).

## 05–06.11.2041 · Sibiu · Atelier de descoperire antreprenorială: agroalimentar

Atelierul face parte din revizuirea Strategiei de specializare inteligentă a Regiunii Centru 2041–2047. Gazdă: Clusterul Agro-Food Transilvania. Moderator: Andrei Bucur-Lungu, consultant. Locurile sunt limitate la 35 de participanți din firme, universități și administrație; înscrierea se face până la 29 octombrie 2041.

## 12.11.2041 · Stuttgart, Germania · Misiune economică

Delegație de 12 firme din clusterele auto și de mecatronică la Stuttgart, organizată împreună cu Camera de Comerț și Industrie Brașov și cu Baden-Württemberg International (BW_i). Program: marți, 12 noiembrie, întâlniri la sediul BW_i și vizită la clusterul de mecatronică din Göppingen. Termen-limită pentru înscriere: 18 octombrie 2041.

## Reamintire: Ziua Clusterelor 2040

Pentru cei care pregătesc participarea la ediția din acest an, reamintim concluziile ediției a VI-a (Brașov, 16–17 octombrie 2040), publicate de ADR Centru:

**Concluzii**
1. Clusterele din regiune trebuie să lucreze mai mult împreună, nu doar în propriul domeniu
2. Firmele mici au nevoie de sprijin pentru a intra în lanțurile de furnizori ale marilor producători auto
3. Universitățile ar trebui să ofere programe scurte de recalificare pentru angajații din industria auto

Pe 25.11.2041, luni, ADR Centru va publica raportul de evaluare al ediției a VII-a, cu recomandări pentru 2042.

---

**Contact evenimente:** Ana-Maria Cozma, ofițer comunicare, ADR Centru – Biroul Teritorial Brașov, evenimente@adrcentru.example.ro

[Abonare la newsletter](/newsletter) · [Arhiva evenimentelor](/arhiva) · © ADR Centru · [Politica de confidențialitate](/confidentialitate)
"""
write(F, T)
A="Agenția pentru Dezvoltare Regională Centru"
gold(F,
 [P("Simona Vlad-Mureșan","director general","ADR Centru"),
  P("Horia Constantinescu","rectorul","Universitatea Transilvania din Brașov"),
  P("Cătălin Pop","șef Serviciu Strategii și Clustere","ADR Centru"),
  P("Ioana Szabó-Tămaș","expert","Autoritatea de Management a Programului Regional Centru"),
  P("Radu Ghenea","președintele","Clusterului Român pentru Energie Regenerabilă"),
  P("Andrei Bucur-Lungu","consultant",None),
  P("Ana-Maria Cozma","ofițer comunicare","ADR Centru")],
 [O(A,"ADR Centru"), O("Biroul Teritorial Brașov"), O("Universitatea Transilvania din Brașov"),
  O("Enterprise Europe Network România"), O("Schaeffler Romania"), O("Automotive Transilvania"),
  O("Asociației Clusterelor din Regiunea Centru"), O("Autoritatea de Management a Programului Regional Centru"),
  O("Ministerului Economiei"), O("Clusterului Român pentru Energie Regenerabilă","ROSENC"),
  O("Clusterul Agro-Food Transilvania"), O("Camera de Comerț și Industrie Brașov"),
  O("Baden-Württemberg International","BW_i")],
 [E("Ziua Clusterelor din Regiunea Centru – ediția a VII-a","2041-10-15","2041-10-16","Brașov","Romania"),
  E("Întâlniri B2B","2041-10-15",None,"Brașov","Romania"),
  E("Vizite la firme","2041-10-16",None,"Cristian","Romania"),
  E("Adunarea generală a Asociației Clusterelor din Regiunea Centru","2041-10-16",None,"Brașov","Romania"),
  E("Webinar „Finanțări pentru clustere în 2042”","2041-10-28",None,None,None),
  E("Atelier de descoperire antreprenorială: agroalimentar","2041-11-05","2041-11-06","Sibiu","Romania"),
  E("Misiune economică","2041-11-12",None,"Stuttgart","Germany"),
  E("vizită la clusterul de mecatronică din Göppingen","2041-11-12",None,"Göppingen","Germany"),
  E("Ziua Clusterelor 2040","2040-10-16","2040-10-17","Brașov","Romania")],
 ["2041-10/2041-11","2041-10-15/2041-10-16","2041-10","2041-10-08","2041-10-28","2042","2041-11-05/2041-11-06","2041-10-29",
  "2041/2047","2041-11-12","2041-10-18","2041-11-25","2040-10-16/2040-10-17"],
 ["Clusterele din regiune trebuie să lucreze mai mult împreună, nu doar în propriul domeniu",
  "Firmele mici au nevoie de sprijin pentru a intra în lanțurile de furnizori ale marilor producători auto",
  "Universitățile ar trebui să ofere programe scurte de recalificare pentru angajații din industria auto"])
