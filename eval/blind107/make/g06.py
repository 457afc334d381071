from h import *
F = 'g06_interreg_plzen_bavaria_project_news.txt'
assert wd(2035,6,11)=='Monday' and wd(2035,6,12)=='Tuesday' and wd(2035,10,4)=='Thursday'
T = """Interreg Bavaria – Czechia 2028–2034 | Project WeldSkills CZ-BY

Home   The project   Partners   Activities   Results   News   Contact
čeština | Deutsch | English

Home » News » Partners meet in Plzeň to launch the cross-border welding academy

Partners meet in Plzeň to launch the cross-border welding academy
Posted on 19 June 2035 by Project team · Category: Meetings, Training
0 comments

[Photo: The partners of WeldSkills CZ-BY in the hall of the training centre in Plzeň-Skvrňany. Photo: Pilsen Engineering Cluster]

On 11 and 12 June 2035, the partners of the Interreg project WeldSkills CZ-BY met in Plzeň for their second steering committee meeting. The host was the lead partner, the Pilsen Engineering Cluster (PEC), which opened its new welding training centre in the Skvrňany district on the first day.

The project brings together metalworking companies, vocational schools and clusters from the Plzeň Region and from the Upper Palatinate. Its aim is simple: both sides of the border lack welders, and both sides train them in different ways. By the end of 2036, the partners want to offer a common training module of 240 hours that is recognised by employers in both countries.

Day one: opening of the training centre
The training centre was opened by Ing. Pavel Hrubeš, Deputy Governor of the Plzeň Region responsible for education, and by Martina Zelenková, chair of the Pilsen Engineering Cluster. In her speech, Zelenková recalled that the cluster's 62 member companies had reported 310 open welding positions in their spring survey. "We cannot wait for the labour market to solve this," she said.

After a tour of the twelve welding booths and the virtual welding simulators, the partners visited the plant of Škoda Heavy Parts a.s., one of the cluster members, where apprentices from both countries will do their practical placements.

Day two: steering committee
On the second day, the steering committee discussed the draft curriculum prepared by the Vocational School of Engineering Plzeň and the Berufsschulzentrum Weiden. Dr. Franz-Xaver Kellermann, managing director of the Upper Palatinate Metal Cluster (Metallcluster Oberpfalz), presented the results of the employer interviews held in Bavaria. Both sides agreed to test the module with a first group of 16 trainees, eight Czech and eight Bavarian, from February 2036.

The financial report was presented by Lenka Vaňková, project manager at PEC. She reported that 41 % of the budget had been spent by the end of May 2035. The Joint Secretariat of the programme in Marktredwitz was represented by Thomas Ebner, who reminded the partners of the reporting deadline of 31 July 2035.

Project partners
Lead partner: Pilsen Engineering Cluster, z.s. (CZ)
Vocational School of Engineering Plzeň (CZ)
Regional Chamber of Commerce of the Plzeň Region (CZ)
Upper Palatinate Metal Cluster (Metallcluster Oberpfalz) (DE)
Berufsschulzentrum Weiden (DE)
Chamber of Skilled Crafts of Lower Bavaria-Upper Palatinate (DE)
Associated partner: Plzeň Region (CZ)

Project facts
Duration: 1 October 2034 – 30 September 2036
Total budget: EUR 1.18 million, of which ERDF EUR 0.94 million
Programme priority: Cross-border education and training

What comes next
The third steering committee meeting will take place in Weiden in der Oberpfalz on Thursday 4 October 2035, together with a job fair for young welders at the Berufsschulzentrum. The Czech and Bavarian trainees will meet for the first time at a summer camp in Železná Ruda in August 2035.

Tags: welding, vocational training, Plzeň, Oberpfalz, steering committee

Share: Facebook | LinkedIn | Print

Previous post: Kick-off meeting in Weiden
Next post: Summer camp for trainees – registration open

Leave a comment
You must be logged in to post a comment.

Contact
Lenka Vaňková, project manager
Pilsen Engineering Cluster, z.s., Teslova 3, 301 00 Plzeň
weldskills@pec.example.cz

This project is co-financed by the European Union from the European Regional Development Fund.
© 2035 WeldSkills CZ-BY · Privacy · Cookies
"""
write(F, T)
C = "Pilsen Engineering Cluster"
gold(F,
 [P("Pavel Hrubeš","Deputy Governor","Plzeň Region"),
  P("Martina Zelenková","chair",C),
  P("Franz-Xaver Kellermann","managing director","Upper Palatinate Metal Cluster"),
  P("Lenka Vaňková","project manager",C),
  P("Thomas Ebner",None,"Joint Secretariat")],
 [O(C,"PEC"), O("Plzeň Region"), O("Škoda Heavy Parts a.s."), O("Vocational School of Engineering Plzeň"),
  O("Berufsschulzentrum Weiden"), O("Upper Palatinate Metal Cluster"), O("Joint Secretariat"),
  O("Regional Chamber of Commerce of the Plzeň Region"), O("Chamber of Skilled Crafts of Lower Bavaria-Upper Palatinate")],
 [E("second steering committee meeting","2035-06-11","2035-06-12","Plzeň","Czechia"),
  E("opening of the training centre","2035-06-11",None,"Plzeň","Czechia"),
  E("visit to the plant of Škoda Heavy Parts a.s.","2035-06-11",None,None,None),
  E("third steering committee meeting","2035-10-04",None,"Weiden in der Oberpfalz","Germany"),
  E("job fair for young welders","2035-10-04",None,"Weiden in der Oberpfalz","Germany"),
  E("summer camp","2035-08",None,"Železná Ruda","Czechia"),
  E("Kick-off meeting",None,None,"Weiden","Germany")],
 ["2028/2034","2035-06-19","2035-06-11/2035-06-12","2036","2036-02","2035-05","2035-07-31","2034-10-01/2036-09-30","2035-10-04","2035-08"],
 [], "2035-06-19")
