from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle, NextPageTemplate, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'g02_cuenca_bioeconomy_policy_brief.pdf'
st = ParagraphStyle('b', fontName='DV', fontSize=9.5, leading=13)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=16, leading=20)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=11.5, leading=15, spaceBefore=6)
W, H = A4
doc = BaseDocTemplate(path(F), pagesize=A4, title='Policy Brief 7/2036')
one = Frame(50, 50, W-100, H-100, id='one')
c1 = Frame(50, 50, (W-115)/2, H-100, id='c1'); c2 = Frame(65+(W-115)/2, 50, (W-115)/2, H-100, id='c2')
def foot(c, d):
    c.setFont('DV', 8); c.drawString(50, 30, 'CLUBIO Policy Brief No. 7 · June 2036'); c.drawRightString(W-50, 30, str(d.page))
doc.addPageTemplates([PageTemplate('one', [one], onPage=foot), PageTemplate('two', [c1, c2], onPage=foot)])
S = []
def p(t, s=st): S.append(Paragraph(t, s))
p('POLICY BRIEF No. 7 · June 2036', h2)
p('Wood, resin and rural jobs: making the Serranía de Cuenca bioeconomy cluster work for small firms', h1)
p('Authors: Dr. Lucía Martínez de la Fuente (Universidad de Castilla-La Mancha, UCLM) and Tomás Herranz Olmedo (Clúster de Bioeconomía Forestal de Cuenca, CLUBIO). Reviewed by Mag. Verena Pichler-Moser, Austrian Institute for SME Research (KMU Forschung Austria).')
p('Published on 4 June 2036 on the occasion of the Forest Bioeconomy Days, Cuenca, 4–5 June 2036.')
S.append(Spacer(1, 8))
p('Summary', h2)
p('The Serranía de Cuenca holds one of the largest public pine forests in southern Europe, but the value added from its timber and resin stays mostly outside the province. Since it was founded in 2029, the Clúster de Bioeconomía Forestal de Cuenca (CLUBIO) has grown to 74 members: sawmills, resin tappers, carpentry workshops, two engineering firms, the regional forest service and the university campus in Cuenca. This brief draws on a survey of 61 member firms carried out between October 2035 and February 2036, on twelve interviews and on a workshop held with the Junta de Comunidades de Castilla-La Mancha on 19 March 2036. It sets out what has worked, what has not, and what the regional government and the cluster should do in the programming period 2028–2034 that is now ending and in the next one.')
box = Table([[Paragraph('<b>Box 1. The cluster in figures (2035)</b><br/>74 members, of which 58 SMEs and micro-firms · 1,140 direct jobs · 23 joint projects since 2029 · 9 firms certified for structural timber · resin output up 40% since 2030 · budget of the cluster office: €410,000, 38% from membership fees.', st)]], colWidths=[W-120])
box.setStyle(TableStyle([('BOX', (0,0), (-1,-1), 1, colors.darkgreen), ('BACKGROUND', (0,0), (-1,-1), colors.whitesmoke), ('LEFTPADDING', (0,0), (-1,-1), 8), ('TOPPADDING', (0,0), (-1,-1), 6), ('BOTTOMPADDING', (0,0), (-1,-1), 6)]))
S.append(Spacer(1, 6)); S.append(box)
p('Context', h2)
p('Depopulation is the backdrop to every discussion in the Serranía. Municipalities such as Beteta, Tragacete and Huélamo have lost a third of their residents in thirty years. Forestry is one of the few activities that can keep working-age people in these villages, yet most logs still leave the province unprocessed. The cluster was set up by eleven founding members with support from the Instituto de Promoción Exterior de Castilla-La Mancha (IPEX) to change this pattern.')
S.append(NextPageTemplate('two')); S.append(PageBreak())
p('What the evidence shows', h2)
p('Three quarters of the surveyed firms say the cluster has helped them to find new customers, mostly through joint trade fair stands in Madrid and Valencia. Firms that took part in at least one joint project report higher turnover growth than those that did not. The structural timber certification scheme, run with the Centro Tecnológico de la Madera de Castilla-La Mancha (CETEMCAM), has opened public construction tenders to nine local sawmills.')
p('At the same time, the survey shows clear limits. Micro-firms with fewer than five employees rarely join projects: they lack the time to write proposals and the cash to pre-finance them. Digital tools are used unevenly; only one firm in five keeps a digital record of the origin of its timber. The resin sector depends on a handful of buyers, and prices fell sharply in 2033. Training courses are well attended, but young people trained in Cuenca often move to Madrid after two or three years.')
p('Interviewees praised the cluster office for its accessibility. Its manager, Beatriz Cañete Solís, and a team of three cover an area larger than some member states. Several mayors, among them Julián Moya Recuenco, mayor of Tragacete, asked for a stronger presence of the cluster in the smaller villages.')
p('Lessons from other regions', h2)
p('The authors compared CLUBIO with the Holzcluster Steiermark in Austria and the wood cluster of the Vosges in France. Both support micro-firms through small, fast grants, and both share staff with the regional forest service. In Styria, a "cluster voucher" of up to €10,000 can be obtained in four weeks. Such instruments could be copied in Castilla-La Mancha at modest cost.')
S.append(NextPageTemplate('one')); S.append(PageBreak())
p('Recommendations', h2)
p('On the basis of the survey, the interviews and the workshop, the authors make the following recommendations:')
recs = ['Create a regional innovation voucher of up to €10,000 for micro-firms, decided within four weeks.',
 'Fund a permanent outreach officer for the villages of the Serranía, based in the cluster office.',
 'Extend the structural timber certification to chestnut and black pine and support the costs of first certification.',
 'Introduce a shared digital timber traceability system for all members by 2038.',
 'Negotiate long-term purchase agreements for resin with at least three new industrial buyers.',
 'Link training to housing: offer young graduates rental support in the villages where they work.']
for i, r in enumerate(recs, 1): p(f'{i}. {r}')
p('About this series', h2)
p('CLUBIO Policy Briefs present evidence for decision-makers in Castilla-La Mancha. The views expressed are those of the authors. Contact: Tomás Herranz Olmedo, Policy Officer, CLUBIO, Calle de los Tintes 12, 16002 Cuenca.')
doc.build(S)
gold(F,
 [P("Lucía Martínez de la Fuente", None, "Universidad de Castilla-La Mancha"),
  P("Tomás Herranz Olmedo", "Policy Officer", "CLUBIO"),
  P("Verena Pichler-Moser", None, "Austrian Institute for SME Research"),
  P("Beatriz Cañete Solís", "manager", "CLUBIO"),
  P("Julián Moya Recuenco", "mayor of Tragacete", None)],
 [O("Universidad de Castilla-La Mancha", "UCLM"), O("Clúster de Bioeconomía Forestal de Cuenca", "CLUBIO"),
  O("Austrian Institute for SME Research", "KMU Forschung Austria"), O("Junta de Comunidades de Castilla-La Mancha"),
  O("Instituto de Promoción Exterior de Castilla-La Mancha", "IPEX"),
  O("Centro Tecnológico de la Madera de Castilla-La Mancha", "CETEMCAM"), O("Holzcluster Steiermark")],
 [E("Forest Bioeconomy Days", "2036-06-04", "2036-06-05", "Cuenca", "Spain"),
  E("workshop", "2036-03-19", None, None, None)],
 ["2036-06", "2036-06-04", "2036-06-04/2036-06-05", "2029", "2035", "2035-10/2036-02", "2036-03-19", "2028/2034", "2030", "2033", "2038"],
 [r.rstrip('.') for r in recs], pub="2036-06-04")
