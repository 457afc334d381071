from common import *
import docx
doc='02_forum_arredo_circolare_programma.docx'
D=docx.Document()
paras=[]
def p(s, style=None):
    D.add_paragraph(s, style=style) if style else D.add_paragraph(s); paras.append(s)
D.add_heading('FORUM ARREDO CIRCOLARE 2034',0)
p('Seconda edizione – Programma definitivo')
p('Udine, mercoledì 22 e giovedì 23 marzo 2034 – Auditorium della Regione, via Sabbadini 31')
p('Organizzato da Cluster Arredo e Sistema Casa FVG, in collaborazione con l’Università degli Studi di Udine, Confindustria Udine e l’Agenzia Lavoro & SviluppoImpresa. Con il patrocinio della Regione Autonoma Friuli Venezia Giulia.')
p('Il Forum riunisce le imprese della filiera del legno-arredo del Friuli Venezia Giulia, i centri di ricerca e le istituzioni per discutere di progettazione per il disassemblaggio, passaporto digitale di prodotto e nuovi modelli di business basati sul recupero dei materiali. La prima edizione, tenutasi a Pordenone il 17 e 18 aprile 2031, aveva registrato oltre 280 partecipanti.')
D.add_heading('Prima giornata – mercoledì 22 marzo 2034',1)
rows1=[('09:00','Registrazione dei partecipanti e caffè di benvenuto',''),
('09:30','Saluti istituzionali','Dott.ssa Chiara Zanutta, Assessore alle attività produttive, Regione Autonoma Friuli Venezia Giulia; Prof. Roberto Zuliani, Rettore, Università degli Studi di Udine'),
('10:00','Apertura dei lavori: la filiera regionale al 2040','Ing. Massimo Del Fabbro, Presidente, Cluster Arredo e Sistema Casa FVG'),
('10:30','Keynote: Il mobile come banca di materiali','Prof.ssa Elena De Marchi, Politecnico di Milano'),
('11:15','Pausa caffè',''),
('11:45','Tavola rotonda: passaporto digitale di prodotto, cosa cambia per le PMI','Modera: Giulia Candotti, giornalista, Messaggero Veneto. Intervengono: Marco Tonon (Moroso S.p.A.), Anna Kowalczyk (European Furniture Industries Confederation, EFIC), Luca Bearzi (Friulsider S.r.l.)'),
('13:00','Pranzo a buffet',''),
('14:30','Sessione parallela A – Design per il disassemblaggio','Arch. Federica Di Lenardo, Università IUAV di Venezia; Peter Gruber, Holzcluster Steiermark'),
('14:30','Sessione parallela B – Legno di recupero e pannelli','Dott. Stefano Rizzi, CATAS S.p.A.; Ivana Horvat, Drvni klaster Slavonija'),
('16:30','Visite aziendali nel distretto della sedia di Manzano (su prenotazione)',''),
('20:00','Cena del Forum presso il Castello di Villalta','su invito')]
rows2=[('09:00','Incontri B2B tra imprese e fornitori di tecnologie (agenda su piattaforma online)',''),
('10:30','Sessione plenaria: finanziare la transizione circolare','Dott. Paolo Venier, Direttore, Banca di Cividale; Dr. Katrin Obermüller, Policy Officer, Commissione europea – DG GROW'),
('11:30','Presentazione dei progetti pilota del Cluster','Sara Cecotti, Responsabile progetti, Cluster Arredo e Sistema Casa FVG'),
('12:30','Conclusioni','Ing. Massimo Del Fabbro; Dott.ssa Chiara Zanutta'),
('13:00','Chiusura dei lavori e light lunch','')]
def table(rows):
    T=D.add_table(rows=1, cols=3); T.style='Table Grid'
    h=T.rows[0].cells; h[0].text='Orario'; h[1].text='Sessione'; h[2].text='Relatori'
    for r in rows:
        c=T.add_row().cells
        for i in range(3): c[i].text=r[i]
table(rows1)
D.add_heading('Seconda giornata – giovedì 23 marzo 2034',1)
table(rows2)
D.add_heading('Perché partecipare',1)
p('Il regolamento europeo sulla progettazione ecocompatibile porterà entro pochi anni l’obbligo di un passaporto digitale anche per i mobili. Per le imprese del Friuli Venezia Giulia, in gran parte piccole e medie, si tratta di una sfida organizzativa prima ancora che tecnologica: servono dati affidabili sui materiali, accordi con i fornitori di componenti e competenze nuove negli uffici tecnici. Il Forum vuole offrire strumenti concreti: casi aziendali, esempi di contratti di filiera, una panoramica delle agevolazioni regionali e nazionali e, nella seconda giornata, la possibilità di incontrare in modo mirato fornitori di tecnologie e centri di ricerca.')
p('La keynote della prima giornata è affidata alla prof.ssa Elena De Marchi, docente di design per la sostenibilità, che da anni studia il ciclo di vita dell’imbottito e delle sedute in legno. Nel pomeriggio le due sessioni parallele si rivolgono rispettivamente ai progettisti e ai responsabili di produzione; le imprese sono invitate a partecipare con almeno due persone per seguire entrambe.')
p('Nella sessione dedicata ai progetti pilota il Cluster presenterà i primi risultati della sperimentazione condotta con dodici aziende associate sul recupero dei pannelli truciolari e sulla marcatura dei componenti. I materiali delle relazioni saranno pubblicati sul sito entro una settimana dalla chiusura del Forum.')
D.add_heading('Informazioni pratiche',1)
p('La partecipazione è gratuita previa iscrizione entro venerdì 10 marzo 2034 sul sito del Cluster. Le visite aziendali sono limitate a 40 posti e vengono assegnate in ordine di iscrizione. Per gli incontri B2B è necessario completare il profilo aziendale sulla piattaforma entro il 15 marzo 2034.')
p('Lingue di lavoro: italiano e inglese, con traduzione simultanea nelle sessioni plenarie. Le sessioni parallele si svolgono nelle sale Tiepolo e Pasolini al primo piano.')
p('Segreteria organizzativa: dott.ssa Martina Fabris, Cluster Arredo e Sistema Casa FVG, via della Roggia 4, 33044 Manzano (UD), tel. +39 0432 000000, eventi@clusterarredo.example')
p('Il programma potrebbe subire variazioni. Versione del 20 febbraio 2034.')
D.save(os.path.join(DOCS,doc))
CL='Cluster Arredo e Sistema Casa FVG'
gold(doc,[P('Chiara Zanutta','Assessore alle attività produttive','Regione Autonoma Friuli Venezia Giulia'),P('Roberto Zuliani','Rettore','Università degli Studi di Udine'),
 P('Massimo Del Fabbro','Presidente',CL),P('Elena De Marchi','docente di design per la sostenibilità','Politecnico di Milano'),P('Giulia Candotti','giornalista','Messaggero Veneto'),
 P('Marco Tonon',None,'Moroso S.p.A.'),P('Anna Kowalczyk',None,'European Furniture Industries Confederation'),P('Luca Bearzi',None,'Friulsider S.r.l.'),
 P('Federica Di Lenardo',None,'Università IUAV di Venezia'),P('Peter Gruber',None,'Holzcluster Steiermark'),P('Stefano Rizzi',None,'CATAS S.p.A.'),
 P('Ivana Horvat',None,'Drvni klaster Slavonija'),P('Paolo Venier','Direttore','Banca di Cividale'),P('Katrin Obermüller','Policy Officer','Commissione europea'),
 P('Sara Cecotti','Responsabile progetti',CL),P('Martina Fabris',None,CL)],
 [O(CL),O('Università degli Studi di Udine'),O('Confindustria Udine'),O('Agenzia Lavoro & SviluppoImpresa'),O('Regione Autonoma Friuli Venezia Giulia'),
  O('Politecnico di Milano'),O('Messaggero Veneto'),O('Moroso S.p.A.'),O('European Furniture Industries Confederation','EFIC'),O('Friulsider S.r.l.'),
  O('Università IUAV di Venezia'),O('Holzcluster Steiermark'),O('CATAS S.p.A.'),O('Drvni klaster Slavonija'),O('Banca di Cividale'),
  O('Commissione europea'),O('DG GROW')],
 [E('FORUM ARREDO CIRCOLARE 2034','2034-03-22','2034-03-23','Udine','Italy'),
  E('prima edizione','2031-04-17','2031-04-18','Pordenone','Italy'),
  E('Visite aziendali nel distretto della sedia di Manzano','2034-03-22',None,'Manzano','Italy'),
  E('Cena del Forum','2034-03-22',None,None,None),
  E('Incontri B2B','2034-03-23',None,'Udine','Italy')],
 ['2034-03-22/2034-03-23','2031-04-17/2031-04-18','2034-03-22','2034-03-23','2034-03-10','2034-03-15','2034-02-20'],pub='2034-02-20')
