from common import *
T = """CONFERENCE REPORT

Food Futures Thessaloniki 2035 – "From the Mediterranean diet to the Mediterranean market"
4–5 December 2035, Thessaloniki Concert Hall (Megaron), Greece

Organised by the Northern Greece Food & Beverage Cluster (NGFB Cluster) with the Region of Central Macedonia
Report prepared by the cluster secretariat, 19 December 2035

1. Overview
The fourth edition of Food Futures brought 420 participants from 17 countries to Thessaloniki – food producers,
retailers, researchers and regional policymakers. Over two days, six panels discussed exports, packaging,
functional foods and the skills gap in food processing. 96 B2B meetings were held on the second afternoon.
The conference was opened by Apostolos Karamanlidis, President of the NGFB Cluster, and by Eleftheria
Papathanasiou, Deputy Regional Governor for Development, Region of Central Macedonia.

2. Panels and panellists

Panel 1 – Exporting Greek food beyond the EU
Moderator: Sofia Lazaridou, journalist, Voreia Oikonomia
• Yannis Chatzidakis, export director, Olympos Olive Mills S.A.
• Leila Haddad, purchasing manager, Gulf Fine Foods LLC (Dubai)
• Konstantinos Vlachos, Enterprise Greece

Panel 2 – Functional foods: from lab to shelf
Moderator: Prof. Maria Kontogianni, Aristotle University of Thessaloniki (AUTh)
• Dr. Nikos Samaras, head of R&D, Macedonian Dairy Cooperative "Galaxia"
• Birgit Van Oost, regulatory affairs, Nutrilab Belgium BV
• Efi Stathopoulou, founder, Krokos Kozanis Superfoods I.K.E.

Panel 3 – Packaging and the new EU rules
• Ana Margarida Rebelo, policy officer, DG ENV, European Commission
• Giorgos Tsolakis, CEO, Thermaikos Pack S.A.
• Henrik Sjöberg, senior advisor, Swedish Food Cluster Network

Panel 4 – Skills for the food factory of 2040
• Eleni Mavridou, director, Thessaloniki Vocational Training Centre
• Dimitris Oikonomou, plant manager, Vergina Snacks S.A.
• Pierre-Yves Le Goff, cluster manager, Armor Agro Cluster (Bretagne), France

(Panels 5 and 6 on retail partnerships and water use in agriculture are summarised in the annex.)

3. Key takeaways
• Exporters outside the EU need shared logistics and certification support more than subsidies.
• Functional-food claims must be built on clinical evidence from the start, not after product launch.
• The new packaging rules are an opportunity for regional packaging SMEs if they invest in reuse systems now.
• Food companies should co-design vocational curricula with training centres; apprenticeships work best with SME consortia.

4. Next steps
The cluster will set up an export working group in January 2036 and organise a study visit to the Gulfood fair in
Dubai in February 2036. Food Futures 2036 will take place on 3–4 December 2036, again in Thessaloniki.

Contact: Anastasia Koutra, cluster coordinator, NGFB Cluster, info@ngfb.example
"""
C="Northern Greece Food & Beverage Cluster"
write("FoodFutures2035_conference-report.txt", T,
 [P("Apostolos Karamanlidis","President",C),
  P("Eleftheria Papathanasiou","Deputy Regional Governor for Development","Region of Central Macedonia"),
  P("Sofia Lazaridou","journalist","Voreia Oikonomia"),
  P("Yannis Chatzidakis","export director","Olympos Olive Mills S.A."),
  P("Leila Haddad","purchasing manager","Gulf Fine Foods LLC"),
  P("Konstantinos Vlachos",None,"Enterprise Greece"),
  P("Maria Kontogianni",None,"Aristotle University of Thessaloniki"),
  P("Nikos Samaras","head of R&D",'Macedonian Dairy Cooperative "Galaxia"'),
  P("Birgit Van Oost","regulatory affairs","Nutrilab Belgium BV"),
  P("Efi Stathopoulou","founder","Krokos Kozanis Superfoods I.K.E."),
  P("Ana Margarida Rebelo","policy officer","DG ENV"),
  P("Giorgos Tsolakis","CEO","Thermaikos Pack S.A."),
  P("Henrik Sjöberg","senior advisor","Swedish Food Cluster Network"),
  P("Eleni Mavridou","director","Thessaloniki Vocational Training Centre"),
  P("Dimitris Oikonomou","plant manager","Vergina Snacks S.A."),
  P("Pierre-Yves Le Goff","cluster manager","Armor Agro Cluster"),
  P("Anastasia Koutra","cluster coordinator","NGFB Cluster")],
 [O(C,"NGFB Cluster"),O("Region of Central Macedonia"),O("Voreia Oikonomia"),O("Olympos Olive Mills S.A."),
  O("Gulf Fine Foods LLC"),O("Enterprise Greece"),O("Aristotle University of Thessaloniki","AUTh"),
  O('Macedonian Dairy Cooperative "Galaxia"'),O("Nutrilab Belgium BV"),O("Krokos Kozanis Superfoods I.K.E."),
  O("DG ENV"),O("European Commission"),O("Thermaikos Pack S.A."),O("Swedish Food Cluster Network"),
  O("Thessaloniki Vocational Training Centre"),O("Vergina Snacks S.A."),O("Armor Agro Cluster")],
 [E("Food Futures Thessaloniki 2035","2035-12-04","2035-12-05","Thessaloniki","Greece"),
  E("study visit to the Gulfood fair","2036-02","2036-02","Dubai","United Arab Emirates"),
  E("Food Futures 2036","2036-12-03","2036-12-04","Thessaloniki","Greece")],
 ["2035-12-04/2035-12-05","2035-12-19","2036-01","2036-02","2036-12-03/2036-12-04"],
 km=["Exporters outside the EU need shared logistics and certification support more than subsidies",
     "Functional-food claims must be built on clinical evidence from the start, not after product launch",
     "The new packaging rules are an opportunity for regional packaging SMEs if they invest in reuse systems now",
     "Food companies should co-design vocational curricula with training centres; apprenticeships work best with SME consortia"],
 pub="2035-12-19")
