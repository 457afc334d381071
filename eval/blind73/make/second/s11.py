exec(open('hdr.py').read())
C="Tarnów Chemical Cluster"
d={"doc":"circ-plast-third-partner-meeting-tarnow-report-pdf.txt","source_url":None,"published_date":None,
"people":[P("Agnieszka Wróbel-Nowak","project manager",C),P("Hans-Jürgen van Beek",None,"Chemie-Cluster Mitteldeutschland e.V."),P("Maja Kovačič Zupan",None,"Plasticary Klaster Slovenija"),
P("Bence Tóth-Halász",None,"Pannon Plastics Cluster"),P("Clara Bertolini","project officer","Joint Secretariat"),P("Marek Świątek","President",C),P("Katarzyna Lis","Deputy Mayor of Tarnów")],
"organisations":[O(C),O("Chemie-Cluster Mitteldeutschland e.V."),O("Plasticary Klaster Slovenija"),O("Brno University of Technology"),O("Polymer Competence Center Leoben GmbH"),
O("Pannon Plastics Cluster"),O("Spolka Celowa Tarnowska Strefa"),O("Slovak Plastics Cluster"),O("Veneto Green Cluster"),O("Joint Secretariat"),O("Recykl Polimery Sp. z o.o.")],
"events":[E("THIRD PARTNER MEETING","2034-04-23","2034-04-24","Tarnów","Poland"),E("Site visit","2034-04-23","2034-04-23","Tarnów-Mościce","Poland"),
E("Workshop \"Pilot actions: what can each region test in 2035?\"","2034-04-23","2034-04-23","Tarnów","Poland"),E("Project dinner","2034-04-23","2034-04-23","Tarnów","Poland"),
E("Steering Committee meeting","2034-04-24","2034-04-24","Tarnów","Poland"),E("mid-term conference","2034-10-15","2034-10-16","Leoben","Austria"),
E("annual meeting of the Austrian plastics cluster network","2034-10-15","2034-10-16","Leoben","Austria"),E("fourth partner meeting","2035-02","2035-02","Brno","Czechia"),
E("webinar on pilot monitoring indicators","2034-06-10","2034-06-10",None,None)],
"dates":["2034-04-23/2034-04-24","2034-05-12","2034-04-23","2034-04-24","2035","2035-01/2036-03","2034-10-15/2034-10-16","2034-06-30","2035-02","2034-05-31","2034-09-15","2034-06-10"],
"key_messages":["The transnational strategy will include a chapter on chemi- cal recycling, drafted by Polymer Competence Center Leoben",
"The five mature pilot actions are approved; the remaining four pilot concepts must be resubmitted by 30 June 2034",
"The budget shift of EUR 18,000 from WP1 to WP3 requested by the Lead Partner is approved","The fourth partner meeting will take place in Brno in Feb- ruary 2035, hosted by Brno University of Technology"]}
json.dump(d,open('circ-plast-third-partner-meeting-tarnow-report-pdf.json','w'),ensure_ascii=False,indent=1)
