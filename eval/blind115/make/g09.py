from h import *
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
F = 'g09_timisoara_cluster_programme_evaluation.pdf'
assert wd(2042,2,5)=='Wednesday' and wd(2042,3,18)=='Tuesday' and wd(2041,11,26)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
body = ParagraphStyle('b', fontName='DV', fontSize=9, leading=12, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=15, leading=19, spaceAfter=6)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11, leading=14, spaceBefore=6, spaceAfter=3)
small = ParagraphStyle('s', fontName='DV', fontSize=7.5, leading=9.5, spaceAfter=4)
def hdr(c, d):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(2*cm, A4[1]-1.2*cm, 'Evaluation of the West Region Cluster Support Programme 2035–2041 · Executive summary')
    c.drawRightString(A4[0]-2*cm, 1.2*cm, f'Page {d.page} of 2'); c.restoreState()
doc = BaseDocTemplate(path(F), pagesize=A4, title='Evaluation of the West Region Cluster Support Programme – Executive summary', author='ADR Vest')
W, H = A4
one = Frame(2*cm, 2*cm, W-4*cm, H-4*cm, id='one')
c1 = Frame(2*cm, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c1'); c2 = Frame(2.6*cm+(W-4.6*cm)/2, 2*cm, (W-4.6*cm)/2, H-4*cm, id='c2')
doc.addPageTemplates([PageTemplate('one', [one], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
p1 = [
("h1","Ex-post evaluation of the West Region Cluster Support Programme 2035–2041"),
("b","Executive summary for the Regional Innovation Consortium"),
("s","Commissioned by: West Regional Development Agency (ADR Vest), Timișoara · Carried out by: Danubius Evaluation Partners SRL, Cluj-Napoca · Evaluation team: Dr Ioana-Maria Popescu-Drăgan (team leader), Andrei Szabó (senior analyst), Bernadette Van den Broeck (external peer reviewer, Ghent) · Final version: 5 February 2042"),
("h2","Purpose and scope"),
("b","The West Region Cluster Support Programme was launched by ADR Vest in 2035 to help cluster organisations in the counties of Timiș, Arad, Hunedoara and Caraș-Severin professionalise their management, attract members and take part in European projects. Over seven years the programme granted RON 84 million to eleven cluster organisations, among them the Banat Mechatronics Cluster, the ICT West Cluster, the Arad Wood and Furniture Cluster and the Hunedoara Green Energy Cluster."),
("b","The evaluation covers the whole period from 2035 to 2041. It was carried out between June and December 2041 and draws on monitoring data, a survey of 403 member companies (response rate 36%), 31 interviews and four case studies. Preliminary results were discussed with the cluster managers at a validation workshop in Timișoara on Tuesday 26 November 2041."),
("h2","The programme in figures"),
("b","Membership of the supported clusters grew from 486 to 812 organisations. Cluster members took part in 57 projects funded from EU programmes, compared with 12 in the seven years before the programme. Three clusters obtained the Gold label of the European Secretariat for Cluster Analysis (ESCA), and two – the Banat Mechatronics Cluster and the ICT West Cluster – joined European strategic cluster partnerships."),
("b","Gheorghe Mureșan, Director General of ADR Vest, writes in his foreword that the evaluation confirms that “clusters in the West Region have grown up”, but that the next programme must reach the two southern counties, which benefited least."),
]
p2 = [
("h2","Main findings"),
("b","1. The programme was relevant: it filled a gap left by national cluster support, which had been interrupted twice since 2030"),
("b","2. Support was concentrated in Timiș and Arad; clusters in Hunedoara and Caraș-Severin received only 14% of the funds"),
("b","3. The professional management of cluster organisations improved markedly, but four of the eleven clusters still depend on the programme for more than 70% of their budget"),
("b","4. Cooperation with the Politehnica University of Timișoara and the West University of Timișoara grew, yet few SMEs used university laboratories"),
("b","5. Monitoring focused on activities and spending; there is little evidence on innovation outcomes in member companies"),
("h2","Recommendations"),
("b","1. Continue the programme from 2042 with a stronger focus on results and a funding ceiling that falls over time"),
("b","2. Reserve at least a quarter of the budget for clusters and members in Hunedoara and Caraș-Severin"),
("b","3. Introduce innovation vouchers so that SMEs can buy services from university laboratories"),
("b","4. Align the programme with the Regional Smart Specialisation Strategy and with the Just Transition plan for the Jiu Valley"),
("b","5. Build a shared monitoring system with the Romanian Cluster Association (CLUSTERO) and publish yearly results"),
("h2","Lessons learnt for ADR Vest"),
("b","The evaluators also note three lessons for the agency itself: clear calls with fixed dates attracted more applicants than rolling calls; peer visits between clusters were rated as the most useful activity; and the absence of a baseline in 2035 made it impossible to measure some effects."),
("h2","Next steps"),
("b","The evaluation will be presented to the Regional Innovation Consortium at its meeting in Timișoara on Tuesday 18 March 2042. The consortium, chaired by Prof. Liviu Cătălin Ionescu, Rector of the Politehnica University of Timișoara, will give its opinion on the design of the follow-up programme. A public conference on the results is planned for May 2042 in Deva, together with the Ministry of Investments and European Projects."),
("s","Contact: Innovation and Smart Specialisation Unit, ADR Vest, Str. Proclamația de la Timișoara 5, Timișoara · innovation@adrvest.example.ro. The full report (176 pages) and the annexes with the case studies are available on request."),
]
S={'h1':h1,'h2':h2,'b':body,'s':small}
story=[Paragraph(t,S[k]) for k,t in p1]+[NextPageTemplate('two'),PageBreak()]+[Paragraph(t,S[k]) for k,t in p2]
doc.build(story)
A="West Regional Development Agency"; PU="Politehnica University of Timișoara"; DE="Danubius Evaluation Partners SRL"
gold(F,
 [P("Ioana-Maria Popescu-Drăgan","team leader",DE),
  P("Andrei Szabó","senior analyst",DE),
  P("Bernadette Van den Broeck","external peer reviewer",None),
  P("Gheorghe Mureșan","Director General","ADR Vest"),
  P("Liviu Cătălin Ionescu","Rector",PU)],
 [O(A,"ADR Vest"), O(DE), O("Regional Innovation Consortium"), O("Banat Mechatronics Cluster"), O("ICT West Cluster"),
  O("Arad Wood and Furniture Cluster"), O("Hunedoara Green Energy Cluster"), O("European Secretariat for Cluster Analysis","ESCA"),
  O(PU), O("West University of Timișoara"), O("Romanian Cluster Association","CLUSTERO"),
  O("Ministry of Investments and European Projects"), O("Innovation and Smart Specialisation Unit")],
 [E("validation workshop","2041-11-26",None,"Timișoara","Romania"),
  E("meeting","2042-03-18",None,"Timișoara","Romania"),
  E("public conference","2042-05",None,"Deva","Romania")],
 ["2035/2041","2042-02-05","2035","2041-06/2041-12","2041-11-26","2030","2042","2042-03-18","2042-05"],
 ["The programme was relevant: it filled a gap left by national cluster support, which had been interrupted twice since 2030",
  "Support was concentrated in Timiș and Arad; clusters in Hunedoara and Caraș-Severin received only 14% of the funds",
  "The professional management of cluster organisations improved markedly, but four of the eleven clusters still depend on the programme for more than 70% of their budget",
  "Cooperation with the Politehnica University of Timișoara and the West University of Timișoara grew, yet few SMEs used university laboratories",
  "Monitoring focused on activities and spending; there is little evidence on innovation outcomes in member companies",
  "Continue the programme from 2042 with a stronger focus on results and a funding ceiling that falls over time",
  "Reserve at least a quarter of the budget for clusters and members in Hunedoara and Caraș-Severin",
  "Introduce innovation vouchers so that SMEs can buy services from university laboratories",
  "Align the programme with the Regional Smart Specialisation Strategy and with the Just Transition plan for the Jiu Valley",
  "Build a shared monitoring system with the Romanian Cluster Association (CLUSTERO) and publish yearly results",
  "clear calls with fixed dates attracted more applicants than rolling calls",
  "peer visits between clusters were rated as the most useful activity",
  "the absence of a baseline in 2035 made it impossible to measure some effects"],
 pub="2042-02-05")
