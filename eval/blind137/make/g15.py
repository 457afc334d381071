from h import *
F = 'g15_nikopol_danube_newsletter.txt'
assert wd(2034,6,7)=='Wednesday' and wd(2034,6,8)=='Thursday' and wd(2034,7,31)=='Monday' and wd(2034,9,20)=='Wednesday'
T = """==============================================================
DANUBE AGRI-LOGISTICS (DALOG) – NEWSLETTER No. 3 – June 2034
Interreg Danube Region Programme · Priority 1 "A more competitive Danube Region"
==============================================================
View this e-mail in your browser | Unsubscribe | Forward to a colleague

In this issue
1. Partner meeting in Nikopol and Turnu Măgurele
2. Open call: logistics vouchers for SMEs – deadline 31 July 2034
3. Danube Innovation Café: the story so far
4. Meet the partners: Vukovar
5. Dates for your diary

--------------------------------------------------------------
1. PARTNER MEETING ON BOTH BANKS OF THE DANUBE
--------------------------------------------------------------
For the first time, a DALOG partner meeting took place in two countries at once. On Wednesday 7 June 2034 the eleven partners met in Nikopol (Bulgaria), hosted by the Municipality of Nikopol and the Bulgarian Ports Infrastructure Company. On Thursday 8 June they crossed the river by ferry to Turnu Măgurele (Romania), where the Danube Logistics Cluster Teleorman organised a visit to the river port and a round table with 24 local freight forwarders.

"The ferry crossing itself showed what the project is about: 40 minutes on the water, and another hour of paperwork," said the lead partner's project manager, Mag. Verena Hofbauer-Ţurcanu of the Port of Krems (Niederösterreichische Hafen Krems GmbH).

Mayor Todor Markov-Ilchev welcomed the partners in Nikopol; in Turnu Măgurele the partners were received by Deputy Mayor Cristina Dumitrescu-Oprea.

--------------------------------------------------------------
2. OPEN CALL: LOGISTICS VOUCHERS FOR SMEs
--------------------------------------------------------------
DALOG offers vouchers of up to EUR 15,000 to agri-food SMEs in the Danube Region that want to ship by river instead of road. The vouchers cover logistics studies, digital booking tools and trial shipments.
- Who: SMEs from the 14 countries of the programme area
- Budget: EUR 420,000 in total
- Deadline: 31 July 2034, 16:00 CET
- Results: by 20 September 2034
Apply at www.dalog.example.eu/call. Questions: call@dalog.example.eu

--------------------------------------------------------------
3. DANUBE INNOVATION CAFÉ: THE STORY SO FAR
--------------------------------------------------------------
Our informal breakfast series for logistics start-ups and shippers has now had four editions:
- 1st Danube Innovation Café – Vienna, 11 January 2034
- 2nd Danube Innovation Café – Novi Sad, 8 March 2034
- 3rd Danube Innovation Café – Galați, 12 April 2034
- 4th Danube Innovation Café – Vukovar, 10 May 2034
The 5th edition will be held in Ruse in October 2034. Each café hosts three short pitches and an open discussion; the next one will focus on cold chains for fruit and vegetables.

--------------------------------------------------------------
4. MEET THE PARTNERS: VUKOVAR
--------------------------------------------------------------
The Vukovar-Srijem County Development Agency (VSCDA) joined DALOG to connect the grain producers of eastern Slavonia with the river port of Vukovar. Its director, Ivana Šimić-Kovač, says the most important result so far is trust: "Farmers used to see the port as a place for big companies. After two project workshops, five cooperatives have asked us for a voucher."
Partner since: 2034 · Staff on the project: 3 · Contact: dalog@vscda.example.hr

--------------------------------------------------------------
5. DATES FOR YOUR DIARY
--------------------------------------------------------------
- 20 June 2034: webinar "River freight for beginners" (online, 10:00 CET)
- 31 July 2034: call deadline
- 19–21 September 2034: DALOG at the Danube Business Forum, Budapest
- October 2034: 5th Danube Innovation Café, Ruse

--------------------------------------------------------------
DALOG partners: Niederösterreichische Hafen Krems GmbH (AT, lead partner) · Municipality of Nikopol (BG) · Bulgarian Ports Infrastructure Company (BG) · Danube Logistics Cluster Teleorman (RO) · Galați Port Administration (RO) · Vukovar-Srijem County Development Agency (HR) · Novi Sad Business Incubator (RS) · Pro Danube Hungary Association (HU) · viadonau (AT) · Slovak Logistics Cluster (SK) · Moldova Agri-Logistics Association (MD)

The project is co-funded by the European Union (ERDF, IPA, NDICI).
You receive this newsletter because you registered at a DALOG event. Unsubscribe | Privacy notice
"""
write(F, T)
K="Niederösterreichische Hafen Krems GmbH"
gold(F,
 [P("Verena Hofbauer-Ţurcanu","project manager",K),
  P("Todor Markov-Ilchev","Mayor","Municipality of Nikopol"),
  P("Cristina Dumitrescu-Oprea","Deputy Mayor",None),
  P("Ivana Šimić-Kovač","director","Vukovar-Srijem County Development Agency")],
 [O(K), O("Municipality of Nikopol"), O("Bulgarian Ports Infrastructure Company"),
  O("Danube Logistics Cluster Teleorman"), O("Vukovar-Srijem County Development Agency","VSCDA"),
  O("Galați Port Administration"), O("Novi Sad Business Incubator"), O("Pro Danube Hungary Association"),
  O("viadonau"), O("Slovak Logistics Cluster"), O("Moldova Agri-Logistics Association")],
 [E("partner meeting","2034-06-07","2034-06-08","Nikopol, Turnu Măgurele",None),
  E("visit to the river port","2034-06-08",None,"Turnu Măgurele","Romania"),
  E("round table with 24 local freight forwarders","2034-06-08",None,"Turnu Măgurele","Romania"),
  E("1st Danube Innovation Café","2034-01-11",None,"Vienna","Austria"),
  E("2nd Danube Innovation Café","2034-03-08",None,"Novi Sad","Serbia"),
  E("3rd Danube Innovation Café","2034-04-12",None,"Galați","Romania"),
  E("4th Danube Innovation Café","2034-05-10",None,"Vukovar","Croatia"),
  E("5th Danube Innovation Café","2034-10",None,"Ruse","Bulgaria"),
  E("River freight for beginners","2034-06-20",None,None,None),
  E("Danube Business Forum","2034-09-19","2034-09-21","Budapest","Hungary")],
 ["2034-06","2034-07-31","2034-06-07","2034-06-08","2034-09-20","2034-01-11","2034-03-08","2034-04-12","2034-05-10",
  "2034-10","2034","2034-06-20","2034-09-19/2034-09-21"],
 [], pub="2034-06")
