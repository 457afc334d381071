from w import W
W('midlands-bioeconomy-cluster-annual-report-2033-pdf','midlands-bioeconomy-cluster-annual-report-2033-pdf.txt',None,'''
Gráinne Ní Mhurchú|Chairperson|Midlands Bioeconomy Cluster CLG
Declan O'Sullivan-Hayes|Vice-Chairperson|Midlands Bioeconomy Cluster CLG
Siobhán Kavanagh|Company Secretary|Midlands Bioeconomy Cluster CLG
Piotr Nowicki|Treasurer|Midlands Bioeconomy Cluster CLG
Eoin MacCárthaigh|Director|Midlands Bioeconomy Cluster CLG
Aoife Brennan|Director|Midlands Bioeconomy Cluster CLG
Hendrik van der Meulen|Director|Midlands Bioeconomy Cluster CLG
Máire Uí Dhuibhir|Director|Midlands Bioeconomy Cluster CLG
Colm Fitzgerald||Midlands Bioeconomy Cluster CLG
Niamh Ó Briain|Cluster Manager|Midlands Bioeconomy Cluster CLG
Karol Wiśniewski|Innovation and Projects Lead|Midlands Bioeconomy Cluster CLG
Ciara Dolan|Membership and Communications Officer|Midlands Bioeconomy Cluster CLG
''','''
Midlands Bioeconomy Cluster CLG|MBC
Technological University of the Shannon: Midlands Midwest|TUS
Bord na Móna BioEnergy DAC
Lough Ree Dairies Ltd
Kavanagh Moran LLP
Bioplast Athlone Ltd
Offaly County Council
Carbery Fibres Ireland Unlimited Company
Westmeath Local Enterprise Office
Audit and Risk Committee
Grant Thornton Ireland
Nominations Committee
Members' Advisory Panel
Midlands Innovation Hub
Midland Hemp Processors Ltd
Shannonside Biorefinery DAC
Ballina- sloe Mushrooms Ltd
Irish Bioeconomy Foundation|IBF
Enterprise Ireland|EI
Southern and Eastern Regional Assembly
European Bioeconomy Cluster Network|EBCN
Bio Base Europe Pilot Plant
National Standards Authority of Ireland|NSAI
''','''
Annual General Meeting|2033-05-18||Tullamore|Ireland
Members' Advisory Panel meeting|2033-03-08||
Members' Advisory Panel meeting|2033-09-27||
Peatlands to Products Forum|2033-10-11|2033-10-12|Birr|Ireland
study visit to the Bio Base Europe Pilot Plant|2033-11-23||Ghent|Belgium
Board meeting|2033-12-14
Annual General Meeting|2034-05-17||Athlone|Ireland
''','2033 2033-05-18 2033/2036 2033-12-31 2033-03 2033-03-08 2033-09-27 2031-02-01 2033-09 2032 2031/2035 2033-10-11/2033-10-12 2033-06 2033-11-23 2033-12-14 2035 2034/2036 2034 2034-05-17','''
Membership growth shows that the cluster has become the reference network for bio-based industries in the Midlands
Dependence on public funding must fall below 55 % of income by 2035, through services for members and larger membership fees for companies with more than 250 employees
The launch of new bio-based products lags behind target, mainly because of slow certification; the cluster will set up a certification help- desk with the National Standards Authority of Ireland (NSAI)
Skills in fermentation and fibre processing are the main bottleneck and require a joint apprenticeship programme with TUS
The shared biorefinery pilot plant is the cluster's most important project for 2034–2036 and needs a decision on site and funding before the end of 2034
''')
W('liguria-shore-power-policy-brief-2-2036','liguria-shore-power-policy-brief-2-2036.pdf','2036-04-09','''
Federica Dall'Orto||CLEP
Matteo Scarpa||University of Genoa
Sophie de la Fontaine||MedPorts Energy Network
Giovanni Baccino|councillor for economic development|Liguria Region
Chiara Benvenuto|Cluster manager|CLEP
Luca Ferrando|Press contact|CLEP
''','''
Cluster Tecnologico Ligure per l'Elettrificazione Portuale|CLEP
University of Genoa
MedPorts Energy Network
Western Ligurian Sea Port System Authority|AdSP MLOc
Eastern Ligurian Sea Port System Authority|AdSP MLOr
Terna S.p.A.
Ministry of Infrastructure and Transport
Liguria Region
Liguria Digitale S.p.A.
''','''
round table with the port authorities|2036-02-12||Genoa|Italy
Mediterranean Shore Power Conference|2036-05-21|2036-05-22|Genoa|Italy
''','2036-04-09 2035 2031/2035 2035-10/2036-01 2036-02-12 2036 2035/2041 2038 2036-05-21/2036-05-22 2036-12','''
The Ministry of Infrastructure and Transport should cut the excise duty on shore-side electricity to the EU minimum for ten years, so that ships pay less at the quay than for running their own generators
Port system authorities should publish a single connection standard and tariff table for all Ligurian ports by the end of 2036
The Liguria Region should dedicate at least EUR 40 million of its 2035–2041 programme to grid reinforcement around the ports of Genoa, Savona-Vado and La Spezia
Ship-owners calling at Ligurian ports more than twenty times a year should be offered green-lane berthing priority when they connect
Cluster organisations and the University of Genoa should jointly train 300 electricians and marine engineers in high-voltage shore connections by 2038
Regions along the Mediterranean coast should pool their demand for connection equipment to give Italian SMEs the volume needed to compete with Asian suppliers
''')
