from h import *
F = 'g11_olivetech_alentejo_final_report-pdf.txt'
assert wd(2040,6,19)=='Tuesday' and wd(2040,6,20)=='Wednesday' and wd(2040,10,3)=='Wednesday'
H1 = "OLIVE-TECH RIS – Final Report (public summary)                    EIT Food RIS Innovation Programme"
def foot(n): return f"\nOLIVE-TECH – D6.4 Public summary of results · Version 1.0 · 14 September 2040            Page {n} of 3\n\f"
T = H1 + """

OLIVE-TECH: Digital tools for small olive oil mills in the Alentejo,
Extremadura and Crete
Public summary of the final report

Project duration: 1 January 2038 – 30 June 2040
Coordinator: Associação de Olivicultores do Alentejo Interior (AOAI), Beja
Supported by EIT Food through the Regional Innovation Scheme (RIS)

1. Summary
OLIVE-TECH helped small and medium-sized olive oil mills in three southern Eu-
ropean regions to adopt low-cost sensors, shared quality laboratories and digi-
tal traceability. The project was led by the Associação de Olivicultores do Alen-
tejo Interior (AOAI) and carried out by a consortium of six partners. Over two
and a half years 64 mills took part in the pilot, 41 of them in the Alentejo.

2. Consortium
- Associação de Olivicultores do Alentejo Interior (AOAI), Beja, Portugal – co-
  ordinator
- Instituto Politécnico de Portalegre (IPP), Portalegre, Portugal
- Centro de Biotecnologia Agrícola e Agro-Alimentar do Alentejo (CEBAL), Beja,
  Portugal
- Cluster Agroalimentario de Extremadura, Mérida, Spain
- Hellenic Mediterranean University, Heraklion, Greece
- EIT Food CLC South, Madrid, Spain

""" + foot(1) + H1 + """

3. Main activities and events
The project started with a kick-off meeting in Beja on 8 March 2039 (the pro-
ject had been formally launched in January 2038, but the meeting was post-
poned twice). Three regional "mill days" were held: in Serpa in October 2038,
in Almendralejo in November 2039 and in Chania in December 2039. The final
event, the OLIVE-TECH Results Forum, took place in Portalegre on 19–20 June
2040. On the first day the partners presented the pilots, and on Wednesday
20 June participants joined a field visit to the Lagar Cooperativo de Moura
e Barrancos in Moura.

Speakers at the Results Forum included Dr Rita Valadas Fonseca,
Head of Innovation at EIT Food CLC South; Prof. Hugo Carrilho, President of the Instituto
Politécnico de Portalegre; and Manuel Sánchez Rubio, managing director of the
Cluster Agroalimentario de Extremadura.

4. Results
- 64 mills tested low-cost sensors for fermentation and temperature control
- 2 shared quality laboratories opened, one in Beja and one in Mérida
- 1 open-source traceability app used by 29 mills
- 212 mill workers trained in 18 courses

5. Key findings
The evaluation carried out by IPP between January and May 2040 led to the fol-
lowing findings:
- Mills with fewer than ten employees adopted sensors only when a technician
  visited them on site
- The shared laboratories cut the cost of a full quality analysis by more than half
- Digital traceability is valued by export buyers, but rarely by domestic ones
- Cooperatives moved faster than private family mills

""" + foot(2) + H1 + """

6. Recommendations
The consortium recommends to regional authorities and to EIT Food:
- Fund mobile technicians who visit small mills during the harvest
- Keep the two shared laboratories open through regional funds after 2040
- Link the traceability app to the national olive oil registers
- Offer short courses in Portuguese, Spanish and Greek, not only in English

7. Lessons learnt in managing the project
The partners note that the harvest season (October to January) is the wrong
time for workshops, and that the Greek pilot would have benefited from an ear-
lier start. The consortium also underlines the role of the regional cluster in
reaching mills that do not read e-mails.

8. Contact
Project coordinator: Eng. Joaquim Rosado Palma, AOAI, Beja
Communication: Sofia Nobre Caeiro (IPP)
A follow-up proposal will be submitted to the EIT Food RIS call in autumn 2040;
the next partner meeting will be held in Mérida on Wednesday 3 October 2040.

""" + foot(3)
write(F, T)
A="Associação de Olivicultores do Alentejo Interior"
gold(F,
 [P("Rita Valadas Fonseca","Head of Innovation","EIT Food CLC South"),
  P("Hugo Carrilho","President","Instituto Politécnico de Portalegre"),
  P("Manuel Sánchez Rubio","managing director","Cluster Agroalimentario de Extremadura"),
  P("Joaquim Rosado Palma","Project coordinator","AOAI"),
  P("Sofia Nobre Caeiro",None,"IPP")],
 [O(A,"AOAI"), O("EIT Food"), O("Instituto Politécnico de Portalegre","IPP"),
  O("Centro de Biotecnologia Agrícola e Agro-Alimentar do Alentejo","CEBAL"),
  O("Cluster Agroalimentario de Extremadura"), O("Hellenic Mediterranean University"), O("EIT Food CLC South"),
  O("Lagar Cooperativo de Moura e Barrancos")],
 [E("kick-off meeting","2039-03-08",None,"Beja","Portugal"),
  E("mill days","2038-10",None,"Serpa","Portugal"),
  E("mill days","2039-11",None,"Almendralejo","Spain"),
  E("mill days","2039-12",None,"Chania","Greece"),
  E("OLIVE-TECH Results Forum","2040-06-19","2040-06-20","Portalegre","Portugal"),
  E("field visit to the Lagar Cooperativo de Moura e Barrancos","2040-06-20",None,"Moura","Portugal"),
  E("next partner meeting","2040-10-03",None,"Mérida","Spain")],
 ["2040-09-14","2038-01-01/2040-06-30","2039-03-08","2038-01","2038-10","2039-11","2039-12","2040-06-19/2040-06-20",
  "2040-06-20","2040-01/2040-05","2040","2040-10-03"],
 ["64 mills tested low-cost sensors for fermentation and temperature control",
  "2 shared quality laboratories opened, one in Beja and one in Mérida",
  "1 open-source traceability app used by 29 mills",
  "212 mill workers trained in 18 courses",
  "Mills with fewer than ten employees adopted sensors only when a technician visited them on site",
  "The shared laboratories cut the cost of a full quality analysis by more than half",
  "Digital traceability is valued by export buyers, but rarely by domestic ones",
  "Cooperatives moved faster than private family mills",
  "Fund mobile technicians who visit small mills during the harvest",
  "Keep the two shared laboratories open through regional funds after 2040",
  "Link the traceability app to the national olive oil registers",
  "Offer short courses in Portuguese, Spanish and Greek, not only in English"],
 pub="2040-09-14")
