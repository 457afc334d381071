from h import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
pdfmetrics.registerFont(TTFont('DV', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
F = 'g03_garrotxa_jornada_agroalimentaria_flyer.pdf'
W, H = A4
c = canvas.Canvas(path(F), pagesize=A4)
def block(x, y, width, text, font='DV', size=9.5, lead=12.5):
    for para in text.split('\n'):
        for line in simpleSplit(para, font, size, width):
            c.setFont(font, size); c.drawString(x, y, line); y -= lead
        y -= 3
    return y
d = (2034, 3, 16)
# cover
c.setFont('DVB', 26); c.drawString(50, H-120, "III Jornada d'Innovació")
c.drawString(50, H-152, "Agroalimentària de la Garrotxa")
c.setFont('DV', 14); c.drawString(50, H-190, f"{w(*d,'ca').capitalize()}, 16 de març de 2034 · Olot")
c.drawString(50, H-210, "Espai Cràter, Av. de Santa Coloma, Olot")
y = block(50, H-260, W-100, """Del camp a la taula sense perdre valor: digitalització, envasos sostenibles i nous mercats per a les petites indústries càrnies, làcties i de fleca de la comarca.
Organitza: Clúster Alimentari de la Garrotxa (CAG), amb la col·laboració de l'Ajuntament d'Olot, el Consell Comarcal de la Garrotxa i ACCIÓ – Agència per la Competitivitat de l'Empresa de la Generalitat de Catalunya.
Amb el suport de la Diputació de Girona i de la Universitat de Girona (UdG).
Inscripció gratuïta però obligatòria abans del 9 de març de 2034 a www.clusteralimentari-garrotxa.example.cat/jornada. Places limitades a 180 persones.
La jornada és la tercera edició d'una trobada que va començar el 2032 a Besalú i que el 2033 va reunir 150 persones a Santa Pau.
A qui s'adreça: gerents i responsables tècnics d'indústries alimentàries, obradors i cooperatives; proveïdors d'envasos, maquinària i serveis digitals; centres tecnològics, escoles d'hostaleria i administracions locals. Durant el dinar hi haurà temps per a contactes entre empreses, i a la tarda els assistents podran escollir entre dos tallers pràctics.
Per què venir: per conèixer casos reals d'empreses de la comarca, resoldre dubtes sobre ajuts i finançament, i trobar socis per a projectes conjunts de recerca i de promoció exterior.""", size=11, lead=15)
c.setFont('DV', 8); c.drawString(50, 40, "Cofinançat per la Unió Europea · FEDER Catalunya 2028–2034")
c.showPage()
# programme two columns
c.setFont('DVB', 16); c.drawString(50, H-60, "Programa")
left = """09.00  Acreditacions i cafè de benvinguda
09.30  Benvinguda institucional
Sr. Pere Vilanova i Puig, alcalde d'Olot
Sra. Montserrat Roca Bassols, presidenta del Consell Comarcal de la Garrotxa
Sr. Jordi Serrat, president del Clúster Alimentari de la Garrotxa
10.00  Ponència inaugural: «La indústria alimentària petita davant la doble transició»
Dra. Laia Font de Rubinat, directora de l'Institut de Recerca i Tecnologia Agroalimentàries (IRTA)
10.45  Pausa cafè amb productes de la comarca
11.15  Taula rodona: envasos sostenibles
Modera: Marta Pujolràs, gerent del Clúster Alimentari de la Garrotxa
Hi participen: Joan Carles Soler, director d'operacions d'Embotits Sant Miquel, SL; Núria Casadevall, responsable de qualitat de Formatges de la Vall d'en Bas, SCCL; Dr. Henrik Lindqvist, investigador de RISE Research Institutes of Sweden"""
right = """12.30  Experiències: digitalització a la planta
Albert Oliveras, director general de Fleques Garrotxa, SA
Anna Maria Bosch-Surroca, consultora de Foodtech Lab, SL
13.30  Dinar de treball a l'Espai Cràter
15.00  Tallers en paral·lel
Taller A: Exportar a França després del 2033 – Sra. Claire Dubois-Maréchal, Chambre de Commerce et d'Industrie des Pyrénées-Orientales
Taller B: Ajuts i finançament – Sr. Xavier Masó, tècnic d'ACCIÓ
16.30  Conclusions i cloenda
Hble. Sra. Elisenda Grau i Vidal, consellera d'Empresa i Treball de la Generalitat de Catalunya
17.00  Visita opcional a l'obrador de Formatges de la Vall d'en Bas (cal inscriure-s'hi; places limitades)
Durant tota la jornada hi haurà un espai de mostra amb empreses associades al clúster."""
block(50, H-90, 235, left, size=9)
block(310, H-90, 235, right, size=9)
c.setFont('DV', 8); c.drawString(50, 40, "III Jornada d'Innovació Agroalimentària de la Garrotxa · 2")
c.showPage()
# speakers card grid
c.setFont('DVB', 16); c.drawString(50, H-60, "Ponents")
cards = [
 ("Laia Font de Rubinat", "Directora, IRTA", "Doctora en ciència dels aliments. Ha dirigit projectes europeus sobre reducció de sal i conservació natural."),
 ("Henrik Lindqvist", "Investigador, RISE", "Especialista en materials d'envàs compostables i en anàlisi del cicle de vida. Treballa a Göteborg des de fa quinze anys."),
 ("Marta Pujolràs", "Gerent, Clúster Alimentari de la Garrotxa", "Coordina el clúster des del 2030 i el grup de treball d'envasos."),
 ("Albert Oliveras", "Director general, Fleques Garrotxa, SA", "Tercera generació d'una fleca fundada el 1961 a Olot."),
 ("Claire Dubois-Maréchal", "CCI Pyrénées-Orientales", "Acompanya empreses catalanes en la seva entrada al mercat francès."),
 ("Xavier Masó", "Tècnic, ACCIÓ", "Responsable de programes de suport a la innovació a les comarques gironines."),
]
x0, y0, cw, ch = 50, H-100, 240, 150
for i, (n, r, b) in enumerate(cards):
    x = x0 + (i % 2) * (cw + 15); y = y0 - (i // 2) * (ch + 15)
    c.rect(x, y - ch, cw, ch)
    c.setFont('DVB', 11); c.drawString(x + 10, y - 20, n)
    c.setFont('DV', 9); c.drawString(x + 10, y - 36, r)
    block(x + 10, y - 56, cw - 20, b, size=8.5, lead=11)
c.setFont('DV', 8.5)
block(50, 120, W-100, "Contacte: Marta Pujolràs, gerent · jornada@clusteralimentari-garrotxa.example.cat · 972 00 00 00\nSegueix-nos a les xarxes amb l'etiqueta #JornadaAgroGarrotxa", size=8.5)
c.drawString(50, 40, "III Jornada d'Innovació Agroalimentària de la Garrotxa · 3")
c.showPage(); c.save()
gold(F,
 [P("Pere Vilanova i Puig", "alcalde d'Olot", None),
  P("Montserrat Roca Bassols", "presidenta", "Consell Comarcal de la Garrotxa"),
  P("Jordi Serrat", "president", "Clúster Alimentari de la Garrotxa"),
  P("Laia Font de Rubinat", "directora", "Institut de Recerca i Tecnologia Agroalimentàries"),
  P("Marta Pujolràs", "gerent", "Clúster Alimentari de la Garrotxa"),
  P("Joan Carles Soler", "director d'operacions", "Embotits Sant Miquel, SL"),
  P("Núria Casadevall", "responsable de qualitat", "Formatges de la Vall d'en Bas, SCCL"),
  P("Henrik Lindqvist", "investigador", "RISE Research Institutes of Sweden"),
  P("Albert Oliveras", "director general", "Fleques Garrotxa, SA"),
  P("Anna Maria Bosch-Surroca", "consultora", "Foodtech Lab, SL"),
  P("Claire Dubois-Maréchal", None, "Chambre de Commerce et d'Industrie des Pyrénées-Orientales"),
  P("Xavier Masó", "tècnic", "ACCIÓ"),
  P("Elisenda Grau i Vidal", "consellera d'Empresa i Treball", "Generalitat de Catalunya")],
 [O("Clúster Alimentari de la Garrotxa", "CAG"), O("Ajuntament d'Olot"), O("Consell Comarcal de la Garrotxa"),
  O("ACCIÓ – Agència per la Competitivitat de l'Empresa", "ACCIÓ"), O("Generalitat de Catalunya"), O("Diputació de Girona"),
  O("Universitat de Girona", "UdG"), O("Institut de Recerca i Tecnologia Agroalimentàries", "IRTA"),
  O("Embotits Sant Miquel, SL"), O("Formatges de la Vall d'en Bas, SCCL"), O("RISE Research Institutes of Sweden", "RISE"),
  O("Fleques Garrotxa, SA"), O("Foodtech Lab, SL"), O("Chambre de Commerce et d'Industrie des Pyrénées-Orientales", "CCI Pyrénées-Orientales"),
  O("Unió Europea")],
 [E("III Jornada d'Innovació Agroalimentària de la Garrotxa", "2034-03-16", None, "Olot", "Spain"),
  E("trobada", "2032", None, "Besalú", "Spain"),
  E("trobada", "2033", None, "Santa Pau", "Spain"),
  E("Taula rodona: envasos sostenibles", "2034-03-16", None, "Olot", "Spain"),
  E("Dinar de treball", "2034-03-16", None, "Olot", "Spain"),
  E("Visita opcional a l'obrador de Formatges de la Vall d'en Bas", "2034-03-16", None, None, "Spain"),
  E("Taller A: Exportar a França després del 2033", "2034-03-16", None, "Olot", "Spain"),
  E("Taller B: Ajuts i finançament", "2034-03-16", None, "Olot", "Spain")],
 ["2034-03-16", "2034-03-09", "2032", "2033", "2028/2034", "2030", "1961"],
 [])
