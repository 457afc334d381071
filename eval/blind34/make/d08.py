from common import *
from email.message import EmailMessage
m = EmailMessage()
m['From'] = 'Chiara Bonomelli <c.bonomelli@metallurgiabresciana.example>'
m['To'] = 'Members of the Foundry Working Table <foundry-table@metallurgiabresciana.example>'
m['Subject'] = 'Introducing your new contact person for decarbonisation projects – MeBS'
m['Date'] = 'Tue, 16 Apr 2030 09:12:44 +0200'
m.set_content("""Dear members of the Foundry Working Table,

I am pleased to introduce Davide Pasotti, who joined the MeBS team on 2 April 2030 as Energy Transition Project
Manager. From now on Davide is your contact person for everything related to decarbonisation projects, the
energy-audit voucher of Regione Lombardia and our participation in the European project FOUNDRY-ZERO.

Davide comes from Fonderie Valtrompia S.p.A. in Lumezzane, where he was responsible for the induction-furnace
revamping, and before that he worked at the Politecnico di Milano (Dipartimento di Energia).

Until now these topics were followed by Roberta Zanardelli, who is moving to our internationalisation desk and will
remain your contact for the EEN partnering events. Many thanks to Roberta for her work!

Davide will be with us at the next meeting of the Working Table on Thursday 9 May at 14:30 at our offices in via
Cefalonia, Brescia, and at METEF in Verona (Italy), 11–13 June 2030, where MeBS has a collective stand.

Kind regards,

Chiara Bonomelli
Cluster Manager
MeBS – Metallurgia Bresciana Cluster
Associazione Metallurgia Bresciana
Via Cefalonia 70 | 25124 Brescia | Italy
T +39 030 000 1122 | M +39 333 000 4455
www.metallurgiabresciana.example
Member of the European Foundry Clusters Network (EFCN)
MeBS is certified with the ECEI Bronze Label
----------------------------------------------------------------------
This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended
recipient, please notify the sender and delete it. Please consider the environment before printing this e-mail.
""")
open(B + '/docs/Introducing your new contact person for decarbonisation projects - MeBS.eml', 'wb').write(bytes(m))
save('Introducing your new contact person for decarbonisation projects - MeBS.eml', None, "2030-04-16",
 [P("Chiara Bonomelli","Cluster Manager","MeBS – Metallurgia Bresciana Cluster"),
  P("Davide Pasotti","Energy Transition Project Manager","MeBS"),
  P("Roberta Zanardelli",None,"MeBS")],
 [O("MeBS – Metallurgia Bresciana Cluster","MeBS"),O("Regione Lombardia"),
  O("Fonderie Valtrompia S.p.A."),O("Politecnico di Milano"),O("Dipartimento di Energia"),O("EEN"),
  O("European Foundry Clusters Network","EFCN")],
 [E("meeting of the Working Table","2030-05-09","2030-05-09","Brescia","Italy"),
  E("METEF","2030-06-11","2030-06-13","Verona","Italy")],
 ["2030-04-16","2030-04-02","2030-05-09","2030-06-11/2030-06-13"], [])
