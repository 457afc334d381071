from mk import *
import docx, os
doc = "TMC_Annual_Events_Plan_2034_v2.docx"
d = docx.Document()
d.add_heading("Thracian Mechatronics Cluster – Annual Events Plan 2034", 0)
d.add_paragraph("Version 2, approved by the Management Board on 9 December 2033. Prepared by Stoyan Dimitrov, events and communication manager.")
d.add_heading("1. Purpose", 1)
d.add_paragraph("This plan lists the events that the Thracian Mechatronics Cluster (TMC) will organise or join in 2034. "
 "It follows the priorities of the cluster strategy 2033–2036: skills, automation for SMEs and access to German and "
 "Turkish supply chains. The budget for events in 2034 is 86,000 EUR, of which 40 % comes from membership fees.")
d.add_heading("2. Events calendar", 1)
rows = [("Event", "Date", "Place", "Organiser"),
 ("New Year members' reception", "16.01.2034", "Plovdiv, Trimontium hotel", "TMC"),
 ("Workshop: predictive maintenance with open-source tools", "20.02.2034", "Plovdiv, TMC office", "TMC with Technical University of Sofia – Plovdiv Branch"),
 ("Automatica (joint stand, 8 companies)", "24–27.06.2034", "Munich, Germany", "Messe München / TMC"),
 ("General Assembly", "April 2034", "Plovdiv", "TMC"),
 ("Robotics Olympiad for vocational schools", "15.05.2034", "Stara Zagora", "TMC with Stara Zagora Municipality"),
 ("B2B mission to Bursa", "8–10.09.2034", "Bursa, Türkiye", "TMC with Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA)"),
 ("Plovdiv International Technical Fair", "29.09–4.10.2034", "Plovdiv", "International Fair Plovdiv"),
 ("Mechatronics Summit Southeast Europe", "Nov 2034", "Plovdiv", "TMC"),
]
t = d.add_table(rows=len(rows), cols=4); t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
d.add_heading("3. Notes", 1)
for s in ["The General Assembly date will be fixed by the Board in February; the statutes require it before 30 April.",
          "Participation in Automatica depends on the national co-funding decision expected in March 2034.",
          "The Mechatronics Summit replaces the former 'Industry 4.0 Day'; Dr. Milena Hristova-Petkova, Chair of the Board, will open it.",
          "Members may propose additional events to the office by 31 January 2034."]:
    d.add_paragraph(s, style="List Bullet")
d.add_paragraph("Contact: Stoyan Dimitrov, events@tmc.example, +359 32 000 000")
d.save(os.path.join(B, "docs", doc))
gold(doc, None,
 [P("Stoyan Dimitrov", "events and communication manager", "TMC"), P("Milena Hristova-Petkova", "Chair of the Board", "TMC")],
 [O("Thracian Mechatronics Cluster", "TMC"), O("Technical University of Sofia – Plovdiv Branch"), O("Messe München"),
  O("Stara Zagora Municipality"), O("Bulgarian Small and Medium Enterprises Promotion Agency", "BSMEPA"),
  O("International Fair Plovdiv")],
 [E("New Year members' reception", "2034-01-16", "2034-01-16", "Plovdiv", "Bulgaria"),
  E("Workshop: predictive maintenance with open-source tools", "2034-02-20", "2034-02-20", "Plovdiv", "Bulgaria"),
  E("Automatica", "2034-06-24", "2034-06-27", "Munich", "Germany"),
  E("General Assembly", "2034-04", "2034-04", "Plovdiv", "Bulgaria"),
  E("Robotics Olympiad for vocational schools", "2034-05-15", "2034-05-15", "Stara Zagora", "Bulgaria"),
  E("B2B mission to Bursa", "2034-09-08", "2034-09-10", "Bursa", "Türkiye"),
  E("Plovdiv International Technical Fair", "2034-09-29", "2034-10-04", "Plovdiv", "Bulgaria"),
  E("Mechatronics Summit Southeast Europe", "2034-11", "2034-11", "Plovdiv", "Bulgaria")],
 ["2033-12-09", "2033/2036", "2034", "2034-01-16", "2034-02-20", "2034-06-24/2034-06-27", "2034-04", "2034-05-15",
  "2034-09-08/2034-09-10", "2034-09-29/2034-10-04", "2034-11", "2034-04-30", "2034-03", "2034-01-31", "2034-02"])
