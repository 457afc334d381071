from h import *
import os
from email.message import EmailMessage
F = 'change-of-contact_corsica-wood-cluster.eml'
body = '''Dear partners, dear colleagues,

I am writing to let you know that from Monday, 6 March 2034, I will no longer be your contact person at the Corsican
Wood and Forest Cluster (Cluster Bois-Forêt Corse, CBFC). After eleven years with the cluster I am joining the Office
de l'Environnement de la Corse (OEC) in Corte as head of its forest resources department. It has been a pleasure to work
with all of you.

From that date, please address everything concerning the ALPFOREST-MED project and our cooperation with your
clusters to my colleague:

    Marie-Ange Santucci-Orsini
    Project Manager, European and Mediterranean Cooperation
    Cluster Bois-Forêt Corse
    marie-ange.santucci@cbfc.example
    +33 4 95 00 00 12

Marie-Ange has been with the cluster since 2029 and already knows most of you from the partner meeting in Sassari
in October 2033. She will also take over my seat in the project's Steering Committee and will represent the cluster at the
next partner meeting in Bastia on 19–20 April 2034.

For financial reporting, nothing changes: please continue to write to our administrative and financial officer,
Jean-Toussaint Leca (jt.leca@cbfc.example).

For the other activities of the cluster the contacts remain the same: Pascale Giudicelli for the timber
construction network and the "Maisons en pin laricio" label, and Antoine Mariani for training and the forestry
apprenticeships with the Lycée agricole de Borgo. The general mailbox contact@cbfc.example is read every day and is
the best address if you do not know whom to write to. Our website and the partner area of the project platform will
be updated with the new names in the course of next week.

Our director, Dominique Paoli, is in copy and remains available for any strategic question.

I will stay in the cluster office until Friday, 3 March 2034, to hand over the files, so please do not hesitate to
call me in the next days if something is open.

With my warmest regards and, I hope, à bientôt in the Corsican forests,

Laurent Ceccaldi
Senior Project Manager (until 3 March 2034)
Cluster Bois-Forêt Corse – Corsican Wood and Forest Cluster
Immeuble Le Solférino, 8 cours Napoléon, 20000 Ajaccio, France
+33 4 95 00 00 10
www.cbfc.example

-----Original Message-----
From: Francesca Murgia <f.murgia@legnosardegna.example>
Sent: Thursday, 16 February 2034 10:42
To: Laurent Ceccaldi <l.ceccaldi@cbfc.example>
Cc: Tobias Gruber <gruber@holzcluster-kaernten.example>
Subject: ALPFOREST-MED – contact list for the Bastia meeting

Dear Laurent,

As agreed during our last call, I am updating the contact list of the ALPFOREST-MED partnership before the Bastia
meeting. Could you please confirm that you are still the contact person for CBFC and send me the names of the
participants from your side?

For your information, on our side Dr. Giovanni Pinna, the president of the Consorzio Legno Sardegna, will join the
meeting on 20 April, and our new intern, Martina Sechi, will help me with the minutes. From the Carinthian wood cluster
(Holzcluster Kärnten) Tobias Gruber and DI Verena Pichler-Steiner have registered; from the Catalan partner,
Centre de Ciència i Tecnologia Forestal de Catalunya (CTFC), Jordi Vilanova i Puig will attend online.

We would also like to fix the date of the final conference. The Steering Committee proposed 15 October 2035 in
Cagliari; please let me know whether this works for the Corsican partners.

The agenda for Bastia will follow next week. We plan one day of work package meetings and one day with a field visit to
a sawmill and a forest road project in the Castagniccia, if the weather allows it.

Many thanks and best regards,
Francesca

Francesca Murgia
Project Coordinator ALPFOREST-MED
Consorzio Legno Sardegna
Via Roma 112, 07100 Sassari, Italia
'''
m = EmailMessage()
m['From'] = 'Laurent Ceccaldi <l.ceccaldi@cbfc.example>'
m['To'] = 'Francesca Murgia <f.murgia@legnosardegna.example>, Tobias Gruber <gruber@holzcluster-kaernten.example>, alpforest-med-partners@lists.example'
m['Cc'] = 'Dominique Paoli <d.paoli@cbfc.example>, Marie-Ange Santucci-Orsini <marie-ange.santucci@cbfc.example>'
m['Subject'] = 'RE: ALPFOREST-MED – contact list for the Bastia meeting / change of contact person at CBFC'
m['Date'] = 'Tue, 21 Feb 2034 09:15:00 +0100'
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
CB = 'Cluster Bois-Forêt Corse'
gold(F, [
 P('Laurent Ceccaldi', 'Senior Project Manager', CB),
 P('Marie-Ange Santucci-Orsini', 'Project Manager, European and Mediterranean Cooperation', CB),
 P('Jean-Toussaint Leca', 'administrative and financial officer', CB),
 P('Dominique Paoli', 'director', CB),
 P('Pascale Giudicelli', None, CB),
 P('Antoine Mariani', None, CB),
 P('Francesca Murgia', 'Project Coordinator ALPFOREST-MED', 'Consorzio Legno Sardegna'),
 P('Tobias Gruber', None, 'Holzcluster Kärnten'),
 P('Giovanni Pinna', 'president', 'Consorzio Legno Sardegna'),
 P('Martina Sechi', 'intern', 'Consorzio Legno Sardegna'),
 P('Verena Pichler-Steiner', None, 'Holzcluster Kärnten'),
 P('Jordi Vilanova i Puig', None, 'Centre de Ciència i Tecnologia Forestal de Catalunya'),
],[
 O(CB, 'CBFC'), O("Office de l'Environnement de la Corse", 'OEC'), O('Consorzio Legno Sardegna'), O('Holzcluster Kärnten'),
 O('Lycée agricole de Borgo'),
 O('Centre de Ciència i Tecnologia Forestal de Catalunya', 'CTFC'),
],[
 E('partner meeting', '2034-04-19', '2034-04-20', 'Bastia', 'France'),
 E('partner meeting in Sassari', '2033-10', '2033-10', 'Sassari', 'Italy'),
 E('final conference', '2035-10-15', '2035-10-15', 'Cagliari', 'Italy'),
],['2034-02-21','2034-03-06','2029','2034-04-19/2034-04-20','2034-03-03','2034-02-16','2034-04-20','2035-10-15','2033-10'], pub='2034-02-21')
