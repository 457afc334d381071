from g import *
N = "stire-numiri-cluster-ict-timisoara.md"
doc(N, """# Numiri noi la conducerea Clusterului ICT Banat

**Publicat: 17.11.2034** | Categorie: Știri | Autor: Redacția

Adunarea Generală a Asociației Clusterul ICT Banat (CIB), întrunită la Timișoara pe 14 noiembrie 2034, a ales un nou Consiliu Director pentru mandatul 2034–2038.

Președinte a fost aleasă **Andreea Munteanu-Vlad**, director general al companiei Codexa Software SRL, care îi succede lui **Dorin Popescu**. Acesta a condus clusterul din 2027 și rămâne membru în consiliu.

Vicepreședinți: **Bogdan Ionescu** (Universitatea Politehnica Timișoara) și **Laura Stoica** (Banat Cloud Services SA).

Începând cu 1 ianuarie 2035, funcția de director executiv va fi preluată de **Radu Țurcanu**, până acum manager de proiecte europene la Agenția pentru Dezvoltare Regională Vest (ADR Vest). El o înlocuiește pe **Cristina Aldea**, care se mută la Bruxelles ca expert la European Cluster Collaboration Platform (ECCP).

„Vrem ca firmele mici din Banat să ajungă în proiectele Digital Europe și să atragă talente din toată regiunea", a declarat noua președintă.

Următorul eveniment al clusterului este *Banat Digital Summit*, pe 5–6 martie 2035, la Timișoara.

---

**English summary:** At its General Assembly on 14 November 2034 in Timișoara, the Banat ICT Cluster (CIB) elected Andreea Munteanu-Vlad, CEO of Codexa Software SRL, as president for 2034–2038, succeeding Dorin Popescu. Radu Țurcanu, currently EU project manager at the West Regional Development Agency (ADR Vest), becomes executive director from 1 January 2035, replacing Cristina Aldea, who joins ECCP in Brussels. The Banat Digital Summit takes place on 5–6 March 2035.
""")
gold(N, "2034-11-17",
 [P("Andreea Munteanu-Vlad","Președinte","Clusterul ICT Banat"), P("Dorin Popescu",None,"Clusterul ICT Banat"),
  P("Bogdan Ionescu","Vicepreședinți","Clusterul ICT Banat"), P("Laura Stoica","Vicepreședinți","Clusterul ICT Banat"),
  P("Radu Țurcanu","director executiv","Clusterul ICT Banat"), P("Cristina Aldea","expert","European Cluster Collaboration Platform")],
 [O("Asociației Clusterul ICT Banat","CIB"), O("Codexa Software SRL"), O("Universitatea Politehnica Timișoara"),
  O("Banat Cloud Services SA"), O("Agenția pentru Dezvoltare Regională Vest","ADR Vest"), O("European Cluster Collaboration Platform","ECCP")],
 [E("Adunarea Generală","2034-11-14","2034-11-14","Timișoara","Romania"),
  E("Banat Digital Summit","2035-03-05","2035-03-06","Timișoara","Romania")],
 ["2034-11-17","2034-11-14","2034/2038","2027","2035-01-01","2035-03-05/2035-03-06"], [])
