from h import *
F='saaremaa-boatbuilding-cluster-new-manager.txt'
T=f'''SAAREMAA BOATBUILDING AND COMPOSITES CLUSTER
News | Kuressaare, {wd(2033,8,29)} 29 August 2033

New cluster manager: Kadri Tammsaar-Lepik takes the helm, Rein Saluste hands over after twelve years

The board of the Saaremaa Boatbuilding and Composites Cluster (SBCC) has appointed Kadri Tammsaar-Lepik as the new cluster manager. She will take up her duties on {wd(2033,10,1)} 1 October 2033 and succeeds Rein Saluste, who has led the cluster since its foundation in 2021 and will retire at the end of September.

Kadri Tammsaar-Lepik, 41, grew up in Kuressaare and studied naval architecture at Tallinn University of Technology (TalTech) and business administration at the Stockholm School of Economics in Riga. From 2014 to 2022 she worked at Baltic Workboats AS in Nasva, latterly as head of sales for Scandinavia. Since 2022 she has been head of the business development unit of the Saaremaa Municipality, where she coordinated the port development plan for Roomassaare and the municipality's participation in the EU project "Blue Islands".

"Saaremaa builds boats that sail in every ocean, but many of our companies are still too small to win large contracts on their own," she said after the board meeting. "My first priority will be to help members bid together, share test facilities and train the people we need. The second will be to bring the cluster closer to the composites and offshore wind industries in Finland, Sweden and Denmark."

Chair of the board Margus Kõiv, managing director of Saare Yachts OÜ, welcomed the appointment: "Kadri knows the industry from the shop floor and from the town hall. The board was unanimous. Sixteen candidates applied, five were interviewed, and the decision was not easy, but we are convinced we have found the right person for the next chapter."

Thanks to Rein Saluste

Rein Saluste built the cluster from nine founding members to 44 companies, schools and research partners today. Under his leadership the cluster opened the shared composites laboratory in Kuressaare in 2026, launched the vocational programme "Boatbuilder 2030" with the Kuressaare Regional Training Centre, and organised the Saaremaa Boat Days, which have grown into the largest boatbuilding fair in the Baltic states. He represented the cluster in the European Boating Industry association and in the Estonian Cluster Network, which he chaired from 2028 to 2031.

"On behalf of the whole cluster, I want to thank Rein for twelve years of energy, patience and humour," said Margus Kõiv. "He has always put the members first. Many of our companies would not export to Norway or Germany today without the doors he opened."

Rein Saluste will remain available to the cluster as an adviser until the end of 2033 and will continue to sit on the board of the Saaremaa Maritime Foundation. A farewell reception in his honour will be held on {wd(2033,9,26)} 26 September 2033 at 17:00 in the Kuressaare Cultural Centre; members and partners are warmly invited. Please confirm your attendance to Triin Mäe, office manager, by 19 September.

Meet the new manager

Members will have the opportunity to meet Kadri Tammsaar-Lepik at the following events this autumn:

- {wd(2033,10,10)} 10 October 2033: members' breakfast at the composites laboratory, Kuressaare, 08:30–10:00
- {wd(2033,10,24)} 24 – {wd(2033,10,26)} 26 October 2033: joint stand of Estonian boatbuilders at METSTRADE in Amsterdam (with Enterprise Estonia)
- {wd(2033,11,14)} 14 November 2033: Baltic Composites Forum in Turku, Finland, where she will speak on a panel on cross-border supply chains
- {wd(2033,12,5)} 5 December 2033: general meeting of the cluster, Kuressaare, with the adoption of the strategy 2034–2037

Reactions from partners

The appointment was welcomed by the cluster's partners. Mati Raidma, head of the regional development department at Enterprise Estonia, called it "a strong signal that the islands intend to stay at the front of Estonian industry". Anna-Karin Holmström, manager of the Åland Maritime Cluster, recalled that she had worked with Kadri Tammsaar-Lepik on the "Blue Islands" project: "She gets things done and she listens. We look forward to continuing our cooperation across the water." The mayor of Saaremaa, Helle Kuusk, thanked both the outgoing and the incoming manager and said the municipality would keep its seat on the cluster's board.

Other changes in the cluster office

Project manager Siim Rebane has been promoted to deputy cluster manager and will be responsible for the cluster's European projects, including the Interreg Central Baltic project "COMPOSE" with partners in Åland and Uppsala. Communication officer Liis Allik leaves the office in December to start a master's degree in Copenhagen; the position will be advertised in October.

About the cluster

The Saaremaa Boatbuilding and Composites Cluster is a non-profit association founded in 2021 by nine boatbuilders, the Saaremaa Municipality and the Kuressaare College of TalTech. Its members build leisure boats, workboats and composite parts for the wind and automotive industries and employ about 1,300 people on the islands of Saaremaa and Muhu. The cluster is supported by Enterprise Estonia (EIS) through the national cluster development programme.

Contact for the media: Liis Allik, communication officer, +372 5000 1234, liis.allik@sbcc.example.ee
'''
write(F,T)
C='Saaremaa Boatbuilding and Composites Cluster'
gold(F,[P('Kadri Tammsaar-Lepik','cluster manager',C),P('Rein Saluste',None,C),P('Margus Kõiv','Chair of the board',C),P('Triin Mäe','office manager',C),
 P('Mati Raidma','head of the regional development department','Enterprise Estonia'),P('Anna-Karin Holmström','manager','Åland Maritime Cluster'),P('Helle Kuusk','mayor of Saaremaa','Saaremaa Municipality'),P('Siim Rebane','deputy cluster manager',C),P('Liis Allik','communication officer',C)],
 [O(C,'SBCC'),O('Tallinn University of Technology','TalTech'),O('Stockholm School of Economics in Riga'),O('Baltic Workboats AS'),O('Saaremaa Municipality'),O('Saare Yachts OÜ'),
  O('Kuressaare Regional Training Centre'),O('European Boating Industry'),O('Estonian Cluster Network'),O('Saaremaa Maritime Foundation'),O('Enterprise Estonia','EIS'),O('Kuressaare College of TalTech'),O('Åland Maritime Cluster')],
 [E('Saaremaa Boat Days',None,None,None,None),E('farewell reception','2033-09-26','2033-09-26','Kuressaare','Estonia'),E("members' breakfast",'2033-10-10','2033-10-10','Kuressaare','Estonia'),
  E('METSTRADE','2033-10-24','2033-10-26','Amsterdam','Netherlands'),E('Baltic Composites Forum','2033-11-14','2033-11-14','Turku','Finland'),
  E('general meeting of the cluster','2033-12-05','2033-12-05','Kuressaare','Estonia')],
 ['2033-08-29','2033-10-01','2021','2014/2022','2022','2026','2028/2031','2033','2033-09-26','2033-09-19','2033-10-10','2033-10-24/2033-10-26','2033-11-14','2033-12-05','2034/2037','2033-12','2033-10','2033-09'],pub='2033-08-29')
