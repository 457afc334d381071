from common import *
doc = "emajogi-healthhack-2033-challenge.md"
write(doc, """
[Home](/) · [Challenges](/challenges) · [Timeline](#timeline) · [Jury](#jury) · [FAQ](/faq) · [Register](/register)

# Emajõgi HealthHack 2033 — "Data that cares"

*An innovation challenge of the Tartu Health Technology Cluster (TERVIKUM) with the University of Tartu and Tartu
Science Park*

Posted on 12 January 2033 by the TERVIKUM team · Share: [LinkedIn] [X] [E-mail]

Estonia has had digital prescriptions and a national health record for a generation. What it still lacks are good
tools that turn that data into better days for patients who live alone, for family doctors in small towns and for
the nurses who visit them. For the third edition of the Emajõgi HealthHack we invite mixed teams of developers,
designers, clinicians and students to spend a weekend on three challenges set by our members and by the region's
hospital.

## The challenges

1. **Home after hospital** (challenge owner: Tartu University Hospital) — how can a patient over 75 be followed in the
   first two weeks after discharge without extra visits?
2. **Quiet signals** (challenge owner: Medisilla OÜ) — early detection of falls and dehydration from low-cost sensors
   in rural homes, privacy first.
3. **One form, not five** (challenge owner: the Estonian Health Insurance Fund) — simplifying the paperwork a family
   doctor fills in when referring a patient to rehabilitation.

Each team works with a mentor from a member company. Anonymised data sets are provided by Helix Data AS under a
hackathon licence; no real patient data leave the secure environment.

## Timeline {#timeline}

| Step | Date |
|---|---|
| Registration opens | 12.01.2033 |
| Online info session (Teams, 16:00 EET) | Thursday 3 February 2033 |
| Registration closes | 20.02.2033, 23:59 |
| Teams confirmed by e-mail | by 25 February |
| Hackathon weekend, Delta Centre, Tartu | 11–13 March 2033 |
| Final pitches and awards | Sunday 13 March, 15:00 |
| Pilot contracts signed with winners | April 2033 |
| Demo day at Latitude59 | May 2033 |

The hacking starts on Friday 11 March at 18:00 with a short opening and a dinner. On Saturday the mentors visit the
tables every two hours, and a legal clinic on data protection runs from 11:00 to 13:00. Code freeze is at 12:00 on
Sunday; each team then has four minutes on stage and three minutes of questions.

## Prizes

- **Grand prize**: €8,000 and a paid pilot of up to six months with the challenge owner
- **Best student team**: €2,000 offered by Tartu Science Park
- **Audience award**: a stand at the cluster's booth at Latitude59 in Tallinn

## Jury {#jury}

- **Kadri Põldmäe**, Chief Medical Officer, Tartu University Hospital
- **Martin Sepp**, CEO, Medisilla OÜ
- **Liis Kõrvits-Aru**, head of e-services at the Estonian Health Insurance Fund
- **Prof. Andres Tamm**, Institute of Computer Science, University of Tartu
- **Eveli Jürgenson**, cluster manager of TERVIKUM (chair of the jury, non-voting)

## What happened last time

The 2032 edition, held on 4–6 March 2032, gathered 94 participants in 17 teams. The winning team, "Kodukõne", built a
voice check-in for patients with heart failure and has since founded the start-up Kodukõne OÜ, which joined the
cluster in September 2032. "We did not expect a weekend to turn into a company," said team lead Triin Mägi.

## FAQ (short)

**Who can take part?** Anyone over 18. At least one team member must be a student or clinician.
**Language?** English on stage, Estonian or English in the teams.
**Do I need a team?** No. Solo participants are matched on Friday evening.

Questions: hack@tervikum.example · Tartu Health Technology Cluster, Riia 181A, Tartu

---
© 2033 TERVIKUM · [Privacy](/privacy) · [Cookies](/cookies) · We use cookies to count visits. [OK]
""")
gold(doc, "2033-01-12",
 [P("Kadri Põldmäe","Chief Medical Officer","Tartu University Hospital"), P("Martin Sepp","CEO","Medisilla OÜ"),
  P("Liis Kõrvits-Aru","head of e-services","Estonian Health Insurance Fund"),
  P("Andres Tamm",None,"University of Tartu"), P("Eveli Jürgenson","cluster manager","TERVIKUM"),
  P("Triin Mägi","team lead",None)],
 [O("Tartu Health Technology Cluster","TERVIKUM"), O("University of Tartu"), O("Tartu Science Park"),
  O("Tartu University Hospital"), O("Medisilla OÜ"), O("Estonian Health Insurance Fund"), O("Helix Data AS"),
  O("Institute of Computer Science"), O("Kodukõne OÜ")],
 [E("Emajõgi HealthHack 2033","2033-03-11","2033-03-13","Tartu","Estonia"),
  E("Online info session","2033-02-03",None,None,None),
  E("Final pitches and awards","2033-03-13",None,"Tartu","Estonia"),
  E("Demo day at Latitude59","2033-05",None,"Tallinn","Estonia"),
  E("Emajõgi HealthHack 2032","2032-03-04","2032-03-06",None,None)],
 ["2033-01-12","2033-02-03","2033-02-20","2033-02-25","2033-03-11/2033-03-13","2033-03-13","2033-03-11","2033-04","2033-05",
  "2032-03-04/2032-03-06","2032-09"])
