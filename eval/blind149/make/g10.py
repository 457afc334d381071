from h import *
F = 'g10_radom_annual_report_governance-pdf.txt'
assert wd(2036,11,5)=='Wednesday' and wd(2036,10,14)=='Tuesday' and wd(2037,1,21)=='Wednesday'
T = """Mazovian Leather and Footwear Cluster – Annual Report 2036                                    4

3. GOVERNANCE AND PEOPLE

3.1 Members

At 31 December 2036 the Mazovian Leather and Footwear Cluster (Mazo-
wiecki Klaster Skórzano-Obuwniczy, MKSO) had 67 members: 44 manufac-
turers of footwear, leather goods and components, 8 tanneries, 6 service
and design companies, the Kazimierz Pułaski University of Technology and
Humanities in Radom, two vocational schools, the Radom Chamber of Crafts
and Entrepreneurship, the Polish Chamber of the Leather Industry, the
Municipality of Radom and two business support organisations. Nine compa-
nies joined in 2036, three left. Membership fees were unchanged for
the fourth year in a row.

3.2 General Assembly

The ordinary General Assembly met on Tuesday 14 October 2036 in the
Radom Science and Technology Park. It approved the report for 2035 and
elected the Cluster Council for 2036–2039. The assembly was chaired by
Stanisław Kiełbasa, honorary president of the Radom Chamber of Crafts
and Entrepreneurship.

3.3 Cluster Council 2036–2039

The Cluster Council is the cluster's supervisory and strategic body.
At its first sitting on Wednesday 5 November 2036 it elected its officers:

  Chair               Agnieszka Wróblewska-Zając    Wrób-Shoes Sp. z o.o.
  Deputy Chair        Krzysztof Dąbrowski           Garbarnia Dąbrowski S.A.
  Secretary           Dr Paweł Szczęsny             Kazimierz Pułaski Univer-
                                                    sity of Technology and
                                                    Humanities in Radom
  Members             Barbara Kołodziej             Kołodziej Design Studio
                      Marek Ostrowski               Zespół Szkół Odzieżowych
                                                    i Obuwniczych

Outgoing Chair Ryszard Mazur (Mazur Obuwie), who led the Council from
2030, was thanked by the General Assembly for six years of service. He
remains a member of the cluster and will chair the jury of the Radom
Design Award.

Mazovian Leather and Footwear Cluster – Annual Report 2036                                    5

3.4 Cluster management

The cluster is coordinated by the Radom Regional Development Agency
(Radomska Agencja Rozwoju Regionalnego, RARR S.A.), which employs the
cluster team:

- Joanna Lis-Kowalczyk, Cluster Coordinator (since 2034)
- Michał Zieliński, Innovation and Projects Officer
- Aleksandra Nowicka, Marketing and Trade Fairs Officer
- Thomas O'Reilly, Export Adviser (part-time, on secondment from
  Enterprise Ireland's office in Warsaw until June 2037)

Dominika Wasiak, Membership Officer since 2031, left the team in
September 2036 to set up her own company; her tasks are shared by
Michał Zieliński and Aleksandra Nowicka.

3.5 External relations

In 2036 the cluster's officers represented it at the Mazovian Regional
Council's Smart Specialisation Steering Committee (Agnieszka Wróblewska-
Zając), at the Council of the Polish Cluster Association (Joanna Lis-Ko-
walczyk) and at the European Footwear Confederation's working group on
skills (Dr Paweł Szczęsny). The cluster signed a cooperation agreement
with the Portuguese footwear association APICCAPS in Porto on 9 March
2036 and hosted a delegation from the Spanish cluster of Elda in May
2036.

Partner events in 2036:
- MICAM Milano, 18–21 September 2036, joint stand of 7 member companies
- Radom Shoe Days, 24–25 April 2036, Radom, 2,300 visitors
- the Polish Cluster Congress, 1–2 December 2036, Katowice

3.6 Key takeaways for the Council

The Council discussed this chapter on 21 January 2037 and drew these
key takeaways:

- The cluster should recruit more members from outside Radom, above
  all in the Przysucha and Szydłowiec districts
- The cluster team is too small for the number of projects; a fourth
  full-time post is needed by 2038
- Skills remain the members' first concern, ahead of energy costs

Mazovian Leather and Footwear Cluster – Annual Report 2036                                    6
"""
write(F, T)
C="Mazovian Leather and Footwear Cluster"
gold(F,
 [P("Stanisław Kiełbasa","honorary president","Radom Chamber of Crafts and Entrepreneurship"),
  P("Agnieszka Wróblewska-Zając","Chair",C),
  P("Krzysztof Dąbrowski","Deputy Chair",C),
  P("Paweł Szczęsny","Secretary",C),
  P("Barbara Kołodziej","Member",C),
  P("Marek Ostrowski","Member",C),
  P("Ryszard Mazur","Outgoing Chair",C),
  P("Joanna Lis-Kowalczyk","Cluster Coordinator",C),
  P("Michał Zieliński","Innovation and Projects Officer",C),
  P("Aleksandra Nowicka","Marketing and Trade Fairs Officer",C),
  P("Thomas O'Reilly","Export Adviser",C),
  P("Dominika Wasiak","Membership Officer",C)],
 [O(C,"MKSO"), O("Kazimierz Pułaski University of Technology and Humanities in Radom"),
  O("Radom Chamber of Crafts and Entrepreneurship"), O("Polish Chamber of the Leather Industry"), O("Municipality of Radom"),
  O("Wrób-Shoes Sp. z o.o."), O("Garbarnia Dąbrowski S.A."), O("Kołodziej Design Studio"), O("Mazur Obuwie"), O("Zespół Szkół Odzieżowych i Obuwniczych"),
  O("Radom Regional Development Agency","RARR S.A."), O("Enterprise Ireland"), O("Mazovian Regional Council"),
  O("Polish Cluster Association"), O("European Footwear Confederation"), O("APICCAPS")],
 [E("General Assembly","2036-10-14",None,"Radom","Poland"),
  E("first sitting","2036-11-05",None,None,None),
  E("delegation from the Spanish cluster of Elda","2036-05",None,None,None),
  E("MICAM Milano","2036-09-18","2036-09-21","Milano","Italy"),
  E("Radom Shoe Days","2036-04-24","2036-04-25","Radom","Poland"),
  E("Polish Cluster Congress","2036-12-01","2036-12-02","Katowice","Poland"),
],
 ["2036-12-31","2036","2036-10-14","2035","2036/2039","2036-11-05","2030","2034","2037-06","2031","2036-09",
  "2036-03-09","2036-05","2036-09-18/2036-09-21","2036-04-24/2036-04-25","2036-12-01/2036-12-02","2037-01-21","2038"],
 ["The cluster should recruit more members from outside Radom, above all in the Przysucha and Szydłowiec districts",
  "The cluster team is too small for the number of projects; a fourth full-time post is needed by 2038",
  "Skills remain the members' first concern, ahead of energy costs"],
 pub=None)
