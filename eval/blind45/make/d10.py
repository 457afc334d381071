from common import *
from docx import Document
fn = "LEGNOVA_PM3_Udine_agenda-and-minutes_v2.docx"
d = Document()
d.add_heading("LEGNOVA – Interreg Europe project", 0)
d.add_paragraph("Third Partner Meeting (PM3) and Steering Group meeting\nUdine, Italy – 14–15 November 2032\nVenue: Palazzo Antonini, Università degli Studi di Udine\nAgenda and minutes – version 2, 29/11/2032")
d.add_heading("1. Participants", 1)
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i,h in enumerate(["Partner", "Organisation", "Country", "Representatives"]): t.rows[0].cells[i].text = h
rows = [("LP", "Cluster Legno Arredo Friuli (CLAF)", "Italy", "Stefano Zanin (project coordinator); Elisa Fabbro (financial manager)"),
 ("PP2", "Region of Friuli Venezia Giulia – Central Directorate for Productive Activities", "Italy", "Giorgio Tomasin (policy officer)"),
 ("PP3", "Värmlands Träcluster ekonomisk förening", "Sweden", "Ingrid Hammarberg (CEO)"),
 ("PP4", "Lubelski Klaster Meblowy", "Poland", "Marek Ciszewski (manager); Joanna Wójcik-Dziedzic"),
 ("PP5", "Regional Development Fund of Epirus", "Greece", "Dimitra Papadopoulou (head of projects) – online"),
 ("PP6", "Associação Algarvia de Cortiça e Madeira (AACM)", "Portugal", "Rui Pedro Guerreiro (project officer)"),
 ("AP", "Joint Secretariat, Interreg Europe", "France", "Camille Aubertin (project officer) – online, day 2 only")]
for r in rows:
    c = t.add_row().cells
    for i,v in enumerate(r): c[i].text = v
d.add_heading("2. Agenda", 1)
d.add_heading("Day 1 – Thursday 14 November 2032", 2)
for x in ["13:30 Welcome by the LP and by Prof. Laura Micelli, Vice-Rector for Technology Transfer, Università degli Studi di Udine",
          "14:00 State of play of semester 3: activities, deliverables, budget",
          "15:30 Good practices: presentation of five good practices from PP3 and PP4",
          "17:00 Study visit: Mobilificio Tagliamento S.r.l., Manzano (furniture district)",
          "20:00 Partner dinner"]:
    d.add_paragraph(x, style="List Bullet")
d.add_heading("Day 2 – Friday 15 November 2032", 2)
for x in ["09:00 Regional stakeholder meeting with 22 companies of the Manzano chair district",
          "11:00 Steering Group: reporting period 3, first-level control, communication plan",
          "12:30 Next meetings and closing"]:
    d.add_paragraph(x, style="List Bullet")
d.add_heading("3. Minutes", 1)
d.add_paragraph("Stefano Zanin opened the meeting and thanked the University for hosting. He recalled that LEGNOVA started on 1 March 2031 and will end on 28 February 2035; the first phase (interregional learning) ends on 31 August 2033.")
d.add_paragraph("Elisa Fabbro presented the budget: spending reached 41 % of the budget of phase 1. PP5 is behind schedule because of a staff change; Dimitra Papadopoulou confirmed that a new project officer will start on 1 December 2032.")
d.add_paragraph("Ingrid Hammarberg presented the Swedish practice of shared drying kilns. Marek Ciszewski presented the Lublin design vouchers. Giorgio Tomasin explained how the regional ERDF programme could finance a voucher scheme in Friuli.")
d.add_paragraph("Camille Aubertin reminded partners that the progress report for period 3 must be submitted by 31 January 2033, and that the policy-learning platform organises an online workshop on wood construction on 6 December 2032.")
d.add_paragraph("Rui Pedro Guerreiro reported on the regional stakeholder group in the Algarve: cork and furniture companies asked for common training on digital design tools. Joanna Wójcik-Dziedzic proposed to exchange trainers between Lublin and Faro during the second phase. The partners discussed whether the fourth regional stakeholder meetings could be combined with local design fairs to attract more companies; the lead partner will collect dates from all regions.")
d.add_paragraph("On communication, the LP noted that the project website had 3,800 visits in semester 3 and that the newsletter now reaches 640 subscribers. Partners were asked to publish at least two news items per semester in their own language and to send photos of the study visits with signed consent forms.")
d.add_heading("4. Decisions", 1)
for x in ["The partnership approves the communication plan update (version 3).",
          "PP5 will submit a recovery plan for its activities by 15 December 2032.",
          "The good practice on shared drying kilns will be uploaded to the Interreg Europe policy-learning platform.",
          "Each partner will organise its fourth regional stakeholder meeting before the end of March 2033."]:
    d.add_paragraph(x, style="List Number")
d.add_heading("5. Next meetings", 1)
for x in ["PM4 – Karlstad (Sweden), 12–13 March 2033, hosted by PP3",
          "Online Steering Group – 18 June 2033",
          "PM5 and mid-term conference – Lublin (Poland), 24–26 September 2033",
          "PM6 – Faro (Portugal), spring 2034 (date to be confirmed)"]:
    d.add_paragraph(x, style="List Bullet")
d.add_paragraph("Minutes drafted by Elisa Fabbro, CLAF. Approved by written procedure.")
d.save('../docs/'+fn)
C="Cluster Legno Arredo Friuli"
gold(fn,
 [P("Stefano Zanin","project coordinator",C),
  P("Elisa Fabbro","financial manager",C),
  P("Giorgio Tomasin","policy officer","Region of Friuli Venezia Giulia"),
  P("Ingrid Hammarberg","CEO","Värmlands Träcluster ekonomisk förening"),
  P("Marek Ciszewski","manager","Lubelski Klaster Meblowy"),
  P("Joanna Wójcik-Dziedzic",None,"Lubelski Klaster Meblowy"),
  P("Dimitra Papadopoulou","head of projects","Regional Development Fund of Epirus"),
  P("Rui Pedro Guerreiro","project officer","Associação Algarvia de Cortiça e Madeira"),
  P("Camille Aubertin","project officer","Joint Secretariat, Interreg Europe"),
  P("Laura Micelli","Vice-Rector for Technology Transfer","Università degli Studi di Udine")],
 [O(C,"CLAF"), O("Region of Friuli Venezia Giulia"), O("Central Directorate for Productive Activities"),
  O("Värmlands Träcluster ekonomisk förening"), O("Lubelski Klaster Meblowy"), O("Regional Development Fund of Epirus"),
  O("Associação Algarvia de Cortiça e Madeira","AACM"), O("Joint Secretariat, Interreg Europe"),
  O("Università degli Studi di Udine"), O("Mobilificio Tagliamento S.r.l.")],
 [E("Third Partner Meeting (PM3) and Steering Group meeting","2032-11-14","2032-11-15","Udine","Italy"),
  E("online workshop on wood construction","2032-12-06"),
  E("PM4","2033-03-12","2033-03-13","Karlstad","Sweden"),
  E("Online Steering Group","2033-06-18"),
  E("PM5 and mid-term conference","2033-09-24","2033-09-26","Lublin","Poland"),
  E("PM6","2034",None,"Faro","Portugal")],
 ["2032-11-14/2032-11-15","2032-11-29","2032-11-14","2032-11-15","2031-03-01/2035-02-28","2033-08-31","2032-12-01",
  "2033-01-31","2032-12-06","2032-12-15","2033-03","2033-03-12/2033-03-13","2033-06-18","2033-09-24/2033-09-26","2034"],
 km=["The partnership approves the communication plan update (version 3)",
     "PP5 will submit a recovery plan for its activities by 15 December 2032",
     "The good practice on shared drying kilns will be uploaded to the Interreg Europe policy-learning platform",
     "Each partner will organise its fourth regional stakeholder meeting before the end of March 2033"])
