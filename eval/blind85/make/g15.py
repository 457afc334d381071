from h import *
F = 'g15_murcia_cluster_asamblea_junta.md'
assert wd(2041,2,21)=='Thursday' and wd(2041,2,25)=='Monday' and wd(2041,3,14)=='Thursday' and wd(2041,4,9)=='Tuesday' and wd(2041,4,10)=='Wednesday'
T = """[Inicio](/) › [Actualidad](/actualidad) › Noticias

Este sitio utiliza cookies propias y de terceros. [Aceptar] [Rechazar] [Configurar]

# La Asamblea General de AgroTech Murcia renueva su Junta Directiva y aprueba el Plan Estratégico 2041-2044

**Publicado el 25 de febrero de 2041** · Categoría: Asociación · Por Comunicación AgroTech Murcia

*El clúster de tecnología agroalimentaria de la Región de Murcia celebró su asamblea anual en el Centro de Cualificación Turística de Murcia con la asistencia de 87 empresas socias. Pilar Sandoval Marín, directora general de Frutas Segura Alta, S.A., sustituye a Antonio Cerezo Vivancos al frente de la asociación.*

La Asociación Clúster de Tecnología Agroalimentaria de la Región de Murcia (AgroTech Murcia) celebró el pasado jueves 21 de febrero de 2041 su Asamblea General Ordinaria. En ella se aprobaron por unanimidad las cuentas del ejercicio 2040, el presupuesto para 2041 y el nuevo Plan Estratégico 2041-2044, y se eligió a la Junta Directiva para los próximos cuatro años.

La nueva presidenta, **Pilar Sandoval Marín**, es ingeniera agrónoma por la Universidad Politécnica de Cartagena y dirige desde 2033 la empresa familiar Frutas Segura Alta, S.A., con sede en Cieza. Sustituye a **Antonio Cerezo Vivancos**, consejero delegado de Riegos del Sureste, S.L., que ha presidido el clúster durante dos mandatos (2033-2041) y que seguirá en la Junta como vocal.

En su primera intervención, Sandoval agradeció «el trabajo callado y constante» de su predecesor y anunció que sus prioridades serán el agua, la digitalización de las explotaciones y la captación de talento joven. «Murcia es la huerta de Europa, pero también tiene que ser su laboratorio de agricultura con poca agua», afirmó.

## Un plan estratégico con cuatro ejes

El director gerente del clúster, **Francisco Javier Ruiz Lorca**, presentó el Plan Estratégico 2041-2044, elaborado durante el otoño con la participación de 52 socios y el apoyo del Instituto de Fomento de la Región de Murcia (INFO). El plan se organiza en cuatro ejes:

1. Agua y regadío de precisión.
2. Digitalización y datos en campo y almacén.
3. Internacionalización, con especial atención al norte de África y a América Latina.
4. Talento y formación profesional dual.

Ruiz Lorca destacó que el clúster ha pasado de 58 a 104 socios desde 2036 y que en 2040 gestionó proyectos por valor de 3,8 millones de euros, entre ellos dos proyectos europeos del programa Interreg Sudoe.

Cerró el acto el consejero de Agua, Agricultura, Ganadería y Pesca de la Región de Murcia, **José Antonio Meseguer Abellán**, quien felicitó a la nueva Junta y recordó que la Comunidad Autónoma mantendrá en 2041 la línea de ayudas a agrupaciones empresariales innovadoras.

Durante la asamblea se entregó también el Reconocimiento AgroTech 2041 a la empresa socia Semillas del Guadalentín, S.L., por su programa de variedades de tomate resistentes a la sequía, desarrollado junto al Instituto Murciano de Investigación y Desarrollo Agrario y Medioambiental. Recogió el galardón su directora técnica, **Rocío Valverde Hurtado**, que dedicó el premio «a los agricultores que prueban cada año nuestras semillas en sus fincas».

## Composición de la Junta Directiva 2041-2045

| Cargo | Nombre | Entidad |
|---|---|---|
| Presidenta | Pilar Sandoval Marín | Frutas Segura Alta, S.A. |
| Vicepresidente primero | Ginés Martínez Abellán | Cooperativa Agrícola del Campo de Cartagena |
| Vicepresidenta segunda | Elena Ortuño Pardo | Hidrosens Technologies, S.L. |
| Secretario | Raúl Baños Cánovas | Baños & Asociados Abogados |
| Tesorera | María Dolores Conesa Ros | Conservas Conesa, S.A. |
| Vocal | Antonio Cerezo Vivancos | Riegos del Sureste, S.L. |
| Vocal | Ángel Fuster Hernández | Centro Tecnológico Nacional de la Conserva y Alimentación (CTNC) |
| Vocal | Isabel Gil Montoya | Universidad de Murcia |
| Vocal | Diego Lozano Egea | Agrodron Levante, S.L. |

## Equipo técnico

- **Francisco Javier Ruiz Lorca** – Director gerente
- **Lucía Alarcón Peñalver** – Técnica de proyectos europeos
- **Manuel Sáez Guirao** – Técnico de innovación y socios
- **Carmen Navarro Botía** – Comunicación y eventos

## Próximas citas

- **14 de marzo de 2041:** Jornada técnica «Riego deficitario controlado en frutales de hueso», en la Finca Experimental Tres Caminos del IMIDA, Santomera.
- **9 y 10 de abril de 2041:** misión comercial a Casablanca con la Cámara de Comercio de Murcia (plazo de inscripción hasta el 15 de marzo).
- **Mayo de 2041:** presentación pública del Plan Estratégico en el Palacio de San Esteban.

La asamblea se celebró con la colaboración de Cajamar Caja Rural. *(Foto: AgroTech Murcia / Javier Carrión)*

**Compartir:** [Facebook](#) · [LinkedIn](#) · [X](#) · [WhatsApp](#)

---

**Noticias relacionadas**
- AgroTech Murcia participa en Fruit Logistica 2041 con ocho empresas (12/02/2041)
- Abierta la convocatoria de cheques de innovación del INFO (30/01/2041)
- El clúster se incorpora a la red europea de clústeres de agua …

AgroTech Murcia · Avda. de la Fama 3, 30003 Murcia · info@agrotechmurcia.example.es · [Aviso legal](#) · [Política de privacidad](#) · [Política de cookies](#)
"""
write(F, T)
A = "AgroTech Murcia"
gold(F,
 [P("Pilar Sandoval Marín","presidenta",A), P("Antonio Cerezo Vivancos","vocal",A),
  P("Francisco Javier Ruiz Lorca","director gerente",A),
  P("José Antonio Meseguer Abellán","consejero de Agua, Agricultura, Ganadería y Pesca","Región de Murcia"),
  P("Ginés Martínez Abellán","Vicepresidente primero",A), P("Elena Ortuño Pardo","Vicepresidenta segunda",A),
  P("Raúl Baños Cánovas","Secretario",A), P("María Dolores Conesa Ros","Tesorera",A),
  P("Ángel Fuster Hernández","Vocal",A),
  P("Isabel Gil Montoya","Vocal",A), P("Diego Lozano Egea","Vocal",A),
  P("Lucía Alarcón Peñalver","Técnica de proyectos europeos",A), P("Manuel Sáez Guirao","Técnico de innovación y socios",A),
  P("Carmen Navarro Botía","Comunicación y eventos",A), P("Javier Carrión"), P("Rocío Valverde Hurtado","directora técnica","Semillas del Guadalentín, S.L.")],
 [O("Asociación Clúster de Tecnología Agroalimentaria de la Región de Murcia",A),
  O("Centro de Cualificación Turística de Murcia"), O("Frutas Segura Alta, S.A."), O("Universidad Politécnica de Cartagena"),
  O("Riegos del Sureste, S.L."), O("Instituto de Fomento de la Región de Murcia","INFO"), O("Región de Murcia"),
  O("Cooperativa Agrícola del Campo de Cartagena"), O("Hidrosens Technologies, S.L."),
  O("Baños & Asociados Abogados"), O("Conservas Conesa, S.A."),
  O("Centro Tecnológico Nacional de la Conserva y Alimentación","CTNC"), O("Universidad de Murcia"),
  O("Agrodron Levante, S.L."), O("Instituto Murciano de Investigación y Desarrollo Agrario y Medioambiental","IMIDA"), O("Semillas del Guadalentín, S.L."), O("Cámara de Comercio de Murcia"), O("Cajamar Caja Rural")],
 [E("Asamblea General Ordinaria","2041-02-21",None,"Murcia","Spain"),
  E("entrega del Reconocimiento AgroTech 2041","2041-02-21",None,"Murcia","Spain"),
  E("Jornada técnica «Riego deficitario controlado en frutales de hueso»","2041-03-14",None,"Santomera","Spain"),
  E("misión comercial a Casablanca","2041-04-09","2041-04-10","Casablanca","Morocco"),
  E("presentación pública del Plan Estratégico","2041-05",None,None,None),
  # third pass: named event in a related-news title (SCHEMA: every named event; 12/02/2041 is the post's date)
  E("Fruit Logistica 2041",None,None,None,None)],
 ["2041-02-25","2041-02-21","2040","2041","2041/2044","2033","2033/2041","2036","2041/2045","2041-03-14","2041-04-09/2041-04-10","2041-03-15","2041-05","2041-02-12","2041-01-30"],
 [], "2041-02-25")
