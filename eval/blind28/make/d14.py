from mk import *
doc = 'linkedin-post-congratulations-ioana-muresan.txt'
t = """Transilvania Digital Health Cluster
1,847 followers
2d • Edited • 🌐

🎉 Big news from our team! 🎉

We are proud to congratulate our colleague Ioana Mureșan, who starts today as Director of International Partnerships
at the Romanian Federation of Innovation Clusters (FRCI) in Bucharest! 👏

Ioana joined Transilvania Digital Health Cluster (TDHC) in 2030 as a project assistant and has been our head of EU
projects since January 2033. She built our partnership with the Galician and Finnish health clusters, brought us
into two Horizon Europe consortia and organised #TDHCSummit in Cluj-Napoca in November 2033.

Her responsibilities at TDHC are taken over by Vlad Pop-Sârbu, who becomes head of EU projects from 1 March.

"Ioana leaves big shoes to fill, but she also leaves a team that knows how to fill them," says our president
Dr. Cristina Bologa, CEO of MedIQ Systems SRL.

Good luck, Ioana – we'll see you at the European Cluster Conference in May! 🚀

#clusters #digitalhealth #Cluj #newrole #teamTDHC

👍❤️👏 214 · 37 comments · 9 reposts

Sorin Câmpeanu • 1st
Associate professor at Iuliu Hațieganu University of Medicine and Pharmacy
Felicitări, Ioana! Well deserved.

Marta Ilieș • 2nd
Cluster manager at Banat Agritech Cluster
Congratulations! Looking forward to working with you in the new role.

See more comments
"""
write_text(doc, t)
people=[P('Ioana Mureșan','Director of International Partnerships','FRCI'),
 P('Vlad Pop-Sârbu','head of EU projects','TDHC'),
 P('Cristina Bologa','president','TDHC'),
 P('Sorin Câmpeanu','Associate professor','Iuliu Hațieganu University of Medicine and Pharmacy'),
 P('Marta Ilieș','Cluster manager','Banat Agritech Cluster')]
orgs=[O('Transilvania Digital Health Cluster','TDHC'),O('Romanian Federation of Innovation Clusters','FRCI'),O('MedIQ Systems SRL'),
 O('Iuliu Hațieganu University of Medicine and Pharmacy'),O('Banat Agritech Cluster')]
events=[E('TDHCSummit','2033-11',None,'Cluj-Napoca','Romania'),
 E('European Cluster Conference','2034-05',None,None,None)]
dates=['2030','2033-01','2033-11','2034-03-01','2034-05']
gold(doc,None,people,orgs,events,dates,[])
