from h import *
F = 'g16_epirus_agrifood_cluster_breakfast_series.md'
assert wd(2036,3,19)=='Wednesday' and wd(2036,3,4)=='Tuesday' and wd(2035,11,20)=='Tuesday' and wd(2036,5,21)=='Wednesday' and wd(2036,9,17)=='Wednesday' and wd(2036,11,19)=='Wednesday' and wd(2036,3,17)=='Monday'
T = """[Skip to content](#main) · [Ελληνικά](/el) · English

**Epirus Agrifood Cluster** | [About](/about) | [Members](/members) | [Services](/services) | [Events](/events) | [News](/news) | [Contact](/contact)

> We use cookies to improve your experience. [Accept](#) · [Settings](#)

Home › Events › Series › Cluster Breakfast

# Cluster Breakfast – a series for food entrepreneurs in Epirus

*Last updated: 4 March 2036*

The **Cluster Breakfast** is a morning series of the Epirus Agrifood Cluster (EAC) for owners and managers of food and drink companies in the region. Every edition takes place from 08:30 to 10:30 in a member company or a partner institution, with one short input, one company story and plenty of time for coffee and questions. The series is organised with the Region of Epirus and the Chamber of Ioannina and is free of charge for members.

Since the first breakfast in 2034, more than 600 participants have come to 14 editions. The format was recognised as a good practice by the Interreg Europe project FOOD-LINKS in 2035.

## Next edition: Wednesday, 19 March 2036

**"Selling abroad without a distributor: e-commerce for feta, honey and olive oil"**
Venue: Dodoni S.A. visitor centre, Ioannina–Arta national road, km 12, Ioannina
Registration: until Monday, 17 March 2036, via the form below (max. 60 participants)

| Time | Item | Speaker |
|---|---|---|
| 08:30 | Coffee and registration | |
| 08:50 | Welcome | Vasiliki Tsoumani, President, Epirus Agrifood Cluster |
| 09:00 | Cross-border e-commerce rules after 2035: what changes for food | Dr. Stavros Kalogirou, Enterprise Europe Network Greece, Chamber of Ioannina |
| 09:25 | Company story: how a family dairy sells to 14 countries online | Eleni Papadopoulou-Zisi, co-founder, Zisis Dairy P.C. |
| 09:45 | Q&A and discussion | moderated by Christos Bakolas, Cluster Manager |
| 10:15 | Tour of the Dodoni cheese plant | Dodoni S.A. quality team |
| 10:30 | End | |

*Speakers are subject to change.*

### Practical information

- Free parking at the visitor centre; a shuttle bus leaves from Pyrsinella Square in Ioannina at 08:00.
- Participants of the plant tour must wear closed shoes; hair nets and coats will be provided.
- The session is in Greek; the slides are in English.
- Contact: Maria Stergiou, Events Coordinator, events@epirusagrifood.example.gr, +30 26510 00000

## Upcoming editions 2036

| Date | Topic | Host |
|---|---|---|
| Wednesday, 21 May 2036 | Energy costs in cold storage: joint purchasing and solar | Ioannina Science and Technology Park (STEP-C) |
| Wednesday, 17 September 2036 | Young talent: internships with the University of Ioannina | University of Ioannina, Department of Agriculture |
| Wednesday, 19 November 2036 | Protected designations of origin: controls and labelling | Hellenic Agricultural Organisation DIMITRA (ELGO-DIMITRA) |

## Previous editions

1. 22 January 2036 – "Water for food processing: saving and reusing" – hosted by Epirus Aqua S.A., Preveza
2. 20 November 2035 – "Packaging waste rules 2035: ready?" – hosted by the Chamber of Preveza
3. 8 October 2035 – "Financing growth: the new regional investment fund" – with the Development Agency of Epirus (HPEIROS S.A.)
4. 11 June 2035 – "Trout from Louros: a value chain story" – hosted by Louros Fish Farms Ltd
5. 14 May 2035 – "Artificial intelligence in the bakery" – hosted by Arta Bakeries Cooperative

*Earlier editions (2034): see the [archive](/events/archive).*

## Voices from participants

> "In two hours I met my future logistics partner and learned more about export rules than in a whole seminar." – *Giorgos Lazaridis, owner, Lazaridis Honey, Konitsa*

> "The breakfast works because it is short and it comes to us, in the companies." – *Athina Michalopoulou, head of the Economic Development Directorate, Region of Epirus*

## What participants told us in 2035

In our annual feedback survey (127 responses, December 2035), participants rated the series 4.6 out of 5. They asked for more company stories, for editions outside Ioannina and for short written summaries after each breakfast. From 2036 we therefore publish a one-page summary of each edition in the members' newsletter, and two of the four editions this year take place outside the regional capital.

## Why a breakfast?

Most of our members are small family companies. Their owners work in production during the day and cannot leave for a full-day seminar in Ioannina or Athens. An early, short meeting close to their own plants is the format they asked for, and it has become the cluster's most visited service.

## Host a Cluster Breakfast

Members who would like to host an edition in 2037 can apply until 30 September 2036. The cluster covers the catering; the host presents its company in a 15-minute story and offers a short visit.

[Register for 19 March](#form) · [Download the 2036 programme (PDF)](#) · [Add to calendar](#)

---

**Epirus Agrifood Cluster** · 2 Dodonis Avenue, 45221 Ioannina, Greece · info@epirusagrifood.example.gr
Co-funded by the Region of Epirus. © 2036 EAC · [Privacy](#) · [Cookies](#) · [Accessibility](#)

Follow us: [Facebook](#) · [LinkedIn](#) · [Instagram](#)
"""
write(F, T)
C = "Epirus Agrifood Cluster"
gold(F,
 [P("Vasiliki Tsoumani","President",C),
  P("Stavros Kalogirou",None,"Enterprise Europe Network Greece"),
  P("Eleni Papadopoulou-Zisi","co-founder","Zisis Dairy P.C."),
  P("Christos Bakolas","Cluster Manager",C),
  P("Maria Stergiou","Events Coordinator",C),
  P("Giorgos Lazaridis","owner","Lazaridis Honey"),
  P("Athina Michalopoulou","head of the Economic Development Directorate","Region of Epirus")],
 [O(C,"EAC"), O("Region of Epirus"), O("Chamber of Ioannina"), O("Dodoni S.A."), O("Enterprise Europe Network Greece"),
  O("Zisis Dairy P.C."), O("Ioannina Science and Technology Park","STEP-C"), O("University of Ioannina"), O("Department of Agriculture"),
  O("Hellenic Agricultural Organisation DIMITRA","ELGO-DIMITRA"), O("Epirus Aqua S.A."), O("Chamber of Preveza"),
  O("Development Agency of Epirus","HPEIROS S.A."), O("Louros Fish Farms Ltd"), O("Arta Bakeries Cooperative"), O("Lazaridis Honey"),
  O("Economic Development Directorate")],
 [E("Cluster Breakfast","2036-03-19",None,"Ioannina","Greece"),
  E("Tour of the Dodoni cheese plant","2036-03-19",None,"Ioannina","Greece"),
  E("Cluster Breakfast","2036-05-21"),
  E("Cluster Breakfast","2036-09-17"),
  E("Cluster Breakfast","2036-11-19"),
  E("Cluster Breakfast","2036-01-22",None,"Preveza","Greece"),
  E("Cluster Breakfast","2035-11-20",None,"Preveza","Greece"),
  E("Cluster Breakfast","2035-10-08"),
  E("Cluster Breakfast","2035-06-11"),
  E("Cluster Breakfast","2035-05-14")],
 ["2036-03-04","2034","2035","2036-03-19","2036-03-17","2036-05-21","2036-09-17","2036-11-19","2036-01-22","2035-11-20",
  "2035-10-08","2035-06-11","2035-05-14","2035-12","2036","2037","2036-09-30"],
 [], "2036-03-04")
