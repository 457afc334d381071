from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g07_cantabria_new_director.eml'
assert wd(2040,1,13)=='Friday' and wd(2040,2,1)=='Wednesday' and wd(2040,2,23)=='Thursday'
body = """Dear colleagues and partners,

Please find below our press release on the appointment of the new Director of the agency. Feel free to share it with your networks. A high-resolution photo is available on request.

Kind regards,
Nuria Gutiérrez Ortiz
Press and Communication Officer
Agencia de Desarrollo e Innovación de Cantabria (ADIC)
Parque Científico y Tecnológico de Cantabria, Santander
+34 942 000 000 | prensa@adic.example.es

================================================================
PRESS RELEASE – FOR IMMEDIATE RELEASE
Santander, 16 January 2040

Beatriz Ruiz de la Peña appointed Director of the Cantabria Development and Innovation Agency

The Board of the Agencia de Desarrollo e Innovación de Cantabria (ADIC) has appointed Beatriz Ruiz de la Peña as the agency's new Director. The decision was taken unanimously at the Board meeting on Friday 13 January 2040, chaired by the Regional Minister for Industry, Innovation and Tourism of the Government of Cantabria, Fernando Sáinz Obregón. She will take up the post on Wednesday 1 February 2040.

Ruiz de la Peña, 46, joins from the University of Cantabria, where she has been Vice-Rector for Knowledge Transfer and Entrepreneurship since 2035. Before that she spent nine years at the Centro Tecnológico de Componentes (CTC) in Santander, latterly as Head of Business Development, and four years at the Basque innovation agency Innobasque in Bilbao. She holds a PhD in industrial engineering and has served as an evaluator for the European Innovation Council.

She succeeds Alfonso Cobo Herrera, who led the agency from 2031 to 2039 and who retired at the end of December. Under his leadership the agency prepared the Cantabria Smart Specialisation Strategy 2035–2041 (RIS3 Cantabria), set up four cluster organisations – in marine renewable energy, agri-food, advanced manufacturing and health technologies – and opened a representation office in Brussels together with the Principality of Asturias.

"Cantabria has strong knowledge institutions and companies that export all over the world, but they still talk to each other too little," said Ruiz de la Peña. "My first task will be to turn the smart specialisation strategy into projects that companies can join on Monday morning, not into another document."

Minister Sáinz Obregón thanked the outgoing Director: "Alfonso built an agency that the European Commission now quotes as an example of entrepreneurial discovery in a small region."

First priorities announced by the new Director:
- a mid-term review of RIS3 Cantabria, with a stakeholder conference in May 2040;
- a single entry point for company support, shared with SODERCAN and the Chamber of Commerce of Cantabria;
- a stronger role for the agency in the European S3 partnerships on marine renewable energy and on hydrogen valleys.

The new Director will present her programme to the cluster managers at the Cantabria Cluster Day on Thursday 23 February 2040 at the Palacio de la Magdalena in Santander.

About ADIC
The Agencia de Desarrollo e Innovación de Cantabria is the regional development agency of the Government of Cantabria. It manages innovation support, the regional smart specialisation strategy and the relations with the region's clusters. It employs 74 people in Santander and Torrelavega.

Press contact: Nuria Gutiérrez Ortiz, prensa@adic.example.es
================================================================

-----Original message-----
From: Alfonso Cobo Herrera <direccion@adic.example.es>
Sent: Thursday, 22 December 2039 13:05
To: ADIC – all staff
Subject: Thank you

Dear all,
After eight years it is time for me to say goodbye. Thank you for everything we have built together; I leave the agency in the best possible hands.
Alfonso
"""
m = EmailMessage()
m['From'] = 'Nuria Gutiérrez Ortiz <prensa@adic.example.es>'
m['To'] = 'partners-list@adic.example.es'
m['Subject'] = 'Press release: new Director of ADIC – Beatriz Ruiz de la Peña'
m['Date'] = format_datetime(datetime.datetime(2040,1,16,10,12,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
assert wd(2039,12,22)=='Thursday'
open(path(F),'wb').write(bytes(m))
A="Agencia de Desarrollo e Innovación de Cantabria"
gold(F,
 [P("Nuria Gutiérrez Ortiz","Press and Communication Officer",A),
  P("Beatriz Ruiz de la Peña","Director",A),
  P("Fernando Sáinz Obregón","Regional Minister for Industry, Innovation and Tourism","Government of Cantabria"),
  P("Alfonso Cobo Herrera","Director",A)],
 [O(A,"ADIC"), O("Government of Cantabria"), O("University of Cantabria"), O("Centro Tecnológico de Componentes","CTC"),
  O("Innobasque"), O("European Innovation Council"), O("European Commission"), O("SODERCAN"),
  O("Chamber of Commerce of Cantabria")],
 [E("Board meeting","2040-01-13",None,None,None),
  E("stakeholder conference","2040-05",None,None,None),
  E("Cantabria Cluster Day","2040-02-23",None,"Santander","Spain")],
 ["2040-01-16","2040-01-13","2040-02-01","2035","2031/2039","2035/2041","2040-05","2040-02-23","2039-12-22","2039-12"],
 [], pub="2040-01-16")
