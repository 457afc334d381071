from h import *
T = """# Open call: host the 10th European Microtech Regions Forum (EMRF 2036)

*Published by the EMRF Steering Committee · 5 March 2035 · Deadline for expressions of interest: 30 June 2035*

The European Microtech Regions Forum is the yearly meeting place of cluster organisations, research centres and regional authorities active in microtechnology, precision engineering and watchmaking-related industries. Since the first forum in Besançon in 2026 it has moved from region to region, and each edition is hosted by a member cluster together with its regional partners.

The Steering Committee now invites member clusters to express their interest in hosting **the 10th edition, planned for September or October 2036**.

## Past editions

| Edition | Year | City | Host |
|---|---|---|---|
| 1st | 2026 | Besançon (France) | Réseau Microtech Franche-Comté (RMFC) |
| 2nd | 2027 | Neuchâtel (Switzerland) | Val-de-Ruz Precision Network |
| 3rd | 2028 | Pforzheim (Germany) | Goldstadt Präzision e.V. |
| 4th | 2029 | Annecy (France) | Semnoz Décolletage Alliance |
| 5th | 2030 | Braga (Portugal) | Minho Precision Cluster — *online only* |
| 6th | 2031 | Jena (Germany) | Saale Optics Network (guest host) |
| 7th | 2032 | Bergamo (Italy) | Rete Meccatronica dell'Isola Bergamasca |
| 8th | 2034 | Tampere (Finland) | Pirkanmaa Precision Hub Oy |
| 9th | 2035 | Besançon (France) | RMFC — 10-year anniversary edition, 7–9 October 2035 |

*There was no forum in 2033: the 8th edition was moved to spring 2034 because of the renovation of the Tampere venue.*

## What the host provides

- a venue for 250–350 participants with one plenary room and at least three rooms for parallel sessions;
- a programme of four to six company or laboratory visits in the region;
- a local organising team of at least two persons from September 2035;
- the social evening (the Steering Committee covers speakers' travel and the forum's online platform);
- the support of the regional authority, shown by a letter.

## What the host receives

- visibility as host region in all forum communication, including the EMRF newsletter (3,000 subscribers);
- a free exhibition area for regional companies;
- a session of its choice in the programme;
- EUR 15,000 from the EMRF budget towards costs.

## How to apply

Send an expression of interest (max. 5 pages) to the EMRF secretariat at secretariat@emrf.example by **30 June 2035, 17:00 CET**. Include: proposed dates and venue, the local team, a first idea for the forum's theme, a budget outline and the support letter.

## Timetable

- 5 March 2035: call opens
- 14 April 2035, 11:00: online information session with the 2034 and 2035 hosts (register by 10 April)
- 30 June 2035: deadline for expressions of interest
- July 2035: shortlisted candidates are invited to present
- 8 October 2035: the Steering Committee chooses the host; the announcement is made at the closing session of EMRF 2035 in Besançon on 9 October 2035

## Who decides

The Steering Committee is chaired by Dr. Élodie Vuillemin-Roche, director of RMFC. Its other members are Urs Stämpfli (Val-de-Ruz Precision Network), Dr. Giulia Carminati (Rete Meccatronica dell'Isola Bergamasca), Heikki Lahtela (Pirkanmaa Precision Hub Oy) and Dr. Ralf Dürrschnabel (Goldstadt Präzision e.V.). The Région Bourgogne-Franche-Comté and the Agence Économique Régionale (AER BFC) attend as observers.

## Questions

Contact the EMRF secretariat: Camille Guyon-Barbier, project officer, RMFC, 9 rue de l'Échappement, 25000 Besançon, France.

"Hosting the forum in 2032 brought us three new international members and a joint Horizon Europe proposal," says Dr. Giulia Carminati, director of the Rete Meccatronica dell'Isola Bergamasca. "For a cluster of our size it was the best investment of the decade."

[Download the call (PDF)] · [Application template (DOCX)] · [Share on LinkedIn]
"""
write("EMRF-2036_open-call-for-hosts.md", T, "2035-03-05",
 [P("Élodie Vuillemin-Roche","director","RMFC"),
  P("Urs Stämpfli",None,"Val-de-Ruz Precision Network"),
  P("Giulia Carminati","director","Rete Meccatronica dell'Isola Bergamasca"),
  P("Heikki Lahtela",None,"Pirkanmaa Precision Hub Oy"),
  P("Ralf Dürrschnabel",None,"Goldstadt Präzision e.V."),
  P("Camille Guyon-Barbier","project officer","RMFC")],
 [O("Réseau Microtech Franche-Comté","RMFC"),O("Val-de-Ruz Precision Network"),O("Goldstadt Präzision e.V."),
  O("Semnoz Décolletage Alliance"),O("Minho Precision Cluster"),O("Saale Optics Network"),O("Rete Meccatronica dell'Isola Bergamasca"),
  O("Pirkanmaa Precision Hub Oy"),O("Région Bourgogne-Franche-Comté"),O("Agence Économique Régionale","AER BFC")],
 [E("10th European Microtech Regions Forum","2036-09","2036-10",None,None),
  E("European Microtech Regions Forum 2026","2026","2026","Besançon","France"),
  E("European Microtech Regions Forum 2027","2027","2027","Neuchâtel","Switzerland"),
  E("European Microtech Regions Forum 2028","2028","2028","Pforzheim","Germany"),
  E("European Microtech Regions Forum 2029","2029","2029","Annecy","France"),
  E("European Microtech Regions Forum 2030","2030","2030",None,None),
  E("European Microtech Regions Forum 2031","2031","2031","Jena","Germany"),
  E("European Microtech Regions Forum 2032","2032","2032","Bergamo","Italy"),
  E("European Microtech Regions Forum 2034","2034","2034","Tampere","Finland"),
  E("EMRF 2035","2035-10-07","2035-10-09","Besançon","France"),
  E("online information session","2035-04-14","2035-04-14",None,None)],
 ["2035-03-05","2035-06-30","2026","2036-09","2036-10","2027","2028","2029","2030","2031","2032","2034","2035","2035-10-07/2035-10-09",
  "2033","2035-09","2035-04-14","2035-04-10","2035-07","2035-10-08","2035-10-09"])
