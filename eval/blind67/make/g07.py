from h import *
F='pomurje-cluster-peer-review-summary-pdf.txt'
R=["The cluster should narrow its priorities from six to three themes and drop activities that no member pays for",
"The regional development agency should sign a four-year performance agreement with the cluster instead of yearly grants",
"The cluster should build a joint project office with the clusters of Styria and Vas county to apply for cross-border calls",
"Member companies should be invited to co-finance a full-time international manager",
"The cluster should repeat the peer review in 2036 to measure progress"]
HDR='Peer Review of the Pomurje Food and Bioeconomy Cluster – Summary Report          '
pages=[
f'''{HDR}

PEER REVIEW OF THE POMURJE FOOD AND
BIOECONOMY CLUSTER (POMURSKI ŽIVILSKI GROZD)
Summary report

Murska Sobota, December 2033

Review team: Dr. Hannelore Stadlbauer-Wirth (lead reviewer, Green Tech Cluster
Styria), Zsófia Kovács-Horváth (Pannon Agrifood Cluster, Szombathely),
Mag. Tine Zupančič (Slovenian Enterprise Fund), Prof. Dr. Dragan Ilić (Univer-
sity of Novi Sad)

Host: Mojca Horvat Šiftar, cluster manager

1. Background

The Pomurje Food and Bioeconomy Cluster was founded in 2024 in Murska Sobota
and brings together 58 companies, two faculties and the regional develop-
ment agency RRA Mura. Its members produce pumpkin-seed oil, meat products, 
flour, wine and biogas, and several of them are among the largest employ-
ers in north-eastern Slovenia. The cluster is financed by membership fees 
(31 per cent), regional grants (44 per cent) and EU projects.

The peer review was requested by the board of the cluster in spring 2033 
and organised under the Danube Cluster Peer Learning scheme of the Danube 
Region Cluster Network. It followed the same method as the earlier reviews in 
Osijek (2031) and Novi Sad (2032): a self-assessment, a three-day visit and a
report with recommendations.

                                                                    – 1 –''',
f'''{HDR}

2. The visit

The review team visited Pomurje from {wd(2033,10,14)} 14 to {wd(2033,10,16)} 16 October 
2033. On the first day the team met the board, chaired by Janez Kerec, and 
the staff of the cluster office. On the second day the reviewers visited 
four member companies, among them the oil mill Oljarna Kocbek and the 
biogas plant of Panvita d.d., and held a focus group with eleven smaller
members. On the third day they met Aleš Vidič, director of RRA Mura, and 
representatives of the Faculty of Agriculture and Life Sciences of the 
University of Maribor. A feedback session with the members closed the 
visit on the afternoon of 16 October.

3. Main observations

The reviewers found a cluster with strong roots and committed members. 
The cluster office is small (three people) but well known, and members 
value its help with fairs and with applications for regional grants. 
The annual Pumpkin and Bioeconomy Days in Lendava, last held on 5–6 Sep-
tember 2033, attract visitors from Austria, Hungary and Croatia.

At the same time the cluster tries to do too much. Its strategy for 
2030–2034 names six priority themes, from food safety to tourism, and the 
staff spend much of their time on one-off events. Only a few members take
part in joint innovation projects, and the cluster has no regular contact
with the large food retailers. The reviewers also noted that the regional
grant is decided each year, which makes planning difficult.

                                                                    – 2 –''',
f'''{HDR}

4. Recommendations

The review team makes the following recommendations:

1. {R[0]}.
2. {R[1]}.
3. {R[2]}.
4. {R[3]}.
5. {R[4]}.

5. Response of the cluster

The board discussed the report on {wd(2033,11,27)} 27 November 2033 and ac-
cepted recommendations 1, 3 and 5. It will discuss recommendations 2 and
4 with RRA Mura and with the Ministry of the Economy, Tourism and Sport 
in early 2034. The cluster manager thanked the reviewers and the Danube 
Region Cluster Network for their support, and invited the members to the
presentation of the report at the general assembly on {wd(2034,2,6)} 6 Febru-
ary 2034 in Murska Sobota.

The full report (42 pages) is available in Slovene and English from the 
cluster office, Lendavska ulica 5a, Murska Sobota.

                                                                    – 3 –''']
T='\n\f\n'.join(pages)+'\n'
write(F,T)
C='Pomurje Food and Bioeconomy Cluster'
gold(F,[P('Hannelore Stadlbauer-Wirth','lead reviewer','Green Tech Cluster Styria'),P('Zsófia Kovács-Horváth',None,'Pannon Agrifood Cluster'),
P('Tine Zupančič',None,'Slovenian Enterprise Fund'),P('Dragan Ilić',None,None),P('Mojca Horvat Šiftar','cluster manager',C),
P('Janez Kerec',None,None),P('Aleš Vidič','director','RRA Mura')],
[O(C),O('Green Tech Cluster Styria'),O('Pannon Agrifood Cluster'),O('Slovenian Enterprise Fund'),O('RRA Mura'),O('Danube Region Cluster Network'),O('Oljarna Kocbek'),
O('Panvita d.d.'),O('Faculty of Agriculture and Life Sciences of the University of Maribor'),O('Ministry of the Economy, Tourism and Sport')],
[E('peer review visit','2033-10-14','2033-10-16',None,None),E('feedback session','2033-10-16','2033-10-16',None,None),E('Pumpkin and Bioeconomy Days','2033-09-05','2033-09-06','Lendava','Slovenia'),
E('review in Osijek','2031','2031','Osijek','Croatia'),E('review in Novi Sad','2032','2032','Novi Sad','Serbia'),E('general assembly','2034-02-06','2034-02-06','Murska Sobota','Slovenia')],
['2033-12','2024','2033','2031','2032','2033-10-14/2033-10-16','2033-10-16','2033-09-05/2033-09-06','2030/2034','2036','2033-11-27','2034','2034-02-06'],R,pub='2033-12')
