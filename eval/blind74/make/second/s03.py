from mk import *
W("dzukijos-medienos-klasterio-studijos-santrauka","dzukijos-medienos-klasterio-studijos-santrauka.md","2033-10-17",
[P("Rūta Jakštaitė-Vaitkienė","vadovė",None),P("Mindaugas Petrauskas"),P("Ieva Žemaitytė"),P("Vytautas Račkauskas","generalinis direktorius","UAB „Nemuno baldai\""),
 P("Gintarė Sabaliauskienė","klasterio vadovė",None),P("Arūnas Mickevičius","vedėjas","Pramonės politikos skyriaus"),P("Laima Stankevičiūtė","prezidentė","Lietuvos klasterių asociacijos"),P("Dariaus Bružo")],
[O("Regioninių tyrimų centras"),O("Asociacija „Dzūkijos medienos klasteris\"","DMK"),O("Alytaus regiono plėtros taryba"),O("Inovacijų agentūra"),O("Alytaus kolegij"),
 O("Kauno technologijos universiteto"),O("Medienos technologijų laboratorij"),O("UAB „Nemuno baldai\""),O("Ekonomikos ir inovacijų ministerijos"),O("Pramonės politikos skyriaus"),
 O("Lietuvos klasterių asociacijos"),O("Registrų centro"),O("Valstybinės mokesčių inspekcijos"),O("Europos klasterių analizės sekretoriato","ESCA"),O("Podlasės baldų klasteriu")],
[E("klasterio narių forume","2033-09-28","2033-09-28","Alytus","Lithuania"),E("valdybos posėdis","2033-11-09","2033-11-09"),E("visuotinis narių susirinkimas","2034-04","2034-04"),
 E("„Medis ir dizainas\"","2034-02-15","2034-02-16","Druskininkuose","Lithuania")],
["2033-10-17","2033-01/2033-08","2026","2028/2032","2033-09-28","2033-02/2033-03","2033-04","2033-05","2030","2032","2034/2038","2038","2033-11-09","2034-03","2034-04","2034-02-15/2034-02-16"],
["6 findings + 4 recommendations"])
