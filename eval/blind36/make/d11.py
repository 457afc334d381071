from common import *
T = """Debrecen Health Industry Cluster (DHIC)
Call for Proposals DHIC-INNO-2033 "Clinical Validation Vouchers"

EXPERT JURY – COMPOSITION AND PROCEDURE
Published: 02.05.2033

The DHIC Board appointed the following independent experts to the jury of the call DHIC-INNO-2033. The call opened
on 15 March 2033 and closed on 28 April 2033 (17:00 CET); 38 applications were received. The jury will evaluate the
eligible proposals between 8 and 26 May 2033 and hold its consensus meeting on 30 May 2033 in Debrecen. Results are
expected by mid-June 2033.

Jury members

1. Prof. Dr. Zsuzsanna KOVÁCS-NAGY (Chair of the jury)
   professor of clinical pharmacology, University of Debrecen, Faculty of Medicine

2. Dr. Ferenc TÓTH
   head of the clinical trials unit, Semmelweis University, Budapest

3. Katalin Szabó-Erdős
   senior investment manager, Alföld Venture Capital Zrt.

4. Dr. Andreas WINKLHOFER
   regulatory affairs consultant, MedReg Partners GmbH, Vienna

5. Marta Jankowska
   innovation manager, Lubelska Sieć MedTech (Poland)

6. Dr. Gábor Horváth-Lendvai
   former R&D director, Hajdú Pharma Zrt.; independent expert

Observer without vote: Eszter Molnár, programme officer, National Research, Development and Innovation Office (NKFIH).

Procedure
Each proposal is scored by two jury members against four criteria (clinical need, quality of the validation plan,
company capacity, market potential). Jury members sign a declaration of no conflict of interest; Dr. TÓTH will
not assess the two proposals involving Semmelweis University. The jury chair has a casting vote.

The call is managed by the DHIC cluster office: Bence Farkas, call coordinator (inno@dhic.example, +36 52 000 118).
Cluster manager: Réka Balogh.

Information session
An online information session for unsuccessful applicants will be held on 20 June 2033 at 10:00.

The call is funded by the Hajdú-Bihar County Government and DHIC member fees. DHIC was founded in 2009 and accredited
as an Accredited Innovation Cluster in 2016.
"""
C="Debrecen Health Industry Cluster"
write("DHIC-INNO-2033_expert-jury.txt", T,
 [P("Zsuzsanna KOVÁCS-NAGY","professor of clinical pharmacology","University of Debrecen"),
  P("Ferenc TÓTH","head of the clinical trials unit","Semmelweis University"),
  P("Katalin Szabó-Erdős","senior investment manager","Alföld Venture Capital Zrt."),
  P("Andreas WINKLHOFER","regulatory affairs consultant","MedReg Partners GmbH"),
  P("Marta Jankowska","innovation manager","Lubelska Sieć MedTech"),
  P("Gábor Horváth-Lendvai","former R&D director","Hajdú Pharma Zrt."),
  P("Eszter Molnár","programme officer","National Research, Development and Innovation Office"),
  P("Bence Farkas","call coordinator",C),
  P("Réka Balogh","Cluster manager",C)],
 [O(C,"DHIC"),O("University of Debrecen"),O("Faculty of Medicine"),O("Semmelweis University"),
  O("Alföld Venture Capital Zrt."),O("MedReg Partners GmbH"),O("Lubelska Sieć MedTech"),O("Hajdú Pharma Zrt."),
  O("National Research, Development and Innovation Office","NKFIH"),O("Hajdú-Bihar County Government")],
 [E("consensus meeting","2033-05-30","2033-05-30","Debrecen","Hungary"),
  E("online information session","2033-06-20","2033-06-20",None,None)],
 ["2033-05-02","2033-03-15","2033-04-28","2033-05-08/2033-05-26","2033-05-30","2033-06","2033-06-20","2009","2016"],
 pub="2033-05-02")
