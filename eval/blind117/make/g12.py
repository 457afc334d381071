from h import *
F = 'g12_coimbra_medtech_success_stories.html'
assert wd(2041,3,19)=='Tuesday' and wd(2041,5,8)=='Wednesday' and wd(2041,6,4)=='Tuesday'
T = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Member success stories | Centro MedTech Cluster</title></head>
<body>
<div id="cookie-bar">This website uses cookies. By continuing to browse you agree to our use of cookies. <a href="/cookies">More info</a> <button>Got it</button></div>
<header><p class="logo">Centro MedTech Cluster · Coimbra</p>
<nav><a href="/">Home</a> · <a href="/about">About</a> · <a href="/members">Members</a> · <a href="/services">Services</a> · <a href="/stories">Success stories</a> · <a href="/events">Events</a> · <a href="/pt">PT</a> · <a href="/es">ES</a></nav></header>
<main>
<h1>Member success stories</h1>
<p class="intro">Every year the cluster publishes a few stories of members who grew with the help of partners across the border. Published 11 April 2041 · Text: Beatriz Seabra Lopes, Communication Officer</p>

<section>
<h2>1. From a lab bench in Coimbra to hospitals in Castilla y León</h2>
<p>Ortomold Lda., a spin-off of the University of Coimbra founded in 2036 by biomedical engineers Tiago Almeida-Ferraz and Sofía Redondo Gil, prints patient-specific surgical guides for knee and hip operations. In 2039 the company joined the cross-border test programme that the Centro MedTech Cluster runs with its Spanish sister organisation, the Salamanca Bioclúster de Salud (SBS), under the Interreg España-Portugal programme.</p>
<p>Through the programme Ortomold ran a clinical evaluation with the orthopaedics department of the Complejo Asistencial Universitario de Salamanca, led by Dr. Joaquín Mateos-Lucena. "In Portugal we knew everybody; in Spain we knew nobody. The cluster gave us the first introduction and the test gave us the references," says Almeida-Ferraz. Since January 2041 the guides are used in four hospitals of the Sacyl regional health service.</p>
</section>

<section>
<h2>2. A Tunisian partner for a small textile-health company</h2>
<p>Lusotex Saúde S.A. in Covilhã makes antibacterial textiles for hospital beds. At the Euro-Mediterranean health matchmaking organised by the cluster in Coimbra on Tuesday 19 March 2041, its export manager, Rui Pedro Marques, met Amel Ben Salah, managing director of the Tunisian hospital supplier MedicoTex SARL in Sousse. A joint offer to three Tunisian private clinics followed within two months.</p>
<p>The matchmaking brought 88 companies from Portugal, Spain, Morocco and Tunisia together for 160 one-to-one meetings, with the support of the Enterprise Europe Network Portugal and the European Cluster Collaboration Platform.</p>
</section>

<section>
<h2>3. Sharing a clean room across the border</h2>
<p>Two small members, Biosensa Lda. (Aveiro) and the Spanish start-up Nanodiag S.L. (Salamanca), now share a certified clean room at the Instituto Pedro Nunes in Coimbra, saving each company the cost of building its own. The idea came up at a cluster breakfast in 2040. Ana Cristina Pires, head of the Instituto Pedro Nunes' incubator, calls it "the cheapest internationalisation strategy we have ever seen".</p>
</section>

<h2>Lessons from our members</h2>
<p>We asked the companies above what helped them most. Their answers, in short:</p>
<ul>
<li>A warm introduction by the cluster opens doors that cold e-mails never open</li>
<li>Testing in a foreign hospital is the best reference for the next sale</li>
<li>Partners across the border are easier to find at small, well-prepared matchmaking events than at big fairs</li>
</ul>

<h2>Coming up</h2>
<p>The next cross-border test call opens on Wednesday 8 May 2041 and closes on 30 June 2041. The Iberian MedTech Day, organised with SBS, takes place in Salamanca on Tuesday 4 June 2041. Cluster director Henrique Vasconcelos da Silva and SBS president Dra. Elena Santamaría Olmedo will sign the renewed cooperation agreement for 2041–2045 during the event.</p>
<p><a href="/stories/archive">All success stories</a> · Share: <a href="#">LinkedIn</a> <a href="#">X</a></p>
</main>
<footer><p>Centro MedTech Cluster – Associação para a Inovação em Tecnologias da Saúde · Rua da Matemática 49, 3004-517 Coimbra · © 2041</p>
<p>Co-financed by the Centro 2030 Regional Programme · <a href="/privacy">Privacy</a> · <a href="/legal">Legal notice</a></p></footer>
</body></html>
"""
write(F, T)
C="Centro MedTech Cluster – Associação para a Inovação em Tecnologias da Saúde"; S="Salamanca Bioclúster de Salud"
gold(F,
 [P("Beatriz Seabra Lopes","Communication Officer","Centro MedTech Cluster"),
  P("Tiago Almeida-Ferraz","biomedical engineer","Ortomold Lda."),
  P("Sofía Redondo Gil","biomedical engineer","Ortomold Lda."),
  P("Joaquín Mateos-Lucena",None,"Complejo Asistencial Universitario de Salamanca"),
  P("Rui Pedro Marques","export manager","Lusotex Saúde S.A."),
  P("Amel Ben Salah","managing director","MedicoTex SARL"),
  P("Ana Cristina Pires","head of the Instituto Pedro Nunes' incubator","Instituto Pedro Nunes"),
  P("Henrique Vasconcelos da Silva","Cluster director","Centro MedTech Cluster"),
  P("Elena Santamaría Olmedo","president","SBS")],
 [O(C), O("Ortomold Lda."), O("University of Coimbra"), O(S,"SBS"), O("Complejo Asistencial Universitario de Salamanca"),
  O("Sacyl"), O("Lusotex Saúde S.A."), O("MedicoTex SARL"), O("Enterprise Europe Network Portugal"),
  O("European Cluster Collaboration Platform"), O("Biosensa Lda."), O("Nanodiag S.L."), O("Instituto Pedro Nunes")],
 [E("Euro-Mediterranean health matchmaking","2041-03-19",None,"Coimbra","Portugal"),
  E("cluster breakfast","2040",None,None,None),
  E("Iberian MedTech Day","2041-06-04",None,"Salamanca","Spain")],
 ["2041-04-11","2036","2039","2041-01","2041-03-19","2040","2041-05-08","2041-06-30","2041-06-04","2041/2045"],
 ["A warm introduction by the cluster opens doors that cold e-mails never open",
  "Testing in a foreign hospital is the best reference for the next sale",
  "Partners across the border are easier to find at small, well-prepared matchmaking events than at big fairs"],
 pub="2041-04-11")
