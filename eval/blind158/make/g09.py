from h import *
F = 'g09_northwest_bulgaria_agency_newsletter.md'
assert wd(2042,2,5)=='Wednesday' and wd(2042,2,26)=='Wednesday' and wd(2042,3,11)=='Tuesday' and wd(2042,3,24)=='Monday' and wd(2042,3,26)=='Wednesday' and wd(2042,4,16)=='Wednesday' and wd(2042,1,30)=='Thursday'
T = """# Northwest Bulgaria Development Agency – Newsletter No. 1/2042

*Published 30 January 2042 · Montana · [Read online](#) · [Unsubscribe](#) · [Bulgarian version](#)*

---

## A word from the director

Dear partners,

2041 was a busy year for our region: three new cluster organisations registered with the Ministry of Innovation and Growth, and the first foreign investor in ten years opened a factory in Lom. In 2042 we want to bring these clusters closer to each other and to their neighbours across the Danube. Below you will find our events for the first months of the year. We look forward to seeing you.

**Dr Petya Tsvetkova-Ilieva**, Executive Director

---

## Events calendar: February – April 2042

**Wednesday 5 February 2042, 10:00 – Montana, agency offices**
Information day on the new regional call for cluster development projects. Presentation by Stoyan Mladenov, head of the programming unit at the Ministry of Innovation and Growth. Registration by e-mail.

**Wednesday 26 February 2042 – online**
Webinar "How to write a cluster strategy in ten pages", with Elena Dimova, cluster expert at the Applied Research and Communications Fund (ARC Fund), Sofia.

**Tuesday 11 March 2042, 11:00 – Vratsa, Regional Historical Museum**
General Assembly of the Northwest Food Cluster. Members will elect a new management board and vote on the admission of eight new members. Chairwoman Radka Borisova will present the annual report.

**24–26 March 2042 – Craiova and Calafat, Romania**
Study visit for cluster managers to the Oltenia region, organised with the South-West Oltenia Regional Development Agency (ADR SV Oltenia). Programme: Monday 24 March – meeting with the Oltenia Automotive Cluster in Craiova; Tuesday 25 March – company visits in the Craiova industrial park; Wednesday 26 March – visit to the logistics centre in Calafat and crossing of the Vidin–Calafat bridge on the way back. Places: 15. Travel by the agency's minibus from Montana; participants cover their own accommodation, for which the agency has negotiated a group rate.

**Wednesday 16 April 2042 – Vidin, Danube Hotel conference hall**
Danube Clusters Forum, third edition. Clusters from Bulgaria, Romania and Serbia meet to prepare joint project ideas for the next Interreg calls. The forum was held in Lom in 2040 and in Kladovo (Serbia) in 2041.

---

## News in brief

**Furniture cluster joins European network.** The Berkovitsa Furniture Cluster, led by its manager Ivaylo Petrov, became a member of the European Furniture Industries Confederation (EFIC) in December 2041.

**New staff.** We welcome Desislava Nikolova, who joined the agency on 6 January 2042 as cluster liaison officer. She previously worked for the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA) in Sofia.

**Mentoring programme.** Twelve small companies from Montana, Vratsa and Vidin completed the agency's export mentoring programme in 2041. The closing ceremony took place in Montana on 12 December 2041, with certificates handed over by the regional governor, Kiril Kamenov.

**Results of our survey.** 71% of cluster members who answered our autumn survey said they would like more events outside Montana; we have therefore planned the spring events in four towns.

---

## Contact

Northwest Bulgaria Development Agency (NWBDA)
ul. Ivan Asen II 3, 3400 Montana, Bulgaria
Tel. +359 96 000 000 · office@nwbda.example.bg

Team for clusters: Desislava Nikolova, Martin Georgiev (events), Lyubomira Koleva (communication)

*You receive this newsletter because you have registered for one of our events. This newsletter is part-funded by the European Union.*
"""
write(F, T)
N="Northwest Bulgaria Development Agency"
gold(F,
 [P("Petya Tsvetkova-Ilieva","Executive Director",N),
  P("Stoyan Mladenov","head of the programming unit","Ministry of Innovation and Growth"),
  P("Elena Dimova","cluster expert","Applied Research and Communications Fund"),
  P("Radka Borisova","Chairwoman","Northwest Food Cluster"),
  P("Ivaylo Petrov","manager","Berkovitsa Furniture Cluster"),
  P("Desislava Nikolova","cluster liaison officer",N),
  P("Kiril Kamenov","regional governor",None),
  P("Martin Georgiev",None,N), P("Lyubomira Koleva",None,N)],
 [O(N,"NWBDA"), O("Ministry of Innovation and Growth"), O("Applied Research and Communications Fund","ARC Fund"),
  O("Northwest Food Cluster"), O("South-West Oltenia Regional Development Agency","ADR SV Oltenia"),
  O("Oltenia Automotive Cluster"), O("Berkovitsa Furniture Cluster"), O("European Furniture Industries Confederation","EFIC"),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"), O("European Union")],
 [E("Information day","2042-02-05",None,"Montana","Bulgaria"),
  E('Webinar "How to write a cluster strategy in ten pages"',"2042-02-26"),
  E("General Assembly of the Northwest Food Cluster","2042-03-11",None,"Vratsa","Bulgaria"),
  E("Study visit","2042-03-24","2042-03-26","Craiova, Calafat","Romania"),
  E("meeting with the Oltenia Automotive Cluster","2042-03-24",None,"Craiova","Romania"),
  E("company visits","2042-03-25",None,"Craiova","Romania"),
  E("visit to the logistics centre","2042-03-26",None,"Calafat","Romania"),
  E("Danube Clusters Forum","2042-04-16",None,"Vidin","Bulgaria"),
  E("Danube Clusters Forum","2040",None,"Lom","Bulgaria"),
  E("Danube Clusters Forum","2041",None,"Kladovo","Serbia"),
  E("closing ceremony","2041-12-12",None,"Montana","Bulgaria")],
 ["2042-01-30","2041","2042","2042-02/2042-04","2042-02-05","2042-02-26","2042-03-11","2042-03-24/2042-03-26","2042-03-24",
  "2042-03-25","2042-03-26","2042-04-16","2040","2041-12","2042-01-06","2041-12-12"],
 [], pub="2042-01-30")
