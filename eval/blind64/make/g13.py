from h import *
F = 'eislek-clusteren-evaluatioun-konklusiounen.txt'
KM = ['De Cluster huet an de fënnef Joer seng Memberschaft méi wéi verduebelt, vun 23 op 51 Betriber, an ass haut am Éislek als Ulafstell fir d’Holzbranche unerkannt',
 'Déi gemeinsam Projeten, virun allem d’Buchenholz-Initiativ an d’Ausbildung „Holzbau 4.0“, hunn de Memberen am meeschte bruecht; d’Informatiounsowender alleng si manner gefrot',
 'D’Finanzéierung iwwer jäerlech Konventiounen mat dem Wirtschaftsministère mécht eng laangfristeg Planung schwéier; eng Konventioun iwwer dräi Joer gëtt recommandéiert',
 'D’Zesummenaarbecht iwwer d’Grenz mat der Belscher Provënz Lëtzebuerg an der Eifel ass nach ze punktuell a soll an enger gemeinsamer Strategie festgehale ginn',
 'De Cluster brauch eng zweet Persoun am Büro, fir datt de Clustermanager méi Zäit fir d’Betriber huet',
 'D’Gemengen vum Éislek sollten als ëffentlech Bauhäre méi dacks Holz aus der Regioun an hiren Ausschreiwunge virgesinn',
 'De Verwaltungsrot soll bis Enn 2036 eng nei Strategie 2037–2041 ausschaffen, op Basis vun dëser Evaluatioun']
T = f"""Evaluatioun vum Éislek Holzcluster 2031–2035 · Schlussbericht                    Säit 14

5. KONKLUSIOUNEN

Dës Evaluatioun gouf vum Verwaltungsrot vum Éislek Wood Cluster a.s.b.l. (Éislek Holzcluster) am
Oktober 2035 a Optrag ginn a vum Bureau Weber & Reding Conseil S.à r.l. vum 6. November 2035 bis
den 20. Mäerz 2036 duerchgefouert. D’Aufgab war et, d’Resultater vun der Period 2031–2035 ze
bewäerten a Virschléi fir déi nächst Strategie ze maachen. D’Auteure sinn Dr. Laurence Weber-Schmit
a Gilles Reding; d’Begleedgrupp gouf vum Claire Wagner-Hoffmann, Clustermanagerin, an dem
President vum Cluster, Jos Kremer (Schräinerei Kremer & Fils S.à r.l., Wäiswampach), geleet.

Mir hunn 38 Interviewe mat Memberen, Gemengen a Partner gefouert, eng Ëmfro bei 51 Memberbetriber
gemaach (Äntwertquot 67 %) an zwee Workshoppen organiséiert: den 29. Januar 2036 zu Wolz an den
26. Februar 2036 zu Klierf. Dobäi waren och de Pol Schroeder vu Luxinnovation an d’Madame Anne
Hilgert vum Wirtschaftsministère (Direktioun fir Mëttelstand) als Observateuren.

Virun de Konklusiounen e kuerze Réckbléck: de Cluster gouf 2024 vun aacht Betriber aus dem
Norden vum Land gegrënnt, fir d’Holz aus de Bëscher vum Éislek méi no bei sengem Urspronk ze
veraarbechten. Säit 2031 kritt en eng Ënnerstëtzung vum Staat an huet e Büro zu Wolz. Am Ufank
stoungen d’Sagewierker am Mëttelpunkt, haut sinn et virun allem d’Schräinereien, d’Holzbaufirmen
an d’Architektebüroen, déi den Takt ugin. D’Memberen hunn an den Interviewe gesot, datt si de
Cluster virun allem fir de Kontakt mat aneren Betriber, fir d’Weiderbildung a fir d’Hëllef bei
europäesche Projete schätzen. Kritik gouf et u ville Reuniounen ouni konkret Resultater an un der
Tatsaach, datt d’Betriber aus der Belsch an aus Däitschland nach ëmmer selten op d’Evenementer
kommen. Dës Punkten fanne sech an de Konklusiounen erëm.

Aus der Analyse zéie mir déi folgend Konklusiounen:

1. {KM[0]}.

2. {KM[1]}.

3. {KM[2]}.

4. {KM[3]}.

5. {KM[4]}.

6. {KM[5]}.

7. {KM[6]}.

Mir bedanken eis bei alle Memberen, déi un der Ëmfro an un den Interviewe matgemaach hunn, a
besonnesch beim Naturpark Our an dem Naturpark Öewersauer fir hir Donnéeën iwwer d’Bëschfläch,
a bei der Chambre des Métiers fir d’Zuelen iwwer d’Léierplazen.

De Bericht gouf dem Verwaltungsrot den 22. Abrëll 2036 presentéiert an op der Generalversammlung
vum {wd(2036,5,13,'lb')}, 13. Mee 2036, zu Wolz diskutéiert. Eng kuerz Versioun op Däitsch a
Franséisch ass op Ufro beim Clusterbüro ze kréien.

________________________________________________________________________________________

ANNEX: ABRÉVIATIOUNEN

a.s.b.l.     association sans but lucratif
S.à r.l.     société à responsabilité limitée
ANF          Administration de la nature et des forêts

Weber & Reding Conseil S.à r.l. · 12, rue du Marché · L-9515 Wolz · www.wrconseil.lu

Evaluatioun vum Éislek Holzcluster 2031–2035 · Schlussbericht                    Säit 15

6. NÄCHST SCHRËTT

Nom Bericht huet de Verwaltungsrot den 22. Abrëll 2036 decidéiert, eng Aarbechtsgrupp „Strategie
2037“ ze grënnen. Si gëtt vum Vizepresident Marc Thein (Thein Holzbau S.A., Ëlwen) presidéiert.
D’Administration de la nature et des forêts (ANF) huet zougesot, d’Aarbechtsgrupp mat engem
Expert ze ënnerstëtzen. Den éischte Workshop ass fir den 18. Juni 2036 zu Ëlwen geplangt.
"""
write(F, T)
EW='Éislek Wood Cluster a.s.b.l.'
gold(F,
 [P('Laurence Weber-Schmit','Auteur','Weber & Reding Conseil S.à r.l.'), P('Gilles Reding','Auteur','Weber & Reding Conseil S.à r.l.'),
  P('Claire Wagner-Hoffmann','Clustermanagerin',EW), P('Jos Kremer','President',EW), P('Pol Schroeder','Observateur','Luxinnovation'),
  P('Anne Hilgert','Observateur','Wirtschaftsministère'), P('Marc Thein','Vizepresident',EW)],
 [O(EW), O('Weber & Reding Conseil S.à r.l.'), O('Schräinerei Kremer & Fils S.à r.l.'), O('Luxinnovation'), O('Wirtschaftsministère'),
  O('Direktioun fir Mëttelstand'), O('Naturpark Our'), O('Naturpark Öewersauer'), O('Chambre des Métiers'), O('Thein Holzbau S.A.'),
  O('Administration de la nature et des forêts','ANF')],
 [E('Workshop','2036-01-29','2036-01-29','Wolz','Luxembourg'), E('Workshop','2036-02-26','2036-02-26','Klierf','Luxembourg'),
  E('Generalversammlung','2036-05-13','2036-05-13','Wolz','Luxembourg'), E('éischte Workshop','2036-06-18','2036-06-18','Ëlwen','Luxembourg')],
 ['2024','2031','2031/2035','2035-10','2035-11-06/2036-03-20','2036-01-29','2036-02-26','2036-04-22','2036-05-13','2036','2037/2041','2036-06-18'],
 km=KM)
