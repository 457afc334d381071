from h import *
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, NextPageTemplate, FrameBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.units import mm
F = 'g12_south_bohemia_agrifood_digital_study_summary.pdf'
assert wd(2040,11,20)=='Tuesday' and wd(2040,12,4)=='Tuesday'
D='/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', D+'DejaVuSans.ttf')); pdfmetrics.registerFont(TTFont('DVB', D+'DejaVuSans-Bold.ttf'))
n = ParagraphStyle('n', fontName='DV', fontSize=9.5, leading=13)
b = ParagraphStyle('b', parent=n, fontName='DVB', fontSize=11, leading=15, spaceBefore=6)
t = ParagraphStyle('t', parent=n, fontName='DVB', fontSize=16, leading=20)
def hdr(c, doc):
    c.saveState(); c.setFont('DV', 7.5)
    c.drawString(20*mm, 287*mm, 'South Bohemian Agrifood Cluster · Study summary 3/2040')
    c.drawRightString(190*mm, 10*mm, f'Page {doc.page} of 2'); c.restoreState()
W, H = A4
doc = BaseDocTemplate(path(F), pagesize=A4, title='Digital tools in South Bohemian food SMEs – summary')
f1 = Frame(20*mm, 18*mm, W-40*mm, H-40*mm, id='one')
c1 = Frame(20*mm, 18*mm, (W-46*mm)/2, H-40*mm, id='c1'); c2 = Frame(26*mm+(W-46*mm)/2, 18*mm, (W-46*mm)/2, H-40*mm, id='c2')
doc.addPageTemplates([PageTemplate('first', [f1], onPage=hdr), PageTemplate('two', [c1, c2], onPage=hdr)])
S = []
def p(x, s=n): S.append(Paragraph(x, s))
p('Digital tools in South Bohemian food SMEs', t)
p('Summary of a study by the South Bohemian Agrifood Cluster (Jihočeský potravinářský klastr, JPK) and the Faculty of Economics of the University of South Bohemia in České Budějovice')
p('Published 20 November 2040 · Authors: Ing. Tereza Dvořáková, Ph.D., and Jakub Holub, M.Sc.')
p('Background', b)
p('Food and drink is the second largest manufacturing sector of the South Bohemian Region, with about 410 companies and 11,800 employees. Most of them are small family firms: dairies, bakeries, breweries, meat processors and fish farms around Třeboň. The cluster commissioned this study to find out which digital tools these companies use, what holds them back and how the cluster and the region can help. The study was financed by the South Bohemian Region within its innovation support programme for 2038–2041.')
p('Method', b)
p('Between March and June 2040, 96 companies answered an online questionnaire (response rate 23 %). The authors also held 14 in-depth interviews with owners and production managers and two focus groups in České Budějovice and Tábor. The results were discussed with members at the cluster workshop on 15 October 2040.')
p('Key findings', b)
for x in ['Nine in ten companies use accounting and invoicing software, but only 31 % use any digital tool in production or quality control.',
          'Paper-based traceability is still the norm for 58 % of the companies, which makes audits by retail chains slow and costly.',
          'The main barrier is not the price of software but the lack of staff who can set it up and maintain it.',
          'Companies that share a supplier of digital services with other cluster members report lower costs and faster implementation.',
          'Energy monitoring is the most wanted next tool: 64 % plan to introduce it within two years.']:
    p('• ' + x)
S.append(NextPageTemplate('two')); S.append(PageBreak())
p('Recommendations', b)
p('The authors make three recommendations:')
for x in ['The cluster should set up a shared "digital technician" service for small members.', 'The region should add a digital traceability item to its voucher scheme.', 'The university should offer a short course for production managers.']:
    p('• ' + x)
p('A pilot of the shared service with eight companies is planned for the first half of 2041.')
p('Voices from the interviews', b)
p('"We know exactly how much milk comes in, but we find out about a cooling problem only when the yoghurt is already spoiled," said Martin Šebesta, owner of Mlékárna Šebesta s.r.o. in Netolice.')
p('"A young technician who knows our machines and can come twice a month would help more than any subsidy," added Lenka Vondrášková, production manager at Pivovar Lipno a.s.')
p('Presentation of the study', b)
p('The authors will present the study at the Regional Food Innovation Day on Tuesday, 4 December 2040 at the Regional Authority building in České Budějovice, from 13:00. The presentation will be followed by a panel with the regional councillor for agriculture, Ing. Pavel Kubíček, and the cluster chair, Jana Marešová (Madeta a.s.).')
p('About the partners', b)
p('South Bohemian Agrifood Cluster: founded in 2029, 52 members, based at the Science and Technology Park in České Budějovice. Cluster manager: Ondřej Kratochvíl.')
p('Faculty of Economics, University of South Bohemia: research on regional development and the food economy since 1991.')
p('The study was supported by the Czech Agrarian Chamber (Agrární komora České republiky) and the CzechInvest regional office.')
p('Contacts', b)
p('Tereza Dvořáková, Faculty of Economics, dvorakova@ef.example.cz')
p('Ondřej Kratochvíl, cluster manager, info@jpk.example.cz, +420 387 000 000')
p('Full study (46 pages, Czech): www.jpk.example.cz/studie-digital')
doc.build(S)
C = "South Bohemian Agrifood Cluster"
gold(F,
 [P("Tereza Dvořáková",None,"Faculty of Economics"), P("Jakub Holub"),
  P("Martin Šebesta","owner","Mlékárna Šebesta s.r.o."),
  P("Lenka Vondrášková","production manager","Pivovar Lipno a.s."),
  P("Pavel Kubíček","regional councillor for agriculture",None),
  P("Jana Marešová","cluster chair","South Bohemian Agrifood Cluster"),
  P("Ondřej Kratochvíl","Cluster manager",C)],
 [O(C,"JPK"), O("Faculty of Economics"), O("University of South Bohemia in České Budějovice"), O("South Bohemian Region"),
  O("Mlékárna Šebesta s.r.o."), O("Pivovar Lipno a.s."), O("Regional Authority"), O("Madeta a.s."),
  O("Science and Technology Park"), O("Czech Agrarian Chamber"), O("CzechInvest")],
 [E("cluster workshop","2040-10-15"),
  E("Regional Food Innovation Day","2040-12-04",None,"České Budějovice","Czechia")],
 ["2040-11-20","2038/2041","2040-03/2040-06","2040-10-15","2041","2040-12-04","2029","1991"],
 ["Nine in ten companies use accounting and invoicing software, but only 31 % use any digital tool in production or quality control",
  "Paper-based traceability is still the norm for 58 % of the companies, which makes audits by retail chains slow and costly",
  "The main barrier is not the price of software but the lack of staff who can set it up and maintain it",
  "Companies that share a supplier of digital services with other cluster members report lower costs and faster implementation",
  "Energy monitoring is the most wanted next tool: 64 % plan to introduce it within two years",
  "The cluster should set up a shared \"digital technician\" service for small members",
  "The region should add a digital traceability item to its voucher scheme",
  "The university should offer a short course for production managers"],
 "2040-11-20")
