from common import *
F = 'b61_13_informe_jornada_lleida.html'
KM = ["La fruita dolça de Ponent només serà competitiva si el sector redueix el consum d'aigua per quilo produït en un 20% abans del 2035",
 "Les cooperatives i les empreses privades han de compartir dades de collita i de mercat a través d'una plataforma comuna gestionada pel clúster",
 "Cal un programa específic de relleu generacional que combini formació, accés a la terra i finançament",
 "La robotització de la collita és una oportunitat per a la indústria metal·lúrgica de la comarca del Segrià",
 "El clúster ha de reforçar la seva presència a Brussel·les a través de la xarxa europea de clústers agroalimentaris"]
html = """<!DOCTYPE html><html lang="ca"><head><meta charset="utf-8"><title>Informe de la Jornada Fruita i Innovació 2033 | Clúster de la Fruita de Ponent</title></head><body>
<div class="galetes">Aquest lloc web utilitza galetes pròpies i de tercers. <a href="/politica-de-galetes">Més informació</a> <button>Accepto</button> <button>Configurar</button></div>
<nav><a href="/">Inici</a> · <a href="/qui-som">Qui som</a> · <a href="/socis">Socis</a> · <a href="/projectes">Projectes</a> · <a href="/agenda">Agenda</a> · <a href="/noticies">Notícies</a> · <a href="/en/">EN</a></nav>
<main>
<h1>Informe de la Jornada «Fruita i Innovació 2033»</h1>
<p class="data">Lleida, 2 de desembre de 2033 · Redacció: Núria Solé i Bonet</p>
<p>El dijous 24 de novembre de 2033 es va celebrar a la Llotja de Lleida la cinquena Jornada «Fruita i Innovació», organitzada pel Clúster de la Fruita de Ponent amb el suport de la Diputació de Lleida i de l'Agència per la Competitivitat de l'Empresa (ACCIÓ). Hi van assistir 380 persones, entre productors, cooperatives, empreses de maquinària, investigadors i representants de l'administració. La jornada, que enguany tenia com a lema «Aigua, dades i relleu», va combinar ponències, una taula rodona i una zona d'exposició amb 26 empreses.</p>
<h2>Inauguració</h2>
<p>L'acte va ser inaugurat per l'Hble. Sra. Montserrat Farré i Castells, consellera d'Agricultura, Ramaderia, Pesca i Alimentació de la Generalitat de Catalunya, i per Jordi Pujol-Vidal, president del Clúster de la Fruita de Ponent i gerent de la cooperativa Fruits de Ponent SCCL. La consellera va recordar que la campanya del 2033 havia estat la tercera consecutiva amb restriccions de reg al Canal d'Urgell i va anunciar un pla de modernització de regadius per al període 2034–2040.</p>
<h2>Ponències</h2>
<p>La primera ponència va anar a càrrec del Dr. Joan Girona Gomis, de l'Institut de Recerca i Tecnologia Agroalimentàries (IRTA), que va presentar els resultats de deu anys d'assajos de reg deficitari controlat en presseguer i perera. Segons les seves dades, és possible estalviar fins a un 30% d'aigua sense pèrdua de calibre si el reg es basa en sensors de planta.</p>
<p>Tot seguit, la Dra. Mireia Camps Ribera, de la Universitat de Lleida (UdL), va exposar l'estudi sobre relleu generacional encarregat pel clúster: només un 9% dels titulars d'explotacions fructícoles de Ponent tenen menys de 40 anys. La investigadora va destacar que l'accés a la terra i el preu de les plantacions noves són els principals obstacles.</p>
<p>La tercera ponència, en anglès, la va fer Pieter-Jan de Bruijn, de la cooperativa neerlandesa Fruitmasters, que va explicar com la seva organització comparteix dades de collita amb els compradors europeus. Finalment, Arnau Bosch Pallarès, director tècnic de l'empresa Agrobòtica Segrià SL, va mostrar un prototip de robot de collita de préssec desenvolupat amb l'Eurecat.</p>
<h2>Espai d'exposició i reunions</h2>
<p>A l'espai d'exposició, les 26 empreses participants van mostrar sensors de reg, estacions meteorològiques, plataformes de collita i programari de traçabilitat. Durant el matí es van celebrar 64 reunions bilaterals entre productors i proveïdors de tecnologia, organitzades pel clúster amb el suport de l'oficina de la Cambra de Comerç de Lleida. Segons l'enquesta de satisfacció, el 87% dels assistents va valorar la jornada com a bona o molt bona, i la majoria va demanar més temps per a les reunions i una visita de camp a una finca experimental en la propera edició.</p>
<h2>Taula rodona</h2>
<p>La taula rodona, moderada per la periodista Laia Jové de Ràdio Lleida, va reunir Xavier Gòdia Monfort (Afrucat), Carme Aige Solsona (Caixa Rural d'Alcarràs), Ricard Pons i Mir (Unió de Pagesos) i Sílvia Torrent-Llobet, directora del Clúster de la Fruita de Ponent. El debat es va centrar en el finançament de les plantacions noves i en la necessitat d'una plataforma de dades compartida. Ricard Pons i Mir va advertir que els productors petits tenen por de perdre poder de negociació si comparteixen informació de collita, mentre que Xavier Gòdia Monfort va defensar que la transparència és imprescindible per vendre a les grans cadenes europees.</p>
<h2>Conclusions</h2>
<p>Al final de la jornada, la directora del clúster, Sílvia Torrent-Llobet, va llegir les conclusions, elaborades pel comitè tècnic a partir de les intervencions:</p>
<ol>
""" + "".join(f"<li>{k}.</li>\n" for k in KM) + """</ol>
<h2>Properes activitats</h2>
<p>El clúster presentarà aquestes conclusions a la Fira de Sant Miquel de Lleida, del 24 al 27 de setembre de 2034, i a la Fruit Logistica de Berlín, del 7 al 9 de febrer de 2034, on compartirà estand amb Prodeca. La sisena edició de la jornada tindrà lloc el novembre de 2034.</p>
<p>Les presentacions es poden descarregar a l'àrea de socis. Agraïm la col·laboració de Fundació Banc Sabadell i de la Llotja de Lleida.</p>
</main>
<footer>Clúster de la Fruita de Ponent · Parc Científic i Tecnològic Agroalimentari de Lleida · Edifici H1 · 25003 Lleida · <a href="/avis-legal">Avís legal</a> · <a href="/privacitat">Privacitat</a></footer>
</body></html>"""
write_text(F, html)
gold(F, [
 P("Núria Solé i Bonet", None, None),
 P("Montserrat Farré i Castells", "consellera d'Agricultura, Ramaderia, Pesca i Alimentació", "Generalitat de Catalunya"),
 P("Jordi Pujol-Vidal", "president", "Clúster de la Fruita de Ponent"),
 P("Joan Girona Gomis", None, "Institut de Recerca i Tecnologia Agroalimentàries"),
 P("Mireia Camps Ribera", None, "Universitat de Lleida"),
 P("Pieter-Jan de Bruijn", None, "Fruitmasters"),
 P("Arnau Bosch Pallarès", "director tècnic", "Agrobòtica Segrià SL"),
 P("Laia Jové", "periodista", "Ràdio Lleida"),
 P("Xavier Gòdia Monfort", None, "Afrucat"),
 P("Carme Aige Solsona", None, "Caixa Rural d'Alcarràs"),
 P("Ricard Pons i Mir", None, "Unió de Pagesos"),
 P("Sílvia Torrent-Llobet", "directora", "Clúster de la Fruita de Ponent"),
],[
 O("Clúster de la Fruita de Ponent"), O("Diputació de Lleida"), O("Agència per la Competitivitat de l'Empresa", "ACCIÓ"),
 O("Generalitat de Catalunya"), O("Fruits de Ponent SCCL"), O("Institut de Recerca i Tecnologia Agroalimentàries", "IRTA"),
 O("Universitat de Lleida", "UdL"), O("Fruitmasters"), O("Agrobòtica Segrià SL"), O("Eurecat"), O("Ràdio Lleida"),
 O("Afrucat"), O("Caixa Rural d'Alcarràs"), O("Unió de Pagesos"), O("Prodeca"), O("Cambra de Comerç de Lleida"), O("Fundació Banc Sabadell"), O("Llotja de Lleida"),

],[
 E("Jornada «Fruita i Innovació» 2033", "2033-11-24", None, "Lleida", "Spain"),
 E("Fira de Sant Miquel", "2034-09-24", "2034-09-27", "Lleida", "Spain"),
 E("Fruit Logistica", "2034-02-07", "2034-02-09", "Berlín", "Germany"),
 E("Jornada «Fruita i Innovació» (sisena edició)", "2034-11", None, None, None),
],["2033-12-02","2033-11-24","2033","2034/2040","2035","2034-09-24/2034-09-27","2034-02-07/2034-02-09","2034-11"],
 KM, pub="2033-12-02")
