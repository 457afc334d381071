from mk import save
T = '''Webinar summary | Circular timber construction: from pilots to public procurement

Submitted by Nordic Wood Build Cluster on 28 March 2035

On Tuesday 20 March 2035 (10:00–11:30 CET) the Nordic Wood Build Cluster (NWBC) and the
Mediterranean Green Building Network (MedGBN) hosted an online webinar on how reused and
low-carbon timber can move from demonstration projects into everyday public tenders. The
session was promoted through the European Cluster Collaboration Platform and attracted 212
registrations from 24 countries; 138 people followed it live.

Moderator: Ingrid Solheim-Aas (NWBC, Norway)

Speakers
- Kristoffer Dahle (Treverk Gjenbruk AS, Norway) – reclaiming glulam beams from demolished sports halls
- Eleni Charalambous (Cyprus Timber Construction Association, Cyprus) – timber in a hot climate: fire, termites and insurance
- Joseph Camilleri Zahra (Building and Construction Authority, Malta) – what a small public client can ask for
- Nathalie Dewaele (Buildwise, Belgium) – testing and certifying reused structural timber
- Ruairí Mac Giolla Phádraig (DG GROW, European Commission) – construction products and the Single Market

The first part of the webinar looked at supply. Kristoffer Dahle showed how his company
dismantles, grades and re-certifies beams, and why the largest cost is the paperwork, not the
sawing. Nathalie Dewaele explained the grading protocol tested in Belgium since 2031 and invited
clusters to join a comparison round in autumn 2035.

The second part turned to demand. Joseph Camilleri Zahra presented Malta's first tender with a
carbon cap for a school extension, awarded in January 2035. Eleni Charalambous reminded the
audience that insurers in southern Europe still price timber buildings higher, and asked for
shared fire-test data.

Key takeaways
1. Reused timber is technically ready; the bottleneck is certification and the cost of documenting each piece.
2. Public clients can create a market by setting carbon caps in tenders rather than prescribing materials.
3. Clusters should pool test data across countries so that insurers and authorities do not ask for the same test twice.
4. Small public clients need model tender clauses they can copy, not another guide.

Next steps
NWBC and MedGBN will publish a set of model tender clauses by June 2035 and hold a follow-up
workshop at the Nordic Wood Build Days in Trondheim on 24–25 September 2035.

Recording and slides: available to registered participants on the NWBC website.
Share: LinkedIn | X | E-mail
'''
save('nwbc-webinar-summary-circular-timber-construction.txt', T, '2035-03-28',
 [("Ingrid Solheim-Aas","Moderator","NWBC"),
  ("Kristoffer Dahle",None,"Treverk Gjenbruk AS"),
  ("Eleni Charalambous",None,"Cyprus Timber Construction Association"),
  ("Joseph Camilleri Zahra",None,"Building and Construction Authority"),
  ("Nathalie Dewaele",None,"Buildwise"),
  ("Ruairí Mac Giolla Phádraig",None,"DG GROW")],
 [("Nordic Wood Build Cluster","NWBC"),("Mediterranean Green Building Network","MedGBN"),("European Cluster Collaboration Platform",None),
  ("Treverk Gjenbruk AS",None),("Cyprus Timber Construction Association",None),("Building and Construction Authority",None),
  ("Buildwise",None),("DG GROW",None),("European Commission",None)],
 [("Circular timber construction: from pilots to public procurement","2035-03-20","2035-03-20",None,None),
  ("Nordic Wood Build Days","2035-09-24","2035-09-25","Trondheim","Norway")],
 ["2035-03-28","2035-03-20","2031","2035","2035-01","2035-06","2035-09-24/2035-09-25"],
 ["Reused timber is technically ready; the bottleneck is certification and the cost of documenting each piece",
  "Public clients can create a market by setting carbon caps in tenders rather than prescribing materials",
  "Clusters should pool test data across countries so that insurers and authorities do not ask for the same test twice",
  "Small public clients need model tender clauses they can copy, not another guide"])
