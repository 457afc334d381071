from h import *
F = 'g15_bages_cluster_butlleti.txt'
assert wd(2037,3,12)=='Thursday' and wd(2037,3,25)=='Wednesday' and wd(2037,4,16)=='Thursday' and wd(2037,2,24)=='Tuesday'
T = """BUTLLETÍ DEL CLÚSTER | Núm. 22 | Febrer-març 2037
Clúster de la Mobilitat Sostenible de la Catalunya Central (MOBICAT)
Manresa, 27 de febrer de 2037

Inici > Actualitat > Butlletins

Si no veus bé aquest correu, obre'l al navegador.

============================================================

EDITORIAL

Benvolguts socis i sòcies,

Comencem l'any amb el clúster més gran que mai: 74 socis, tres projectes europeus en marxa i una nova seu a la Fàbrica dels Panyos de Manresa. En aquest butlletí us expliquem què es va decidir a la darrera Junta Directiva, us convidem a la jornada sobre hidrogen i us presentem els nous socis.

Montserrat Vilaró i Puigdomènech
Presidenta de MOBICAT

============================================================

1. REUNIÓ DE LA JUNTA DIRECTIVA

La Junta Directiva es va reunir el dimarts 24 de febrer de 2037 a Manresa. Hi van assistir nou dels onze membres. La gerent, Laia Sant-Jaume Oliveras, va presentar el tancament de l'exercici 2036 i el pla d'acció 2037-2038.

Acords principals:
- Aprovar el pressupost 2037, de 690.000 euros.
- Crear un grup de treball sobre cadena de valor del vehicle elèctric, coordinat per Jordi Casals Riba (Ficosa Internacional, S.A.).
- Sol·licitar l'adhesió a la xarxa European Clusters Alliance.
- Convocar l'Assemblea General Ordinària per al 16 d'abril de 2037.

2. JORNADA "L'HIDROGEN A LA CATALUNYA CENTRAL"

Dijous 12 de març de 2037, de 9.30 a 14.00 h
Auditori de la Universitat de Vic – Universitat Central de Catalunya, campus Manresa

Programa:
09.30  Benvinguda – Dr. Ferran Estruch Codina, vicerector de Recerca de la UVic-UCC
09.45  L'estratègia catalana de l'hidrogen – Sra. Núria Bosch-Llorens, directora general d'Indústria, Generalitat de Catalunya
10.30  Projecte H2 Bages: primers resultats – Sr. Abdelkader Benali, enginyer de projectes, Eurecat
11.30  Pausa cafè
12.00  Taula rodona: les pimes i l'hidrogen, amb Cetaqua, ACCIÓ i l'empresa Hidrosol Manresa, SL
13.30  Networking

Inscripció gratuïta per a socis fins al 9 de març. Les places són limitades a 120 persones i les presentacions es publicaran a l'espai de socis l'endemà de la jornada.

3. MISSIÓ A BAVIERA

Del 23 al 25 de març de 2037, una delegació de vuit empreses del clúster visitarà Munic i Ingolstadt, amb el suport d'ACCIÓ i de la seva oficina a Munic. El dimecres 25 de març hi ha prevista una visita a la fàbrica d'Audi AG a Ingolstadt i una trobada amb el clúster bavarès Cluster Automotive Bayern.

4. LLIÇONS APRESES DEL PROJECTE E-MOBI-MED

El projecte Interreg Euro-MED E-MOBI-MED (2034-2036) es va tancar el desembre passat. El seu informe final recull aquestes lliçons apreses:
- Els ajuntaments petits necessiten suport tècnic per redactar licitacions de vehicles elèctrics.
- Compartir flotes entre empreses d'un mateix polígon redueix costos.
- La formació dels mecànics ha d'arribar abans que els vehicles.

5. NOTÍCIES DELS SOCIS

- Benvinguts a MOBICAT: Autocars Bages-Berguedà, SA; Fundació CTM Centre Tecnològic; i la start-up Voltcat Solutions, SL.
- L'empresa Ficosa Internacional, S.A. ha obert un centre d'enginyeria a Manresa amb 40 llocs de treball.
- L'Ajuntament de Manresa i el clúster han signat un conveni per a la zona de baixes emissions.

6. AGENDA

12/03/2037 Jornada sobre hidrogen, Manresa
23-25/03/2037 Missió a Baviera
16/04/2037 Assemblea General Ordinària, Manresa
Maig de 2037 Smart City Expo - taller del clúster (data per confirmar)

============================================================
MOBICAT – Clúster de la Mobilitat Sostenible de la Catalunya Central
Carrer de la Font del Gat 8, 08241 Manresa | info@mobicat.example.cat
Per donar-te de baixa, respon amb el text BAIXA.
"""
write(F, T)
M = "Clúster de la Mobilitat Sostenible de la Catalunya Central"
gold(F,
 [P("Montserrat Vilaró i Puigdomènech", "Presidenta", "MOBICAT"),
  P("Laia Sant-Jaume Oliveras", "gerent", "MOBICAT"),
  P("Jordi Casals Riba", None, "Ficosa Internacional, S.A."),
  P("Ferran Estruch Codina", "vicerector de Recerca", "UVic-UCC"),
  P("Núria Bosch-Llorens", "directora general d'Indústria", "Generalitat de Catalunya"),
  P("Abdelkader Benali", "enginyer de projectes", "Eurecat")],
 [O(M, "MOBICAT"), O("Ficosa Internacional, S.A."), O("European Clusters Alliance"),
  O("Universitat de Vic – Universitat Central de Catalunya", "UVic-UCC"), O("Generalitat de Catalunya"), O("Eurecat"),
  O("Cetaqua"), O("ACCIÓ"), O("Hidrosol Manresa, SL"), O("Audi AG"), O("Cluster Automotive Bayern"),
  O("Autocars Bages-Berguedà, SA"), O("Fundació CTM Centre Tecnològic"), O("Voltcat Solutions, SL"),
  O("Ajuntament de Manresa")],
 [E("Junta Directiva", "2037-02-24", None, "Manresa", "Spain"),
  E("Assemblea General Ordinària", "2037-04-16", None, "Manresa", "Spain"),
  E("JORNADA \"L'HIDROGEN A LA CATALUNYA CENTRAL\"", "2037-03-12", None, "Manresa", "Spain"),
  E("MISSIÓ A BAVIERA", "2037-03-23", "2037-03-25", "Munic, Ingolstadt", "Germany"),
  E("visita a la fàbrica d'Audi AG", "2037-03-25", None, "Ingolstadt", "Germany"),
  E("trobada amb el clúster bavarès Cluster Automotive Bayern", "2037-03-25", None, "Ingolstadt", "Germany"),
  E("Networking", "2037-03-12", None, "Manresa", "Spain"),
  E("Smart City Expo", "2037-05", None, None, None)],
 ["2037-02/2037-03", "2037-02-27", "2037-02-24", "2036", "2037/2038", "2037", "2037-04-16", "2037-03-12",
  "2037-03-09", "2037-03-23/2037-03-25", "2037-03-25", "2034/2036", "2037-05"],
 ["Aprovar el pressupost 2037, de 690.000 euros",
  "Crear un grup de treball sobre cadena de valor del vehicle elèctric, coordinat per Jordi Casals Riba (Ficosa Internacional, S.A.)",
  "Sol·licitar l'adhesió a la xarxa European Clusters Alliance",
  "Convocar l'Assemblea General Ordinària per al 16 d'abril de 2037",
  "Els ajuntaments petits necessiten suport tècnic per redactar licitacions de vehicles elèctrics",
  "Compartir flotes entre empreses d'un mateix polígon redueix costos",
  "La formació dels mecànics ha d'arribar abans que els vehicles"],
 pub="2037-02-27")
