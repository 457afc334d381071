from s import *
IV="Ida-Virumaa Tööstusklaster MTÜ"
W("ida-viru-energy-transition-challenge-2034_et-en","ida-viru-energy-transition-challenge-2034_et-en.md","2034-01-09",[
P("Jelena Ivanova-Tamm","Cluster Manager",IV),P("Margus Lepik-Saar","Director","TalTech Virumaa College"),
P("Olga Sõstra","Head of Development","Ida-Viru Enterprise Centre"),P("Rainer Kütt","Chief Technology Officer","Enefit Power AS"),
P("Hanna Kiviloo","Programme Manager","Estonian Business and Innovation Agency"),P("Pieter de Graaf","Senior Advisor","European Commission"),
P("Andrus Põder","Project Manager","Ida-Viru Enterprise Centre")],
[O(IV,"Ida-Viru Industrial Cluster"),O("Ida-Viru Enterprise Centre","IVEK"),O("TalTech Virumaa College"),O("Narva Business Centre","Narva Ettevõtluskeskus"),
O("Kohtla-Järve Tööstuspark"),O("Enefit Power AS"),O("Estonian Ministry of Economic Affairs and Communications"),O("VKG Oil AS"),O("Narva Vesi AS"),
O("Estonian Unemployment Insurance Fund","Eesti Töötukassa"),O("Estonian Business and Innovation Agency","EIS"),O("Just Transition Platform"),O("European Commission"),
O("Narva Soojusvõrk AS")],
[E("Ida-Viru Energy Transition Challenge 2034","2034-03-14","2034-06-12",None,"Estonia"),E("Round 1","2034-03-14","2034-03-15","Narva","Estonia"),
E("Round 2","2034-04-25","2034-04-26","Kohtla-Järve","Estonia"),E("Round 3 (online)","2034-05-16"),E("Final","2034-06-12",None,"Jõhvi","Estonia"),
E("Pilot edition 2033","2033-10-07","2033-10-08","Narva","Estonia")],
["2034-03-14/2034-03-15","2034-04-25/2034-04-26","2034-05-16","2034-06-12","2034-03-07","2034-04-18","2034-05-09","2033","2033-10-07/2033-10-08","2021/2027"])
