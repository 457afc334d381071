from g import *
import docx
N='NordVest_IT_Cluster_Plan_de_activitate_2034_EN.docx'
doc=docx.Document()
doc.add_heading('NordVest IT Cluster – Annual Work Plan 2034',0)
doc.add_paragraph('Approved by the Board of Directors on 12 December 2033 · Cluj-Napoca · Version 1.2')
doc.add_heading('1. Introduction',1)
doc.add_paragraph('In 2034 the NordVest IT Cluster (NVIT) will focus on three priorities: AI adoption in manufacturing SMEs, '
 'cyber-security skills and the internationalisation of members towards the Nordic and DACH markets. The plan was prepared by '
 'executive director Ioana-Maria Pop with the working-group leaders and discussed with members at the General Assembly on 28 November 2033.')
doc.add_heading('2. Quarterly events',1)
t=doc.add_table(rows=1, cols=4); t.style='Table Grid'
for i,h in enumerate(['Quarter','Event','Date / place','Lead']): t.rows[0].cells[i].text=h
rows=[('Q1','Cluj AI Breakfast #7 – computer vision on the shop floor','19 February 2034, Cluj-Napoca','Radu Mureșan (AI working group)'),
 ('Q1','Cyber Skills Bootcamp (with Universitatea Tehnică din Cluj-Napoca)','11–15 March 2034, Cluj-Napoca','Andrea Szilágyi'),
 ('Q2','General Assembly (financial statements 2033)','23 April 2034, Oradea','Board'),
 ('Q2','Study visit to Oslo and the Norwegian IT cluster Oslo Digital Forum','3–5 June 2034','Ioana-Maria Pop'),
 ('Q3','Summer School on Trustworthy AI','8–12 July 2034, Baia Mare','Radu Mureșan'),
 ('Q3','Matchmaking at it-sa Nuremberg (with EEN Romania)','October 2034, Nuremberg','Dan-Cristian Vlad'),
 ('Q4','NordVest Digital Summit 2034','20 November 2034, Cluj-Napoca','Executive team'),
 ('Q4','General Assembly (work plan 2035)','4 December 2034, Cluj-Napoca','Board')]
for r in rows:
    c=t.add_row().cells
    for i,v in enumerate(r): c[i].text=v
doc.add_heading('3. Other activities',1)
for b in ['Monthly members\' newsletter (first Tuesday of each month).',
 'Application for the renewal of the Silver label in September 2034.',
 'Joint project proposal with ADR Nord-Vest (North-West Regional Development Agency) on AI vouchers, submission planned for May 2034.',
 'Support to the Romanian Association of Electronic and Software Industry (ANIS) survey on skills.']:
    doc.add_paragraph(b, style='List Bullet')
doc.add_heading('4. Budget and team',1)
doc.add_paragraph('Total budget: 412,000 lei. Team: Ioana-Maria Pop (executive director), Andrea Szilágyi (project manager), '
 'Dan-Cristian Vlad (internationalisation officer), Bianca Tătaru (communication, part-time from 1 March 2034).')
doc.add_paragraph('Contact: office@nordvest-it.example')
doc.save(f'{D}/docs/{N}')
G(N, None,
 people=[("Ioana-Maria Pop","executive director","NordVest IT Cluster"),
  ("Radu Mureșan",None,None),
  ("Andrea Szilágyi","project manager","NordVest IT Cluster"),
  ("Dan-Cristian Vlad","internationalisation officer","NordVest IT Cluster"),
  ("Bianca Tătaru","communication","NordVest IT Cluster")],
 orgs=[("NordVest IT Cluster","NVIT"),("Universitatea Tehnică din Cluj-Napoca",None),("Oslo Digital Forum",None),
  ("EEN Romania",None),("North-West Regional Development Agency","ADR Nord-Vest"),
  ("Romanian Association of Electronic and Software Industry","ANIS")],
 events=[("General Assembly","2033-11-28","2033-11-28",None,None),
  ("Cluj AI Breakfast #7 – computer vision on the shop floor","2034-02-19","2034-02-19","Cluj-Napoca","Romania"),
  ("Cyber Skills Bootcamp","2034-03-11","2034-03-15","Cluj-Napoca","Romania"),
  ("General Assembly (financial statements 2033)","2034-04-23","2034-04-23","Oradea","Romania"),
  ("Study visit to Oslo","2034-06-03","2034-06-05","Oslo","Norway"),
  ("Summer School on Trustworthy AI","2034-07-08","2034-07-12","Baia Mare","Romania"),
  ("Matchmaking at it-sa Nuremberg","2034-10","2034-10","Nuremberg","Germany"),
  ("NordVest Digital Summit 2034","2034-11-20","2034-11-20","Cluj-Napoca","Romania"),
  ("General Assembly (work plan 2035)","2034-12-04","2034-12-04","Cluj-Napoca","Romania")],
 dates=["2034","2033-12-12","2033-11-28","2034-02-19","2034-03-11/2034-03-15","2034-04-23","2034-06-03/2034-06-05",
  "2034-07-08/2034-07-12","2034-10","2034-11-20","2034-12-04","2034-09","2034-05","2034-03-01"])
