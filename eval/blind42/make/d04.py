from common import *
import docx
from docx.shared import Pt
fname = "NCP-list_Cluster4-Digital-Industry_by-country_v5.docx"
d = docx.Document()
d.add_heading("Horizon Europe – Cluster 4 “Digital, Industry and Space”", 0)
d.add_heading("List of National Contact Points by country (extract, version 5)", 1)
paras = [
 "Compiled by the NCP network project IDEAL-NCP4 for the brokerage event of 9 October 2035. Version 5 of 02.10.2035, replacing version 4 of 14.06.2035. The list is updated after each change notified by national authorities; please check the official portal before contacting an NCP.",
 "How to use this list: contact the NCP of the country where your organisation is established. Cluster organisations may also ask their national NCP for partner searches and proposal checks. NCPs do not evaluate proposals.",
]
paras += [
 "What NCPs can do for you: explain the work programme topics and the rules for participation; check whether your idea fits a topic and a type of action; review the administrative parts of a draft proposal; help you find partners through the NCP partner-search service; and inform you about national co-funding and information days. Most NCPs also run short proposal-writing trainings before the main call deadlines.",
 "What NCPs cannot do: write your proposal, guarantee a result, or intervene in the evaluation. For questions about a running grant, please contact your project officer at the granting authority.",
 "Cluster organisations: several NCPs hold regular information sessions for cluster managers on the topics of Cluster 4 that suit consortia of SMEs. Ask your NCP whether such a session is planned in your country.",
 "Data protection: the contact details below are published with the consent of the persons concerned and only for the purpose of contacting them in their NCP function. Please do not add them to mailing lists.",
]
for p in paras: d.add_paragraph(p)
d.add_heading("National Contact Points", 2)
rows = [("Country","NCP","Organisation","E-mail"),
 ("Austria","Dr. Katharina Pernsteiner","FFG – Austrian Research Promotion Agency","k.pernsteiner@ffg.example"),
 ("Belgium (Wallonia)","Olivier Dethier","NCP Wallonie","o.dethier@ncpwallonie.example"),
 ("Croatia","Marija Vuković-Horvat","Agency for Mobility and EU Programmes (AMPEU)","marija.vukovic@ampeu.example"),
 ("Finland","Juha-Pekka Rautiainen","Business Finland","jp.rautiainen@bf.example"),
 ("Germany","Dr. Annegret von Stülpnagel","Nationale Kontaktstelle Digitale und Industrielle Technologien (NKS DIT)","a.vonstuelpnagel@nks.example"),
 ("Ireland","Ciarán Ó Dálaigh","Enterprise Ireland","ciaran.odalaigh@ei.example"),
 ("Italy","Ing. Beatrice Dall'Olio","APRE – Agenzia per la Promozione della Ricerca Europea","dallolio@apre.example"),
 ("Netherlands","Maarten van der Heijden","Netherlands Enterprise Agency (RVO)","m.vanderheijden@rvo.example"),
 ("Poland","dr inż. Tomasz Wierzbicki","National Contact Point for Research Programmes of the EU (KPK)","t.wierzbicki@kpk.example"),
 ("Portugal","Inês Carvalhal","Agência Nacional de Inovação (ANI)","ines.carvalhal@ani.example"),
 ("Slovenia","Urška Zajc","Ministry of Higher Education, Science and Innovation","urska.zajc@gov.example"),
 ("Sweden","Henrik Åkesson","Vinnova","henrik.akesson@vinnova.example"),
]
tb = d.add_table(rows=len(rows), cols=4); tb.style = "Table Grid"
for i,r in enumerate(rows):
    for j,c in enumerate(r): tb.cell(i,j).text = c
d.add_heading("Changes since version 4", 2)
for s in ["Ireland: Ciarán Ó Dálaigh replaces Siobhán Mac Giolla Rí, who moved to the European Innovation Council and SMEs Executive Agency (EISMEA) on 1 September 2035.",
          "Germany: Dr. Annegret von Stülpnagel takes over from Rolf Kettenbach (retired, 31.07.2035).",
          "Slovenia: new ministry name; contact person unchanged.",
          "Croatia: deputy NCP Ivan Pavić (AMPEU) added for space topics."]:
    d.add_paragraph(s, style="List Bullet")
d.add_paragraph("Countries not listed in this extract: please refer to the complete list on the official portal. Associated countries are included in the full version only.")
d.add_heading("Coordination", 2)
d.add_paragraph("IDEAL-NCP4 coordinator: Eva-Maria Lindqvist, senior advisor, Vinnova. Project office: Giorgos Antoniadis, project officer, Hellenic Foundation for Research and Innovation (HFRI). Questions about this list: list@ideal-ncp4.example.")
d.add_paragraph("The next NCP info day for cluster organisations will take place online on 20 January 2036 (10:00–12:30 CET).")
d.save(f"{B}/docs/{fname}")
save(fname, None, None, write=False,
 people=[P("Katharina Pernsteiner",None,"FFG – Austrian Research Promotion Agency"),
  P("Olivier Dethier",None,"NCP Wallonie"),
  P("Marija Vuković-Horvat",None,"Agency for Mobility and EU Programmes"),
  P("Juha-Pekka Rautiainen",None,"Business Finland"),
  P("Annegret von Stülpnagel",None,"Nationale Kontaktstelle Digitale und Industrielle Technologien"),
  P("Ciarán Ó Dálaigh",None,"Enterprise Ireland"),
  P("Beatrice Dall'Olio",None,"APRE – Agenzia per la Promozione della Ricerca Europea"),
  P("Maarten van der Heijden",None,"Netherlands Enterprise Agency"),
  P("Tomasz Wierzbicki",None,"National Contact Point for Research Programmes of the EU"),
  P("Inês Carvalhal",None,"Agência Nacional de Inovação"),
  P("Urška Zajc",None,"Ministry of Higher Education, Science and Innovation"),
  P("Henrik Åkesson",None,"Vinnova"),
  P("Siobhán Mac Giolla Rí",None,"European Innovation Council and SMEs Executive Agency"),
  P("Rolf Kettenbach"),
  P("Ivan Pavić","deputy NCP","AMPEU"),
  P("Eva-Maria Lindqvist","senior advisor","Vinnova"),
  P("Giorgos Antoniadis","project officer","Hellenic Foundation for Research and Innovation")],
 orgs=[O("FFG – Austrian Research Promotion Agency","FFG"),O("NCP Wallonie"),
  O("Agency for Mobility and EU Programmes","AMPEU"),O("Business Finland"),
  O("Nationale Kontaktstelle Digitale und Industrielle Technologien","NKS DIT"),O("Enterprise Ireland"),
  O("APRE – Agenzia per la Promozione della Ricerca Europea","APRE"),O("Netherlands Enterprise Agency","RVO"),
  O("National Contact Point for Research Programmes of the EU","KPK"),O("Agência Nacional de Inovação","ANI"),
  O("Ministry of Higher Education, Science and Innovation"),O("Vinnova"),
  O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Hellenic Foundation for Research and Innovation","HFRI")],
 events=[E("brokerage event","2035-10-09"),E("NCP info day for cluster organisations","2036-01-20")],
 dates=["2035-10-09","2035-10-02","2035-06-14","2035-09-01","2035-07-31","2036-01-20"])
