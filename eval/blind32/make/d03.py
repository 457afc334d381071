from g import write
T = """WIELKOPOLSKA FURNITURE CLUSTER · ANNUAL REPORT 2034                                    1

ANNUAL REPORT 2034
Wielkopolska Furniture Cluster (WFC)
Poznań, March 2035

Contents
1. Foreword .................................................. 1
2. The year in numbers ....................................... 2
3. Management team ........................................... 3
4. Partners .................................................. 4

1. FOREWORD

2034 was the year in which our members felt the full effect of the new ecodesign rules for furniture. More than
forty companies took part in our product-passport pilot, and the Circular Upholstery Lab we opened with Poznań
University of Technology on 6 June 2034 has already tested 1,200 samples of recycled foam and textile.
We also renewed our Gold label and hosted the Baltic-Wielkopolska Furniture Days (Poznań, 18–19 September 2034), which brought 310 partici-
pants and 96 buyers from eleven countries.

Tomasz Wierzbicki
President of the Board

WIELKOPOLSKA FURNITURE CLUSTER · ANNUAL REPORT 2034                                    2

2. THE YEAR IN NUMBERS

Members: 137 (of which 112 SMEs)        New members in 2034: 14
Events organised: 23                    B2B meetings facilitated: 640
Projects running: 6                      Budget: PLN 4.1 million

WIELKOPOLSKA FURNITURE CLUSTER · ANNUAL REPORT 2034                                    3

3. MANAGEMENT TEAM

The cluster is managed by WFC Sp. z o.o., the operating company owned by the association. Since 1 July 2034
the management team consists of:

Tomasz Wierzbicki – President of the Board (owner, Meble Wierzbicki Sp. z o.o.)
Agnieszka Pawlak-Nowicka – Managing Director
Dr Krzysztof Zieliński – Innovation Manager
Magdalena Grześkowiak – International Cooperation Manager
Paweł Adamczak – Finance and Administration
Zofia Wróbel – Communication and Events Officer (mater-
nity cover until December 2034: Julia Sobczak)

Bartosz Kaczmarek, our innovation manager since 2028, left the team at the end of June 2034 to join the
Wielkopolska Regional Development Agency. We thank him for six years of work.

WIELKOPOLSKA FURNITURE CLUSTER · ANNUAL REPORT 2034                                    4

4. PARTNERS

Strategic partners
- Marshal's Office of the Wielkopolska Region (Urząd Marszałkowski Województwa Wielkopolskiego)
- Poznań University of Technology
- Poznań University of Life Sciences, Faculty of Forestry and Wood Technology
- Polish Agency for Enterprise Development (PARP)
- Enterprise Europe Network – Poznań Science and Technology Park

Industry partners
- Drewnoform S.A.
- Tapico Sp. z o.o.
- Okucia Lesko Sp. j.
- Nordbirk AB (Sweden)
- Holzwerk Lausitz GmbH (Germany)

Cluster partners abroad
- Småland Furniture Network (Sweden)
- Furniture Cluster Lithuania (FCL)

The 2035 work plan was adopted by the General Assembly on 28 February 2035.
"""
W="Wielkopolska Furniture Cluster"
write("WFC_Annual-Report-2034_EN-pdf.txt", T, pub="2035-03",
 people=[("Tomasz Wierzbicki","President of the Board",W),("Agnieszka Pawlak-Nowicka","Managing Director",W),
  ("Krzysztof Zieliński","Innovation Manager",W),("Magdalena Grześkowiak","International Cooperation Manager",W),
  ("Paweł Adamczak","Finance and Administration",W),("Zofia Wróbel","Communication and Events Officer",W),
  ("Julia Sobczak",None,W),("Bartosz Kaczmarek","innovation manager",W)],
 orgs=[(W,"WFC"),("Poznań University of Technology",None),("WFC Sp. z o.o.",None),("Meble Wierzbicki Sp. z o.o.",None),
  ("Wielkopolska Regional Development Agency",None),("Marshal's Office of the Wielkopolska Region",None),
  ("Poznań University of Life Sciences",None),("Faculty of Forestry and Wood Technology",None),
  ("Polish Agency for Enterprise Development","PARP"),("Enterprise Europe Network",None),("Poznań Science and Technology Park",None),
  ("Drewnoform S.A.",None),("Tapico Sp. z o.o.",None),("Okucia Lesko Sp. j.",None),("Nordbirk AB",None),("Holzwerk Lausitz GmbH",None),
  ("Småland Furniture Network",None),("Furniture Cluster Lithuania","FCL")],
 events=[("Baltic-Wielkopolska Furniture Days","2034-09-18","2034-09-19","Poznań","Poland"),
  ("General Assembly","2035-02-28","2035-02-28",None,None)],
 dates=["2035-03","2034","2034-06-06","2034-09-18/2034-09-19","2034-07-01","2034-12","2028","2034-06","2035-02-28"])
