from h import *
import docx
F = 'g10_gozo_blue_economy_cluster_evaluation_summary.docx'
assert wd(2037,9,16)=='Wednesday' and wd(2037,6,2)=='Tuesday'
d = docx.Document()
L = []
def para(x, style=None):
    d.add_paragraph(x, style=style); L.append(x)
d.add_heading('Gozo Blue Economy Cluster – Mid-term Evaluation 2034–2037', 0)
para('Executive summary of the evaluation report')
para('Prepared for the Ministry for Gozo and Planning and the Gozo Regional Development Authority (GRDA) by Aquila Evaluation Partners Ltd, Valletta. Final version, 30 September 2037.')
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for i, x in enumerate(['Role', 'Name', 'Organisation']): t.rows[0].cells[i].text = x
for r in [('Team leader', 'Dr Josianne Cassar', 'Aquila Evaluation Partners Ltd'),
          ('Senior evaluator', 'Marco Grech', 'Aquila Evaluation Partners Ltd'),
          ('Fisheries expert', 'Dr Nikos Papadakis', 'Hellenic Centre for Marine Research'),
          ('Quality reviewer', 'Prof. Anne-Marie Xuereb', 'University of Malta, Institute for Island and Small State Studies')]:
    c = t.add_row().cells
    for i, x in enumerate(r): c[i].text = x
d.add_heading('1. Scope and method', 1)
para('The evaluation covers the first four years of the Gozo Blue Economy Cluster (GBEC), founded in 2034 with 19 members and grown to 57 by June 2037. It looked at relevance, effectiveness, efficiency and sustainability. The team reviewed 140 documents, ran an online survey of members (41 replies), held 26 interviews and facilitated two focus groups in Victoria and Mġarr on 1 and 2 June 2037. Preliminary results were discussed with the cluster board at a validation meeting on Wednesday 16 September 2037 in Xewkija.')
para('Overall, the evaluators judge the cluster relevant and effective for its size, but at risk on sustainability. The findings below are grouped as strengths and weaknesses, each introduced by a short label, and followed by five recommendations.')
d.add_heading('2. Strengths', 1)
para('Visibility. Within four years the cluster has become the recognised voice of Gozo\u2019s marine businesses in talks with national ministries and with Transport Malta.')
para('Trust. Members describe the cluster manager, Rita Attard, and her two colleagues as accessible and practical; 88 per cent of survey respondents rate member services as good or very good.')
para('Concrete results. The shared cold store at Mġarr harbour, the joint certification of eleven aquaculture and fishing firms and the Blue Skills summer school are seen as tangible benefits.')
para('Partnerships. The link with MCAST and with clusters in the Azores and the Åland Islands has brought three EU-funded projects to the island.')
d.add_heading('3. Weaknesses', 1)
para('Dependence on one funder. Around 70 per cent of the budget comes from a single ministry grant that ends in 2038.')
para('Narrow membership. Tourism operators, boat builders and the desalination sector are under-represented; the board is formed mostly of fisheries firms.')
para('Thin monitoring. Indicators are counted (events, participants) but outcomes for firms are not tracked.')
para('Small team. With three staff, the cluster cannot answer all requests and has postponed its export programme twice.')
d.add_heading('4. Recommendations', 1)
for x in ['Prepare a funding plan for 2038–2041 with a target of at least 35 per cent own income from fees and services.',
          'Open two board seats to tourism and maritime services and set up a working group on desalination and water.',
          'Introduce a simple outcome monitoring framework, reviewed annually by the board, from January 2038.',
          'Recruit a fourth staff member for internationalisation, shared with the Malta Enterprise office in Gozo.',
          'Continue the Blue Skills summer school and seek a permanent home for it at the MCAST Gozo Campus.']:
    d.add_paragraph(x, style='List Number'); L.append(x)
d.add_heading('5. Management response', 1)
para('The cluster board (chair: Joseph Vella, Vella Fish Farms Ltd) accepted all five recommendations on 23 October 2037. Board member Carmen Mercieca (Gozo Tourism Association) will lead the work on membership. The board will report on progress at the General Meeting in March 2038.')
para('Contact: Rita Attard, Cluster Manager, GBEC, Triq ir-Repubblika, Victoria, Gozo – rita.attard@gbec.example.mt')
para('This summary is also available in Maltese. The full report (84 pages, 7 annexes) can be requested from the GRDA.')
d.save('../docs/'+F)
G = "Gozo Blue Economy Cluster"
gold(F,
 [P("Josianne Cassar","Team leader","Aquila Evaluation Partners Ltd"),
  P("Marco Grech","Senior evaluator","Aquila Evaluation Partners Ltd"),
  P("Nikos Papadakis","Fisheries expert","Hellenic Centre for Marine Research"),
  P("Anne-Marie Xuereb","Quality reviewer","University of Malta"),
  P("Rita Attard","Cluster Manager","GBEC"),
  P("Joseph Vella","chair","GBEC"),
  P("Carmen Mercieca","Board member","GBEC")],
 [O(G,"GBEC"), O("Ministry for Gozo and Planning"), O("Gozo Regional Development Authority","GRDA"),
  O("Aquila Evaluation Partners Ltd"), O("Hellenic Centre for Marine Research"), O("University of Malta"),
  O("Institute for Island and Small State Studies"), O("Transport Malta"), O("MCAST"),
  O("Malta Enterprise"), O("Vella Fish Farms Ltd"), O("Gozo Tourism Association")],
 [E("focus groups","2037-06-01","2037-06-02","Victoria, Mġarr","Malta"),
  E("validation meeting","2037-09-16",None,"Xewkija","Malta"),
  E("General Meeting","2038-03",None,None,None)],
 ["2034/2037","2037-09-30","2034","2037-06","2037-06-01/2037-06-02","2037-09-16","2038","2038/2041","2038-01","2037-10-23","2038-03"],
 ["Visibility. Within four years the cluster has become the recognised voice of Gozo\u2019s marine businesses in talks with national ministries and with Transport Malta",
  "Trust. Members describe the cluster manager, Rita Attard, and her two colleagues as accessible and practical; 88 per cent of survey respondents rate member services as good or very good",
  "Concrete results. The shared cold store at Mġarr harbour, the joint certification of eleven aquaculture and fishing firms and the Blue Skills summer school are seen as tangible benefits",
  "Partnerships. The link with MCAST and with clusters in the Azores and the Åland Islands has brought three EU-funded projects to the island",
  "Dependence on one funder. Around 70 per cent of the budget comes from a single ministry grant that ends in 2038",
  "Narrow membership. Tourism operators, boat builders and the desalination sector are under-represented; the board is formed mostly of fisheries firms",
  "Thin monitoring. Indicators are counted (events, participants) but outcomes for firms are not tracked",
  "Small team. With three staff, the cluster cannot answer all requests and has postponed its export programme twice",
  "Prepare a funding plan for 2038–2041 with a target of at least 35 per cent own income from fees and services",
  "Open two board seats to tourism and maritime services and set up a working group on desalination and water",
  "Introduce a simple outcome monitoring framework, reviewed annually by the board, from January 2038",
  "Recruit a fourth staff member for internationalisation, shared with the Malta Enterprise office in Gozo",
  "Continue the Blue Skills summer school and seek a permanent home for it at the MCAST Gozo Campus"],
 "2037-09-30")
