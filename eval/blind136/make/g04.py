from h import *
F = 'g04_navarra_agroalimentario_boletin.html'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,13)=='Wednesday' and wd(2041,3,6)=='Wednesday' and wd(2041,1,28)=='Monday' and wd(2041,4,10)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Boletín de socios nº 41 – febrero 2041 | Clúster Agroalimentario de Navarra</title></head>
<body>
<div class="aviso-cookies">Utilizamos cookies propias y de terceros para analizar el uso de la web. <a href="/cookies">Más información</a> <button>Aceptar</button> <button>Configurar</button></div>
<header><p class="logo">Clúster Agroalimentario de Navarra · NAGRIFOOD</p>
<ul class="menu"><li><a href="/">Inicio</a></li><li><a href="/cluster">El clúster</a></li><li><a href="/socios">Socios</a></li><li><a href="/proyectos">Proyectos</a></li><li><a href="/noticias">Noticias</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/contacto">Contacto</a></li></ul></header>
<main>
<h1>Boletín de socios nº 41 – febrero 2041</h1>
<p class="fecha">Pamplona, 14 de febrero de 2041</p>

<h2>Editorial</h2>
<p>Cerramos un enero intenso. El lunes 28 de enero celebramos la reunión de la Junta Directiva en la sede del clúster, en la que se aprobó el plan de acción 2041 y el presupuesto, que crece un 8 % gracias a dos nuevos proyectos europeos. <em>— Iñaki Goñi Etxeberria, gerente</em></p>

<h2>Noticias de los socios</h2>
<article>
<h3>Conservas Lacunza amplía su planta de Lodosa</h3>
<p>La empresa familiar Conservas Lacunza, S.L. invertirá 6,2 millones de euros en una nueva línea de esterilización en Lodosa. Su directora general, Maite Lacunza Arbeloa, explicó que la ampliación creará 35 empleos hasta 2043. <a href="/noticias/lacunza">Leer más</a></p>
</article>
<article>
<h3>El CNTA lanza un servicio de envases reciclables</h3>
<p>El Centro Nacional de Tecnología y Seguridad Alimentaria (CNTA), en San Adrián, ofrece desde este mes un servicio de ensayo de envases monomaterial. El responsable del área de envases, Dr. Jorge Sanz-Oroz, invita a los socios a participar en la prueba piloto. <a href="/noticias/cnta-envases">Leer más</a></p>
</article>
<article>
<h3>Nuevos socios</h3>
<p>Damos la bienvenida a Verduras Ribera Bio S.Coop., de Tudela; a la startup AgroSensia Technologies, S.L., de Pamplona; y a la Universidad Pública de Navarra (UPNA), que se incorpora como socio tecnológico.</p>
</article>

<h2>Jornadas celebradas</h2>
<p><strong>Jornada de proteína alternativa (12 y 13 de febrero, Tudela).</strong> Más de 90 personas participaron en la jornada organizada junto con la Asociación de Industrias Agroalimentarias de Navarra, La Rioja y Aragón (ADEMAN) en el Centro Cultural Castel Ruiz. El martes intervinieron Carmen Albizu, consejera de Desarrollo Económico y Empresarial del Gobierno de Navarra, y el investigador Luca De Santis, de la Università di Parma. El miércoles por la mañana se organizó una visita técnica a la planta piloto del CNTA en San Adrián.</p>
<p>Las conclusiones de la jornada, presentadas por la moderadora Ainhoa Zabalza Iriarte (NAGRIFOOD), fueron las siguientes:</p>
<ol>
<li>Las empresas navarras de verdura tienen ventaja para desarrollar productos híbridos de proteína vegetal</li>
<li>Hace falta una planta de extrusión compartida en la Ribera</li>
<li>La regulación europea de nuevos alimentos sigue siendo lenta para las pymes</li>
</ol>

<h2>Agenda</h2>
<ul>
<li><strong>6 de marzo de 2041, 10:00–13:00</strong> – Webinar «Etiquetado nutricional: qué cambia en 2042», con el bufete Goicoechea &amp; Asociados. En línea.</li>
<li><strong>Del 18 al 21 de marzo</strong> – Misión comercial a la feria Alimentaria Foodtech en Barcelona, con ICEX España Exportación e Inversiones.</li>
<li><strong>Miércoles 10 de abril de 2041</strong> – Asamblea General Ordinaria del clúster, Pamplona (Baluarte). A las 14:00, comida de socios.</li>
<li><strong>Mayo 2041</strong> – Segunda edición del Foro de Innovación Agroalimentaria del Valle del Ebro, en Logroño, junto con el clúster riojano.</li>
</ul>

<h2>Convocatorias</h2>
<p>La Sociedad de Desarrollo de Navarra (SODENA) abre su línea de préstamos participativos para proyectos agroalimentarios; el plazo termina el 30 de abril de 2041. El Enterprise Europe Network – Navarra recuerda que la convocatoria de proyectos de innovación del EIT Food está abierta hasta el 3 de abril.</p>

<p class="compartir">Compartir: <a href="#">LinkedIn</a> · <a href="#">X</a> · <a href="#">Correo</a></p>
</main>
<footer><p>Clúster Agroalimentario de Navarra – Asociación NAGRIFOOD · Avda. Carlos III 36, 31003 Pamplona · info@nagrifood.example.es</p>
<p>Cofinanciado por el Gobierno de Navarra. Si no desea recibir este boletín, <a href="/baja">darse de baja</a>. Aviso legal · Política de privacidad</p></footer>
</body></html>
"""
write(F, T)
C = "Clúster Agroalimentario de Navarra"
gold(F,
 [P("Iñaki Goñi Etxeberria", "gerente", C),
  P("Maite Lacunza Arbeloa", "directora general", "Conservas Lacunza, S.L."),
  P("Jorge Sanz-Oroz", "responsable del área de envases", "Centro Nacional de Tecnología y Seguridad Alimentaria"),
  P("Carmen Albizu", "consejera de Desarrollo Económico y Empresarial", "Gobierno de Navarra"),
  P("Luca De Santis", "investigador", "Università di Parma"),
  P("Ainhoa Zabalza Iriarte", "moderadora", "NAGRIFOOD")],
 [O(C, "NAGRIFOOD"), O("Conservas Lacunza, S.L."), O("Centro Nacional de Tecnología y Seguridad Alimentaria", "CNTA"),
  O("Verduras Ribera Bio S.Coop."), O("AgroSensia Technologies, S.L."), O("Universidad Pública de Navarra", "UPNA"),
  O("Asociación de Industrias Agroalimentarias de Navarra, La Rioja y Aragón", "ADEMAN"), O("Gobierno de Navarra"),
  O("Università di Parma"), O("Goicoechea & Asociados"), O("ICEX España Exportación e Inversiones"),
  O("Sociedad de Desarrollo de Navarra", "SODENA"), O("Enterprise Europe Network – Navarra"), O("EIT Food")],
 [E("reunión de la Junta Directiva", "2041-01-28", None, None, None),
  E("Jornada de proteína alternativa", "2041-02-12", "2041-02-13", "Tudela", "Spain"),
  E("visita técnica a la planta piloto del CNTA", "2041-02-13", None, "San Adrián", "Spain"),
  E("Webinar «Etiquetado nutricional: qué cambia en 2042»", "2041-03-06", None, None, None),
  E("Misión comercial a la feria Alimentaria Foodtech", "2041-03-18", "2041-03-21", "Barcelona", "Spain"),
  E("Asamblea General Ordinaria", "2041-04-10", None, "Pamplona", "Spain"),
  E("comida de socios", "2041-04-10", None, "Pamplona", "Spain"),
  E("Segunda edición del Foro de Innovación Agroalimentaria del Valle del Ebro", "2041-05", None, "Logroño", "Spain")],
 ["2041-02", "2041-02-14", "2041-01-28", "2043", "2041-02-12/2041-02-13", "2041-03-06", "2041-03-18/2041-03-21",
  "2041-04-10", "2041-05", "2041-04-30", "2041-04-03", "2041-01"],
 ["Las empresas navarras de verdura tienen ventaja para desarrollar productos híbridos de proteína vegetal",
  "Hace falta una planta de extrusión compartida en la Ribera",
  "La regulación europea de nuevos alimentos sigue siendo lenta para las pymes"],
 pub="2041-02-14")
