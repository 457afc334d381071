from h import *
F = 'g09_cluster_fruita_ponent_avaluacio_label.html'
T = """<!DOCTYPE html>
<html lang="ca"><head><meta charset="utf-8"><title>Resum de l'avaluació del segell d'excel·lència | Clúster de la Fruita de Ponent</title></head>
<body>
<div class="galetes">Aquest web utilitza galetes pròpies i de tercers per millorar la navegació. <a href="#">Accepto</a> · <a href="#">Configuració</a> · <a href="#">Més informació</a></div>
<nav><a href="/">Inici</a> · <a href="/qui-som">Qui som</a> · <a href="/socis">Socis</a> · <a href="/projectes">Projectes</a> · <a href="/actualitat">Actualitat</a> · <a href="/contacte">Contacte</a> · <a href="/es">ES</a> · <a href="/en">EN</a></nav>
<main>
<p class="ruta">Inici › Actualitat › Notícies</p>
<h1>El Clúster de la Fruita de Ponent obté el segell d'or d'excel·lència en la gestió de clústers</h1>
<p class="data">Lleida, 2 d'octubre de 2037 · Redacció</p>
<p class="compartir">Comparteix: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Correu</a></p>

<p>El Clúster de la Fruita de Ponent (CFP) ha obtingut el segell d'or (<em>Gold Label</em>) de la European Cluster Excellence Initiative, el màxim reconeixement europeu a la qualitat de la gestió d'una organització clúster. L'avaluació es va fer els dies 22 i 23 de setembre de 2037 a la seu del clúster, al Parc Científic i Tecnològic Agroalimentari de Lleida (PCiTAL), i la va dur a terme un equip de dos avaluadors acreditats per la European Secretariat for Cluster Analysis (ESCA): el Dr. Helmut Brandstätter, d'Àustria, i la Sra. Agnieszka Zielińska-Mróz, de Polònia. El clúster ha obtingut 92 punts sobre 100, set més que en la renovació del segell de plata el 2034.</p>

<p>El director general del clúster, el Sr. Jordi Solé i Farré, va valorar el resultat com «el reconeixement a deu anys de feina de tot l'equip i de les empreses sòcies». La presidenta, la Sra. Núria Balcells Roca, directora general de Fruits de Ponent SCCL, va destacar que el segell «obre la porta a més projectes europeus i a noves aliances amb clústers fructícoles d'Europa».</p>

<h2>Resum de l'informe d'avaluació</h2>
<p>L'informe final, lliurat el 30 de setembre de 2037, analitza 31 indicadors agrupats en cinc àmbits: estructura del clúster, governança, estratègia, serveis i reconeixement extern. A continuació en resumim les conclusions principals.</p>

<h3>Punts forts</h3>
<ul>
<li>Una estratègia 2035–2039 clara, amb objectius mesurables i revisada cada any amb els socis.</li>
<li>Una junta directiva representativa de tota la cadena de valor, des dels productors fins a la distribució.</li>
<li>Una alta implicació dels socis: el 78 % ha participat almenys en un projecte col·laboratiu en els darrers dos anys.</li>
<li>Una bona cooperació amb la Universitat de Lleida i amb l'Institut de Recerca i Tecnologia Agroalimentàries (IRTA).</li>
<li>Un finançament diversificat, amb un 41 % d'ingressos procedents de serveis i quotes.</li>
</ul>

<h3>Àrees de millora</h3>
<ul>
<li>La participació de les petites empreses en els òrgans de govern encara és baixa.</li>
<li>Cal sistematitzar la mesura de l'impacte dels serveis en els resultats econòmics dels socis.</li>
<li>La internacionalització depèn massa de dues fires anuals i de pocs mercats.</li>
<li>El relleu generacional de l'equip gestor no està planificat.</li>
</ul>

<h3>Recomanacions dels avaluadors</h3>
<ol>
<li>Reservar dues places de la junta directiva per a empreses de menys de cinquanta treballadors.</li>
<li>Implantar un quadre de comandament d'impacte amb indicadors acordats amb els socis.</li>
<li>Obrir noves aliances amb clústers de Polònia, Grècia i el nord d'Àfrica.</li>
<li>Elaborar un pla de successió per als llocs clau de l'equip gestor abans del 2039.</li>
</ol>

<p>Els avaluadors també van entrevistar una desena de socis i representants d'administracions i van visitar dues empreses sòcies, una central fructícola d'Alcarràs i un fabricant de maquinària de Mollerussa. Segons l'informe, aquestes converses van confirmar que els socis valoren sobretot els projectes d'innovació conjunts i el suport per accedir a convocatòries europees.</p>

<h2>Qui forma el clúster</h2>
<p>El CFP agrupa 74 socis de les comarques del Segrià, les Garrigues, el Pla d'Urgell i la Noguera: cooperatives, empreses de fruita fresca i transformada, fabricants de maquinària i envasos, centres tecnològics i entitats financeres. La junta directiva, elegida a l'assemblea general del 14 de març de 2036, la formen la presidenta Núria Balcells Roca (Fruits de Ponent SCCL), el vicepresident Xavier Pujol Montané (Maquinària Agrícola Pujol, SL), la tresorera Laia Ribes Vilanova (Caixa Rural de l'Urgell, SCC) i els vocals Ahmed Benjelloun (Frigorífics Alcarràs, SA), Anna Maria Torres Escolà (Cooperativa Fruitera de Mollerussa, SCCL) i Dr. Pere Vilaró Gené (IRTA).</p>

<p>L'avaluació s'ha preparat amb el suport d'ACCIÓ, l'agència per a la competitivitat de l'empresa de la Generalitat de Catalunya, que coordina el programa Catalunya Clústers. La responsable de l'àrea de clústers d'ACCIÓ, la Sra. Marta Casals Oliveras, va felicitar el clúster en un acte a Lleida i va recordar que és el sisè clúster català que obté el segell d'or.</p>

<h2>Propers passos</h2>
<p>El clúster presentarà el pla d'acció derivat de l'informe a l'assemblea general ordinària del 18 de març de 2038. El segell té una validesa de quatre anys, fins al setembre de 2041. El lliurament oficial del certificat tindrà lloc durant la Fira de Sant Miquel de Lleida, el 26 de setembre de 2037, amb la presència del conseller d'Empresa i Treball.</p>

<p>Per a més informació: comunicacio@clusterfruitaponent.example.cat · 973 00 00 00</p>
</main>
<footer>© 2037 Associació Clúster de la Fruita de Ponent · NIF G00000000 · Av. de l'Alcalde Rovira Roure, Lleida · <a href="#">Avís legal</a> · <a href="#">Política de privacitat</a> · <a href="#">Galetes</a></footer>
</body></html>
"""
write(F, T)
C = "Clúster de la Fruita de Ponent"
import re
li = re.findall(r'<li>(.*?)</li>', T.split('<h3>Punts forts</h3>')[1].split('<h2>Qui forma')[0])
gold(F,
 [P("Helmut Brandstätter", None, "European Secretariat for Cluster Analysis"),
  P("Agnieszka Zielińska-Mróz", None, "European Secretariat for Cluster Analysis"),
  P("Jordi Solé i Farré", "director general", C),
  P("Núria Balcells Roca", "presidenta", C),
  P("Xavier Pujol Montané", "vicepresident", C),
  P("Laia Ribes Vilanova", "tresorera", C),
  P("Ahmed Benjelloun", "vocal", "Clúster de la Fruita de Ponent"),
  P("Anna Maria Torres Escolà", "vocal", "Clúster de la Fruita de Ponent"),
  P("Pere Vilaró Gené", "vocal", "Clúster de la Fruita de Ponent"),
  P("Marta Casals Oliveras", "responsable de l'àrea de clústers", "ACCIÓ")],
 [O("Associació Clúster de la Fruita de Ponent", "CFP"), O("European Cluster Excellence Initiative"),
  O("Parc Científic i Tecnològic Agroalimentari de Lleida", "PCiTAL"),
  O("European Secretariat for Cluster Analysis", "ESCA"), O("Fruits de Ponent SCCL"), O("Universitat de Lleida"),
  O("Institut de Recerca i Tecnologia Agroalimentàries", "IRTA"), O("Maquinària Agrícola Pujol, SL"),
  O("Caixa Rural de l'Urgell, SCC"), O("Frigorífics Alcarràs, SA"), O("Cooperativa Fruitera de Mollerussa, SCCL"),
  O("ACCIÓ"), O("Generalitat de Catalunya")],
 [E("avaluació", "2037-09-22", "2037-09-23", "Lleida", "Spain"),
  E("assemblea general", "2036-03-14"),
  E("assemblea general ordinària", "2038-03-18"),
  E("lliurament oficial del certificat", "2037-09-26", None, "Lleida", "Spain"), E("Fira de Sant Miquel de Lleida", None, None, "Lleida", "Spain")],
 ["2037-10-02", "2037-09-22/2037-09-23", "2034", "2037-09-30", "2035/2039", "2039", "2036-03-14", "2038-03-18", "2041-09", "2037-09-26"],
 [x.rstrip('.') for x in li], pub="2037-10-02")
