from h import *
F = 'g02_pirmasens_footwear_study_summary-pdf.txt'
assert wd(2036,11,12)=='Wednesday' and wd(2036,9,24)=='Wednesday'
H = "Südwestpfalz Footwear and Leather Study 2036 – Executive Summary"
def hdr(n): return f"\n{H}                                    page {n} of 3\n"
def ftr(): return "\nIHK Pfalz · Westpfalz Innovation Agency · Hochschule Kaiserslautern – Campus Pirmasens\n\f"
T = hdr(1) + """
THE FUTURE OF FOOTWEAR AND LEATHER IN THE SÜDWESTPFALZ
A study of the Pirmasens industrial cluster
Executive summary, English version

Commissioned by: Westpfalz Innovation Agency (WIA), Kaiserslautern
Carried out by: Hochschule Kaiserslautern, Campus Pirmasens, with Prüf- und Forschungsinstitut Pirmasens (PFI)
Authors: Prof. Dr. Annette KOLB-REISINGER (lead author), Dr. Matthias Ehrhardt, Lea Sommer
Final version submitted on 24 September 2036

1. Background

Pirmasens was for more than a century the centre of the German shoe indus-
try. In the 1960s some 300 factories employed close to 30,000 people in the
town and the surrounding villages. Most of the production moved abroad be-
tween 1970 and 2000, but a dense network of suppliers, testing laboratories,
machine builders and design studios remained. The Westpfalz Innovation
Agency asked for a study of what is left of this cluster, where it is heading,
and how regional policy can support it in the period 2037–2042.

The study team carried out 58 interviews with company owners and managers
between February and June 2036, analysed employment data for 2026–2035 and
held two validation workshops, one in Pirmasens on 2 July 2036 and one with
the shoe machinery suppliers in Hauenstein on 9 July 2036.
""" + ftr() + hdr(2) + """
2. The cluster in figures

- 214 companies in footwear, leather goods, components, testing and machin-
  ery, of which 71 per cent have fewer than 20 employees
- 6,900 jobs, stable since 2031 after two decades of decline
- 38 per cent of turnover exported, mainly to France, Italy and Austria
- one research institute (PFI), one university campus, the German Shoe
  Museum in Hauenstein and the vocational school for footwear technology

3. Key findings

- The cluster has shifted from mass production to safety, orthopaedic and high-end footwear, where it is competitive
- Testing and certification services are the strongest asset and bring in customers from across Europe
- Two thirds of owners are over 55 and half of them have no successor yet
- The companies rarely cooperate in research; only 11 per cent took part in a joint project since 2031
- Recycling of leather and shoe soles is discussed by many firms but practised by very few

The interviews show a clear gap between a handful of firms that invest in
digital design and automated cutting, and a large group of traditional work-
shops. "We sell to doctors' practices in Vienna but we still take orders by
fax," one owner said.
""" + ftr() + hdr(3) + """
4. Recommendations

The authors recommend to the Westpfalz Innovation Agency and its partners:

1. Set up a cluster management for footwear and leather with at least two full-time staff, hosted by PFI
2. Launch a succession programme with the IHK Pfalz and the Handwerkskammer der Pfalz, including a matching service for buyers
3. Fund three joint research projects per year on recycling, digital fitting and sustainable tanning
4. Promote Pirmasens as a European testing hub in cooperation with the Messe Pirmasens

5. Next steps

The results were presented to the board of the agency on Wednesday 12
November 2036. Dr. Frank Weidenthaler, managing director of WIA, said that
the agency would prepare a cluster strategy for 2037–2042 together with the
city of Pirmasens and the Landkreis Südwestpfalz. Mayor Susanne
Hoff-Baumann welcomed the study.

A public presentation is planned at the Pirmasens shoe and leather fair
(Schuh- und Lederfachmesse, PLW) in March 2037.

Contact: Lea Sommer, research associate, Hochschule Kaiserslautern,
lea.sommer@hs-kl.example.de
""" + ftr()
write(F, T)
W="Westpfalz Innovation Agency"; HK="Hochschule Kaiserslautern"
gold(F,
 [P("Annette KOLB-REISINGER","lead author",HK), P("Matthias Ehrhardt",None,HK),
  P("Lea Sommer","research associate",HK),
  P("Frank Weidenthaler","managing director","WIA"),
  P("Susanne Hoff-Baumann","Mayor",None)],
 [O(W,"WIA"), O(HK), O("Prüf- und Forschungsinstitut Pirmasens","PFI"), O("IHK Pfalz"),
  O("German Shoe Museum"), O("Handwerkskammer der Pfalz"), O("Messe Pirmasens"), O("Landkreis Südwestpfalz")],
 [E("validation workshop","2036-07-02",None,"Pirmasens","Germany"),
  E("validation workshop","2036-07-09",None,"Hauenstein","Germany"),
  E("board of the agency","2036-11-12",None,None,None),
  E("Schuh- und Lederfachmesse","2037-03",None,"Pirmasens","Germany")],
 ["2036-09-24","1970/2000","2037/2042","2036-02/2036-06","2026/2035","2036-07-02","2036-07-09","2031","2036-11-12","2037-03"],
 ["The cluster has shifted from mass production to safety, orthopaedic and high-end footwear, where it is competitive",
  "Testing and certification services are the strongest asset and bring in customers from across Europe",
  "Two thirds of owners are over 55 and half of them have no successor yet",
  "The companies rarely cooperate in research; only 11 per cent took part in a joint project since 2031",
  "Recycling of leather and shoe soles is discussed by many firms but practised by very few",
  "Set up a cluster management for footwear and leather with at least two full-time staff, hosted by PFI",
  "Launch a succession programme with the IHK Pfalz and the Handwerkskammer der Pfalz, including a matching service for buyers",
  "Fund three joint research projects per year on recycling, digital fitting and sustainable tanning",
  "Promote Pirmasens as a European testing hub in cooperation with the Messe Pirmasens"],
 pub="2036-09-24")
