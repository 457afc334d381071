from h import *
F = 'g13_canarias_cluster_maritimo_fusion.html'
FUND = [
 ("Astilleros Reunidos del Atlántico, S.A.", "Las Palmas de Gran Canaria", "D. Armando Quintana Betancor", "consejero delegado"),
 ("Naviera Insular Chinijo, S.L.", "Arrecife", "D.ª Yaiza Cabrera Perdomo", "directora general"),
 ("Puertos Canarios Servicios Técnicos, S.L.U.", "Santa Cruz de Tenerife", "D. Óscar Hernández de la Rosa", "gerente"),
 ("Plataforma Oceánica de Canarias (PLOCAN)", "Telde", "Dr. Felipe Rodríguez Alemán", "director"),
 ("Universidad de Las Palmas de Gran Canaria", "Las Palmas de Gran Canaria", "Dra. Carmen Delia Santana Ojeda", "vicerrectora de Investigación"),
 ("Acuicultura Atlántica Tenerife, S.L.", "Adeje", "D. Jonay Trujillo Mesa", "socio fundador"),
 ("Eólica Marina Canaria, S.A.", "Agüimes", "D.ª Ingrid van Leeuwen", "directora de proyectos"),
 ("Autoridad Portuaria de Las Palmas", "Las Palmas de Gran Canaria", "D. Raúl Sosa Padrón", "director de innovación"),
 ("Fundación Canaria Instituto Tecnológico de Canarias (ITC)", "Santa Lucía de Tirajana", "D.ª Pilar Afonso Rivero", "jefa del departamento de energía"),
]
rows = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}, {d}</td></tr>" for a, b, c, d in FUND)
T = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Nace la Asociación Clúster Marítimo-Marino de Canarias | Noticias</title></head>
<body>
<div class="cookies">Utilizamos cookies propias y de terceros para analizar el uso del sitio. <button>Aceptar</button> <button>Rechazar</button> <a href="#">Política de cookies</a></div>
<header><nav><a href="/">Inicio</a> | <a href="/el-cluster">El clúster</a> | <a href="/socios">Socios</a> | <a href="/proyectos">Proyectos</a> | <a href="/noticias">Noticias</a> | <a href="/contacto">Contacto</a></nav></header>
<main>
<p class="migas">Inicio &gt; Noticias &gt; Institucional</p>
<h1>Nace la Asociación Clúster Marítimo-Marino de Canarias tras la fusión de dos clústeres del sector</h1>
<p class="fecha">Las Palmas de Gran Canaria, 24 de abril de 2037 | Comunicación CMMC</p>

<p>El Clúster Marítimo de Canarias (CMC) y el Clúster de Energías Marinas de Canarias (CEMAC) han culminado su fusión en una nueva entidad, la <strong>Asociación Clúster Marítimo-Marino de Canarias (CMMC)</strong>, que agrupa desde hoy a 118 empresas, centros de investigación y administraciones de las siete islas. La asamblea constituyente se celebró el viernes 17 de abril de 2037 en el Museo Elder de la Ciencia y la Tecnología, en Las Palmas de Gran Canaria, con la asistencia de 96 socios.</p>

<p>La fusión, aprobada por las asambleas de ambas entidades el 12 de diciembre de 2036, responde a una recomendación del Gobierno de Canarias, que en su Estrategia de Economía Azul de Canarias 2035–2040 pedía reducir la fragmentación de las organizaciones del sector. «Éramos dos clústeres que compartían socios, proyectos y hasta sede. Tenía más sentido sumar fuerzas que competir por los mismos recursos», explicó D.ª Yaiza Cabrera Perdomo, hasta ahora presidenta del CMC.</p>

<p>El CMC se creó en 2012 en torno a la reparación naval y los servicios portuarios del puerto de La Luz, mientras que el CEMAC nació en 2024 para impulsar la eólica marina flotante y las energías del oleaje. Ambas entidades se disuelven formalmente y sus socios pasan automáticamente a la nueva asociación, salvo que comuniquen lo contrario antes del 31 de mayo de 2037.</p>

<h2>Los socios fundadores</h2>
<p>El acta fundacional fue firmada por nueve socios fundadores, que formarán parte de la junta directiva durante el primer mandato:</p>
<table>
<tr><th>Entidad</th><th>Sede</th><th>Representante</th></tr>
{rows}
</table>

<h2>Junta directiva y equipo</h2>
<p>La asamblea constituyente eligió por unanimidad como presidente a D. Armando Quintana Betancor, consejero delegado de Astilleros Reunidos del Atlántico, S.A. Las vicepresidencias recaen en D.ª Yaiza Cabrera Perdomo y en el Dr. Felipe Rodríguez Alemán. La tesorería corresponde a D. Jonay Trujillo Mesa y la secretaría a D.ª Pilar Afonso Rivero. El mandato de la primera junta directiva se extiende de 2037 a 2041.</p>

<p>La gerencia de la nueva asociación la asumirá D. Alejandro Bethencourt Negrín, que ha sido gerente del CEMAC desde 2031. Le acompañarán en la oficina técnica D.ª Nayra González Suárez, como responsable de proyectos europeos, y D. Matthieu Lefebvre-Castro, como técnico de internacionalización. El hasta ahora gerente del CMC, D. Francisco Javier Melián Déniz, se jubila tras dieciocho años al frente del clúster; la asamblea le nombró socio de honor y le rindió un homenaje al final del acto.</p>

<h2>Prioridades para el primer año</h2>
<p>La nueva junta directiva ha fijado como prioridades la elaboración de un plan estratégico conjunto, la integración de los servicios de ambas entidades y la candidatura a la etiqueta de bronce de la European Cluster Excellence Initiative. El presidente anunció también la creación de cuatro grupos de trabajo: reparación naval, energías renovables marinas, acuicultura y biotecnología azul, y puertos y logística.</p>

<p>En el acto intervinieron la consejera de Economía, Conocimiento y Empleo del Gobierno de Canarias, D.ª Elena Padrón Morales, y el presidente de la Autoridad Portuaria de Las Palmas, D. Luis Ibarra Guerra. La consejera anunció que el Gobierno mantendrá la financiación de ambos clústeres en la nueva entidad y que el programa de apoyo a clústeres de 2038 dará preferencia a las organizaciones que se hayan integrado.</p>

<h2>Próximas citas</h2>
<p>La primera reunión de la junta directiva tendrá lugar el 8 de mayo de 2037 en Santa Cruz de Tenerife. La asociación presentará su plan de trabajo a todos los socios en una jornada abierta el 19 de junio de 2037 en la sede de PLOCAN, en Telde, y participará con un estand propio en la feria Canarias Blue Economy, del 7 al 9 de octubre de 2037.</p>

<p class="contacto">Más información: comunicacion@cmmc.example.es · 928 00 00 00</p>
</main>
<footer>Asociación Clúster Marítimo-Marino de Canarias · CIF G00000000 · Muelle de Santa Catalina, Las Palmas de Gran Canaria · <a href="#">Aviso legal</a> · <a href="#">Privacidad</a></footer>
</body></html>
"""
write(F, T)
C = "Asociación Clúster Marítimo-Marino de Canarias"
ppl = []
roles = {"D. Armando Quintana Betancor": "presidente", "D.ª Yaiza Cabrera Perdomo": "presidenta",
         "Dr. Felipe Rodríguez Alemán": "director", "D. Jonay Trujillo Mesa": "socio fundador", "D.ª Pilar Afonso Rivero": "jefa del departamento de energía"}
for a, b, c, d in FUND:
    n = c.replace("D.ª ", "").replace("D. ", "").replace("Dra. ", "").replace("Dr. ", "")
    ppl.append(P(n, d, a))
ppl[0] = P("Armando Quintana Betancor", "presidente", C)
ppl[1] = P("Yaiza Cabrera Perdomo", "presidenta", "CMC")
ppl += [P("Alejandro Bethencourt Negrín", "gerente", "CEMAC"),
        P("Nayra González Suárez", "responsable de proyectos europeos", C),
        P("Matthieu Lefebvre-Castro", "técnico de internacionalización", C),
        P("Francisco Javier Melián Déniz", "gerente", "CMC"),
        P("Elena Padrón Morales", "consejera de Economía, Conocimiento y Empleo", "Gobierno de Canarias"),
        P("Luis Ibarra Guerra", "presidente", "Autoridad Portuaria de Las Palmas")]
orgs = [O(C, "CMMC"), O("Clúster Marítimo de Canarias", "CMC"), O("Clúster de Energías Marinas de Canarias", "CEMAC"),
        O("Gobierno de Canarias"), O("European Cluster Excellence Initiative")]
for a, b, c, d in FUND:
    if a.startswith("Plataforma"): orgs.append(O("Plataforma Oceánica de Canarias", "PLOCAN"))
    elif a.startswith("Fundación"): orgs.append(O("Fundación Canaria Instituto Tecnológico de Canarias", "ITC"))
    else: orgs.append(O(a))
gold(F, ppl, orgs,
 [E("asamblea constituyente", "2037-04-17", None, "Las Palmas de Gran Canaria", "Spain"),
  E("asambleas de ambas entidades", "2036-12-12"),
  E("homenaje", "2037-04-17", None, "Las Palmas de Gran Canaria", "Spain"),
  E("primera reunión de la junta directiva", "2037-05-08", None, "Santa Cruz de Tenerife", "Spain"),
  E("jornada abierta", "2037-06-19", None, "Telde", "Spain"),
  E("Canarias Blue Economy", "2037-10-07", "2037-10-09")],
 ["2037-04-24", "2037-04-17", "2036-12-12", "2012", "2024", "2037-05-31", "2035/2040", "2037/2041", "2031", "2038", "2037-05-08", "2037-06-19", "2037-10-07/2037-10-09"],
 [], pub="2037-04-24")
