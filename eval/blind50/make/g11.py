from h import *
doc = 'new-members-Q1-2036_wielkopolska-furniture-cluster.txt'
text = '''WIELKOPOLSKA MEBEL CLUSTER – NEWS

Seven new members join the cluster in the first quarter of 2036
Posted on 8 April 2036 by the cluster office

At its meeting of 31 March 2036 the Management Board of the Wielkopolska Mebel Cluster (WMC) approved the applications of seven
new members. The cluster, founded in Swarzędz in 2012, now counts 146 members: furniture manufacturers, upholsterers, suppliers of
fittings and foams, designers, logistics companies, schools and research institutes from the whole Wielkopolska region.

"Almost half of this quarter's newcomers are not furniture makers at all but suppliers and service companies. This is exactly the
value chain we wanted to build," said Jakub Nowicki-Grzelak, President of the Management Board of WMC.

Please welcome our new members and their contact persons:

1. TAPICER-SYSTEM Sp. z o.o., Koło – upholstery frames and sofa mechanisms for export, 210 employees.
   Contact: Marzena Kędzierska, Sales Director.

2. Drewnolux S.A., Chodzież – solid oak tables and chairs; member of the Polish furniture exporters' association OIGPM.
   Contact: Bartosz Wąsowicz, Product Development Manager.

3. FoamTech Polska Sp. z o.o., Września – flexible PU foams with recycled content.
   Contact: Dr inż. Agnieszka Pietrzak-Lis, Head of R&D.

4. Studio Form & Pole, Poznań – industrial design studio working for furniture and lighting brands.
   Contact: Oskar Mielcarek, co-founder and creative director.

5. LogiMeble Sp. z o.o. sp.k., Gniezno – warehousing and last-mile delivery of bulky goods.
   Contact: Weronika Ślęzak, Key Account Manager.

6. Zespół Szkół Drzewnych im. Stanisława Staszica w Kaliszu – vocational school for carpenters and upholsterers.
   Contact: Krzysztof Jóźwiak, headmaster.

7. Poznań Institute of Technology – Łukasiewicz Research Network (Łukasiewicz – PIT), Wood Technology Centre.
   Contact: Dr Hanna Wrzesińska, Head of the Wood Technology Centre.

Onboarding and first events

The new members will be introduced at the cluster's Spring Networking Meeting on 23 April 2036 at the Drewnolux plant in Chodzież,
combined with a factory tour. Members interested in the group stand of the cluster at the Meble Polska fair in Poznań
(Poznań International Fair, 24–27 February 2037) should contact project manager Tomasz Gołębiewski by 30 June 2036.

Onboarding sessions for the new members are run by the cluster manager, Ewelina Marciniak-Dudek, who joined WMC in November 2033
after six years at the Wielkopolska Regional Development Agency (WARP). Each new member is assigned a "cluster buddy": this quarter,
buddies include Piotr Frąckowiak (Meble Frąckowiak Sp. j.), Iwona Szulc (Szulc Okucia Sp. z o.o.) and Radosław Tomczak (BUK-POL S.A.).

What the newcomers expect

Asked why they joined, most new members named three reasons: access to the joint export programme for Scandinavia and Germany,
the cluster's testing laboratory for upholstery fabrics in Swarzędz, and the training offer for young carpenters. "We want to
meet the furniture makers before our competitors do," said Oskar Mielcarek of Studio Form & Pole. Krzysztof Jóźwiak hopes the
cluster will help his school find internships for 60 pupils in the school year 2036/2037.

Members who left

Two members left the cluster at the end of 2035: Meble Grabowski Sp. j. (closed its business) and Intergraf Poznań Sp. z o.o.
(merged into another member company).

Membership fees 2036 remain unchanged. Applications for membership may be submitted at any time; the Management Board decides
quarterly. The next decision is expected at the Board meeting on 30 June 2036.

Share: Facebook | LinkedIn | Print

Wielkopolska Mebel Cluster · ul. Rzemieślnicza 4 · 62-020 Swarzędz · biuro@wmc.example
'''
W='Wielkopolska Mebel Cluster'
people = [P('Jakub Nowicki-Grzelak','President of the Management Board','WMC'),
 P('Marzena Kędzierska','Sales Director','TAPICER-SYSTEM Sp. z o.o.'),
 P('Bartosz Wąsowicz','Product Development Manager','Drewnolux S.A.'),
 P('Agnieszka Pietrzak-Lis','Head of R&D','FoamTech Polska Sp. z o.o.'),
 P('Oskar Mielcarek','co-founder and creative director','Studio Form & Pole'),
 P('Weronika Ślęzak','Key Account Manager','LogiMeble Sp. z o.o. sp.k.'),
 P('Krzysztof Jóźwiak','headmaster','Zespół Szkół Drzewnych im. Stanisława Staszica w Kaliszu'),
 P('Hanna Wrzesińska','Head of the Wood Technology Centre','Poznań Institute of Technology – Łukasiewicz Research Network'),
 P('Tomasz Gołębiewski','project manager',W),
 P('Ewelina Marciniak-Dudek','cluster manager','WMC'),
 P('Piotr Frąckowiak','cluster buddy','Meble Frąckowiak Sp. j.'),
 P('Iwona Szulc','cluster buddy','Szulc Okucia Sp. z o.o.'),
 P('Radosław Tomczak','cluster buddy','BUK-POL S.A.')]
orgs = [O(W,'WMC'), O('TAPICER-SYSTEM Sp. z o.o.'), O('Drewnolux S.A.'), O('OIGPM'), O('FoamTech Polska Sp. z o.o.'),
 O('Studio Form & Pole'), O('LogiMeble Sp. z o.o. sp.k.'), O('Zespół Szkół Drzewnych im. Stanisława Staszica w Kaliszu'),
 O('Poznań Institute of Technology – Łukasiewicz Research Network','Łukasiewicz – PIT'), O('Wood Technology Centre'),
 O('Poznań International Fair'), O('Wielkopolska Regional Development Agency','WARP'), O('Meble Frąckowiak Sp. j.'),
 O('Szulc Okucia Sp. z o.o.'), O('BUK-POL S.A.'), O('Meble Grabowski Sp. j.'), O('Intergraf Poznań Sp. z o.o.')]
events = [E('Spring Networking Meeting','2036-04-23','2036-04-23','Chodzież','Poland'),
 E('Meble Polska','2037-02-24','2037-02-27','Poznań','Poland'),
 E('Board meeting','2036-06-30','2036-06-30',None,None)]
dates = ['2036','2036-04-08','2036-03-31','2012','2036-04-23','2037-02-24/2037-02-27','2036-06-30','2033-11','2035','2036/2037']
save(doc, text, '2036-04-08', people, orgs, events, dates, [])
