from common import *
doc = "TexNorte_Conference-Report_2032-pdf.txt"
text(doc, """
TexNorte Annual Conference 2032 – Conference Report                                              1
─────────────────────────────────────────────────────────────────────────────────────────────────────

CONFERENCE REPORT                                  Around 310 participants from 14 countries met at the
Circular Textiles: from Pilot to Plant             Alfândega do Porto congress centre on 18 and 19
Porto, 18–19 November 2032                         November 2032. The conference was organised by
                                                   TexNorte – Associação do Cluster Têxtil do Norte with
Prepared by the TexNorte secretariat,              the support of CITEVE and the University of Minho.
January 2033
                                                   Opening the first day, Joaquim Barbosa de Sousa,
1. Introduction                                    president of TexNorte, recalled that the cluster's
                                                   members export more than 80% of their output. "If the
The fourth edition of the TexNorte Annual          sorting infrastructure is not in place by 2035, the
Conference focused on the industrial scale-up      north will lose the recycled-fibre market to Asia,"
of fibre-to-fibre recycling. As in previous        he said.
years, the programme combined plenary keyno-
tes, four thematic workshops and a B2B area.       Kerstin Wohlfahrt, policy officer at DG GROW,
                                                   European Commission, presented the state of the
2. Plenary sessions                                textiles ecosystem transition pathway and the
                                                   extended producer responsibility rules.
The keynote by Inês Carvalhais Moura, CEO of
Fiação Lusa S.A., described the conversion of      3. Workshops
a spinning line to 60% mechanically recycled
cotton. Dr. Mattias Holmqvist from the             Workshop A on digital product passports was
Swedish School of Textiles                         chaired by Rui Pestana (CITEVE). Workshop B, on
(University of Borås) spoke about automated        chemical recycling, was moderated by Ana Filipa Quintela,
sorting by NIR spectroscopy.                       innovation manager at TexNorte.
─────────────────────────────────────────────────────────────────────────────────────────────────────
TexNorte Annual Conference 2032 – Conference Report                                              2
─────────────────────────────────────────────────────────────────────────────────────────────────────

A site visit to the Reciclotêxtil Ave S.A. plant in Vila      5. Next steps
Nova de Famalicão on the afternoon of 19 No-
vember attracted 45 participants. The B2B area,    The secretariat will set up a working group on
run with Enterprise Europe Network Portugal,       sorting in February 2033. The fifth TexNorte
hosted 212 pre-arranged meetings.                  Annual Conference will take place in Guimarães
                                                   on 9–10 November 2033.
4. Key takeaways

• Sorting capacity, not recycling technology,
  is the main bottleneck for the region
• Brands need long-term offtake contracts to
  make recycled fibre lines bankable
• Digital product passports should be piloted
  by SMEs together, not one by one
• Training of sewing and finishing staff in
  circular design has to start now
                                                   Contact: secretariado@texnorte.example
""")
gold(doc, "2033-01",
 [P("Joaquim Barbosa de Sousa","president","TexNorte"), P("Kerstin Wohlfahrt","policy officer","DG GROW"),
  P("Inês Carvalhais Moura","CEO","Fiação Lusa S.A."), P("Mattias Holmqvist",None,"Swedish School of Textiles"),
  P("Rui Pestana",None,"CITEVE"), P("Ana Filipa Quintela","innovation manager","TexNorte")],
 [O("TexNorte – Associação do Cluster Têxtil do Norte","TexNorte"), O("CITEVE"), O("University of Minho"),
  O("DG GROW"), O("European Commission"), O("Fiação Lusa S.A."), O("Swedish School of Textiles"), O("University of Borås"),
  O("Reciclotêxtil Ave S.A."), O("Enterprise Europe Network Portugal")],
 [E("TexNorte Annual Conference 2032","2032-11-18","2032-11-19","Porto","Portugal"),
  E("fifth TexNorte Annual Conference","2033-11-09","2033-11-10","Guimarães","Portugal")],
 ["2032-11-18/2032-11-19","2033-01","2035","2032-11-19","2033-02","2033-11-09/2033-11-10"],
 ["Sorting capacity, not recycling technology, is the main bottleneck for the region",
  "Brands need long-term offtake contracts to make recycled fibre lines bankable",
  "Digital product passports should be piloted by SMEs together, not one by one",
  "Training of sewing and finishing staff in circular design has to start now"])
