from h import *
F='varna-blue-economy-cluster-awards-2035.md'
T=f'''# Blue Economy Awards 2035: five winners honoured in Varna

**Varna, {wd(2035,11,30)} 30 November 2035** – The Black Sea Blue Economy Cluster (BSBEC) presented its annual awards on the evening of {wd(2035,11,28)}, 28 November 2035, in the Festival and Congress Centre in Varna. More than 300 guests from companies, universities, municipalities and partner clusters from Romania, Georgia and Türkiye attended the ceremony, which closed the two-day Black Sea Blue Growth Forum.

The ceremony was hosted by the journalist Desislava Petrova-Ilieva and opened by the mayor of Varna, Nikolay Stoyanov, and the chair of the cluster's managing board, **Capt. Georgi Manolov**, executive director of Navibulgar Shipmanagement EAD. "Ten years ago, when the cluster was founded, the Black Sea economy was seen as a matter of ports and beaches," Manolov said. "Tonight we celebrate aquaculture, offshore energy, marine research and digital shipping. This is what a blue economy looks like."

## The jury

Forty-two nominations in five categories were assessed by an independent jury of seven members, which met in Varna on 6 November 2035:

- **Prof. Dr. Svetla Bratanova-Doncheva**, Institute of Oceanology of the Bulgarian Academy of Sciences (chair of the jury)
- **Dr. Andrei Vasilescu**, director, Constanța Maritime Cluster (Romania)
- **Eleni Papadaki**, senior policy officer, Directorate-General for Maritime Affairs and Fisheries (DG MARE), European Commission
- **Assoc. Prof. Dr. Petar Todorov**, Technical University of Varna
- **Milena Hristova-Kirova**, managing partner, Black Sea Ventures
- **Nino Beridze**, head of the Batumi Marine Innovation Hub (Georgia)
- **Emre Aksoy**, Blue Economy Desk, Enterprise Europe Network Türkiye

The jury evaluated innovation, impact on the regional economy, environmental benefit and cooperation between members. "The level was higher than ever," said Prof. Bratanova-Doncheva. "In two categories we had to meet twice before we could agree."

## The winners

**Innovation of the Year:** *Marinex Sensors Ltd*, Varna, for a low-cost buoy that measures oxygen and microplastics in real time. The buoy was tested with the Institute of Oceanology in the Gulf of Varna in 2034 and is now used by three ports. The award was accepted by the founders, Boyan Dimitrov and Yana Dimitrova.

**Sustainable Aquaculture Award:** *Black Sea Mussel Farm Kavarna JSC*, for the first certified organic mussel farm on the Bulgarian coast, with 40 jobs created in a village that had lost its fishing fleet.

**Cluster Cooperation Award:** the consortium of *Bulyard Shipbuilding Industry AD*, *Technical University of Varna* and *Ocean Digital OOD* for the joint development of a hybrid pilot boat, built in Varna and delivered to the port of Burgas in September 2035.

**Young Talent Award:** *Kalina Marinova*, 26, naval engineer at Bulyard, for her design of a retrofit kit that lets old fishing boats run on batteries in harbour.

**Lifetime Achievement Award:** *Eng. Todor Kolarov*, former director of the Bulgarian Ship Hydrodynamics Centre, for forty years of research that made Varna a reference for model testing of ships.

A special mention went to the *Varna Free University* for its new summer school on marine tourism, run with partners from Constanța and Batumi.

## Voices from the evening

For many guests the emotional high point was the Lifetime Achievement Award. Todor Kolarov, now 78, received a standing ovation and thanked "the three generations of engineers who tested every hull as if it were their own". The Young Talent winner Kalina Marinova dedicated her prize to her grandfather, a fisherman from Balchik. Andrei Vasilescu of the Constanța Maritime Cluster announced that his cluster would launch similar awards on the Romanian coast in 2036 and invited the Varna winners to present their work there. Eleni Papadaki of DG MARE praised the "remarkable cooperation between small companies and universities" and recalled that the European Commission will publish its new Black Sea strategy in spring 2036.

## Prizes and what comes next

Each winner receives a glass sculpture by the Varna artist Stela Angelova and free participation in the cluster's joint stand at the SMM trade fair in Hamburg, which will take place from {wd(2036,9,1)} 1 to {wd(2036,9,4)} 4 September 2036. The winner of the Innovation of the Year category also receives a voucher of BGN 20,000 for testing services at the Bulgarian Ship Hydrodynamics Centre, sponsored by the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA).

The call for nominations for the Blue Economy Awards 2036 will open on {wd(2036,5,4)} 4 May 2036. The next Black Sea Blue Growth Forum is scheduled for {wd(2036,11,25)} 25 and {wd(2036,11,26)} 26 November 2036.

## About the forum

The Black Sea Blue Growth Forum on 27–28 November 2035 gathered 420 participants. Its sessions covered offshore wind in the western Black Sea, the modernisation of fishing fleets and maritime spatial planning. The forum was organised by BSBEC with the Varna Municipality and the Bulgarian Chamber of Commerce and Industry, with support from the Interreg NEXT Black Sea Basin programme. A report with the key conclusions of the forum will be published in January 2036.

*Photos: Ivan Zhelev / BSBEC. For media enquiries please contact Radostina Kostova, communication manager, press@bsbec.example.bg.*

Tags: awards · blue economy · Varna · aquaculture · shipbuilding
'''
write(F,T)
C='Black Sea Blue Economy Cluster'
gold(F,[P('Desislava Petrova-Ilieva','journalist',None),P('Nikolay Stoyanov','mayor of Varna','Varna Municipality'),P('Georgi Manolov','chair of the cluster\'s managing board',C),
 P('Svetla Bratanova-Doncheva','chair of the jury','Institute of Oceanology of the Bulgarian Academy of Sciences'),P('Andrei Vasilescu','director','Constanța Maritime Cluster'),
 P('Eleni Papadaki','senior policy officer','Directorate-General for Maritime Affairs and Fisheries'),P('Petar Todorov',None,'Technical University of Varna'),
 P('Milena Hristova-Kirova','managing partner','Black Sea Ventures'),P('Nino Beridze','head','Batumi Marine Innovation Hub'),P('Emre Aksoy',None,'Enterprise Europe Network Türkiye'),
 P('Boyan Dimitrov','founder','Marinex Sensors Ltd'),P('Yana Dimitrova','founder','Marinex Sensors Ltd'),P('Kalina Marinova','naval engineer','Bulyard Shipbuilding Industry AD'),
 P('Todor Kolarov','former director','Bulgarian Ship Hydrodynamics Centre'),P('Stela Angelova','artist',None),P('Ivan Zhelev',None,None),P('Radostina Kostova','communication manager',C)],
 [O(C,'BSBEC'),O('Navibulgar Shipmanagement EAD'),O('Institute of Oceanology of the Bulgarian Academy of Sciences'),O('Constanța Maritime Cluster'),
  O('Directorate-General for Maritime Affairs and Fisheries','DG MARE'),O('European Commission'),O('Technical University of Varna'),O('Black Sea Ventures'),O('Batumi Marine Innovation Hub'),
  O('Enterprise Europe Network Türkiye'),O('Marinex Sensors Ltd'),O('Black Sea Mussel Farm Kavarna JSC'),O('Bulyard Shipbuilding Industry AD'),O('Ocean Digital OOD'),
  O('Bulgarian Ship Hydrodynamics Centre'),O('Varna Free University'),O('Bulgarian Small and Medium Enterprises Promotion Agency','BSMEPA'),O('Varna Municipality'),O('Bulgarian Chamber of Commerce and Industry')],
 [E('Blue Economy Awards 2035','2035-11-28','2035-11-28','Varna','Bulgaria'),E('Black Sea Blue Growth Forum','2035-11-27','2035-11-28','Varna','Bulgaria'),
E('SMM','2036-09-01','2036-09-04','Hamburg','Germany'),
  E('Black Sea Blue Growth Forum (2036 edition)','2036-11-25','2036-11-26',None,None)],
 ['2035-11-30','2035-11-28','2035-11-06','2034','2035-09','2036-09-01/2036-09-04','2036-05-04','2036-11-25/2036-11-26','2035-11-27/2035-11-28','2036-01','2036'],pub='2035-11-30')
