from h import *
import docx
F = 'marijampole_food_study_visit_seinajoki_2034.docx'
doc = docx.Document()
doc.add_heading('Study visit to South Ostrobothnia (Finland)', 0)
doc.add_paragraph('Food Processing Cluster Sūduva – delegation of companies from the Marijampolė region')
doc.add_paragraph(f'{wd(2034,5,9)} 9 – {wd(2034,5,12)} 12 May 2034 · Seinäjoki, Ilmajoki and Kurikka')
doc.add_paragraph('Version 3 – 25 April 2034. Prepared by the Food Processing Cluster Sūduva (MPKS) with Into Seinäjoki Ltd and the '
 'Food Cluster South Ostrobothnia (Ruokaklusteri Etelä-Pohjanmaa). The visit is part of the Interreg Central Baltic project "FoodLink" and '
 'is co-financed by the Marijampolė Municipality.')
doc.add_heading('Objectives of the visit', 1)
doc.add_paragraph('South Ostrobothnia is one of the leading food regions of Finland, with strong dairy and meat processing, a dense network of '
 'machinery suppliers and a university of applied sciences specialised in food technology. The companies of the Sūduva region face similar '
 'challenges: a shortage of skilled workers, rising energy prices and the need to automate small and medium-sized plants. The delegation wants to:')
for l in ['learn how the Finnish food cluster organises joint training for production workers;',
          'see pilot-scale equipment for plant-based and lactose-free products that members could rent;',
          'meet Finnish suppliers of packaging and cleaning equipment;',
          'prepare a joint application of both clusters for the next call of the Interreg Central Baltic programme.']:
    doc.add_paragraph(l, style='List Number')
doc.add_paragraph('Each participant will write a one-page note on the lessons for his or her company, to be presented at the cluster meeting in June.')
doc.add_heading('Delegation', 1)
for l in ['Head of delegation: Vilma Petrauskienė, Cluster Coordinator, Food Processing Cluster Sūduva',
          'Arūnas Kazlauskas, CEO, UAB Sūduvos pienas (dairy)',
          'Dr. Eglė Mockutė-Šimkienė, technologist, UAB Kalvarijos duona (bakery)',
          'Darius Urbonas, production director, AB Marijampolės mėsa',
          'Jurgita Adomaitienė, Head of the Economic Development Division, Marijampolė Municipality',
          'Interpreter: Aino Lehtonen-Grinius']:
    doc.add_paragraph(l, style='List Bullet')
doc.add_heading('Programme', 1)
rows = [
 ('Day', 'Time', 'Activity', 'Host / speakers'),
 (f'Day 1 – {wd(2034,5,9)} 9 May', '14:35', 'Arrival at Seinäjoki railway station (train from Helsinki Airport)', 'Welcome by Ville Kangasniemi, Into Seinäjoki Ltd'),
 ('', '16:00', 'Check-in, Hotel Seinäjoki Sokos', ''),
 ('', '18:30', 'Welcome dinner', 'Hosted by Seinäjoki City; greeting by Deputy Mayor Marja-Leena Hautamäki'),
 (f'Day 2 – {wd(2034,5,10)} 10 May', '08:30', 'Introduction to the food cluster of South Ostrobothnia', 'Heikki Mäkelä, Cluster Manager, Food Cluster South Ostrobothnia'),
 ('', '10:00', 'Visit to Frami Food Lab: pilot plant for dairy and plant-based products', 'Dr. Satu Rintamäki, Seinäjoki University of Applied Sciences (SeAMK)'),
 ('', '13:00', 'Lunch at SeAMK', ''),
 ('', '14:30', 'Company visit: Atria Finland, Nurmo plant (meat processing)', 'Kari-Pekka Vainionpää, plant manager'),
 ('', '18:00', 'Evening free', ''),
 (f'Day 3 – {wd(2034,5,11)} 11 May', '09:00', 'Company visit: Valio Seinäjoki dairy', 'Minna Ylinen, quality manager'),
 ('', '12:00', 'Lunch and B2B meetings with Finnish suppliers of food machinery', 'organised with Business Finland and Enterprise Europe Network Finland'),
 ('', '15:00', 'Visit to the bakery Ilmajoen Leipomo Oy, Ilmajoki', 'Juha Ilmarinen, owner'),
 ('', '19:00', 'Sauna evening at Kurikka lake house', 'Hosted by the Regional Council of South Ostrobothnia'),
 (f'Day 4 – {wd(2034,5,12)} 12 May', '09:00', 'Wrap-up meeting: follow-up actions and next steps in FoodLink', 'Vilma Petrauskienė and Heikki Mäkelä'),
 ('', '11:30', 'Departure by train to Helsinki Airport', ''),
]
t = doc.add_table(rows=len(rows), cols=4); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, v in enumerate(r): t.cell(i, j).text = v
doc.add_heading('Practical information', 1)
doc.add_paragraph('Flights: Vilnius–Helsinki on 9 May 2034 at 10:05 and Helsinki–Vilnius on 12 May 2034 at 17:50 (group booking by the cluster). '
 'Trains between Helsinki Airport and Seinäjoki are booked by Into Seinäjoki Ltd. Dress code for company visits: closed shoes, no jewellery; '
 'hair nets and coats are provided by the companies. Photographs inside the plants are not allowed. Weather in May: 5–15 °C, bring a warm jacket '
 'for the sauna evening. Daily allowances are paid according to the rules of the project; please keep all receipts and boarding passes.')
doc.add_paragraph('The Finnish delegation will return the visit in autumn 2034: the Food Cluster South Ostrobothnia plans to bring eight companies to '
 'the Marijampolė food fair "Sūduvos skoniai" on 23–24 September 2034.')
doc.add_heading('Contacts', 1)
doc.add_paragraph('Vilma Petrauskienė, Food Processing Cluster Sūduva, +370 600 00000, vilma@suduva-food.example')
doc.add_paragraph('Ville Kangasniemi, business adviser, Into Seinäjoki Ltd, +358 40 000 0000, ville.kangasniemi@intoseinajoki.example')
doc.save(os.path.join(B, 'docs', F))
gold(F,
 [P('Vilma Petrauskienė', 'Cluster Coordinator', 'Food Processing Cluster Sūduva'),
  P('Arūnas Kazlauskas', 'CEO', 'UAB Sūduvos pienas'),
  P('Eglė Mockutė-Šimkienė', 'technologist', 'UAB Kalvarijos duona'),
  P('Darius Urbonas', 'production director', 'AB Marijampolės mėsa'),
  P('Jurgita Adomaitienė', 'Head of the Economic Development Division', 'Marijampolė Municipality'),
  P('Aino Lehtonen-Grinius', 'Interpreter', None),
  P('Ville Kangasniemi', 'business adviser', 'Into Seinäjoki Ltd'),
  P('Marja-Leena Hautamäki', 'Deputy Mayor', 'Seinäjoki City'),
  P('Heikki Mäkelä', 'Cluster Manager', 'Food Cluster South Ostrobothnia'),
  P('Satu Rintamäki', None, 'Seinäjoki University of Applied Sciences'),
  P('Kari-Pekka Vainionpää', 'plant manager', 'Atria Finland'),
  P('Minna Ylinen', 'quality manager', 'Valio'),
  P('Juha Ilmarinen', 'owner', 'Ilmajoen Leipomo Oy')],
 [O('Food Processing Cluster Sūduva', 'MPKS'), O('Into Seinäjoki Ltd'), O('Food Cluster South Ostrobothnia'),
  O('Marijampolė Municipality'), O('UAB Sūduvos pienas'), O('UAB Kalvarijos duona'), O('AB Marijampolės mėsa'), O('Seinäjoki City'),
  O('Frami Food Lab'), O('Seinäjoki University of Applied Sciences', 'SeAMK'), O('Atria Finland'), O('Valio'), O('Business Finland'),
  O('Enterprise Europe Network Finland'), O('Ilmajoen Leipomo Oy'), O('Regional Council of South Ostrobothnia')],
 [E('Study visit to South Ostrobothnia', '2034-05-09', '2034-05-12', 'Seinäjoki, Ilmajoki, Kurikka', 'Finland'),
  E('Welcome dinner', '2034-05-09', '2034-05-09', 'Seinäjoki', 'Finland'),
  E('B2B meetings with Finnish suppliers of food machinery', '2034-05-11', '2034-05-11', 'Seinäjoki', 'Finland'),
  E('Sauna evening', '2034-05-11', '2034-05-11', 'Kurikka', 'Finland'),
  E('Wrap-up meeting', '2034-05-12', '2034-05-12', 'Seinäjoki', 'Finland'),
  E('cluster meeting', '2034-06', '2034-06', None, None),
  E('Sūduvos skoniai', '2034-09-23', '2034-09-24', 'Marijampolė', 'Lithuania')],
 ['2034-05-09/2034-05-12', '2034-04-25', '2034-05-09', '2034-05-10', '2034-05-11', '2034-05-12', '2034', '2034-06', '2034-09-23/2034-09-24'],
 [], pub='2034-04-25')
