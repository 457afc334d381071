from h import *
import docx
FN = "Minutes_DroneNet-NL_coordination-meeting_2031-09-16.docx"
d = docx.Document()
L = []
def para(t, style=None):
    d.add_paragraph(t, style=style) if style else d.add_paragraph(t); L.append(t)
def head(t, lvl):
    d.add_heading(t, lvl); L.append(t)
head("DroneNet NL – Coordination meeting of the regional drone clusters", 0)
para("Minutes of the 9th coordination meeting")
para("Date and place: Tuesday 16 September 2031, 10:00–15:30, Aviodrome Conference Centre, Lelystad (Flevoland)")
para("Chair: Marloes Veenstra-Bakker (coordinator DroneNet NL, Flevoland Drone Valley). Minutes: Thijs op den Kamp (secretariat).")
head("Present", 1)
for t in ["Marloes Veenstra-Bakker – Flevoland Drone Valley (chair)",
          "Thijs op den Kamp – Flevoland Drone Valley (secretariat)",
          "Pieter-Jan Hoekstra – Noorderzicht Drone Centre, Groningen",
          "Yara El Idrissi – Rotterdam Airspace Lab",
          "Koen Vermeulen – Twente UAS Field Lab (online)",
          "Annelies de Smet – Brainport Aerial Systems, Eindhoven",
          "Guest for item 4: Frank Meulendijks, senior policy officer, Ministry of Infrastructure and Water Management"]:
    para(t, "List Bullet")
para("Apologies: Joost Wagenaar (Drone Port Zeeland-West).")
head("1. Opening and minutes of the previous meeting", 1)
para("The chair opened the meeting at 10:05. The minutes of the 8th meeting (Rotterdam, 17 June 2031) were approved without changes. Action point 8.3 (joint brochure) is done; 8.5 (data-sharing agreement) is still open.")
head("2. Dutch Drone Week 2031", 1)
para("Yara El Idrissi reported on the preparation of Dutch Drone Week 2031 (6–10 October 2031), with events in Lelystad, Rotterdam, Enschede and Groningen. Twenty-two events are registered. The opening takes place on 6 October in the Rotterdam Airspace Lab; the closing demo day on 10 October at Lelystad Airport. The members agreed to share one press release, to be sent on 29 September.")
head("3. European cooperation", 1)
para("Annelies de Smet presented the outcome of the meeting with the European Drone Clusters Alliance (EDCA) in Toulouse on 2 September 2031. EDCA invites DroneNet NL to co-organise a session at the Amsterdam Drone Week in March 2032. Koen Vermeulen warned that the Twente field lab cannot contribute budget before January 2032.")
head("4. U-space regulation – exchange with the Ministry", 1)
para("Frank Meulendijks explained the timetable of the national U-space designation. A public consultation will open in November 2031; the first U-space airspace is planned for 2033. Members asked for test corridors in all five regions.")
head("5. Any other business", 1)
para("Pieter-Jan Hoekstra informed the members that the Noorderzicht Drone Centre will open a second test site near Eemshaven in spring 2032 and offered the other clusters free test days for their start-ups. Koen Vermeulen asked whether the network could apply jointly to the next Growth Fund round; the secretariat will check the conditions. Annelies de Smet reported that Brainport Aerial Systems has hired a new programme manager, who will attend from the next meeting. The chair reminded members that the network's annual report for 2031 must be delivered to the province before 1 February 2032.")
head("Decisions", 1)
for t in ["DroneNet NL will submit one joint response to the U-space consultation, coordinated by the Rotterdam Airspace Lab",
          "The network accepts EDCA's invitation to co-organise a session at the Amsterdam Drone Week 2032",
          "The membership fee for 2032 stays at EUR 2,500 per cluster"]:
    para(t, "List Number")
head("Action points", 1)
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
rows = [("No.", "Action", "Owner", "Deadline"),
 ("9.1", "Send joint press release for Dutch Drone Week", "Yara El Idrissi", "29 September 2031"),
 ("9.2", "Draft joint consultation response", "Yara El Idrissi / Pieter-Jan Hoekstra", "15 December 2031"),
 ("9.3", "Propose session format to EDCA", "Annelies de Smet", "31 October 2031"),
 ("9.4", "Finalise data-sharing agreement (carried over from 8.5)", "Thijs op den Kamp", "1 November 2031"),
 ("9.5", "Collect test-corridor wishes from all regions", "Marloes Veenstra-Bakker", "end of October 2031")]
for i, r in enumerate(rows):
    cells = t.rows[0].cells if i == 0 else t.add_row().cells
    for c, v in zip(cells, r): c.text = v
    L.append(" ".join(r))
head("Next meetings", 1)
for t2 in ["10th coordination meeting: Tuesday 18 November 2031, Groningen (host: Noorderzicht Drone Centre)",
           "11th coordination meeting: Tuesday 27 January 2032, online",
           "12th coordination meeting: Tuesday 23 March 2032, Eindhoven, back-to-back with the annual network dinner"]:
    para(t2, "List Bullet")
para("The chair closed the meeting at 15:20 and thanked the Aviodrome for its hospitality.")
para("Approved by e-mail on 30 September 2031.")
d.save(f"{B}/docs/{FN}")
txt = "\n".join(L)
gold(FN, txt, None,
 [P("Marloes Veenstra-Bakker","coordinator","DroneNet NL"),
  P("Thijs op den Kamp",None,"Flevoland Drone Valley"),
  P("Pieter-Jan Hoekstra",None,"Noorderzicht Drone Centre"),
  P("Yara El Idrissi",None,"Rotterdam Airspace Lab"),
  P("Koen Vermeulen",None,"Twente UAS Field Lab"),
  P("Annelies de Smet",None,"Brainport Aerial Systems"),
  P("Frank Meulendijks","senior policy officer","Ministry of Infrastructure and Water Management"),
  P("Joost Wagenaar",None,"Drone Port Zeeland-West")],
 [O("DroneNet NL"),O("Flevoland Drone Valley"),O("Noorderzicht Drone Centre"),O("Rotterdam Airspace Lab"),O("Twente UAS Field Lab"),
  O("Brainport Aerial Systems"),O("Ministry of Infrastructure and Water Management"),O("Drone Port Zeeland-West"),
  O("European Drone Clusters Alliance","EDCA")],
 [E("9th coordination meeting","2031-09-16","2031-09-16","Lelystad","Netherlands"),
  E("8th meeting","2031-06-17","2031-06-17","Rotterdam","Netherlands"),
  E("Dutch Drone Week 2031","2031-10-06","2031-10-10","Lelystad, Rotterdam, Enschede, Groningen","Netherlands"),
  E("meeting with the European Drone Clusters Alliance","2031-09-02","2031-09-02","Toulouse","France"),
  E("Amsterdam Drone Week","2032-03","2032-03","Amsterdam","Netherlands"),
  E("10th coordination meeting","2031-11-18","2031-11-18","Groningen","Netherlands"),
  E("11th coordination meeting","2032-01-27","2032-01-27",None,None),
  E("12th coordination meeting","2032-03-23","2032-03-23","Eindhoven","Netherlands"),
  E("annual network dinner","2032-03-23","2032-03-23","Eindhoven","Netherlands")],
 ["2031-09-16","2031-06-17","2031-10-06/2031-10-10","2031-10-06","2031-10-10","2031-09-29","2031-09-02","2032-03","2032-01",
  "2031-11","2033","2032","2031-12-15","2031-10-31","2031-11-01","2031-10","2031-11-18","2032-01-27","2032-03-23","2031-09-30","2031","2032-02-01"],
 ["DroneNet NL will submit one joint response to the U-space consultation, coordinated by the Rotterdam Airspace Lab",
  "The network accepts EDCA's invitation to co-organise a session at the Amsterdam Drone Week 2032",
  "The membership fee for 2032 stays at EUR 2,500 per cluster"])
