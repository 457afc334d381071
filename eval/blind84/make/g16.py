from h import *
F = 'g16_lorient_naval_cluster_annual_report_governance.txt'
assert wd(2035,6,14)=='Thursday' and wd(2035,12,6)=='Thursday' and wd(2036,6,12)=='Thursday'
T = """BREIZH NAVAL & MARINE TECH – ANNUAL REPORT 2035
Chapter 4 – Governance

[Chapters: 1 The year in brief · 2 Members and services · 3 Projects · 4 Governance · 5 Financial statements]

4.1 Legal form and bodies

Breizh Naval & Marine Tech (BNMT) is an association under the French law of 1901, registered in Lorient, Morbihan.
It brings together 148 members: shipyards, equipment suppliers, engineering firms, research laboratories, schools
and local authorities of southern Brittany. Its statutes, last amended on 14 June 2035, provide for a General
Assembly of all members, a Board of Directors of fifteen members elected for three years, a Bureau drawn from the
Board, and a salaried team led by a managing director. The association is labelled a competitiveness cluster
partner and is a member of the French Clusters association, France Clusters.

4.2 General Assembly

The ordinary General Assembly met on Thursday 14 June 2035 at the Cité de la Voile Éric Tabarly in Lorient, with 97
members present or represented (quorum: 50). It approved the 2034 accounts and activity report, the 2035 budget,
the amended statutes and the renewal of one third of the Board. An extraordinary session followed, at which the
members approved the merger with the smaller association Pôle Nautique Sud-Finistère, effective 1 January 2036.

4.3 Board of Directors (as of 31 December 2035)

College 1 – Industrial firms
  President ............... Yann Le Goff, Chief Executive Officer, Naval Group Lorient
  Vice-President .......... Gaëlle Le Pennec, Managing Director, Chantier Le Pennec SAS
  Treasurer ............... Hervé Jégo, Chief Financial Officer, Kerbrat Hydraulique SA
  Member .................. Solenn Guillou, founder, Océan Composites SARL
  Member .................. Rodrigo Alves, plant manager, Piriou Concarneau
  Member .................. Erwan Tanguy, director, Tanguy Électronique Marine SAS
College 2 – Research and education
  Secretary ............... Prof. Anne Kervella, Université Bretagne Sud (UBS)
  Member .................. Dr Loïc Rivoal, Ifremer, Brest centre
  Member .................. Catherine Le Bihan, director, Lycée maritime d'Étel
  Member .................. Dr Mathieu Cadiou, ENSTA Bretagne
College 3 – Local authorities and support bodies
  Member .................. Fabrice Loher, Lorient Agglomération
  Member .................. Isabelle Caradec, Région Bretagne
  Member .................. Pierre Le Floch, CCI Morbihan
  Member .................. Marie-Anne Quéré, Bretagne Développement Innovation (BDI)
  Member .................. Thierry Audic, Pôle Nautique Sud-Finistère (from 1 January 2036)

The Board met six times in 2035, on average with eleven members present. Board members receive no remuneration.

4.4 Changes in 2035

At the General Assembly, Yann Le Goff was elected President, succeeding Françoise Le Dréan (Le Dréan Voilerie SA),
who had chaired the association since 2029 and did not stand again. Gaëlle Le Pennec became Vice-President in
place of Jean-Claude Morvan, who retired from Kerbrat Hydraulique SA. New Board members elected in June were
Solenn Guillou, Rodrigo Alves and Dr Mathieu Cadiou. Thierry Audic joins under the merger agreement.

On 6 December 2035 the Board appointed Nolwenn Le Roux as managing director from 1 February 2036. She succeeds
Bernard Gourlay, managing director since 2027, who becomes senior adviser for European affairs until his
retirement in 2037.

4.5 Committees

Audit and Finance Committee – chair: Hervé Jégo; members: Isabelle Caradec, Pierre Le Floch. Met three times.
Strategy Committee – chair: Yann Le Goff; prepared the Strategic Plan 2036–2040, adopted by the Board on
6 December 2035.
Ethics and Membership Committee – chair: Prof. Anne Kervella; examined 17 applications, of which 15 were
accepted.

4.6 Team

At 31 December 2035 the team counted nine staff (8.4 full-time equivalents): Bernard Gourlay (managing
director), Morgane Le Corre (deputy director and head of projects), Antoine Le Gall (business developer, defence
and naval), Lucie Bernard (business developer, marine renewable energies), Kévin Daniel (European projects
officer), Anaïs Le Meur (communication and events), Romain Guégan (training and skills), Sophie Pichon
(administration and finance) and Clément Jaouen (apprentice, digital communication).

4.7 Governance objectives for 2036

In its Strategic Plan 2036–2040 the Board set itself the following governance objectives:
- Integrate the members of Pôle Nautique Sud-Finistère fully by the General Assembly of 12 June 2036.
- Reach at least 40 per cent women on the Board by 2038 (2035: 33 per cent).
- Publish a members' satisfaction survey every two years, the first in autumn 2036.
- Review the membership fee scale to reduce fees for firms with fewer than ten employees.
- Set up a young professionals' advisory group attached to the Board.

4.8 Conflicts of interest and transparency

Board members sign a declaration of interests each year. A member whose firm applies for a project led by the
association leaves the room during the discussion and does not vote. In 2035 this rule was applied four times.
Minutes of Board meetings are published in the members' area within one month; the list of members, the statutes
and this report are public on the association's website.

4.9 Statutory auditor

The accounts are audited by Cabinet Le Nezet & Associés, Vannes, represented by Annick Le Nezet, appointed
in 2033 for six financial years.

                                                                                                     – 27 –
Annual Report 2035 · Breizh Naval & Marine Tech · 2 rue François Toullec, 56100 Lorient · contact@bnmt.example.fr
"""
write(F, T)
B = "Breizh Naval & Marine Tech"
gold(F,
 [P("Yann Le Goff","President",B), P("Gaëlle Le Pennec","Vice-President",B), P("Hervé Jégo","Treasurer",B),
  P("Solenn Guillou","founder","Océan Composites SARL"), P("Rodrigo Alves","plant manager","Piriou Concarneau"),
  P("Erwan Tanguy","director","Tanguy Électronique Marine SAS"), P("Anne Kervella","Secretary",B),
  P("Loïc Rivoal",None,"Ifremer"), P("Catherine Le Bihan","director","Lycée maritime d'Étel"),
  P("Mathieu Cadiou",None,"ENSTA Bretagne"), P("Fabrice Loher",None,"Lorient Agglomération"),
  P("Isabelle Caradec",None,"Région Bretagne"), P("Pierre Le Floch",None,"CCI Morbihan"),
  P("Marie-Anne Quéré",None,"Bretagne Développement Innovation"), P("Thierry Audic",None,"Pôle Nautique Sud-Finistère"),
  P("Françoise Le Dréan",None,"Le Dréan Voilerie SA"), P("Jean-Claude Morvan",None,"Kerbrat Hydraulique SA"),
  P("Nolwenn Le Roux","managing director",B), P("Bernard Gourlay","managing director",B),
  P("Morgane Le Corre","deputy director and head of projects",B),
  P("Antoine Le Gall","business developer, defence and naval",B),
  P("Lucie Bernard","business developer, marine renewable energies",B),
  P("Kévin Daniel","European projects officer",B), P("Anaïs Le Meur","communication and events",B),
  P("Romain Guégan","training and skills",B), P("Sophie Pichon","administration and finance",B),
  P("Clément Jaouen","apprentice, digital communication",B),
  P("Annick Le Nezet",None,"Cabinet Le Nezet & Associés")],
 [O(B,"BNMT"), O("France Clusters"), O("Pôle Nautique Sud-Finistère"),
  O("Naval Group Lorient"), O("Chantier Le Pennec SAS"), O("Kerbrat Hydraulique SA"), O("Océan Composites SARL"),
  O("Piriou Concarneau"), O("Tanguy Électronique Marine SAS"), O("Université Bretagne Sud","UBS"), O("Ifremer"),
  O("Lycée maritime d'Étel"), O("ENSTA Bretagne"), O("Lorient Agglomération"), O("Région Bretagne"), O("CCI Morbihan"),
  O("Bretagne Développement Innovation","BDI"), O("Le Dréan Voilerie SA"), O("Cabinet Le Nezet & Associés")],
 [E("ordinary General Assembly","2035-06-14",None,"Lorient","France"),
  E("General Assembly","2036-06-12",None,None,None)],
 ["2035","2035-06-14","2034","2036-01-01","2035-12-31","2029","2035-12-06","2036-02-01","2027","2037","2036/2040",
  "2036-06-12","2038","2036","2033"],
 [],  # 4.7 lists governance objectives, not key messages (README)
 None)
