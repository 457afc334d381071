from w import W
C='Kainuun Akku- ja Mineraaliklusteri ry'
W('kainuu-akkuklusteri-toimitusjohtaja-fi',
[("Henna Kyllönen-Barros","toimitusjohtaja",C),("Markku Heikkinen","senior advisor",C),("Tapio Moilanen","hallituksen puheenjohtaja",C),
("Jussi Karppinen","kehityspäällikkö",C),("Elina Tervo-Lindqvist","Viestintäpäällikkö",C),("Noora Aaltonen","vt. viestintäpäällikkö",C)],
[(C,None),("Kajaanin ammattikorkeakoulusta","KAMK"),("Sotkamon Metallit Oy",None),("Lusolítio S.A.",None),("Geologian tutkimuskeskuksessa","GTK"),
("Oulun yliopistosta",None),("European Cluster Excellence Initiative",None),("Kainuun Osaajat Oy",None),("Kainuun liitto",None),("Business Kainuu",None),("Euroopan unioni",None)],
[("esittäytymistilaisuus","2032-10-13","2032-10-13","Kajaani","Finland"),("Nordic Battery Value Chain Days","2033-03-18","2033-03-19","Kajaani","Finland"),
("hallituksen kokous","2032-08-22","2032-08-22",None,None)],
["2032-08-26","2032-10-01","2027","2032","2024","2032-10-01/2032-12-31","2033","2030","2033/2036","2032-08-22","2029","2032-09-01","2033-08-31","2032-10-13","2032-10-06","2033-03-18/2033-03-19","2032-08-29"],
pub="2032-08-26")
