from h import *
F = 'albacete-congreso-cluster-aeronautico-conclusiones-2035.html'
T = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Conclusiones del III Congreso de Drones y Aeronáutica de Castilla-La Mancha | Clúster Aeronáutico de Albacete</title></head>
<body>
<div class="aviso-cookies">Utilizamos cookies propias y de terceros para fines analíticos. Puede aceptarlas, rechazarlas o configurarlas. <a href="#">Aceptar</a> <a href="#">Rechazar</a> <a href="#">Configurar</a></div>
<header><a href="/" class="logo">Clúster Aeronáutico y de Drones de Albacete – CADA</a>
<nav><a href="/quienes-somos">Quiénes somos</a> · <a href="/socios">Socios</a> · <a href="/proyectos">Proyectos</a> · <a href="/actualidad">Actualidad</a> · <a href="/agenda">Agenda</a> · <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="migas">Inicio / Actualidad / Noticias del clúster</p>
<article>
<h1>El III Congreso de Drones y Aeronáutica cierra con un llamamiento a crear un corredor de pruebas para vehículos no tripulados</h1>
<p class="fecha">Albacete, 18 de mayo de 2035 · Redacción CADA</p>
<p>Más de 620 profesionales del sector aeroespacial, de la defensa, la agricultura de precisión y las emergencias se dieron cita el miércoles 16 y el jueves 17 de mayo en el Palacio de Congresos de Albacete en la tercera edición del Congreso de Drones y Aeronáutica, organizado por el Clúster Aeronáutico y de Drones de Albacete (CADA) con el apoyo de la Junta de Comunidades de Castilla-La Mancha, la Diputación de Albacete y el Ayuntamiento de Albacete.</p>
<p>La inauguración corrió a cargo del consejero de Desarrollo Económico, D. Ignacio Martínez de la Rosa, quien recordó que el sector aeronáutico provincial da empleo ya a más de 3.100 personas y anunció una nueva línea de ayudas de 12 millones de euros para proyectos de I+D en movilidad aérea. Le acompañaron la alcaldesa de Albacete, Dña. Carmen Sánchez-Garrido Ortega, y el presidente del CADA, Fernando Belmonte Ruiz, director de la planta de Aeroestructuras La Mancha, S.A.</p>
<h2>Un programa con acento internacional</h2>
<p>La conferencia inaugural la impartió la Dra. Ingrid van Leeuwen-Hartog, directora de innovación de la Agencia de la Unión Europea para la Seguridad Aérea (EASA), que repasó el nuevo marco europeo para el espacio U-space. "Las regiones que dispongan de zonas de ensayo certificadas atraerán a los fabricantes; las que no, se quedarán mirando", advirtió.</p>
<p>En las mesas redondas intervinieron, entre otros, Luis Alberto Tébar Moreno, del Centro de Ensayos de Sistemas Aéreos No Tripulados de la Universidad de Castilla-La Mancha (UCLM); Paula Cuenca Navarro, gerente de la empresa de drones agrícolas AgroVuelo S.L.; el teniente coronel Javier Escudero Palomares, de la Base Aérea de Los Llanos; y Mathieu Bernard-Lefèvre, del clúster francés Aerospace Valley. El segundo día se celebraron 140 reuniones B2B organizadas con la Red Enterprise Europe Network y una demostración de vuelo en el aeródromo de Casas de Juan Núñez.</p>
<p>Por la noche del primer día, el clúster ofreció una cena de networking en el Museo de la Cuchillería, durante la cual se entregaron los Premios CADA a la Innovación 2035. El galardón principal recayó en la start-up albaceteña Vigía Aérea Tech S.L. por su sistema de detección temprana de incendios forestales.</p>
<h2>Conclusiones</h2>
<p>Al término del congreso, la gerente del clúster, Marta López-Alarcón, leyó las conclusiones acordadas por el comité científico:</p>
<ol>
<li>Castilla-La Mancha debe impulsar un corredor de pruebas certificado para drones entre Albacete y Cuenca, abierto a empresas de toda Europa.</li>
<li>La formación de pilotos, técnicos de mantenimiento e ingenieros de sistemas no tripulados debe duplicarse antes de 2038, con nuevos ciclos de Formación Profesional dual.</li>
<li>Las pymes del clúster necesitan acompañamiento para certificarse según las normas europeas de aeronavegabilidad.</li>
<li>La compra pública innovadora de las administraciones en emergencias y agricultura puede actuar como primer cliente de las soluciones regionales.</li>
<li>El clúster reforzará su cooperación con Aerospace Valley y con los clústeres andaluces y vascos para presentar proyectos conjuntos.</li>
</ol>
<h2>Próximos pasos</h2>
<p>El CADA presentará estas conclusiones en la reunión de su Junta Directiva del 14 de junio de 2035 y las trasladará a la Consejería de Desarrollo Económico. La cuarta edición del congreso se celebrará en mayo de 2036, de nuevo en Albacete.</p>
<p>Las ponencias y la galería de fotos están disponibles en la sección de Agenda.</p>
<p class="compartir">Compartir: LinkedIn · X · Facebook · WhatsApp</p>
</article>
</main>
<footer><p>Clúster Aeronáutico y de Drones de Albacete · Parque Científico y Tecnológico, Paseo de la Innovación 1, 02006 Albacete · info@cada-albacete.es</p><p>Aviso legal · Política de privacidad · Política de cookies</p></footer>
</body></html>
"""
write(F, T)
gold(F, [P('Ignacio Martínez de la Rosa','consejero de Desarrollo Económico',None), P('Carmen Sánchez-Garrido Ortega','alcaldesa de Albacete',None),
 P('Fernando Belmonte Ruiz','presidente','CADA'), P('Ingrid van Leeuwen-Hartog','directora de innovación','EASA'),
 P('Luis Alberto Tébar Moreno',None,'Centro de Ensayos de Sistemas Aéreos No Tripulados'), P('Paula Cuenca Navarro','gerente','AgroVuelo S.L.'),
 P('Javier Escudero Palomares','teniente coronel','Base Aérea de Los Llanos'), P('Mathieu Bernard-Lefèvre',None,'Aerospace Valley'),
 P('Marta López-Alarcón','gerente del clúster','CADA')],
 [O('Clúster Aeronáutico y de Drones de Albacete','CADA'), O('Junta de Comunidades de Castilla-La Mancha'), O('Diputación de Albacete'), O('Ayuntamiento de Albacete'),
  O('Aeroestructuras La Mancha, S.A.'), O('Agencia de la Unión Europea para la Seguridad Aérea','EASA'), O('Centro de Ensayos de Sistemas Aéreos No Tripulados'),
  O('Universidad de Castilla-La Mancha','UCLM'), O('AgroVuelo S.L.'), O('Base Aérea de Los Llanos'), O('Aerospace Valley'), O('Enterprise Europe Network'),
  O('Vigía Aérea Tech S.L.'), O('Consejería de Desarrollo Económico')],
 [E('III Congreso de Drones y Aeronáutica','2035-05-16','2035-05-17','Albacete','Spain'), E('reuniones B2B','2035-05-17','2035-05-17','Albacete','Spain'),
  E('demostración de vuelo','2035-05-17','2035-05-17','Casas de Juan Núñez','Spain'), E('cena de networking','2035-05-16','2035-05-16','Albacete','Spain'),
  E('Premios CADA a la Innovación 2035','2035-05-16','2035-05-16','Albacete','Spain'), E('reunión de su Junta Directiva','2035-06-14','2035-06-14',None,None),
  E('Congreso de Drones y Aeronáutica (cuarta edición)','2036-05','2036-05','Albacete','Spain')],
 ['2035-05-18','2035-05-16/2035-05-17','2038','2035-06-14','2036-05'],
 ['Castilla-La Mancha debe impulsar un corredor de pruebas certificado para drones entre Albacete y Cuenca, abierto a empresas de toda Europa',
  'La formación de pilotos, técnicos de mantenimiento e ingenieros de sistemas no tripulados debe duplicarse antes de 2038, con nuevos ciclos de Formación Profesional dual',
  'Las pymes del clúster necesitan acompañamiento para certificarse según las normas europeas de aeronavegabilidad',
  'La compra pública innovadora de las administraciones en emergencias y agricultura puede actuar como primer cliente de las soluciones regionales',
  'El clúster reforzará su cooperación con Aerospace Valley y con los clústeres andaluces y vascos para presentar proyectos conjuntos'],
 pub='2035-05-18')
