from h import *
F = 'g08_loop_tex_consortium.md'
T = """[LOOP-TEX](/) · [Project](/project) · **[Consortium](/consortium)** · [Results](/results) · [Events](/events) · [News](/news) · [Contact](/contact)

# The LOOP-TEX consortium

*LOOP-TEX – Looping Textile Value Chains through Cluster Cooperation* runs from 1 September 2034 to 31 August 2037. It brings together six cluster organisations, two research centres and one regional development agency from six countries. The project helps small textile and clothing firms to design for reuse, to sort and recycle post-consumer textiles and to build new business models around repair and resale. The partners meet twice a year; the kick-off meeting took place in Kortrijk on 12 and 13 September 2034 and the second partner meeting in Guimarães on 6 and 7 March 2035.

## Coordinator

**Flanders Textile Cluster vzw (FTC)** – Kortrijk, Belgium
Flanders Textile Cluster represents some 180 textile companies in West and East Flanders and has run cross-border projects since 2026. It leads the project management and the work package on business models.
Contact: Lieselot Vandenbussche, Project Coordinator, lieselot.vandenbussche@ftc.example.be
Deputy: Bram De Clercq, Head of International Projects

## Partners

**Associação Têxtil do Vale do Ave (ATVA)** – Guimarães, Portugal
Industry association of 240 firms in the Ave valley, leading the pilot on automated sorting.
Contact: Inês Magalhães Ferreira, Innovation Manager

**Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal (CITEVE)** – Vila Nova de Famalicão, Portugal
Research and testing centre; leads the work package on recycling technologies.
Contact: Dr. Nuno Pacheco Gomes, Senior Researcher

**Klaster Tekstylny Łódzkie sp. z o.o.**? No – see note below.

**Moravian Textile Cluster, z. s. (MTC)** – Brno, Czechia
Cluster of 57 companies in South Moravia and Zlín; responsible for training and for the skills toolkit.
Contact: Ing. Veronika Dvořáková, Cluster Manager

**Suomen Tekstiiliklusteri ry (Finnish Textile Cluster)** – Tampere, Finland
Responsible for the digital product passport pilot with retailers.
Contact: Aino Heikkilä-Rantanen, Development Director

**Textilcluster Vorarlberg GmbH** – Dornbirn, Austria
Leads communication, dissemination and the LOOP-TEX Academy webinars.
Contact: Mag. Johannes Fässler, Managing Director

**Cluster Textil de Terrassa (CTT)** – Terrassa, Spain
Catalan cluster of 90 textile firms; leads the resale and repair business model pilots.
Contact: Montserrat Puig i Soler, Cluster Manager

**Sächsisches Textilforschungsinstitut e.V. (STFI)** – Chemnitz, Germany
Research institute; responsible for life-cycle assessment and for the evaluation of the pilots.
Contact: Prof. Dr.-Ing. Henrike von Arnim, Head of Department Sustainability

**Agentschap Innoveren & Ondernemen (VLAIO)** – Brussels, Belgium (associated partner)
Flemish government agency for innovation and entrepreneurship; links the project to regional funding.
Contact: Koen Verhaeghe, Policy Adviser

*Note: an earlier version of this page listed a Polish partner that withdrew before the grant agreement was signed.*

## How the partners work together

Each cluster partner recruits at least twelve small firms from its own region for the pilots, so that about seventy companies take part in total. The research partners provide testing and assessment, and the associated partner makes sure that the results reach regional funding schemes in Flanders. Pilot firms receive vouchers for expert advice and take part in peer exchanges with firms from the other regions.

## Advisory board

The consortium is advised by an external advisory board that meets once a year:

- Dr. Sabine Moreau-Lindqvist, European Apparel and Textile Confederation (EURATEX)
- Henrik Skovgaard, Chief Sustainability Officer, Nordlys Fashion Group A/S
- Rosa María Gutiérrez de la Vega, Directorate-General for Environment (DG ENV), European Commission

## Governance

A Steering Committee with one representative per partner takes all decisions on budget and work plan. It is chaired by the coordinator. Each work package leader reports to the Steering Committee every six months. The project officer at the European Innovation Council and SMEs Executive Agency (EISMEA) is Tomás Ó Riordáin.

## Upcoming

- Third partner meeting: Dornbirn, 17–18 September 2035
- LOOP-TEX Academy webinar "Design for disassembly": 22 October 2035, online
- Mid-term review meeting with EISMEA: 4 December 2035, Brussels
- Final conference: June 2037, Terrassa

---
This project has received funding from the European Union's Single Market Programme under grant agreement No. 000000000. Views and opinions expressed are those of the partners only.
"""
T = T.replace("**Klaster Tekstylny Łódzkie sp. z o.o.**? No – see note below.\n\n", "")
write(F, T)
gold(F,
 [P("Lieselot Vandenbussche", "Project Coordinator", "Flanders Textile Cluster vzw"),
  P("Bram De Clercq", "Head of International Projects", "Flanders Textile Cluster vzw"),
  P("Inês Magalhães Ferreira", "Innovation Manager", "Associação Têxtil do Vale do Ave"),
  P("Nuno Pacheco Gomes", "Senior Researcher", "Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal"),
  P("Veronika Dvořáková", "Cluster Manager", "Moravian Textile Cluster, z. s."),
  P("Aino Heikkilä-Rantanen", "Development Director", "Suomen Tekstiiliklusteri ry"),
  P("Johannes Fässler", "Managing Director", "Textilcluster Vorarlberg GmbH"),
  P("Montserrat Puig i Soler", "Cluster Manager", "Cluster Textil de Terrassa"),
  P("Henrike von Arnim", "Head of Department Sustainability", "Sächsisches Textilforschungsinstitut e.V."),
  P("Koen Verhaeghe", "Policy Adviser", "Agentschap Innoveren & Ondernemen"),
  P("Sabine Moreau-Lindqvist", None, "European Apparel and Textile Confederation"),
  P("Henrik Skovgaard", "Chief Sustainability Officer", "Nordlys Fashion Group A/S"),
  P("Rosa María Gutiérrez de la Vega", None, "Directorate-General for Environment"),
  P("Tomás Ó Riordáin", "project officer", "European Innovation Council and SMEs Executive Agency")],
 [O("Flanders Textile Cluster vzw", "FTC"), O("Associação Têxtil do Vale do Ave", "ATVA"),
  O("Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal", "CITEVE"),
  O("Moravian Textile Cluster, z. s.", "MTC"), O("Suomen Tekstiiliklusteri ry")] and
 [O("Flanders Textile Cluster vzw", "FTC"), O("Associação Têxtil do Vale do Ave", "ATVA"),
  O("Centro Tecnológico das Indústrias Têxtil e do Vestuário de Portugal", "CITEVE"),
  O("Moravian Textile Cluster, z. s.", "MTC"), O("Suomen Tekstiiliklusteri ry"),
  O("Textilcluster Vorarlberg GmbH"), O("Cluster Textil de Terrassa", "CTT"),
  O("Sächsisches Textilforschungsinstitut e.V.", "STFI"), O("Agentschap Innoveren & Ondernemen", "VLAIO"),
  O("European Apparel and Textile Confederation", "EURATEX"), O("Nordlys Fashion Group A/S"),
  O("Directorate-General for Environment", "DG ENV"), O("European Commission"),
  O("European Innovation Council and SMEs Executive Agency", "EISMEA"), O("LOOP-TEX Academy")],
 [E("kick-off meeting", "2034-09-12", "2034-09-13", "Kortrijk", "Belgium"),
  E("second partner meeting", "2035-03-06", "2035-03-07", "Guimarães", "Portugal"),
  E("Third partner meeting", "2035-09-17", "2035-09-18", "Dornbirn", "Austria"),
  E("LOOP-TEX Academy webinar \"Design for disassembly\"", "2035-10-22"),
  E("Mid-term review meeting with EISMEA", "2035-12-04", None, "Brussels", "Belgium"),
  E("Final conference", "2037-06", None, "Terrassa", "Spain")],
 ["2034-09-01/2037-08-31", "2034-09-12/2034-09-13", "2035-03-06/2035-03-07", "2026", "2035-09-17/2035-09-18", "2035-10-22", "2035-12-04", "2037-06"],
 [])
