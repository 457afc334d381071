from h import *
F = 'g14_madeira_blue_economy_cluster_interview.txt'
assert wd(2041,5,7)=='Tuesday' and wd(2041,10,9)=='Wednesday' and wd(2041,10,10)=='Thursday'
T = """ATLANTIC ISLANDS BUSINESS REVIEW – Issue 88, May 2041
INTERVIEW

"An island cluster has to think like a ship's crew"

Rita Gouveia Freitas was elected president of the Madeira Blue Economy Cluster (Cluster da Economia Azul da Madeira, CEAM) at its general assembly in Funchal on Tuesday 7 May 2041. A marine biologist by training and founder of the aquaculture company Peixe do Porto Moniz, Lda., she succeeds João Nóbrega Teixeira, who led the cluster for two terms. We spoke to her in the cluster's office at the Madeira Tecnopolo a week after the vote.

Q: Congratulations. Why did you stand?
A: Because I complained too much. For six years I sat on the board as vice-president and kept saying that the cluster spoke for the ports and the hotels but not for the small companies in fish farming, marine biotech or boat repair. At some point people said: then do it yourself.

Q: Who is on your team?
A: The assembly elected a board of seven. Carlos Abreu of the Port Authority of Madeira (APRAM) is vice-president, and Filipa Jardim from the University of Madeira is secretary. The treasurer is Nuno Spínola, a partner at Spínola & Camacho, Contabilistas. The other members are Marta Vasconcelos of Madeira Whale Watching Lda., Paulo Rodrigues from the shipyard Estaleiros do Caniçal and Sónia Drumond from ARDITI, the regional agency for research and innovation. Day-to-day work stays with our cluster manager, Hugo Ferreira, and his two colleagues, Inês Mendonça and Tiago Aguiar.

Q: What did you learn from your predecessor?
A: João taught me patience. He spent years convincing the regional government that the sea is not only a view from a hotel balcony. Thanks to him the Regional Secretariat for the Sea and Fisheries now co-funds the cluster's office. He also brought us into the network of the Outermost Regions' clusters, with partners in the Azores, the Canary Islands and Réunion.

Q: What will be different now?
A: Three things. We will open the board meetings to one guest company each time, so that members see how decisions are made. We will create a working group on marine biotech with the Oceanic Observatory of Madeira. And we will ask every member what one thing the cluster could do for them this year – and then do it.

Q: Islands are small markets. Can a cluster help with that?
A: It has to. A salmon farm in Norway has a thousand suppliers within a day's drive. We have the sea and an airport. So we must work with Lisbon, with the Canaries and with Brussels. Next month I go to the Atlantic Blue Economy Forum in Las Palmas de Gran Canaria, and in October we host the Macaronesia cluster meeting.

Q: When is that?
A: On 9 and 10 October 2041, here in Funchal. On Wednesday 9 October there will be company visits in Caniçal, and on Thursday 10 October the meeting itself, at the Casino da Madeira congress centre. We expect partners from the Azores, Cabo Verde and the Canaries, and we want to sign a joint charter.

Q: And your own company?
A: My brother Miguel Gouveia runs it now. I kept one day a week for the fish – otherwise I would forget why I am doing this.

Q: Last question. Your predecessor was famous for his motto. Do you have one?
A: An island cluster has to think like a ship's crew. Everybody knows their job, and nobody leaves in a storm.

Interview: Sara Quintal
Photo: CEAM

Rita Gouveia Freitas (52) was born in Porto Moniz. She studied marine biology at the University of the Algarve and worked at the Instituto Português do Mar e da Atmosfera (IPMA) in Funchal before founding her own company in 2029. She sat on the CEAM board as vice-president from 2035 to 2041.
"""
write(F, T)
C="Madeira Blue Economy Cluster"
gold(F,
 [P("Rita Gouveia Freitas","president",C), P("João Nóbrega Teixeira",None,C),
  P("Carlos Abreu","vice-president",C), P("Filipa Jardim","secretary",C), P("Nuno Spínola","treasurer",C),
  P("Marta Vasconcelos",None,C), P("Paulo Rodrigues",None,C), P("Sónia Drumond",None,C),
  P("Hugo Ferreira","cluster manager",C), P("Inês Mendonça",None,C), P("Tiago Aguiar",None,C),
  P("Miguel Gouveia",None,"Peixe do Porto Moniz, Lda."), P("Sara Quintal",None,None)],
 [O(C,"CEAM"), O("Peixe do Porto Moniz, Lda."),
  O("Port Authority of Madeira","APRAM"), O("University of Madeira"), O("Spínola & Camacho, Contabilistas"),
  O("Madeira Whale Watching Lda."), O("Estaleiros do Caniçal"), O("ARDITI"), O("Regional Secretariat for the Sea and Fisheries"),
  O("Oceanic Observatory of Madeira"), O("University of the Algarve"), O("Instituto Português do Mar e da Atmosfera","IPMA")],
 [E("general assembly","2041-05-07",None,"Funchal","Portugal"),
  E("Atlantic Blue Economy Forum",None,None,"Las Palmas de Gran Canaria","Spain"),
  E("Macaronesia cluster meeting","2041-10-09","2041-10-10","Funchal","Portugal"),
  E("company visits","2041-10-09",None,"Caniçal","Portugal")],
 ["2041-05","2041-05-07","2041-10","2041-10-09/2041-10-10","2041-10-09","2041-10-10","2029","2035/2041"],
 [], pub="2041-05")
