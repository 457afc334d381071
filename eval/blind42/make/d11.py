from common import *
t = """ADRIATIC-IONIAN CLUSTER ALLIANCE (AICA)
News – Governance

Split hands over to Kotor: AICA presidency rotates for 2034–2035

Kotor / Split, 9 January 2034 – On 1 January 2034 the rotating presidency of the Adriatic-Ionian Cluster Alliance passed from the Dalmatian Blue Tourism Cluster (Split, Croatia) to the Boka Maritime Cluster (Kotor, Montenegro). Under the Alliance's rules, the presidency rotates every two years among the member clusters in alphabetical order of country, and the outgoing president's cluster keeps a seat as first vice-chair for the following term.

The new chair of the Alliance is Vesna Radulović-Đurović, director of the Boka Maritime Cluster since 2028 and former harbour master of the Port of Kotor. She takes over from Ante Bilić-Perković, president of the Dalmatian Blue Tourism Cluster, who chaired AICA in 2032–2033.

Vice-chairs for 2034–2035:
• first vice-chair: Ante Bilić-Perković (Dalmatian Blue Tourism Cluster, Croatia)
• vice-chair for research: Prof. Eleni Vlachou-Raptis, University of Patras (Greece)
• vice-chair for internationalisation: Arben Kola, executive director, Vlora Coastal Business Cluster (Albania)
• vice-chair for young entrepreneurs: Giulia Trevisan, founder of Salento Yachting Hub S.r.l. (Italy)

The Alliance secretariat stays in Split with Tihana Matošić as secretary general; the finance officer, Damir Pavlović, moves to Kotor for the term.

Outgoing chair: "We doubled our members"

Reviewing his term at the handover meeting held on 18 December 2033 in Split, Ante Bilić-Perković said that AICA grew from 11 to 22 member clusters in two years and obtained its first joint project under the Interreg IPA Adriatic-Ionian programme. "Two years is short. The rotation keeps everybody on board, but it also means that every chair must finish what the previous one started – and I will help Vesna do that."

Incoming chair: three priorities

Vesna Radulović-Đurović set out three priorities for her term: a common charter for low-impact cruise and yachting services, a shared training academy for marina staff, and a stronger voice for the region in the EU Strategy for the Adriatic and Ionian Region (EUSAIR). "Our small clusters are strongest when they speak as one," she said.

How the rotation works

The rotating presidency was introduced when the Alliance was founded in 2026 by six clusters, to make sure that no single country would dominate it. Each presiding cluster hosts the General Council twice, sets the theme of the annual meeting and represents AICA towards the EUSAIR pillars and the Interreg programmes. The secretariat provides continuity between terms and keeps the common tools – the membership database, the events calendar and the project pipeline.

Key outcomes of the 2032–2033 presidency, as approved by the General Council:
- 11 new member clusters from five countries
- first joint Interreg project, BLUEHARBOURS, approved in October 2033
- a common membership database and a shared events calendar
- a memorandum of understanding with the Ionian Tourism Chamber of Corfu

Upcoming
- AICA General Council, 14–15 May 2034, Kotor
- EUSAIR Annual Forum, 2034 (date to be confirmed) – AICA will hold a side event
- Call for the 2036 presidency: expressions of interest from member clusters by 30 September 2035

Contact: secretariat@aica-alliance.example
"""
save("AICA_news_presidency-rotation-2034.txt", t, "2034-01-09",
 people=[P("Vesna Radulović-Đurović","chair","Adriatic-Ionian Cluster Alliance"),
  P("Ante Bilić-Perković","president","Dalmatian Blue Tourism Cluster"),
  P("Eleni Vlachou-Raptis","vice-chair for research","Adriatic-Ionian Cluster Alliance"),
  P("Arben Kola","vice-chair for internationalisation","Adriatic-Ionian Cluster Alliance"),
  P("Giulia Trevisan","vice-chair for young entrepreneurs","Adriatic-Ionian Cluster Alliance"),
  P("Tihana Matošić","secretary general","Adriatic-Ionian Cluster Alliance"),
  P("Damir Pavlović","finance officer","Adriatic-Ionian Cluster Alliance")],
 orgs=[O("Adriatic-Ionian Cluster Alliance","AICA"),O("Dalmatian Blue Tourism Cluster"),O("Boka Maritime Cluster"),
  O("Port of Kotor"),O("University of Patras"),O("Vlora Coastal Business Cluster"),O("Salento Yachting Hub S.r.l."),
  O("Ionian Tourism Chamber of Corfu")],
 events=[E("handover meeting","2033-12-18",None,"Split","Croatia"),
  E("AICA General Council","2034-05-14","2034-05-15","Kotor","Montenegro"),
  E("EUSAIR Annual Forum","2034")],
 dates=["2026","2034/2035","2034-01-09","2034-01-01","2028","2032/2033","2033-12-18","2033-10","2034-05-14/2034-05-15","2034","2035-09-30"],
 km=["11 new member clusters from five countries","first joint Interreg project, BLUEHARBOURS, approved in October 2033",
     "a common membership database and a shared events calendar","a memorandum of understanding with the Ionian Tourism Chamber of Corfu"])
