from h import *
F = 'g04_oulu_cluster_voucher_call.txt'
assert wd(2037,5,6)=='Wednesday' and wd(2037,5,20)=='Wednesday' and wd(2037,6,11)=='Thursday' and wd(2037,4,27)=='Monday'
T = """BusinessOulu – Call for proposals
https://www.businessoulu.example.fi/en/calls/arctic-cluster-innovation-vouchers-2037

Home / Services for companies / Funding and calls / Arctic Cluster Innovation Vouchers 2037

[Suomeksi] [In English]

ARCTIC CLUSTER INNOVATION VOUCHERS 2037
Call for proposals – small joint projects between cluster member companies and research organisations

Published: 27.4.2037 | Updated: 4.5.2037 (info session link added)

BusinessOulu, the City of Oulu's business development company, opens the third round of the Arctic Cluster Innovation Vouchers. The vouchers help small and medium-sized companies that belong to one of the region's four recognised clusters – ICT and 6G, health technology, cleantech and the forest-based bioeconomy – to buy research and development services from universities and research institutes.

The call is funded by the Council of Oulu Region from the regional development allocation, with co-financing from the City of Oulu. The total budget of the round is EUR 1.2 million.

WHAT IS FUNDED
- Feasibility studies, testing and validation of a new product, service or process
- Access to research infrastructure (laboratories, test networks, pilot plants)
- Joint development work of at least two companies from the same cluster or from two different clusters
- Expert services for standardisation, certification or intellectual property

WHO CAN APPLY
Companies with fewer than 250 employees that have an establishment in North Ostrobothnia and are members of at least one of the following clusters:
  * Oulu 6G & ICT Cluster
  * OuluHealth Ecosystem
  * Arctic Cleantech Cluster
  * Northern Bioeconomy Cluster

The service provider must be a research organisation, for example the University of Oulu, Oulu University of Applied Sciences or VTT Technical Research Centre of Finland. A company may receive at most two vouchers in the round.

FUNDING
Small voucher: up to EUR 10,000, no own contribution required.
Large voucher: EUR 10,001 – 40,000; the company pays 25% of the costs.
Joint voucher (two or more companies): up to EUR 60,000; the companies together pay 25%.

KEY DATES
27 April 2037         Call opens
Wed 6 May 2037        Online info session, 14:00–15:30 (EET)
Wed 20 May 2037       Matchmaking morning for companies and research providers, Oulu
11 June 2037 at 16:00 Deadline for proposals (first cut-off)
end of June 2037      Decisions on the first cut-off
1 October 2037        Second cut-off (if funds remain)
31 December 2038      Latest end date of funded projects

INFO SESSION
The info session on Wednesday 6 May will be held on Teams. Programme:
14:00  Welcome – Riikka Ojala-Vähäkangas, Development Director, BusinessOulu
14:10  The voucher rules in practice – Juho Kangas, Senior Specialist, BusinessOulu
14:40  What research providers can offer – Dr. Sanna-Maria Heikkilä, Head of Business Collaboration, University of Oulu
15:00  Lessons from round two – Mikko Pesonen, CEO, Polarsense Oy
15:15  Questions and answers
Registration: by 5 May via the link below. The session will be recorded.

MATCHMAKING MORNING
On Wednesday 20 May 2037, 8:30–12:00, companies interested in the call can meet research providers in short pre-booked meetings at Business Kitchen, Oulu. The morning is organised together with Enterprise Europe Network Finland and the Oulu Chamber of Commerce. Breakfast is served from 8:00.

HOW TO APPLY
Proposals are submitted in the electronic service at www.businessoulu.example.fi/vouchers. The proposal must include:
1. a short project plan (max. 4 pages) with objectives, work plan and budget;
2. an offer from the research organisation;
3. a confirmation of cluster membership signed by the cluster manager;
4. a de minimis declaration.

Proposals will be assessed by an evaluation panel of BusinessOulu, the Council of Oulu Region and two external experts. Criteria: novelty (30%), business potential (30%), quality of the cooperation (20%) and feasibility (20%). Applicants can be asked for additional information.

In round two (autumn 2036) 41 vouchers were granted out of 96 proposals. 

CONTACTS
Juho Kangas
Senior Specialist, Innovation Funding
BusinessOulu
juho.kangas@businessoulu.example.fi
tel. +358 40 000 0000

Aino Rautio
Coordinator, cluster services
BusinessOulu
aino.rautio@businessoulu.example.fi

Privacy notice for applicants (PDF) | Call text (PDF, 312 kB) | Application form (DOCX)

Share:  Facebook  LinkedIn  X  WhatsApp

BusinessOulu Oy  •  Elektroniikkatie 8, 90590 Oulu  •  Part of the City of Oulu group
Accessibility statement  •  Cookie settings  •  Feedback
"""
write(F, T)
B = "BusinessOulu"
gold(F,
 [P("Riikka Ojala-Vähäkangas","Development Director",B), P("Juho Kangas","Senior Specialist",B),
  P("Sanna-Maria Heikkilä","Head of Business Collaboration","University of Oulu"),
  P("Mikko Pesonen","CEO","Polarsense Oy"), P("Aino Rautio","Coordinator, cluster services",B)],
 [O(B), O("City of Oulu"), O("Council of Oulu Region"), O("Oulu 6G & ICT Cluster"), O("OuluHealth Ecosystem"),
  O("Arctic Cleantech Cluster"), O("Northern Bioeconomy Cluster"), O("University of Oulu"),
  O("Oulu University of Applied Sciences"), O("VTT Technical Research Centre of Finland"), O("Polarsense Oy"),
  O("Enterprise Europe Network Finland"), O("Oulu Chamber of Commerce")],
 [E("Online info session: Arctic Cluster Innovation Vouchers 2037","2037-05-06",None,None,None),
  E("Matchmaking morning for companies and research providers","2037-05-20",None,"Oulu","Finland")],
 ["2037-04-27","2037-05-04","2037-05-06","2037-05-20","2037-06-11","2037-06","2037-10-01","2038-12-31","2037-05-05","2036"],
 [], "2037-04-27")
