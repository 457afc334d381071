from h import *
F = 'g02_heilbronn_eurocluster_open_call.md'
assert wd(2039,9,15)=='Thursday' and wd(2039,11,30)=='Wednesday' and wd(2039,10,7)=='Friday' and wd(2040,1,25)=='Wednesday'
T = """[Home](/) · [About ALTEC-EU](/about) · [Open calls](/calls) · [Events](/events) · [Partners](/partners) · [Contact](/contact)

# Open Call 2: Retrofit vouchers for machinery SMEs

*ALTEC-EU – Alliance for Low-Emission Tooling and Engineering Clusters · Eurocluster co-funded by the Single Market Programme*

Published: 1 September 2039 · Last update: 22 September 2039

**Status: OPEN** · Deadline: **30 November 2039, 17:00 CET** · Budget: EUR 1.2 million · Up to EUR 60,000 per SME

---

## What is this call about?

ALTEC-EU brings together six cluster organisations from the machinery, tooling and metalworking value chain. With this second open call the partners offer financial support to third parties: small and medium-sized enterprises can receive a voucher to retrofit an existing production line with low-emission drives, heat recovery or digital energy monitoring, carried out together with a technology provider from another EU country.

The first call, closed in February 2039, funded 27 SMEs in nine countries. Evaluators noted that the best proposals came from companies that had already measured their energy use before applying.

## Who can apply?

Eligible are SMEs (as defined in Commission Recommendation 2003/361/EC) that:

- are established in an EU Member State or a country associated to the Single Market Programme;
- operate in manufacturing of machinery, tools, metal components or plastics processing;
- have not received more than EUR 60,000 from other Euroclusters' calls;
- team up with at least one technology provider established in a different country.

Large companies, universities and cluster organisations cannot be applicants, but they can act as technology providers.

## The consortium

The call is run by the six ALTEC-EU partners:

1. WiT Werkzeugbau-Initiative Heilbronn-Franken e.V. (coordinator), Heilbronn, Germany
2. Cluster Mecatrónica de Castilla-La Mancha, Ciudad Real, Spain
3. Pôle Mecanic Vallée, Figeac, France
4. Klaster Metalowy Śląska Opolskiego, Opole, Poland
5. Polo Tecnologico Pordenone – PTP, Italy
6. Strojarski klaster Slavonije, Slavonski Brod, Croatia

## How to apply

Proposals are submitted through the online form on this page. Each proposal needs a short technical description (maximum 8 pages), a budget table and a letter of commitment from the technology provider. Evaluation is carried out by two independent experts per proposal; results are communicated by 25 January 2040 and projects start on 1 February 2040 at the latest.

## Info sessions

- **Online info day** – Thursday 15 September 2039, 10:00–11:30 CET (recording available)
- **Matchmaking session for technology providers** – Friday 7 October 2039, 14:00–16:00 CET, online
- **Open Q&A clinic** at the A+A trade fair, Düsseldorf, 27 October 2039, booth of Enterprise Europe Network Baden-Württemberg

At the online info day, call manager Dr. Annette Pfisterer-Köhl (WiT) presented the evaluation criteria and Bartłomiej Zaręba, innovation advisor at Klaster Metalowy Śląska Opolskiego, showed two examples of first-call projects. Rocío Gil-Navarro of the Castilla-La Mancha cluster explained the rules on subcontracting.

## Key facts at a glance

- Funding rate: 100% of eligible costs, lump sum per milestone
- Duration of projects: 6 to 9 months
- Reporting: one interim and one final report
- Language of proposals: English

## Frequently asked questions

**Can two SMEs apply together?** No, each proposal has one SME applicant; several SMEs may however share one technology provider.

**Is VAT eligible?** Only where it cannot be recovered under national law.

**Can I apply if my company took part in the first call?** Yes, provided the new project addresses a different production line and the total stays under the ceiling.

## Contact

Helpdesk: opencall@altec-eu.example.eu · Call manager: Dr. Annette Pfisterer-Köhl, +49 7131 000 000

---

*Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs Executive Agency (EISMEA). Neither the European Union nor the granting authority can be held responsible for them.*

[Privacy](/privacy) · [Imprint](/imprint) · © ALTEC-EU 2039
"""
write(F, T)
W="WiT Werkzeugbau-Initiative Heilbronn-Franken e.V."
gold(F,
 [P("Annette Pfisterer-Köhl","call manager",W),
  P("Bartłomiej Zaręba","innovation advisor","Klaster Metalowy Śląska Opolskiego"),
  P("Rocío Gil-Navarro",None,"Cluster Mecatrónica de Castilla-La Mancha")],
 [O(W,"WiT"),
  O("Cluster Mecatrónica de Castilla-La Mancha"), O("Pôle Mecanic Vallée"), O("Klaster Metalowy Śląska Opolskiego"),
  O("Polo Tecnologico Pordenone","PTP"), O("Strojarski klaster Slavonije"),
  O("Enterprise Europe Network Baden-Württemberg"), O("European Innovation Council and SMEs Executive Agency","EISMEA")],
 [E("Online info day","2039-09-15",None,None,None),
  E("Matchmaking session for technology providers","2039-10-07",None,None,None),
  E("Open Q&A clinic","2039-10-27",None,"Düsseldorf","Germany"),
  E("A+A trade fair","2039-10-27",None,"Düsseldorf","Germany")],
 ["2039-09-01","2039-09-22","2039-11-30","2039-02","2040-01-25","2040-02-01","2039-09-15","2039-10-07","2039-10-27"],
 [], pub="2039-09-01")
