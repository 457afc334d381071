from common import *
FN = "TIMBER4CE_newsletter_no5-pdf.txt"
T = """
TIMBER4CE Newsletter #5                                              Interreg CENTRAL EUROPE
                                                                      Co-funded by the European Union

TIMBER4CE – Timber construction value chains for a
climate-neutral Central Europe
NEWSLETTER No. 5 · February 2035

IN THIS ISSUE                                  EDITORIAL
Partner meeting in Maribor ............ 1      Dear readers,
Study visit to Carinthia ............... 2     thirty months after our kick-off in Ljub-
Pilot actions: first results ........... 2    ljana, TIMBER4CE is entering its final
Save the date: final conference ....... 3     semester. Seven partners from five coun-
                                               tries have tested new ways of connecting
                                               sawmills, engineers and public builders,
                                               and the pilot buildings are now visible in
                                               the landscape. This issue looks back at
                                               our two most recent partner meetings and
                                               invites you to the final conference in
                                               Kraków.
                                               Dr. Mojca Kranjc, project coordinator,
                                               Alpine Timber Cluster Slovenia (ATCS)

PARTNER MEETING IN MARIBOR                     The fourth partner meeting took place
                                               on 14–15 November 2034 at the Faculty
of Civil Engineering of the University of      of Maribor. Twenty-three participants
discussed the state of the six pilot ac-      tions and agreed the structure of the
transnational strategy. The host, Prof.       Tadej Vrečko, presented the new fire-
safety test bench for cross-laminated          timber, which will be used by the Hun-
garian and Croatian pilots in spring.          On the second day, the partners visited
the construction site of a four-storey         kindergarten built entirely in timber by
Pohorje Gradnje d.o.o.                         The steering committee approved a budget
                                               shift of EUR 18,000 to communication.

                                                                                   1
----------------------------------------------------------------------------------------------------------
TIMBER4CE Newsletter #5                                              Interreg CENTRAL EUROPE

STUDY VISIT TO CARINTHIA                       PILOT ACTIONS: FIRST RESULTS
From 20 to 22 January 2035 a group of          • Hungary – the Zala County timber-
nineteen public procurers and architects       frame housing pilot, run by the Zala
travelled to Klagenfurt and Villach at         Timber Cluster (ZTC), signed its first
the invitation of Holzforum Drau, the          framework contract with three munici-
regional timber construction network.          palities on 3 December 2034.
They saw the Villach school campus and
the prefab hall of Drautal Holzbau GmbH.       • Croatia – the Slavonian oak residue
"Our procurers came home with a differ-       pilot of the Slavonian Oak Cluster
ent idea of what timber can do in pub-        (Slavonski hrastov klaster, SHK) produced
lic buildings," said Ivana Marković,           the first glulam beams from local hard-
manager of the Slavonian Oak Cluster.          wood; testing is ongoing at the
                                               University of Zagreb, Faculty of Forestry
The visit was prepared by Martin Sterneder     and Wood Technology.
of Holzforum Drau and by the
Carinthian Chamber of Commerce (WK Kärnten).    • Poland – the Małopolska Timber Clus-
A follow-up webinar for par-                   ter (MTC) trained 41 carpenters in
ticipants is planned for 12 March 2035.        connection details for mid-rise build-
                                               ings, together with the
                                               Kraków University of Technology.
LESSONS FROM THE FIRST MEETINGS
Looking back: the kick-off meeting in          • Slovenia – a digital "wood passport"
Ljubljana (6–7 September 2032), the           developed with the
second meeting in Zalaegerszeg (March          Jožef Stefan Institute is being tested in two sawmills.
2033) and the third in Osijek (2–3 Oct-
ober 2033) built the trust that now al-       • Austria – the Carinthian partner is
lows the partnership to work on joint         preparing the transferability guide
rules for public tenders.                      for the final report.

                                                                                   2
----------------------------------------------------------------------------------------------------------
TIMBER4CE Newsletter #5                                              Interreg CENTRAL EUROPE

SAVE THE DATE
TIMBER4CE Final Conference
"Building with wood: from pilots to policy"
Kraków, 21–22 May 2035
ICE Kraków Congress Centre, Hall C

Day 1 (21 May): presentation of the transnational strategy, keynote by Anna Wiśniewska-Krok, Deputy Director of
the Department of Regional Policy, Marshal's Office of the Małopolska Region; panel of mayors from the pilot
municipalities; evening reception.
Day 2 (22 May): study visit to the timber residential district in Nowa Huta; closing partner meeting (partners only).

Registration opens on 1 March 2035 on the project website. Participation is free of charge; travel support is
available for 15 participants from the pilot municipalities (apply by 31 March 2035).

THE PARTNERSHIP
Alpine Timber Cluster Slovenia (ATCS), Ljubljana – Lead Partner
University of Maribor, Faculty of Civil Engineering, Transportation Engineering and Architecture
Zala Timber Cluster (ZTC), Zalaegerszeg
Slavonian Oak Cluster (SHK), Osijek
Holzforum Drau, Klagenfurt
Małopolska Timber Cluster (MTC), Kraków
Marshal's Office of the Małopolska Region (associated partner)

Project duration: 1 September 2032 – 31 August 2035 · Budget EUR 2.1 million, of which ERDF EUR 1.68 million

Contact: Tina Golob, communication manager, ATCS · info@timber4ce.example
This newsletter reflects the authors' views only. The programme authorities are not liable for any use of the
information it contains.                                                                             3
"""
save_text(FN, T)
save_gold(FN, "2035-02",
 [P("Mojca Kranjc","project coordinator","Alpine Timber Cluster Slovenia"),
  P("Tadej Vrečko",None,"Faculty of Civil Engineering"),
  P("Ivana Marković","manager","Slavonian Oak Cluster"),
  P("Anna Wiśniewska-Krok","Deputy Director of the Department of Regional Policy","Marshal's Office of the Małopolska Region"),
  P("Martin Sterneder",None,"Holzforum Drau"),
  P("Tina Golob","communication manager","ATCS")],
 [O("Alpine Timber Cluster Slovenia","ATCS"),
  O("University of Maribor, Faculty of Civil Engineering, Transportation Engineering and Architecture"),
  O("University of Maribor"), O("Pohorje Gradnje d.o.o."), O("Zala Timber Cluster","ZTC"),
  O("Slavonian Oak Cluster","SHK"), O("University of Zagreb, Faculty of Forestry"), O("University of Zagreb"),
  O("Holzforum Drau"), O("Drautal Holzbau GmbH"), O("Carinthian Chamber of Commerce","WK Kärnten"),
  O("Małopolska Timber Cluster","MTC"), O("Jožef Stefan Institute"), O("Kraków University of Technology"), O("Marshal's Office of the Małopolska Region"),
  O("European Union")],
 [E("fourth partner meeting","2034-11-14","2034-11-15","Maribor","Slovenia"),
  E("Study visit to Carinthia","2035-01-20","2035-01-22","Klagenfurt, Villach","Austria"),
  E("follow-up webinar","2035-03-12",None,None,None),
  E("kick-off meeting","2032-09-06","2032-09-07","Ljubljana","Slovenia"),
  E("second meeting","2033-03",None,"Zalaegerszeg","Hungary"),
  E("third meeting","2033-10-02","2033-10-03","Osijek","Croatia"),
  E("TIMBER4CE Final Conference","2035-05-21","2035-05-22","Kraków","Poland")],
 ["2035-02","2034-11-14/2034-11-15","2035-01-20/2035-01-22","2034-12-03","2035-03-12","2032-09-06/2032-09-07",
  "2033-03","2033-10-02/2033-10-03","2035-05-21/2035-05-22","2035-05-21","2035-05-22","2035-03-01","2035-03-31",
  "2032-09-01/2035-08-31"],
 [])
