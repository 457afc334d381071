from g import save
rows = """Austria Wirtschaftsservice GmbH|aws|Verena Koller-Straub|Programme Manager, Cluster Platform Austria
Agentschap Innoveren & Ondernemen|VLAIO|Dries Van den Bossche|adviser, cluster policy
Bulgarian Small and Medium Enterprises Promotion Agency|BSMEPA|Desislava Petrova-Ivanova|chief expert
Ministry of Economy||Ivana Matić Šarić|head of sector for industrial policy
Research and Innovation Foundation|RIF|Andreas Christodoulou|scientific officer
CzechInvest||Ondřej Hrubý|cluster programme manager
Danish Board of Business Development||Signe Aagaard Holm|chief consultant
Enterprise Estonia|EIS|Kadri Tamm-Ruusalepp|head of cluster programme
Business Finland||Jukka-Pekka Laaksonen|senior advisor, ecosystems
Direction générale des Entreprises|DGE|Claire Bouvier-Lambert|cheffe du bureau des pôles de compétitivité
Federal Ministry for Economic Affairs and Climate Action||Stefan von Wrangel|head of division, innovation policy
General Secretariat for Industry||Eleni Konstantopoulou|director for industrial policy
Hungarian Export Promotion Agency|HEPA|Gábor Szőke-Kovács|cluster coordinator
Enterprise Ireland||Orla Ní Mhurchú|cluster programme lead
Ministry of Enterprises and Made in Italy|MIMIT|Giulio De Filippis|dirigente, cluster tecnologici nazionali
Investment and Development Agency of Latvia|LIAA|Ilze Bērziņa|project manager
Innovation Agency Lithuania||Rūta Stankevičienė|head of clusters unit
Netherlands Enterprise Agency|RVO|Joost de Vries-Tammes|senior adviser
Polish Agency for Enterprise Development|PARP|Monika Dąbrowska-Wójcik|expert, Key National Clusters
IAPMEI – Agency for Competitiveness and Innovation|IAPMEI|Ricardo Antunes Félix|director of clusters and networks
Ministry of Economy, Entrepreneurship and Tourism||Cristina Popescu-Dănilă|counsellor
SPIRIT Slovenia||Matej Kralj|senior adviser
Ministerio de Industria y Turismo||Begoña Aranda Peñalver|subdirectora adjunta, agrupaciones empresariales innovadoras
Vinnova||Karin Sjöberg-Norén|programme manager, innovation milieus
Siva – The Industrial Development Corporation of Norway||Øystein Brekke|senior adviser, Norwegian Innovation Clusters
Ministry of Industry and Technology||Elif Yılmaz Aksoy|cluster support programme coordinator"""
people=[]; orgs=[("European Network of Cluster Agencies","ENCA"),("European Commission",None),
 ("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
 ("European Innovation Council and SMEs Executive Agency","EISMEA")]
for r in rows.split('\n'):
    o,a,p,role=r.split('|'); people.append((p,role,o)); orgs.append((o,a or None))
orgs.append(("Dirección General de Industria y de la PYME",None))
people += [("Zsuzsanna Halmos",None,"Hungarian Export Promotion Agency"),("Tina Oblak",None,"SPIRIT Slovenia")]
save("national-cluster-contact-points_ENCA.html", None, people, orgs,
 [("ENCA plenary meeting","2035-10-23","2035-10-24","Vienna","Austria"),
  ("ENCA online exchange on the European cluster label reform","2036-03-12","2036-03-12",None,None),
  ("ENCA spring plenary","2036-06-04","2036-06-05","Lisbon","Portugal"),
  ("Side meeting at the European Cluster Conference","2036","2036",None,None),
  ("European Cluster Conference","2036","2036",None,None)],
 ["2030-12-08","2035-10-23/2035-10-24","2036-01-15","2036-02-01","2035/2037","2036-03-12","2036-06-04/2036-06-05","2036","2036-02-03"])
