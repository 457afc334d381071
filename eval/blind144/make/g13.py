from h import *
F = 'g13_taranto_new_members_directory.md'
assert wd(2036,2,5)=='Tuesday' and wd(2036,1,29)=='Tuesday' and wd(2036,3,12)=='Wednesday' and wd(2036,4,23)=='Wednesday'
T = """[Home](/) | [About](/about) | [Members](/members) | [Working groups](/wg) | [Events](/events) | [Contact](/contact) | IT | **EN**

# Welcome to our nine new members

**Ionian Industrial Transition Cluster (ITIC)** · News · 7 February 2036 · by Giulia Lomartire

Nine applications for membership were approved at the Board meeting of the Ionian Industrial Transition Cluster on Tuesday 29 January 2036 in Taranto. With them the cluster counts 87 members: 61 companies, 9 research organisations and universities, 11 public bodies and 6 business associations. For the first time more than half of our members are small firms with fewer than 50 employees.

The new members were presented at the onboarding session held on Tuesday 5 February 2036 at the Politecnico di Bari's Taranto campus, where cluster manager Dr Vito Santoro explained the working groups and services. Each new member was paired with a "buddy" from an existing member company.

## The new members

Companies:

- **Ferroluce S.r.l.** (Taranto) – steel recycling and scrap processing; contact: Annamaria Pignatelli, CEO
- **H2 Jonio S.p.A.** (Grottaglie) – green hydrogen production for the port area
- **Salentech Robotics S.r.l.s.** (Lecce) – inspection drones for industrial plants; founded by Kofi Mensah-Bruno and Chiara D'Amato in 2034
- **Cantieri De Florio & Figli** (Taranto) – ship repair
- **Masseria Digitale Soc. Coop.** (Martina Franca) – software for agri-food traceability

Research and education:

- **Istituto Tecnico Superiore per la Mobilità Sostenibile Puglia (ITS Mobilità)**
- **CNR – Istituto per la Ricerca e l'Innovazione Biomedica**, Taranto unit (joins the health working group)

Public bodies and associations:

- **Comune di Grottaglie**
- **Confartigianato Taranto**

## Board of the cluster

As a reminder, the Board elected for 2034–2037 has **Rocco Lacaita** (Ilva Servizi Ambientali S.p.A.) as chair, **Prof. Donatella Caniglia-Ruiz** (Università degli Studi di Bari Aldo Moro) as vice-chair and **Massimo De Palma** (Confindustria Taranto) as treasurer. The Regione Puglia and the Autorità di Sistema Portuale del Mar Ionio sit on the Board as institutional members.

## Key takeaways from the onboarding session

We asked the new members what they expect from the cluster. Their answers, summed up by the cluster team:

1. Access to the large industrial buyers in the area matters more than access to funding
2. Small firms need help to read and answer public tenders for the reclamation of the industrial area
3. The cluster should speak with one voice to the national government about the transition of the steel plant
4. Members want more meetings in Lecce and Brindisi, not only in Taranto

## Partners

ITIC works with partner clusters and networks in Italy and abroad. Our current partners are:

- Cluster Tecnologico Nazionale Fabbrica Intelligente (CFI)
- Lombardy Energy Cleantech Cluster
- The Hydrogen Valley of Southern Denmark (HyVSD)
- Wallonia's GreenWin cluster
- Enterprise Europe Network – Puglia (through ARTI Puglia, the regional agency for technology and innovation)

## Coming up

- **12 March 2036** – Working group "Port and logistics", Autorità di Sistema Portuale, Taranto
- **23 April 2036** – General Assembly of members, with the approval of the 2035 accounts
- **June 2036** – Study visit to the Hydrogen Valley of Southern Denmark (Esbjerg, Vejle), 3–5 June, open to 15 members

Questions about membership? Write to Giulia Lomartire, Member Services Officer, at soci@itic.example.it.

---

*Ionian Industrial Transition Cluster – Associazione riconosciuta · Via Dante 00, 74123 Taranto · Supported by Regione Puglia under the regional cluster programme.*

Share: [LinkedIn](#) · [Facebook](#) · [E-mail](#) · *Read also:* [General Assembly 2035: the report](/news/ga-2035)
"""
write(F, T)
I = "Ionian Industrial Transition Cluster"
gold(F,
 [P("Giulia Lomartire","Member Services Officer",I),
  P("Vito Santoro","cluster manager",I),
  P("Annamaria Pignatelli","CEO","Ferroluce S.r.l."),
  P("Kofi Mensah-Bruno",None,"Salentech Robotics S.r.l.s."),
  P("Chiara D'Amato",None,"Salentech Robotics S.r.l.s."),
  P("Rocco Lacaita","chair",I),
  P("Donatella Caniglia-Ruiz","vice-chair",I),
  P("Massimo De Palma","treasurer",I)],
 [O(I,"ITIC"), O("Politecnico di Bari"), O("Ferroluce S.r.l."), O("H2 Jonio S.p.A."), O("Salentech Robotics S.r.l.s."),
  O("Cantieri De Florio & Figli"), O("Masseria Digitale Soc. Coop."),
  O("Istituto Tecnico Superiore per la Mobilità Sostenibile Puglia","ITS Mobilità"),
  O("Istituto per la Ricerca e l'Innovazione Biomedica"), O("CNR"), O("Comune di Grottaglie"), O("Confartigianato Taranto"),
  O("Ilva Servizi Ambientali S.p.A."), O("Università degli Studi di Bari Aldo Moro"), O("Confindustria Taranto"),
  O("Regione Puglia"), O("Autorità di Sistema Portuale del Mar Ionio"),
  O("Cluster Tecnologico Nazionale Fabbrica Intelligente","CFI"), O("Lombardy Energy Cleantech Cluster"),
  O("The Hydrogen Valley of Southern Denmark","HyVSD"), O("GreenWin"), O("Enterprise Europe Network – Puglia"),
  O("ARTI Puglia")],
 [E("Board meeting","2036-01-29",None,"Taranto","Italy"),
  E("onboarding session","2036-02-05",None,"Taranto","Italy"),
  E("Working group \"Port and logistics\"","2036-03-12",None,"Taranto","Italy"),
  E("General Assembly of members","2036-04-23",None,None,None),
  E("Study visit to the Hydrogen Valley of Southern Denmark","2036-06-03","2036-06-05","Esbjerg, Vejle","Denmark"),
  E("General Assembly 2035","2035",None,None,None)],
 ["2036-02-07","2036-01-29","2036-02-05","2034","2034/2037","2036-03-12","2036-04-23","2036-06","2036-06-03/2036-06-05","2035"],
 ["Access to the large industrial buyers in the area matters more than access to funding",
  "Small firms need help to read and answer public tenders for the reclamation of the industrial area",
  "The cluster should speak with one voice to the national government about the transition of the steel plant",
  "Members want more meetings in Lecce and Brindisi, not only in Taranto"],
 pub="2036-02-07")
