from g import *
from docx import Document
fname = "Concept-note_Baltic-Biotech-Partnering-Day-2036_draft2.docx"
doc = Document()
doc.add_heading("Concept note: Baltic Biotech Partnering Day 2036", 0)
doc.add_paragraph("Neris Life Sciences Cluster (NLSC) – Draft 2, 20 February 2036 – for discussion with partners")
doc.add_heading("1. Background", 1)
doc.add_paragraph("The first edition of the partnering day (Kaunas, October 2035) brought together 90 participants from "
  "Lithuania, Latvia and Poland. Participants asked for more time for one-to-one meetings and for a stronger presence of "
  "investors. The second edition will therefore be a full day in Vilnius with a morning conference and an afternoon of "
  "pre-booked meetings.")
doc.add_heading("2. Objectives", 1)
for x in ["connect biotech SMEs and start-ups with contract research organisations and larger pharma companies",
          "give at least ten companies the chance to pitch to investors",
          "prepare joint applications for the next calls of the EU health and biotech programmes"]:
    doc.add_paragraph(x, style="List Bullet")
doc.add_heading("3. Format and programme outline", 1)
doc.add_paragraph("Morning (09:30–12:30): opening by Rasa Vaitkevičiūtė, Chair of the Board of NLSC; keynote by Dr. Tomas "
  "Grigaliūnas, Head of Business Development, Baltigen UAB; panel on clinical trial capacity in the Baltic states with "
  "Innovation Agency Lithuania and Kaunas Peptide Labs UAB.")
doc.add_paragraph("Afternoon (13:30–17:30): B2B meetings (20 minutes each) and investor pitches. Evening: networking "
  "reception hosted by the Mayor of Vilnius (to be confirmed).")
doc.add_heading("4. Logistics", 1)
rows = [("Item","Details"),
        ("Date","Wednesday 14 May 2036"),
        ("Venue","Life Sciences Center of Vilnius University, Saulėtekio al. 7"),
        ("City","Vilnius, Lithuania"),
        ("Capacity","150 participants; 20 meeting tables"),
        ("Catering","Coffee breaks, lunch, evening reception"),
        ("Registration","Opens 1 March 2036, closes 24 April 2036"),
        ("Meeting platform","b2match, booking from 28 April"),
        ("Budget","EUR 38,000 (cluster 40%, sponsors 35%, partners 25%)"),
        ("Responsible","Jurgita Baranauskaitė, event manager, NLSC")]
tb = doc.add_table(rows=len(rows), cols=2); tb.style = "Table Grid"
for i,(a,b) in enumerate(rows):
    tb.cell(i,0).text = a; tb.cell(i,1).text = b
doc.add_heading("5. Partners", 1)
doc.add_paragraph("Co-organisers: Enterprise Europe Network Lithuania and the Latvian Biomedicine Cluster (LBC). "
  "Sponsors contacted: Baltigen UAB, Kaunas Peptide Labs UAB. Decision on the final programme at the NLSC board meeting "
  "on 12 March 2036.")
doc.add_heading("6. Contacts", 1)
doc.add_paragraph("Jurgita Baranauskaitė – jurgita@nlsc.example – +370 600 00000")
doc.save(f"{BASE}/docs/{fname}")
N = "Neris Life Sciences Cluster"
gold(fname,
 [P("Rasa Vaitkevičiūtė","Chair of the Board",N if False else "NLSC"),
  P("Tomas Grigaliūnas","Head of Business Development","Baltigen UAB"),
  P("Jurgita Baranauskaitė","event manager","NLSC")],
 [O(N,"NLSC"), O("Baltigen UAB"), O("Innovation Agency Lithuania"), O("Kaunas Peptide Labs UAB"),
  O("Vilnius University"), O("Enterprise Europe Network Lithuania"), O("Latvian Biomedicine Cluster","LBC")],
 [E("Baltic Biotech Partnering Day 2036","2036-05-14",None,"Vilnius","Lithuania"),
  E("first edition of the partnering day","2035-10",None,"Kaunas","Lithuania"),
  E("NLSC board meeting","2036-03-12")],
 ["2036-02-20","2035-10","2036-05-14","2036-03-01","2036-04-24","2036-04-28","2036-03-12"])
