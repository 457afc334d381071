from common import *
fn = "AMBIZ2035_committees.md"
write_txt(fn, """
# AMBiz 2035 – 4th International Conference on Advanced Manufacturing for the Circular Economy

**Bilbao, 22–24 October 2035 · Euskalduna Conference Centre**

[Home](#) · [Call for papers](#) · [Programme](#) · **Committees** · [Venue](#) · [Registration](#)

---

## Committees

AMBiz 2035 is organised by **MAKINA – Basque Advanced Manufacturing Cluster** together with the University of the
Basque Country (UPV/EHU) and the technology centre **Zerbitek Research Alliance (ZRA)**, with the support of the Provincial Council of Bizkaia and the Basque Business Development Agency (SPRI).

### About the conference

AMBiz brings together researchers, machine builders, component suppliers and policy makers who work on making
manufacturing circular: remanufacturing, design for disassembly, digital product passports, recycled metals and
energy-efficient machine tools. The 2035 edition has four tracks (Circular design; Remanufacturing and repair;
Digital twins for resource efficiency; Skills and business models) and an industrial exhibition with about 40 stands.
Papers accepted after double-blind review are published in open-access proceedings.

### Conference chairs

- **General Chair:** Ainhoa Etxeberria Larrañaga, Director General, MAKINA
- **Programme Chair:** Prof. Iñaki Goikoetxea, Department of Mechanical Engineering, UPV/EHU
- **Industry Chair:** Mikel Arrieta, CEO, Arrieta Forja S.L. (Durango)

### Organising Committee

| Name | Role | Organisation |
|---|---|---|
| Ainhoa Etxeberria Larrañaga | Chair | MAKINA |
| Nerea Ugalde | Local arrangements | MAKINA |
| Jon Zubizarreta | Sponsorship and exhibition | MAKINA |
| Dr. Leire Otxoa de Eribe | Publications | ZRA |
| Garazi Mendizabal | Registration and finance | UPV/EHU |
| Amaia Urrutia | Communication | Provincial Council of Bizkaia |

### Scientific Committee

Chair: **Prof. Iñaki Goikoetxea** (UPV/EHU, Spain)

Members:
- Prof. Ulrike Brandstetter-Vogl, TU Wien, Austria
- Prof. Pierre-Yves Le Gall, Arts et Métiers ParisTech, France
- Dr. Sofie Van Damme, KU Leuven, Belgium
- Prof. Tommaso Della Rocca, Politecnico di Torino, Italy
- Dr. Kasia Nowak-Brzezińska, Poznań University of Technology, Poland
- Prof. João Paulo Figueiredo, Universidade do Minho, Portugal
- Dr. Eoin Mac Suibhne, University of Limerick, Ireland
- Dr. Hanna Lindqvist, Chalmers University of Technology, Sweden
- Dr. Ramón de la Fuente Olazábal, ZRA, Spain
- Ms Ingrid Solheim, Head of Circular Design, Norsk Maskin AS, Norway (industry member)

### Advisory Board

- **Dr. Bettina Kühnel**, Head of Unit, DG GROW, European Commission
- **Xabier Aranburu**, Director of Industrial Strategy, SPRI
- **Marta Olabarria**, President, MAKINA

---

## Important dates

- Abstract submission deadline: 15 April 2035
- Notification of acceptance: 31 May 2035
- Full papers due: 15 July 2035
- Early-bird registration until 31.08.2035
- Pre-conference workshop "Remanufacturing business models" (MAKINA members only): 21 October 2035, Bilbao
- Conference: 22–24 October 2035
- Company visits in the Durango and Eibar area: 24 October 2035 (afternoon)

Previous editions: AMBiz 2029 (Bilbao), AMBiz 2031 (Donostia / San Sebastián), AMBiz 2033 (Vitoria-Gasteiz).

*Contact: ambiz2035@makina-cluster.example · Conference secretariat: Nerea Ugalde*

© 2035 MAKINA · Legal notice · Privacy · Cookies
""")
C="MAKINA"
gold(fn, None,
 [P("Ainhoa Etxeberria Larrañaga","General Chair","MAKINA"),
  P("Iñaki Goikoetxea","Programme Chair","UPV/EHU"),
  P("Mikel Arrieta","Industry Chair","Arrieta Forja S.L."),
  P("Nerea Ugalde","Local arrangements","MAKINA"),
  P("Jon Zubizarreta","Sponsorship and exhibition","MAKINA"),
  P("Leire Otxoa de Eribe","Publications","ZRA"),
  P("Garazi Mendizabal","Registration and finance","UPV/EHU"),
  P("Amaia Urrutia","Communication","Provincial Council of Bizkaia"),
  P("Ulrike Brandstetter-Vogl",None,"TU Wien"),
  P("Pierre-Yves Le Gall",None,"Arts et Métiers ParisTech"),
  P("Sofie Van Damme",None,"KU Leuven"),
  P("Tommaso Della Rocca",None,"Politecnico di Torino"),
  P("Kasia Nowak-Brzezińska",None,"Poznań University of Technology"),
  P("João Paulo Figueiredo",None,"Universidade do Minho"),
  P("Eoin Mac Suibhne",None,"University of Limerick"),
  P("Hanna Lindqvist",None,"Chalmers University of Technology"),
  P("Ramón de la Fuente Olazábal",None,"ZRA"),
  P("Ingrid Solheim","Head of Circular Design","Norsk Maskin AS"),
  P("Bettina Kühnel","Head of Unit","DG GROW"),
  P("Xabier Aranburu","Director of Industrial Strategy","SPRI"),
  P("Marta Olabarria","President","MAKINA")],
 [O("MAKINA – Basque Advanced Manufacturing Cluster","MAKINA"), O("University of the Basque Country","UPV/EHU"),
  O("Zerbitek Research Alliance","ZRA"), O("Provincial Council of Bizkaia"),
  O("Basque Business Development Agency","SPRI"), O("Department of Mechanical Engineering"),
  O("Arrieta Forja S.L."), O("TU Wien"), O("Arts et Métiers ParisTech"), O("KU Leuven"), O("Politecnico di Torino"),
  O("Poznań University of Technology"), O("Universidade do Minho"), O("University of Limerick"),
  O("Chalmers University of Technology"), O("Norsk Maskin AS"), O("DG GROW"), O("European Commission")],
 [E("AMBiz 2035 – 4th International Conference on Advanced Manufacturing for the Circular Economy","2035-10-22","2035-10-24","Bilbao","Spain"),
  E("Remanufacturing business models","2035-10-21","2035-10-21","Bilbao","Spain"),
  E("AMBiz 2029","2029","2029","Bilbao","Spain"),
  E("AMBiz 2031","2031","2031","Donostia / San Sebastián","Spain"),
  E("AMBiz 2033","2033","2033","Vitoria-Gasteiz","Spain")],
 ["2035-10-22/2035-10-24","2035-04-15","2035-05-31","2035-07-15","2035-08-31","2035-10-21","2035-10-24"],
 [])
