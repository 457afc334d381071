from h import *
F = 'g11_leuven_cluster_manager_blog.md'
assert wd(2041,9,25)=='Wednesday' and wd(2041,9,26)=='Thursday' and wd(2041,9,27)=='Friday' and wd(2041,11,19)=='Tuesday'
T = """[Home](/) · [About the cluster](/about) · [Members](/members) · **[Blog](/blog)** · [Events](/events) · [Contact](/contact)

# Three days in Lyon: what a cluster-to-cluster mission taught us

*Posted on 3 October 2041 by Sien Vandenbroucke-Maes, Cluster Manager, Leuven MedTech Cluster · 7 min read · Filed under: Internationalisation, Missions*

Last week, from Wednesday 25 to Friday 27 September, eleven of our member companies and two people from our team travelled to Lyon for the third Leuven–Lyon cluster mission. I promised several members a write-up, so here it is – part travel diary, part honest assessment.

## Why Lyon, again?

We started the series in 2039 with a small fact-finding visit, when Lyonbiopôle Auvergne-Rhône-Alpes approached us through the European Cluster Collaboration Platform. The second edition, in Leuven in June 2040, brought fourteen French companies to our region and to the University Hospitals Leuven (UZ Leuven). This year it was our turn to travel again, and this time with a clear focus: diagnostics and in-vitro devices under the new EU rules.

The mission was co-funded by Flanders Innovation & Entrepreneurship (VLAIO) and prepared together with Hendrik Claeys-Bouüaert, our Head of International Projects, and his counterpart in Lyon, Amandine Rousseau-Perrin, international partnerships manager at Lyonbiopôle.

## The programme in short

- **Wednesday 25 September:** welcome at the Bioparc Lyon-Gerland, pitch session of the Flemish companies, and in the evening a networking dinner with the Lyonbiopôle board
- **Thursday 26 September:** B2B meetings (64 in total), and a visit to the bioMérieux campus in Marcy-l'Étoile
- **Friday 27 September:** workshop with the Auvergne-Rhône-Alpes Entreprises regional agency on joint Horizon Europe proposals, then return by train

Dr. Jean-Marc Ollivier, Director General of Lyonbiopôle, opened the Thursday with a remark I wrote down: "Regions do not compete with each other any more. Value chains compete, and they cross borders."

## Lessons learnt

I will not pretend everything went perfectly. Here is what we will do differently, and what we will keep:

1. Prepare the B2B meetings with written company profiles at least four weeks in advance; the meetings booked late were the least useful
2. Bring fewer companies but more decision-makers: a CEO can agree on a pilot, an engineer can only report back
3. Involve the hospital side from the start, because both regions' strength lies in the clinic–industry link
4. Keep one free afternoon for spontaneous follow-up meetings

Our member Kristof De Ridder, CEO of Diagnova BV, put it more bluntly on the train home: "I came for three meetings and left with one real partner. That is a good result."

## What happens next

Three concrete follow-ups are already under way: a joint application by Diagnova and a Lyon start-up to the EUREKA Eurostars call, a data-sharing pilot between UZ Leuven and the Hospices Civils de Lyon, and an exchange of two young cluster staff members for a month each in spring 2042.

The fourth edition of the mission is planned for autumn 2042 in Leuven, possibly extended to the Dutch Brainport region together with the Brainport Development agency. Before that, we will present the results to our members at the cluster's annual members' evening on Tuesday 19 November 2041 in the Leuven Health House.

If you were on the mission and want to add something, the comment box is open. If you were not, and you work on in-vitro diagnostics, the next trip is for you.

*Photo: Arne Goossens*

---

**2 comments**

**Lies Peeters** – 4 October 2041 at 09:12
Thanks Sien, very useful. Point 2 is so true – we had the same experience on the Milan mission last year.

**Hendrik Claeys-Bouüaert** – 4 October 2041 at 11:40
Slides of the Friday workshop are now in the member area. Read more…

Tags: Lyon, missions, diagnostics, ECCP · [Share on LinkedIn](#) · [Back to blog](/blog)
"""
write(F, T)
L = "Leuven MedTech Cluster"
gold(F,
 [P("Sien Vandenbroucke-Maes","Cluster Manager",L),
  P("Hendrik Claeys-Bouüaert","Head of International Projects",L),
  P("Amandine Rousseau-Perrin","international partnerships manager","Lyonbiopôle"),
  P("Jean-Marc Ollivier","Director General","Lyonbiopôle"),
  P("Kristof De Ridder","CEO","Diagnova BV"),
  P("Arne Goossens",None,None),
  P("Lies Peeters",None,None)],
 [O(L), O("Lyonbiopôle Auvergne-Rhône-Alpes"), O("European Cluster Collaboration Platform","ECCP"),
  O("University Hospitals Leuven","UZ Leuven"), O("Flanders Innovation & Entrepreneurship","VLAIO"),
  O("bioMérieux"), O("Auvergne-Rhône-Alpes Entreprises"), O("Diagnova BV"),
  O("Hospices Civils de Lyon"), O("Brainport Development")],
 [E("third Leuven–Lyon cluster mission","2041-09-25","2041-09-27","Lyon","France"),
  E("fact-finding visit","2039",None,None,None),
  E("second edition","2040-06",None,"Leuven","Belgium"),
  E("welcome","2041-09-25",None,"Lyon","France"),
  E("pitch session","2041-09-25",None,"Lyon","France"),
  E("networking dinner","2041-09-25",None,"Lyon","France"),
  E("B2B meetings","2041-09-26",None,"Lyon","France"),
  E("visit to the bioMérieux campus","2041-09-26",None,"Marcy-l'Étoile","France"),
  E("workshop with the Auvergne-Rhône-Alpes Entreprises regional agency","2041-09-27",None,"Lyon","France"),
  E("fourth edition of the mission","2042",None,"Leuven","Belgium"),
  E("annual members' evening","2041-11-19",None,"Leuven","Belgium"),
  E("Milan mission",None,None,"Milan","Italy")],
 ["2041-10-03","2041-09-25/2041-09-27","2039","2040-06","2041-09-25","2041-09-26","2041-09-27","2042","2041-11-19","2041-10-04"],
 ["Prepare the B2B meetings with written company profiles at least four weeks in advance; the meetings booked late were the least useful",
  "Bring fewer companies but more decision-makers: a CEO can agree on a pilot, an engineer can only report back",
  "Involve the hospital side from the start, because both regions' strength lies in the clinic–industry link",
  "Keep one free afternoon for spontaneous follow-up meetings"],
 pub="2041-10-03")
