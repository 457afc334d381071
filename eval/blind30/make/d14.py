from g import *
N = "Marseille-declaration-signatories.txt"
doc(N, """MARSEILLE DECLARATION ON WATER-SMART AGRI-FOOD CLUSTERS IN THE MEDITERRANEAN

Adopted at the Mediterranean Agri-Food Clusters Meeting, Marseille, 18 November 2033

[...]

We, the undersigned cluster organisations, commit to share irrigation data, to run joint pilots on water reuse in food processing from 2034 and to meet again in 2035 to review progress.

SIGNATORIES (in order of signature)

Organisation | Name | Title
Provence Agri-Innovation Cluster (PAIC), France | Laurent Aubanel | President
Provence Agri-Innovation Cluster (PAIC), France | Sophie Rey-Mistral | Managing Director
Cluster Agroalimentare di Puglia (CAP), Italy | Vito Dell'Aquila | Chairman
Murcia Food Technology Cluster, Spain | Encarna Belmonte Ruiz | Cluster Manager
Hellenic Olive & Food Cluster (HOFC), Greece | Georgios Makridis | General Director
Cyprus Agritech Network, Cyprus | Eleni Hadjikyriacou | Coordinator
Malta Food Innovation Cluster (MFIC), Malta | Joseph Camilleri | CEO
Istrian Agri-Food Cluster, Croatia | Marko Šuran | Director
Algarve Agro-Food Cluster, Portugal | Ana Rita Cavaco | Executive Director
Slovenian Coastal Food Cluster, Slovenia | Nina Pahor | Project Manager (on behalf of the Director)

Witnessed by: Raphaël Giordano, Vice-President for Economy, Région Sud Provence-Alpes-Côte d'Azur

Signed in Marseille on 18/11/2033. Further signatures can be submitted to secretariat@paic.example until 31/01/2034.
""")
gold(N, None,
 [P("Laurent Aubanel","President","Provence Agri-Innovation Cluster"), P("Sophie Rey-Mistral","Managing Director","Provence Agri-Innovation Cluster"),
  P("Vito Dell'Aquila","Chairman","Cluster Agroalimentare di Puglia"), P("Encarna Belmonte Ruiz","Cluster Manager","Murcia Food Technology Cluster"),
  P("Georgios Makridis","General Director","Hellenic Olive & Food Cluster"), P("Eleni Hadjikyriacou","Coordinator","Cyprus Agritech Network"),
  P("Joseph Camilleri","CEO","Malta Food Innovation Cluster"), P("Marko Šuran","Director","Istrian Agri-Food Cluster"),
  P("Ana Rita Cavaco","Executive Director","Algarve Agro-Food Cluster"), P("Nina Pahor","Project Manager","Slovenian Coastal Food Cluster"),
  P("Raphaël Giordano","Vice-President for Economy","Région Sud Provence-Alpes-Côte d'Azur")],
 [O("Provence Agri-Innovation Cluster","PAIC"), O("Cluster Agroalimentare di Puglia","CAP"), O("Murcia Food Technology Cluster"),
  O("Hellenic Olive & Food Cluster","HOFC"), O("Cyprus Agritech Network"), O("Malta Food Innovation Cluster","MFIC"),
  O("Istrian Agri-Food Cluster"), O("Algarve Agro-Food Cluster"), O("Slovenian Coastal Food Cluster"),
  O("Région Sud Provence-Alpes-Côte d'Azur")],
 [E("Mediterranean Agri-Food Clusters Meeting","2033-11-18","2033-11-18","Marseille","France")],
 ["2033-11-18","2034","2035","2034-01-31"], [])
