from h import *
F = 'g04_guadarrama_agroalimentario_boletin.md'
assert wd(2040,9,25)=='Tuesday' and wd(2040,10,2)=='Tuesday' and wd(2040,10,8)=='Monday' and wd(2040,10,29)=='Monday'
assert wd(2040,11,14)=='Wednesday' and wd(2040,11,15)=='Thursday' and wd(2040,11,27)=='Tuesday'
T = """# Boletín CLAGUA · nº 31 · octubre de 2040

**Clúster Agroalimentario del Guadarrama** · Segovia, 8 de octubre de 2040

> Boletín informativo para socios y entidades colaboradoras. Si no desea recibirlo, puede darse de baja al final de este mensaje.

---

## En este número

1. Nueva Junta Directiva
2. Convocatoria abierta: bonos de digitalización para pymes alimentarias
3. Jornada técnica sobre envases compostables: conclusiones
4. Agenda de otoño
5. Breves

---

## 1. Nueva Junta Directiva

La Asamblea General ordinaria del clúster se celebró el martes 25 de septiembre de 2040 en el salón de actos de la Cámara de Comercio e Industria de Segovia, con la presencia de 41 de las 57 empresas socias. La asamblea aprobó las cuentas de 2039, el plan de actuación para 2041 y eligió la nueva Junta Directiva para el periodo 2040–2044:

- **Presidenta:** María Jesús Sanz de Frutos, gerente de Judiones de La Granja S.L.
- **Vicepresidente:** Álvaro Herrero Muñoz (Carnes de Ávila S. Coop.)
- **Tesorera:** Lucía Gómez-Arribas, directora financiera de Hornos del Eresma S.A.
- **Secretario:** Ignacio del Pozo Velasco, Universidad de Valladolid, Campus María Zambrano
- **Vocales:** Raquel Martín Sastre (Quesería El Espinar) y Fernando Arranz Gil (Cochinillo Segoviano Asador S.L.)

El presidente saliente, Tomás Bermejo Llorente, agradeció el trabajo del equipo técnico y recordó que el clúster ha pasado de 19 a 57 socios desde su fundación en 2031.

## 2. Convocatoria abierta: bonos de digitalización

El Instituto para la Competitividad Empresarial de Castilla y León (ICE) ha abierto la convocatoria de bonos de digitalización para pymes del sector agroalimentario. Se financian proyectos de trazabilidad, venta en línea y mantenimiento predictivo, con una ayuda de hasta 12.000 euros por empresa.

- **Plazo de presentación:** hasta el 15 de noviembre de 2040 a las 14:00 h
- **Sesión informativa:** lunes 29 de octubre de 2040, 10:00 h, en línea
- **Contacto en el clúster:** Beatriz Otero, técnica de proyectos (proyectos@clagua.example.es)

Recomendamos no esperar al último día: el sistema de registro electrónico suele saturarse.

## 3. Jornada técnica sobre envases compostables: conclusiones

El martes 2 de octubre de 2040 reunimos en Ávila a 35 técnicos de calidad en la jornada «Del plástico al compost: envases para productos frescos», organizada con el Instituto Tecnológico Agrario de Castilla y León (ITACyL) y el centro tecnológico AINIA de Valencia. Intervinieron Pilar Escribano (AINIA), el catedrático de la Universidad de Salamanca Óscar Redondo y la responsable de compras de Supermercados Piedrahíta, Elena Carvajal.

**Conclusiones**

- Los envases compostables ya son viables para pan y bollería, pero no todavía para carne fresca envasada en atmósfera protectora
- La falta de plantas de compostaje industrial en la provincia limita el beneficio ambiental real
- Las empresas piden al clúster una compra conjunta de material para abaratar las pruebas piloto

## 4. Agenda de otoño

- **14 y 15 de noviembre de 2040** – Feria Alimentaria del Guadarrama, Recinto Ferial de Segovia. Jornada profesional el miércoles 14; el jueves 15, abierta al público.
- **27 de noviembre de 2040** – Reunión de la Junta Directiva, Ávila.
- **Diciembre de 2040** – Misión comercial a Burdeos con el Clúster Agroalimentario de Nueva Aquitania (AgriSud-Ouest Innovation), fechas por confirmar.

Ediciones anteriores de la Feria Alimentaria del Guadarrama:

- 2037 – Segovia, 16 y 17 de noviembre
- 2038 – Ávila, 8 y 9 de noviembre
- 2039 – El Espinar, 14 y 15 de noviembre

## 5. Breves

- **Nuevos socios:** Embutidos Sierra de Gredos S.L. (Arenas de San Pedro) y la cooperativa de leche Valle del Adaja.
- **Premio:** Hornos del Eresma S.A. recibió el 20 de septiembre el premio a la innovación de la Diputación de Segovia.
- **Personal:** Javier Cuesta se incorpora como gerente del clúster. Sustituye a Nuria Peñalosa, que asume la dirección de la Fundación General de la Universidad de Valladolid.

---

*Clúster Agroalimentario del Guadarrama (CLAGUA) · C/ Gobernador Fernández Jiménez 5, 40001 Segovia · info@clagua.example.es*
*Darse de baja · Política de privacidad · Boletines anteriores*
"""
write(F, T)
C = "Clúster Agroalimentario del Guadarrama"
gold(F,
 [P("María Jesús Sanz de Frutos","Presidenta",C),
  P("Álvaro Herrero Muñoz","Vicepresidente",C),
  P("Lucía Gómez-Arribas","Tesorera",C),
  P("Ignacio del Pozo Velasco","Secretario",C),
  P("Raquel Martín Sastre","Vocal",C),
  P("Fernando Arranz Gil","Vocal",C),
  P("Tomás Bermejo Llorente","presidente saliente",C),
  P("Beatriz Otero","técnica de proyectos",C),
  P("Pilar Escribano",None,"AINIA"),
  P("Óscar Redondo","catedrático","Universidad de Salamanca"),
  P("Elena Carvajal","responsable de compras","Supermercados Piedrahíta"),
  P("Javier Cuesta","gerente",C),
  P("Nuria Peñalosa","dirección","Fundación General de la Universidad de Valladolid")],
 [O(C,"CLAGUA"), O("Cámara de Comercio e Industria de Segovia"), O("Judiones de La Granja S.L."),
  O("Carnes de Ávila S. Coop."), O("Hornos del Eresma S.A."), O("Universidad de Valladolid"),
  O("Quesería El Espinar"), O("Cochinillo Segoviano Asador S.L."),
  O("Instituto para la Competitividad Empresarial de Castilla y León","ICE"),
  O("Instituto Tecnológico Agrario de Castilla y León","ITACyL"), O("AINIA"), O("Universidad de Salamanca"),
  O("Supermercados Piedrahíta"), O("AgriSud-Ouest Innovation"),
  O("Embutidos Sierra de Gredos S.L."), O("Valle del Adaja"), O("Diputación de Segovia"),
  O("Fundación General de la Universidad de Valladolid")],
 [E("Asamblea General ordinaria","2040-09-25",None,"Segovia","Spain"),
  E("Sesión informativa","2040-10-29",None,None,None),
  E("Del plástico al compost: envases para productos frescos","2040-10-02",None,"Ávila","Spain"),
  E("Feria Alimentaria del Guadarrama","2040-11-14","2040-11-15","Segovia","Spain"),
  E("Reunión de la Junta Directiva","2040-11-27",None,"Ávila","Spain"),
  E("Misión comercial a Burdeos","2040-12",None,"Burdeos","France"),
  E("Feria Alimentaria del Guadarrama","2037-11-16","2037-11-17","Segovia","Spain"),
  E("Feria Alimentaria del Guadarrama","2038-11-08","2038-11-09","Ávila","Spain"),
  E("Feria Alimentaria del Guadarrama","2039-11-14","2039-11-15","El Espinar","Spain")],
 ["2040-10","2040-10-08","2040-09-25","2039","2041","2040/2044","2031","2040-11-15","2040-10-29","2040-10-02",
  "2040-11-14/2040-11-15","2040-11-27","2040-12","2037","2037-11-16/2037-11-17","2038","2038-11-08/2038-11-09",
  "2039-11-14/2039-11-15","2040-09-20","2040-11-14"],
 ["Los envases compostables ya son viables para pan y bollería, pero no todavía para carne fresca envasada en atmósfera protectora",
  "La falta de plantas de compostaje industrial en la provincia limita el beneficio ambiental real",
  "Las empresas piden al clúster una compra conjunta de material para abaratar las pruebas piloto"],
 pub="2040-10-08")
