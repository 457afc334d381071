from h import *
F='interview-femke-van-der-heijden-hydrodelta.md'
T=f'''# "We will not build a hydrogen economy with engineers alone"

**100 days in office: an interview with Femke van der Heijden, managing director of HydroDelta Zeeland**

*Delta Business Magazine · Interview by Thijs Oudendijk · {wd(2034,7,10)} 10 July 2034 · 7 min read*

Share: LinkedIn · X · E-mail

---

Femke van der Heijden took over the management of HydroDelta Zeeland on 1 April 2034 from founding director Pieter-Jan de Wolf. We met her in the cluster's office on the Edisonweg in Vlissingen, between a call with Brussels and a visit to a farmers' cooperative in Zuid-Beveland.

**You have now been in office for a hundred days. What surprised you most?**

How much goodwill there is, and how little time people have. I visited 46 member companies in three months. Almost every one of them said: we want to cooperate, but we have no one to send to meetings. So the cluster has to come to them, not the other way round. We are now testing short "kitchen-table sessions" at the companies themselves, with no more than eight people.

**Your predecessor built the cluster around a few large plants. Will you change that?**

The large plants remain the backbone: Dow, Yara Sluiskil, Zeeland Refinery and the port. Without their demand for hydrogen there is no market. But two thirds of our members are SMEs with fewer than fifty staff, and they are the ones who will install, maintain and repair the electrolysers and the pipelines. I want them to have a stronger voice. That is why the board agreed in June to reserve two seats on the board for SMEs from 2035.

**Which partners are most important to you outside Zeeland?**

First Flanders. Our closest partner is Catalisti, the Flemish cluster for chemistry and plastics, with whom we run the H2-Scheldt Corridor study. Joris Maes and his team are in Vlissingen almost every month. Second, the other Dutch hydrogen regions: we work with the Northern Netherlands Hydrogen Valley and with Smart Delta Drechtsteden. And third, in Germany, the HY.Rhein-Ruhr network around Duisburg; we signed a letter of intent with them in May.

On the knowledge side, HZ University of Applied Sciences and TNO are our key partners, and we are talking to Ghent University about a joint doctoral position on hydrogen embrittlement in old pipelines.

**And in Europe?**

We are a member of the European Clean Hydrogen Alliance, and we take part in the Interreg project H2-Skills with partners from Normandy, Lower Saxony and Pomerania. In October I will join a matchmaking mission of the European Cluster Collaboration Platform to Japan. The mission runs from 13 to 17 October 2034 in Tokyo and Kobe; twenty European clusters are taking part.

**You said at your appointment that skills would be as important as molecules. What have you done?**

We started a working group with Scalda, the regional vocational school, and with the employers' association VNO-NCW Zeeland. By the end of the year we want a shared "hydrogen technician" module that every vocational school in the province can use. Rob Geschiere from Scalda leads that group. We will not build a hydrogen economy with engineers alone; we need welders, electricians and process operators.

**What are the next events members should note?**

There are three. On {wd(2034,9,3)} 3 September we hold an SME day at the Sloe area, "Hydrogen for the small and the smart", with site visits. Then of course our annual conference, Delta Hydrogen Days, on 24 and 25 September 2034 in the Zeelandhallen in Goes; we expect 700 participants, and the Minister of Climate and Green Growth has been invited. And on {wd(2034,11,20)} 20 November there is a members' meeting in Terneuzen, where the board will present the plan for 2035–2036.

**How will the cluster be financed after 2037?**

The province has committed until 2037, which gives us time. But I want member fees and paid services to cover at least forty per cent of our budget by then, against thirty per cent today. We are testing paid services such as safety audits for small hydrogen installations, carried out together with Scalda and the regional fire brigade. And we will try to bring in more European projects, but only those that our members really ask for.

**What keeps you awake at night?**

The grid. We can produce green hydrogen only if the electricity connections arrive in time. TenneT has told us that the new high-voltage connection at Borssele will be ready in 2029 at the earliest — no, sorry, in 2036 at the earliest. That is two years later than planned. We are working with the Province of Zeeland to see what can be done in the meantime with flexible connections.

**Finally: what do you want to have achieved when you look back in four years?**

That nobody in Zeeland asks any more what a cluster is for. And that a welder in Terneuzen knows that the hydrogen economy has a job for her.

---

*Femke van der Heijden (44) studied chemical engineering in Delft. Before joining HydroDelta Zeeland she was programme director at Invest in Zeeland and site manager at Yara Sluiskil.*

**Related articles**
- Province renews funding for HydroDelta until 2037
- Delta Hydrogen Days 2034: programme published
- Zeeland's SMEs and the grid: a race against time
'''
write(F,T)
HD='HydroDelta Zeeland'
gold(F,[P('Femke van der Heijden','managing director',HD),P('Thijs Oudendijk',None,'Delta Business Magazine'),P('Pieter-Jan de Wolf','founding director',HD),
 P('Joris Maes',None,'Catalisti'),P('Rob Geschiere',None,'Scalda')],
 [O(HD),O('Delta Business Magazine'),O('Dow'),O('Yara Sluiskil'),O('Zeeland Refinery'),O('Catalisti'),O('Northern Netherlands Hydrogen Valley'),O('Smart Delta Drechtsteden'),
  O('HY.Rhein-Ruhr'),O('HZ University of Applied Sciences'),O('TNO'),O('Ghent University'),O('European Clean Hydrogen Alliance'),O('European Cluster Collaboration Platform'),
  O('Scalda'),O('VNO-NCW Zeeland'),O('TenneT'),O('Province of Zeeland'),O('Invest in Zeeland')],
 [E('matchmaking mission of the European Cluster Collaboration Platform to Japan','2034-10-13','2034-10-17','Tokyo, Kobe','Japan'),
  E('Hydrogen for the small and the smart','2034-09-03','2034-09-03',None,None),E('Delta Hydrogen Days','2034-09-24','2034-09-25','Goes','Netherlands'),
  E("members' meeting",'2034-11-20','2034-11-20','Terneuzen','Netherlands')],
 ['2034-07-10','2034-04-01','2035','2034-05','2034-10','2034-10-13/2034-10-17','2034-09-03','2034-09-24/2034-09-25','2034-11-20','2035/2036','2029','2036','2037','2034-06'],pub='2034-07-10')
