from h import *
import docx
F = 'AEROMRO-LINK_consortium-contact-list_v3.docx'
d = docx.Document()
d.add_heading('AEROMRO-LINK – Consortium contact list', 0)
d.add_paragraph('Interregional project on skills and digital tools for aircraft maintenance, repair and overhaul (MRO) SMEs')
d.add_paragraph('Version 3 – 9 January 2034 – prepared by the Lead Partner (Rzeszów). Supersedes version 2 of 14 October 2033.')
d.add_heading('1. Purpose of this list', 1)
d.add_paragraph('This list gives the contact persons of the eight partners of AEROMRO-LINK for the project period 1 September 2033 – '
 '31 August 2036. Please use the functional addresses for routine matters and copy the project coordinator on all messages '
 'related to reporting. Changes are to be sent to the coordination team, which will issue a new version of the list.')
d.add_paragraph('Main changes in version 3:')
for t in ['Partner 4 (Kymenlaakso): Sanna Hirvonen replaces Jari Peltola as project manager from 1 January 2034; Jari Peltola remains financial contact until the first progress report is approved.',
          'Partner 6 (Madrid): new e-mail addresses after the merger of the two foundations.',
          'Partner 8 (Novi Sad): a communication contact has been added.',
          'The Joint Secretariat officer for the project is now Ms Ines Hoffbauer.']:
    d.add_paragraph(t, style='List Bullet')
d.add_heading('2. Partners and contact persons', 1)
rows = [
 ('Partner', 'Country', 'Contact person', 'Role in the project', 'E-mail'),
 ('LP – Podkarpackie Aerospace Repair Network (PARN)', 'Poland', 'WOJTASZEK Marta', 'Project coordinator', 'm.wojtaszek@dlp.example'),
 ('LP – Podkarpackie Aerospace Repair Network (PARN)', 'Poland', 'Kamil Sroka', 'Financial manager', 'k.sroka@dlp.example'),
 ('PP2 – Politechnika Rzeszowska, Faculty of Mechanical Engineering and Aeronautics', 'Poland', 'dr inż. Piotr Gąsior', 'Scientific lead, WP2 leader', 'p.gasior@prz.example'),
 ('PP3 – Podkarpackie Marshal\'s Office (Urząd Marszałkowski Województwa Podkarpackiego)', 'Poland', 'Agnieszka Łukasik-Bąk', 'Policy contact', 'a.lukasik@podkarpackie.example'),
 ('PP4 – Kymenlaakso Aviation Technology Cluster ry (KATC)', 'Finland', 'Sanna Hirvonen', 'project manager (from 1.1.2034)', 's.hirvonen@katc.example'),
 ('PP4 – Kymenlaakso Aviation Technology Cluster ry (KATC)', 'Finland', 'Jari Peltola', 'financial contact', 'j.peltola@katc.example'),
 ('PP5 – South-Eastern Finland University of Applied Sciences (Xamk)', 'Finland', 'Heikki Laaksonen', 'WP3 leader (training modules)', 'heikki.laaksonen@xamk.example'),
 ('PP6 – Fundación Aeronáutica de Madrid (FAM)', 'Spain', 'GARCÍA DE LA FUENTE, Álvaro', 'WP4 leader (digital tools)', 'agarcia@fam.example'),
 ('PP7 – Getafe MRO Cluster Association (GMRO)', 'Spain', 'Lucía Barrio Sanz', 'Communication manager', 'lbarrio@gmro.example'),
 ('PP8 – Bačka Aero & ICT Cluster (BAC)', 'Serbia', 'Nenad Stojanović', 'Partner contact', 'nenad.stojanovic@bac.example'),
 ('PP8 – Bačka Aero & ICT Cluster (BAC)', 'Serbia', 'Jelena Ilić', 'communication officer', 'jelena.ilic@bac.example'),
 ('Associated partner – Polish Civil Aviation Authority', 'Poland', '–', 'observer', 'info@ulc.example'),
]
t = d.add_table(rows=len(rows), cols=5)
t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
d.add_heading('3. Programme bodies', 1)
d.add_paragraph('Joint Secretariat: Ines Hoffbauer, project officer, Interreg Europe Joint Secretariat, Lille. '
 'National contact point for Poland: Tomasz Wierzbicki, Ministry of Development Funds and Regional Policy. '
 'First level control for the Lead Partner is carried out by the Centrum Projektów Europejskich.')
d.add_heading('4. Project meetings', 1)
d.add_paragraph('The following partner meetings are planned. Each host partner sends practical information six weeks before the meeting.')
for t2 in ['Kick-off meeting: 23–24 October 2033, Rzeszów (held; minutes circulated on 6 November 2033)',
           'Second partner meeting and study visit to MRO companies: 11–13 March 2034, Kotka and Kouvola, host PP4',
           'Third partner meeting: September 2034, Getafe, hosts PP6 and PP7',
           'Policy learning workshop with regional stakeholders: 2 February 2035, Novi Sad, host PP8',
           'Final conference: June 2036, Rzeszów, alongside the Rzeszów Aero Days']:
    d.add_paragraph(t2, style='List Number')
d.add_heading('5. Steering Committee', 1)
d.add_paragraph('The Steering Committee consists of one voting representative per partner and meets at every partner meeting and online '
 'once per quarter. It is chaired by Marta Wojtaszek (PARN); Álvaro García de la Fuente (FAM) acts as vice-chair until the third '
 'partner meeting, when the chair of the advisory board of the Kymenlaakso cluster, Markku Rautio, will take over as vice-chair. '
 'Decisions are taken by consensus; where no consensus is reached, a two-thirds majority of the partners present applies. '
 'Associated partners attend without voting rights.')
d.add_heading('6. Functional addresses', 1)
d.add_paragraph('Coordination: aeromro-link@dlp.example – Finance: finance.aeromro@dlp.example – Communication: press@aeromro-link.example')
d.add_paragraph('This document contains personal data and is for consortium use only. Please do not forward it outside the partnership. '
 'Data are processed under the consortium agreement signed on 28 September 2033; contact persons may ask to be removed at any time.')
d.save('../docs/' + F)
DLP='Podkarpackie Aerospace Repair Network'; KATC='Kymenlaakso Aviation Technology Cluster ry'
gold(F, [
 P('Sanna Hirvonen','project manager',KATC),
 P('Jari Peltola','financial contact',KATC),
 P('Ines Hoffbauer','project officer','Interreg Europe Joint Secretariat'),
 P('WOJTASZEK Marta','Project coordinator',DLP),
 P('Kamil Sroka','Financial manager',DLP),
 P('Piotr Gąsior','Scientific lead, WP2 leader','Politechnika Rzeszowska'),
 P('Agnieszka Łukasik-Bąk','Policy contact','Urząd Marszałkowski Województwa Podkarpackiego'),
 P('Heikki Laaksonen','WP3 leader','South-Eastern Finland University of Applied Sciences'),
 P('GARCÍA DE LA FUENTE, Álvaro','WP4 leader','Fundación Aeronáutica de Madrid'),
 P('Lucía Barrio Sanz','Communication manager','Getafe MRO Cluster Association'),
 P('Nenad Stojanović','Partner contact','Bačka Aero & ICT Cluster'),
 P('Jelena Ilić','communication officer','Bačka Aero & ICT Cluster'),
 P('Markku Rautio','chair of the advisory board',KATC),
 P('Tomasz Wierzbicki',None,'Ministry of Development Funds and Regional Policy'),
],[
 O(DLP,'PARN'), O('Politechnika Rzeszowska'), O('Faculty of Mechanical Engineering and Aeronautics'),
 O('Urząd Marszałkowski Województwa Podkarpackiego',"Podkarpackie Marshal's Office"), O(KATC,'KATC'),
 O('South-Eastern Finland University of Applied Sciences','Xamk'), O('Fundación Aeronáutica de Madrid','FAM'),
 O('Getafe MRO Cluster Association','GMRO'), O('Bačka Aero & ICT Cluster','BAC'), O('Polish Civil Aviation Authority'),
 O('Interreg Europe Joint Secretariat'), O('Ministry of Development Funds and Regional Policy'), O('Centrum Projektów Europejskich'),
],[
 E('Kick-off meeting','2033-10-23','2033-10-24','Rzeszów','Poland'),
 E('Second partner meeting and study visit to MRO companies','2034-03-11','2034-03-13',None,'Finland'),
 E('Third partner meeting','2034-09','2034-09','Getafe','Spain'),
 E('Policy learning workshop with regional stakeholders','2035-02-02','2035-02-02','Novi Sad','Serbia'),
 E('Final conference','2036-06','2036-06','Rzeszów','Poland'),
 E('Rzeszów Aero Days','2036-06','2036-06','Rzeszów','Poland'),
],['2034-01-09','2033-10-14','2033-09-01/2036-08-31','2034-01-01','2033-10-23/2033-10-24','2033-11-06','2034-03-11/2034-03-13','2034-09','2035-02-02','2036-06','2033-09-28'])
