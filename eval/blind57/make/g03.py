from h import *
F = 'study-summary_zlin-plastics-circularity.txt'
T = f'''PLASTR – Klastr plastikářského a gumárenského průmyslu Zlínského kraje, z.s.
Plastics and Rubber Cluster of the Zlín Region
-------------------------------------------------------------------------------
STUDY SUMMARY | Recycled polymers in Zlín region supply chains: where we stand in 2035
Released: {wd('2035-11-06')}, 6 November 2035        Language versions: CZ | EN
-------------------------------------------------------------------------------

About the study
The Zlín region is one of the densest concentrations of plastics and rubber processing in Central
Europe: more than 220 companies, from tyre and technical rubber producers in Otrokovice to injection
moulders for the automotive and medical sectors in Zlín, Vizovice and Uherské Hradiště. From 2036
the EU rules on recycled content in packaging and in selected vehicle parts will tighten, and many
members asked the cluster for a reliable picture of where they stand.

The study was commissioned by PLASTR in January 2035 and carried out by the Faculty of Technology of
Tomas Bata University in Zlín (UTB) together with the consultancy Inovia Advisory s.r.o. between
February and August 2035. It was co-financed by the Zlín Region (Zlínský kraj) and by the Czech
Agency for Business and Investment, CzechInvest, within the national cluster support scheme. The
research team was led by doc. Ing. Radka Šimečková, Ph.D. (UTB), with Ing. Tomáš Hrabal and
Mgr. Lucie Nováková-Zapletalová (Inovia Advisory). A sounding board of five member companies
followed the work: Barum Continental spol. s r.o., Fatra, a.s., SPUR a.s., Plastika Vizovice s.r.o.
and MedPolymer Trade s.r.o.

Method
- online survey of 97 companies (response rate 44%), carried out in March and April 2035;
- 23 in-depth interviews with production, purchasing and quality managers;
- material-flow mapping for polypropylene, polyethylene and EPDM rubber in the region;
- a validation workshop with members in Zlín on {wd('2035-09-19')} 19 September 2035.

-------------------------------------------------------------------------------
MAIN FINDINGS
-------------------------------------------------------------------------------
1. Recycled polymers already account for 11% of the resin processed in the region, but the share
   ranges from almost zero in medical moulding to over 40% in construction profiles.
2. Two thirds of the companies want to raise their recycled share by 2038, yet only one in five
   has a written plan and a budget for it.
3. Supply, not demand, is the main barrier: companies cannot get recyclate of stable quality in
   sufficient volumes from Czech sources and import 58% of what they use.
4. Production scrap is largely recycled in-house, while post-consumer waste collected in the
   region leaves it for sorting and processing in other regions or abroad.
5. Testing and certification of recycled material takes on average 14 weeks, which is too long
   for automotive customers' sourcing cycles.
6. End-of-life tyres and rubber seals are an untapped resource: devulcanisation pilots at UTB
   show that up to 25% recycled rubber can be used in technical products.
7. Companies that cooperate with a research organisation are three times more likely to have
   introduced recycled material in a product line during the last three years.
8. Skills gaps are concentrated in material testing, data on material origin (digital product
   passports) and design for recycling.

-------------------------------------------------------------------------------

How the results were received
At the validation workshop the members discussed the findings in three groups. The automotive
suppliers stressed that their customers will soon require declarations of recycled content for
every part, which most of them cannot yet provide. The packaging producers pointed out that
they compete for the same recyclate with much larger buyers from Germany. The rubber producers
asked for a joint pilot with the tyre collection schemes. Several members also asked the cluster to
negotiate joint purchasing of certified recyclate, so that small moulders can buy in volumes that
recyclers are willing to supply at stable prices.

What the cluster proposes
On the basis of the findings the PLASTR board proposes three actions for 2036–2038: a shared
testing line for recycled polymers at the UTB Centre of Polymer Systems; a regional sorting and
washing plant for post-consumer polyolefins, for which a feasibility study will be tendered with
the Zlín Region; and a training module on recycled materials for the members' quality staff.

"The numbers show that our companies are willing, but they are alone with the problem of quality
supply," said Ing. Petr KOLÁŘ, chairman of the board of PLASTR and production director at Fatra,
a.s. "A cluster exists precisely for problems that no company can solve on its own."

Ing. Jana Vrbová, head of the Regional Development Department of the Zlín Region, said the region
would consider the sorting plant for its investment programme 2037–2040.

The results will be presented at the Plastics Circularity Day in Zlín on 4 December 2035 and to
the Czech cluster association NCA (National Cluster Association) at its autumn meeting. The full
report (96 pages, Czech with an English summary) is available to members in the cluster's
intranet; non-members may request it from the cluster office.

Contact: Mgr. Ondřej Malina, cluster manager, PLASTR, tř. Tomáše Bati 5678, 760 01 Zlín
         malina@plastr.example | +420 577 000 412
-------------------------------------------------------------------------------
PLASTR – Klastr plastikářského a gumárenského průmyslu Zlínského kraje, z.s. | IČO 07 11 22 33
'''
write(F, T)
KM = [
"Recycled polymers already account for 11% of the resin processed in the region, but the share ranges from almost zero in medical moulding to over 40% in construction profiles",
"Two thirds of the companies want to raise their recycled share by 2038, yet only one in five has a written plan and a budget for it",
"Supply, not demand, is the main barrier: companies cannot get recyclate of stable quality in sufficient volumes from Czech sources and import 58% of what they use",
"Production scrap is largely recycled in-house, while post-consumer waste collected in the region leaves it for sorting and processing in other regions or abroad",
"Testing and certification of recycled material takes on average 14 weeks, which is too long for automotive customers' sourcing cycles",
"End-of-life tyres and rubber seals are an untapped resource: devulcanisation pilots at UTB show that up to 25% recycled rubber can be used in technical products",
"Companies that cooperate with a research organisation are three times more likely to have introduced recycled material in a product line during the last three years",
"Skills gaps are concentrated in material testing, data on material origin (digital product passports) and design for recycling"]
gold(F, [
 P("Radka Šimečková", None, "Tomas Bata University in Zlín"),
 P("Tomáš Hrabal", None, "Inovia Advisory s.r.o."),
 P("Lucie Nováková-Zapletalová", None, "Inovia Advisory s.r.o."),
 P("Petr KOLÁŘ", "chairman of the board", "PLASTR"),
 P("Jana Vrbová", "head of the Regional Development Department", "Zlín Region"),
 P("Ondřej Malina", "cluster manager", "PLASTR"),
], [
 O("PLASTR – Klastr plastikářského a gumárenského průmyslu Zlínského kraje, z.s.", "PLASTR"),
 O("Faculty of Technology"), O("Tomas Bata University in Zlín", "UTB"), O("Inovia Advisory s.r.o."),
 O("Zlín Region"), O("Czech Agency for Business and Investment", "CzechInvest"),
 O("Barum Continental spol. s r.o."), O("Fatra, a.s."), O("SPUR a.s."), O("Plastika Vizovice s.r.o."),
 O("MedPolymer Trade s.r.o."), O("Centre of Polymer Systems"), O("Regional Development Department"),
 O("National Cluster Association", "NCA"),
], [
 E("validation workshop", "2035-09-19", "2035-09-19", "Zlín", "Czechia"),
 E("Plastics Circularity Day", "2035-12-04", "2035-12-04", "Zlín", "Czechia"),
 E("autumn meeting", None, None, None, None),
], ["2035-11-06", "2035", "2036", "2035-01", "2035-02/2035-08", "2035-03/2035-04", "2035-09-19", "2038", "2036/2038", "2037/2040", "2035-12-04"], KM, pub="2035-11-06")
