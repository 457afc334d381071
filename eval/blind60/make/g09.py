from h import *
F = 'pannon-automotive-delegation-luxembourg.md'
T = f"""# Pannon Automotive Cluster delegation visits Luxembourg

**Szombathely / Luxembourg, {wd(2031,10,3)} 3 October 2031** – A delegation of twelve companies and three public bodies from Vas County, led by the Pannon Automotive Cluster (PANAC), visited Luxembourg from 29 September to 1 October 2031. The visit was organised together with the Hungarian Embassy in Luxembourg and Luxinnovation, the national innovation agency, and focused on automotive electronics, materials testing and the digitalisation of supplier companies.

## The delegation

The delegation was headed by **Dr. Ferenc Szabó-Kállai**, President of PANAC and managing director of Vasi Precíziós Alkatrész Kft. It included **Krisztina Orbán**, cluster manager of PANAC; **Dr. habil. László Molnár**, dean of the Faculty of Informatics of the ELTE Savaria University Centre; **Tímea Horváth-Kiss**, head of the investment department of the Vas County Government Office; and **Gergely Tóth**, deputy mayor of Szombathely. Representatives of Rába Futómű Kft., Szombathelyi Kábelgyártó Zrt., Savaria Sensorics Kft. and nine other member companies took part.

## Day 1 – Ministry and agency

On {wd(2031,9,29)} 29 September the delegation was received at the Ministry of the Economy by **Jeff Kieffer**, First Government Advisor and head of the Directorate for Industry and Research, and by **Anne-Marie Schmit-Weydert**, Head of Unit for International Cooperation. Mr Kieffer presented the Luxembourg automotive ecosystem of about 40 companies and the national strategy for the data economy. The Hungarian Ambassador, **H.E. Zoltán Balogh**, thanked the ministry for its support and recalled that the two countries had signed a declaration on industrial cooperation in 2029.

In the afternoon the group visited Luxinnovation, where **Sasha Baillie-Reuter**, CEO, and **Marc Hoffmann**, Manager of the Luxembourg Automotive Components Cluster (ILEA / Automotive Cluster), gave an overview of the cluster's 48 members and its services. A joint session on European funding opportunities was moderated by **Dr. Claudia Wagner**, advisor at the Enterprise Europe Network Luxembourg.

## Day 2 – Companies and research

On {wd(2031,9,30)} 30 September the delegation visited the Luxembourg Institute of Science and Technology (LIST) in Esch-sur-Alzette, where **Prof. Dr. Thomas Kallstenius**, CEO, and **Dr. Damien Lenoble**, Director of the Materials Research and Technology department, presented the institute's work on sensors and printed electronics. The group then went to the tyre research centre of Goodyear in Colmar-Berg and to IEE S.A. in Bissen, a supplier of sensing systems, where it was received by **Jean-Paul Thill**, Vice-President Operations.

In the evening the Hungarian Embassy hosted a networking reception with the Chamber of Commerce of the Grand Duchy of Luxembourg. **Nora Weis-Thillens**, Director International Affairs of the Chamber of Commerce, welcomed the guests.

## Day 3 – B2B meetings

On {wd(2031,10,1)} 1 October 32 bilateral meetings took place at the House of Automobile in Leudelange between the Hungarian companies and 19 Luxembourg firms. The meetings were organised by the Enterprise Europe Network Luxembourg and the Enterprise Europe Network Hungary.

## Results

- 32 B2B meetings with 19 Luxembourg companies
- two letters of intent on joint testing services signed by Savaria Sensorics Kft. and a Luxembourg start-up
- agreement between PANAC and the Luxembourg Automotive Components Cluster to exchange members' information and to prepare a joint project proposal
- invitation of LIST researchers to the Pannon Automotive Days in Szombathely

## Next steps

A return visit of the Luxembourg Automotive Components Cluster to Western Hungary is planned for spring 2032. The Pannon Automotive Days will take place on {wd(2032,4,22)} 22 April 2032 in Szombathely, and the Luxembourg cluster has already confirmed a speaker. Krisztina Orbán summed up: "We came to learn, and we leave with concrete contacts. Luxembourg is small, but its companies think globally."

*Contact: Krisztina Orbán, cluster manager, Pannon Automotive Cluster, info@panac.hu*
"""
write(F, T)
PA = "Pannon Automotive Cluster"
gold(F, [
 P("Ferenc Szabó-Kállai", "President", PA),
 P("Krisztina Orbán", "cluster manager", PA),
 P("László Molnár", "dean of the Faculty of Informatics", "ELTE Savaria University Centre"),
 P("Tímea Horváth-Kiss", "head of the investment department", "Vas County Government Office"),
 P("Gergely Tóth", "deputy mayor of Szombathely", None),
 P("Jeff Kieffer", "First Government Advisor and head of the Directorate for Industry and Research", "Ministry of the Economy"),
 P("Anne-Marie Schmit-Weydert", "Head of Unit for International Cooperation", "Ministry of the Economy"),
 P("Zoltán Balogh", "Hungarian Ambassador", None),
 P("Sasha Baillie-Reuter", "CEO", "Luxinnovation"),
 P("Marc Hoffmann", "Manager", "Luxembourg Automotive Components Cluster"),
 P("Claudia Wagner", "advisor", "Enterprise Europe Network Luxembourg"),
 P("Thomas Kallstenius", "CEO", "Luxembourg Institute of Science and Technology"),
 P("Damien Lenoble", "Director of the Materials Research and Technology department", "Luxembourg Institute of Science and Technology"),
 P("Jean-Paul Thill", "Vice-President Operations", "IEE S.A."),
 P("Nora Weis-Thillens", "Director International Affairs", "Chamber of Commerce of the Grand Duchy of Luxembourg"),
], [
 O(PA, "PANAC"), O("Hungarian Embassy in Luxembourg"), O("Luxinnovation"), O("Vasi Precíziós Alkatrész Kft."),
 O("ELTE Savaria University Centre"), O("Vas County Government Office"), O("Rába Futómű Kft."), O("Szombathelyi Kábelgyártó Zrt."),
 O("Savaria Sensorics Kft."), O("Ministry of the Economy"), O("Directorate for Industry and Research"),
 O("Luxembourg Automotive Components Cluster", "ILEA / Automotive Cluster"), O("Enterprise Europe Network Luxembourg"),
 O("Luxembourg Institute of Science and Technology", "LIST"), O("Goodyear"), O("IEE S.A."),
 O("Chamber of Commerce of the Grand Duchy of Luxembourg"), O("Enterprise Europe Network Hungary"),
 O("Faculty of Informatics"),
], [
 E("Pannon Automotive Cluster delegation visit to Luxembourg", "2031-09-29", "2031-10-01", None, "Luxembourg"),
 E("joint session on European funding opportunities", "2031-09-29", "2031-09-29", None, "Luxembourg"),
 E("networking reception", "2031-09-30", "2031-09-30", None, "Luxembourg"),
 E("B2B meetings", "2031-10-01", "2031-10-01", "Leudelange", "Luxembourg"),
 E("return visit of the Luxembourg Automotive Components Cluster to Western Hungary", "2032", "2032", None, "Hungary"),
 E("Pannon Automotive Days", "2032-04-22", "2032-04-22", "Szombathely", "Hungary"),
], ["2031-10-03", "2031-09-29/2031-10-01", "2031-09-29", "2029", "2031-09-30", "2031-10-01", "2032", "2032-04-22"], pub="2031-10-03")
