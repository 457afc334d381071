from common import *
T = """Ministry of the Economy and Innovation of the Republic of Lithuania
News › Press releases

New Cluster Development Team starts work at Innovation Agency Lithuania

Vilnius, 7 January 2036

From 1 January 2036 Lithuanian clusters have a single point of contact. The Ministry of the Economy and Innovation has
moved its cluster-support functions to a new Cluster Development Team at Innovation Agency Lithuania (Inovacijų
agentūra), which will manage the national cluster programme 2036–2040, the cluster excellence vouchers and the
cooperation with the European Cluster Collaboration Platform.

"Lithuania has 47 clusters, but too many of them are still projects rather than organisations. The new team will
help the best of them grow into real international partners," said Vice-Minister Gintarė Žukauskienė, who is
responsible for industry and innovation policy.

The team is led by Dr. Tomas Baranauskas, until now head of the ministry's Industrial Policy Division. He is joined by:
- Rūta Stankevičiūtė, senior cluster advisor (laser, photonics and engineering clusters);
- Mindaugas Petrauskas, cluster advisor (life sciences, food and bioeconomy);
- Ieva Vaitkutė-Maciulevičienė, cluster advisor (ICT, creative industries, fintech);
- Julius Grigas, analyst (cluster statistics and monitoring);
- Agnė Ramanauskaitė, European cooperation officer, the team's contact for ECCP and the Euroclusters.

At the ministry, Laura Jurkšaitė, chief specialist in the Innovation Policy Division, remains responsible for the
legal basis of the programme.

The agency's director, Darius Kazlauskas, said the team would visit every cluster in the first half of the year. The
first national Cluster Forum under the new set-up will take place in Kaunas on 26 March 2036, and the first call for
cluster excellence vouchers opens on 2 February 2036 (deadline 16 March 2036).

The reform follows the evaluation of the cluster programme 2028–2035 carried out by the Lithuanian Centre for Social
Sciences and published in October 2035. Its main recommendations were:
1. concentrate support on clusters with a professional management team and at least 20 paying members;
2. reward international cooperation and cluster labelling;
3. replace annual grants with three-year performance agreements;
4. publish cluster data every year.

Contacts
Cluster Development Team, Innovation Agency Lithuania: klasteriai@inovacijuagentura.example
Press: Simona Vasiliauskė, ministry spokesperson, +370 5 000 0000
"""
write("EIMIN_press-release_cluster-development-team_2036.txt", T,
 [P("Gintarė Žukauskienė","Vice-Minister","Ministry of the Economy and Innovation"),
  P("Tomas Baranauskas",None,"Innovation Agency Lithuania"),
  P("Rūta Stankevičiūtė","senior cluster advisor","Innovation Agency Lithuania"),
  P("Mindaugas Petrauskas","cluster advisor","Innovation Agency Lithuania"),
  P("Ieva Vaitkutė-Maciulevičienė","cluster advisor","Innovation Agency Lithuania"),
  P("Julius Grigas","analyst","Innovation Agency Lithuania"),
  P("Agnė Ramanauskaitė","European cooperation officer","Innovation Agency Lithuania"),
  P("Laura Jurkšaitė","chief specialist","Innovation Policy Division"),
  P("Darius Kazlauskas","director","Innovation Agency Lithuania"),
  P("Simona Vasiliauskė","ministry spokesperson","Ministry of the Economy and Innovation")],
 [O("Ministry of the Economy and Innovation of the Republic of Lithuania"),O("Innovation Agency Lithuania"),
  O("European Cluster Collaboration Platform","ECCP"),O("Industrial Policy Division"),O("Innovation Policy Division"),
  O("Lithuanian Centre for Social Sciences"),O("Cluster Development Team")],
 [E("Cluster Forum","2036-03-26","2036-03-26","Kaunas","Lithuania")],
 ["2036-01-07","2036-01-01","2036/2040","2036-03-26","2036-02-02","2036-03-16","2028/2035","2035-10"],
 km=["concentrate support on clusters with a professional management team and at least 20 paying members",
     "reward international cooperation and cluster labelling",
     "replace annual grants with three-year performance agreements",
     "publish cluster data every year"], pub="2036-01-07")
