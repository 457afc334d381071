from h import *
F = 'retex4eu-escp-partners.md'
T = f"""ReTex4EU · European Strategic Cluster Partnership for Circular Textiles

[About](/about) | **Partners** | [Activities](/activities) | [ClusterXchange](/exchange) | [Documents](/docs) | [Contact](/contact)

# Partners and contact persons

ReTex4EU brings together nine cluster organisations from eight countries that support small and medium-sized textile, clothing and recycling companies. The partnership was launched at a kick-off meeting in Guimarães on {wd(2032,2,3)} 3 February 2032 and runs until 31 January 2035. It is coordinated by the Portuguese textile cluster in Vila Nova de Famalicão. The partnership agreement was signed by all partners on 17 March 2032; the joint strategy 2032–2035 was adopted at the second partner meeting in Prato on 9–10 June 2032.

Below are the partners with their contact persons for the partnership. For general questions please write to the coordination office. Last update of this page: 4 November 2033.

---

## 1. Coordinator – Têxtil Minho Cluster (TMC), Portugal

Cluster organisation of 160 members in the Minho and Ave valleys, from spinning mills to fashion brands.

- **Contact person:** Inês Carvalho Mota, International Projects Manager – ines.mota@textilminho.pt
- **Deputy:** Rui Magalhães-Pinto, Cluster Manager
- Region: Norte, Portugal

## 2. Prato Textile District Consortium (PTDC), Italy

Network of wool recyclers and finishing companies around Prato, with a long tradition of regenerated wool.

- **Contact person:** Dr. Lorenzo Bigagli, Head of Sustainability Services – l.bigagli@ptdc.it
- Region: Tuscany, Italy

## 3. Łódź Fashion and Textile Cluster (ŁFTC), Poland

Association of 85 companies and the Lodz University of Technology.

- **Contact person:** Agnieszka Wróblewska-Nowak, Cluster Coordinator – a.wroblewska@lftc.pl
- Technical expert: Prof. Tomasz Zieliński, Lodz University of Technology, Institute of Material Science of Textiles
- Region: Łódź Voivodeship, Poland

## 4. Flanders Textile Valley (FTV), Belgium

Cluster and innovation network for technical textiles and recycling in Flanders.

- **Contact person:** Pieter-Jan Vanderhaeghen, Innovation Manager – pj.vanderhaeghen@ftv.be
- Region: East Flanders, Belgium

## 5. Clúster Textil de Catalunya – Moda Circular (CTC), Spain

Association of textile companies of Catalonia with a working group on post-consumer textile waste.

- **Contact person:** Montserrat Puig i Ferrer, Project Officer – mpuig@ctc-textil.cat
- Region: Catalonia, Spain

## 6. Borås Textile Innovation Network (BTIN), Sweden

Network of companies, the University of Borås and the regional recycling centre.

- **Contact person:** Johanna Ekholm, Business Developer – johanna.ekholm@btin.se
- Region: Västra Götaland, Sweden

## 7. Textile Cluster Vorarlberg (TCV), Austria

Cluster managed by the regional business agency, focusing on embroidery, technical textiles and digital printing.

- **Contact person:** Mag. Stefanie Hämmerle, Project Manager – stefanie.haemmerle@tcv.at
- Region: Vorarlberg, Austria

## 8. Kaunas Apparel and Textile Association (KATA), Lithuania

Business association of 54 clothing manufacturers in Kaunas and Alytus.

- **Contact person:** Rūta Jankauskaitė, Executive Director – ruta@kata.lt
- Region: Kaunas County, Lithuania

## 9. Pôle Textile Hauts-de-France Recyclage (PTHR), France

Competitiveness cluster for textile recycling in the Roubaix–Tourcoing area.

- **Contact person:** Aurélien Dufresne, Responsable Europe – a.dufresne@pthr.fr
- Region: Hauts-de-France, France

---

## Associated partners

Associated partners do not receive funding but take part in activities and meetings:

- **EURATEX – European Apparel and Textile Confederation**, Brussels (contact: Dr. Anja Vogelsang, Policy Adviser Circular Economy)
- **Textile Exchange Europe**, Amsterdam (contact: Maarten ter Borg)
- **Interreg Europe project "TEX-CYCLE"**, represented by its lead partner, the Regional Development Agency of Łódź (contact: Paweł Kaczmarek)

## Governance

The **Steering Committee** consists of one representative per partner and meets twice a year. It is chaired by the coordinator; Inês Carvalho Mota is the chair, Dr. Lorenzo Bigagli the vice-chair. Decisions are taken by simple majority.

Three **work package leaders** coordinate the activities:

| Work package | Leader | Organisation |
|---|---|---|
| WP1 Management and strategy | Inês Carvalho Mota | TMC |
| WP2 Services for SMEs and ClusterXchange | Agnieszka Wróblewska-Nowak | ŁFTC |
| WP3 Communication and policy dialogue | Pieter-Jan Vanderhaeghen | FTV |

## Meetings so far

| Date | Place | Meeting |
|---|---|---|
| 3 February 2032 | Guimarães | Kick-off meeting |
| 9–10 June 2032 | Prato | 2nd partner meeting and study visit to wool recyclers |
| 22–23 November 2032 | Łódź | 3rd partner meeting, matchmaking with Polish brands |
| 25–26 April 2033 | Borås | 4th partner meeting, "Textile Recycling Days" |
| 16–17 October 2033 | Roubaix | 5th partner meeting |

The next partner meeting will take place in Kaunas on 18–19 April 2034, followed by the final conference in Brussels in January 2035.

## ClusterXchange

Since September 2032 the partners have run ClusterXchange visits for SMEs: 64 exchanges have been completed so far, mostly between Portugal, Italy and Poland. Companies interested in a visit should contact the partner in their own country listed above.

---

*This partnership is co-funded by the European Union. Views and opinions expressed are those of the authors only and do not necessarily reflect those of the European Union or the European Innovation Council and SMEs Executive Agency (EISMEA).*

© ReTex4EU 2034 · [Imprint](/imprint) · [Privacy](/privacy)
"""
write(F, T)
gold(F,
 [P('Inês Carvalho Mota','International Projects Manager','Têxtil Minho Cluster'), P('Rui Magalhães-Pinto','Cluster Manager','Têxtil Minho Cluster'),
  P('Lorenzo Bigagli','Head of Sustainability Services','Prato Textile District Consortium'),
  P('Agnieszka Wróblewska-Nowak','Cluster Coordinator','Łódź Fashion and Textile Cluster'),
  P('Tomasz Zieliński','Technical expert','Lodz University of Technology'), P('Pieter-Jan Vanderhaeghen','Innovation Manager','Flanders Textile Valley'),
  P('Montserrat Puig i Ferrer','Project Officer','Clúster Textil de Catalunya – Moda Circular'), P('Johanna Ekholm','Business Developer','Borås Textile Innovation Network'),
  P('Stefanie Hämmerle','Project Manager','Textile Cluster Vorarlberg'), P('Rūta Jankauskaitė','Executive Director','Kaunas Apparel and Textile Association'),
  P('Aurélien Dufresne','Responsable Europe','Pôle Textile Hauts-de-France Recyclage'), P('Anja Vogelsang','Policy Adviser Circular Economy','EURATEX – European Apparel and Textile Confederation'),
  P('Maarten ter Borg',None,'Textile Exchange Europe'), P('Paweł Kaczmarek',None,'Regional Development Agency of Łódź')],
 [O('ReTex4EU'), O('Têxtil Minho Cluster','TMC'), O('Prato Textile District Consortium','PTDC'), O('Łódź Fashion and Textile Cluster','ŁFTC'),
  O('Lodz University of Technology'), O('Institute of Material Science of Textiles'), O('Flanders Textile Valley','FTV'),
  O('Clúster Textil de Catalunya – Moda Circular','CTC'), O('Borås Textile Innovation Network','BTIN'), O('University of Borås'),
  O('Textile Cluster Vorarlberg','TCV'), O('Kaunas Apparel and Textile Association','KATA'), O('Pôle Textile Hauts-de-France Recyclage','PTHR'),
  O('EURATEX – European Apparel and Textile Confederation','EURATEX'), O('Textile Exchange Europe'), O('Regional Development Agency of Łódź'),
  O('European Union'), O('European Innovation Council and SMEs Executive Agency','EISMEA')],
 [E('kick-off meeting','2032-02-03','2032-02-03','Guimarães','Portugal'), E('2nd partner meeting and study visit to wool recyclers','2032-06-09','2032-06-10','Prato','Italy'),
  E('3rd partner meeting, matchmaking with Polish brands','2032-11-22','2032-11-23','Łódź','Poland'), E('Textile Recycling Days','2033-04-25','2033-04-26','Borås','Sweden'),
  E('5th partner meeting','2033-10-16','2033-10-17','Roubaix','France'), E('next partner meeting','2034-04-18','2034-04-19','Kaunas','Lithuania'),
  E('final conference','2035-01','2035-01','Brussels','Belgium')],
 ['2032-02-03','2035-01-31','2032-03-17','2032/2035','2032-06-09/2032-06-10','2033-11-04','2032-11-22/2032-11-23','2033-04-25/2033-04-26','2033-10-16/2033-10-17','2034-04-18/2034-04-19','2035-01','2032-09'],
 pub='2033-11-04')
