from w import w
B='BAMC'
w('g08_banat_automotive_cluster_peer_review-pdf','g08_banat_automotive_cluster_peer_review-pdf.txt','2034-11-24',
[('Franziska Oberhuber-Lenz','Managing Director','Automotive Cluster Upper Styria'),('Tomáš Hruška','Head of Internationalisation','Moravian Automotive Cluster, z.s.'),
('Ana Beatriz Fonseca','Cluster Manager','Mobinov – Associação do Cluster Automóvel'),('Gábor Szentpéteri-Nagy','Senior Analyst','Pannon Regional Development Agency Nonprofit Kft.'),
('Radu-Mihai Popovici','President',B),('Ioana Crăciun-Weber','Executive Director',B)],
[('Banat Automotive & Mobility Cluster','BAMC'),('Automotive Cluster Upper Styria',None),('Moravian Automotive Cluster, z.s.',None),('Mobinov – Associação do Cluster Automóvel',None),
('Pannon Regional Development Agency Nonprofit Kft.',None),('Danube Cluster Network',None),('Universitatea Politehnica Timișoara',None),('West University of Timișoara',None),
('Timiș County Council',None),('Agenția pentru Dezvoltare Regională Vest','ADR Vest'),('Ministry of Economy',None),('Continental Automotive Romania SRL',None),('Banat Cabluri SRL',None),('Hella Romania SRL',None)],
[('peer review visit','2034-10-17','2034-10-19','Timișoara','Romania'),('open session with members','2034-10-19','2034-10-19','Timișoara','Romania'),
('General Assembly','2035-03','2035-03',None,None),('follow-up meeting with the peer review team','2035','2035',None,None)],
['2034-11','2034-10-17/2034-10-19','2034-11-24','2034-03','2035/2039','2034-10-19','2034-11-21','2035-03','2035','2034'],
['The cluster enjoys','Cooperation with the two','The dual','The cluster\'s finances','The cluster is visible','The strategy is broad','Small suppliers','International activities','The cluster does not','Members in Cara',
'Focus the strategy','Reserve','Build an','Introduce','Hold at least'])
