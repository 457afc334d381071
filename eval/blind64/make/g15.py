from h import *
F = 'shkoder-cluster-management-study-interviewees-findings.md'
FIND = ['Cluster managers in the region are highly qualified but work alone: in nine of the twelve clusters studied the manager is the only full-time employee',
 'Membership fees cover on average 18 percent of the budget; the rest comes from donor projects that rarely last longer than two years',
 'Companies value concrete services (joint purchasing, trade fairs, certification) far more than networking events',
 'Cross-border cooperation between clusters of Albania, Montenegro and Kosovo works best where there is a shared value chain, as in olive oil and medicinal plants',
 'Public bodies support clusters with one-off grants but few have a cluster policy with multi-annual funding and clear criteria',
 'Universities are present in most clusters on paper, but joint research projects with companies are rare']
T = f"""# Managing clusters on the Lake: a study of cluster organisations around Shkodër, Ulcinj and Gjakova

**Study commissioned by the Lake Shkodër Cross-Border Cluster Alliance · Final report, Annex 2 and Chapter 4 · {wd(2033,11,28)} 28 November 2033**

Authors: Dr. Teuta Marku-Gjoni (lead), Nikola Vujošević, Ermira Lleshi · Albanian Institute for Regional Studies (AIRS), Tirana

---

## Annex 2 – List of interviewees

Between 6 June and 19 September 2033 the team held 31 semi-structured interviews, 22 in person and 9 online. Interviewees agreed to be named; their roles are those at the time of the interview. Five interviewees preferred not to be named and are not listed.

| No. | Name | Role | Organisation |
|---|---|---|---|
| 1 | Arben Dedaj | Cluster Manager | Shkodra Olive Oil Cluster |
| 2 | Liljana Ndoj-Prenga | Chair of the Board | Shkodra Olive Oil Cluster; owner, Vaj Ulliri Ndoj sh.p.k. |
| 3 | Gjergj Kola | Executive Director | Medicinal and Aromatic Plants Cluster of Northern Albania |
| 4 | Mimoza Lika | Head of Economic Development | Municipality of Shkodër |
| 5 | Prof. Dr. Pjetër Gjini | Vice-Rector for Research | University of Shkodër "Luigj Gurakuqi" |
| 6 | Dragan Radović | Cluster Manager | Ulcinj Tourism and Gastronomy Cluster |
| 7 | Jasmina Nikčević-Đurović | Senior Adviser, Directorate for SME Development | Ministry of Economic Development of Montenegro |
| 8 | Edin Kurtagić | Owner | Kurtagić Maslinovo Ulje d.o.o., Bar |
| 9 | Milena Bošković | Programme Officer | Investment and Development Fund of Montenegro |
| 10 | Fatos Berisha | Cluster Manager | Gjakova Honey and Herbs Cluster |
| 11 | Shqipe Rama | Director | Kosovo Investment and Enterprise Support Agency (KIESA) |
| 12 | Kastriot Shehu | Managing Director | Agrodrini L.L.C., Gjakova |
| 13 | Blerta Hoxhaj | Project Manager | GIZ, Sustainable Economic Development Programme, Tirana office |
| 14 | Marco Di Giacomo | Team Leader | EU4Business Western Balkans, Technical Assistance |
| 15 | Elona Gjebrea-Hajdari | Deputy Director | Albanian Investment Development Agency (AIDA) |
| 16 | Valbona Çoku | Owner | Çoku Bimë Mjekësore sh.p.k., Koplik |
| 17 | Nenad Perović | Secretary General | Chamber of Economy of Montenegro |
| 18 | Rozafa Zefi | Head of Regional Office | Shkodër Chamber of Commerce and Industry |
| 19 | Dr. Sanja Vlahović | Researcher | University of Montenegro, Faculty of Economics |
| 20 | Ilir Bushati | Cluster Manager | Lake Shkodër Cross-Border Cluster Alliance |
| 21 | Ana Pejović | Tourism Coordinator | Ulcinj Municipality |
| 22 | Tom Gjeloshi | Farmer and member | Medicinal and Aromatic Plants Cluster of Northern Albania |
| 23 | Ingrid Halvorsen | Programme Manager | Norwegian Embassy in Tirana |
| 24 | Besnik Gashi | Export Manager | Kosova Herbal Export L.L.C. |
| 25 | Marjeta Zadeja | Policy Officer | Regional Cooperation Council, Sarajevo |
| 26 | Ardian Luli | Head of Unit for Competitiveness | Ministry of Economy and Finance of Albania |

In addition two focus groups were held with member companies: in Shkodër on 12 July 2033 (11 participants) and in Ulcinj on 13 July 2033 (8 participants). The draft findings were presented at a validation workshop in Shkodër on {wd(2033,10,24)} 24 October 2033.

---

## Chapter 4 – Main findings

The twelve cluster organisations studied differ in sector, size and age, but the interviews show common patterns. We summarise them in six findings.

1. {FIND[0]}.
2. {FIND[1]}.
3. {FIND[2]}.
4. {FIND[3]}.
5. {FIND[4]}.
6. {FIND[5]}.

### 4.1 Comments on the findings

On finding 1, several managers described the same situation. "I am the manager, the accountant, the event organiser and the driver," said one of them. Staff turnover is high when donor projects end, and knowledge leaves with the people. The two clusters with more than two employees, the Shkodra Olive Oil Cluster and the Ulcinj Tourism and Gastronomy Cluster, are also those with the most stable membership.

On finding 2, the interviewees from public funders agreed that yearly grants are not enough. The Investment and Development Fund of Montenegro is preparing a three-year support line, expected in 2034, and the Albanian Investment Development Agency said it would consider a similar scheme in its programme for 2035–2037.

On finding 4, the olive oil value chain between Shkodër, Ulcinj and Bar is the clearest example. Since the first joint olive oil fair in Ulcinj in November 2031, the clusters have organised a joint stand at three trade fairs and a common quality scheme is in preparation.

The recommendations that follow from these findings are presented in Chapter 5 and were discussed with the Steering Committee of the Alliance on 14 November 2033.

---

*The study was financed by the Norwegian Embassy in Tirana under the programme "Regional Cooperation for Growth". The views expressed are those of the authors.*
"""
write(F, T)
L='Lake Shkodër Cross-Border Cluster Alliance'
gold(F,
 [P('Teuta Marku-Gjoni','lead','Albanian Institute for Regional Studies'), P('Nikola Vujošević',None,'Albanian Institute for Regional Studies'), P('Ermira Lleshi',None,'Albanian Institute for Regional Studies'),
  P('Arben Dedaj','Cluster Manager','Shkodra Olive Oil Cluster'), P('Liljana Ndoj-Prenga','Chair of the Board','Shkodra Olive Oil Cluster'),
  P('Gjergj Kola','Executive Director','Medicinal and Aromatic Plants Cluster of Northern Albania'), P('Mimoza Lika','Head of Economic Development','Municipality of Shkodër'),
  P('Pjetër Gjini','Vice-Rector for Research','University of Shkodër "Luigj Gurakuqi"'), P('Dragan Radović','Cluster Manager','Ulcinj Tourism and Gastronomy Cluster'),
  P('Jasmina Nikčević-Đurović','Senior Adviser, Directorate for SME Development','Ministry of Economic Development of Montenegro'),
  P('Edin Kurtagić','Owner','Kurtagić Maslinovo Ulje d.o.o.'), P('Milena Bošković','Programme Officer','Investment and Development Fund of Montenegro'),
  P('Fatos Berisha','Cluster Manager','Gjakova Honey and Herbs Cluster'), P('Shqipe Rama','Director','Kosovo Investment and Enterprise Support Agency'),
  P('Kastriot Shehu','Managing Director','Agrodrini L.L.C.'), P('Blerta Hoxhaj','Project Manager','GIZ'), P('Marco Di Giacomo','Team Leader','EU4Business Western Balkans'),
  P('Elona Gjebrea-Hajdari','Deputy Director','Albanian Investment Development Agency'), P('Valbona Çoku','Owner','Çoku Bimë Mjekësore sh.p.k.'),
  P('Nenad Perović','Secretary General','Chamber of Economy of Montenegro'), P('Rozafa Zefi','Head of Regional Office','Shkodër Chamber of Commerce and Industry'),
  P('Sanja Vlahović','Researcher','University of Montenegro'), P('Ilir Bushati','Cluster Manager',L), P('Ana Pejović','Tourism Coordinator','Ulcinj Municipality'),
  P('Tom Gjeloshi','Farmer and member','Medicinal and Aromatic Plants Cluster of Northern Albania'), P('Ingrid Halvorsen','Programme Manager','Norwegian Embassy in Tirana'),
  P('Besnik Gashi','Export Manager','Kosova Herbal Export L.L.C.'), P('Marjeta Zadeja','Policy Officer','Regional Cooperation Council'),
  P('Ardian Luli','Head of Unit for Competitiveness','Ministry of Economy and Finance of Albania')],
 [O(L), O('Albanian Institute for Regional Studies','AIRS'), O('Shkodra Olive Oil Cluster'), O('Vaj Ulliri Ndoj sh.p.k.'), O('Medicinal and Aromatic Plants Cluster of Northern Albania'),
  O('Municipality of Shkodër'), O('University of Shkodër "Luigj Gurakuqi"'), O('Ulcinj Tourism and Gastronomy Cluster'), O('Ministry of Economic Development of Montenegro'),
  O('Directorate for SME Development'), O('Kurtagić Maslinovo Ulje d.o.o.'), O('Investment and Development Fund of Montenegro'), O('Gjakova Honey and Herbs Cluster'),
  O('Kosovo Investment and Enterprise Support Agency','KIESA'), O('Agrodrini L.L.C.'), O('GIZ'), O('EU4Business Western Balkans'),
  O('Albanian Investment Development Agency','AIDA'), O('Çoku Bimë Mjekësore sh.p.k.'), O('Chamber of Economy of Montenegro'), O('Shkodër Chamber of Commerce and Industry'),
  O('University of Montenegro'), O('Faculty of Economics'), O('Ulcinj Municipality'), O('Norwegian Embassy in Tirana'), O('Kosova Herbal Export L.L.C.'),
  O('Regional Cooperation Council'), O('Ministry of Economy and Finance of Albania')],
 [E('focus group','2033-07-12','2033-07-12','Shkodër','Albania'), E('focus group','2033-07-13','2033-07-13','Ulcinj','Montenegro'),
  E('validation workshop','2033-10-24','2033-10-24','Shkodër','Albania'), E('joint olive oil fair','2031-11','2031-11','Ulcinj','Montenegro'),
  E('Steering Committee of the Alliance','2033-11-14','2033-11-14',None,None)],
 ['2033-11-28','2033-06-06/2033-09-19','2033-07-12','2033-07-13','2033-10-24','2034','2035/2037','2031-11','2033-11-14'],
 km=FIND, pub='2033-11-28')
