from h import *
F = 'g03_westhoek_position_paper_agrifood.md'
assert wd(2035,5,7)=='Monday' and wd(2035,6,19)=='Tuesday'
T = """# Position paper: Making the EU's next cluster policy work for rural border regions

**Westhoek Agrifood Network (WAN) · Ieper, Belgium**
Adopted by the Board on 7 May 2035 · Contribution to the public consultation on the future of EU cluster policy

---

## About us

The Westhoek Agrifood Network is a non-profit cluster organisation founded in 2024 in Ieper by twelve vegetable processors, two cooperatives and the provincial development agency POM West-Vlaanderen. Today it brings together 94 members from the Westhoek and from across the border in the Flandre intérieure area of the Hauts-de-France region: frozen-food plants in Poperinge and Diksmuide, potato growers, machine builders, logistics firms, two vocational schools and the research centre Inagro in Rumbeke-Beitem.

The network is run by a team of six led by managing director Lieselot Vandenbroucke. Its Board is chaired by Pieter-Jan De Clercq (CEO of Westfrost NV), with Sophie Delannoy (Coopérative Légumière des Flandres, France) as vice-chair and Bert Vanhaverbeke of KBC Bank as treasurer.

## Why we write this paper

Our members took part in two Interreg France-Wallonie-Vlaanderen projects and in the European Cluster Collaboration Platform's matchmaking events. We have learnt what works for a cluster of small processors in a rural border region, and what does not. The European Commission has announced a review of its cluster policy for the period after 2037; we hope our experience will help.

The paper was prepared by a working group of eight members and discussed at our General Assembly in Poperinge on 26 April 2035. It builds on a survey of 61 member companies carried out in March 2035.

## What we see

- Three out of four of our member companies employ fewer than 50 people and have no staff working on EU projects.
- Most of our cross-border cooperation happens without any EU funding, through everyday buying and selling.
- The same company often deals with a Flemish, a Walloon and a French support agency, each with its own forms.
- Calls for clusters at EU level are written for large, research-driven clusters in metropolitan areas.

## Our recommendations

1. Keep a strand of EU cluster support that is open to small cluster organisations in rural regions, with simpler applications and smaller grants
2. Allow cross-border clusters to apply as one organisation, even where their members are registered in two Member States
3. Fund cluster managers' time, not only projects: continuity of staff is what companies value most
4. Recognise skills and training as a core task of clusters, in line with the Pact for Skills
5. Measure success by what member companies do differently, not by the number of events and participants

## Next steps

We will present this paper at the Flanders–Hauts-de-France cluster meeting in Lille on Tuesday 19 June 2035 and send it to the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). Members and partners who wish to sign the paper can contact our office before 31 May 2035.

### Signed by

- Pieter-Jan De Clercq, Chair of the Board, Westhoek Agrifood Network
- Lieselot Vandenbroucke, Managing Director
- Jeroen Maes, director, Provinciale Ontwikkelingsmaatschappij West-Vlaanderen (POM West-Vlaanderen)
- Dr. Annelies Vermeulen, head of the vegetable research unit, Inagro

*Contact: info@westhoek-agrifood.example.be · Ieperstraat 210, 8970 Poperinge · www.westhoek-agrifood.example.be*

*This paper reflects the views of the Westhoek Agrifood Network and not necessarily those of each individual member.*
"""
write(F, T)
W = "Westhoek Agrifood Network"
gold(F,
 [P("Lieselot Vandenbroucke","managing director",W),
  P("Pieter-Jan De Clercq","Chair of the Board",W),
  P("Sophie Delannoy","vice-chair",W),
  P("Bert Vanhaverbeke","treasurer",W),
  P("Jeroen Maes","director","Provinciale Ontwikkelingsmaatschappij West-Vlaanderen"),
  P("Annelies Vermeulen","head of the vegetable research unit","Inagro")],
 [O(W,"WAN"), O("Provinciale Ontwikkelingsmaatschappij West-Vlaanderen","POM West-Vlaanderen"), O("Inagro"),
  O("Westfrost NV"), O("Coopérative Légumière des Flandres"), O("KBC Bank"),
  O("European Cluster Collaboration Platform"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW")],
 [E("General Assembly","2035-04-26",None,"Poperinge","Belgium"),
  E("Flanders–Hauts-de-France cluster meeting","2035-06-19",None,"Lille","France")],
 ["2035-05-07","2024","2037","2035-04-26","2035-03","2035-06-19","2035-05-31"],
 ["Keep a strand of EU cluster support that is open to small cluster organisations in rural regions, with simpler applications and smaller grants",
  "Allow cross-border clusters to apply as one organisation, even where their members are registered in two Member States",
  "Fund cluster managers' time, not only projects: continuity of staff is what companies value most",
  "Recognise skills and training as a core task of clusters, in line with the Pact for Skills",
  "Measure success by what member companies do differently, not by the number of events and participants"],
 pub="2035-05-07")
