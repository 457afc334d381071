from w import W
T="Tipperary Food & Drink Cluster CLG"
W("tipperary-food-cluster-members-newsletter-2034-09","tipperary-food-cluster-members-newsletter-2034-09.eml","2034-09-11",
[("Gearóid Ryan","Cluster Manager",T),("Siobhán Ní Mhaoláin","Managing director","Cashel Farmhouse Creamery Ltd"),("Pádraig Ó Cuinn","Head cider maker","Suir Valley Cider Company"),
 ("Michael Hennessy-Gorman","innovation manager",T),("Nora Lacey",None,"Lacey & Daughters Butchers Ltd"),("Ciarán Bourke","Development Adviser","Enterprise Ireland"),
 ("Aoife de Búrca",None,"Repak"),("Deirdre Fitzgerald-Maher","chair",T)],
[(T,None),("Enterprise Ireland",None),("Food Division",None),("Cashel Farmhouse Creamery Ltd",None),("Suir Valley Cider Company",None),("Glen of Aherlow Honey",None),
 ("Roscrea Protein Solutions DAC",None),("Department of Agricultural and Manufacturing Engineering",None),("Technological University of the Shannon","TUS"),("Teagasc",None),
 ("Lacey & Daughters Butchers Ltd",None),("Repak",None),("Food Innovation Hub",None),("Tipperary County Council",None),("Local Enterprise Office Tipperary",None),("Clonmel Enterprise Centre",None)],
[("the Ploughing",None,None,None,None),("International Cider Challenge","2034-09-06","2034-09-06","Bristol","United Kingdom"),
 ("four workshops in Kilkenny","2034-10","2034-12","Kilkenny","Ireland"),
 ("Breakfast briefing \"Packaging waste rules for food SMEs\"","2034-09-24","2034-09-24","Clonmel","Ireland"),
 ("Members' webinar on the new Food Vision 2035 grant scheme","2034-10-08","2034-10-08",None,None),
 ("Study visit to the Food Innovation Hub at Teagasc Moorepark","2034-10-15","2034-10-16","Fermoy","Ireland"),("tour of the pilot dairy plant","2034-10-16","2034-10-16","Fermoy","Ireland"),
 ("Tipperary Food Producers' Awards and networking dinner","2034-11-06","2034-11-06",None,None),("Annual General Meeting","2034-11-20","2034-11-20","Thurles","Ireland"),
 ("Clonmel Christmas Fair","2034-12-04","2034-12-04","Clonmel","Ireland")],
["2034-09","2034-09-11","2034-09-06","2034-08","2034-09-02","2034-10/2034-12","2034-09-26","2034-09-24","2034-10-08","2034-10-15/2034-10-16","2034-11-06","2034-10-17","2034-11-20","2034-12-04","2035"],[])
