"""10: a training academy for cluster managers (Belfast, Northern Ireland) with five modules, a study trip, an exam day
and a certificate ceremony (Markdown)."""
from h import *
def r(y, m, d1, d2): return f"{wd(y,m,d1)} {d1} – {wd(y,m,d2)} {d2} {mon(m)} {y}"
t = f"""# Cluster Management Academy 2034

**Northern Ireland Cluster Network (NICN) · in partnership with Ulster University Business School**

> Applications for the 2034 cohort are open until **15 December 2033**. Twenty places.

The Cluster Management Academy is a part-time programme for people who run cluster organisations, industry networks and
innovation partnerships. Over five months, participants work through five two-day modules, visit a leading cluster in
Scotland, complete a practical assignment on their own organisation and sit a written and oral exam. Those who pass receive
the *Certificate in Cluster Management* (20 CATS points at Level 7) awarded by Ulster University.

The Academy is led by **Dr. Siobhán McCann-Doherty**, Senior Lecturer in Regional Economics at Ulster University, and
**Conor Fitzsimons**, Director of the Northern Ireland Cluster Network.

## Modules

| Module | Dates | Topic | Place | Lead trainer |
|---|---|---|---|---|
| 1 | {r(2034,2,7,8)} | Cluster strategy and the role of the cluster manager | Belfast, Ulster University (city campus) | Dr. Siobhán McCann-Doherty |
| 2 | {r(2034,3,14,15)} | Services for members: from matchmaking to joint procurement | Belfast | Prof. Dr. Ulrike Meyer-Brandis, Stuttgart |
| 3 | {r(2034,4,18,19)} | Funding, finance and business models of cluster organisations | online (Teams) | Aoife Gallagher, Invest Northern Ireland |
| 4 | {r(2034,5,16,17)} | Study trip: internationalisation and cluster partnerships | Glasgow | hosted by Scottish Enterprise |
| 5 | {r(2034,6,13,14)} | Measuring impact, reporting and the cluster excellence labels | Derry~Londonderry, Magee campus | Jan-Willem van den Akker, ESCA-certified benchmarking expert |

Each module runs from 09:30 on the first day to 15:30 on the second, with a networking dinner on the evening of the first
day in Belfast and Derry~Londonderry.

### Module 4 in detail

The study trip to Glasgow starts with a visit to the National Manufacturing Institute Scotland (NMIS) on the Tuesday morning.
In the afternoon, the Scottish Cluster Managers' Forum meets the Academy participants for a joint session. On Wednesday the
group visits two cluster organisations in the life sciences and the space sector and returns to Belfast on the evening ferry.

## Exam day

**{wd(2034,6,29)} 29 June 2034, Belfast (Ulster University, room BC-02-210)**

- 09:30–11:30 written exam (case study)
- from 13:00 oral presentations of the practical assignments (20 minutes each, panel of two examiners)

The assignment – an improvement plan for the participant's own cluster organisation – is submitted by 16 June 2034.
Resits are possible on 14 September 2034.

## Certificate ceremony

Certificates are presented on {wd(2034,9,21)} 21 September 2034 at the **Northern Ireland Cluster Conference 2034** in
Belfast, by **Prof. Gráinne Ó Murchú-Lyttle**, Pro-Vice-Chancellor (Enterprise) of Ulster University.

## Who can apply

- staff of cluster organisations, sector networks, catalyst programmes and innovation centres in Northern Ireland;
- up to five places for participants from Ireland and Great Britain;
- at least two years of work experience in business support, economic development or industry.

## Fees and funding

The fee is GBP 2,400, which covers tuition, materials, the study trip (travel and two nights) and the dinners. Invest Northern
Ireland funds 60 % of the fee for staff of cluster organisations that it supports. Payment can be made in two instalments.

## Alumni

Since the first cohort in 2029, 96 people have completed the Academy. Two alumni, **Declan O'Hare** (Belfast Maritime
Cluster) and **Ruth Kennedy-Boyd** (Agri-Food Quality Network NI), now sit on the Academy's advisory board.

## How to apply

Send the application form, a CV and a letter of support from your employer to academy@nicn.org.uk by 15 December 2033.
Interviews take place on 10 and 11 January 2034; decisions are sent by 19 January 2034.

*NICN, Catalyst, The Innovation Centre, Queen's Road, Belfast BT3 9DT · [Privacy](/privacy) · [Accessibility](/accessibility)*
"""
fn = 'blind65_10_nicn_cluster_academy.md'
write(fn, t)
N = "Northern Ireland Cluster Network"
gold(fn,
 [P("Siobhán McCann-Doherty", "Senior Lecturer in Regional Economics", "Ulster University"), P("Conor Fitzsimons", "Director", N),
  P("Ulrike Meyer-Brandis", None, None), P("Aoife Gallagher", None, "Invest Northern Ireland"),
  P("Jan-Willem van den Akker", "ESCA-certified benchmarking expert", None),
  P("Gráinne Ó Murchú-Lyttle", "Pro-Vice-Chancellor (Enterprise)", "Ulster University"),
  P("Declan O'Hare", None, "Belfast Maritime Cluster"), P("Ruth Kennedy-Boyd", None, "Agri-Food Quality Network NI")],
 [O(N, "NICN"), O("Ulster University Business School"), O("Ulster University"), O("Invest Northern Ireland"), O("Scottish Enterprise"),
  O("National Manufacturing Institute Scotland", "NMIS"), O("Scottish Cluster Managers' Forum"), O("Belfast Maritime Cluster"),
  O("Agri-Food Quality Network NI"), O("Catalyst")],
 [E("Cluster Management Academy 2034", "2034-02-07", "2034-09-21", None, None),
  E("Module 1: Cluster strategy and the role of the cluster manager", "2034-02-07", "2034-02-08", "Belfast", "United Kingdom"),
  E("Module 2: Services for members", "2034-03-14", "2034-03-15", "Belfast", "United Kingdom"),
  E("Module 3: Funding, finance and business models of cluster organisations", "2034-04-18", "2034-04-19", None, None),
  E("Module 4 – Study trip: internationalisation and cluster partnerships", "2034-05-16", "2034-05-17", "Glasgow", "United Kingdom"),
  E("Module 5: Measuring impact, reporting and the cluster excellence labels", "2034-06-13", "2034-06-14", "Derry~Londonderry", "United Kingdom"),
  E("visit to the National Manufacturing Institute Scotland (NMIS)", "2034-05-16", "2034-05-16", "Glasgow", "United Kingdom"),
  E("joint session with the Scottish Cluster Managers' Forum", "2034-05-16", "2034-05-16", "Glasgow", "United Kingdom"),
  E("Exam day", "2034-06-29", "2034-06-29", "Belfast", "United Kingdom"),
  E("Certificate ceremony", "2034-09-21", "2034-09-21", "Belfast", "United Kingdom"),
  E("Northern Ireland Cluster Conference 2034", "2034-09-21", "2034-09-21", "Belfast", "United Kingdom")],
 ["2033-12-15", "2034-02-07/2034-02-08", "2034-03-14/2034-03-15", "2034-04-18/2034-04-19", "2034-05-16/2034-05-17", "2034-06-13/2034-06-14",
  "2034-06-29", "2034-06-16", "2034-09-14", "2034-09-21", "2029", "2034-01-10/2034-01-11", "2034-01-19"])
