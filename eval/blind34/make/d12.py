from common import *
T = """# Members' directory (extract) – Latvian Pharma & Chemistry Cluster (LPCC)

Status: 01.09.2031 · 47 members · extract: letters A–K · full directory for members only

| Company | Contact person | Role | City |
|---|---|---|---|
| Daugava Bioprocess SIA | Ilze Bērziņa | Head of Business Development | Riga |
| Baltic Peptide Labs SIA | Dr. Kārlis Ozoliņš | CEO | Riga |
| Dzintarjūra Cosmetics AS | Anna Kalniņa | R&D director | Jūrmala |
| Olaines Analītika SIA | Roberts Liepiņš | quality manager | Olaine |
| Institute of Organic Synthesis (LIOS) | Dr. habil. Vija Krūmiņa | Deputy Director for Innovation | Riga |
| Ķīmija Baltika SIA | Edgars Vītols | plant manager | Valmiera |
| KÜHNE-Rīga Packaging SIA | Sandra Kühne-Zariņa | owner | Rīga |

New members since the last edition (March 2031): Baltic Peptide Labs SIA, KÜHNE-Rīga Packaging SIA.

Left: Jelgavas Farmācija SIA (merged into a group outside Latvia).

Cluster office: Māris Dzenis, cluster manager · Laura Siliņa, member services ·
Latvian Chamber of Commerce and Industry building, Kr. Valdemāra iela 35, Riga · lpcc@lpcc.example

The next members' meeting takes place on 14 October 2031 at Riga Stradiņš University.
"""
L="Latvian Pharma & Chemistry Cluster"
save("LPCC_members-directory_extract_A-K.md", T, None,
 [P("Ilze Bērziņa","Head of Business Development","Daugava Bioprocess SIA"),
  P("Kārlis Ozoliņš","CEO","Baltic Peptide Labs SIA"),
  P("Anna Kalniņa","R&D director","Dzintarjūra Cosmetics AS"),
  P("Roberts Liepiņš","quality manager","Olaines Analītika SIA"),
  P("Vija Krūmiņa","Deputy Director for Innovation","Institute of Organic Synthesis"),
  P("Edgars Vītols","plant manager","Ķīmija Baltika SIA"),
  P("Sandra Kühne-Zariņa","owner","KÜHNE-Rīga Packaging SIA"),
  P("Māris Dzenis","cluster manager",L),
  P("Laura Siliņa","member services",L)],
 [O(L,"LPCC"),O("Daugava Bioprocess SIA"),O("Baltic Peptide Labs SIA"),O("Dzintarjūra Cosmetics AS"),
  O("Olaines Analītika SIA"),O("Institute of Organic Synthesis","LIOS"),O("Ķīmija Baltika SIA"),
  O("KÜHNE-Rīga Packaging SIA"),O("Jelgavas Farmācija SIA"),O("Latvian Chamber of Commerce and Industry"),
  O("Riga Stradiņš University")],
 [E("members' meeting","2031-10-14","2031-10-14","Riga","Latvia")],
 ["2031-09-01","2031-03","2031-10-14"], [])
