import sys; sys.path.insert(0,'/dev/shm'); from w import W
N=None
W('pomurje-cluster-peer-review-summary-pdf','pomurje-cluster-peer-review-summary-pdf.txt','2033-12',
[("Hannelore Stadlbauer-Wirth","lead reviewer","Green Tech Cluster Styria"),("Zsófia Kovács-Horváth",N,"Pannon Agrifood Cluster"),("Tine Zupančič",N,"Slovenian Enterprise Fund"),
("Dragan Ilić",N,N),("Mojca Horvat Šiftar","cluster manager",N),("Janez Kerec",N,N),("Aleš Vidič","director","RRA Mura")],
[("Pomurje Food and Bioeconomy Cluster",N),("Green Tech Cluster Styria",N),("Pannon Agrifood Cluster",N),("Slovenian Enterprise Fund",N),("RRA Mura",N),
("Danube Region Cluster Network",N),("Oljarna Kocbek",N),("Panvita d.d.",N),("Faculty of Agriculture and Life Sciences of the University of Maribor",N),("Ministry of the Economy, Tourism and Sport",N)],
[("peer review in Osijek","2031","2031","Osijek","Croatia"),("peer review in Novi Sad","2032","2032","Novi Sad","Serbia"),("visit of the review team","2033-10-14","2033-10-16",N,N),
("feedback session","2033-10-16","2033-10-16",N,N),("Pumpkin and Bioeconomy Days","2033-09-05","2033-09-06","Lendava","Slovenia"),
("general assembly","2034-02-06","2034-02-06","Murska Sobota","Slovenia")],
["2033-12","2024","2031","2032","2033-10-14/2033-10-16","2033-10-16","2033-09-05/2033-09-06","2030/2034","2036","2033-11-27","2034","2034-02-06"],
["The cluster should narrow its priorities from six to three themes and drop activities that no member pays for",
"The regional development agency should sign a four-year performance agreement with the cluster instead of yearly grants",
"The cluster should build a joint project office with the clusters of Styria and Vas county to apply for cross-border calls",
"Member companies should be invited to co-finance a full-time international manager","The cluster should repeat the peer review in 2036 to measure progress"])
