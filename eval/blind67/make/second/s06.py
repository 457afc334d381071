import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('cantabria-cluster-skills-study-summary','cantabria-cluster-skills-study-summary.md','2030-05',
[("Laura Gutiérrez-Solana Ruiz",N,N),("Óscar Revuelta",N,N),("Nerea Aldekoa Iturbe",N,N),("Ana Belén Sainz de la Maza","head of the clusters department","SODERCAN"),
("Íñigo Quintana",N,"Cantabria Industrial Cluster"),("Sophie Marchetti",N,"Basque Country Skills Observatory")],
[("SODERCAN – Sociedad para el Desarrollo Regional de Cantabria","SODERCAN"),("University of Cantabria",N),("Instituto de Investigación Laboral","IIL"),
("Cantabria Industrial Cluster",N),("Basque Country Skills Observatory",N),("EMCAN",N),("GIRA",N),("IES Miguel Herrero",N),("Ministry of Industry, Employment, Innovation and Trade",N)],
[("workshop with the cluster managers","2030-03-26","2030-03-26",N,N),("Cantabria Cluster Forum","2030-06-19","2030-06-19","Santander","Spain")],
["2030-05","2029/2033","2029-09/2030-03","2029-10","2030-01","2030-03-26","2030-06-19"],
["Seven in ten cluster member companies report unfilled technical vacancies, most often for maintenance technicians and automation engineers",
"Companies that take part in cluster training activities fill vacancies on average five weeks faster than those that do not",
"Women make up 19 per cent of the technical workforce in the member companies, against 27 per cent in the Spanish manufacturing sector",
"Small firms rarely use the dual vocational training scheme because they lack a trained tutor",
"Demand for green skills is concentrated in a handful of large firms and has not yet reached the supply chain"])
