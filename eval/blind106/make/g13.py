from h import *
F = 'g13_salaj_evaluare_eticheta_cluster.md'
assert wd(2039,6,11)=='Saturday'.replace('Saturday','Saturday') or True
assert wd(2039,6,14)=='Tuesday' and wd(2039,6,15)=='Wednesday' and wd(2039,7,8)=='Friday'
PF = ["Conducere stabilă și transparentă, cu un consiliu director în care sunt reprezentate toate cele patru componente ale helixului",
 "Servicii apreciate de membri, în special instruirile tehnice și participarea comună la târguri",
 "Relații foarte bune cu autoritățile locale și cu Agenția pentru Dezvoltare Regională Nord-Vest",
 "Bază de membri în creștere: de la 34 la 52 de membri în trei ani"]
AI = ["Strategia clusterului nu are indicatori măsurabili și nu este revizuită anual",
 "Veniturile depind în proporție de 64% de proiecte, ceea ce face echipa vulnerabilă",
 "Cooperarea internațională se limitează la Ungaria și Italia; lipsesc parteneriatele europene structurate",
 "Membrii nu primesc feedback sistematic după activități"]
T = f"""[Acasă](/) · [Despre noi](/despre) · [Membri](/membri) · [Proiecte](/proiecte) · [Noutăți](/noutati) · [Contact](/contact) · [EN](/en)

*Acest site folosește cookie-uri. [Află mai multe](/cookies) · [Accept]*

# Raport de evaluare – Eticheta de Bronz a Excelenței în Managementul Clusterelor

**Organizația evaluată:** Asociația Clusterul Mobilă și Ceramică Sălaj (CMCS)  
**Sediu:** Zalău, județul Sălaj, România  
**Tip evaluare:** Eticheta de Bronz (reînnoire), European Secretariat for Cluster Analysis (ESCA)  
**Data vizitei:** marți, 14 iunie 2039 – miercuri, 15 iunie 2039  
**Evaluator:** Dr. Gabriela Mureșan-Klein, evaluator acreditat ESCA  
**Data raportului:** vineri, 8 iulie 2039  

---

## 1. Context

Asociația Clusterul Mobilă și Ceramică Sălaj a fost înființată în 2030 și reunește producători de mobilă, fabrici de
ceramică și sticlă, furnizori de materiale, Universitatea Tehnică din Cluj-Napoca – Centrul Universitar Nord din Baia
Mare, Colegiul Tehnic „Ioan Ossian" Zalău și Consiliul Județean Sălaj. Clusterul a obținut prima dată Eticheta de
Bronz în 2036. Prezentul raport evaluează cererea de reînnoire depusă la 3 mai 2039.

Evaluarea s-a bazat pe documentele trimise de cluster (strategia 2037–2040, rapoartele anuale 2037 și 2038, bugetul)
și pe interviurile din timpul vizitei la Zalău. Au fost intervievați managerul clusterului, Ionuț Pop-Dragoș,
președintele consiliului director, ing. Vasile Crișan (director general, Ceramica Someș S.A.), asistenta de proiect
Andreea Bodea, precum și reprezentanți a nouă firme membre.

## 2. Rezultatul evaluării

Clusterul îndeplinește criteriile pentru Eticheta de Bronz. Se recomandă reînnoirea etichetei pentru o perioadă de
doi ani, până în iulie 2041.

## 3. Puncte forte

{bl(PF, '- ')}

## 4. Aspecte de îmbunătățit

{bl(AI, '- ')}

## 5. Observații din interviuri

Reprezentanții firmelor membre au descris clusterul drept „casa comună" a industriei locale. Directorul firmei
Mobila Meseș S.R.L., Florin Ardelean, a apreciat ajutorul primit la târgul Salone del Mobile din Milano în aprilie
2039, unde opt membri au expus pe un stand comun. Reprezentanta Consiliului Județean Sălaj, consilier Ramona Vlaicu,
a confirmat intenția de a sprijini clusterul și după 2040.

Pe de altă parte, doi dintre membrii intervievați au spus că nu știu ce servicii sunt incluse în cotizație. Echipa
clusterului (trei persoane) este foarte solicitată, iar managerul lucrează simultan la patru proiecte.
Evaluatorul recomandă introducerea unui sondaj scurt după fiecare activitate și a unui raport anual de impact, precum
și diversificarea veniturilor prin servicii plătite, de exemplu consultanță pentru certificări de produs.

## 6. Pașii următori

Clusterul a anunțat că va pregăti o nouă strategie pentru perioada 2041–2045 și va organiza un atelier cu membrii pe
această temă în toamna anului 2039. Evaluatorul sugerează ca, la următoarea evaluare, clusterul să aibă în vedere
Eticheta de Argint.

---

*Dr. Gabriela Mureșan-Klein, evaluator ESCA · Berlin / Cluj-Napoca, 8 iulie 2039*

*Publicat pe site-ul clusterului cu acordul ESCA la 20 iulie 2039.*

Distribuie: [Facebook](#) · [LinkedIn](#)

Contact: Asociația Clusterul Mobilă și Ceramică Sălaj, Str. Corneliu Coposu nr. 00, 450000 Zalău · office@cmcs.example.ro · tel. 0260 000 000
"""
write(F, T)
C = "Asociația Clusterul Mobilă și Ceramică Sălaj"
gold(F,
 [P("Gabriela Mureșan-Klein","evaluator acreditat ESCA","European Secretariat for Cluster Analysis"),
  P("Ionuț Pop-Dragoș","managerul clusterului",C),
  P("Vasile Crișan","președintele consiliului director",C),
  P("Andreea Bodea","asistenta de proiect",C),
  P("Florin Ardelean","director","Mobila Meseș S.R.L."),
  P("Ramona Vlaicu","consilier","Consiliul Județean Sălaj")],
 [O(C,"CMCS"), O("European Secretariat for Cluster Analysis","ESCA"),
  O("Universitatea Tehnică din Cluj-Napoca"), O("Centrul Universitar Nord din Baia Mare"),
  O("Colegiul Tehnic „Ioan Ossian\" Zalău"), O("Consiliul Județean Sălaj"), O("Ceramica Someș S.A."),
  O("Agenția pentru Dezvoltare Regională Nord-Vest"), O("Mobila Meseș S.R.L.")],
 [E("vizita de evaluare","2039-06-14","2039-06-15","Zalău","Romania"),
  E("Salone del Mobile","2039-04",None,"Milano","Italy"),
  E("atelier cu membrii","2039",None,None,None)],
 ["2039-06-14/2039-06-15","2039-07-08","2030","2036","2039-05-03","2037/2040","2037","2038","2041-07","2039-04","2040","2041/2045","2039","2039-07-20"],
 PF+AI, "2039-07-20")
