from h import *
F = 'g02_shoecircle_eurocluster_open_call.txt'
assert wd(2039,2,8)=='Tuesday' and wd(2039,2,22)=='Tuesday' and wd(2039,4,12)=='Tuesday'
T = """SHOE-CIRCLE Eurocluster – Open Call 3 for SMEs
Circular leather, footwear and textile value chains

Published: 1 February 2039 | Call reference: SC-OC3-2039 | Status: OPEN

SHOE-CIRCLE is a Eurocluster co-funded by the European Union under the Single Market Programme. It brings together six cluster organisations and one technology centre from five countries to help small firms in leather, footwear and technical textiles move towards circular production. Through this third open call the consortium will distribute up to EUR 1.2 million to small and medium-sized enterprises as financial support to third parties.

The consortium
The call is managed on behalf of the following partners:
- Distretto Calzaturiero Fermano-Maceratese (coordinator), Civitanova Marche, Italy
- Cluster Marche Manifattura Sostenibile (CMMS), Ancona, Italy
- Centro Tecnológico del Calzado de La Rioja (CTCR), Arnedo, Spain
- Portuguese Footwear Cluster – Cluster do Calçado, São João da Madeira, Portugal
- Klaster Obuwniczy Podkarpacie, Krosno, Poland
- Romanian Textile Concept cluster (ASTRICO NE), Săvinești, Romania
- Technologie-Centrum Textil Chemnitz (TCTC), Chemnitz, Germany

What is funded?
Two types of support are offered in this round:
1. Circular design vouchers of up to EUR 30,000 per company for eco-design, material testing, take-back schemes and repair services.
2. Internationalisation vouchers of up to EUR 10,000 for participation in trade fairs and matchmaking missions outside the company's own country.
A company may receive only one voucher of each type during the lifetime of the Eurocluster, which runs from 2037 to 2040.

Who can apply?
Micro, small and medium-sized enterprises legally established in an EU Member State or in a country associated with the Single Market Programme and active in the leather, footwear, textile or related machinery sectors. Companies that were funded in Open Call 1 or Open Call 2 for the same type of voucher are not eligible.

Key dates
- Call opens: 1 February 2039
- Info session 1 (online, in English): Tuesday 8 February 2039, 10:00–11:30 CET
- Info session 2 (online, Italian and Spanish): Tuesday 22 February 2039, 15:00–16:30 CET
- Deadline for applications: 15 March 2039, 17:00 CET
- Evaluation results: April 2039
- Voucher projects must be finished by 31 January 2040

Matchmaking
Applicants looking for a service provider can join the SHOE-CIRCLE matchmaking day at the MICAM fair in Milan on Tuesday 12 April 2039, organised with the Enterprise Europe Network. Places are limited to 60 companies.

Lessons learnt from Open Call 2
In Open Call 2 (autumn 2038) the consortium received 214 applications from 17 countries and funded 58 companies. The evaluation committee noted the following lessons for applicants:
- Applications that named a concrete service provider and a quote were scored markedly higher
- Many companies underestimated the time needed for material testing; plan at least four months
- Micro-companies should describe their current production clearly, even if it is small
- Budgets in currencies other than the euro must be converted at the rate of the call's opening date

Help desk
Questions can be sent until 8 March 2039 to the help desk at the coordinator. National contact points:
Italy – Chiara Santarelli, call manager, Distretto Calzaturiero Fermano-Maceratese
Spain – Íñigo Sáenz de Ugarte, head of innovation services, CTCR
Portugal – Marta Figueiredo Lobo, Cluster do Calçado
Poland – Bartosz Wnuk, international officer, Klaster Obuwniczy Podkarpacie
Romania – Ioana Cozma (ASTRICO NE)
Germany – Dr. Sven Riedel, TCTC

The call documents (Guide for Applicants, application form, declaration of honour and the SME self-check) are available on the SHOE-CIRCLE website and on the European Cluster Collaboration Platform.

"Our companies do not lack ideas; they lack the few thousand euros and the expert who turns an idea into a tested product," says Paolo Ercoli, President of the Distretto Calzaturiero Fermano-Maceratese. "This round is designed for exactly that."

FAQ (extract)
Q: Can a company in Switzerland apply?
A: No. Switzerland is not associated with the Single Market Programme for this action.
Q: Can two companies apply together?
A: Each company applies on its own, but a joint project can be described in both applications.
Q: Is VAT eligible?
A: Recoverable VAT is not eligible. Non-recoverable VAT can be
"""
write(F, T)
D="Distretto Calzaturiero Fermano-Maceratese"
gold(F,
 [P("Chiara Santarelli","call manager",D),
  P("Íñigo Sáenz de Ugarte","head of innovation services","CTCR"),
  P("Marta Figueiredo Lobo",None,"Cluster do Calçado"),
  P("Bartosz Wnuk","international officer","Klaster Obuwniczy Podkarpacie"),
  P("Ioana Cozma",None,"ASTRICO NE"),
  P("Sven Riedel",None,"TCTC"),
  P("Paolo Ercoli","President",D)],
 [O("European Union"), O(D), O("Cluster Marche Manifattura Sostenibile","CMMS"),
  O("Centro Tecnológico del Calzado de La Rioja","CTCR"), O("Portuguese Footwear Cluster – Cluster do Calçado"),
  O("Klaster Obuwniczy Podkarpacie"), O("Romanian Textile Concept cluster","ASTRICO NE"),
  O("Technologie-Centrum Textil Chemnitz","TCTC"), O("Enterprise Europe Network"),
  O("European Cluster Collaboration Platform")],
 [E("Info session 1","2039-02-08",None,None,None),
  E("Info session 2","2039-02-22",None,None,None),
  E("SHOE-CIRCLE matchmaking day","2039-04-12",None,"Milan","Italy"),
  E("MICAM",None,None,"Milan","Italy")],
 ["2039-02-01","2037/2040","2039-02-08","2039-02-22","2039-03-15","2039-04","2040-01-31","2039-04-12","2038","2039-03-08"],
 ["Applications that named a concrete service provider and a quote were scored markedly higher",
  "Many companies underestimated the time needed for material testing; plan at least four months",
  "Micro-companies should describe their current production clearly, even if it is small",
  "Budgets in currencies other than the euro must be converted at the rate of the call's opening date"],
 pub="2039-02-01")
