from h import *
F = 'g03_solarisle_kickoff_catania.md'
assert wd(2036,10,7)=='Tuesday' and wd(2036,10,8)=='Wednesday' and wd(2036,10,9)=='Thursday'
T = """# SOLARISLE kick-off meeting in Catania: nine partners, one goal

*News · SOLARISLE – Interreg Europe · 14 October 2036 · by the communication team of the Lead Partner*

[Home](/) · [Project](/project) · [Partners](/partners) · [Good practices](/good-practices) · **News & events** · [Library](/library)

---

The SOLARISLE project, which helps island and coastal regions turn their cluster policies towards solar and marine renewable energy, officially started with its kick-off meeting in Catania (Sicily) from 7 to 9 October 2036. The meeting was hosted by the Lead Partner, the Regional Department for Productive Activities of the Sicilian Region (Dipartimento Regionale delle Attività Produttive), in the premises of the Catania Science and Technology Park.

Nine partners from seven countries attended:

1. Regional Department for Productive Activities, Sicilian Region (IT) – Lead Partner
2. Distretto Tecnologico Sicilia Micro e Nano Sistemi (IT)
3. Regional Government of the Canary Islands – Agencia Canaria de Investigación, Innovación y Sociedad de la Información (ACIISI) (ES)
4. Malta Enterprise (MT)
5. Crete Regional Development Fund (GR)
6. Åland Technology Centre Ab (FI)
7. Primorje-Gorski Kotar County (HR)
8. Cyprus Energy Agency (CY)
9. Madeira Regional Energy and Environment Agency (AREAM) (PT)

The Joint Secretariat of Interreg Europe was represented by project officer Lucie Montagnier-Roy, who presented the programme rules on reporting, first-level control and communication.

## Agenda

**Tuesday 7 October 2036**

- 14:00 Arrival and registration
- 14:30 Welcome by Salvatore Ragusa-Pappalardo, Director-General of the Regional Department for Productive Activities
- 15:00 Tour de table: partners and their policy instruments
- 17:00 Steering Group meeting (constitution, rules of procedure)
- 20:00 Welcome dinner at the Palazzo Biscari terrace

**Wednesday 8 October 2036**

- 09:00 The project in brief – Giulia Ferrante, project coordinator
- 09:45 Work plan for semesters 1–2: regional analysis, stakeholder groups, peer reviews
- 11:00 Coffee break
- 11:30 Communication plan – Kristóf Halmi, communication manager (Crete Regional Development Fund)
- 12:30 Lunch
- 14:00 Workshop on the regional analysis template
- 16:30 Site visit to the ENEL 3Sun solar panel factory in Catania industrial zone

**Thursday 9 October 2036**

- 09:00 Financial management and first-level control – Lucie Montagnier-Roy, Joint Secretariat
- 10:30 Calendar of interregional learning events
- 12:00 Conclusions and farewell

## What was agreed

Partners adopted the rules of procedure of the Steering Group and elected Dr. Antoine Azzopardi (Malta Enterprise) as its vice-chair. Each partner will set up a regional stakeholder group of at least eight members before the end of January 2037.

The interregional learning calendar for the first phase was confirmed:

- first peer review in Las Palmas de Gran Canaria, 10–12 March 2037
- thematic workshop on offshore wind supply chains in Heraklion, June 2037
- study visit to the Åland smart energy platform in Mariehamn, 21–23 September 2037

"Islands are where Europe's energy transition is tested first," said Giulia Ferrante at the close of the meeting. "Our clusters need regional policies that are as fast as the technology."

## Next steps

Before the first peer review, every partner will draft a short regional analysis describing its policy instrument, the cluster organisations active in solar and marine energy, and the main bottlenecks for SMEs entering these value chains. The Lead Partner will circulate a common template in November, and the drafts will be discussed in an online partner call before Christmas.

## About SOLARISLE

SOLARISLE runs from 1 April 2036 to 31 March 2040 with a budget of EUR 1.9 million co-financed by the European Regional Development Fund. It addresses six policy instruments, most of them regional programmes for 2035–2041.

*Contact: solarisle@regione.example.it · Follow us on LinkedIn*

---

[← Previous: Project approved](/news/approved) | [Next: Stakeholder groups set up →](/news/stakeholders)
"""
write(F, T)
L="Regional Department for Productive Activities"
gold(F,
 [P("Lucie Montagnier-Roy","project officer","Joint Secretariat of Interreg Europe"),
  P("Salvatore Ragusa-Pappalardo","Director-General",L),
  P("Giulia Ferrante","project coordinator",None),
  P("Kristóf Halmi","communication manager","Crete Regional Development Fund"),
  P("Antoine Azzopardi","vice-chair",None)],
 [O("Regional Department for Productive Activities of the Sicilian Region"), O("Catania Science and Technology Park"),
  O("Distretto Tecnologico Sicilia Micro e Nano Sistemi"), O("Regional Government of the Canary Islands"),
  O("Agencia Canaria de Investigación, Innovación y Sociedad de la Información","ACIISI"),
  O("Malta Enterprise"), O("Crete Regional Development Fund"), O("Åland Technology Centre Ab"),
  O("Primorje-Gorski Kotar County"), O("Cyprus Energy Agency"),
  O("Madeira Regional Energy and Environment Agency","AREAM"), O("Joint Secretariat of Interreg Europe"),
  O("ENEL 3Sun")],
 [E("kick-off meeting","2036-10-07","2036-10-09","Catania","Italy"),
  E("Steering Group meeting","2036-10-07",None,"Catania","Italy"),
  E("Welcome dinner","2036-10-07",None,"Catania","Italy"),
  E("Site visit to the ENEL 3Sun solar panel factory","2036-10-08",None,"Catania","Italy"),
  E("first peer review","2037-03-10","2037-03-12","Las Palmas de Gran Canaria","Spain"),
  E("thematic workshop on offshore wind supply chains","2037-06",None,"Heraklion","Greece"),
  E("study visit to the Åland smart energy platform","2037-09-21","2037-09-23","Mariehamn","Finland")],
 ["2036-10-14","2036-10-07/2036-10-09","2036-10-07","2036-10-08","2036-10-09","2037-01","2037-03-10/2037-03-12",
  "2037-06","2037-09-21/2037-09-23","2036-04-01/2040-03-31","2035/2041","2036-11"],
 [], pub="2036-10-14")
