from h import *
F = 'g10_valcea_cluster_postare_linkedin.txt'
assert wd(2034,10,12)=='Thursday' and wd(2034,11,7)=='Tuesday'
T = """LinkedIn

Acasă   Rețeaua mea   Joburi   Mesaje   Notificări   Eu ▾   Pentru firme ▾

Mihaela-Cristina POPESCU-RÂMNICEANU • Urmărește
Manager de cluster la Clusterul Chimie Verde Vâlcea | Economie circulară | Inovare în industria chimică
3z • Editat • 🌐

Ce zi! 🌱 Joi, 12 octombrie 2034, la Centrul de Afaceri din Râmnicu Vâlcea, am semnat împreună cu Chemistry Cluster Lower Austria / ecoplus un acord de cooperare pentru următorii trei ani. Vom lucra pe trei direcții: reciclarea chimică a maselor plastice, hidrogenul verde pentru industria sodei și formarea tehnicienilor de laborator.

Semnarea a avut loc în cadrul celei de-a doua ediții a Forumului Chimiei Verzi Vâlcea, la care au participat peste 180 de oameni din 11 țări. Mulțumiri speciale:

👉 doamnei prefect Ana-Maria Stoica și domnului Laurențiu Dobre, vicepreședinte al Consiliului Județean Vâlcea, pentru sprijinul constant;
👉 colegilor de la Agenția pentru Dezvoltare Regională Sud-Vest Oltenia (ADR SV Oltenia), în special lui Cosmin Drăgulescu, care ne-a ajutat cu finanțarea prin Programul Regional Sud-Vest Oltenia 2028–2034;
👉 dr. ing. Wolfgang Haidinger, managerul clusterului austriac, care a venit cu o delegație de 14 firme;
👉 prof. univ. dr. Gheorghe Lazăr de la Universitatea din Craiova și echipei ICSI Râmnicu Vâlcea – Institutul Național de Cercetare-Dezvoltare pentru Tehnologii Criogenice și Izotopice, gazda vizitei tehnice de vineri;
👉 și, bineînțeles, membrilor noștri: Chimcomplex S.A., Vâlcea Polimer Recycling S.R.L., Lab-Olt Analize S.R.L. și tuturor celorlalți 37.

Următorul pas: misiunea noastră în Austria, la Tulln și Wiener Neustadt, în perioada 6–8 martie 2035. Cine vrea să vină, îmi scrie în privat până pe 15 decembrie! 📩

Fotografii: Radu Ciobanu / Clusterul Chimie Verde Vâlcea

#economiecirculara #chimieverde #clustere #Valcea #Oltenia #hidrogen #ClusterCooperation

👍❤️👏 312 • 47 comentarii • 19 distribuiri

Îmi place   Comentează   Distribuie   Trimite

Cele mai relevante ▾

Wolfgang Haidinger • 1
Cluster Manager, Chemistry Cluster Lower Austria (ecoplus. Niederösterreichs Wirtschaftsagentur GmbH)
Danke, liebe Mihaela! It was a pleasure. Our members were impressed by the ICSI hydrogen lab. See you in Tulln in March 🇦🇹🇷🇴
Îmi place · Răspunde · 3z

Ana-Maria Stoica • 2+
Prefect al Județului Vâlcea
Felicitări întregii echipe! Vâlcea are nevoie de astfel de parteneriate.
Îmi place · Răspunde · 3z

Ionuț-Alexandru Marinescu • 2+
Director general la Vâlcea Polimer Recycling S.R.L.
Mulțumim pentru organizare! Am avut 6 întâlniri B2B foarte bune și o discuție concretă cu doi parteneri austrieci. Ne înscriem la misiune.
Îmi place · Răspunde · 2z

    Mihaela-Cristina POPESCU-RÂMNICEANU • Autor
    Manager de cluster la Clusterul Chimie Verde Vâlcea
    @Ionuț-Alexandru Marinescu super, vă trec pe listă! 🙂
    Îmi place · Răspunde · 2z

Dr. Elena Vasilescu-Brand • 3+
Cercetător științific gradul I, ICSI Râmnicu Vâlcea
A fost o bucurie să vă avem în laborator. Vineri, 13 octombrie, am avut aproape 60 de vizitatori – un record pentru noi.
Îmi place · Răspunde · 2z

Tudor Negrea • 2+
Consultant fonduri europene | Craiova
Frumos! Știți dacă acordul include și schimburi de studenți? La Universitatea din Craiova ar fi interes.
Îmi place · Răspunde · 2z

    Mihaela-Cristina POPESCU-RÂMNICEANU • Autor
    @Tudor Negrea da, e pe lista pentru 2035, îl discutăm cu prof. Lazăr.
    Îmi place · Răspunde · 2z

Sorina Bălan • 3+
HR Manager la Chimcomplex S.A.
Cursul pentru tehnicieni de laborator e exact ce ne lipsește. Abia aștept detaliile!
Îmi place · Răspunde · 1z

Petra Kainz-Hofbauer • 3+
Projektmanagerin bei ecoplus
Thank you for the warm welcome and the wonderful dinner at Bistrița monastery! Looking forward to returning the hospitality.
Îmi place · Răspunde · 1z

Vezi mai multe comentarii

Mai multe de la Mihaela-Cristina POPESCU-RÂMNICEANU
• „Al doilea forum, primul acord internațional” – articol, 7 noiembrie 2034
• Am fost la European Cluster Conference și iată ce am învățat…

© 2034 LinkedIn Corporation   Despre   Accesibilitate   Termeni   Confidențialitate   Cookie-uri
"""
write(F, T)
C = "Clusterul Chimie Verde Vâlcea"
gold(F,
 [P("Mihaela-Cristina POPESCU-RÂMNICEANU","Manager de cluster",C),
  P("Ana-Maria Stoica","prefect",None),
  P("Laurențiu Dobre","vicepreședinte","Consiliului Județean Vâlcea"),
  P("Cosmin Drăgulescu",None,"Agenția pentru Dezvoltare Regională Sud-Vest Oltenia"),
  P("Wolfgang Haidinger","Cluster Manager","Chemistry Cluster Lower Austria"),
  P("Gheorghe Lazăr",None,"Universitatea din Craiova"),
  P("Radu Ciobanu",None,C),
  P("Ionuț-Alexandru Marinescu","Director general","Vâlcea Polimer Recycling S.R.L."),
  P("Elena Vasilescu-Brand","Cercetător științific gradul I","ICSI Râmnicu Vâlcea"),
  P("Tudor Negrea","Consultant fonduri europene",None),
  P("Sorina Bălan","HR Manager","Chimcomplex S.A."),
  P("Petra Kainz-Hofbauer","Projektmanagerin","ecoplus")],
 [O(C), O("Chemistry Cluster Lower Austria"), O("ecoplus. Niederösterreichs Wirtschaftsagentur GmbH","ecoplus"),
  O("Consiliului Județean Vâlcea"), O("Agenția pentru Dezvoltare Regională Sud-Vest Oltenia","ADR SV Oltenia"),
  O("Universitatea din Craiova"),
  O("ICSI Râmnicu Vâlcea – Institutul Național de Cercetare-Dezvoltare pentru Tehnologii Criogenice și Izotopice","ICSI"),
  O("Chimcomplex S.A."), O("Vâlcea Polimer Recycling S.R.L."), O("Lab-Olt Analize S.R.L."), O("LinkedIn Corporation")],
 [E("a doua ediții a Forumului Chimiei Verzi Vâlcea","2034-10-12",None,"Râmnicu Vâlcea","Romania"),
  E("vizitei tehnice","2034-10-13",None,"Râmnicu Vâlcea","Romania"),
  E("misiunea noastră în Austria","2035-03-06","2035-03-08","Tulln, Wiener Neustadt","Austria"),
  E("European Cluster Conference",None,None,None,None)],
 ["2034-10-12","2028/2034","2035-03-06/2035-03-08","2034-12-15","2034-10-13","2035","2034-11-07","2035-03"],
 [], None)
