from common import *
t = """Technical University of Varna
News › Research › Partnerships

University and industry launch the "Black Sea Shipyard Chair" for energy-efficient vessels

Varna, 6 October 2034

The Technical University of Varna (TU-Varna) and three companies of the Bulgarian maritime sector signed today the agreement establishing the Black Sea Shipyard Chair on Energy-Efficient and Low-Emission Vessels. The chair is hosted by the Faculty of Shipbuilding and will run for five years, from 1 November 2034 to 31 October 2039, with a total budget of 1.4 million euros.

Chair holder

The chair holder is Assoc. Prof. Dr. Eng. Stoyan PETKOV, 46, head of the Department of Ship Hydrodynamics. Petkov spent six years at a model basin in Hamburg before returning to Varna in 2027. His group works on hull-form optimisation and wind-assisted propulsion. "For the first time, our students will solve the real problems of a shipyard while they study, and the yard will hire engineers who already know its docks," he said at the signing.

Sponsors

- Kamchiya Korabostroene AD – founding sponsor, represented at the signing by its Executive Director, Nikolay DIMITROV
- Black Sea Marine Engines EOOD – represented by Managing Director Elitsa Georgieva-Marinova
- Dunav Green Shipping OOD (Ruse) – represented by its founder, Kaloyan Rusev

The Euxine Ship Repair Cluster "Pontica" supports the chair as a network partner and will bring its 54 member companies into the chair's annual industry day. Its chair, Captain Rumen Stoyanov, signed a memorandum with the university on the same day.

What the chair will do

The agreement foresees two new elective courses from the academic year 2035/2036, six funded PhD positions, an annual design competition for student teams, and a joint test campaign on a coastal tanker in 2036. Industrial PhD candidates will spend at least half of their time at the sponsoring companies.

The Rector of TU-Varna, Prof. Dr. Ivaylo Nenchev, thanked the sponsors and noted that it is the university's third industry chair after those on port automation (2029) and on marine electrical systems (2032). The Deputy Minister of Innovation and Growth, Teodora Kirilova, attended the ceremony.

Why a chair, and why now

Bulgarian yards have lost much of their hull construction work to larger competitors over the last decade, but they remain strong in repair, retrofit and conversion. New international rules on ship emissions mean that hundreds of vessels calling at Black Sea ports will need new propulsion, hull coatings or energy-saving devices in the coming years. The sponsors expect the chair to give them both the engineering methods and the young engineers they need to compete for this retrofit market. The companies will also be able to use the university's towing tank and its new cavitation laboratory at cost price.

For the students, the chair means real data and real vessels. Each year, two student teams will be assigned a ship from the sponsors' order books and will develop a retrofit concept from the first calculations to the cost estimate, supervised jointly by a professor and a company engineer. The best concept will receive a prize of 5,000 euros funded by the sponsors.

Governance

The chair holder reports once a year to the Academic Council of the university and to the sponsors. Results will be published openly unless a sponsor requests a delay to protect a patent application, which may not exceed twelve months.

Next steps

The chair's steering committee – two university members and one member per sponsor – will hold its first meeting in November 2034. The first chair industry day is planned for 15 May 2035 at the university's campus.

Press contact: Public Relations Office, TU-Varna
"""
save("TU-Varna_news_Black-Sea-Shipyard-Chair.txt", t, "2034-10-06",
 people=[P("Stoyan PETKOV","chair holder","Technical University of Varna"),
  P("Nikolay DIMITROV","Executive Director","Kamchiya Korabostroene AD"),
  P("Elitsa Georgieva-Marinova","Managing Director","Black Sea Marine Engines EOOD"),
  P("Kaloyan Rusev","founder","Dunav Green Shipping OOD"),
  P("Rumen Stoyanov","chair","Euxine Ship Repair Cluster \"Pontica\""),
  P("Ivaylo Nenchev","Rector","Technical University of Varna"),
  P("Teodora Kirilova","Deputy Minister of Innovation and Growth",None)],
 orgs=[O("Technical University of Varna","TU-Varna"),O("Faculty of Shipbuilding"),O("Department of Ship Hydrodynamics"),
  O("Kamchiya Korabostroene AD"),O("Black Sea Marine Engines EOOD"),O("Dunav Green Shipping OOD"),
  O("Euxine Ship Repair Cluster \"Pontica\"","Pontica"),O("Public Relations Office")],
 events=[E("signing","2034-10-06",None,"Varna","Bulgaria"),
  E("steering committee first meeting","2034-11"),
  E("chair industry day","2035-05-15")],
 dates=["2034-10-06","2034-11-01/2039-10-31","2027","2035/2036","2036","2029","2032","2034-11","2035-05-15"])
