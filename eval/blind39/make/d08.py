from common import *
import docx
FN = "Concept-note_Kaunas-Life-Sciences-Week-2032_v1.3.docx"
d = docx.Document()
paras = []
def H(t, l=1): d.add_heading(t, level=l)
def Pa(t): d.add_paragraph(t)
def L(t): d.add_paragraph(t, style="List Bullet")
d.add_heading("Kaunas Life Sciences Week 2032", 0)
Pa("Event concept note — draft v1.3, 11 February 2032")
Pa("Prepared by: LitBioNet – Lithuanian Life Sciences Cluster (asociacija LitBioNet), Kaunas office")
Pa("Circulation: Board of LitBioNet, Kaunas City Municipality, Invest Lithuania, partners of the BioPharma Baltics alliance")
H("1. Background")
Pa("Kaunas has become the second life-sciences hub of the Baltic states. About 70 biotech and medtech companies, two "
   "universities with strong life-sciences faculties and the new contract-manufacturing campus in the Kaunas Free "
   "Economic Zone now employ more than 4,000 people. Yet international investors and partners still see Vilnius as the "
   "only entry point. LitBioNet therefore proposes a first Kaunas Life Sciences Week, to take place from 19 to 23 "
   "October 2032, combining a scientific conference, a partnering day and visits to companies.")
Pa("The idea was first discussed at the cluster's strategy retreat in Birštonas on 25–26 November 2031 and "
   "endorsed by the Board on 20 January 2032. This note describes the format, the partners, the budget frame and "
   "the timeline, and asks the Board to approve the next steps at its meeting of 3 March 2032.")
H("2. Objectives")
L("Position Kaunas as a location for biologics and cell-therapy manufacturing in the EU.")
L("Bring at least 300 participants, of whom one third from outside Lithuania.")
L("Organise 250 pre-arranged partnering meetings between companies, investors and research groups.")
L("Launch a joint training offer with the universities for GMP technicians.")
H("3. Format")
Pa("The week is built from separate modules that partners organise under one brand:")
L("19 October: opening evening and Start-up Night at Kaunas Science and Technology Park (KTP).")
L("20–21 October: scientific conference 'Biologics Made in the Baltics', Lithuanian University of Health Sciences (LSMU), Kaunas.")
L("22 October: international partnering day, run with the Enterprise Europe Network Lithuania.")
L("23 October: company visits (Free Economic Zone) and a policy round table with the Ministry of Economy and Innovation.")
H("4. Roles and people")
Pa("Overall lead: Dr. Rūta Žemaitytė-Stankevičienė, Managing Director, LitBioNet. Scientific programme: Prof. "
   "Vytautas Baranauskas (Kaunas University of Technology, KTU) and Prof. Gintarė Jurkšaitė (LSMU). Partnering day: "
   "Darius Kriaučiūnas, international business adviser, Enterprise Europe Network Lithuania. Logistics and venues: "
   "Eglė Petrauskienė, events manager, LitBioNet. The Kaunas City Municipality is represented by Tomas Vaitkus, "
   "head of the Investment Division, who has offered the City Hall for the opening reception.")
Pa("International partners: Riga BioMed Network (RBN) and Emajõgi Biotech Association "
   "have agreed to bring delegations; Medicon Valley partners in Lund have been approached.")
H("5. Budget frame")
Pa("Total estimated cost EUR 185,000, of which EUR 60,000 requested from Invest Lithuania, EUR 40,000 from the "
   "municipality, EUR 55,000 sponsorship (target: four Gold sponsors, among them Biotechna UAB and CellForge UAB), "
   "EUR 30,000 registration fees.")
H("6. Timeline")
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "When", "Milestone", "Responsible"
rows = [
 ("3 March 2032", "Board decision on the concept and budget", "R. Žemaitytė-Stankevičienė"),
 ("by 31.03.2032", "Funding application to Invest Lithuania", "LitBioNet secretariat"),
 ("April 2032", "Call for abstracts opens", "V. Baranauskas, G. Jurkšaitė"),
 ("15 May 2032", "Website and registration online", "E. Petrauskienė"),
 ("30 June 2032", "Abstract deadline", "Scientific committee"),
 ("July–August 2032", "Sponsor contracts signed", "Managing Director"),
 ("10 September 2032", "Partnering platform opens", "D. Kriaučiūnas (EEN)"),
 ("19–23 October 2032", "Kaunas Life Sciences Week", "all"),
 ("November 2032", "Evaluation report to the Board", "LitBioNet"),
]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
H("7. Risks")
L("Overlap with BIO-Europe Spring/autumn events: checked, no overlap with BIO-Europe 2032 (early November).")
L("Venue capacity at LSMU limited to 220 seats in the main hall; overflow room with streaming foreseen.")
L("Dependence on a single public funder: sponsorship target to be reviewed in June.")
H("8. Decision requested")
Pa("The Board is asked to approve the concept, the budget frame and the timeline above, and to mandate the "
   "Managing Director to sign the funding application.")
d.save(f"{B}/docs/{FN}")
save_gold(FN, None,
 [P("Rūta Žemaitytė-Stankevičienė","Managing Director","LitBioNet"),
  P("Vytautas Baranauskas",None,"Kaunas University of Technology"),
  P("Gintarė Jurkšaitė",None,"LSMU"),
  P("Darius Kriaučiūnas","international business adviser","Enterprise Europe Network Lithuania"),
  P("Eglė Petrauskienė","events manager","LitBioNet"),
  P("Tomas Vaitkus","head of the Investment Division","Kaunas City Municipality")],
 [O("LitBioNet – Lithuanian Life Sciences Cluster","LitBioNet"), O("Kaunas City Municipality"), O("Invest Lithuania"),
  O("BioPharma Baltics alliance"), O("Kaunas Free Economic Zone"), O("Kaunas Science and Technology Park","KTP"),
  O("Lithuanian University of Health Sciences","LSMU"), O("Enterprise Europe Network Lithuania","EEN"),
  O("Ministry of Economy and Innovation"), O("Kaunas University of Technology","KTU"),
  O("Riga BioMed Network","RBN"), O("Emajõgi Biotech Association"), O("Biotechna UAB"), O("CellForge UAB")],
 [E("Kaunas Life Sciences Week 2032","2032-10-19","2032-10-23","Kaunas","Lithuania"),
  E("strategy retreat","2031-11-25","2031-11-26","Birštonas","Lithuania"),
  E("Board meeting","2032-03-03",None,None,None),
  E("Start-up Night","2032-10-19",None,"Kaunas","Lithuania"),
  E("Biologics Made in the Baltics","2032-10-20","2032-10-21","Kaunas","Lithuania"),
  E("international partnering day","2032-10-22",None,"Kaunas","Lithuania"),
  E("BIO-Europe 2032","2032-11",None,None,None)],
 ["2032-02-11","2032-10-19/2032-10-23","2031-11-25/2031-11-26","2032-01-20","2032-03-03","2032-10-19","2032-10-20/2032-10-21",
  "2032-10-22","2032-10-23","2032-03-31","2032-04","2032-05-15","2032-06-30","2032-07/2032-08","2032-09-10","2032-11","2032-06"],
 [])
