from h import *
F = 'asturias-metal-cluster-annual-report-2036-governance-pdf.txt'
H = lambda n: f"\n\nMETALASTUR – Asturian Metalworking and Industrial Maintenance Cluster · Annual Report 2036                {n}\n\n"
T = f"""METALASTUR – Asturian Metalworking and Industrial Maintenance Cluster · Annual Report 2036                22

4 GOVERNANCE AND ORGANISATION

4.1 Legal form and members

The Asociación Clúster del Metal y Mantenimiento Industrial de Asturias (METALASTUR) is a non-profit associa-
tion registered in Gijón in 2019 and recognised by the Spanish Ministry of Industry and Tourism as an Agrupa-
ción Empresarial Innovadora (AEI) since 2021. At 31 December 2036 it had 87 members: 71 companies (of which
58 SMEs), six technology centres and universities, and ten other bodies, including the Port Authority of Gijón
and the Asturian Regional Development Agency (IDEPA). Eleven new members joined during the year and three left.

4.2 General Assembly

The General Assembly, made up of all members, met twice in 2036. The ordinary General Assembly on Thursday
28 May 2036 at the Palacio de Congresos of the Feria Internacional de Muestras de Asturias approved the 2035
accounts, the 2036 budget of EUR 1.42 million and the new membership fee scale. An extraordinary General
Assembly held online on {wd(2036,11,25)} 25 November 2036 amended Article 14 of the statutes to allow a third
vice-president representing technology centres.

4.3 Board of Directors

The Board of Directors (Junta Directiva) has eleven members elected for four years; the current Board was
elected on 30 May 2034 for the term 2034–2038. It met seven times in 2036, with an average attendance of 86%.
On 31 December 2036 its composition was:

  President           José Manuel Fernández-Arango   Talleres Fernández Arango, S.L., Avilés
  First Vice-President María Belén Suárez Menéndez    Mantenimientos Industriales del Nalón, S.A.,
                                                      Langreo
  Second Vice-President Íñigo Zabala Etxeberria     Calderería Naval del Cantábrico, S.A., Gijón
  Third Vice-President Dr. Lucía Álvarez-Prida       Fundación Centro Tecnológico del Acero
                                                      (CETA-Asturias)
  Treasurer           Ramón Cueto Llana              Cueto Hidráulica, S.L.U., Siero
  Secretary           Marta Iglesias Rodríguez       Iglesias & Noval Abogados, S.L.P., Oviedo
  Members             Hans-Peter Vogelsang           ArcelorSteel Asturias Services, S.A., Gijón
                      Ana Isabel Menéndez Cuesta     Universidad de Oviedo, Escuela Politécnica de
                                                     Ingeniería de Gijón
                      Xosé Antón García              Soldaduras Técnicas del Occidente, S.L., Navia
                      Carmen del Valle Rubiera       Autoridad Portuaria de Gijón
                      Paulo Rodrigues Teixeira       Lusomec Ibérica, S.A., Avilés

{H(22).strip()}

METALASTUR – Asturian Metalworking and Industrial Maintenance Cluster · Annual Report 2036                23

Dr. Lucía Álvarez-Prida took up the new post of Third Vice-President on 10 December 2036. Pablo Ordóñez Villa
(Lusomec Ibérica), who had served on the Board since the cluster's foundation, resigned in September 2036
on his retirement; the Board thanked him for seventeen years of work for the metal sector in Asturias and
co-opted Paulo Rodrigues Teixeira from the same company until the next General Assembly.

4.4 Management team

The Board delegates day-to-day management to the cluster manager, Elena Rodríguez-Quirós, in post since
1 February 2030. The team grew from five to six people in 2036:

  • Elena Rodríguez-Quirós, cluster manager
  • Borja Pañeda Suárez, head of projects and European funding
  • Nerea Castaño López, training and talent coordinator
  • Tomás Bernaldo de Quirós, internationalisation manager (since 1 April 2036)
  • Lidia Fanjul Gómez, communication officer
  • Rosa M.ª Pello, administration and membership

4.5 Working groups and committees

Four working groups prepare the Board's decisions: Predictive Maintenance (chair: Ramón Cueto Llana), Offshore
Wind Supply Chain (chair: Íñigo Zabala Etxeberria), Talent and Vocational Training (chair: Ana Isabel Menéndez
Cuesta) and Decarbonisation of Metal Processes (chair: Dr. Lucía Álvarez-Prida). An Audit and Ethics Commit-
tee of three members who do not sit on the Board reviewed the 2035 accounts; it is chaired by Javier Solís
Arbesú, a retired auditor.

4.6 Main governance decisions in 2036

  1. Adoption of the Strategic Plan 2036–2040, with offshore wind, predictive maintenance and green steel as
     the three priority lines.
  2. Creation of the post of Third Vice-President for technology centres (statutes amended on 25 November
     2036).
  3. Approval of a code of conduct for members taking part in joint tenders.
  4. Signature of a cooperation agreement with the Basque cluster association Fundación Clúster de Energía
     on 16 October 2036 in Bilbao.

{H(23).strip()}

METALASTUR – Asturian Metalworking and Industrial Maintenance Cluster · Annual Report 2036                24

4.7 Transparency and external audit

The annual accounts for 2036 were audited by Auditores Astures, S.L.P.; the auditor's report, signed by
Covadonga Miranda Fueyo on 12 March 2037, contains no qualifications. The accounts, the minutes of the
General Assembly and the Board's register of interests are published on the cluster's website. METALASTUR
renewed its Bronze Label of the European Cluster Excellence Initiative (ECEI) in June 2036 and will apply
for the Silver Label in 2037.

4.8 Outlook for 2037

The Board will hold its first meeting of 2037 on {wd(2037,1,21)} 21 January 2037 in Avilés. The ordinary
General Assembly is called for {wd(2037,5,27)} 27 May 2037, when the accounts for 2036 will be submitted and
the co-option of Paulo Rodrigues Teixeira ratified.

{H(24).strip()}
"""
write(F, T)
gold(F, [P('José Manuel Fernández-Arango','President','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('María Belén Suárez Menéndez','First Vice-President','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Íñigo Zabala Etxeberria','Second Vice-President','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Lucía Álvarez-Prida','Third Vice-President','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Ramón Cueto Llana','Treasurer','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Marta Iglesias Rodríguez','Secretary','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Hans-Peter Vogelsang','member','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Ana Isabel Menéndez Cuesta','member','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Xosé Antón García','member','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Carmen del Valle Rubiera','member','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Paulo Rodrigues Teixeira','member','Asociación Clúster del Metal y Mantenimiento Industrial de Asturias'),
 P('Pablo Ordóñez Villa',None,'Lusomec Ibérica, S.A.'),
 P('Elena Rodríguez-Quirós','cluster manager','METALASTUR'),
 P('Borja Pañeda Suárez','head of projects and European funding','METALASTUR'),
 P('Nerea Castaño López','training and talent coordinator','METALASTUR'),
 P('Tomás Bernaldo de Quirós','internationalisation manager','METALASTUR'),
 P('Lidia Fanjul Gómez','communication officer','METALASTUR'),
 P('Rosa M.ª Pello','administration and membership','METALASTUR'),
 P('Javier Solís Arbesú','retired auditor',None),
 P('Covadonga Miranda Fueyo',None,'Auditores Astures, S.L.P.')],
 [O('Asociación Clúster del Metal y Mantenimiento Industrial de Asturias','METALASTUR'), O('Ministry of Industry and Tourism'),
  O('Port Authority of Gijón'), O('Asturian Regional Development Agency','IDEPA'),
  O('Talleres Fernández Arango, S.L.'), O('Mantenimientos Industriales del Nalón, S.A.'), O('Calderería Naval del Cantábrico, S.A.'),
  O('Fundación Centro Tecnológico del Acero','CETA-Asturias'), O('Cueto Hidráulica, S.L.U.'), O('Iglesias & Noval Abogados, S.L.P.'),
  O('ArcelorSteel Asturias Services, S.A.'), O('Universidad de Oviedo'), O('Soldaduras Técnicas del Occidente, S.L.'),
  O('Autoridad Portuaria de Gijón'), O('Lusomec Ibérica, S.A.'), O('Fundación Clúster de Energía'), O('Auditores Astures, S.L.P.'),
  O('European Cluster Excellence Initiative','ECEI')],
 [E('ordinary General Assembly','2036-05-28','2036-05-28',None,None), E('extraordinary General Assembly','2036-11-25','2036-11-25',None,None),
  E('Board meeting','2037-01-21','2037-01-21','Avilés','Spain'), E('ordinary General Assembly','2037-05-27','2037-05-27',None,None)],
 ['2036','2019','2021','2036-12-31','2036-05-28','2035','2036-11-25','2034-05-30','2034/2038','2036-12-10','2036-09','2030-02-01','2036-04-01','2036/2040','2036-10-16','2037-03-12','2036-06','2037','2037-01-21','2037-05-27'],
 km=["Adoption of the Strategic Plan 2036–2040, with offshore wind, predictive maintenance and green steel as the three priority lines",
 "Creation of the post of Third Vice-President for technology centres (statutes amended on 25 November 2036)",
 "Approval of a code of conduct for members taking part in joint tenders",
 "Signature of a cooperation agreement with the Basque cluster association Fundación Clúster de Energía on 16 October 2036 in Bilbao"])
