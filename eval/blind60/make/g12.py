from h import *
F = 'varna-maritime-cluster-founder-obituary.txt'
T = f"""BLACK SEA MARITIME CLUSTER – NEWS

In memoriam Captain Nikola Marinov (1958–2033), founder of the Black Sea Maritime Cluster

Varna, {wd(2033,7,8)} 8 July 2033

It is with deep sadness that the Board and the team of the Black Sea Maritime Cluster (BSMC) announce that our founder and honorary president, Captain Nikola Stoyanov Marinov, passed away on 5 July 2033 in Varna, at the age of 75, after a short illness.

Captain Marinov was born in Balchik in 1958. He graduated from the Nikola Vaptsarov Naval Academy in 1981 and spent more than twenty years at sea, the last ten of them as master of bulk carriers of Navibulgar. When he came ashore he did not retire; he started a second career that shaped the maritime economy of north-eastern Bulgaria.

His career in brief:
1981–2003: officer and master on merchant vessels
2003–2011: head of the training centre of the Bulgarian Ship Hydrodynamics Centre
2011–2024: founder and first president of the Black Sea Maritime Cluster
2015–2021: member of the board of the European Network of Maritime Clusters (ENMC)
2024–2033: honorary president of the BSMC

In 2011 he brought together eleven shipping companies, two shipyards, the Naval Academy and the Technical University of Varna around one table and convinced them that they had more to gain by working together than by competing for the same engineers. The cluster that grew out of that meeting now has 74 members. Under his leadership it opened the Maritime Skills Centre in Varna in 2016, organised the first Black Sea Blue Economy Forum in 2014 and became a founding partner of several European projects on green shipping and port digitalisation.

Those who worked with him remember a man of few words and great patience. "Nikola listened to everyone, from the youngest cadet to the minister, in the same way," says Galina Yordanova-Peeva, who succeeded him as president of the cluster in 2024. "He used to say that a cluster is like a crew: you cannot choose the weather, but you can choose who stands next to you."

Rear Admiral (ret.) Prof. Boyan Mednikarov, former rector of the Nikola Vaptsarov Naval Academy, remembers their first project together: "He came to my office in 2010 with a folder of ideas and left with a plan. Our students have had internships with the cluster's members ever since."

Kristof Van den Bossche, secretary general of the European Network of Maritime Clusters, wrote in a message of condolence: "Nikola brought the voice of the Black Sea into our network at a time when few people in Brussels looked east. We have lost a friend and a mentor."

The Mayor of Varna, Mr. Plamen Kostadinov, and the Regional Governor, Ms. Teodora Hristova-Bakalova, have also expressed their condolences to the family.

Captain Marinov received the honorary badge of the Bulgarian Ministry of Transport and Communications in 2018 and the title Honorary Citizen of Balchik in 2022. In 2030 the BSMC created the Captain Marinov Scholarship, which every year supports two students of the Naval Academy from families with low incomes. The board has decided to continue the scholarship for at least ten more years and invites members to contribute.

He is survived by his wife Elena, his daughter Maria and his son Stoyan, and by three grandchildren.

A farewell ceremony will take place on {wd(2033,7,10)} 10 July 2033 at 11:00 in the Church of St. Nicholas in Varna. The cluster will hold a memorial evening for members, partners and friends on {wd(2033,9,4)} 4 September 2033 at the Festival and Congress Centre in Varna, on the eve of the 20th Black Sea Blue Economy Forum (5–6 September 2033). A book of condolences is open at the cluster office, 2 Primorski Blvd, until 31 July 2033, and online at www.bsmc.bg.

Instead of flowers, the family asks for donations to the Captain Marinov Scholarship.

Galina Yordanova-Peeva
President of the Board
Black Sea Maritime Cluster

Share: Facebook · LinkedIn · E-mail
"""
write(F, T)
BS = "Black Sea Maritime Cluster"
gold(F, [
 P("Nikola Stoyanov Marinov", "founder and honorary president", BS),
 P("Galina Yordanova-Peeva", "President of the Board", BS),
 P("Boyan Mednikarov", "former rector", "Nikola Vaptsarov Naval Academy"),
 P("Kristof Van den Bossche", "secretary general", "European Network of Maritime Clusters"),
 P("Plamen Kostadinov", "Mayor of Varna", None),
 P("Teodora Hristova-Bakalova", "Regional Governor", None),
], [
 O(BS, "BSMC"), O("Nikola Vaptsarov Naval Academy"), O("Navibulgar"), O("Bulgarian Ship Hydrodynamics Centre"),
 O("European Network of Maritime Clusters", "ENMC"), O("Technical University of Varna"), O("Maritime Skills Centre"),
 O("Bulgarian Ministry of Transport and Communications"),
], [
 E("first Black Sea Blue Economy Forum", "2014", "2014", None, None),
 E("farewell ceremony", "2033-07-10", "2033-07-10", "Varna", "Bulgaria"),
 E("memorial evening", "2033-09-04", "2033-09-04", "Varna", "Bulgaria"),
 E("20th Black Sea Blue Economy Forum", "2033-09-05", "2033-09-06", "Varna", "Bulgaria"),
], ["1958/2033", "2033-07-08", "2033-07-05", "1958", "1981", "1981/2003", "2003/2011", "2011/2024", "2015/2021", "2024/2033", "2011", "2016",
    "2014", "2024", "2010", "2018", "2022", "2030", "2033-07-10", "2033-09-04", "2033-09-05/2033-09-06", "2033-07-31"], pub="2033-07-08")
