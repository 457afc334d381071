from mk import *
W("south-karelia-hydrogen-valley-policy-brief-3-2035","south-karelia-hydrogen-valley-policy-brief-3-2035.pdf","2035-06-12",
[P("Anniina Virolainen-Nurmi",None,"LUT University"),P("Tomi KOSKINEN",None,"EKV"),P("Lena Van den Broeck",None,"Hydrogen Europe Research"),
 P("Marko Dahlström","technical director","Lappeenrannan Liikenne Oy"),P("Jaakko Pietikäinen","director","Department of Regional Development"),P("Kirsi Sademies-Lehto")],
[O("Etelä-Karjalan vetyklusteri","EKV"),O("LUT University"),O("Hydrogen Europe Research"),O("Regional Council of South Karelia"),O("Clean Hydrogen Partnership"),
 O("Lappeenrannan Liikenne Oy"),O("Saimaan Vihreä Energia Oy"),O("Kuljetus Vainikka Oy"),O("Ministry of Economic Affairs and Employment"),O("Department of Regional Development")],
[E("regional workshop","2035-04-15","2035-04-15","Lappeenranta","Finland"),E("European Hydrogen Valleys Week","2035-10-23","2035-10-25","Brussels","Belgium")],
["2035-06-12","2029","2034","2035-04-15","2021/2030","2030","2031-09","2035-10-23/2035-10-25","2035-08-31","2035-10","2036/2037"],
["National authorities should create a one-stop permitting procedure for hydrogen production sites below 50 MW, with a binding deadline of twelve months",
"Regional operational programmes should fund the coordination of hydrogen valleys, including a dedicated manager, for at least six years",
"The Clean Hydrogen Partnership should reserve part of its calls for second-generation valleys that replicate proven set-ups in less developed regions",
"Certification bodies and cluster organisations should jointly run a testing programme for components made by SMEs",
"Public transport authorities should be encouraged to sign long-term offtake contracts that give producers a predictable anchor demand",
"Skills councils should include hydrogen safety in vocational curricula for technicians from the school year 2036/2037"])
