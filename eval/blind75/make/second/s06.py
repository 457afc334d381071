from mk import build
build('oaec-general-assembly-2034-notice','oaec-general-assembly-2034-notice.eml','2034-11-02', """
Orla Keating|Membership & Events Officer|Offaly Agri-Engineering Cluster CLG
Siobhán Ní Bhriain|Managing Director|Brosna Valley Fabrication Ltd
Declan O'Mahony|Cluster Manager|
Gráinne Fitzgerald|Treasurer|
Klaus-Peter Wendt|Head of Sector Clusters|European Innovation Council and SMEs Executive Agency
Aoife Brennan-Kiely|Operations Director|Glanbia Agritech
Michael "Mick" Dwyer|Owner|Dwyer Precision Engineering
Marek Zieliński|Senior Lecturer|Technological University of the Shannon
Eoin Mac Cárthaigh|CEO|FeedSense Ltd
Patricia Ryan-Hogan|Head of Enterprise|Local Enterprise Office Offaly
Niamh de Búrca|Founder|Slieve Bloom Robotics
Máire Uí Shé|Cathaoirleach|Offaly County Council
Tadhg Ó Riain|Board member|OAEC
Caroline Walsh-Doyle|Board member|OAEC
""","""
Offaly Agri-Engineering Cluster|OAEC
Brosna Valley Fabrication Ltd
European Innovation Council and SMEs Executive Agency|EISMEA
Technological University of the Shannon|TUS
OAEC Skills Academy
Glanbia Agritech
Offaly County Council
Dwyer Precision Engineering
FeedSense Ltd
Local Enterprise Office Offaly
Slieve Bloom Robotics
Teagasc
Engineering Clusters Ireland
Laois and Offaly Education and Training Board
""","""
Annual General Assembly of the Offaly Agri-Engineering Cluster|2034-11-23|2034-11-23|Tullamore|Ireland
networking dinner|2034-11-23|2034-11-23|Tullamore|Ireland
Election of the Board|2034-11-23|2034-11-23|Tullamore|Ireland
visit to the new robotic milking test farm at Teagasc Grange|2034-11-24|2034-11-24|Dunsany|Ireland
General Assembly of 24 November 2033|2033-11-24|2033-11-24||
open day at Axis Business Park|2034-03|2034-03|Tullamore|Ireland
Precision Farming Bootcamp||||
""","2034-11-23 2034-11-02 2035/2036 2033-11-24 2034-11-10 2034-11-21 2035 2034-11-17 2034-11-24 2034-10-16 2031 2034-03 2034-06")
