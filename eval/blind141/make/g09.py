from h import *
F = 'g09_harghita_buletin_cluster.txt'
assert wd(2034,11,9)=='Thursday' and wd(2034,11,23)=='Thursday' and wd(2034,12,6)=='Wednesday' and wd(2034,11,16)=='Thursday'
T = """BULETIN INFORMATIV – noiembrie 2034
Asociația Cluster „Lemn și Mobilă Harghita” (CLMH)
Miercurea Ciuc · nr. 11/2034

Versiune web | Redirecționează unui coleg | Dezabonare

--------------------------------------------------------------
ÎN ACEST NUMĂR
• Adunarea generală a aprobat strategia 2035–2039
• Ziua Meșteșugurilor Lemnului – ediția a V-a
• Vizită de studiu în Tirolul de Sud
• Știri de la membri
• Calendar
--------------------------------------------------------------

ADUNAREA GENERALĂ A APROBAT STRATEGIA 2035–2039

Adunarea generală a membrilor Asociației Cluster „Lemn și Mobilă Harghita” s-a desfășurat joi, 9 noiembrie 2034, la sediul Camerei de Comerț și Industrie Harghita din Miercurea Ciuc. Au participat reprezentanții a 37 dintre cei 52 de membri. Președintele clusterului, Kovács Levente (director general al Csíki Bútor SRL), a prezentat raportul de activitate, iar managerul de cluster, ing. Ioana-Maria Popescu, a prezentat noua strategie de dezvoltare pentru perioada 2035–2039.

Adunarea a ales un nou Consiliu director. Vicepreședinte a devenit dr. Szabó Enikő, decan al Facultății de Științe Economice a Universității Sapientia din Miercurea Ciuc, iar cenzor a fost numit Mihai Constantinescu-Toma.

Principalele decizii ale adunării generale:
1. Se aprobă Strategia de dezvoltare a clusterului 2035–2039, cu trei direcții: design, eficiență energetică și formare profesională
2. Cotizația anuală rămâne neschimbată pentru microîntreprinderi și crește cu 10% pentru firmele mari
3. Clusterul va solicita reînnoirea etichetei de bronz ECEI până la sfârșitul anului 2035

„Nu mai putem vinde doar cherestea. Viitorul nostru este mobila proiectată aici, cu lemnul nostru și cu oamenii noștri”, a spus Kovács Levente la încheierea adunării.

ZIUA MEȘTEȘUGURILOR LEMNULUI – EDIȚIA A V-A

Joi, 23 noiembrie 2034, clusterul organizează la Odorheiu Secuiesc cea de-a cincea ediție a Zilei Meșteșugurilor Lemnului. Programul:
10:00 Deschidere – Primăria Municipiului Odorheiu Secuiesc
10:30 Prezentări: lemnul în construcțiile moderne – arh. Bogdan Ilie-Năstase
12:00 Atelier practic de îmbinări tradiționale, condus de meșterul popular Gáll Ferenc
14:00 Târg de produse al membrilor
16:00 Vizită la atelierul de tâmplărie al Liceului Tehnologic „Eötvös József”

Edițiile anterioare au avut loc la Gheorgheni (2032) și la Miercurea Ciuc (2033) și au adunat fiecare peste 400 de vizitatori.

VIZITĂ DE STUDIU ÎN TIROLUL DE SUD

În perioada 14–17 octombrie 2034, o delegație de nouă firme membre a vizitat clusterul Holz & Technik al Agenției de Dezvoltare IDM Südtirol din Bolzano. Programul a inclus întâlniri cu producători de case din lemn și o vizită la Universitatea Liberă din Bolzano. Vizita a fost finanțată prin programul Erasmus+ pentru formare profesională.

Concluziile delegației, prezentate de Ioana-Maria Popescu:
- firmele din Tirolul de Sud colaborează strâns cu școlile profesionale, iar ucenicia durează trei ani
- certificarea energetică a caselor din lemn este un avantaj de piață important
- clusterul din Harghita ar trebui să creeze un catalog comun al membrilor pentru export

ȘTIRI DE LA MEMBRI

• Csíki Bútor SRL a deschis un showroom nou la Brașov.
• Fabrica de cherestea Tamás & Fiii SRL din Gheorgheni a primit certificarea FSC.
• Agenția pentru Dezvoltare Regională Centru (ADR Centru) a lansat un apel pentru proiecte de digitalizare; termen-limită 15 ianuarie 2035.
• Universitatea Sapientia deschide în februarie 2035 un curs de design de mobilier pentru angajații membrilor.

CALENDAR
16.11.2034 – Webinar: finanțări pentru eficiență energetică (online)
23.11.2034 – Ziua Meșteșugurilor Lemnului, Odorheiu Secuiesc
06.12.2034 – Întâlnirea Consiliului director, Miercurea Ciuc
20.01.2035–22.01.2035 – Participare la târgul BIFE-SIM, București (stand comun)

--------------------------------------------------------------
Asociația Cluster „Lemn și Mobilă Harghita”
Str. Kossuth Lajos nr. 00, 530110 Miercurea Ciuc, jud. Harghita
E-mail: office@clmh.example.ro · Tel. 0266 000 000
Ați primit acest mesaj deoarece sunteți membru sau partener al clusterului.
"""
write(F, T)
C="Asociația Cluster „Lemn și Mobilă Harghita”"
gold(F,
 [P("Kovács Levente","Președintele",C),
  P("Ioana-Maria Popescu","managerul de cluster",C),
  P("Szabó Enikő","Vicepreședinte",C),
  P("Mihai Constantinescu-Toma","cenzor",C),
  P("Bogdan Ilie-Năstase",None,None),
  P("Gáll Ferenc","meșterul popular",None)],
 [O(C,"CLMH"), O("Camerei de Comerț și Industrie Harghita"), O("Csíki Bútor SRL"), O("Facultății de Științe Economice"),
  O("Universitatea Sapientia"), O("Primăria Municipiului Odorheiu Secuiesc"), O("Liceului Tehnologic „Eötvös József”"),
  O("Holz & Technik"), O("IDM Südtirol"), O("Universitatea Liberă din Bolzano"), O("Tamás & Fiii SRL"),
  O("Agenția pentru Dezvoltare Regională Centru","ADR Centru")],
 [E("Adunarea generală","2034-11-09",None,"Miercurea Ciuc","Romania"),
  E("Ziua Meșteșugurilor Lemnului","2034-11-23",None,"Odorheiu Secuiesc","Romania"),
  E("Târg de produse al membrilor","2034-11-23",None,"Odorheiu Secuiesc","Romania"),
  E("Vizită la atelierul de tâmplărie al Liceului Tehnologic „Eötvös József”","2034-11-23",None,"Odorheiu Secuiesc","Romania"),
  E("Ziua Meșteșugurilor Lemnului","2032",None,"Gheorgheni","Romania"),
  E("Ziua Meșteșugurilor Lemnului","2033",None,"Miercurea Ciuc","Romania"),
  E("Vizită de studiu în Tirolul de Sud","2034-10-14","2034-10-17","Bolzano","Italy"),
  E("Webinar: finanțări pentru eficiență energetică","2034-11-16",None,None,None),
  E("Întâlnirea Consiliului director","2034-12-06",None,"Miercurea Ciuc","Romania"),
  E("BIFE-SIM","2035-01-20","2035-01-22","București","Romania")],
 ["2034-11","2035/2039","2034-11-09","2035","2034-11-23","2032","2033","2034-10-14/2034-10-17","2035-01-15","2035-02","2034-11-16",
  "2034-12-06","2035-01-20/2035-01-22"],
 ["Se aprobă Strategia de dezvoltare a clusterului 2035–2039, cu trei direcții: design, eficiență energetică și formare profesională",
  "Cotizația anuală rămâne neschimbată pentru microîntreprinderi și crește cu 10% pentru firmele mari",
  "Clusterul va solicita reînnoirea etichetei de bronz ECEI până la sfârșitul anului 2035",
  "firmele din Tirolul de Sud colaborează strâns cu școlile profesionale, iar ucenicia durează trei ani",
  "certificarea energetică a caselor din lemn este un avantaj de piață important",
  "clusterul din Harghita ar trebui să creeze un catalog comun al membrilor pentru export"],
 pub="2034-11")
