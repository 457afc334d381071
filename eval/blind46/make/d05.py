from email.message import EmailMessage
m = EmailMessage()
m["From"] = "Lucía Gutiérrez Sainz de la Maza <lucia.gutierrez@besmar.example>"
m["To"] = "socios@besmar.example"
m["Cc"] = "Íñigo Ceballos Ruiz <inigo.ceballos@besmar.example>"
m["Subject"] = "Handover at BESMAR: Íñigo Ceballos takes over as Cluster Manager / Relevo en la gerencia"
m["Date"] = "Thu, 28 Feb 2036 09:14:00 +0100"
html = """<html><body>
<p>Dear members and partners of BESMAR,</p>
<p>After seven years as Cluster Manager of the Clúster Besaya de Tecnologías del Mar (BESMAR), I am writing to tell you that I will leave the cluster at the end of March to join the Port Authority of Santander (Autoridad Portuaria de Santander) as head of its new Blue Innovation Office. It has been a privilege to build this cluster with you, from the 23 founding companies of 2029 to the 87 members we count today.</p>
<p>The Board of Directors, chaired by our President <b>Ramón Llata Bustamante</b> (Astilleros del Pas S.L.), decided at its meeting of 19 February 2036 in Torrelavega to appoint <b>Íñigo Ceballos Ruiz</b> as my successor. Íñigo has been our Innovation Projects Coordinator since 2032 and has led our work on floating offshore wind components and on the underwater robotics test site in the Bay of Santander. He will formally take over on <b>1 April 2036</b>.</p>
<h3>How the handover will work</h3>
<ul>
<li>From 3 March to 31 March 2036 Íñigo and I will work in tandem; all ongoing files (the Atlantic Area project MARINNOVA, the regional cluster-excellence grant, the ECCP profile and the ESCA Gold re-labelling) are being transferred step by step.</li>
<li>Íñigo will be introduced to the members at the General Assembly on Wednesday 26 March 2036 at the Palacio de Exposiciones y Congresos de Santander, where I will present my last activity report.</li>
<li>The Innovation Projects Coordinator position will be advertised in April; in the meantime <b>Marta Obregón Pérez</b>, Project Officer, will be the contact for all project matters.</li>
<li>Our administrative contact <b>Begoña San Emeterio</b> remains the first point of contact for membership fees and invoices.</li>
</ul>
<p>I would like to thank SODERCAN, the regional development agency of Cantabria, the Universidad de Cantabria and the IHCantabria environmental hydraulics institute for their constant support, and our partner clusters in Brittany, Cornwall and the Algarve for many good years of joint projects. I will of course see many of you again at the Port Authority, and I hope at Seanergy 2036 in Le Havre (16–18 June 2036), where BESMAR will again have a stand.</p>
<p>With warm regards and gratitude,</p>
<p>Lucía Gutiérrez Sainz de la Maza<br>Cluster Manager (until 31 March 2036)<br>Clúster Besaya de Tecnologías del Mar – BESMAR<br>Parque Científico y Tecnológico de Cantabria, Santander<br>+34 942 000 000</p>
<hr>
<p>Dear all,</p>
<p>Thank you, Lucía, for these kind words and for everything you have built. I am honoured by the confidence of the Board and look forward to meeting each member company in the coming months. My first priorities will be the launch of our offshore supply-chain catalogue, the second edition of the BESMAR Ocean Robotics Challenge in Santoña on 10 and 11 September 2036, and a stronger presence of Cantabrian SMEs in European projects.</p>
<p>Please do not hesitate to contact me.</p>
<p>Íñigo Ceballos Ruiz<br>Innovation Projects Coordinator – Cluster Manager from 1 April 2036<br>BESMAR – Clúster Besaya de Tecnologías del Mar<br>inigo.ceballos@besmar.example | +34 942 000 001</p>
<p style="font-size:small">BESMAR is a non-profit association registered in Cantabria. You receive this message as a member or partner of the cluster. <a href="#">Unsubscribe</a></p>
</body></html>"""
m.set_content("This message has an HTML body.")
m.add_alternative(html, subtype="html")
open("../docs/BESMAR_handover-cluster-manager_2036.eml", "wb").write(bytes(m))
