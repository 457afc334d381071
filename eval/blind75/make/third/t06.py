from mk import W
N=None
O='OAEC'; I='Ireland'
W('oaec-general-assembly-2034-notice','oaec-general-assembly-2034-notice.eml','2034-11-02',
[('Orla Keating','Membership & Events Officer','Offaly Agri-Engineering Cluster CLG'),('Siobhán Ní Bhriain','Managing Director','Brosna Valley Fabrication Ltd'),
 ("Declan O'Mahony",'Cluster Manager',O),('Gráinne Fitzgerald','Treasurer',O),('Klaus-Peter Wendt','Head of Sector Clusters','EISMEA'),
 ('Aoife Brennan-Kiely','Operations Director','Glanbia Agritech'),('Michael "Mick" Dwyer','Owner','Dwyer Precision Engineering'),
 ('Marek Zieliński','Senior Lecturer','Technological University of the Shannon'),('Eoin Mac Cárthaigh','CEO','FeedSense Ltd'),
 ('Patricia Ryan-Hogan','Head of Enterprise','Local Enterprise Office Offaly'),('Niamh de Búrca','Founder','Slieve Bloom Robotics'),
 ('Máire Uí Shé','Cathaoirleach','Offaly County Council'),('Tadhg Ó Riain','Board member',O),('Caroline Walsh-Doyle','Board member',O)],
[('Offaly Agri-Engineering Cluster',O),('Brosna Valley Fabrication Ltd',N),('European Innovation Council and SMEs Executive Agency','EISMEA'),
 ('Technological University of the Shannon','TUS'),('OAEC Skills Academy',N),('Glanbia Agritech',N),('Offaly County Council',N),('Dwyer Precision Engineering',N),
 ('FeedSense Ltd',N),('Local Enterprise Office Offaly',N),('Slieve Bloom Robotics',N),('Engineering Clusters Ireland',N),
 ('Laois and Offaly Education and Training Board',N),('Teagasc',N)],
[('Annual General Assembly','2034-11-23','2034-11-23','Tullamore',I),('networking dinner','2034-11-23','2034-11-23','Tullamore',I),
 ('General Assembly of 24 November 2033','2033-11-24','2033-11-24',N,N),
 ('visit to the new robotic milking test farm at Teagasc Grange','2034-11-24','2034-11-24','Dunsany',I),
 ('open day at Axis Business Park','2034-03','2034-03','Tullamore',I),('Precision Farming Bootcamp',N,N,N,N),
 ('delegation of dairy-technology companies from the Netherlands','2034-06','2034-06',N,N)],
['2034-11-23','2034-11-02','2035/2036','2033-11-24','2034-03','2034-06','2034-11-10','2034-11-21','2035','2034-11-17','2034-11-24','2034-10-16','2031','2034-10'])
