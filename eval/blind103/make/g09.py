from h import *
F = 'g09_umbria_call_info_day.md'
assert wd(2036,5,7)=='Wednesday' and wd(2036,5,21)=='Wednesday' and wd(2036,6,30)=='Monday' and wd(2036,4,22)=='Tuesday'
T = """**Sviluppo Umbria Innovazione** › Calls › Cluster Cross-Innovation Vouchers 2036

# Info day and Q&A session: Cluster Cross-Innovation Vouchers 2036

_News · 22 April 2036 · by the Calls Office_ · [EN] | [IT]

The Umbria Regional Development Agency (Sviluppo Umbria Innovazione, SUI) opened the second call for **Cluster Cross-Innovation Vouchers** on 15 April 2036. The call supports small and medium-sized companies that buy innovation services from a cluster organisation or research centre in a *different* sector from their own – for example a textile SME working with the agritech cluster on natural dyes. The total budget is EUR 2.4 million; vouchers range from EUR 15,000 to EUR 60,000.

To help applicants, the Agency organises an **info day in Perugia** and an **online Q&A session**.

## 1. Info day

- **When:** Wednesday 7 May 2036, 09:30–13:00
- **Where:** Sala dei Notari, Palazzo dei Priori, Perugia (and live stream)
- **Language:** Italian, with English slides

| Time | Item | Speaker |
|---|---|---|
| 09:30 | Welcome | Chiara Baldelli, Regional Councillor for Economic Development, Regione Umbria |
| 09:45 | The call in 20 minutes: aims, budget, eligible costs | Dr Lorenzo Fioriti, Head of the Calls Office, SUI |
| 10:15 | What the clusters offer | Francesca Pazzaglia (Umbria Aerospace Cluster), Matteo Brunelli (Umbria Agrifood Technology Cluster), Sara Tomassini (Cluster Moda Umbria) |
| 11:00 | Coffee break and cluster corners | |
| 11:30 | Lessons from the first call (2035): two case stories | Ceramiche Deruta Nova s.r.l.; Meccanica Valnerina s.p.a. |
| 12:15 | How to fill in the online form | Giacomo Rossi-Menichetti, IT Help Desk, SUI |
| 12:40 | Questions from the room | Moderator: Dr Lorenzo Fioriti |

Registration for the info day closes on 5 May 2036. Places in the room are limited to 180.

## 2. Online Q&A session

- **When:** Wednesday 21 May 2036, 15:00–16:30
- **Where:** Online (Zoom webinar; link sent after registration)
- **Format:** questions may be sent in advance to calls@sui.example.it until 19 May 2036; answers will be published in the FAQ.

## Key dates of the call

- 15 April 2036 – call opens
- 7 May 2036 – info day
- 21 May 2036 – online Q&A session
- **30 June 2036, 12:00 – deadline for applications**
- September 2036 – evaluation results
- 31 December 2037 – end of the implementation period

## Frequently asked questions (extract)

**Can a company apply for two vouchers?** No. One application per company (VAT number).

**Must the cluster be based in Umbria?** The service provider must be a cluster organisation recognised by Regione Umbria or a research organisation with a site in the region. Clusters from other regions may act as subcontractors up to 30% of the costs.

**Does a cluster label count?** Clusters with a label of the European Cluster Excellence Initiative (ECEI) receive three extra points.

**Is the recording of the info day available?** Yes, from 9 May on the Agency's YouTube channel, together with the slides in PDF.

## Contact

Calls Office – Sviluppo Umbria Innovazione
Via Don Bosco 11, 06121 Perugia
Help desk: Monday to Friday, 09:00–13:00 · +39 075 000 0000

*The call is financed by the Regional Programme ERDF 2035–2041 of Regione Umbria.*

---
Related: [Results of the first call](/calls/2035-results) · [Umbria cluster map](/clusters) · [Newsletter](/newsletter)
Tags: #clusters #innovation #vouchers #Umbria
"""
write(F, T)
S = "Sviluppo Umbria Innovazione"
gold(F,
 [P("Chiara Baldelli","Regional Councillor for Economic Development","Regione Umbria"),
  P("Lorenzo Fioriti","Head of the Calls Office","SUI"),
  P("Francesca Pazzaglia",None,"Umbria Aerospace Cluster"),
  P("Matteo Brunelli",None,"Umbria Agrifood Technology Cluster"),
  P("Sara Tomassini",None,"Cluster Moda Umbria"),
  P("Giacomo Rossi-Menichetti","IT Help Desk","SUI")],
 [O("Umbria Regional Development Agency","SUI"), O("Regione Umbria"), O("Umbria Aerospace Cluster"),
  O("Umbria Agrifood Technology Cluster"), O("Cluster Moda Umbria"), O("Ceramiche Deruta Nova s.r.l."),
  O("Meccanica Valnerina s.p.a."), O("European Cluster Excellence Initiative","ECEI")],
 [E("Info day","2036-05-07",None,"Perugia","Italy"),
  E("Online Q&A session","2036-05-21")],
 ["2036-04-22","2036-04-15","2036-05-07","2035","2036-05-05","2036-05-21","2036-05-19","2036-06-30","2036-09","2037-12-31",
  "2035/2041","2036-05-09"],
 [], pub="2036-04-22")
print(F, words(T))
