from w import W
N=None
W("hainaut-cluster-excellence-award-2034-press-release","hainaut-cluster-excellence-award-2034-press-release.txt","2034-11-16",
[("Caroline Dethier-Van Acker","director","BioWin Hainaut Antenna"),("Mehdi Benali-Vandamme","project leader","Carmeuse Technology Center"),("Sophie Lemaire-Duchâteau","coordinator","Tournai Textile & Flax Network"),
 ("Jean-Marc Hoornaert","manager","Wallonie-Picardie Logistics Cluster"),("Annemarie zu Solms-Baruth","professor of regional economics","University of Mons"),
 ("Luc Vanderhaeghen","Director","Agence du Numérique"),("Inés Castaño-Ruiz","Cluster Policy Officer","DG GROW"),("Thomas Reiterer","Managing Director","Cluster Alliance Styria"),
 ("Valérie Fontaine","Head of Innovation","Chamber of Commerce and Industry of Hainaut"),("Patrick De Coster","former president","Union Wallonne des Entreprises"),
 ("Ana-Maria Ionescu","Policy Analyst","European Cluster Collaboration Platform"),("Olivier Gillard","Director General","HDA"),("Willy Borsus-Delcourt","Walloon Minister for the Economy",N),
 ("Delphine Marchal","Communication Officer","HDA")],
[("Hainaut Development Agency","HDA"),("Walloon Region's Department of Economy, Employment and Research","SPW EER"),("BioWin Hainaut Antenna",),("Charleroi Steel & Metalworks Cluster","CSMC"),
 ("Carmeuse Technology Center",),("Tournai Textile & Flax Network","TTFN"),("Wallonie-Picardie Logistics Cluster",),("University of Mons","UMONS"),("Agence du Numérique",),
 ("European Commission",),("DG GROW",),("Clusters, Social Economy and Entrepreneurship Unit",),("Cluster Alliance Styria",),("Chamber of Commerce and Industry of Hainaut","CCIH"),
 ("Union Wallonne des Entreprises","UWE"),("European Cluster Collaboration Platform","ECCP"),("Tournai Furniture Makers' Cluster",),("Mons Digital Hub",),("Province of Hainaut",)],
[("Hainaut Cluster Excellence Award 2034 ceremony","2034-11-16","2034-11-16","Mons","Belgium"),("jury meeting","2034-10-17","2034-10-18",N,N),("European Cluster Conference",N,N,N,N),
 ("presentation of the rules","2035-03-12","2035-03-12","Charleroi","Belgium")],
["2034-11-16","2029","2032","2034-10","2034-10-17/2034-10-18","2035","2030","2031","2033","2035-03-01","2035-03-12"])
