from h import *
F = 'g14_carinthia_webinar_recap.md'
assert wd(2037,11,18)=='Wednesday' and wd(2037,12,9)=='Wednesday'
T = """Home / News / Webinar recap

# Webinar recap: "Chips for the regions – how SMEs can use the new pilot lines"

**Silicon Alps Cluster** · News · 24 November 2037 · 4 min read

*Share:* [LinkedIn](#) | [X](#) | [E-mail](#)

![Screenshot of the webinar panel](/img/webinar-pilot-lines.jpg)
*Screenshot: the panel of the webinar. Image: Silicon Alps Cluster*

On **Wednesday 18 November 2037** more than 220 participants followed our webinar "Chips for the regions – how SMEs can use the new pilot lines", organised together with the **Carinthian Economic Promotion Fund (KWF)** and **Enterprise Europe Network Austria**. The 90-minute session explained how small companies from electronics, automotive and medical technology can get access to the semiconductor pilot lines that opened in Europe over the last two years.

## Speakers

- **Dr. Stefanie Ortner-Wallner**, Managing Director, Silicon Alps Cluster – welcome and moderation
- **Jean-Marc Dufresne**, Programme Officer, Chips Joint Undertaking
- **Prof. Klaus Pirker-Mayr**, Head of the Integrated Systems Group, Silicon Austria Labs (SAL), Villach
- **Alenka Kovač**, CEO, Lumitron d.o.o., Ljubljana
- **Matteo Bernardi**, Innovation Manager, Friuli Innovazione, Udine

## Key takeaways

1. Access to pilot lines is open to SMEs, but the entry point is a clear technical question, not a general interest in chips.
2. Cost-sharing schemes exist: up to 70% of the cost of a first prototype run can be covered for SMEs through the competence centres.
3. Regional competence centres are the fastest door: they translate company needs into the language of the pilot lines.
4. Cross-border teams win: SMEs from Carinthia, Slovenia and Friuli that applied together had a higher success rate than single applicants.
5. Plan for the long haul – from first contact to tested prototype usually takes 12 to 18 months.

## What the speakers said

Jean-Marc Dufresne reminded the audience that the pilot lines were built with public money "and should not serve only the largest players". He announced a new call for SME access projects in spring 2038.

Klaus Pirker-Mayr showed three examples from Villach where small companies tested power electronics designs on the pilot line within six months. Alenka Kovač told the story of Lumitron, a company of 23 people that developed a sensor chip for greenhouses with help from the Slovenian competence centre. Her advice: "Do not be afraid to ask naive questions – everyone in this field started there."

Matteo Bernardi presented the Alpe-Adria chip alliance that Friuli Innovazione, Silicon Alps Cluster and the Slovenian Chip Association (SCA) signed in June 2037. The alliance organises joint B2B days and shares a pool of experts who review project ideas free of charge.

## Poll results

During the webinar we asked participants about their biggest obstacle. 41% named the lack of in-house chip design skills, 27% the cost of prototypes, 19% not knowing whom to contact and 13% intellectual property questions.

## Recording and slides

The recording and the slides are available to members in the members' area. Non-members can request the slides by e-mail.

## Next steps

- **Wednesday 9 December 2037**, 14:00–16:00 – Clinic: one-to-one consultations with Silicon Austria Labs (online, 20-minute slots, registration required)
- **March 2038** – Alpe-Adria Chip B2B Day in Ljubljana (save the date)

---

**Contact:** Bernhard Lassnig, Project Manager, Silicon Alps Cluster, lassnig@siliconalps.example.at

Tags: #webinar #semiconductors #pilotlines #SMEs #AlpeAdria

Related:
- [Silicon Alps Cluster at SEMICON Europa 2037](#) – 16 November 2037
- [New members: three start-ups from Graz](#) – 2 November 2037

Silicon Alps Cluster GmbH · Europastraße 00, 9524 Villach · [Imprint](#) · [Privacy](#) · [Cookies](#)
"""
write(F, T)
S='Silicon Alps Cluster'
gold(F,
 [P("Stefanie Ortner-Wallner","Managing Director",S),
  P("Jean-Marc Dufresne","Programme Officer","Chips Joint Undertaking"),
  P("Klaus Pirker-Mayr","Head of the Integrated Systems Group","Silicon Austria Labs"),
  P("Alenka Kovač","CEO","Lumitron d.o.o."),
  P("Matteo Bernardi","Innovation Manager","Friuli Innovazione"),
  P("Bernhard Lassnig","Project Manager",S)],
 [O("Silicon Alps Cluster GmbH"), O("Carinthian Economic Promotion Fund","KWF"), O("Enterprise Europe Network Austria"), O("Chips Joint Undertaking"),
  O("Silicon Austria Labs","SAL"), O("Lumitron d.o.o."), O("Friuli Innovazione"), O("Slovenian Chip Association","SCA"),
  O("Alpe-Adria chip alliance")],
 [E("Chips for the regions – how SMEs can use the new pilot lines","2037-11-18",None,None,None),
  E("Clinic: one-to-one consultations with Silicon Austria Labs","2037-12-09",None,None,None),
  E("Alpe-Adria Chip B2B Day","2038-03",None,"Ljubljana","Slovenia"),
  E("SEMICON Europa 2037",None,None,None,None)],
 ["2037-11-24","2037-11-18","2038","2037-06","2037-12-09","2038-03","2037-11-16","2037-11-02"],
 ["Access to pilot lines is open to SMEs, but the entry point is a clear technical question, not a general interest in chips",
  "Cost-sharing schemes exist: up to 70% of the cost of a first prototype run can be covered for SMEs through the competence centres",
  "Regional competence centres are the fastest door: they translate company needs into the language of the pilot lines",
  "Cross-border teams win: SMEs from Carinthia, Slovenia and Friuli that applied together had a higher success rate than single applicants",
  "Plan for the long haul – from first contact to tested prototype usually takes 12 to 18 months"],
 pub="2037-11-24")
