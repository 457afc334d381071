from h import *
import docx
doc = "WOODLINK-BSR_partnership-and-contacts_v2.docx"
d = docx.Document()
paras = []
def H(t, l=1): d.add_heading(t, l); paras.append(t)
def Pa(t, style=None): d.add_paragraph(t, style=style); paras.append(t)
H("WOODLINK-BSR – Partnership and contact persons", 0)
Pa("Interreg Baltic Sea Region project no. C031-0000 · Project period: 1 March 2031 – 28 February 2034 · Document version 2, 5 May 2031")
H("1. About this document")
Pa("This list gives the partners of WOODLINK-BSR (Linking wood-processing clusters for low-carbon construction in the Baltic Sea Region), the contact person of each partner and the role each partner plays in the work plan. It replaces version 1 circulated after the kick-off meeting in Białystok on 16–17 April 2031. Changes since version 1 are marked (new).")
Pa("The lead partner is the single contact point for the Joint Secretariat. Questions about the work plan should go to the work-package leaders; questions about reporting and payments to the lead partner's finance manager.")
H("2. Project partners")
rows = [
 ("No.", "Partner", "Country", "Contact person", "Role in the project"),
 ("LP", "Stowarzyszenie Podlaski Klaster Drzewny (PKD)", "Poland", "Katarzyna Wiśniewska-Hryniewicz (cluster coordinator)", "Lead partner; WP1 Project management"),
 ("PP2", "Politechnika Białostocka – Faculty of Civil Engineering and Environmental Sciences", "Poland", "Marek Sokołowski-Dąb (associate professor)", "WP3 leader: timber building systems testing"),
 ("PP3", "Šiaulių medienos klasteris (Šiauliai Wood Cluster)", "Lithuania", "Rūta Petrauskienė (manager) (new)", "WP2 leader: cluster cooperation and SME services"),
 ("PP4", "Šiaulių valstybinė kolegija", "Lithuania", "Darius Jankauskas (lecturer, Department of Engineering)", "Training modules for carpenters"),
 ("PP5", "Latgales Koka Klasteris (LKK)", "Latvia", "Ināra Vilcāne (valdes locekle / board member)", "WP4 leader: pilot buildings and communication"),
 ("PP6", "Rēzeknes Tehnoloģiju akadēmija", "Latvia", "Jānis Bērziņš-Kalns (researcher)", "Life-cycle assessment of pilots"),
 ("PP7", "Podlaskie Centrum Budownictwa Drewnianego Sp. z o.o.", "Poland", "Tomasz Jurczuk (managing director)", "Demonstration site in Hajnówka"),
]
t = d.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, c in enumerate(r):
        t.cell(i, j).text = c
H("3. Associated partners")
Pa("The following bodies support the project without budget:")
for x in ["Urząd Marszałkowski Województwa Podlaskiego (Marshal's Office of Podlaskie Voivodeship) – contact: Agnieszka Łapińska, head of the Regional Innovation Strategy unit",
          "Ekonomikos ir inovacijų ministerija (Ministry of the Economy and Innovation of the Republic of Lithuania) – contact: Vytautas Stankevičius, chief specialist",
          "Baltic Timber Frame Association BTFA – contact to be confirmed (new)"]:
    Pa(x, "List Bullet")
H("4. Project management contacts")
for x in ["Project manager: Katarzyna Wiśniewska-Hryniewicz, PKD, ul. Lipowa 0, 15-000 Białystok, +48 85 000 21 10",
          "Finance manager: Ewa Kondratiuk, PKD (new; replaces Paweł Szymański, who left PKD on 30 April 2031)",
          "Communication manager: Ilze Rozīte, LKK",
          "Project officer at the Joint Secretariat: Anna-Maija Rantala, Interreg Baltic Sea Region Joint Secretariat, Rostock"]:
    Pa(x, "List Bullet")
H("5. Next meetings")
Pa("Partner meetings rotate between the three countries. The second partner meeting will be held in Šiauliai on 13–14 October 2031, hosted by PP3 and PP4, with a study visit to timber-frame producers. The third meeting is planned in Rēzekne in spring 2032. A steering group of one representative per partner meets online every quarter; the first online steering group meeting took place on 2 June 2031.")
Pa("The final conference is foreseen for January 2034 in Białystok, together with the Podlasie Wood Days fair. Partners are asked to send updated contact details to the lead partner by 31 May 2031.")
H("6. Roles of work-package leaders")
Pa("Each work-package leader coordinates the activities of the work package, collects the partners' contributions for the six-monthly progress reports and reports to the steering group. Partners that do not lead a work package contribute to all work packages according to the budget in the application form. In case of a change of contact person, the partner informs the lead partner within two weeks, and the lead partner updates this list and notifies the Joint Secretariat.")
d.core_properties.title = "WOODLINK-BSR partnership"
import os
d.save(os.path.join(B, "docs", doc))
text = "\n".join(paras + ["\n".join(r) for r in rows])
PK = "Stowarzyszenie Podlaski Klaster Drzewny"
people = [
 P("Katarzyna Wiśniewska-Hryniewicz", "cluster coordinator", PK),
 P("Marek Sokołowski-Dąb", "associate professor", "Politechnika Białostocka"),
 P("Rūta Petrauskienė", "manager", "Šiaulių medienos klasteris"),
 P("Darius Jankauskas", "lecturer", "Šiaulių valstybinė kolegija"),
 P("Ināra Vilcāne", "valdes locekle / board member", "Latgales Koka Klasteris"),
 P("Jānis Bērziņš-Kalns", "researcher", "Rēzeknes Tehnoloģiju akadēmija"),
 P("Tomasz Jurczuk", "managing director", "Podlaskie Centrum Budownictwa Drewnianego Sp. z o.o."),
 P("Agnieszka Łapińska", "head of the Regional Innovation Strategy unit", "Urząd Marszałkowski Województwa Podlaskiego"),
 P("Vytautas Stankevičius", "chief specialist", "Ekonomikos ir inovacijų ministerija"),
 P("Ewa Kondratiuk", "Finance manager", PK),
 P("Paweł Szymański", None, PK),
 P("Ilze Rozīte", "Communication manager", "Latgales Koka Klasteris"),
 P("Anna-Maija Rantala", "Project officer", "Interreg Baltic Sea Region Joint Secretariat"),
]
orgs = [O(PK, "PKD"), O("Politechnika Białostocka"), O("Faculty of Civil Engineering and Environmental Sciences"),
 O("Šiaulių medienos klasteris", "Šiauliai Wood Cluster"), O("Šiaulių valstybinė kolegija"), O("Department of Engineering"),
 O("Latgales Koka Klasteris", "LKK"), O("Rēzeknes Tehnoloģiju akadēmija"), O("Podlaskie Centrum Budownictwa Drewnianego Sp. z o.o."),
 O("Urząd Marszałkowski Województwa Podlaskiego", "Marshal's Office of Podlaskie Voivodeship"),
 O("Ekonomikos ir inovacijų ministerija", "Ministry of the Economy and Innovation of the Republic of Lithuania"),
 O("Baltic Timber Frame Association", "BTFA"), O("Interreg Baltic Sea Region Joint Secretariat")]
events = [
 E("WOODLINK-BSR kick-off meeting", "2031-04-16", "2031-04-17", "Białystok", "Poland"),
 E("second partner meeting", "2031-10-13", "2031-10-14", "Šiauliai", "Lithuania"),
 E("third partner meeting", "2032", "2032", "Rēzekne", "Latvia"),
 E("first online steering group meeting", "2031-06-02", "2031-06-02", None, None),
 E("WOODLINK-BSR final conference", "2034-01", "2034-01", "Białystok", "Poland"),
 E("Podlasie Wood Days", "2034-01", "2034-01", "Białystok", "Poland"),
]
dates = ["2031-03-01/2034-02-28", "2031-05-05", "2031-04-16/2031-04-17", "2031-04-30", "2031-10-13/2031-10-14", "2032", "2031-06-02", "2034-01", "2031-05-31"]
gold(doc, None, people, orgs, events, dates, [], text=text)
