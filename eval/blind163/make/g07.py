from h import *
F = 'g07_piestany_health_cluster_general_assembly.txt'
assert wd(2039,2,23)=='Wednesday' and wd(2039,2,24)=='Thursday' and wd(2039,4,7)=='Thursday'
T = """NEWS | Members' area | Posted 1 March 2039

Health & Spa Innovation Cluster Trnava Region: General Assembly elects a new board in Piešťany

PIEŠŤANY – The annual General Assembly of the Health & Spa Innovation Cluster Trnava Region (HSIC) took place on Thursday 24 February 2039 in the congress hall of the Balnea Esplanade hotel on the Spa Island. Thirty-four of the cluster's 41 member organisations were represented, so the assembly had a quorum from the start.

The day before, on Wednesday 23 February 2039, members had been invited to a workshop on medical tourism statistics with the Slovak Tourist Board, followed by a members' dinner in the Piešťany colonnade café. About 50 people joined the dinner.

Opening and reports
The outgoing President, Ing. Marián Kollár, opened the assembly and gave the activity report for 2038. The cluster ran 27 events last year, among them the third Spa Innovation Summit in Trnava, two study tours to Baden-Baden and Hévíz, and a joint stand at the ITB Berlin tourism fair. The treasurer, Zuzana Benková, presented the accounts: income of €412,000, of which 58 per cent came from projects and 31 per cent from membership fees. The auditors, Peter Slávik and Lenka Hajdúchová, recommended approval of the accounts.

Guests from the region
The assembly was addressed by Jozef Vančo, Chairman of the Trnava Self-Governing Region, who said that the region would keep co-financing the cluster's manager post until 2041. Mgr. Eva Horváthová from the Slovak Investment and Trade Development Agency (SARIO) presented the agency's plans to promote Slovak health tourism in Germany and Austria.

Elections
After eight years at the head of the cluster, Marián Kollár did not stand again. The assembly elected the following board for the term 2039–2042:
President: MUDr. Katarína ŠTEFANOVIČOVÁ (Slovenské liečebné kúpele Piešťany, a.s.)
Vice-President: Ing. Tomáš Repka, PhD. (Faculty of Materials Science and Technology in Trnava, Slovak University of Technology)
Treasurer: Zuzana Benková (Spa Hotel Thermia Palace)
Board members: Martin Galbavý (town of Piešťany), Ing. Silvia Krajčovičová (Trnava University), Andrej Dobiáš (MediTech Slovakia s.r.o.)
Marián Kollár was appointed honorary president of the cluster.

Resolutions
The General Assembly adopted the following resolutions:
1. The annual report and the accounts for 2038 are approved, and the board is discharged
2. The membership fee remains unchanged for 2039
3. The cluster will apply, together with partners in Austria and Hungary, for an Interreg project on rehabilitation technologies
4. A working group on medical staff shortages is set up under the lead of the Vice-President
5. The next General Assembly will be held in February 2040 in Trnava

What comes next
The new board will meet for the first time on Thursday 7 April 2039 in Piešťany. Among its first tasks is the preparation of the fourth Spa Innovation Summit, planned for 12–13 October 2039 in Trnava, and the selection of a new cluster manager after Daniela Nováková, who has managed the office since 2033, leaves for maternity leave in the summer.

"Piešťany has had a spa for three hundred years, but our members now sell rehabilitation devices, software and training as well as treatments," said the new President Katarína Štefanovičová after the vote. "The cluster has to show that health tourism is an industry, not just a holiday."

Members who could not attend will find the minutes and the presentations in the members' area from 10 March.

Contact: Daniela Nováková, cluster manager, office@hsic.example.sk, +421 33 000 0000

Share: Facebook | LinkedIn | E-mail
Related: Spa Innovation Summit 2038 – report | Call for new members 2039 | Board minutes archive
"""
write(F, T)
C="Health & Spa Innovation Cluster Trnava Region"
gold(F,
 [P("Marián Kollár","President",C),
  P("Zuzana Benková","treasurer",C),
  P("Peter Slávik","auditor",C),
  P("Lenka Hajdúchová","auditor",C),
  P("Jozef Vančo","Chairman","Trnava Self-Governing Region"),
  P("Eva Horváthová",None,"Slovak Investment and Trade Development Agency"),
  P("Katarína ŠTEFANOVIČOVÁ","President",C),
  P("Tomáš Repka","Vice-President",C),
  P("Martin Galbavý","Board member",C),
  P("Silvia Krajčovičová","Board member",C),
  P("Andrej Dobiáš","Board member",C),
  P("Daniela Nováková","cluster manager",C)],
 [O(C,"HSIC"), O("Slovak Tourist Board"), O("Trnava Self-Governing Region"),
  O("Slovak Investment and Trade Development Agency","SARIO"), O("Slovenské liečebné kúpele Piešťany, a.s."),
  O("Faculty of Materials Science and Technology in Trnava"), O("Slovak University of Technology"),
  O("Spa Hotel Thermia Palace"), O("town of Piešťany"), O("Trnava University"), O("MediTech Slovakia s.r.o.")],
 [E("General Assembly","2039-02-24",None,"Piešťany","Slovakia"),
  E("workshop on medical tourism statistics","2039-02-23",None,"Piešťany","Slovakia"),
  E("members' dinner","2039-02-23",None,"Piešťany","Slovakia"),
  E("Spa Innovation Summit","2038",None,"Trnava","Slovakia"),
  E("study tours to Baden-Baden and Hévíz","2038",None,"Baden-Baden, Hévíz",None),
  E("ITB Berlin","2038",None,"Berlin","Germany"),
  E("General Assembly","2040-02",None,"Trnava","Slovakia"),
  E("board meeting","2039-04-07",None,"Piešťany","Slovakia"),
  E("Spa Innovation Summit","2039-10-12","2039-10-13","Trnava","Slovakia")],
 ["2039-03-01","2039-02-24","2039-02-23","2038","2041","2039/2042","2039","2040-02","2039-04-07","2039-10-12/2039-10-13",
  "2033","2039-03-10"],
 ["The annual report and the accounts for 2038 are approved, and the board is discharged",
  "The membership fee remains unchanged for 2039",
  "The cluster will apply, together with partners in Austria and Hungary, for an Interreg project on rehabilitation technologies",
  "A working group on medical staff shortages is set up under the lead of the Vice-President",
  "The next General Assembly will be held in February 2040 in Trnava"],
 pub="2039-03-01")
