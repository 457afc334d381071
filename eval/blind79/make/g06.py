from h import *
F = 'g06_gevgelija_board_calendar_2036.md'
rows = [(2036,1,22,'10:00','Gevgelija, cluster office','Adoption of the 2036 work plan and budget; membership fees; report on the Vardar Valley Fruit Days'),
 (2036,3,11,'10:00','Strumica, Chamber of Commerce regional office','Annual report 2035 for the General Assembly; audit by Ristovski & Partners; preparation of the General Assembly'),
 (2036,4,8,'17:00','online (Teams)','Extraordinary item only if needed: applications to the national cluster programme'),
 (2036,5,20,'10:00','Valandovo, Municipality hall','Participation in the Macedonian Food Fair; export working group; election of the vice-chair'),
 (2036,7,15,'11:00','Bogdanci, Winery Ilinden','Mid-year financial report; summer harvest logistics pilot; study visit to Thessaloniki'),
 (2036,9,23,'10:00','Gevgelija, cluster office','Programme of the Vardar Valley Fruit Days 2036; new members'),
 (2036,11,18,'10:00','Skopje, Fund for Innovation and Technology Development','Strategy 2037–2040 draft; cooperation agreement with the Greek partner cluster'),
 (2036,12,16,'12:00','Gevgelija, Hotel Vardar','Closing meeting of the year; budget 2037 first reading; end-of-year lunch with members'),]
tab = "| No. | Date | Time | Place | Main items |\n|---|---|---|---|---|\n"
for i, (y, m, d, t, p, it) in enumerate(rows, 1):
    tab += f"| {i} | {w(y,m,d)[:3]} {d:02d}.{m:02d}.{y} | {t} | {p} | {it} |\n"
T = f"""# Southeast Agri-Food Cluster (SEAFC) – Board of Directors

## Calendar of board meetings 2036

*Adopted by the Board of Directors at its meeting of 10 December 2035 (decision no. 14/2035). Published for members on 12 December 2035.*

Gevgelija, North Macedonia · [Back to Governance](#) · [Download as PDF](#)

The Board of Directors of the Southeast Agri-Food Cluster meets at least six times a year under Article 21 of the Statute. Regular meetings are held in Gevgelija; at least two meetings a year are held in other member municipalities of the Southeast planning region, to bring the board closer to members. Members may attend as observers with prior notice of three working days to the secretariat.

{tab}
Meetings start on time. Papers are sent to board members seven days before each meeting. The April meeting is held only if the national call for cluster support is published; otherwise it is cancelled with one week's notice.

## Other fixed dates for 2036

- **General Assembly of members:** {w(2036,3,27)} 27 March 2036, 11:00, Gevgelija, Casino Flamingo conference hall. Elections of two board members and of the Supervisory Board.
- **Vardar Valley Fruit Days 2036** (sixth edition): 9–11 October 2036, Gevgelija city square, with a B2B meeting day for buyers on 10 October.
- **Deadline for proposals for the 2037 work plan:** 30 September 2036.
- **Audit fieldwork:** February 2036.

## Members of the Board of Directors (2034–2038 term)

| Name | Function | Company / organisation |
|---|---|---|
| Goran Stojanov | Chair of the Board | Agro Vardar DOOEL, Gevgelija |
| Elena Trajkovska-Mitreva | Vice-Chair | Winery Ilinden, Bogdanci |
| Blagoj Dimitrievski | Member | Fruit Export Valandovo DOO |
| Marija Kostadinova | Member | Dojran Fish DOOEL, Star Dojran |
| Ljupčo Hristov | Member | Faculty of Agriculture, Goce Delčev University, Štip |
| Vesna Angelovska | Member | Municipality of Gevgelija, Local Economic Development Unit |
| Dimitrios Papadakis | Member (co-opted, non-voting) | Thessaloniki Agrifood Cluster |

Secretary to the Board: Snežana Pop-Georgieva, Cluster Manager.
Supervisory Board chair: Nikola Zdravkovski.

## Notes from the chair

In a note to members, the chair Goran Stojanov wrote that the board wants "fewer meetings about meetings and more decisions on projects". Board minutes will be published on the members' area within ten days of each meeting, in Macedonian and in English. Members who wish to raise an item for the agenda should write to the secretariat at least fourteen days before the meeting.

Changes to this calendar are announced in the monthly members' newsletter and on this page. The cluster thanks the Fund for Innovation and Technology Development (FITD) and the Southeast Planning Region Development Centre for hosting meetings free of charge.

**Contact:** Snežana Pop-Georgieva, Cluster Manager · +389 34 000 000 · board@seafc.example.mk

---
Southeast Agri-Food Cluster · Bul. Marshal Tito 12, 1480 Gevgelija · [Statute](#) · [Privacy](#) · [Members' area](#)
"""
write(F, T)
dates = ["2035-12-10", "2035-12-12"] + [f"{y}-{m:02d}-{d:02d}" for (y,m,d,*_) in rows] + ["2036-03-27", "2036-10-09/2036-10-11", "2036-10-10", "2036-09-30", "2036-02", "2034/2038", "2037/2040"]
gold(F,
 [P("Goran Stojanov", "Chair of the Board", "Southeast Agri-Food Cluster"),
  P("Elena Trajkovska-Mitreva", "Vice-Chair", "Southeast Agri-Food Cluster"),
  P("Blagoj Dimitrievski", "Member", "Southeast Agri-Food Cluster"),
  P("Marija Kostadinova", "Member", "Southeast Agri-Food Cluster"),
  P("Ljupčo Hristov", "Member", "Southeast Agri-Food Cluster"),
  P("Vesna Angelovska", "Member", "Southeast Agri-Food Cluster"),
  P("Dimitrios Papadakis", "Member", "Southeast Agri-Food Cluster"),
  P("Snežana Pop-Georgieva", "Cluster Manager", "Southeast Agri-Food Cluster"),
  P("Nikola Zdravkovski", "Supervisory Board chair", "Southeast Agri-Food Cluster")],
 [O("Southeast Agri-Food Cluster", "SEAFC"), O("Ristovski & Partners"), O("Winery Ilinden"), O("Fund for Innovation and Technology Development", "FITD"),
  O("Agro Vardar DOOEL"), O("Fruit Export Valandovo DOO"), O("Dojran Fish DOOEL"), O("Faculty of Agriculture, Goce Delčev University"),
  O("Municipality of Gevgelija"), O("Thessaloniki Agrifood Cluster"), O("Southeast Planning Region Development Centre"),
  ],
 [E("Board meeting", "2036-01-22", None, "Gevgelija", "North Macedonia"),
  E("Board meeting", "2036-03-11", None, "Strumica", "North Macedonia"),
  E("Board meeting", "2036-04-08"),
  E("Board meeting", "2036-05-20", None, "Valandovo", "North Macedonia"),
  E("Board meeting", "2036-07-15", None, "Bogdanci", "North Macedonia"),
  E("Board meeting", "2036-09-23", None, "Gevgelija", "North Macedonia"),
  E("Board meeting", "2036-11-18", None, "Skopje", "North Macedonia"),
  E("Closing meeting of the year", "2036-12-16", None, "Gevgelija", "North Macedonia"),
  E("end-of-year lunch with members", "2036-12-16", None, "Gevgelija", "North Macedonia"),
  E("General Assembly of members", "2036-03-27", None, "Gevgelija", "North Macedonia"),
  E("Vardar Valley Fruit Days 2036", "2036-10-09", "2036-10-11", "Gevgelija", "North Macedonia"),
  E("B2B meeting day", "2036-10-10", None, "Gevgelija", "North Macedonia"),
  E("Macedonian Food Fair"), E("study visit to Thessaloniki", None, None, "Thessaloniki", "Greece"),
  E("Board of Directors meeting", "2035-12-10")],
 dates, [], pub="2035-12-12")
