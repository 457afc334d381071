from h import *
F = 'g10_heerlen_peer_review_lessons.md'
assert wd(2040,5,14)=='Monday' and wd(2040,5,15)=='Tuesday' and wd(2040,10,8)=='Monday' and wd(2040,10,9)=='Tuesday' and wd(2040,5,29)=='Tuesday'
T = """# Peer review in Parkstad Limburg: what we learnt about clusters in former mining regions

**RE-MINE – Regenerating industrial clusters in post-mining regions** · Interreg Europe project · News

*Posted on 29/05/2040 by the RE-MINE communication team*

---

On 14 and 15 May 2040 the RE-MINE partnership met in Heerlen, in the south of the Dutch province of Limburg, for the project's second peer review. The host, **Regio Parkstad Limburg**, had asked its peers a precise question: *how can a small region that lost its coal mines fifty years ago keep its remaining industrial clusters attractive for young engineers?*

Eleven peers from six partner regions took part, together with fourteen local stakeholders from companies, knowledge institutions and government.

## Programme

**Monday 14 May 2040**

- 09:00 – Introduction to the Parkstad economy by **Marieke Janssen-Lardinois**, programme manager economy at Regio Parkstad Limburg
- 10:30 – Stakeholder interviews in three groups (industry, education, public sector)
- 14:00 – Site visit to the Brightlands Chemelot Campus in Geleen, hosted by **Dr Ruud Habets**, director of business development
- 19:00 – Peer review dinner in Kerkrade

**Tuesday 15 May 2040**

- 09:00 – Peers' internal analysis
- 11:30 – Feedback session with the host region, chaired by **Thomas Kellner** (Wirtschaftsförderung Region Aachen)
- 13:00 – Closing lunch

## Who took part

The peers came from the partner organisations of the project:

- Wałbrzych Special Economic Zone "INVEST-PARK" (Poland) – **Agnieszka Dąbrowska-Piątek**, head of investor services
- Instituto de Desarrollo Económico del Principado de Asturias (IDEPA), Spain – **Covadonga Álvarez-Miranda**
- Agenția pentru Dezvoltare Regională Sud-Vest Oltenia (ADR SV Oltenia), Romania – **Radu-Mihai Popescu**, cluster policy expert
- Regional Council of Central Bohemia – **Jakub Novotný**
- Wirtschaftsförderung Region Aachen (WFRA), Germany – **Thomas Kellner**, head of innovation
- Lead partner: **LIOF**, the regional development agency of Limburg – **Sanne Vrijhoef**, project coordinator

## Lessons learnt

The peers summarised their advice to the host region in five lessons learnt:

1. Young engineers choose a city before they choose an employer; cluster policy in Parkstad must be linked to housing, culture and public transport
2. The strong chemical and materials cluster around Chemelot is not visible enough to students in Heerlen itself
3. Cross-border cooperation with Aachen and Liège is an asset that the region still presents as a problem of different rules
4. Zuyd Hogeschool and Maastricht University should be involved in the cluster's governance, not only invited to its events
5. Small suppliers need one entry point; today they must choose between LIOF, the province and the municipality

"We came with a narrow question about talent and we leave with a much broader agenda," said **Jos van der Heijden-Schreurs**, alderman for economic affairs of the Municipality of Heerlen, at the feedback session. "The point about housing hurt, because it is true."

## What happens next

Regio Parkstad Limburg will include the lessons in its action plan, which must be submitted to the joint secretariat by **30 November 2040**. The Provincie Limburg has already agreed to test a single entry point for suppliers in 2041.

The next partner meeting will take place in Wałbrzych on 8–9 October 2040 and will combine a study visit to former mining sites with a peer review for the Polish partner. The first peer review was hosted by IDEPA in Oviedo in November 2039.

---

*RE-MINE is co-funded by the Interreg Europe programme 2035–2041. Contact: Sanne Vrijhoef, LIOF, Maastricht · re-mine@liof.example.nl*

Tags: #peerreview #clusters #talent #postmining
"""
write(F, T)
RP="Regio Parkstad Limburg"
gold(F,
 [P("Marieke Janssen-Lardinois","programme manager economy",RP),
  P("Ruud Habets","director of business development","Brightlands Chemelot Campus"),
  P("Thomas Kellner","head of innovation","Wirtschaftsförderung Region Aachen"),
  P("Agnieszka Dąbrowska-Piątek","head of investor services","Wałbrzych Special Economic Zone \"INVEST-PARK\""),
  P("Covadonga Álvarez-Miranda",None,"Instituto de Desarrollo Económico del Principado de Asturias"),
  P("Radu-Mihai Popescu","cluster policy expert","Agenția pentru Dezvoltare Regională Sud-Vest Oltenia"),
  P("Jakub Novotný",None,"Regional Council of Central Bohemia"),
  P("Sanne Vrijhoef","project coordinator","LIOF"),
  P("Jos van der Heijden-Schreurs","alderman for economic affairs","Municipality of Heerlen")],
 [O(RP), O("Brightlands Chemelot Campus"), O("Wirtschaftsförderung Region Aachen","WFRA"),
  O("Wałbrzych Special Economic Zone \"INVEST-PARK\""), O("Instituto de Desarrollo Económico del Principado de Asturias","IDEPA"),
  O("Agenția pentru Dezvoltare Regională Sud-Vest Oltenia","ADR SV Oltenia"), O("Regional Council of Central Bohemia"),
  O("LIOF"), O("Zuyd Hogeschool"), O("Maastricht University"), O("Municipality of Heerlen"), O("Provincie Limburg")],
 [E("peer review","2040-05-14","2040-05-15","Heerlen","Netherlands"),
  E("Site visit to the Brightlands Chemelot Campus","2040-05-14",None,"Geleen","Netherlands"),
  E("Peer review dinner","2040-05-14",None,"Kerkrade","Netherlands"),
  E("partner meeting","2040-10-08","2040-10-09","Wałbrzych","Poland"),
  E("first peer review","2039-11",None,"Oviedo","Spain")],
 ["2040-05-29","2040-05-14/2040-05-15","2040-05-14","2040-05-15","2040-11-30","2041","2040-10-08/2040-10-09","2039-11","2035/2041"],
 ["Young engineers choose a city before they choose an employer; cluster policy in Parkstad must be linked to housing, culture and public transport",
  "The strong chemical and materials cluster around Chemelot is not visible enough to students in Heerlen itself",
  "Cross-border cooperation with Aachen and Liège is an asset that the region still presents as a problem of different rules",
  "Zuyd Hogeschool and Maastricht University should be involved in the cluster's governance, not only invited to its events",
  "Small suppliers need one entry point; today they must choose between LIOF, the province and the municipality"],
 pub="2040-05-29")
