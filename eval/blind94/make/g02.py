from h import *
F = 'g02_varazdin_wood_cluster_newsletter.md'
assert wd(2036,6,18)=='Wednesday' and wd(2036,6,26)=='Thursday' and wd(2036,9,9)=='Tuesday' and wd(2036,7,15)=='Tuesday' and wd(2036,7,9)=="Wednesday" and wd(2036,9,25)=="Thursday" and wd(2036,9,26)=='Friday'
T = """[View this e-mail in your browser](https://example.org/nl/2036-06) | [Unsubscribe](https://example.org/unsub)

# Wood & Furniture Cluster Varaždin — Member Newsletter

**No. 6/2036 · 18 June 2036**

*In this issue: new members · Furniture Days in Varaždin · voucher call for design services · circular furniture study · training calendar*

---

Dear members,

before the news, a word of thanks: 23 of you answered our survey on the services of the cluster office in May, and most of you asked for more joint purchasing, more training close to the workshops and fewer long meetings. We will present the results and our plan at the general assembly in the autumn.


summer is usually the quiet season in our workshops, but not this year: order books are full, the new design voucher call is open and our study on circular furniture is out. Below you will find five short items, the calendar until September and, as always, the contacts of the cluster office. Enjoy the reading and see you in Varaždin.

*Tomislav Kranjčec, Cluster Manager*

---

## 1. Three new members

The Management Board approved three new members at its meeting on 10 June 2036:

- **Stolarija Hrastić d.o.o.** (Ivanec) — solid oak windows and doors, 42 employees;
- **Mebloform Zagorje j.d.o.o.** (Krapina) — upholstered furniture for hotels;
- **University North** (Sveučilište Sjever), Department of Product Design, Varaždin.

With these three, the cluster counts 57 members from four counties. Board chair **Marina Kovačić-Levak** (Drvoplast d.d.) welcomed the university in particular: "We finally have a design school at the table."

## 2. Furniture Days Varaždin, 25–26 September 2036

The fifth edition of *Furniture Days Varaždin* will take place on 25 and 26 September 2036 at the Varaždin Arena. The programme combines an exhibition of 40 members, a conference on "Wood in the circular economy" and B2B meetings with buyers from Austria, Slovenia and Italy, organised with the Enterprise Europe Network Croatia. The cluster covers the stand for members who register before 15 July 2036 (Tuesday).

Programme at a glance:

| Day | Time | Item |
|---|---|---|
| Thu 25 Sept | 10:00 | Opening by the County Prefect |
| Thu 25 Sept | 11:00–16:00 | Conference "Wood in the circular economy" |
| Thu 25 Sept | 19:30 | Members' dinner at Hotel Turist |
| Fri 26 Sept | 09:00–14:00 | B2B meetings with foreign buyers |

## 3. Call: design vouchers 2036

The Varaždin County Development Agency (AZRA Varaždin) has published the second call for **design vouchers**. Micro and small companies of the wood sector can receive up to EUR 6,000 for services of professional designers (80 % of eligible costs). Applications are accepted from 1 July until 30 September 2036 or until the budget of EUR 180,000 is used up. An info session for members will be held online on Wednesday, 9 July 2036 at 10:00; please register with Ana Golubić at the cluster office.

*Note: the voucher cannot be combined with the regional export grant for the same service.*

## 4. Study: circular furniture in north-west Croatia

The cluster and the Faculty of Forestry and Wood Technology of the University of Zagreb have published a short study on circular business models in furniture. 61 companies were surveyed between January and April 2036. Authors: **Prof. Darko Vuković** and **Lana Šimunić**, research assistant.

**Key findings:**

- Only 14 % of the companies take back used furniture, but 52 % would do so if a shared logistics service existed.
- Offcuts and sawdust are reused by 78 % of the companies, mostly as fuel; only 9 % sell them as material.
- Customers in the contract segment (hotels, offices) ask for repair and refurbishment more often than private buyers.
- The lack of product passports is the main obstacle for exporting to Germany and Austria.

The full study (32 pages, in Croatian with an English summary) can be downloaded from the members' area.

## 5. Training calendar

| Date | Course | Place |
|---|---|---|
| 26 June 2036 (Thursday) | CNC programming for beginners | Varaždin, Technical School |
| 3 July 2036 | Lacquering without solvents | Ivanec |
| 9 September 2036 (Tuesday) | Pricing and costing for small workshops | online |

Courses are free for members. Non-members pay EUR 90 per day.

---

## From our partners

- The **Croatian Chamber of Economy – Varaždin County Chamber** invites to a meeting on new rules for the timber trade on 2 July 2036.
- The **Slovenian Wood Industry Cluster** (Lesarski grozd) is looking for Croatian partners for an Interreg proposal; contact us if you are interested.

---

**Cluster office**
Wood & Furniture Cluster Varaždin (Klaster drvne i namještajne industrije Varaždin)
Kapucinski trg 7, 42000 Varaždin
Tomislav Kranjčec, Cluster Manager · Ana Golubić, Project Officer
info@klaster-drvo.example.hr · +385 42 000 000

You receive this newsletter because you are a member or partner of the cluster. © 2036 Wood & Furniture Cluster Varaždin. [Privacy](https://example.org/privacy)
"""
write(F, T)
C = "Wood & Furniture Cluster Varaždin"
gold(F,
 [P("Tomislav Kranjčec","Cluster Manager",C),
  P("Marina Kovačić-Levak","Board chair","Wood & Furniture Cluster Varaždin"),
  P("Ana Golubić","Project Officer",C),
  P("Darko Vuković",None,"Faculty of Forestry and Wood Technology"),
  P("Lana Šimunić","research assistant","Faculty of Forestry and Wood Technology")],
 [O(C), O("Stolarija Hrastić d.o.o."), O("Mebloform Zagorje j.d.o.o."), O("University North"), O("Department of Product Design"),
  O("Drvoplast d.d."), O("Enterprise Europe Network Croatia"), O("Varaždin County Development Agency","AZRA Varaždin"),
  O("Faculty of Forestry and Wood Technology"), O("University of Zagreb"), O("Technical School"),
  O("Croatian Chamber of Economy – Varaždin County Chamber"),
  O("Slovenian Wood Industry Cluster")],
 [E("Furniture Days Varaždin","2036-09-25","2036-09-26","Varaždin","Croatia"),
  E('Conference "Wood in the circular economy"',"2036-09-25",None,"Varaždin","Croatia"),
  E("Members' dinner","2036-09-25",None,"Varaždin","Croatia"),
  E("B2B meetings with foreign buyers","2036-09-26",None,"Varaždin","Croatia"),
  E("info session","2036-07-09"),
  E("CNC programming for beginners","2036-06-26",None,"Varaždin","Croatia"),
  E("Lacquering without solvents","2036-07-03",None,"Ivanec","Croatia"),
  E("Pricing and costing for small workshops","2036-09-09"),
  E("meeting on new rules for the timber trade","2036-07-02"),
  E("Management Board meeting","2036-06-10"), E("general assembly")],
 ["2036-06-18","2036-06-10","2036-09-25/2036-09-26","2036-07-15","2036-07-01/2036-09-30","2036-07-09","2036-01/2036-04",
  "2036-06-26","2036-07-03","2036-09-09","2036-07-02","2036-05","2036-09-25","2036-09-26"],
 ["Only 14 % of the companies take back used furniture, but 52 % would do so if a shared logistics service existed",
  "Offcuts and sawdust are reused by 78 % of the companies, mostly as fuel; only 9 % sell them as material",
  "Customers in the contract segment (hotels, offices) ask for repair and refurbishment more often than private buyers",
  "The lack of product passports is the main obstacle for exporting to Germany and Austria"],
 "2036-06-18")
