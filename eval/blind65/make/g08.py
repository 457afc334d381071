"""08: a news item in Galician on a past edition of a thermal-water forum in Ourense, with the next edition's city (Lugo)
and dates (Markdown)."""
from h import *
t = f"""[Inicio](/) › [Actualidade](/actualidade) › Noticias

# O IV Foro Termal Atlántico pecha en Ourense con 420 participantes e pon rumbo a Lugo

*Publicado o 23 de maio de 2033 · Comunicación CTG · Tempo de lectura: 4 minutos*

O **IV Foro Termal Atlántico**, organizado polo Clúster Termal Galego (CTG), reuniu en Ourense o {wd(2033,5,18,'gl')} 18 e o
{wd(2033,5,19,'gl')} 19 de maio de 2033 a 420 profesionais do termalismo, da saúde, do turismo e da investigación de Galicia,
do norte de Portugal, de Francia e de Italia. O Centro Cultural Marcos Valcárcel acolleu as sesións plenarias, mentres que as
visitas técnicas se fixeron nos balnearios de Laias, Cortegada e Partovia.

A inauguración correu a cargo do presidente do clúster, **Xosé Manuel Outeiriño Vázquez**, e da conselleira de Economía,
Industria e Innovación da Xunta de Galicia, **Begoña Castro Gondar**, que lembrou que Galicia conta con máis de trescentos
mananciais de augas minero-medicinais e que o termalismo "é industria, é saúde e é territorio". O alcalde de Ourense,
**Roberto Feijoo Álvarez**, deu a benvida aos participantes na recepción oficial no Concello o mércores pola noite.

## Tres ideas para levar do foro

A xerente do CTG, **María do Carme Pereiro Lamas**, resumiu na clausura os tres asuntos que máis debate xeraron:

- A auga termal como recurso para a calefacción de barrios e edificios públicos, como xa fai Ourense nas Burgas.
- A necesidade de ensaios clínicos compartidos entre balnearios de varios países para que os tratamentos termais sexan recoñecidos polos sistemas de saúde.
- A formación de persoal: os balnearios galegos precisarán uns 600 profesionais novos antes de 2036.

## Relatorios e mesas

O relatorio principal deuno a **Dra. Hélène Marchand-Duval**, directora científica do Cluster Thermal Auvergne-Rhône-Alpes,
sobre a rede francesa de estudos clínicos en crenoterapia. Na mesa sobre turismo de saúde participaron **Nuno Miguel Sá
Teixeira**, das Termas de Chaves, **Giovanna Dal Ferro**, do consorcio Terme Euganee, e **Lucía Blanco Taboada**, de Turismo de
Galicia. O investigador **Xabier Rodríguez-Couso**, do Campus da Auga da Universidade de Vigo, presentou o mapa dixital de
mananciais que o grupo elaborou con apoio do Instituto Galego de Promoción Económica (IGAPE).

O xoves pola tarde celebrouse a primeira xornada de encontros B2B do foro, con 96 reunións entre empresas de equipamento,
balnearios e operadores turísticos. A organización destacou tamén a participación de estudantes do ciclo de Termalismo e
Benestar do CIFP Portovello.

## Quinta edición: Lugo, maio de 2034

Na clausura anunciouse a sede da próxima edición. O **V Foro Termal Atlántico** celebrarase en **Lugo** o
{wd(2034,5,24,'gl')} 24 e o {wd(2034,5,25,'gl')} 25 de maio de 2034, coa colaboración do Concello de Lugo e da Deputación
Provincial de Lugo. As sesións terán lugar no Pazo de Feiras e Congresos e incluirán unha visita ao balneario romano da cidade,
cuxas termas están entre as mellor conservadas da península.

O chamamento para propostas de comunicacións abrirase en outubro de 2033 e pechará o 31 de xaneiro de 2034. O programa
provisional publicarase en marzo.

## As edicións anteriores

O foro naceu en 2030 en Ourense. A segunda edición celebrouse en Chaves (Portugal) en 2031 e a terceira en Caldas de Reis en
2032. Desde a primeira edición, o CTG organiza o encontro con socios do norte de Portugal dentro da Eurorrexión
Galicia-Norte de Portugal.

## Sobre o Clúster Termal Galego

O Clúster Termal Galego é unha asociación sen ánimo de lucro creada en 2019 que agrupa 47 entidades: balnearios, empresas de
equipamento e cosmética, hoteis, centros tecnolóxicos e universidades. A súa sede está no Parque Tecnolóxico de Galicia, en
San Cibrao das Viñas.

---
Compartir: [Facebook](#) · [LinkedIn](#) · [X](#) · [Correo](#)

**Etiquetas:** termalismo, Ourense, Lugo, foro, B2B

*Clúster Termal Galego · Parque Tecnolóxico de Galicia, rúa Vilaboa 2 · 32901 San Cibrao das Viñas · Aviso legal · Política de cookies*
"""
fn = 'blind65_08_foro_termal_ourense_gl.md'
write(fn, t)
C = "Clúster Termal Galego"
gold(fn,
 [P("Xosé Manuel Outeiriño Vázquez", "presidente", C), P("Begoña Castro Gondar", "conselleira de Economía, Industria e Innovación", "Xunta de Galicia"),
  P("Roberto Feijoo Álvarez", "alcalde de Ourense", None), P("María do Carme Pereiro Lamas", "xerente", "CTG"),
  P("Hélène Marchand-Duval", "directora científica", "Cluster Thermal Auvergne-Rhône-Alpes"), P("Nuno Miguel Sá Teixeira", None, "Termas de Chaves"),
  P("Giovanna Dal Ferro", None, "Terme Euganee"), P("Lucía Blanco Taboada", None, "Turismo de Galicia"),
  P("Xabier Rodríguez-Couso", "investigador", "Universidade de Vigo")],
 [O(C, "CTG"), O("Xunta de Galicia"), O("Cluster Thermal Auvergne-Rhône-Alpes"),
  O("Termas de Chaves"), O("Terme Euganee"), O("Turismo de Galicia"), O("Campus da Auga"), O("Universidade de Vigo"),
  O("Instituto Galego de Promoción Económica", "IGAPE"), O("CIFP Portovello"), O("Centro Cultural Marcos Valcárcel"), O("Concello de Lugo"), O("Deputación Provincial de Lugo"),
  O("Eurorrexión Galicia-Norte de Portugal"), O("Parque Tecnolóxico de Galicia")],
 [E("IV Foro Termal Atlántico", "2033-05-18", "2033-05-19", "Ourense", "Spain"),
  E("recepción oficial", "2033-05-18", "2033-05-18", "Ourense", "Spain"),
  E("xornada de encontros B2B", "2033-05-19", "2033-05-19", "Ourense", "Spain"),
  E("V Foro Termal Atlántico", "2034-05-24", "2034-05-25", "Lugo", "Spain"),
  E("Foro Termal Atlántico (2030 edition)", "2030", "2030", "Ourense", "Spain"),
  E("Foro Termal Atlántico (2031 edition)", "2031", "2031", "Chaves", "Portugal"),
  E("Foro Termal Atlántico (2032 edition)", "2032", "2032", "Caldas de Reis", "Spain")],
 ["2033-05-23", "2033-05-18/2033-05-19", "2034-05-24/2034-05-25", "2034-05", "2033-10", "2034-01-31", "2034-03", "2030", "2031", "2032", "2019", "2036"],
 km=["A auga termal como recurso para a calefacción de barrios e edificios públicos, como xa fai Ourense nas Burgas",
     "A necesidade de ensaios clínicos compartidos entre balnearios de varios países para que os tratamentos termais sexan recoñecidos polos sistemas de saúde",
     "A formación de persoal: os balnearios galegos precisarán uns 600 profesionais novos antes de 2036"],
 pub="2033-05-23")
