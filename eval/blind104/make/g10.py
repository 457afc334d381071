from h import *
F = 'g10_celtic_sea_cluster_president_letter.md'
assert wd(2039,3,22)=='Tuesday' and wd(2039,1,19)=='Wednesday' and wd(2039,6,9)=='Thursday'
T = """Celtic Sea Offshore Cluster › Members' area › Letters from the President

# Letter from the President: our priorities for 2039

*Pembroke Dock, 19 January 2039 · posted by the Cluster Office · 7 min read*

Dear members, dear friends of the cluster,

A year ago I wrote to you that 2038 would be the year in which floating wind in the Celtic Sea stopped being a promise. It did not quite turn out that way. The first leasing round was delayed by four months, two of our larger members postponed investments, and the price of steel moved in the wrong direction for most of the year. And yet, looking back, I am more optimistic than I was twelve months ago.

We ended 2038 with 146 members, 31 more than a year before. Twenty-two of the newcomers are small firms from Pembrokeshire, Carmarthenshire and Swansea that had never worked in offshore energy. Our supply chain days in Milford Haven and Swansea brought more than 700 people together, and the Port of Milford Haven, the Pembroke Dock Marine partnership and Swansea University now work with us on one shared skills plan rather than three.

I want to thank Gwen Pritchard-Evans, who stepped down as Vice-President in December after six years on the Board, and welcome Dr. Tomos Llewellyn of Swansea University, whom the Board co-opted in her place. My thanks go as well to our Chief Executive, Rhian Morgan-Tudor, and her team of nine, who organised 48 events in a single year.

## Key lessons from 2038

- Small suppliers win work when they bid together, not alone
- Skills, not steel, will be the tightest bottleneck of the next five years
- Ports and colleges must plan their investments on the same timeline
- Members value introductions to buyers more than any report we publish

## Our priorities for 2039

**1. Contracts for Welsh suppliers.** We will run three "meet the buyer" days with the developers who hold leases in the Celtic Sea, starting on Tuesday, 22 March 2039 in Swansea. Our target is that member companies win contracts worth £40 million by the end of the year.

**2. A Celtic Sea Skills Academy.** Together with Pembrokeshire College and Coleg Sir Gâr we will open the first courses in rope access, marine coordination and high-voltage safety in September 2039. The Welsh Government has agreed in principle to co-fund 300 places.

**3. One voice on ports.** The cluster will publish a joint position with the Port of Milford Haven and Associated British Ports on the port upgrades the region needs. We will present it at the Celtic Sea Summit in Cardiff on 9 June 2039.

**4. Working with Ireland and Cornwall.** Our partnership with the Irish offshore cluster in Cork and with Celtic Sea Power in Cornwall will become formal with a memorandum to be signed at the summit. We are also members of the European offshore network WindEurope, which has invited us to its annual event in Copenhagen in April 2039.

**5. A stronger cluster office.** We will hire a data analyst and a second project officer, and move to a new office in the Pembroke Dock Marine innovation centre in the summer.

## Governance and the year ahead

The Annual General Meeting will be held on Thursday, 9 June 2039, in the afternoon before the summit dinner, also in Cardiff. Elections to four seats on the Board will take place; nominations close on 5 May 2039. Our accounts for 2038 will be audited by Morgan Price & Co. and sent to you with the AGM papers.

The Board currently has eleven directors: five from developers and large contractors, four from small and medium-sized suppliers, one from the ports and one from education. After the elections I would like to see at least one more seat held by a supplier company from west Wales, and I encourage the owners of our newer members to stand. If you are unsure what the role involves, our Company Secretary, Elinor Jenkins, will gladly explain the time commitment and the duties of a director over a cup of tea.

Membership fees for 2039 remain unchanged. Members who joined in the last quarter of 2038 will not be invoiced until July.

I look forward to meeting many of you in Swansea in March. Please do not hesitate to call me or the office with any idea, complaint or offer of help.

With warm regards,

**Huw Bevan-Roberts**
President, Celtic Sea Offshore Cluster
Managing Director, Bevan Marine Engineering Ltd

---

*The Celtic Sea Offshore Cluster is a not-for-profit company limited by guarantee, registered in Wales. It receives funding from the Welsh Government and the Pembrokeshire County Council.*

**Read also:** [Letter from the President, January 2038](/letters/2038) · [Annual Report 2037–2038](/reports/2038) · [Board of Directors](/board)

Share: [LinkedIn](#) · [Email](#) · Print this page

© 2039 Celtic Sea Offshore Cluster · Cookie settings · Accessibility statement
"""
write(F, T)
C="Celtic Sea Offshore Cluster"
gold(F,
 [P("Gwen Pritchard-Evans","Vice-President",C),
  P("Tomos Llewellyn",None,"Swansea University"),
  P("Rhian Morgan-Tudor","Chief Executive",C),
  P("Elinor Jenkins","Company Secretary",C),
  P("Huw Bevan-Roberts","President",C)],
 [O(C), O("Port of Milford Haven"), O("Pembroke Dock Marine"), O("Swansea University"),
  O("Pembrokeshire College"), O("Coleg Sir Gâr"), O("Welsh Government"), O("Associated British Ports"),
  O("Celtic Sea Power"), O("WindEurope"), O("Morgan Price & Co."), O("Bevan Marine Engineering Ltd"),
  O("Pembrokeshire County Council")],
 [E("meet the buyer","2039-03-22",None,"Swansea","United Kingdom"),
  E("Celtic Sea Summit","2039-06-09",None,"Cardiff","United Kingdom"),
  E("WindEurope annual event","2039-04",None,"Copenhagen","Denmark"),
  E("Annual General Meeting","2039-06-09",None,"Cardiff","United Kingdom")],
 ["2039-01-19","2038","2038-12","2039-03-22","2039","2039-09","2039-06-09","2039-04","2039-05-05","2039-07","2039-03","2037/2038","2038-01"],
 ["Small suppliers win work when they bid together, not alone",
  "Skills, not steel, will be the tightest bottleneck of the next five years",
  "Ports and colleges must plan their investments on the same timeline",
  "Members value introductions to buyers more than any report we publish"], pub="2039-01-19")
