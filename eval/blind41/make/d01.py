from common import save
T = """Inicio › Actualidad › Noticias

# Más de 300 profesionales en la VI Jornada de Innovación de Marmedia en Vigo

Publicado el 21 de octubre de 2033 · Comunicación Marmedia

El Clúster Gallego de Tecnologías Marinas (Marmedia) reunió el pasado jueves, 20 de octubre, a más de 300 profesionales del sector naval y de la acuicultura en la VI Jornada de Innovación, celebrada en el Auditorio Mar de Vigo. La jornada, que este año tenía como lema "Descarbonizar el mar", combinó ponencias, tres mesas redondas con títulos en inglés —pensadas para el público internacional— y una zona de demostración con 18 empresas socias.

La inauguración corrió a cargo de la presidenta del clúster, Iria Castro Mouriño, que recordó que la asociación nació en 2021 con once socios y hoy agrupa a 94 entidades. "La transición energética del mar no se hará desde un solo astillero: se hará en red", afirmó. Junto a ella intervinieron Xosé Manuel Pazos Lorenzo, director general de la Axencia Galega de Innovación (GAIN), y la concejala de Promoción Económica del Concello de Vigo, Marta Outeiral Freire.

## Las mesas

**Panel 1 – "Green Ships, Blue Jobs: Retrofitting the Galician Fleet"**. Moderado por Antón Rial, gerente de Marmedia, con Lucía Fernández de la Vega (directora técnica, Astilleros Cíes S.L.), Pedro Meireles Barbosa (CEO, NavalWatt Lda., Aveiro) y Carmen Otero (investigadora, Universidade de Vigo).

**Panel 2 – "Data at Sea: Digital Twins for Aquaculture"**. Con la participación de Breogán Souto (fundador de Acuadata S.L.), Helena Vázquez-Prieto, responsable de innovación de Bateas do Salnés S.A., y Jens Oltmanns, del clúster alemán Jade Maritim e.V.

**Panel 3 – "Funding the Blue Transition: From Horizon Europe to Regional Calls"**. Con Sofía Abal, técnica del Centro para el Desarrollo Tecnológico y la Innovación (CDTI), y Ramón Carballo Gil, punto de contacto de la Enterprise Europe Network (EEN) en Galicia.

## Premios y próximas citas

Durante la clausura se entregó el premio "Proyecto Azul 2033" al consorcio liderado por Astilleros Cíes por el proyecto de propulsión híbrida HIBRIMAR. El gerente del clúster anunció además dos citas: un encuentro de negocios B2B con empresas noruegas en Bergen los días 14 y 15 de marzo de 2034, y la Asamblea General de socios, prevista para el 26 de enero de 2034 en Santiago de Compostela.

La próxima edición de la Jornada de Innovación se celebrará en otoño de 2034 en A Coruña.

Etiquetas: innovación, naval, acuicultura, eventos
Compartir: Facebook · X · LinkedIn · Correo

© 2033 Marmedia – Clúster Gallego de Tecnologías Marinas · Aviso legal · Política de cookies
"""
save('noticia-vi-jornada-innovacion-marmedia-vigo.md', T,
 [("Iria Castro Mouriño","presidenta","Clúster Gallego de Tecnologías Marinas"),
  ("Xosé Manuel Pazos Lorenzo","director general","Axencia Galega de Innovación"),
  ("Marta Outeiral Freire","concejala de Promoción Económica","Concello de Vigo"),
  ("Antón Rial","gerente","Marmedia"),
  ("Lucía Fernández de la Vega","directora técnica","Astilleros Cíes S.L."),
  ("Pedro Meireles Barbosa","CEO","NavalWatt Lda."),
  ("Carmen Otero","investigadora","Universidade de Vigo"),
  ("Breogán Souto","fundador","Acuadata S.L."),
  ("Helena Vázquez-Prieto","responsable de innovación","Bateas do Salnés S.A."),
  ("Jens Oltmanns",None,"Jade Maritim e.V."),
  ("Sofía Abal","técnica","Centro para el Desarrollo Tecnológico y la Innovación"),
  ("Ramón Carballo Gil","punto de contacto","Enterprise Europe Network")],
 [("Clúster Gallego de Tecnologías Marinas","Marmedia"),("Axencia Galega de Innovación","GAIN"),
  ("Concello de Vigo",None),("Astilleros Cíes S.L.",None),("NavalWatt Lda.",None),("Universidade de Vigo",None),
  ("Acuadata S.L.",None),("Bateas do Salnés S.A.",None),("Jade Maritim e.V.",None),
  ("Centro para el Desarrollo Tecnológico y la Innovación","CDTI"),("Enterprise Europe Network","EEN")],
 [("VI Jornada de Innovación","2033-10-20","2033-10-20","Vigo","Spain"),
  ("encuentro de negocios B2B con empresas noruegas","2034-03-14","2034-03-15","Bergen","Norway"),
  ("Asamblea General de socios","2034-01-26","2034-01-26","Santiago de Compostela","Spain"),
  ("Jornada de Innovación 2034","2034",  "2034","A Coruña","Spain")],
 ["2033-10-21","2033-10-20","2021","2034-03-14/2034-03-15","2034-01-26","2034"], pub="2033-10-21")
