from h import *
doc = 'Nordmalm-Kluster_Annual-Report-2033-pdf.txt'
text = '''NORDMALM CLUSTER · ANNUAL REPORT 2033                                            14

4  PEOPLE AND GOVERNANCE

4.1 Governance model

Nordmalm Cluster is run by the non-profit association Nordmalm Kluster ek. för., registered in Luleå. The highest
decision-making body is the Annual Meeting of members; between meetings the association is governed by a Board of
nine members, assisted by a Nomination Committee and an Audit function. Operational management lies with the
cluster office in Luleå and its branch office in Kiruna.

In 2033 the Annual Meeting was held on 25 April 2033 at the Luleå University of Technology (LTU) campus, with 71 of
the 118 member organisations represented. It adopted the accounts for 2032, discharged the Board from liability,
and elected four Board members for the period 2033–2035.

4.2 The Board

The Board met eight times in 2033, including a two-day strategy seminar in Gällivare on 4–5 September. At
31 December 2033 the Board consisted of:

Chair          Ingrid Lundström Pekkari, Vice President Sustain-
               ability, Gruvbolaget Råneträsk AB (Board member since 2029, Chair since 2031)
Vice Chair     Niklas Öhman, CEO, Kallax Maskin AB
Members        Aino Vuolab, Head of R&D, Tornedalens Stålverk AB
               Erik Johansson Mäkitalo, Professor of Mineral Processing, LTU
               Petra Sjöberg, Business Developer, Region Norrbotten
               Mattias Kuoksu, Managing Director, Arktiska Sensorer AB
               Lovisa Hedqvist-Strand, Partner, Bothnia Mining Law Advokatbyrå KB
               Tor-Henrik Nilsson, Plant Manager, Svartöns Hamnterminal AB
               Sara Paittari, Chair of the Young Professionals Network (co-opted, without vot-
               ing rights, 2033–2034)

Leaving the Board at the 2033 Annual Meeting were Gunnar Wikström (Malmbanan Logistik AB), Board member 2025–2033
and Chair 2027–2031, and Helena Strandberg (Notviken Energi-Service AB), Board member 2027–2033. The Board thanks both
for their long service.

                                                                                 15
NORDMALM CLUSTER · ANNUAL REPORT 2033

4.3 Nomination Committee and auditors

The Nomination Committee elected by the Annual Meeting consists of Bengt Aspholm (convener), retired CEO of
Kallax Maskin AB, Kristina Raattamaa of Kiruna municipality and Jonas Berglund of Norrbottens Handelskammare.
The accounts were audited by the authorised public accountant Maria Ek, Revisionsbyrå Norrsken AB, with
Per-Olof Nyberg as lay auditor elected among the members.

4.4 Cluster office

The cluster office had eleven employees at year-end (9.4 full-time equivalents). Cluster Director Johanna Westerlund
has led the organisation since 1 August 2029. In 2033 the management team consisted of:

- Johanna Westerlund, Cluster Director
- Andreas Kemi, Deputy Director and head of the Kiruna office
- Rebecka Lantto, Programme Manager, Fossil-Free Value Chains
- Dr Omar Haddad, Innovation Manager, Digital Mine
- Elin Forsgren, Head of Finance and Administration

New in 2033 were Ville Heikkilä, project manager for the Interreg Aurora project ARCTIC-STEEL-SKILLS (2033–2036),
who joined on 1 March, and communications officer Moa Lindqvist, who joined in October 2033. Programme Manager
Daniel Sundqvist left on 30 June 2033 to join the Swedish Energy Agency.

4.5 Representation in national and European networks

Nordmalm is a member of the Swedish Mining Innovation network and of the European Raw Materials Alliance (ERMA).
Johanna Westerlund sits on the advisory group of Vinnova's cluster programme (2032–2035). In 2033 the cluster took
part in the European Cluster Conference and in the Raw Materials Week in Brussels (13–17 November 2033), where
Ingrid Lundström Pekkari spoke on a panel about critical raw materials permitting.

4.6 Outlook 2034

The 2034 Annual Meeting is planned for 24 April 2034 in Kiruna. Four Board seats will be up for election.

16                                                        NORDMALM CLUSTER · ANNUAL REPORT 2033
'''
people = [P('Ingrid Lundström Pekkari','Chair','Nordmalm Cluster'),
 P('Niklas Öhman','Vice Chair','Nordmalm Cluster'),
 P('Aino Vuolab','Head of R&D','Tornedalens Stålverk AB'),
 P('Erik Johansson Mäkitalo','Professor of Mineral Processing','Luleå University of Technology'),
 P('Petra Sjöberg','Business Developer','Region Norrbotten'),
 P('Mattias Kuoksu','Managing Director','Arktiska Sensorer AB'),
 P('Lovisa Hedqvist-Strand','Partner','Bothnia Mining Law Advokatbyrå KB'),
 P('Tor-Henrik Nilsson','Plant Manager','Svartöns Hamnterminal AB'),
 P('Sara Paittari','Chair of the Young Professionals Network','Nordmalm Cluster'),
 P('Gunnar Wikström',None,'Malmbanan Logistik AB'),
 P('Helena Strandberg',None,'Notviken Energi-Service AB'),
 P('Bengt Aspholm','convener','Nordmalm Cluster'),
 P('Kristina Raattamaa',None,'Kiruna municipality'),
 P('Jonas Berglund',None,'Norrbottens Handelskammare'),
 P('Maria Ek','authorised public accountant','Revisionsbyrå Norrsken AB'),
 P('Per-Olof Nyberg','lay auditor','Nordmalm Cluster'),
 P('Johanna Westerlund','Cluster Director','Nordmalm Cluster'),
 P('Andreas Kemi','Deputy Director and head of the Kiruna office','Nordmalm Cluster'),
 P('Rebecka Lantto','Programme Manager, Fossil-Free Value Chains','Nordmalm Cluster'),
 P('Omar Haddad','Innovation Manager, Digital Mine','Nordmalm Cluster'),
 P('Elin Forsgren','Head of Finance and Administration','Nordmalm Cluster'),
 P('Ville Heikkilä','project manager','Nordmalm Cluster'),
 P('Moa Lindqvist','communications officer','Nordmalm Cluster'),
 P('Daniel Sundqvist',None,'Swedish Energy Agency')]
orgs = [O('Nordmalm Cluster','Nordmalm Kluster ek. för.'), O('Luleå University of Technology','LTU'),
 O('Gruvbolaget Råneträsk AB'), O('Kallax Maskin AB'), O('Tornedalens Stålverk AB'), O('Region Norrbotten'),
 O('Arktiska Sensorer AB'), O('Bothnia Mining Law Advokatbyrå KB'), O('Svartöns Hamnterminal AB'),
 O('Malmbanan Logistik AB'), O('Notviken Energi-Service AB'), O('Kiruna municipality'), O('Norrbottens Handelskammare'),
 O('Revisionsbyrå Norrsken AB'), O('Swedish Energy Agency'), O('Swedish Mining Innovation'),
 O('European Raw Materials Alliance','ERMA'), O('Vinnova')]
events = [E('Annual Meeting 2033','2033-04-25','2033-04-25','Luleå','Sweden'),
 E('strategy seminar','2033-09-04','2033-09-05','Gällivare','Sweden'),
 E('European Cluster Conference','2033','2033',None,None),
 E('Raw Materials Week','2033-11-13','2033-11-17','Brussels','Belgium'),
 E('Annual Meeting 2034','2034-04-24','2034-04-24','Kiruna','Sweden')]
dates = ['2033','2033-04-25','2032','2033/2035','2033-09-04/2033-09-05','2033-12-31','2029','2031','2033/2034','2025/2033','2027/2031','2027/2033',
 '2029-08-01','2033/2036','2033-03-01','2033-10','2033-06-30','2032/2035','2033-11-13/2033-11-17','2034-04-24','2034']
save(doc, text, None, people, orgs, events, dates, [])
