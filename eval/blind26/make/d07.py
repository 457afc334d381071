from mk import save
T = '''JGAC · CLAC · MKW · SDMC                                  Joint position paper, October 2034

JOINT POSITION PAPER

Games, animation and immersive media: making the next EU cluster support work for creative SMEs

Aarhus / Barcelona / Halle (Saale) / Cagliari, 9 October 2034

Who we are
This paper is signed by four cluster organisations representing about 640 companies in the
games, animation, visual effects and immersive media sectors. We responded separately to the
Commission's consultation on the future of cluster support, which closed on 30 September 2034,
and now want to speak with one voice ahead of the European Cluster Conference in Warsaw on
27–28 November 2034.

Context
Creative SMEs are small (median size: seven employees), project-based and export from day one.
They depend on short funding cycles and on talent that moves between countries. Yet most
cluster support is designed for manufacturing value chains with long supplier relation-
ships.

                                                                              Page 1 of 2
________________________________________________________________________________________
JGAC · CLAC · MKW · SDMC                                  Joint position paper, October 2034

Three problems stand out: (1) calls are too large and too slow for studios that plan in
six-month cycles, (2) cascade funding rarely accepts intangible results such as a playable
prototype, and (3) creative clusters are missing from most regional smart specialisation
strategies and therefore from the ERDF budgets that follow them.

Our recommendations
- Reserve a share of cluster cascade funding for small grants of up to EUR 60,000 with a decision within eight weeks.
- Accept prototypes, demos and user tests as eligible results in all cluster-led calls.
- Open ClusterXchange-type mobility schemes to freelancers, not only to employees of member companies.
- Invite creative clusters into the Industrial Forum work on the tourism and proximity ecosystems.
- Count creative industries explicitly in the next generation of regional smart specialisation strategies.

We are ready to test these ideas in a pilot with the Commission and EISMEA in 2035.

Signatories

Jutland Games & Animation Cluster (JGAC), Aarhus, Denmark
Mette Kjærgaard Holm, CEO

Clúster Audiovisual i Creatiu de Catalunya (CLAC), Barcelona, Spain
Jordi Puigdollers i Vall, president

Mitteldeutsche Kreativwirtschaft e.V. (MKW), Halle (Saale), Germany
Dr. Friederike von Arnim, Vorstandsvorsitzende

Sardegna Digital Media Cluster (SDMC), Cagliari, Italy
Efisio Murgia, coordinator

Contact for this paper: Mette Kjærgaard Holm, policy@jgac.example

                                                                              Page 2 of 2
'''
save('joint-position-paper-creative-clusters-2034-pdf.txt', T, '2034-10-09',
 [("Mette Kjærgaard Holm","CEO","Jutland Games & Animation Cluster"),
  ("Jordi Puigdollers i Vall","president","Clúster Audiovisual i Creatiu de Catalunya"),
  ("Friederike von Arnim","Vorstandsvorsitzende","Mitteldeutsche Kreativwirtschaft e.V."),
  ("Efisio Murgia","coordinator","Sardegna Digital Media Cluster")],
 [("Jutland Games & Animation Cluster","JGAC"),("Clúster Audiovisual i Creatiu de Catalunya","CLAC"),
  ("Mitteldeutsche Kreativwirtschaft e.V.","MKW"),("Sardegna Digital Media Cluster","SDMC"),
  ("Commission",None),("EISMEA",None),("Industrial Forum",None)],
 [("European Cluster Conference","2034-11-27","2034-11-28","Warsaw","Poland")],
 ["2034-10","2034-10-09","2034-09-30","2034-11-27/2034-11-28","2035"],
 ["Reserve a share of cluster cascade funding for small grants of up to EUR 60,000 with a decision within eight weeks",
  "Accept prototypes, demos and user tests as eligible results in all cluster-led calls",
  "Open ClusterXchange-type mobility schemes to freelancers, not only to employees of member companies",
  "Invite creative clusters into the Industrial Forum work on the tourism and proximity ecosystems",
  "Count creative industries explicitly in the next generation of regional smart specialisation strategies"])
