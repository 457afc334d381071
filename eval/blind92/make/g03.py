from h import *
F = 'g03_limburg_plastics_new_director.txt'
assert wd(2035,9,1)=='Saturday' and wd(2035,10,4)=='Thursday' and wd(2035,8,21)=='Tuesday'
T = """Limburg Plastics & Composites Cluster – News
Home > News > Organisation
----------------------------------------------------------------

NEW MANAGING DIRECTOR FOR LIMBURG PLASTICS & COMPOSITES CLUSTER; WOUTER JANSSENS RETIRES AFTER FOURTEEN YEARS

Hasselt, 21 August 2035 | by Lotte Vanderhoven, communication | reading time 4 min

The board of the Limburg Plastics & Composites Cluster (LPCC) has appointed Dr Inge Peeters as its new managing director. She takes over on Saturday 1 September 2035 from Wouter Janssens, who founded the cluster office in 2021 and retires at the end of the month.

Inge Peeters (47) is a chemical engineer from KU Leuven and holds a doctorate in polymer recycling from Hasselt University. She worked for nine years in research and development at Borealis Antwerp and since 2029 has been innovation manager at the Flemish spearhead cluster Catalisti in Brussels, where she led the programme on mechanical and chemical recycling. "Limburg has the companies, the test halls and the university within twenty kilometres of each other. My job is to make them use that short distance", she said after the board meeting.

Board chair Jan-Willem Croonen, CEO of Croonen Extrusion NV in Genk, said the board had received 31 applications and interviewed six candidates in June and July. "Inge knows both the laboratory and the policy side in Brussels. That combination is rare, and our members asked for it in the strategy survey."

A founder steps back

Wouter Janssens set up the cluster in 2021 with eleven companies and a desk at the Corda Campus. Today the LPCC counts 138 members, including Sabic, Sioen Industries, the Limburg Chamber of Commerce (VOKA Limburg) and the provincial development agency POM Limburg. Under his lead the cluster opened the Composite Test Hall in Lommel (2027), won the European Cluster Excellence Gold Label (2032) and coordinated the Interreg Flanders–Netherlands project CIRCUPLAST with the Dutch cluster Brightlands Materials Center from 2030 to 2034.

"I leave a team, not a desk", Janssens said. He will stay on as an adviser to the board until the general assembly of 2036 and will chair the jury of the Limburg Plastics Innovation Award this autumn.

Other changes in the team

- Karim El Amrani, until now project engineer, becomes head of the Composite Test Hall from 1 October 2035.
- Sofie Bollen joins as membership manager on 15 September 2035; she comes from Unizo Limburg.
- Pieter Wuyts, finance officer, moves to the province of Limburg's economy department.

Farewell reception

Members, partners and friends are invited to a farewell reception for Wouter Janssens on Thursday 4 October 2035 from 17:00 at the Corda Campus, Kempische Steenweg, Hasselt. Deputy governor Hilde Claes of the Province of Limburg and Hasselt University rector Prof. Bernard Vanheusden have confirmed they will speak. Registration: events@lpcc.example.be by 27 September.

Press contact
Lotte Vanderhoven | communication officer | +32 11 00 00 00 | press@lpcc.example.be

Photo: Inge Peeters and Wouter Janssens at the Composite Test Hall, Lommel (c) LPCC / Tom Palmaers

Tags: organisation, board, people, recycling
Share: LinkedIn | Facebook | X | Mail

Related news
> 12/07/2035 – General assembly approves strategy 2036–2040
> 28/06/2035 – CIRCUPLAST final report published
> 03/06/2035 – Six members at K-Show preview in Düsseldorf

(c) 2035 Limburg Plastics & Composites Cluster vzw | Corda Campus, Kempische Steenweg 303, 3500 Hasselt | Privacy | Cookies
"""
write(F, T)
L='Limburg Plastics & Composites Cluster'
gold(F,
 [P('Lotte Vanderhoven','communication officer',L), P('Inge Peeters','managing director',L),
  P('Wouter Janssens','adviser to the board',L), P('Jan-Willem Croonen','Board chair',L),
  P('Karim El Amrani','head of the Composite Test Hall',L), P('Sofie Bollen','membership manager',L),
  P('Pieter Wuyts','finance officer',L), P('Hilde Claes','Deputy governor','Province of Limburg'),
  P('Bernard Vanheusden','rector','Hasselt University'), P('Tom Palmaers',None,None)],
 [O(L+' vzw','LPCC'), O('KU Leuven'), O('Hasselt University'), O('Borealis Antwerp'), O('Catalisti'),
  O('Croonen Extrusion NV'), O('Sabic'), O('Sioen Industries'), O('Limburg Chamber of Commerce','VOKA Limburg'),
  O('POM Limburg'), O('Brightlands Materials Center'), O('Unizo Limburg'), O('Province of Limburg')],
 [E('farewell reception','2035-10-04',None,'Hasselt','Belgium'), E('general assembly','2036',None,None,None),
  E('K-Show preview',None,None,'Düsseldorf','Germany')],
 ['2035-08-21','2035-09-01','2021','2029','2027','2032','2030/2034','2036','2035-10-01','2035-09-15','2035-10-04','2035-09-27',
  '2035-07-12','2036/2040','2035-06-28','2035-06-03'],
 [], pub='2035-08-21')
