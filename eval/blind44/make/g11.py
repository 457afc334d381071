from g import *
N="Neris Finance Technology Cluster"; BIL="Baltic Insurtech Labs, UAB"; V="Veritas Digital Identity OÜ"
w("welcome-new-members-Q1-2035.md","2035-04-08",
[P("Rokas Petrauskas","Managing director","Kvadratas Pay, UAB"),P("Ieva Stankevičiūtė","CEO and co-founder","Ledgerline, UAB"),
 P("Darius Mickevičius","Managing director",BIL),P("Greta Jankauskaitė","head of partnerships",BIL),
 P("Paweł Zawadzki","Branch manager","Finora Analytics Sp. z o.o."),P("Vaida Jonaitienė","vice-dean for partnerships","Faculty of Informatics"),
 P("Algirdas Norkus","Chief executive","Šiaulių Kredito Unija"),P("Kristjan Tamm","Managing director",V),P("Monika Vaitkutė","country manager Lithuania",V),
 P("Tomas Ramanauskas","Managing partner","Lituanica Legal, advokatų profesinė bendrija"),P("Eglė Urbonavičienė","Director","Greenpay Foundation"),
 P("Jurgita Balčiūnienė","Managing Director",N),P("Mantas Žukauskas","President",N),P("Laura Butkutė","Member Services Manager",None)],
[O(N,"NFTC"),O("Kvadratas Pay, UAB"),O("Ledgerline, UAB"),O("Bank of Lithuania"),O(BIL),O("Finora Analytics Sp. z o.o."),
 O("Kauno technologijų universitetas"),O("Faculty of Informatics"),O("Šiaulių Kredito Unija"),O(V),O("Lituanica Legal, advokatų profesinė bendrija"),
 O("Greenpay Foundation"),O("Innovation Agency Lithuania"),O("Aukštaitijos bankas AB"),O("Sėkla Pay, UAB"),O("Norlink Payments, UAB"),O("Credify Baltic, UAB")],
[E("New Members' Breakfast","2035-04-24","2035-04-24","Vilnius","Lithuania"),E("Money20/20 Europe","2035-06-02","2035-06-04","Amsterdam","Netherlands"),
 E("Baltic Open Finance Summit","2035-10-16","2035-10-16","Vilnius","Lithuania"),E("General Assembly","2035-05-29","2035-05-29",None,None)],
["2035-04-08","2035-01/2035-03","2035-04-24","2034","2035-02","2033","2035","2035-06-02/2035-06-04","2035-10-16","2035-05-29","2035-03-01"])
