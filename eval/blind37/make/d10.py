from common import *
doc = "news-info-day-blue-bioeconomy-call-2034.txt"
write(doc, """
Lezíria Azul Cluster | News | Events | Members | Projects | Contacts
Home / News / Info day: Blue Bioeconomy Innovation call

INFO DAY: BLUE BIOECONOMY INNOVATION CALL OPENS FOR SMES AND CLUSTERS
Posted on 06/02/2034 by Rita Sequeira Amaral | 4 min read | Share: LinkedIn · Facebook · E-mail

Lisbon – The Lezíria Azul – Cluster do Mar de Lisboa e Vale do Tejo will hold an information day on the new Blue
Bioeconomy Innovation call on Tuesday, 28 February 2034, from 10:00 to 13:00, at the Pavilhão do Conhecimento in
Lisbon and online. The call, managed by the Fundo Azul with resources of the Portuguese recovery plan and of the
regional programme, will fund demonstration projects on algae, marine biotechnology, sustainable aquaculture and the
valorisation of fish by-products.

"Many of our members have good results from the lab but no money to go to the pilot. This call is precisely for that
step," said Filipe Tavares de Almeida, executive director of the cluster.

WHO CAN APPLY
Consortia of at least two SMEs, optionally with a research centre or a cluster organisation. Each project can receive
between €150,000 and €750,000, with a funding rate of up to 70 % for small companies.

KEY DATES
• Call opens: 15 February 2034
• Info day: 28 February 2034 (Lisbon and online)
• Partner-search webinar: 14 March 2034, 16:00 Lisbon time
• Deadline for questions: 10 April 2034
• Submission deadline: 30 April 2034, 17:00 (Lisbon time)
• Evaluation results: July 2034
• Projects start: from 1 October 2034, duration 18–24 months

PROGRAMME OF THE INFO DAY
10:00 Welcome – Filipe Tavares de Almeida, Lezíria Azul
10:15 The call in detail – Catarina Lobo Mendes, head of unit, Direção-Geral de Política do Mar (DGPM)
11:00 Eligible costs and state aid – João Pedro Figueira, ANI – Agência Nacional de Inovação
11:30 Testimonies: AlgaNova, Lda. and Peixe+ Biotech, S.A. on projects funded in the 2032 pilot round
12:15 Partner pitches (3 minutes each, registration required)
12:45 Individual consultations

The info day is organised with the support of the Enterprise Europe Network (EEN) and the University of Lisbon's
MARE – Marine and Environmental Sciences Centre. Places in the room are limited to 120; registration closes on
24 February 2034.

FREQUENTLY ASKED QUESTIONS
Can a cluster organisation be the lead applicant? No; the lead must be an SME. Clusters may be partners and can
receive up to 15 % of the project budget.
Are companies from outside the region eligible? Yes, as partners, if the demonstration takes place in the Lisbon and
Tagus Valley region.
Will the presentations be shared? Yes, slides and the recording will be posted on this page after the info day.

RELATED EVENT
On 14 March the cluster's partner-search webinar will give each interested company two minutes to present its idea.
A list of project ideas will be circulated among members before the webinar.

Contacts: Rita Sequeira Amaral, communications, Lezíria Azul · info@leziriaazul-cluster.example

Related news
› Lezíria Azul at Seafood Expo Global, Barcelona – 12.01.2034
› New board elected for 2034–2036 – 20.12.2033

© Lezíria Azul 2034 · Privacy · Cookies
""")
gold(doc, "2034-02-06",
 [P("Rita Sequeira Amaral","communications","Lezíria Azul"),
  P("Filipe Tavares de Almeida","executive director","Lezíria Azul"),
  P("Catarina Lobo Mendes","head of unit","Direção-Geral de Política do Mar"),
  P("João Pedro Figueira",None,"ANI – Agência Nacional de Inovação")],
 [O("Lezíria Azul – Cluster do Mar de Lisboa e Vale do Tejo","Lezíria Azul"),
  O("Direção-Geral de Política do Mar","DGPM"), O("ANI – Agência Nacional de Inovação","ANI"),
  O("AlgaNova, Lda."), O("Peixe+ Biotech, S.A."), O("Enterprise Europe Network","EEN"),
  O("University of Lisbon"), O("MARE – Marine and Environmental Sciences Centre","MARE")],
 [E("Info day: Blue Bioeconomy Innovation call","2034-02-28",None,"Lisbon","Portugal"),
  E("Partner-search webinar","2034-03-14",None,None,None),
  E("Seafood Expo Global",None,None,"Barcelona","Spain")],
 ["2034-02-06","2034-02-28","2034-02-15","2034-03-14","2034-04-10","2034-04-30","2034-07","2034-10-01",
 "2034-02-24","2034-01-12","2034/2036","2033-12-20"])
