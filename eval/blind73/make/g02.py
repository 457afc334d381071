from h import *
F = 'clusterelche-nombramiento-nueva-gerente.txt'
T = f"""NOTA DE PRENSA

Clúster del Calzado y la Moda Sostenible de Elche
Avda. de la Industria, 14 · 03203 Elche (Alicante)
prensa@clustercalzadoelche.es

Elche, {wd(2035,2,12,'es')} 12 de febrero de 2035

LA ECONOMISTA ROCÍO MARTÍNEZ DE LA FUENTE, NUEVA GERENTE DEL CLÚSTER DEL CALZADO Y LA MODA SOSTENIBLE DE ELCHE

La Junta Directiva de la Asociación Clúster del Calzado y la Moda Sostenible de Elche (CCMS) ha nombrado a Rocío Martínez de la Fuente (Elche, 1991) nueva gerente de la entidad. Se incorporará a su nuevo puesto el próximo 3 de marzo de 2035 y sustituirá a Joan Baptista Pastor i Ferrer, que ha dirigido el clúster desde su constitución en 2027 y que se jubila tras más de treinta años de trayectoria en el sector.

El nombramiento se aprobó por unanimidad en la reunión de la Junta Directiva celebrada el {wd(2035,2,10,'es')} 10 de febrero en la sede de la asociación, tras un proceso de selección abierto al que se presentaron 41 candidaturas y que contó con el asesoramiento de la consultora alicantina Talento Levante, S.L.

Licenciada en Administración y Dirección de Empresas por la Universidad Miguel Hernández (UMH) y máster en Economía Circular por la Universitat Politècnica de València (UPV), Martínez de la Fuente ha desarrollado su carrera entre la empresa privada y el sistema regional de innovación. Entre 2016 y 2022 fue responsable de compras en la firma ilicitana Calzados Boix-Menargues, S.A., y desde 2022 trabajaba como técnica de proyectos europeos en el Instituto Tecnológico del Calzado y Conexas (INESCOP), en Elda, donde coordinó, entre otros, el proyecto de trazabilidad de curtidos vegetales RE-PIEL (2030–2034).

«Rocío conoce las fábricas por dentro y conoce Bruselas por dentro; esa combinación es exactamente la que necesitamos para la próxima etapa», ha declarado el presidente del clúster, Vicente Sempere Agulló, consejero delegado de Sempere Hermanos, S.L. «Nuestras empresas tienen que cumplir el pasaporte digital de producto y, al mismo tiempo, seguir vendiendo en mercados muy exigentes. La nueva gerente tendrá el mandato de convertir esa obligación en una ventaja competitiva para Elche.»

Agradecimiento a Joan Baptista Pastor

La Junta Directiva ha querido agradecer expresamente a Joan Baptista Pastor i Ferrer su dedicación durante casi ocho años. Bajo su dirección, el clúster pasó de 17 empresas fundadoras a 96 socios, obtuvo en 2031 la etiqueta de oro de excelencia en la gestión de clústeres y puso en marcha la plataforma compartida de reciclaje de recortes de piel, que hoy gestiona más de 1.100 toneladas al año.

«Joan Baptista ha sido mucho más que un gerente: ha sido el hombre que convenció a competidores de toda la vida para sentarse en la misma mesa», señaló Sempere. «Le debemos buena parte de lo que somos y confiamos en seguir contando con su consejo.» Pastor i Ferrer continuará vinculado a la asociación como asesor honorífico del Consejo Asesor hasta el 31 de diciembre de 2035.

Por su parte, el gerente saliente se mostró «muy tranquilo» por dejar el clúster en buenas manos: «Conozco a Rocío desde que era estudiante en prácticas en una fábrica de Carrús. Tiene criterio, tiene paciencia y, sobre todo, sabe escuchar a las pequeñas empresas.»

Prioridades de la nueva gerente

En sus primeras declaraciones, Rocío Martínez de la Fuente avanzó tres prioridades para sus primeros cien días: preparar a las pymes asociadas para el pasaporte digital de producto, reforzar la cooperación con los clústeres del calzado de Portugal e Italia y atraer talento joven a los oficios del aparado y el patronaje. «Elche no puede competir en precio; tiene que competir en diseño, en trazabilidad y en rapidez», afirmó.

La nueva gerente se presentará públicamente ante los socios en la Asamblea General Ordinaria, que se celebrará el {wd(2035,3,27,'es')} 27 de marzo de 2035 en el Centro de Congresos Ciudad de Elche. Su primera cita internacional será la feria Micam Milano, del 16 al 19 de septiembre de 2035, donde el clúster coordinará un pabellón agrupado con 12 empresas ilicitanas, en colaboración con el Instituto Valenciano de Competitividad Empresarial (IVACE+i) y la Federación de Industrias del Calzado Español (FICE).

La concejala de Promoción Económica del Ayuntamiento de Elche, María José Ruiz Brotons, felicitó a la nueva gerente y recordó que el ayuntamiento mantiene su convenio de colaboración con el clúster para el periodo 2034–2036.

La elección coincide con un momento delicado para el sector: según datos de la propia asociación, las exportaciones de calzado de Elche cayeron un 4 % en 2034, mientras que las ventas de calzado con certificación de materiales reciclados crecieron un 22 %. La nueva gerente tendrá que gestionar además la renovación del plan estratégico, que vence a finales de 2035.

Sobre el CCMS

La Asociación Clúster del Calzado y la Moda Sostenible de Elche es una entidad sin ánimo de lucro constituida en 2027 que agrupa a fabricantes de calzado, proveedores de componentes, curtidurías, empresas de diseño y centros de formación de la comarca del Baix Vinalopó. Forma parte de la Red de Clústeres de la Comunitat Valenciana.

Contacto para medios:
Lucía Candela Pomares, responsable de comunicación
prensa@clustercalzadoelche.es · 965 44 21 80

###
"""
write(F, T)
gold(F, [P('Rocío Martínez de la Fuente','gerente','Asociación Clúster del Calzado y la Moda Sostenible de Elche'),
 P('Joan Baptista Pastor i Ferrer','gerente saliente','Asociación Clúster del Calzado y la Moda Sostenible de Elche'),
 P('Vicente Sempere Agulló','presidente del clúster','Asociación Clúster del Calzado y la Moda Sostenible de Elche'),
 P('María José Ruiz Brotons','concejala de Promoción Económica','Ayuntamiento de Elche'),
 P('Lucía Candela Pomares','responsable de comunicación','Asociación Clúster del Calzado y la Moda Sostenible de Elche')],
 [O('Asociación Clúster del Calzado y la Moda Sostenible de Elche','CCMS'), O('Talento Levante, S.L.'), O('Universidad Miguel Hernández','UMH'),
  O('Universitat Politècnica de València','UPV'), O('Calzados Boix-Menargues, S.A.'), O('Instituto Tecnológico del Calzado y Conexas','INESCOP'),
  O('Sempere Hermanos, S.L.'), O('Instituto Valenciano de Competitividad Empresarial','IVACE+i'), O('Federación de Industrias del Calzado Español','FICE'),
  O('Ayuntamiento de Elche'), O('Red de Clústeres de la Comunitat Valenciana')],
 [E('Asamblea General Ordinaria','2035-03-27','2035-03-27','Elche','Spain'), E('Micam Milano','2035-09-16','2035-09-19','Milano','Italy'),
  E('reunión de la Junta Directiva','2035-02-10','2035-02-10','Elche','Spain')],
 ['2035-02-12','2035-03-03','2027','2035-02-10','2016/2022','2022','2030/2034','2031','2035-12-31','2035-03-27','2035-09-16/2035-09-19','2034/2036','1991','2034','2035'],
 pub='2035-02-12')
