from h import *
F = 'g12_pamplona_cluster_agroalimentario_quienes_somos.md'
assert wd(2037,10,14)=='Wednesday' and wd(2032,6,9)=='Wednesday'
T = """[Inicio](/) / Quiénes somos

# Quiénes somos

**Clúster Agroalimentario de Navarra – Asociación NAGRIFOOD**

> Más de 160 empresas, centros tecnológicos y universidades trabajando juntos para que la industria alimentaria navarra siga siendo competitiva, sostenible y cercana al campo.

## Nuestra historia

### 2026 – Los orígenes
El clúster nació de una conversación en la cocina de una conservera de Lodosa. En febrero de 2026, **Miguel Ángel Echarri Goñi**, entonces gerente de Conservas El Ribereño S.L., y **Begoña Arbizu Lacalle**, directora del Centro Nacional de Tecnología y Seguridad Alimentaria (CNTA) en San Adrián, invitaron a once empresas de la Ribera a compartir sus problemas de contratación y de energía. De aquella reunión salió un grupo de trabajo que se reunió cada mes durante un año.

### 2027 – La fundación
El 9 de marzo de 2027 se firmó en Pamplona el acta fundacional de la Asociación Clúster Agroalimentario de Navarra. Los socios fundadores fueron catorce: nueve empresas (entre ellas Conservas El Ribereño S.L., Congelados de Navarra S.A., Bodegas Ochoa-Irigoyen S.L. y Lácteos Urbasa S. Coop.), el CNTA, la Universidad Pública de Navarra (UPNA), la Universidad de Navarra, la Cámara Oficial de Comercio, Industria y Servicios de Navarra y la Asociación de Industrias Agroalimentarias de Navarra, La Rioja y Aragón (ANAIA). El primer presidente fue Miguel Ángel Echarri Goñi y la primera gerente, **Itziar Zabalza Ruiz**, que dirigió la oficina hasta 2036.

### 2029 – Reconocimiento
El Gobierno de Navarra incluyó al clúster en su registro de agrupaciones empresariales innovadoras y el Ministerio de Industria y Turismo lo inscribió como AEI. Ese año se abrió la oficina en el edificio del CEIN en Noáin.

### 2032 – Europa
El 9 de junio de 2032 el clúster obtuvo el sello Bronze de la European Cluster Excellence Initiative y entró en su primer proyecto europeo, junto al clúster francés Agri Sud-Ouest Innovation y a Food Valley NL. Desde entonces ha participado en siete proyectos Interreg y Horizonte Europa.

### 2036 – Relevo
En 2036 tomó el relevo como gerente **Amaia Lizarraga Etxeberria**, procedente de la Agencia Navarra de Innovación y Tecnología (NAITEC). La asamblea general de junio de 2036 eligió presidenta a **Ana Belén Sola Jiménez**, consejera delegada de Verduras del Ebro S.A.

## Junta directiva 2036–2040

| Cargo | Nombre | Entidad |
|---|---|---|
| Presidenta | Ana Belén Sola Jiménez | Verduras del Ebro S.A. |
| Vicepresidente | Javier Oteiza Murillo | Congelados de Navarra S.A. |
| Secretaria | Nerea Goñi Aldaz | Universidad Pública de Navarra |
| Tesorero | Luis Fernando Castejón Pérez | Caja Rural de Navarra |
| Vocal | Raquel Ibarrola Sanz | CNTA |
| Vocal | Patxi Larrañaga Otano | Lácteos Urbasa S. Coop. |
| Vocal | Marta Villanueva Ros | Bodegas Ochoa-Irigoyen S.L. |

Presidente de honor: Miguel Ángel Echarri Goñi.

## El equipo

- **Amaia Lizarraga Etxeberria** – Gerente · alizarraga@nagrifood.example.es
- **Iñigo Arregui Vidaurre** – Responsable de proyectos europeos · iarregui@nagrifood.example.es
- **Carla Mendoza Ollo** – Técnica de innovación y digitalización
- **Sergio Ayerdi Remírez** – Técnico de formación y empleo
- **Lucía Baigorri Ezcurra** – Comunicación y eventos · comunicacion@nagrifood.example.es

## Qué hacemos

1. Proyectos colaborativos de I+D entre empresas y centros tecnológicos.
2. Formación y atracción de talento: el programa «Talento Ribera» ha colocado a 420 jóvenes en empresas socias desde 2030.
3. Compra conjunta de energía y de envases.
4. Internacionalización, con misiones comerciales y presencia conjunta en ferias.
5. Representación de las empresas ante el Gobierno de Navarra y la Unión Europea.

## Próximo evento

**Jornada anual del clúster 2037** – miércoles, 14 de octubre de 2037, Baluarte, Pamplona. 9:30 acreditaciones; 10:00 apertura con la presidenta Ana Belén Sola Jiménez y el consejero de Desarrollo Económico del Gobierno de Navarra, **Mikel Otxoa Urdiain**; 12:30 visitas a empresas socias. [Inscripción](/jornada-2037)

## Nuestros valores

Creemos que la industria alimentaria de Navarra solo tiene futuro si está unida al campo que la rodea. Por eso trabajamos con las cooperativas agrarias, con los regantes y con las escuelas de formación profesional de Tudela, Estella y Pamplona. Preferimos proyectos pequeños y concretos que se puedan medir a grandes declaraciones. Compartimos información con transparencia: las cuentas anuales y la memoria de actividades se publican cada año en esta web. Y creemos que una empresa de diez personas debe tener la misma voz en la asamblea que una multinacional.

## Socios que nos han acompañado desde el principio

De los catorce socios fundadores, doce siguen hoy en el clúster. En el décimo aniversario, celebrado en Olite en marzo de 2037, el clúster entregó una placa de reconocimiento a cada uno de ellos y a Itziar Zabalza Ruiz por su trabajo como primera gerente.

## Cifras

160 socios · 28.000 empleos en las empresas socias · 7 proyectos europeos · 11 años de historia

---

Clúster Agroalimentario de Navarra · Calle Tajonar 22, 31006 Pamplona · NAGRIFOOD@example.es
Con el apoyo del Gobierno de Navarra. [Aviso legal](/legal) · [Privacidad](/privacidad) · [Cookies](/cookies)
Compartir: [LinkedIn](#) · [X](#) · [WhatsApp](#)
"""
write(F, T)
C = "Clúster Agroalimentario de Navarra"
gold(F,
 [P("Miguel Ángel Echarri Goñi","Presidente de honor",C),
  P("Begoña Arbizu Lacalle","directora","Centro Nacional de Tecnología y Seguridad Alimentaria"),
  P("Itziar Zabalza Ruiz","gerente",C),
  P("Amaia Lizarraga Etxeberria","Gerente",C),
  P("Ana Belén Sola Jiménez","Presidenta","Clúster Agroalimentario de Navarra"),
  P("Javier Oteiza Murillo","Vicepresidente","Clúster Agroalimentario de Navarra"),
  P("Nerea Goñi Aldaz","Secretaria","Clúster Agroalimentario de Navarra"),
  P("Luis Fernando Castejón Pérez","Tesorero","Clúster Agroalimentario de Navarra"),
  P("Raquel Ibarrola Sanz","Vocal","Clúster Agroalimentario de Navarra"),
  P("Patxi Larrañaga Otano","Vocal","Clúster Agroalimentario de Navarra"),
  P("Marta Villanueva Ros","Vocal","Clúster Agroalimentario de Navarra"),
  P("Iñigo Arregui Vidaurre","Responsable de proyectos europeos",C),
  P("Carla Mendoza Ollo","Técnica de innovación y digitalización",C),
  P("Sergio Ayerdi Remírez","Técnico de formación y empleo",C),
  P("Lucía Baigorri Ezcurra","Comunicación y eventos",C),
  P("Mikel Otxoa Urdiain","consejero de Desarrollo Económico","Gobierno de Navarra")],
 [O("Asociación Clúster Agroalimentario de Navarra","NAGRIFOOD"), O("Conservas El Ribereño S.L."),
  O("Centro Nacional de Tecnología y Seguridad Alimentaria","CNTA"), O("Congelados de Navarra S.A."),
  O("Bodegas Ochoa-Irigoyen S.L."), O("Lácteos Urbasa S. Coop."), O("Universidad Pública de Navarra","UPNA"),
  O("Universidad de Navarra"), O("Cámara Oficial de Comercio, Industria y Servicios de Navarra"),
  O("Asociación de Industrias Agroalimentarias de Navarra, La Rioja y Aragón","ANAIA"), O("Gobierno de Navarra"),
  O("Ministerio de Industria y Turismo"), O("CEIN"), O("European Cluster Excellence Initiative"),
  O("Agri Sud-Ouest Innovation"), O("Food Valley NL"), O("Agencia Navarra de Innovación y Tecnología","NAITEC"),
  O("Verduras del Ebro S.A."), O("Caja Rural de Navarra"), O("Unión Europea")],
 [E("Jornada anual del clúster 2037","2037-10-14",None,"Pamplona","Spain"),
  E("visitas a empresas socias","2037-10-14",None,None,None),
  E("reunión fundacional de empresas de la Ribera","2026-02",None,"Lodosa","Spain"),
  E("firma del acta fundacional","2027-03-09",None,"Pamplona","Spain"),
  E("asamblea general","2036-06",None,None,None), E("décimo aniversario","2037-03",None,"Olite","Spain")],
 ["2026","2026-02","2027","2027-03-09","2036","2029","2032","2032-06-09","2036-06","2036/2040","2030","2037-10-14","2037-03"],
 [], None)
