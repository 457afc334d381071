from h import *
F = 'g14_euroclusters_community_webinar_notes.md'
assert wd(2036,3,12)=='Wednesday' and wd(2036,1,29)=='Tuesday' and wd(2036,2,19)=='Tuesday' and wd(2036,4,16)=='Wednesday' and wd(2036,5,7)=='Wednesday'
T = """---
title: "Euroclusters Community of Practice – Webinar 4 notes"
date: 2036-03-14
author: Secretariat of the Euroclusters Community of Practice
---

# Euroclusters Community of Practice
## Webinar 4: "Financial support to third parties – what we learnt from the first 18 months"

**Date:** Wednesday, 12 March 2036, 10:00–12:00 CET (online)
**Moderator:** Ewa Sokołowska-Hart, Secretariat of the Community of Practice, European Cluster Collaboration Platform (ECCP)
**Participants:** 187 connections from 31 countries

> These notes summarise the discussion. Slides are in the library of the ECCP. Quotes are used with the speakers' permission.

### The series so far

The Community of Practice brings together the managers of the Euroclusters funded under the Single Market Programme. This was the fourth online session of the 2036 series:

1. Webinar 1 – Designing an open call for SMEs (29 January 2036)
2. Webinar 2 – Measuring impact (19 February 2036)
3. Webinar 3 – Working with Enterprise Europe Network partners (cancelled and merged with Webinar 4)
4. Webinar 4 – Financial support to third parties (12 March 2036)
5. Webinar 5 – Sustainability beyond the project (16 April 2036)

### Opening

Marco Aurelio Lenzi, policy officer in the Clusters and Industrial Ecosystems unit of the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), opened the webinar. He reminded participants that the Euroclusters are expected to channel at least 75 % of their budget to SMEs and said the Commission would publish an interim assessment in autumn 2036.

### Three cases

**Case 1 – Textiles.** Ingrid Halvorsen-Mæland, project manager at the Norwegian cluster NCE Tekstil Vest, described an open call that received 410 applications for 35 grants. Evaluation by external experts took eleven weeks; next time they will use a two-stage procedure.

**Case 2 – Aerospace.** Pierre-Yves Le Floc'h (Aerospace Valley, Toulouse) explained how his Eurocluster paid grants in two instalments, the second only after a short technical report. "It doubles our work, but it halves the number of projects that disappear," he said.

**Case 3 – Construction.** Dr. Zuzana Horváthová of the Slovak Construction Cluster (Klaster stavebníctva Slovenska) presented a voucher scheme for digital building tools, with vouchers of EUR 5,000 to EUR 20,000 and decisions within 30 days.

A representative of EISMEA, Tiago Monteiro Baptista, answered questions on eligible costs and on the rules for SMEs that are partners of several Euroclusters.

### Key takeaways

- Two-stage calls save evaluators' time and disappoint fewer applicants
- Paying in instalments reduces the risk of abandoned projects but needs a light reporting template
- Vouchers with fast decisions attract micro-enterprises that avoid long application forms
- Clusters should publish the list of supported SMEs to build trust with regional authorities
- The Community of Practice should share a common evaluation grid by the summer

### Announcements

- The **Euroclusters Annual Meeting** takes place in Brussels on 6–7 May 2036, together with the European Cluster Partnership Days. Registration closes on 31 March 2036.
- A standalone panel debate, **"Clusters and the Single Market: ten years on"**, will be held at the European Economic and Social Committee in Brussels on Wednesday 7 May 2036 at 18:00, after the Annual Meeting. Speakers include Ewa Sokołowska-Hart and Olivier Vandenhende, Secretary General of the European Clusters Alliance.
- The ECCP is looking for volunteers to host study visits in the second half of 2036.

### Next webinar

Webinar 5 on sustainability beyond the project will take place on 16 April 2036 (10:00 CET). Proposals for short cases (10 minutes) can be sent to the secretariat until 4 April.

---
*Notes taken by the Secretariat. Not an official position of the European Commission.*
"""
write(F, T)
gold(F,
 [P("Ewa Sokołowska-Hart","Moderator","European Cluster Collaboration Platform"),
  P("Marco Aurelio Lenzi","policy officer","Clusters and Industrial Ecosystems unit"),
  P("Ingrid Halvorsen-Mæland","project manager","NCE Tekstil Vest"),
  P("Pierre-Yves Le Floc'h",None,"Aerospace Valley"),
  P("Zuzana Horváthová",None,"Slovak Construction Cluster"),
  P("Tiago Monteiro Baptista","representative","EISMEA"),
  P("Olivier Vandenhende","Secretary General","European Clusters Alliance")],
 [O("Euroclusters Community of Practice"), O("European Cluster Collaboration Platform","ECCP"),
  O("Enterprise Europe Network"), O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Clusters and Industrial Ecosystems unit"), O("NCE Tekstil Vest"), O("Aerospace Valley"),
  O("Slovak Construction Cluster"), O("EISMEA"), O("European Economic and Social Committee"),
  O("European Clusters Alliance")],
 [E("Webinar 4","2036-03-12",None,None,None),
  E("Webinar 1","2036-01-29",None,None,None),
  E("Webinar 2","2036-02-19",None,None,None),
  E("Webinar 5","2036-04-16",None,None,None),
  E("Euroclusters Annual Meeting","2036-05-06","2036-05-07","Brussels","Belgium"),
  E("European Cluster Partnership Days","2036-05-06","2036-05-07","Brussels","Belgium"),
  E("Clusters and the Single Market: ten years on","2036-05-07",None,"Brussels","Belgium")],
 ["2036-03-14","2036-03-12","2036-01-29","2036-02-19","2036-04-16","2036","2036-05-06/2036-05-07","2036-03-31","2036-05-07","2036-04-04"],
 ["Two-stage calls save evaluators' time and disappoint fewer applicants",
  "Paying in instalments reduces the risk of abandoned projects but needs a light reporting template",
  "Vouchers with fast decisions attract micro-enterprises that avoid long application forms",
  "Clusters should publish the list of supported SMEs to build trust with regional authorities",
  "The Community of Practice should share a common evaluation grid by the summer"],
 pub="2036-03-14")
