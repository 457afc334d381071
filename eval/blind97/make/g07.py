from h import *
F = 'g07_circular_textiles_call.txt'
assert wd(2038,1,20)=='Wednesday' and wd(2038,3,31)=='Wednesday' and wd(2038,2,3)=='Wednesday'
T = """Skip to content
Lombardy Textile Innovation Cluster – Calls
Home  About  Members  Calls  Events  Publications  Contacts  IT | EN
Cookie notice: we use technical cookies and, with your consent, analytics cookies. Accept  Decline  Customise

Home › Calls › Open calls › ReLoop Textiles – Open Call 2 for SMEs

ReLoop Textiles – Open Call 2 for SMEs
Status: OPEN
Published: 7 December 2037 | Last update: 12 January 2038

Share: LinkedIn | X | Facebook | Email

Up to EUR 60,000 per SME for circular textile pilots

The ReLoop Textiles consortium, coordinated by the Lombardy Textile Innovation Cluster (Cluster Tessile Innovativo Lombardo, CTIL), is opening its second call for small and medium-sized enterprises from the textile, clothing and recycling value chain. The call finances pilots that close material loops: sorting and fibre-to-fibre recycling, design for disassembly, digital product passports and take-back services. A total of EUR 1.2 million is available through cascade funding (financial support to third parties).

At a glance
Call identifier: RLT-OC2-2038
Opening date: 7 December 2037
Deadline: 31 March 2038, 17:00 CEST (Brussels time)
Evaluation: April – May 2038
Notification of results: by 15 June 2038
Pilot start: 1 July 2038
Pilot duration: up to 9 months
Budget: EUR 1,200,000; up to 20 pilots
Funding per SME: up to EUR 60,000 (lump sum, 70% funding rate)

Who can apply?
Single SMEs or pairs of SMEs established in an EU Member State or a country associated to the programme. At least one SME per application must be active in textiles or clothing manufacturing. Organisations that received funding in Open Call 1 cannot apply as coordinator.

What is funded?
- Technical pilots of recycling or sorting technologies at industrial scale
- Redesign of a product line for durability, repair or disassembly
- Digital product passport pilots with at least one brand and one recycler
- Coaching by ReLoop partners (10 days per pilot, free of charge)

How to apply
Applications are submitted in English through the online portal. The proposal template, guide for applicants and FAQ are available below.
Guide for applicants (PDF, 1.1 MB)
Proposal template (DOCX, 240 KB)
FAQ – version of 12 January 2038 (PDF)
Apply now

Info webinars
Info webinar #1 – Wednesday, 20 January 2038, 11:00–12:30 CET
Speakers: Chiara Benedetti, Call Manager, CTIL; Dr. Tobias Kreuzer, Head of Circular Materials, Hohenstein Textile Institute; Anna Wiśniewska, Legal and Financial Officer, Łódź Textile Cluster
Info webinar #2 – Wednesday, 3 February 2038, 15:00–16:30 CET (with pitches from Open Call 1 pilots)
Recordings will be published on this page.
Register for webinar #1
Register for webinar #2

Matchmaking
Looking for a partner SME? Our matchmaking day at ComoTex Innovation Hub, Como, takes place on 24 February 2038 and is also open online. Partner profiles can be posted on the ReLoop partner board until 10 March 2038.

Open Call 1 in numbers
In Open Call 1 (closed on 30 June 2037), 143 proposals from 17 countries were received and 18 pilots selected. Among them: Filati Rigenerati Brianza Srl, which now recovers 40 tonnes of wool a year, and Texcycle Porto Lda, which built a near-infrared sorting line with Citeve.

Consortium
Lombardy Textile Innovation Cluster (IT, coordinator)
Hohenstein Textile Institute (DE)
Łódź Textile Cluster (PL)
Citeve – Technological Centre for the Textile and Clothing Industries of Portugal (PT)
Centexbel (BE)
EURATEX – European Apparel and Textile Confederation (BE)

Contact
Helpdesk: opencall@reloop.example.eu (answers within 3 working days)
Chiara Benedetti, Call Manager
Cluster Tessile Innovativo Lombardo, Viale Sarca 1, Milan

This project has received funding from the European Union's Horizon Europe research and innovation programme. Views and opinions expressed are those of the author(s) only.

Related calls
ReLoop Open Call 1 (closed)
Circular Fashion Vouchers Lombardy 2037 (closed)
See all calls

Privacy policy | Cookie policy | Legal notes | Site map
"""
write(F, T)
C = "CTIL"
gold(F,
 [P("Chiara Benedetti","Call Manager",C), P("Tobias Kreuzer","Head of Circular Materials","Hohenstein Textile Institute"),
  P("Anna Wiśniewska","Legal and Financial Officer","Łódź Textile Cluster")],
 [O("Lombardy Textile Innovation Cluster",C), O("Hohenstein Textile Institute"), O("Łódź Textile Cluster"),
  O("Filati Rigenerati Brianza Srl"), O("Texcycle Porto Lda"),
  O("Citeve – Technological Centre for the Textile and Clothing Industries of Portugal"), O("Centexbel"),
  O("European Apparel and Textile Confederation","EURATEX"), O("ComoTex Innovation Hub"), O("European Union")],
 [E("Info webinar #1","2038-01-20",None,None,None), E("Info webinar #2","2038-02-03",None,None,None),
  E("matchmaking day","2038-02-24",None,"Como","Italy")],
 ["2037-12-07","2038-01-12","2038-03-31","2038-04/2038-05","2038-06-15","2038-07-01","2038-01-20","2038-02-03","2038-02-24","2038-03-10","2037-06-30"],
 [], "2037-12-07")
