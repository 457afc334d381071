from h import *
F='corsica-blue-economy-workshop-report.html'
PTS=["a single contact point for companies at the Agence de Développement Économique de la Corse",
"a pooled fund for prototypes of marine equipment",
"a yearly meeting of the Corsican, Sardinian and Tuscan maritime clusters",
"a shared register of the skills available in the fishing and boating trades",
"a simplified procedure for sea-based test sites"]
T=f'''<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Workshop report: blue economy and innovation – Pôle Mer Corse</title></head><body>
<div class="rgpd">Ce site utilise des cookies / This site uses cookies. <a href="#">Paramétrer</a> <button>Accepter</button></div>
<header><a href="/">Pôle Mer Corse</a><nav><a href="/">Accueil</a> · <a href="/pole">Le pôle</a> · <a href="/membres">Membres</a> · <a href="/actualites">Actualités</a> · <a href="/agenda">Agenda</a> · <a href="/en">EN</a></nav></header>
<main>
<h1>Workshop report: “Blue economy and innovation in Corsica – what companies need”</h1>
<p class="meta">Posted on {wd(2032,5,6)} 6 May 2032 by Pôle Mer Corse · Category: Reports</p>
<p>On {wd(2032,4,22)} 22 April 2032, Pôle Mer Corse, the maritime cluster of Corsica, held a half-day workshop at the Università di Corsica Pasquale Paoli in Corte on the future of the blue economy on the island. The workshop was part of the Interreg Marittimo project “BLUE-LINK”, which connects the maritime clusters of Corsica, Sardinia, Tuscany and Liguria. Forty-two participants attended: boat builders, fish farmers, port managers, researchers and staff of the regional administration.</p>
<p>The workshop was opened by Jean-Dominique Santoni-Luciani, President of Pôle Mer Corse, and by Marie-Antoinette Casanova, Executive Councillor in charge of the economy at the Collectivité de Corse. Dr. Paolo Mereu of the Sardinian cluster Sardegna Blue Growth presented the results of a survey of 120 maritime companies in the four regions, which showed that most of them employ fewer than ten people and have never taken part in an EU project.</p>
<h2>Discussion</h2>
<p>In the first round, the participants described the obstacles they face. Boat builders from Ajaccio and Bastia spoke of the cost of shipping parts from the mainland; fish farmers from the Étang de Diana mentioned the long procedures for new licences; researchers from the Stella Mare platform in Biguglia explained that their test sites are rarely used by companies because nobody knows they exist. Pierre-Louis Filippi, director of the port of Porto-Vecchio, stressed that the ports need to be treated as partners in innovation and not only as infrastructure.</p>
<p>In the second round, moderated by Sabrina Orsini-Delacroix of the consultancy Insula Conseil, the groups worked on solutions. Much of the discussion dealt with money, but also with time: most small companies cannot spare staff to prepare an application. Several speakers asked for support that comes to them instead of waiting for them. A young sailmaker from Calvi summed up the mood: the island has the sea, the skills and the ideas, but every step takes twice as long as on the mainland. Representatives of the fishing cooperatives added that older fishermen have knowledge that is not written down anywhere and will be lost if nobody records it.</p>
<h2>Outcomes</h2>
<p>Summing up, the participants called for (i) {PTS[0]}, (ii) {PTS[1]}, (iii) {PTS[2]}, (iv) {PTS[3]} and (v) {PTS[4]}. They also asked that the next regional innovation strategy names the blue economy as a priority of its own.</p>
<p>Jean-Dominique Santoni-Luciani thanked the participants and announced that the proposals will be sent to the Collectivité de Corse and discussed with the other BLUE-LINK partners at the project meeting in Livorno on {wd(2032,6,10)} 10–{wd(2032,6,11)} 11 June 2032. The results will also be presented at the Mediterranean Blue Economy Forum in Marseille in October 2032.</p>
<h2>Next event</h2>
<p>The cluster invites its members to the open day at the Stella Mare platform on {wd(2032,5,28)} 28 May 2032, from 9:30 to 16:00, with visits to the hatchery and the test basins. Registration: contact@polemercorse.eu.</p>
<p class="contact">Contact: Anna-Maria Pieri, project officer BLUE-LINK, Pôle Mer Corse, Port de commerce, Bastia · +33 4 95 00 00 00</p>
<p class="share">Partager : Facebook · LinkedIn · X · E-mail</p>
</main>
<footer>© 2032 Pôle Mer Corse – Association loi 1901 · Mentions légales · Politique de confidentialité · Projet cofinancé par le programme Interreg Italie-France Maritime</footer></body></html>'''
write(F,T)
C='Pôle Mer Corse'
gold(F,[P('Jean-Dominique Santoni-Luciani','President',C),P('Marie-Antoinette Casanova','Executive Councillor in charge of the economy','Collectivité de Corse'),
P('Paolo Mereu',None,'Sardegna Blue Growth'),P('Pierre-Louis Filippi','director','port of Porto-Vecchio'),P('Sabrina Orsini-Delacroix',None,'Insula Conseil'),
P('Anna-Maria Pieri','project officer BLUE-LINK',C)],
[O(C),O('Università di Corsica Pasquale Paoli'),O('Collectivité de Corse'),O('Sardegna Blue Growth'),O('Stella Mare'),O('port of Porto-Vecchio'),O('Insula Conseil'),
O('Agence de Développement Économique de la Corse')],
[E('Blue economy and innovation in Corsica – what companies need','2032-04-22','2032-04-22','Corte','France'),E('project meeting','2032-06-10','2032-06-11','Livorno','Italy'),
E('Mediterranean Blue Economy Forum','2032-10','2032-10','Marseille','France'),E('open day at the Stella Mare platform','2032-05-28','2032-05-28','Biguglia','France')],
['2032-05-06','2032-04-22','2032-06-10/2032-06-11','2032-10','2032-05-28','2032'],PTS,pub='2032-05-06')
