from common import *
FN = "NOTICE_postponement_Debrecen-Pharma-Forum-2033.txt"
T = """
HAJDÚ PHARMA CLUSTER · HPC
Hírek / News  >  Events  >  Notice of postponement

*** IMPORTANT NOTICE — NEW DATES ***

4th Debrecen Pharma & Biotech Forum postponed to 11–12 October 2033

Debrecen, 23 May 2033 — The Hajdú Pharma Cluster (Hajdú Gyógyszeripari Klaszter, HPC) informs members, speakers,
sponsors and registered participants that the 4th Debrecen Pharma & Biotech Forum, originally planned for
14–15 June 2033 at the Kölcsey Center in Debrecen, has been postponed. The Forum will now take place on
Tuesday 11 and Wednesday 12 October 2033, at the same venue.

Why the change?

The decision was taken by the Presidium of the cluster at its extraordinary meeting on 19 May 2033. Two reasons led
to it. First, the opening of the new biologics plant of our member Alföld Biologics Zrt., which was to be the
centrepiece of the site visits on the second day, has been moved to the end of the summer; visiting an empty building
site would not have been what we promised you. Second, the dates in June clashed with the BIO International Convention,
which several of our international speakers will attend.

"We are sorry for the inconvenience. We preferred to move the Forum rather than offer a weaker programme," said
Dr. Kovácsné Szabó Judit, president of HPC and research director of Hajdú Gyógyszergyártó Kft. "In October the plant
will be running, and the speakers we wanted will be with us."

What does this mean for you?

• Registered participants: your registration remains valid for the new dates. You do not need to do anything. If
  you cannot attend in October, you can ask for a full refund until 31 July 2033 (write to forum@hpc.example).
• Speakers: the programme committee will contact each of you by 9 June 2033 to confirm your slot. The keynote by
  Prof. Dr. Bálint Nagy-Erdős (University of Debrecen, Faculty of Pharmacy) and the panel chaired by Dr. Henrik
  Lindholm, head of external innovation at NordPharm A/S, are both confirmed for October.
• Exhibitors and sponsors: stand positions are kept. Invoices already paid remain valid.
• Hotels: the block booking at Aquaticum Hotel has been cancelled free of charge; a new block for 10–12 October 2033
  will open on 15 June 2033.

Dates that do NOT change

• The B2B matchmaking that HPC organises with the Enterprise Europe Network (EEN) Hungary — originally planned as part
  of the Forum — will now run online on 15 June 2033 as a stand-alone session, so that partnership requests already
  submitted can be handled. Registration on the EEN platform until 12 June 2033.
• The pre-Forum workshop "GMP for start-ups" with the Hungarian National Institute of Pharmacy (OGYÉI) stays on
  13 June 2033 in Debrecen, at the Science Park of the University of Debrecen.
• The cluster's general assembly stays on 30 June 2033 (online).

New timeline

Old date                    New date
14 June 2033 (Forum day 1)  11 October 2033
15 June 2033 (Forum day 2)  12 October 2033
Site visits 15.06.2033      Site visits 12.10.2033
Early-bird fee until        Early-bird fee until
 15 May 2033 (closed)        31 August 2033 (reopened)

The Forum is supported by the Hungarian Investment Promotion Agency (HIPA), the City of Debrecen and the
Hajdú-Bihar County Chamber of Commerce and Industry (HBKIK).

Contact: Tóth Ádám, cluster manager, Hajdú Pharma Cluster, 4032 Debrecen, Egyetem tér 1.
Press: Varga Eszter, communications officer, +36 52 000 000
"""
save_text(FN, T)
save_gold(FN, "2033-05-23",
 [P("Kovácsné Szabó Judit","president","HPC"),
  P("Bálint Nagy-Erdős",None,"University of Debrecen, Faculty of Pharmacy"),
  P("Henrik Lindholm","head of external innovation","NordPharm A/S"),
  P("Tóth Ádám","cluster manager","Hajdú Pharma Cluster"),
  P("Varga Eszter","communications officer",None)],
 [O("Hajdú Pharma Cluster","HPC"), O("Alföld Biologics Zrt."),
  O("Hajdú Gyógyszergyártó Kft."), O("University of Debrecen"), O("Faculty of Pharmacy"), O("NordPharm A/S"),
  O("Enterprise Europe Network","EEN"), O("Hungarian National Institute of Pharmacy","OGYÉI"),
  O("Science Park of the University of Debrecen"), O("Hungarian Investment Promotion Agency","HIPA"),
  O("City of Debrecen"), O("Hajdú-Bihar County Chamber of Commerce and Industry","HBKIK")],
 [E("4th Debrecen Pharma & Biotech Forum","2033-10-11","2033-10-12","Debrecen","Hungary"),
  E("extraordinary meeting of the Presidium","2033-05-19",None,None,None),
  E("BIO International Convention","2033-06",None,None,None),
  E("B2B matchmaking","2033-06-15",None,None,None),
  E("pre-Forum workshop \"GMP for start-ups\"","2033-06-13",None,"Debrecen","Hungary"),
  E("general assembly","2033-06-30",None,None,None)],
 ["2033-10-11/2033-10-12","2033-05-23","2033-06-14/2033-06-15","2033-10-11","2033-10-12","2033-05-19","2033-07-31",
  "2033-06-09","2033-10-10/2033-10-12","2033-06-15","2033-06-12","2033-06-13","2033-06-30","2033-06-14","2033-05-15",
  "2033-08-31","2033-06"],
 [])
