from h import *
F = 'g11_bergamo_textiles_pathway_workshop_outcomes.txt'
assert wd(2042,3,10)=='Monday' and wd(2041,12,2)=='Monday' and wd(2042,1,13)=='Monday' and wd(2042,5,14)=='Wednesday'
T = """WORKSHOP REPORT
Co-creation workshop "Implementing the transition pathway for textiles in Lombardy"
Bergamo, Monday 10 March 2042, 9:30–17:00, Kilometro Rosso, Auditorium B

Prepared by: ATBI – Associazione Tessile Bergamasca Innovazione, with Confindustria Bergamo
Version: final, 24 March 2042
Distribution: participants, EURATEX, European Commission (DG GROW)

------------------------------------------------------------

1. PURPOSE AND CONTEXT

The workshop was the third in a series of four regional co-creation workshops on the EU transition pathway for the textiles ecosystem, organised by EURATEX with national and regional textile associations. The earlier workshops took place in Prato on 2 December 2041 and in Biella on 13 January 2042; the last one will be held in Como on Wednesday 14 May 2042.

Its aim was to translate the pathway's actions on circularity, digitalisation and skills into measures that companies in the Bergamo and Brescia textile districts can carry out in the next three years. 71 participants attended: 44 from companies (spinning, weaving, finishing, technical textiles and machinery), the rest from universities, training centres, banks and public authorities.

2. PROGRAMME

09:30  Welcome – Roberta Cattaneo-Mazzoleni, President of ATBI
09:45  The transition pathway two years on – Pieter Van den Bossche, Policy Officer, DG GROW, Unit "Textiles, Fashion and Creative Industries"
10:15  Results of the district survey on textile waste – Prof. Davide Locatelli, Università degli Studi di Bergamo
11:00  Panel: "Who pays for circularity?" with Chiara Pesenti (Tessitura Pesenti S.p.A.), Marco Rinaldi-Gamba (Centrocot, Busto Arsizio) and Laura Brambilla (Banca Popolare di Sondrio, corporate lending)
12:30  Lunch
13:30  Three working tables: (A) collection and sorting of post-industrial waste, (B) digital product passport, (C) skills for the next generation of technicians
15:30  Visit to the pilot fibre-to-fibre recycling line at Filati Orobici S.r.l., Seriate
17:00  Close

3. LESSONS LEARNT

The facilitators, Silvia Gherardi-Boni and Nikolaos Papadakis (both Ecosistemi Consulting S.r.l., Milan), summarised the day as follows:

- Companies accept the goals of the pathway but do not see themselves in its actions; the language of the pathway needs to be turned into concrete, sector-specific steps
- Post-industrial textile waste is already collected, but in small, mixed lots that recyclers cannot use; sorting at the source is the bottleneck
- The digital product passport is seen as a cost by small weavers and as an opportunity by brands; without a shared data platform the smaller firms will fall behind
- Technical schools in the province produce fewer than half of the textile technicians that companies plan to hire by 2045
- Pilot plants such as the line in Seriate convince companies far more than studies do

4. PROPOSED ACTIONS FOR THE REGIONAL PATHWAY

Participants proposed that ATBI and its partners:
a) set up a district consortium for the sorting of post-industrial waste, starting with ten volunteer companies in 2042;
b) test a shared data platform for the digital product passport with Centrocot and two brands;
c) open a second evening course for textile technicians with the ITS academy in Bergamo from September 2042.

The actions will be discussed with Regione Lombardia, Directorate-General for Economic Development, at a meeting planned for April 2042, and sent to EURATEX as the Lombardy contribution to the pathway's stocktaking report due on 30 June 2042.

5. PARTICIPANTS' FEEDBACK

Of the 52 participants who answered the evaluation form, 88 % rated the workshop good or very good. The site visit was rated most useful; several participants asked for more time at the working tables and less in plenary.

------------------------------------------------------------
Contact: Elisa Rota, project manager, ATBI · Via Camozzi 00, 24121 Bergamo · progetti@atbi.example.it
Annexes: list of participants, slides, photos (c) ATBI / Matteo Zanchi
"""
write(F, T)
A = "Associazione Tessile Bergamasca Innovazione"
gold(F,
 [P("Roberta Cattaneo-Mazzoleni", "President", "ATBI"),
  P("Pieter Van den Bossche", "Policy Officer", "Textiles, Fashion and Creative Industries"),
  P("Davide Locatelli", None, "Università degli Studi di Bergamo"),
  P("Chiara Pesenti", None, "Tessitura Pesenti S.p.A."),
  P("Marco Rinaldi-Gamba", None, "Centrocot"),
  P("Laura Brambilla", None, "Banca Popolare di Sondrio"),
  P("Silvia Gherardi-Boni", "facilitator", "Ecosistemi Consulting S.r.l."),
  P("Nikolaos Papadakis", "facilitator", "Ecosistemi Consulting S.r.l."),
  P("Elisa Rota", "project manager", "ATBI"),
  P("Matteo Zanchi", None, None)],
 [O(A, "ATBI"), O("Confindustria Bergamo"), O("EURATEX"), O("European Commission"), O("DG GROW"),
  O("Textiles, Fashion and Creative Industries"), O("Università degli Studi di Bergamo"), O("Tessitura Pesenti S.p.A."),
  O("Centrocot"), O("Banca Popolare di Sondrio"), O("Filati Orobici S.r.l."), O("Ecosistemi Consulting S.r.l."),
  O("Regione Lombardia"), O("Directorate-General for Economic Development")],
 [E("Implementing the transition pathway for textiles in Lombardy", "2042-03-10", None, "Bergamo", "Italy"),
  E("regional co-creation workshops", "2041-12-02", None, "Prato", "Italy"),
  E("regional co-creation workshops", "2042-01-13", None, "Biella", "Italy"),
  E("regional co-creation workshops", "2042-05-14", None, "Como", "Italy"),
  E("Visit to the pilot fibre-to-fibre recycling line at Filati Orobici S.r.l.", "2042-03-10", None, "Seriate", "Italy"),
  E("meeting", "2042-04", None, None, None)],
 ["2042-03-10", "2042-03-24", "2041-12-02", "2042-01-13", "2042-05-14", "2045", "2042", "2042-09", "2042-04", "2042-06-30"],
 ["Companies accept the goals of the pathway but do not see themselves in its actions; the language of the pathway needs to be turned into concrete, sector-specific steps",
  "Post-industrial textile waste is already collected, but in small, mixed lots that recyclers cannot use; sorting at the source is the bottleneck",
  "The digital product passport is seen as a cost by small weavers and as an opportunity by brands; without a shared data platform the smaller firms will fall behind",
  "Technical schools in the province produce fewer than half of the textile technicians that companies plan to hire by 2045",
  "Pilot plants such as the line in Seriate convince companies far more than studies do",
  "set up a district consortium for the sorting of post-industrial waste, starting with ten volunteer companies in 2042",
  "test a shared data platform for the digital product passport with Centrocot and two brands",
  "open a second evening course for textile technicians with the ITS academy in Bergamo from September 2042"],
 pub="2042-03-24")
