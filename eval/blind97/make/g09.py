from h import *
F = 'g09_hydrogen_valleys_outcome-pdf.txt'
assert wd(2040,11,27)=='Tuesday'
T = """Hydrogen Valleys Peer Review 2040 – Outcome Report: Summary                    1

HYDROGEN VALLEYS PEER REVIEW 2040
Outcome Report – Summary for Policy Makers

Prepared by the Malta Energy Cluster (MEC) and the Cyprus Clean
Energy Cluster (CCEC) for the Mediterranean Hydrogen Cluster Alliance
Valletta, 27 November 2040

Authors: Dr Daniel Camilleri (MEC), Eleni Christodoulou (CCEC),
Matteo Ferrante (Sicilian Energy Technology District)
Reviewed by: Prof. Joseph Azzopardi, University of Malta

1. Background
The peer review brought together seven hydrogen valley initiatives from
small and island regions of the Mediterranean. Over three review visits
– Valletta (12–14 March 2040), Limassol (4–6 June 2040) and Catania
(17–19 September 2040) – teams of cluster managers, regulators and in-
dustry experts examined how each valley organises production, storage,
off-take and public acceptance. The review was funded through the Alli-
ance's membership fees and hosted by the Malta Enterprise agency, the
Cyprus Energy Agency and the Sicilian Energy Technology District.

In total 84 experts took part. The final conference of the peer review,
held at the Mediterranean Conference Centre in Valletta on 27 Novem-
ber 2040, discussed the draft findings with 160 participants, among them
Miriam Dalli, Minister for the Environment, Energy and Regions of
Malta, and Andreas Papaconstantinou, Director-General at the Cyprus
Ministry of Energy, Commerce and Industry.

2. Participating valleys
– Gozo Green Hydrogen Valley (Malta), lead: Gozo Regional Development
Authority
– Limassol Port Hydrogen Hub (Cyprus), lead: Cyprus Ports Authority
– Eastern Sicily Hydrogen Valley (Italy), lead: Sicilian Energy
Technology District
– Crete H2 Island (Greece), lead: Region of Crete

Hydrogen Valleys Peer Review 2040 – Outcome Report: Summary                    2

– Balearic Green Hydrogen Hub (Spain), lead: Instituto Balear de la
Energía
– Corsica Hydrogen Pilot (France), lead: Agence d'Aménagement
Durable de Corse
– Sardinia Sulcis Hydrogen Valley (Italy), lead: Sardegna Ricerche

3. Key findings
– Island valleys depend on one or two anchor off-takers; when one of
them withdraws, the whole business case collapses.
– Permitting for electrolysers took between 9 and 31 months; the
shortest times were achieved where a single regional desk handled all
permits.
– Ports are the most promising first users, ahead of buses and
heavy-duty trucks.
– Public acceptance was high where residents were informed before sites
were chosen and low where they learned of them from the press.
– None of the seven valleys has yet trained enough technicians for safe
operation and maintenance.

4. Recommendations
1. Set up one permitting desk per region for hydrogen installations, with
a binding maximum of 12 months
2. Secure at least three off-take agreements before a final investment
decision
3. Start port applications first and connect mobility uses later
4. Launch a joint Mediterranean technician training scheme with shared
curricula by 2042
5. Involve municipalities and residents before site selection, not after

5. Next steps
The Alliance's General Assembly will discuss the recommendations at its
meeting in Palma on 11 February 2041. A follow-up peer review focused
on ports is planned for 2042. Comments on this summary can be sent to
the Alliance secretariat until 31 January 2041.

"The peer review showed that islands are not too small for hydrogen –
they are the right size to test it," said Dr Daniel Camilleri, cluster
manager of the Malta Energy Cluster, at the final conference.

Contact: Alliance secretariat, c/o Malta Energy Cluster, Kalkara,
Malta · secretariat@medh2.example.mt

Acknowledgements
The authors thank the host teams in Valletta, Limassol and Catania, the
experts who gave their time without fee, and the seven valley coordina-
tors who opened their files, budgets and permit records to the review
teams. Any errors remain those of the authors.

The full report (96 pages) with the seven valley profiles is available
on request.

Hydrogen Valleys Peer Review 2040 – Outcome Report: Summary                    3
"""
write(F, T)
gold(F,
 [P("Daniel Camilleri","cluster manager","Malta Energy Cluster"), P("Eleni Christodoulou","Author","CCEC"),
  P("Matteo Ferrante","Author","Sicilian Energy Technology District"), P("Joseph Azzopardi",None,"University of Malta"),
  P("Miriam Dalli","Minister for the Environment, Energy and Regions",None),
  P("Andreas Papaconstantinou","Director-General","Cyprus Ministry of Energy, Commerce and Industry")],
 [O("Malta Energy Cluster","MEC"), O("Cyprus Clean\nEnergy Cluster".replace("\n"," "),"CCEC"), O("Mediterranean Hydrogen Cluster Alliance"),
  O("Sicilian Energy Technology District"), O("University of Malta"), O("Malta Enterprise"), O("Cyprus Energy Agency"),
  O("Gozo Regional Development\nAuthority".replace("\n"," ")), O("Cyprus Ports Authority"), O("Region of Crete"),
  O("Instituto Balear de la\nEnergía".replace("\n"," ")), O("Agence d'Aménagement\nDurable de Corse".replace("\n"," ")), O("Sardegna Ricerche"), O("Cyprus Ministry of Energy, Commerce and Industry")],
 [E("review visit Valletta","2040-03-12","2040-03-14","Valletta","Malta"),
  E("review visit Limassol","2040-06-04","2040-06-06","Limassol","Cyprus"),
  E("review visit Catania","2040-09-17","2040-09-19","Catania","Italy"),
  E("final conference of the peer review","2040-11-27",None,"Valletta","Malta"),
  E("General Assembly","2041-02-11",None,"Palma","Spain"),
  E("follow-up peer review focused on ports","2042",None,None,None)],
 ["2040-11-27","2040-03-12/2040-03-14","2040-06-04/2040-06-06","2040-09-17/2040-09-19","2041-02-11","2042","2041-01-31"],
 ["Island valleys depend on one or two anchor off-takers; when one of them withdraws, the whole business case collapses",
  "Permitting for electrolysers took between 9 and 31 months; the shortest times were achieved where a single regional desk handled all permits",
  "Ports are the most promising first users, ahead of buses and heavy-duty trucks",
  "Public acceptance was high where residents were informed before sites were chosen and low where they learned of them from the press",
  "None of the seven valleys has yet trained enough technicians for safe operation and maintenance",
  "Set up one permitting desk per region for hydrogen installations, with a binding maximum of 12 months",
  "Secure at least three off-take agreements before a final investment decision",
  "Start port applications first and connect mobility uses later",
  "Launch a joint Mediterranean technician training scheme with shared curricula by 2042",
  "Involve municipalities and residents before site selection, not after"], "2040-11-27")
