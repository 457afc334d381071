from mk import *
import docx, os
F = 'KITC_Roadmap_2035_final.docx'
d = docx.Document()
d.add_heading('Košice IT Cluster — Roadmap 2035', 0)
d.add_paragraph('Adopted by the General Assembly of the Košice IT Cluster, z. z. p. o. (KITC) on 21 November 2030. Prepared by the KITC secretariat with the Technical University of Košice (TUKE) and the Košice Self-Governing Region.')
d.add_heading('1. Why a roadmap', 1)
d.add_paragraph('Eastern Slovakia employs about 14,000 people in software and IT services. Between 2025 and 2030 the cluster doubled its membership to 96 organisations. The roadmap sets out where KITC wants to be in 2035 and which milestones will tell us we are on track.')
d.add_paragraph('"We want Košice to be known for secure software, not only for cheap developers," writes Ľubomír Hudák, chairman of the board of KITC and CEO of Dataprofit s.r.o., in the foreword.')
d.add_heading('2. Milestones', 1)
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for i, h in enumerate(['Milestone', 'Target date', 'Lead']): t.rows[0].cells[i].text = h
rows = [('Cybersecurity competence centre opens at TUKE', 'Q3 2031', 'TUKE, KITC'),
        ('500 graduates per year from the dual IT programme', '2032', 'KITC education working group'),
        ('First joint bid of five members for an EU Digital Europe project', 'by 30.06.2032', 'KITC secretariat'),
        ('Cluster Excellence Gold label', '2033', 'Zuzana Pästová, cluster manager'),
        ('Regional data centre powered by renewable energy', '2034', 'Košice Self-Governing Region'),
        ('Final evaluation of the roadmap', 'December 2035', 'Board of KITC')]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_heading('3. Workshops to build the roadmap', 1)
d.add_paragraph('The roadmap was drafted in four open workshops in 2030:')
for w in ['Workshop 1 "Talent", 12 March 2030, Košice, Tabačka Kulturfabrik',
          'Workshop 2 "Security by design", 9 April 2030, Prešov, with the University of Prešov',
          'Workshop 3 "Public sector as a customer", 14 May 2030, online',
          'Workshop 4 "Regional cooperation", 2–3 June 2030, Uzhhorod (Ukraine), with the IT Cluster Zakarpattia']:
    d.add_paragraph(w, style='List Bullet')
d.add_heading('4. Review', 1)
d.add_paragraph('Progress will be reported to the General Assembly every year. A mid-term review workshop is planned for spring 2033 in Košice. Contact: Zuzana Pästová, cluster manager, roadmap@kitc.example.')
d.save(os.path.join(B, 'docs', F))
gold(F, None,
 [P('Ľubomír Hudák', 'chairman of the board', 'KITC'), P('Zuzana Pästová', 'cluster manager', 'KITC')],
 [O('Košice IT Cluster, z. z. p. o.', 'KITC'), O('Technical University of Košice', 'TUKE'), O('Košice Self-Governing Region'),
  O('Dataprofit s.r.o.'), O('University of Prešov'), O('IT Cluster Zakarpattia')],
 [E('Workshop 1 "Talent"', '2030-03-12', '2030-03-12', 'Košice', 'Slovakia'),
  E('Workshop 2 "Security by design"', '2030-04-09', '2030-04-09', 'Prešov', 'Slovakia'),
  E('Workshop 3 "Public sector as a customer"', '2030-05-14', '2030-05-14', None, None),
  E('Workshop 4 "Regional cooperation"', '2030-06-02', '2030-06-03', 'Uzhhorod', 'Ukraine'),
  E('mid-term review workshop', '2033', '2033', 'Košice', 'Slovakia')],
 ['2030-11-21', '2025/2030', '2035', '2031', '2032', '2032-06-30', '2033', '2034', '2035-12', '2030', '2030-03-12', '2030-04-09',
  '2030-05-14', '2030-06-02/2030-06-03'])
