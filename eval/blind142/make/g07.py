from h import *
F = 'g07_la_spezia_eit_project_results.md'
assert wd(2042,2,26)=='Wednesday' and wd(2042,2,27)=='Thursday' and wd(2042,4,16)=='Wednesday'
T = """**DLTM – Distretto Ligure delle Tecnologie Marine** | Home | The District | Members | Projects | News | Contact | IT / EN

# PORT-AM closes with a demonstration day in La Spezia: printed spare parts are ready for the shipyards

_News · 3 March 2042 · by Chiara Bertolini · 4 min read_

The two-year project PORT-AM, funded by EIT Manufacturing, came to an end with a demonstration day and a closing meeting in La Spezia on 26 and 27 February 2042. About 90 shipyard managers, naval engineers and maritime suppliers came to see spare parts for ferries and yachts printed in metal on site, in a container-sized cell, within 48 hours of an order.

PORT-AM was coordinated by the Distretto Ligure delle Tecnologie Marine (DLTM) and ran from March 2040 to February 2042. The partners were:

- the University of Genoa (UniGe), Department of Mechanical, Energy, Management and Transportation Engineering (DIME)
- Fincantieri S.p.A., Integrated Naval Repair unit
- ADDIT3D Solutions S.r.l., a start-up from Sarzana
- Fraunhofer Institute for Additive Production Technologies IAPT, Hamburg
- Universidad de Vigo, with the Galician marine cluster ACLUNAGA as linked third party
- Navantia Seanergies
- Stichting Nederland Maritiem Land

## A two-day programme

**Wednesday 26 February**, at the DLTM premises in the Muggiano area: welcome by the President of DLTM, **Lorenzo Cavalli Rossi**, and by **Dr. Birgit Oosterhuis-Klein**, Head of the Innovation Programme at EIT Manufacturing's co-location centre. This was followed by the live demonstration: the printing cell produced a pump impeller and a bronze valve body, which were then tested at the Fincantieri repair yard. In the evening, a networking dinner for partners and guests was held in Portovenere.

**Thursday 27 February**: closing meeting of the partners, followed by a visit to the Italian Navy's Technical Support Centre, hosted by **Captain Marco Ferrante**, head of its logistics division.

## Results

- 41 certified spare-part designs in a shared digital warehouse
- average delivery time cut from 23 days to 2 days in the six pilot cases
- two shipyards in Liguria and one in Galicia now order printed parts every month
- a training course for 35 technicians, run by UniGe's DIME

"Shipowners don't care how a part is made. They care that the ferry sails on Friday," said **Prof. Giulia Marchetti-Varela** of the University of Genoa, scientific lead of the project. **Xoán Domínguez Pazos**, manager of ACLUNAGA, added that the Galician yards had "stopped thinking of additive manufacturing as a laboratory toy".

## Lessons learnt

The consortium summed up its experience for other EIT-funded teams:

1. Involve the classification societies from the first month; certification took longer than the technology
2. Start with parts that are expensive to stock but cheap to test, such as impellers and valve bodies
3. A start-up can lead the business plan, but it needs a large yard as the first paying customer
4. Plan the handover of the digital warehouse before the funding ends

## What comes next

ADDIT3D Solutions will operate the printing cell commercially from April 2042. DLTM will present the results at the next edition of the **La Spezia Marine Tech Days** on Wednesday 16 April 2042. The series, organised by the district since 2036, was held in the Arsenale in 2039, online in 2040 and at the Centro Allende in 2041.

Media contact: Chiara Bertolini, communication officer, DLTM – comunicazione@dltm.example.it

_Share: LinkedIn · X · Facebook · Print_

---
DLTM Scarl · Via delle Pianazze 74, 19136 La Spezia · VAT IT00000000000 · [Privacy policy](#) · [Cookie policy](#)
"""
write(F, T)
D="Distretto Ligure delle Tecnologie Marine"
gold(F,
 [P("Chiara Bertolini","communication officer",D),
  P("Lorenzo Cavalli Rossi","President",D),
  P("Birgit Oosterhuis-Klein","Head of the Innovation Programme","EIT Manufacturing"),
  P("Marco Ferrante","head of its logistics division","Technical Support Centre"),
  P("Giulia Marchetti-Varela","scientific lead","University of Genoa"),
  P("Xoán Domínguez Pazos","manager","ACLUNAGA")],
 [O(D,"DLTM"), O("EIT Manufacturing"), O("University of Genoa","UniGe"),
  O("Department of Mechanical, Energy, Management and Transportation Engineering","DIME"),
  O("Fincantieri S.p.A."), O("Integrated Naval Repair unit"), O("ADDIT3D Solutions S.r.l."),
  O("Fraunhofer Institute for Additive Production Technologies IAPT","IAPT"), O("Universidad de Vigo"), O("ACLUNAGA"),
  O("Navantia Seanergies"), O("Stichting Nederland Maritiem Land"), O("Italian Navy"), O("Technical Support Centre")],
 [E("demonstration day","2042-02-26",None,"La Spezia","Italy"),
  E("closing meeting","2042-02-27",None,"La Spezia","Italy"),
  E("networking dinner","2042-02-26",None,"Portovenere","Italy"),
  E("visit to the Italian Navy's Technical Support Centre","2042-02-27",None,"La Spezia","Italy"),
  E("La Spezia Marine Tech Days","2042-04-16",None,"La Spezia","Italy"),
  E("La Spezia Marine Tech Days (2039)","2039",None,"La Spezia","Italy"),
  E("La Spezia Marine Tech Days (2040)","2040",None,None,None),
  E("La Spezia Marine Tech Days (2041)","2041",None,"La Spezia","Italy")],
 ["2042-03-03","2042-02-26/2042-02-27","2042-02-26","2042-02-27","2040-03/2042-02","2042-04","2042-04-16","2036","2039","2040","2041"],
 ["41 certified spare-part designs in a shared digital warehouse",
  "average delivery time cut from 23 days to 2 days in the six pilot cases",
  "two shipyards in Liguria and one in Galicia now order printed parts every month",
  "a training course for 35 technicians, run by UniGe's DIME",
  "Involve the classification societies from the first month; certification took longer than the technology",
  "Start with parts that are expensive to stock but cheap to test, such as impellers and valve bodies",
  "A start-up can lead the business plan, but it needs a large yard as the first paying customer",
  "Plan the handover of the digital warehouse before the funding ends"],
 pub="2042-03-03")
