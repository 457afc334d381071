from w import W
B='Black Sea Maritime Cluster'
W('varna-maritime-cluster-founder-obituary',
[("Nikola Stoyanov Marinov","honorary president",B),("Galina Yordanova-Peeva","President of the Board",B),("Boyan Mednikarov","former rector","Nikola Vaptsarov Naval Academy"),
("Kristof Van den Bossche","secretary general","European Network of Maritime Clusters"),("Plamen Kostadinov","Mayor of Varna",None),("Teodora Hristova-Bakalova","Regional Governor",None)],
[(B,"BSMC"),("Nikola Vaptsarov Naval Academy",None),("Navibulgar",None),("Bulgarian Ship Hydrodynamics Centre",None),("European Network of Maritime Clusters","ENMC"),
("Technical University of Varna",None),("Maritime Skills Centre",None),("Bulgarian Ministry of Transport and Communications",None)],
[("farewell ceremony","2033-07-10","2033-07-10","Varna","Bulgaria"),("memorial evening","2033-09-04","2033-09-04","Varna","Bulgaria"),
("20th Black Sea Blue Economy Forum","2033-09-05","2033-09-06",None,None),("first Black Sea Blue Economy Forum","2014","2014",None,None)],
["1958/2033","2033-07-08","2033-07-05","1958","1981","1981/2003","2003/2011","2011/2024","2015/2021","2024/2033","2011","2016","2014","2024","2010","2018","2022","2030","2033-07-10","2033-09-04","2033-09-05/2033-09-06","2033-07-31"],
pub="2033-07-08")
