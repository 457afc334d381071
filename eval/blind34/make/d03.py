from common import *
T = """News | Posted on 3 February 2032 by NAVAGRO communications

# Itziar Goñi Arbeloa takes the helm at NAVAGRO

Pamplona. The Navarre Agri-Food Cluster (NAVAGRO) has a new cluster manager. Itziar Goñi Arbeloa, until now head of
innovation projects at the Centro Nacional de Tecnología y Seguridad Alimentaria (CNTA) in San Adrián, started in her
new role on 1 February 2032. She succeeds Javier Ezcurra Mendive, who led the cluster team since its foundation in 2017
and has moved to Sodena, the regional development company, as investment director.

Goñi, an agronomist trained at the Universidad Pública de Navarra, spent eleven years at CNTA, where she coordinated
work on plant-based proteins and shelf-life testing for vegetable canners. "Navarre's canning and frozen-vegetable
firms have strong roots but thin margins. My first job is to listen to the 72 member companies and bring them
projects that pay off within two or three years," she said.

The president of NAVAGRO, Mikel Arrarás, CEO of Conservas Arrarás S.L., thanked Ezcurra "for fourteen years of
building trust between competitors". Ezcurra will stay on the cluster's advisory council as a representative of
Sodena.

The board selected Goñi from 23 applicants in December 2031, with the support of the consultancy Berrilan S.L.

## Her first public appearance

Goñi will present the cluster's 2032–2035 strategy at the Jornada de la Verdura, the vegetable industry day held on
18 March in Tudela, and at Alimentaria 2032 in Barcelona (4–7 April).

*Press contact: Ane Zabaleta, communication officer, prensa@navagro.example*

Share: LinkedIn · X · E-mail

Related news
- NAVAGRO joins the Euroclusters project PLANTEU (12/01/2032)
- General assembly approves budget (15.12.2031)
"""
save("itziar-goni-new-cluster-manager-navagro.md", T, "2032-02-03",
 [P("Itziar Goñi Arbeloa","cluster manager","Navarre Agri-Food Cluster"),
  P("Javier Ezcurra Mendive","investment director","Sodena"),
  P("Mikel Arrarás","president","Navarre Agri-Food Cluster"),
  P("Ane Zabaleta","communication officer","Navarre Agri-Food Cluster")],
 [O("Navarre Agri-Food Cluster","NAVAGRO"),O("Centro Nacional de Tecnología y Seguridad Alimentaria","CNTA"),
  O("Sodena"),O("Universidad Pública de Navarra"),O("Conservas Arrarás S.L."),O("Berrilan S.L.")],
 [E("Jornada de la Verdura","2032-03-18","2032-03-18","Tudela","Spain"),
  E("Alimentaria 2032","2032-04-04","2032-04-07","Barcelona","Spain")],
 ["2032-02-03","2032-02-01","2017","2031-12","2032/2035","2032-03-18","2032-04-04/2032-04-07","2032-01-12","2031-12-15"], [])
