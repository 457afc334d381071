from mk import save
T = '''<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Meet the team – Santé Numérique Occitanie</title></head>
<body>
<div class="topbar">FR | <b>EN</b> · <a href="/login">Members' area</a> · <a href="/newsletter">Newsletter</a></div>
<nav><a href="/">Home</a> <a href="/cluster">The cluster</a> <a href="/members">Members</a> <a href="/services">Services</a> <a href="/agenda">Agenda</a> <a href="/contact">Contact</a></nav>
<p class="breadcrumb">Home / The cluster / Meet the team</p>

<h1>Meet the team</h1>
<p>Santé Numérique Occitanie (SNO) is the digital health cluster of the Occitanie region, with offices in Montpellier and Toulouse. Ten people work every day for our 164 members: start-ups, hospitals, laboratories and software companies.</p>

<h2>Management</h2>
<div class="card"><h3>Camille Roux-Vidal</h3><p>managing director</p><p>Camille joined SNO in 2031 after ten years at the Montpellier university hospital (CHU de Montpellier), where she ran the innovation office. She reports to the board and represents the cluster in France Clusters and in the Alliance for Digital Health Clusters in Europe.</p></div>
<div class="card"><h3>Julien Estève</h3><p>deputy director, Toulouse office</p><p>Julien opened the Toulouse office in March 2033. Before that he was a business developer at the software company Medilogik SAS.</p></div>

<h2>Projects and programmes</h2>
<div class="card"><h3>Aurélie N'Diaye</h3><p>head of European projects</p><p>Aurélie coordinates SNO's participation in Horizon Europe and Interreg SUDOE projects, including the DATASUD health data space pilot.</p></div>
<div class="card"><h3>Pau Ferrer i Soler</h3><p>project officer, cross-border cooperation</p><p>Based in Perpignan, Pau works with Catalan partners such as the Barcelona health cluster Salut Digital BCN.</p></div>
<div class="card"><h3>Mathilde Cabanel</h3><p>accelerator programme manager</p><p>Mathilde runs the twelve-month SNO accelerator; the 2035 cohort starts on 1 October.</p></div>

<h2>Members and events</h2>
<div class="card"><h3>Thomas Vigouroux</h3><p>membership and community manager</p></div>
<div class="card"><h3>Inès Benali</h3><p>events and communication officer</p><p>Inès organises Digital Health Days Occitanie, our yearly conference, next on 10–11 June 2035 at Le Corum in Montpellier.</p></div>

<h2>Administration</h2>
<div class="card"><h3>Sylvie Maurel</h3><p>finance and HR officer</p></div>
<div class="card"><h3>Lucas Ortega</h3><p>work-study student, data and CRM</p><p>Lucas studies at the University of Montpellier and is with us until August 2035.</p></div>

<h2>Our board</h2>
<p>The team works under a board of twelve members elected in 2034. It is chaired by Dr Philippe Castanier, cardiologist and founder of the telemonitoring company Cardiomea, with Nadia Bouzid, director of innovation at Occitanie Santé Data SAS, as vice-chair.</p>

<p class="contact">Want to reach one of us? Write to firstname.lastname@sno.example or call +33 4 00 00 00 00.</p>

<footer>
<p>Santé Numérique Occitanie – association loi 1901 · Cap Omega, Montpellier · <a href="/legal">Legal notice</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a></p>
<p>With the support of the Occitanie Region and Bpifrance.</p>
</footer>
</body>
</html>
'''
save('sno-meet-the-team.html', T, None,
 [("Camille Roux-Vidal","managing director","SNO"),
  ("Julien Estève","deputy director, Toulouse office","SNO"),
  ("Aurélie N'Diaye","head of European projects","SNO"),
  ("Pau Ferrer i Soler","project officer, cross-border cooperation","SNO"),
  ("Mathilde Cabanel","accelerator programme manager","SNO"),
  ("Thomas Vigouroux","membership and community manager","SNO"),
  ("Inès Benali","events and communication officer","SNO"),
  ("Sylvie Maurel","finance and HR officer","SNO"),
  ("Lucas Ortega","work-study student, data and CRM","SNO"),
  ("Philippe Castanier","founder","Cardiomea"),
  ("Nadia Bouzid","director of innovation","Occitanie Santé Data SAS")],
 [("Santé Numérique Occitanie","SNO"),("CHU de Montpellier",None),("France Clusters",None),("Alliance for Digital Health Clusters in Europe",None),
  ("Medilogik SAS",None),("Salut Digital BCN",None),("University of Montpellier",None),("Cardiomea",None),("Occitanie Santé Data SAS",None),
  ("Occitanie Region",None),("Bpifrance",None)],
 [("Digital Health Days Occitanie","2035-06-10","2035-06-11","Montpellier","France")],
 ["2031","2033-03","2035-10-01","2035-06-10/2035-06-11","2035-08","2034"],
 [])
