from h import *
F = 'convocatoria_congreso-MADTECSAN-2032_ES-EN.txt'
T = '''
CLÚSTER MADRILEÑO DE TECNOLOGÍAS SANITARIAS · MADRID HEALTH TECHNOLOGY CLUSTER
MADTECSAN

IV CONGRESO ANUAL MADTECSAN 2032 / 4th MADTECSAN ANNUAL CONGRESS 2032
"Del laboratorio al hospital: escalar la innovación sanitaria" / "From lab to hospital: scaling health innovation"
Madrid, 27–28 de mayo de 2032 / 27–28 May 2032
Sede / Venue: Auditorio del Parque Científico de Leganés Tecnológico, Leganés (Madrid)

Publicado el 12 de enero de 2032 / Published on 12 January 2032

---------------------------------------------------------------------
ES
---------------------------------------------------------------------
El Clúster Madrileño de Tecnologías Sanitarias (MADTECSAN) convoca su IV Congreso Anual, el punto de encuentro de las empresas de tecnología médica, hospitales, centros de investigación y administraciones de la Comunidad de Madrid. Tras las ediciones de Alcobendas (2029), Tres Cantos (2030) y Getafe (2031), el congreso se celebrará este año en Leganés y por primera vez durará dos días.

Fechas clave
- Apertura de inscripciones: 1 de febrero de 2032
- Envío de propuestas de comunicación (pósteres y "pitches"): hasta el 15 de marzo de 2032
- Comunicación de propuestas aceptadas: 8 de abril de 2032
- Inscripción con tarifa reducida ("early bird"): hasta el 30 de abril de 2032
- Cierre de inscripciones: 20 de mayo de 2032, o antes si se completa el aforo (400 plazas)

Cuotas: socios de MADTECSAN, gratuito (dos personas por entidad); no socios, 180 € (150 € hasta el 30/04/2032); estudiantes y personal del SERMAS, 40 €.

Programa provisional

Jueves 27 de mayo
09:00 Acreditación y café
09:45 Inauguración: Beatriz Echevarría Salcedo, presidenta de MADTECSAN y consejera delegada de Ortholux Medical S.L.; Álvaro Ruiz de Gauna, director general de Investigación e Innovación Sanitaria de la Consejería de Sanidad de la Comunidad de Madrid
10:30 Ponencia inaugural: "Compra pública de innovación: qué funciona", a cargo de la Dra. Mercedes Palau i Ferrer, jefa de servicio de innovación del Hospital Universitario Severo Ochoa
11:30 Mesa redonda "Financiar el escalado": Íñigo Sáenz de Ugarte (socio, Meseta Ventures SGEIC, S.A.), Carmen Moyano (CDTI), Luis Alberto Bermejo (Banco Europeo de Inversiones)
13:00 Sesión de pósteres y almuerzo
15:00 Encuentros B2B entre empresas y hospitales (agenda previa en la plataforma del congreso)
18:30 Entrega de los Premios MADTECSAN a la Innovación 2032
20:00 Cena de networking (solo con inscripción previa)

Viernes 28 de mayo
09:30 Tres sesiones paralelas: Dispositivos y regulación (MDR) · Salud digital e IA · Biomateriales
12:00 "Pitch session": diez empresas emergentes presentan ante un jurado presidido por Jaime Villalobos, director de la Fundación para el Conocimiento madri+d
13:30 Clausura y presentación de la sede de 2033

A quién va dirigido: empresas y startups de tecnología médica, profesionales sanitarios y responsables de compras de hospitales, investigadores, inversores y administraciones públicas. Los pósteres aceptados se expondrán durante los dos días y los tres mejores se presentarán en una breve sesión plenaria. Habrá interpretación español–inglés en la sala principal.

Contacto: Sonia Llorente, secretaria técnica, congreso@madtecsan.example, +34 910 000 245

---------------------------------------------------------------------
EN
---------------------------------------------------------------------
The Madrid Health Technology Cluster (MADTECSAN) invites you to its 4th Annual Congress, the meeting point of medtech companies, hospitals, research centres and public administrations of the Madrid region. After the editions in Alcobendas (2029), Tres Cantos (2030) and Getafe (2031), this year's congress moves to Leganés and will last two days for the first time.

Key dates
- Registration opens: 1 February 2032
- Submission of poster and pitch proposals: until 15 March 2032
- Notification of accepted proposals: 8 April 2032
- Early-bird registration: until 30 April 2032
- Registration closes: 20 May 2032, or earlier if all 400 places are taken

Fees: MADTECSAN members free (two people per member organisation); non-members EUR 180 (EUR 150 until 30/04/2032); students and staff of the Madrid Health Service (SERMAS) EUR 40.

Provisional programme

Thursday 27 May
09:00 Registration and coffee
09:45 Opening: Beatriz Echevarría Salcedo, President of MADTECSAN and CEO of Ortholux Medical S.L.; Álvaro Ruiz de Gauna, Director-General for Health Research and Innovation, Regional Ministry of Health of the Community of Madrid
10:30 Opening keynote "Public procurement of innovation: what works" by Dr Mercedes Palau i Ferrer, head of the innovation department, Hospital Universitario Severo Ochoa
11:30 Round table "Funding the scale-up": Íñigo Sáenz de Ugarte (partner, Meseta Ventures SGEIC, S.A.), Carmen Moyano (CDTI), Luis Alberto Bermejo (European Investment Bank)
13:00 Poster session and lunch
15:00 Company–hospital B2B meetings (pre-booked on the congress platform)
18:30 MADTECSAN Innovation Awards 2032 ceremony
20:00 Networking dinner (prior registration required)

Friday 28 May
09:30 Three parallel sessions: Devices and regulation (MDR) · Digital health and AI · Biomaterials
12:00 Pitch session: ten start-ups pitch to a jury chaired by Jaime Villalobos, director of the Fundación para el Conocimiento madri+d
13:30 Closing and announcement of the 2033 host city

Who should attend: medtech companies and start-ups, hospital clinicians and purchasing managers, researchers, investors and public administrations. Accepted posters will be displayed during both days and the three best posters will be presented in a short plenary slot. Interpretation Spanish–English will be available in the main hall.

Contact: Sonia Llorente, technical secretary, congreso@madtecsan.example, +34 910 000 245

MADTECSAN · Calle de Embajadores 181 · 28045 Madrid · www.madtecsan.example
Con el apoyo de / With the support of: Comunidad de Madrid · Ayuntamiento de Leganés
'''
write_text(F, T)
M='Clúster Madrileño de Tecnologías Sanitarias'
gold(F, '2032-01-12',
 [P('Beatriz Echevarría Salcedo','presidenta',M),
  P('Álvaro Ruiz de Gauna','director general de Investigación e Innovación Sanitaria','Consejería de Sanidad de la Comunidad de Madrid'),
  P('Mercedes Palau i Ferrer','jefa de servicio de innovación','Hospital Universitario Severo Ochoa'),
  P('Íñigo Sáenz de Ugarte','socio','Meseta Ventures SGEIC, S.A.'),
  P('Carmen Moyano',None,'CDTI'),
  P('Luis Alberto Bermejo',None,'Banco Europeo de Inversiones'),
  P('Jaime Villalobos','director','Fundación para el Conocimiento madri+d'),
  P('Sonia Llorente','secretaria técnica',None)],
 [O(M,'MADTECSAN'),O('Ortholux Medical S.L.'),O('Consejería de Sanidad de la Comunidad de Madrid'),O('Comunidad de Madrid'),O('Hospital Universitario Severo Ochoa'),
  O('Meseta Ventures SGEIC, S.A.'),O('CDTI'),O('Banco Europeo de Inversiones','European Investment Bank'),O('Fundación para el Conocimiento madri+d'),
  O('Madrid Health Service','SERMAS'),O('Ayuntamiento de Leganés')],
 [E('IV Congreso Anual MADTECSAN 2032','2032-05-27','2032-05-28','Leganés','Spain'),
  E('Congreso Anual MADTECSAN 2029','2029',None,'Alcobendas','Spain'),
  E('Congreso Anual MADTECSAN 2030','2030',None,'Tres Cantos','Spain'),
  E('Congreso Anual MADTECSAN 2031','2031',None,'Getafe','Spain'),
  E('Congreso Anual MADTECSAN 2033','2033')],
 ['2032-05-27/2032-05-28','2032-01-12','2029','2030','2031','2032-02-01','2032-03-15','2032-04-08','2032-04-30','2032-05-20','2032-05-27','2032-05-28','2033'],
 [])
