from h import *
F = 'g15_guimaraes_textile_registration.txt'
assert wd(2042,6,11)=='Wednesday' and wd(2042,6,12)=='Thursday' and wd(2042,5,23)=='Friday'
T = """TEXTILE & CLOTHING CLUSTER PORTUGAL – REGISTRATION NOTICE
Circular no. 17/2042 · Guimarães, 5 May 2042
To: member companies, technology centres and partners

Subject: Registration open – "Textile Futures Week 2042" and international buyers' meetings

Dear Members,

The Textile & Clothing Cluster Portugal (C-TEX), managed by the Associação Têxtil e Vestuário de Portugal (ATP), is pleased to announce that registration is now open for Textile Futures Week 2042, which will take place on 11 and 12 June 2042 at the Centro Cultural Vila Flor in Guimarães and at the CITEVE technology centre in Vila Nova de Famalicão.

This year's edition is co-organised with the Interreg SUDOE project CIRCULAR-TEX, in which C-TEX works with the Clúster Textil de Catalunya (Barcelona), the Pôle Textile Occitanie (Castres) and the University of Minho. The focus is on fibre-to-fibre recycling, digital product passports and the new EU rules on textile waste.

HOW TO REGISTER
1. Fill in the online form on the C-TEX website by Friday 23 May 2042.
2. Indicate whether you wish to take part in the buyers' meetings (limited to 60 companies; selection by the cluster team based on export profile).
3. Pay the fee: members EUR 50, non-members EUR 150. Students and researchers of the University of Minho are exempt.
4. Confirmation with the personal agenda will be sent by 2 June 2042.

PROGRAMME OVERVIEW

Wednesday 11 June – Centro Cultural Vila Flor, Guimarães
09:30  Opening session with Mário Jorge Machado (President, ATP) and Helena Cruz Sampaio, Vice-President of the Northern Regional Coordination and Development Commission (CCDR-N)
10:15  Keynote by Dr. Anneke ter Horst, Director of the Dutch textile cluster Modint (Ede): "Recycled fibres at industrial scale"
11:30  Parallel sessions
14:30  International buyers' meetings, organised with AICEP Portugal Global and the Enterprise Europe Network Portugal
20:00  Cluster gala dinner at the Paço dos Duques de Bragança

Thursday 12 June – CITEVE, Vila Nova de Famalicão
09:30  Demonstrations at the CITEVE pilot lines
11:00  Visit to the recycling plant of Recitêx Fibras, Lda., Barcelos
13:00  Closing lunch and end of the programme

PAST EDITIONS
- Textile Futures Week 2041: 4–5 June 2041, Guimarães – 520 participants
- Textile Futures Week 2040: 30–31 May 2040, Porto
- The series began as "C-TEX Innovation Day" in 2036.

RECOMMENDATIONS FROM THE 2041 EDITION
The working groups of last year's edition adopted three recommendations, which were presented to the Ministry of Economy in September 2041:
- create a national collection scheme for post-consumer textiles before the EU obligation applies;
- fund pilot lines for chemical recycling in the North region;
- train sewing and finishing technicians for repair and remanufacturing services.

Special rates have been agreed with two hotels in the historic centre of Guimarães until 25 May 2042. A shuttle bus will run between Guimarães and Vila Nova de Famalicão on Thursday morning, leaving at 08:45.

Participation in the buyers' meetings is subject to confirmation. Please note that the gala dinner requires separate registration and is not included in the fee.

For questions please contact the C-TEX events team: Beatriz Gonçalves-Pinto, Cluster Project Manager, events@ctex.example.pt, +351 253 000 000.

Best regards,
João Araújo de Castro
Cluster Coordinator, C-TEX

--
This circular is sent to members of ATP and C-TEX. If you no longer wish to receive these messages, reply with "unsubscribe".
ATP – Associação Têxtil e Vestuário de Portugal, Rua Fernando Mesquita 2785, 4760-034 Vila Nova de Famalicão
"""
write(F, T)
C = "Textile & Clothing Cluster Portugal"
gold(F,
 [P("Mário Jorge Machado","President","ATP"),
  P("Helena Cruz Sampaio","Vice-President","Northern Regional Coordination and Development Commission"),
  P("Anneke ter Horst","Director","Modint"),
  P("Beatriz Gonçalves-Pinto","Cluster Project Manager","C-TEX"),
  P("João Araújo de Castro","Cluster Coordinator","C-TEX")],
 [O(C,"C-TEX"), O("Associação Têxtil e Vestuário de Portugal","ATP"), O("CITEVE"), O("Clúster Textil de Catalunya"),
  O("Pôle Textile Occitanie"), O("University of Minho"), O("Northern Regional Coordination and Development Commission","CCDR-N"),
  O("Modint"), O("AICEP Portugal Global"), O("Enterprise Europe Network Portugal"), O("Recitêx Fibras, Lda."), O("Ministry of Economy")],
 [E("Textile Futures Week 2042","2042-06-11","2042-06-12","Guimarães, Vila Nova de Famalicão","Portugal"),
  E("International buyers' meetings","2042-06-11",None,"Guimarães","Portugal"),
  E("Cluster gala dinner","2042-06-11",None,"Guimarães","Portugal"),
  E("Demonstrations at the CITEVE pilot lines","2042-06-12",None,"Vila Nova de Famalicão","Portugal"),
  E("Visit to the recycling plant of Recitêx Fibras, Lda.","2042-06-12",None,"Barcelos","Portugal"),
  E("Textile Futures Week 2041","2041-06-04","2041-06-05","Guimarães","Portugal"),
  E("Textile Futures Week 2040","2040-05-30","2040-05-31","Porto","Portugal"),
  E("C-TEX Innovation Day","2036",None,None,None)],
 ["2042-05-05","2042-06-11/2042-06-12","2042-05-23","2042-06-02","2042-06-11","2042-06-12","2041-06-04/2041-06-05","2040-05-30/2040-05-31","2036","2041-09","2042-05-25"],
 ["create a national collection scheme for post-consumer textiles before the EU obligation applies",
  "fund pilot lines for chemical recycling in the North region",
  "train sewing and finishing technicians for repair and remanufacturing services"],
 pub="2042-05-05")
