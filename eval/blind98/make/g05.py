from h import *
import docx
F = 'g05_dalarna_materials_newsletter_agm.docx'
assert wd(2035,5,24)=='Thursday' and wd(2035,5,3)=='Thursday' and wd(2035,4,19)=='Thursday' and wd(2035,3,15)=='Thursday' and wd(2035,6,13)=='Wednesday'
d = docx.Document()
d.add_paragraph("Dalarna Materials Cluster – Members' Newsletter No. 2/2035")
d.add_paragraph("Falun, 22 March 2035 · Editor: Karin Lindqvist")
d.add_heading("Notice of the Annual General Meeting 2035", 1)
d.add_paragraph("The members of the Dalarna Materials Cluster association (DMC) are hereby invited to the Annual General Meeting, to be held on Thursday 24 May 2035 at 13:00 in the auditorium of Dalarna University, Högskolegatan 2, Falun. Members who cannot attend in person may follow the meeting online and vote by proxy; the proxy form is attached to this newsletter. Each member organisation has one vote. Motions from members must reach the board by 19 April 2035.")
d.add_paragraph("The meeting will be preceded by the board meeting of the association at 10:00 on the same day (board members only) and followed by a members' afternoon with a guided tour of the new metal powder pilot plant at Högskolan Dalarna's Materials Lab.")
d.add_heading("Agenda of the Annual General Meeting", 2)
for i,x in enumerate(["Opening of the meeting and election of the chair of the meeting",
 "Election of a secretary and of two persons to check the minutes",
 "Approval of the notice and of the agenda",
 "Annual report of the board for 2034",
 "Financial statements 2034 and report of the auditor",
 "Discharge of the board from liability for 2034",
 "Membership fees for 2036",
 "Activity plan and budget 2035–2036",
 "Election of the chair and of board members",
 "Election of the auditor and of the nomination committee",
 "Motions from members",
 "Any other business and closing"],1):
    d.add_paragraph(f"{i}. {x}")
d.add_heading("Board nominations", 2)
d.add_paragraph("The nomination committee, chaired by Sven-Olof Dahlberg, proposes the following board for 2035–2037. Annika Berglund (SSAB Borlänge) has declined re-election after six years on the board; the committee thanks her for her work on the cluster's steel recycling roadmap.")
t = d.add_table(rows=1, cols=3); t.rows[0].cells[0].text="Office"; t.rows[0].cells[1].text="Name"; t.rows[0].cells[2].text="Member organisation"
for r in [("Chair","Johan Ekström","Stora Kopparberg Metallurgi AB"),("Vice-Chair","Lena Hedström","Dalarna University"),
          ("Treasurer","Mats Sjöberg","Sparbanken Dalarna Företag"),("Board member","Emma Nordin","Borlänge Energi AB"),
          ("Board member (new)","Ahmed Yusuf Karimi","Avesta Precision Casting AB"),("Deputy board member","Ingrid Falk","Region Dalarna")]:
    c=t.add_row().cells; c[0].text, c[1].text, c[2].text = r
d.add_paragraph("The auditor, Per Holmgren of Revisionsbyrån Siljan AB, is proposed for re-election.")
d.add_heading("From the board meeting of 15 March 2035", 2)
d.add_paragraph("At its meeting on Thursday 15 March 2035 the board decided:")
for x in ["to propose unchanged membership fees for 2036 (SEK 4,000 for companies with fewer than 50 employees, SEK 12,000 for larger companies, SEK 6,000 for public bodies)",
          "to apply for the cluster's renewal of the Bronze Label of the European Cluster Excellence Initiative in autumn 2035",
          "to open a second office in Avesta from 1 September 2035, hosted by Avesta Näringsliv",
          "to admit three new members: Ludvika Composites AB, Mora Härdteknik AB and the Swedish Foundry Association"]:
    d.add_paragraph(x, style='List Bullet')
d.add_heading("Other events this spring", 2)
d.add_paragraph("Thursday 3 May 2035, 09:00–12:00 – Workshop on hydrogen-based steelmaking for suppliers, at the Hydrogen Lab in Borlänge, with Maja Törnqvist of RISE Research Institutes of Sweden.")
d.add_paragraph("Wednesday 13 June 2035 – Midsummer networking at Carl Larsson-gården, Sundborn, together with the Dalarna Wood Cluster. Registration by 1 June.")
d.add_paragraph("Save the date: the Bergslagen Materials Days will take place in Västerås on 2–3 October 2035, organised with the Västmanland metals network Metallkluster Mälardalen.")
d.add_heading("Word from the managing director", 2)
d.add_paragraph("Dear members, 2034 was the first year in which our association had more than 100 members: we now count 107 companies, research bodies and public organisations. We ran 31 activities, and our members took part in two Horizon Europe projects and four Interreg Baltic Sea Region projects. At the General Meeting I will present the activity plan, which puts skills first: without welders, metallurgists and process engineers there will be no green steel in Dalarna. I hope to see many of you in Falun on 24 May. – Camilla Westin, Managing Director, Dalarna Materials Cluster")
d.add_heading("Member news in brief", 2)
d.add_paragraph("Borlänge Energi AB has started delivering waste heat from the steelworks to 2,400 more households in Borlänge; the project was prepared in the cluster's energy working group, led by Emma Nordin. Avesta Precision Casting AB has hired eleven apprentices from the upper secondary school in Avesta and is looking for two more. Dalarna University opens a new master's programme in sustainable metallurgy in August 2035; members can offer thesis topics to the programme coordinator, Olle Wikström, until 30 April 2035.")
d.add_paragraph("Welcome to our newest member, Ludvika Composites AB, which makes fibre-reinforced housings for transformers and employs 64 people. Its chief executive, Sara Lund, will introduce the company at the members' afternoon on 24 May.")
d.add_heading("Practical information", 2)
d.add_paragraph("Registration for the General Meeting and the members' afternoon: by 10 May 2035 at www.dalarnamaterials.example.se/agm. Documents for the meeting (annual report, financial statements, activity plan) will be sent to all members two weeks before the meeting. Questions: Karin Lindqvist, communications officer, karin.lindqvist@dalarnamaterials.example.se, +46 23 000 00 00.")
d.add_paragraph("Dalarna Materials Cluster · Slaggatan 12 · 791 71 Falun · Org. nr 000000-0000")
d.add_paragraph("You receive this newsletter as a contact person of a member organisation. Unsubscribe | Update your details")
d.save(path(F))
DMC="Dalarna Materials Cluster"
gold(F,
 [P("Karin Lindqvist","communications officer",DMC),
  P("Sven-Olof Dahlberg","chair","nomination committee"),
  P("Annika Berglund",None,"SSAB Borlänge"),
  P("Johan Ekström","Chair",DMC), P("Lena Hedström","Vice-Chair",DMC), P("Mats Sjöberg","Treasurer",DMC),
  P("Emma Nordin","Board member",DMC), P("Ahmed Yusuf Karimi","Board member",DMC), P("Ingrid Falk","Deputy board member",DMC),
  P("Per Holmgren","auditor","Revisionsbyrån Siljan AB"),
  P("Maja Törnqvist",None,"RISE Research Institutes of Sweden"),
  P("Camilla Westin","Managing Director",DMC),
  P("Olle Wikström","programme coordinator","Dalarna University"),
  P("Sara Lund","chief executive","Ludvika Composites AB")],
 [O(DMC,"DMC"), O("Dalarna University"), O("SSAB Borlänge"), O("Stora Kopparberg Metallurgi AB"),
  O("Sparbanken Dalarna Företag"), O("Borlänge Energi AB"), O("Avesta Precision Casting AB"), O("Region Dalarna"),
  O("Revisionsbyrån Siljan AB"), O("Avesta Näringsliv"), O("Ludvika Composites AB"),
  O("Mora Härdteknik AB"), O("Swedish Foundry Association"), O("RISE Research Institutes of Sweden"),
  O("Dalarna Wood Cluster"), O("Metallkluster Mälardalen")],
 [E("Annual General Meeting","2035-05-24",None,"Falun","Sweden"),
  E("board meeting","2035-05-24",None,"Falun","Sweden"),
  E("members' afternoon","2035-05-24",None,"Falun","Sweden"),
  E("board meeting","2035-03-15"),
  E("Workshop on hydrogen-based steelmaking for suppliers","2035-05-03",None,"Borlänge","Sweden"),
  E("Midsummer networking","2035-06-13",None,"Sundborn","Sweden"),
  E("Bergslagen Materials Days","2035-10-02","2035-10-03","Västerås","Sweden")],
 ["2035-03-22","2035-05-24","2035-04-19","2034","2036","2035/2036","2035/2037","2035-03-15","2035-09-01","2035-05-03",
  "2035-06-13","2035-06-01","2035-10-02/2035-10-03","2035-05-10","2035","2035-08","2035-04-30"],
 ["to propose unchanged membership fees for 2036 (SEK 4,000 for companies with fewer than 50 employees, SEK 12,000 for larger companies, SEK 6,000 for public bodies)",
  "to apply for the cluster's renewal of the Bronze Label of the European Cluster Excellence Initiative in autumn 2035",
  "to open a second office in Avesta from 1 September 2035, hosted by Avesta Näringsliv",
  "to admit three new members: Ludvika Composites AB, Mora Härdteknik AB and the Swedish Foundry Association"],
 pub="2035-03-22")
