from common import *
import docx, os
fn = "OLEAVALUE_WP-leaders_v2.docx"
d = docx.Document()
d.add_heading("OLEAVALUE – Valorising olive-mill residues in Crete and the Aegean islands", 0)
d.add_paragraph("Grant Agreement No 101xxxxxx · Coordinator: Hellenic Mediterranean University (HMU)")
d.add_paragraph("Document: Project governance – list of work-package leaders and deputies · Version 2, 17.01.2031")
d.add_heading("1. Purpose of this document", 1)
d.add_paragraph("This note lists the persons responsible for each work package (WP) of OLEAVALUE after the "
 "consortium meeting of 13–14 January 2031 in Heraklion. It replaces version 1 of 02.10.2030. Changes: the leadership "
 "of WP4 moves from Agroktima Psiloritis S.A. to the Cretan Agri-Food Cluster (CAFC) following the departure of "
 "Nikos Daskalakis from the company; WP6 has a new deputy.")
d.add_paragraph("The project started on 1 September 2030 and runs for 42 months, until 28 February 2034. It is "
 "funded under Horizon Europe (Cluster 6). The Project Officer at the European Research Executive Agency (REA) is "
 "Ms Ilse Verhaegen.")
d.add_heading("2. Project management", 1)
d.add_paragraph("Project Coordinator: Prof. Eleni Kouroupaki, Department of Agriculture, Hellenic Mediterranean University.")
d.add_paragraph("Project Manager: Dimitra Saridaki, HMU Special Account for Research Funds (ELKE).")
d.add_paragraph("Innovation Manager: Dr. Georgios Vardakis-Leontaris, Cretan Agri-Food Cluster.")
d.add_heading("3. Work-package leaders", 1)
rows = [
 ("WP", "Title", "Leader (organisation)", "Deputy"),
 ("WP1", "Management and coordination", "Eleni Kouroupaki (HMU)", "Dimitra Saridaki (HMU)"),
 ("WP2", "Residue mapping and logistics", "Antonis Perakis (Region of Crete, Directorate of Agricultural Economy)", "Maria Lioni (HMU)"),
 ("WP3", "Polyphenol extraction pilot", "Dr. Carla Benedetti (Università di Bari Aldo Moro)", "Ioannis Chatzakis (Elaiourgiki Kritis Ltd)"),
 ("WP4", "Business models and cluster uptake", "Georgios Vardakis-Leontaris (CAFC)", "Sofia Theodorou (CAFC)"),
 ("WP5", "Life-cycle and regulatory assessment", "Dr. ir. Pieter de Groot (Wageningen Food & Biobased Research)", "Lotte Verkerk (WFBR)"),
 ("WP6", "Communication, dissemination, exploitation", "Aina Puigdomènech (Fundació Mediterrània Innova)", "Kostas Manousakis (Aegean Islands Innovation Network, AIIN)"),
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
d.add_heading("4. Responsibilities of WP leaders", 1)
for b in ["plan the tasks of the WP and agree them with task leaders;",
          "submit the WP's deliverables to the Coordinator two weeks before the due date;",
          "report progress to the Steering Committee every six months;",
          "flag risks and deviations to the Project Manager without delay."]:
    d.add_paragraph(b, style="List Bullet")
d.add_heading("4a. Changes since version 1", 1)
d.add_paragraph("The move of WP4 to the cluster was agreed unanimously by the partners present in Heraklion. CAFC "
 "already led Task 4.2 (cluster uptake) and has the closest contact with olive mills and cooperatives, so the "
 "consortium expects no delay to deliverables D4.1 (business model canvas for residue valorisation) and D4.2 "
 "(replication guide). The person-months originally planned for WP4 leadership at Agroktima Psiloritis S.A. are "
 "transferred to CAFC by an amendment request that the Coordinator will submit to REA. Agroktima Psiloritis S.A. "
 "remains a partner and continues to host the pilot on its premises in the Messara plain.")
d.add_paragraph("In WP6 the deputy changes because the communication officer who held the role has left the "
 "network; the new deputy takes over the project website and social media accounts. All WP leaders are asked to "
 "update the contact list on the shared drive and to check that their task leaders have access to the reporting "
 "templates before the first periodic report.")
d.add_heading("5. Steering Committee and next meetings", 1)
d.add_paragraph("The Steering Committee is composed of one representative per partner and is chaired by the "
 "Project Coordinator. Upcoming meetings:")
for b in ["Steering Committee (online): 15 April 2031",
          "Second consortium meeting and field visit to olive mills in Sitia: 22–24 September 2031",
          "Mid-term review meeting with REA, Brussels: March 2032 (date to be confirmed)"]:
    d.add_paragraph(b, style="List Bullet")
d.add_paragraph("Contact for this document: Dimitra Saridaki, project manager, oleavalue@hmu.example")
d.save(os.path.join(B, "docs", fn))
gold(fn, None,
 [P("Nikos Daskalakis",None,"Agroktima Psiloritis S.A."),
  P("Ilse Verhaegen","Project Officer","European Research Executive Agency"),
  P("Eleni Kouroupaki","Project Coordinator","Hellenic Mediterranean University"),
  P("Dimitra Saridaki","Project Manager","HMU Special Account for Research Funds"),
  P("Georgios Vardakis-Leontaris","Innovation Manager","Cretan Agri-Food Cluster"),
  P("Antonis Perakis",None,"Region of Crete"),
  P("Maria Lioni",None,"HMU"),
  P("Carla Benedetti",None,"Università di Bari Aldo Moro"),
  P("Ioannis Chatzakis",None,"Elaiourgiki Kritis Ltd"),
  P("Sofia Theodorou",None,"CAFC"),
  P("Pieter de Groot",None,"Wageningen Food & Biobased Research"),
  P("Lotte Verkerk",None,"WFBR"),
  P("Aina Puigdomènech",None,"Fundació Mediterrània Innova"),
  P("Kostas Manousakis",None,"Aegean Islands Innovation Network")],
 [O("Hellenic Mediterranean University","HMU"), O("Agroktima Psiloritis S.A."), O("Cretan Agri-Food Cluster","CAFC"),
  O("European Research Executive Agency","REA"), O("Department of Agriculture"),
  O("HMU Special Account for Research Funds","ELKE"), O("Region of Crete"), O("Directorate of Agricultural Economy"),
  O("Università di Bari Aldo Moro"), O("Elaiourgiki Kritis Ltd"), O("Wageningen Food & Biobased Research","WFBR"),
  O("Fundació Mediterrània Innova"), O("Aegean Islands Innovation Network","AIIN")],
 [E("consortium meeting","2031-01-13","2031-01-14","Heraklion","Greece"),
  E("Steering Committee","2031-04-15","2031-04-15",None,None),
  E("Second consortium meeting","2031-09-22","2031-09-24","Sitia","Greece"),
  E("Mid-term review meeting","2032-03","2032-03","Brussels","Belgium")],
 ["2031-01-17","2031-01-13/2031-01-14","2030-10-02","2030-09-01/2034-02-28","2031-04-15","2031-09-22/2031-09-24","2032-03"],
 [])
