from h import *
F = 'g03_suceava_sesiune_informare_s3.md'
assert wd(2041,10,8)=='Tuesday' and wd(2041,10,21)=='Monday' and wd(2041,12,16)=='Monday' and wd(2041,9,24)=='Tuesday'
T = """[Acasă](/) › [Evenimente](/evenimente) › Sesiune de informare Suceava

# Sesiune de informare: apelul „Clustere inovative Nord-Est 2041”

*Publicat de Biroul de Comunicare ADR Nord-Est · 24.09.2041 · Categorii: Specializare inteligentă, Apeluri deschise*

Agenția pentru Dezvoltare Regională Nord-Est (ADR Nord-Est) vă invită la **sesiunea de informare** dedicată apelului de proiecte „Clustere inovative Nord-Est 2041”, finanțat prin Programul Regional Nord-Est. Evenimentul are loc **marți, 8 octombrie 2041**, între orele 09:30 și 14:00, la sediul Camerei de Comerț și Industrie Suceava, str. Nicolae Bălcescu nr. 1. Sesiunea este organizată împreună cu Consiliul Județean Suceava și Camera de Comerț și Industrie Suceava.

O a doua sesiune de informare, cu același program, este organizată **luni, 21 octombrie 2041**, la Botoșani, fiind găzduită de Consiliul Județean Botoșani.

## Despre apel

Apelul sprijină clusterele din regiunea Nord-Est care lucrează în domeniile de specializare inteligentă ale regiunii: agroalimentar, textile și îmbrăcăminte, lemn și mobilă, TIC și sănătate. Bugetul total este de 18 milioane de euro, iar valoarea unui proiect poate fi cuprinsă între 200.000 și 1,5 milioane de euro.

Pot depune cereri de finanțare:

- entitățile de management ale clusterelor înregistrate ca asociații sau federații;
- parteneriatele dintre un cluster și cel puțin o universitate sau un institut de cercetare din regiune;
- consorțiile de IMM-uri membre ale unui cluster acreditat.

**Termen-limită pentru depunerea cererilor: 16 decembrie 2041, ora 16:00**, exclusiv prin aplicația MySMIS2041.

## Agenda (Suceava, 8 octombrie)

| Ora | Subiect | Vorbitor |
|---|---|---|
| 09:30 | Înregistrarea participanților și cafea | |
| 10:00 | Cuvânt de bun venit | Gheorghe-Ionuț Pâslaru, președintele Consiliului Județean Suceava |
| 10:15 | Strategia de specializare inteligentă Nord-Est 2035–2041: ce am învățat | Dr. Oana Mihăilescu-Tudose, șefa Biroului RIS3, ADR Nord-Est |
| 10:45 | Condițiile apelului și criteriile de evaluare | Valentin Apostu, expert Direcția Programe, ADR Nord-Est |
| 11:30 | Pauză de cafea | |
| 11:45 | Experiența unui cluster finanțat în 2038 | Ana-Maria Loghin, manager, Cluster Bucovina Lemn și Mobilă |
| 12:15 | Parteneriate cu mediul academic | Prof. univ. dr. Teodor Vrânceanu, prorector, Universitatea „Ștefan cel Mare” din Suceava |
| 12:45 | Întrebări și răspunsuri | echipa ADR Nord-Est |
| 13:15 | Sesiune de întâlniri bilaterale cu experții ADR | |
| 14:00 | Închidere | |

Moderator: Cristina Bejenariu-Stan, consilier comunicare, ADR Nord-Est.

## Ediții anterioare

Sesiunea face parte din seria „Caravana S3 Nord-Est”, care a ajuns la a cincea ediție. Edițiile anterioare:

- 2037 – Iași, 120 de participanți;
- 2038 – Piatra Neamț și Bacău;
- 2039 – Vaslui;
- 2040 – Iași și Suceava, în format hibrid.

## Lecții învățate din apelul anterior

La finalul apelului din 2038, echipa ADR Nord-Est a formulat câteva lecții învățate pentru solicitanți:

1. Planul de afaceri al clusterului trebuie să arate cum se finanțează activitățile după terminarea proiectului
2. Membrii clusterului trebuie să confirme în scris rolul lor în proiect, nu doar să semneze un acord de parteneriat
3. Indicatorii trebuie legați de domeniile de specializare inteligentă, nu de activități generale de promovare
4. Cererile depuse în ultimele 48 de ore au avut cele mai multe erori administrative

## Înscriere

Participarea este gratuită, dar numărul de locuri este limitat la 90 pentru Suceava și 60 pentru Botoșani. Înscrierea se face prin formularul online până la 4 octombrie 2041, respectiv 17 octombrie 2041. Prezentările vor fi publicate pe site după eveniment.

Informații suplimentare: Biroul RIS3, tel. 0233 000 000, e-mail ris3@adrnordest.example.ro

---
*ADR Nord-Est · Piatra Neamț, str. Lt. Drăghescu nr. 9 · Politica de cookie-uri · Protecția datelor · Urmăriți-ne pe Facebook și LinkedIn*
"""
write(F, T)
A="Agenția pentru Dezvoltare Regională Nord-Est"
gold(F,
 [P("Gheorghe-Ionuț Pâslaru","președintele Consiliului Județean Suceava","Consiliul Județean Suceava"),
  P("Oana Mihăilescu-Tudose","șefa Biroului RIS3",A),
  P("Valentin Apostu","expert Direcția Programe",A),
  P("Ana-Maria Loghin","manager","Cluster Bucovina Lemn și Mobilă"),
  P("Teodor Vrânceanu","prorector","Universitatea „Ștefan cel Mare” din Suceava"),
  P("Cristina Bejenariu-Stan","consilier comunicare",A)],
 [O(A,"ADR Nord-Est"), O("Biroul de Comunicare ADR Nord-Est"), O("Camera de Comerț și Industrie Suceava"),
  O("Consiliul Județean Botoșani"), O("Consiliul Județean Suceava"), O("Biroul RIS3"),
  O("Direcția Programe"), O("Cluster Bucovina Lemn și Mobilă"), O("Universitatea „Ștefan cel Mare” din Suceava")],
 [E("sesiunea de informare","2041-10-08",None,"Suceava","Romania"),
  E("sesiune de informare","2041-10-21",None,"Botoșani","Romania"),
  E("Caravana S3 Nord-Est","2037",None,"Iași","Romania"),
  E("Caravana S3 Nord-Est","2038",None,"Piatra Neamț, Bacău","Romania"),
  E("Caravana S3 Nord-Est","2039",None,"Vaslui","Romania"),
  E("Caravana S3 Nord-Est","2040",None,"Iași, Suceava","Romania"),
  E("Sesiune de întâlniri bilaterale cu experții ADR","2041-10-08",None,"Suceava","Romania")],
 ["2041-09-24","2041-10-08","2041-10-21","2041-12-16","2035/2041","2038","2037","2039","2040","2041-10-04","2041-10-17"],
 ["Planul de afaceri al clusterului trebuie să arate cum se finanțează activitățile după terminarea proiectului",
  "Membrii clusterului trebuie să confirme în scris rolul lor în proiect, nu doar să semneze un acord de parteneriat",
  "Indicatorii trebuie legați de domeniile de specializare inteligentă, nu de activități generale de promovare",
  "Cererile depuse în ultimele 48 de ore au avut cele mai multe erori administrative"],
 pub="2041-09-24")
