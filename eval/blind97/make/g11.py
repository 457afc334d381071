from h import *
F = 'g11_sibiu_auto_anunt_angajare.txt'
assert wd(2036,6,16)=='Monday'
T = """Sari la conținut
Clusterul Automotive Transilvania Sud
Acasă  Despre noi  Membri  Proiecte  Noutăți  Cariere  Contact  EN
Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. Accept  Refuz  Detalii

Acasă / Noutăți / Cariere

Anunț: numire în funcția de director executiv și post vacant de specialist proiecte europene
Publicat la 2 iunie 2036 | Categorie: Cariere, Comunicate | Autor: Secretariatul clusterului

Distribuie: Facebook  LinkedIn  E-mail  Printează

1. Numire director executiv
Consiliul Director al Asociației Clusterul Automotive Transilvania Sud (CATS) a numit-o pe dna Andreea-Ioana Munteanu în funcția de director executiv, începând cu 1 iulie 2036. Ea îi urmează lui Horațiu Dragomir, care a condus clusterul din 2030 și care va prelua funcția de consilier pentru relații internaționale până la sfârșitul anului 2036.

Andreea-Ioana Munteanu a lucrat în ultimii șapte ani la Agenția pentru Dezvoltare Regională Centru (ADR Centru), unde a coordonat biroul de specializare inteligentă. Anterior a fost inginer de proces la Continental Automotive Systems S.R.L. în Sibiu (2024–2029). Este absolventă a Universității „Lucian Blaga” din Sibiu.

„Clusterul are acum 57 de membri și trebuie să treacă de la proiecte mici la investiții comune în testare și formare. Mă bucur că Andreea aduce exact experiența de care avem nevoie", a declarat președintele Consiliului Director, Ing. Gheorghe-Florin Stoica, director general al companiei Compa Precizie S.A.

Predarea mandatului va avea loc la Adunarea Generală a membrilor din 16 iunie 2036 (luni), ora 15:00, la sediul Camerei de Comerț și Industrie Sibiu.

2. Post vacant: Specialist proiecte europene (normă întreagă)
Clusterul Automotive Transilvania Sud angajează un specialist proiecte europene pentru echipa de la Sibiu.

Responsabilități:
- pregătirea și scrierea propunerilor de proiecte pentru programe europene și naționale
- gestionarea a două proiecte Interreg în derulare (raportări, bugete, comunicarea cu partenerii)
- organizarea de evenimente de brokeraj și misiuni economice pentru membri
- actualizarea bazei de date cu competențele membrilor

Cerințe:
- studii superioare (economie, inginerie sau administrație publică)
- minimum 2 ani de experiență în proiecte cu finanțare europeană
- limba engleză la nivel avansat; germana constituie avantaj
- permis de conducere categoria B

Oferim:
- contract pe perioadă nedeterminată, salariu competitiv și bonuri de masă
- program flexibil și o zi pe săptămână de lucru de acasă
- cursuri de formare la parteneri din rețeaua europeană a clusterelor auto

Dosarul de candidatură (CV și scrisoare de intenție, în limba română sau engleză) se trimite până la data de 20 iunie 2036, ora 23:59, la adresa cariere@cats.example.ro, cu mențiunea „Specialist proiecte". Interviurile vor avea loc în perioada 25–27 iunie 2036. Data estimată de angajare: 15 iulie 2036.

Persoană de contact: Cristina Bârsan, manager administrativ, tel. 0269 000 000.

Despre CATS
Clusterul Automotive Transilvania Sud a fost înființat în 2016 și reunește producători de componente, furnizori de servicii, universități și autorități locale din județele Sibiu, Alba și Brașov. Clusterul este membru al rețelei Automotive Clusters Romania și partener al European Automotive Cluster Network. Printre membri se numără Compa Precizie S.A., Continental Automotive Systems S.R.L., Universitatea „Lucian Blaga" din Sibiu, Primăria Municipiului Sibiu și Consiliul Județean Alba.

Articole similare
Zilele Industriei Auto Sibiu 2036 – bilanț · 14 mai 2036
Vizită de studiu la clusterul auto din Baden-Württemberg · 22 aprilie 2036
Citește mai mult »

Etichete: cariere, director executiv, post vacant, proiecte europene

Asociația Clusterul Automotive Transilvania Sud · Str. Constituției 1, 550000 Sibiu · CIF 00000000
Politica de confidențialitate · Politica cookie · ANPC · SOL
© 2036 CATS. Toate drepturile rezervate.
"""
write(F, T)
C = "Clusterul Automotive Transilvania Sud"
gold(F,
 [P("Andreea-Ioana Munteanu","director executiv",C),
  P("Horațiu Dragomir","consilier pentru relații internaționale",C),
  P("Gheorghe-Florin Stoica","președintele Consiliului Director",C),
  P("Cristina Bârsan","manager administrativ",C)],
 [O("Asociația Clusterul Automotive Transilvania Sud","CATS"), O("Consiliul Director"), O("Agenția pentru Dezvoltare Regională Centru","ADR Centru"),
  O("Continental Automotive Systems S.R.L."), O("Universitatea „Lucian Blaga\" din Sibiu"), O("Compa Precizie S.A."),
  O("Camerei de Comerț și Industrie Sibiu"), O("Automotive Clusters Romania"), O("European Automotive Cluster Network"),
  O("Primăria Municipiului Sibiu"), O("Consiliul Județean Alba")],
 [E("Adunarea Generală a membrilor","2036-06-16",None,"Sibiu","Romania"),
  E("Zilele Industriei Auto Sibiu 2036",None,None,"Sibiu","Romania"),
  E("Vizită de studiu la clusterul auto din Baden-Württemberg",None,None,None,"Germany")],
 ["2036-06-02","2036-07-01","2030","2036","2024/2029","2036-06-16","2036-06-20","2036-06-25/2036-06-27","2036-07-15","2016","2036-05-14","2036-04-22"],
 [], "2036-06-02")
