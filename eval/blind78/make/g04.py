from h import *
import docx
F = 'g04_passau_cluster_interim_evaluation.docx'
d = docx.Document()
paras = []
def H(t, l=1): d.add_heading(t, l)
def Pp(t): d.add_paragraph(t)
H('Interim Evaluation of the Danube–Inn Digital Logistics Cluster Programme', 0)
Pp('Final version, 27 February 2035')
Pp('Commissioned by: Bavarian State Ministry of Economic Affairs, Regional Development and Energy (StMWi), Unit 31 – Cluster Policy')
Pp('Prepared by: Ostbayerisches Evaluationsinstitut GmbH (OBEVI), Regensburg. Evaluation team: Dr. Franziska Eichinger-Haas (team leader), Mag. Andreas Pöttinger, Chiara Bellandi, M.Sc.')
H('1. Purpose and scope')
Pp('The Danube–Inn Digital Logistics Cluster (DIDL) was launched in Passau in April 2031 to help logistics service providers, shippers and software firms in Lower Bavaria and the neighbouring Upper Austrian and South Bohemian border areas adopt digital and low-emission freight solutions. The programme runs from 2031 to 2036 and is managed by DIDL e.V., with the cluster office hosted at the University of Passau. This interim evaluation covers the period from April 2031 to December 2034. It assesses relevance, effectiveness, efficiency and sustainability and proposes adjustments for the remaining programme period.')
Pp('The evaluation drew on programme documents, monitoring data, an online survey of members (response rate 64%), 28 interviews and two focus groups held in Passau on 21 and 22 November 2034. The steering group, chaired by Ministerialrat Johannes Wimmer of the StMWi, discussed the draft report at its meeting on 30 January 2035.')
H('2. The programme in brief')
Pp('DIDL brings together 93 members, including 57 SMEs, six large shippers such as Innstadt Brauerei AG and Donau Möbelwerke GmbH & Co. KG, the Deggendorf Institute of Technology (DIT), the University of Passau and the Chamber of Industry and Commerce for Lower Bavaria (IHK Niederbayern). Cross-border partners include the Business Upper Austria agency and the South Bohemian Chamber of Commerce (Jihočeská hospodářská komora). The cluster is led by a board of seven; its chair is Dr. Maximilian Freiherr von Aretin, managing director of Aretin Spedition GmbH, and the cluster office is managed by Katrin Obermüller.')
Pp('The programme budget is €4.8 million, of which 60% is provided by the Free State of Bavaria and the rest by members and project funding.')
H('3. Indicators')
Pp('Table 1 compares the main output and result indicators with the targets set for 2036.')
rows = [('Indicator', 'Baseline 2031', 'Status Dec 2034', 'Target 2036'),
        ('Members (number)', '31', '93', '110'),
        ('SMEs among members (%)', '55', '61', '65'),
        ('Joint R&D and pilot projects started', '0', '14', '20'),
        ('Firms using shared digital freight platform', '0', '37', '60'),
        ('Cross-border partnerships (AT/CZ)', '2', '9', '12'),
        ('Training participants', '0', '612', '900'),
        ('Share of private funding in cluster budget (%)', '18', '34', '40')]
t = d.add_table(rows=len(rows), cols=4); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, c in enumerate(r): t.cell(i, j).text = c
Pp('Source: DIDL monitoring system; member survey, November 2034.')
H('4. Findings by criterion')
Pp('Relevance. Members consider the programme highly relevant. The shift to low-emission freight and the shortage of drivers make cooperation on digital planning tools attractive, particularly for firms with fewer than fifty employees.')
Pp('Effectiveness. Most indicators are on track. Membership has tripled, and fourteen joint projects have started, among them the Inn Valley Night Delivery pilot and a shared platform for empty-run reduction. The number of firms actually using the shared platform is lower than planned: many members tested it but did not integrate it into their daily operations.')
Pp('Efficiency. The cluster office works with four full-time staff and keeps administrative costs at 17% of the budget, which compares well with other Bavarian clusters. However, reporting requirements absorb a disproportionate share of staff time.')
Pp('Sustainability. Private funding has almost doubled as a share of the budget, but the cluster remains dependent on public core funding. Cross-border activities rely largely on two people and would be at risk if they left.')
H('5. Conclusions')
Pp('The evaluation team draws the following conclusions:')
concl = ['The programme addresses a real and growing need of logistics SMEs in the border region.',
 'Membership, projects and training are on course to meet or exceed their 2036 targets.',
 'The uptake of the shared digital freight platform is the main weakness of the programme so far.',
 'The cluster has become the main meeting point for cross-border logistics cooperation between Bavaria, Upper Austria and South Bohemia.',
 'Without continued core funding after 2036, the cluster office would have to cut its services substantially.']
for c in concl: d.add_paragraph(c, style='List Bullet')
H('6. Recommendations')
recs = ['Set up an onboarding service that helps SMEs integrate the shared platform into their transport management systems.',
 'Simplify reporting to the ministry to one annual report with a reduced set of indicators.',
 'Create a second cross-border coordinator post, co-financed with the Austrian and Czech partners.',
 'Prepare a funding model for 2037–2041 with a higher share of fee-based services.',
 'Hold an annual members’ forum alternating between Passau, Linz and České Budějovice.']
for r in recs: d.add_paragraph(r, style='List Number')
Pp('Contact: Dr. Franziska Eichinger-Haas, Ostbayerisches Evaluationsinstitut GmbH, Regensburg')
d.save(path(F))
gold(F,
 [P("Franziska Eichinger-Haas", "team leader", "Ostbayerisches Evaluationsinstitut GmbH"),
  P("Andreas Pöttinger", None, "Ostbayerisches Evaluationsinstitut GmbH"),
  P("Chiara Bellandi", None, "Ostbayerisches Evaluationsinstitut GmbH"),
  P("Johannes Wimmer", "Ministerialrat", "StMWi"),
  P("Maximilian Freiherr von Aretin", "chair", "DIDL"),
  P("Katrin Obermüller", None, "DIDL")],
 [O("Bavarian State Ministry of Economic Affairs, Regional Development and Energy", "StMWi"),
  O("Unit 31 – Cluster Policy"),
  O("Ostbayerisches Evaluationsinstitut GmbH", "OBEVI"), O("Danube–Inn Digital Logistics Cluster", "DIDL"),
  O("DIDL e.V."), O("University of Passau"), O("Innstadt Brauerei AG"), O("Donau Möbelwerke GmbH & Co. KG"),
  O("Deggendorf Institute of Technology", "DIT"), O("Chamber of Industry and Commerce for Lower Bavaria", "IHK Niederbayern"),
  O("Business Upper Austria"), O("South Bohemian Chamber of Commerce"), O("Aretin Spedition GmbH"), O("Free State of Bavaria")],
 [E("focus groups", "2034-11-21", "2034-11-22", "Passau", "Germany"),
  E("steering group meeting", "2035-01-30", None, None, None)],
 ["2035-02-27", "2031-04", "2031/2036", "2031-04/2034-12", "2034-11-21/2034-11-22", "2035-01-30", "2036", "2031", "2034-12", "2034-11", "2037/2041"],
 [c.rstrip('.') for c in concl] + [r.rstrip('.') for r in recs], pub="2035-02-27")
