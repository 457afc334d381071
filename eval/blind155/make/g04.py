from h import *
F = 'g04_hodmezovasarhely_lessons_learnt-pdf.txt'
assert wd(2041,6,12)=='Wednesday' and wd(2040,11,20)=='Tuesday'
HDR = "AGRI-HEAT CE · Final Report: Lessons Learnt · June 2041"
def ft(n): return f"Interreg Central Europe · Project CE0000417 · page {n} of 3"
T = f"""{HDR}

AGRI-HEAT CE
Geothermal heat for greenhouse clusters in
Central Europe
Final report on lessons learnt
Deliverable D4.3 · Version 1.0 · 12 June 2041

Lead partner: Hódmezővásárhely Municipality
(Hódmezővásárhely Megyei Jogú Város Önkor-
mányzata), Hungary
Author: Zsófia Kerekes-Nagy, project manager,
with contributions from all partners

1. Introduction
AGRI-HEAT CE brought together seven partners
from four countries between April 2038 and
May 2041 to find out how geothermal and waste
heat can keep greenhouse vegetable growers
competitive in rural areas of Central Europe.
The southern Great Plain around Hódmező-
vásárhely and Szentes has the largest cluster
of geothermally heated greenhouses in Europe,
but many wells are old and the reinjection of
used water is costly.

Partnership:
- Hódmezővásárhely Municipality (HU), lead
  partner
- Dél-alföldi Kertészeti Klaszter (South Great
  Plain Horticulture Cluster, HU)
- University of Szeged, Faculty of Agriculture
  (HU)
- Regionalmanagement Südoststeiermark (AT)
- Zagreb County Development Agency (HR)
- Geothermal Cluster Slovakia (SK)
- Bad Radkersburg Thermal Energy GmbH (AT)

{ft(1)}
{HDR}

2. What we did
The partners mapped 214 geothermal wells, tes-
ted heat storage at three pilot sites and ran
a training course for 46 greenhouse operators.
Main project meetings:
- Kick-off meeting, Hódmezővásárhely, 18-19
  April 2038
- Study visit to Feldbach and Bad Radkersburg,
  3-5 October 2039
- Steering committee in Velika Gorica, 20 Novem-
  ber 2040 (Tuesday)
- Final conference, Szentes, 14-15 May 2041

At the final conference Dr. Bálint Tóth-Halász,
president of the Dél-alföldi Kertészeti Klas-
zter, said the growers had "stopped seeing geo-
thermal water as a free gift and started seeing
it as an asset that must be managed".

3. Lessons learnt
The partners agreed on the following lessons:
- Pilot investments must be decided in the
  first year; our pilots started late and had
  only one heating season to test
- Growers trust other growers more than
  consultants, so peer visits worked better than
  seminars
- The legal rules on reinjection differ in all
  four countries and must be studied before
  any joint technical solution is proposed
- A cluster organisation is the right partner
  to keep a training course alive after the
  project ends
- Public authorities need their own energy
  expert on the team; without one, the
  municipalities could not judge the offers they
  received

{ft(2)}
{HDR}

4. Recommendations for policy makers
- Include geothermal heat for agriculture
  in the regional smart specialisation
  strategies of the Great Plain and of Styria
- Create a guarantee fund for the risk of
  dry wells, shared by national and regional
  authorities
- Support cluster managers' time in the
  2042-2048 programmes, not only investments

5. Team and contacts
Project manager: Zsófia Kerekes-Nagy (Hódme-
zővásárhely Municipality)
Communication: Márk Szalontai
Partner contacts: Mag. Verena Pölzl (Regional-
management Südoststeiermark), Ivana Kovačić-Brlek
(Zagreb County Development Agency), Ing.
Tomáš Hudec (Geothermal Cluster Slovakia).
Financial controller: Erika Balogh, Ministry
of Foreign Affairs and Trade, Budapest

The project was co-financed by the European
Regional Development Fund. The content reflects
only the authors' views; the programme author-
ities are not liable for any use of the infor-
mation it contains.

{ft(3)}
"""
write(F, T)
H = "Hódmezővásárhely Municipality"
gold(F,
 [P("Zsófia Kerekes-Nagy","project manager",H),
  P("Bálint Tóth-Halász","president","Dél-alföldi Kertészeti Klaszter"),
  P("Márk Szalontai","Communication",None),
  P("Verena Pölzl",None,"Regionalmanagement Südoststeiermark"),
  P("Ivana Kovačić-Brlek",None,"Zagreb County Development Agency"),
  P("Tomáš Hudec",None,"Geothermal Cluster Slovakia"),
  P("Erika Balogh","Financial controller","Ministry of Foreign Affairs and Trade")],
 [O(H), O("Dél-alföldi Kertészeti Klaszter"), O("University of Szeged, Faculty of Agriculture"),
  O("Regionalmanagement Südoststeiermark"), O("Zagreb County Development Agency"), O("Geothermal Cluster Slovakia"),
  O("Bad Radkersburg Thermal Energy GmbH"), O("Ministry of Foreign Affairs and Trade")],
 [E("Kick-off meeting","2038-04-18","2038-04-19","Hódmezővásárhely","Hungary"),
  E("Study visit","2039-10-03","2039-10-05","Feldbach, Bad Radkersburg","Austria"),
  E("Steering committee","2040-11-20",None,"Velika Gorica","Croatia"),
  E("Final conference","2041-05-14","2041-05-15","Szentes","Hungary")],
 ["2041-06","2041-06-12","2038-04/2041-05","2038-04-18/2038-04-19","2039-10-03/2039-10-05","2040-11-20",
  "2041-05-14/2041-05-15","2042/2048"],
 ["Pilot investments must be decided in the first year; our pilots started late and had only one heating season to test",
  "Growers trust other growers more than consultants, so peer visits worked better than seminars",
  "The legal rules on reinjection differ in all four countries and must be studied before any joint technical solution is proposed",
  "A cluster organisation is the right partner to keep a training course alive after the project ends",
  "Public authorities need their own energy expert on the team; without one, the municipalities could not judge the offers they received",
  "Include geothermal heat for agriculture in the regional smart specialisation strategies of the Great Plain and of Styria",
  "Create a guarantee fund for the risk of dry wells, shared by national and regional authorities",
  "Support cluster managers' time in the 2042-2048 programmes, not only investments"],
 pub="2041-06-12")
