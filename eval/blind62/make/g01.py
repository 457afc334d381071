from h import *
F = 'adr-centru-sibiu-mechatronics-cluster-20-years.md'
T = f"""[Home](/) > [News](/news) > Regional ecosystem

# Twenty years of the Sibiu Mechatronics Cluster: from six founders to 112 members

*Published on 9 March 2034 by the Communication Office, Centre Regional Development Agency (ADR Centru) · 6 min read*

The Sibiu Mechatronics Cluster (SMC) celebrates its 20th anniversary this spring. On {wd(2034,3,23)}, 23 March 2034, members, former presidents and partners will meet at the Lucian Blaga University of Sibiu for an anniversary gala, hosted jointly by the cluster and ADR Centru. This article looks back at how the cluster came about and who led it through its four periods.

## How it started (2014–2017)

The cluster was set up on 14 May 2014 as an association under Romanian law by six founding members: Compa S.A., the Lucian Blaga University of Sibiu (ULBS), the Sibiu Chamber of Commerce and Industry, Transilvania Motion Systems S.R.L., Electroplast Cisnădie S.R.L. and the municipality of Sibiu. The idea came from a working group on suppliers to the automotive sector that ADR Centru had run in 2013. "We had forty firms in one county making parts for the same customers and hardly talking to each other," recalls Prof. Dr.-Ing. Ioan-Radu MUREȘAN, who chaired that working group and became the cluster's first president.

Under Mureșan (President 2014–2017) the cluster registered its statutes, hired its first cluster manager, Ileana Popa-Dragomir, and opened a shared test bench for electric drives at the ULBS Faculty of Engineering.

## Growth and the first label (2017–2023)

The second president, Dipl.-Ing. Hans-Peter Zieglmeier, managing director of Zieglmeier Antriebstechnik S.R.L., led the cluster from 2017 to 2023. He brought in German and Austrian suppliers based in the Sibiu industrial park and doubled membership to 58. During his term the cluster received the Bronze Label of the European Secretariat for Cluster Analysis (ESCA) in 2019 and the Silver Label in 2022, and it joined the Romanian Cluster Association (CLUSTERO).

## Skills and digital manufacturing (2023–2030)

Mag. Andreea Sârbu-Klein, a former HR director at Continental Automotive Systems Sibiu, was president from 2023 to 2030. Her term is remembered for the dual-training programme with the Sibiu vocational high schools and for the Mechatronics Academy, which trained 1,900 technicians. In 2027 the cluster opened an office in Mediaș and in 2028 it led an Interreg project with partners in Styria and Upper Austria.

## Today (since 2030)

The current president is Dr. Vlad Țiriac, founder of the robotics start-up Cobotix S.R.L., elected in June 2030 and re-elected in 2033. The cluster office is led by Cluster Manager Sorina Bălănescu, who succeeded Ileana Popa-Dragomir in 2029. The cluster now counts 112 members: 84 companies, five universities and research institutes, nine public bodies and fourteen support organisations.

"Twenty years ago the question was whether local firms could supply the big plants. Today our members design the systems themselves," said Dr. Țiriac. "The anniversary is a chance to thank the founders and to agree on the next strategy."

ADR Centru's Director General, Simion Cretu, said the agency was proud to have accompanied the cluster from the beginning: "The Sibiu Mechatronics Cluster shows what patient regional cooperation can do."

## The founders remember

At a preparatory meeting on 2 March 2034 the founders shared memories for the anniversary book. Gheorghe Vlădescu, who signed the statutes for Compa S.A. in 2014, recalled that the first general assembly was held in a classroom of the university because the cluster had no office. Elke Brandstätter-Rusu, then head of Transilvania Motion Systems S.R.L., remembered the first joint trade fair stand in Hanover in 2015, shared by five companies on twelve square metres. "We had one table, one screen and a lot of enthusiasm," she said. Both will speak at the gala.

## Presidents of the cluster

| Period | President | Organisation at the time |
|---|---|---|
| 2014–2017 | Prof. Dr.-Ing. Ioan-Radu Mureșan | Lucian Blaga University of Sibiu |
| 2017–2023 | Dipl.-Ing. Hans-Peter Zieglmeier | Zieglmeier Antriebstechnik S.R.L. |
| 2023–2030 | Mag. Andreea Sârbu-Klein | Continental Automotive Systems Sibiu |
| since 2030 | Dr. Vlad Țiriac | Cobotix S.R.L. |

## Anniversary programme

- **23 March 2034, 17:00** – anniversary gala at the ULBS Aula Magna, with a talk by the founders and the presentation of the Mechatronics Strategy 2035–2040
- **24 March 2034** – open day at the shared test bench; guided tours for pupils from 10:00 to 14:00
- **April 2034** – publication of the anniversary book "Twenty years of making things move", edited by Sorina Bălănescu

Registration for the gala closes on 17 March 2034. Places are limited to 250.

---

*Related news:* [ADR Centru opens call for cluster internationalisation vouchers](/news/vouchers) · [Brașov and Sibiu clusters sign cooperation agreement](/news/bv-sb)

Share: Facebook · LinkedIn · X · E-mail

© 2034 Agenția pentru Dezvoltare Regională Centru · Alba Iulia · [Privacy](/privacy) · [Cookies](/cookies)
"""
write(F, T)
U='Lucian Blaga University of Sibiu'
gold(F,
 [P('Ioan-Radu MUREȘAN','first president','Sibiu Mechatronics Cluster'), P('Ileana Popa-Dragomir','cluster manager',None),
  P('Hans-Peter Zieglmeier','managing director','Zieglmeier Antriebstechnik S.R.L.'),
  P('Andreea Sârbu-Klein','president','Sibiu Mechatronics Cluster'), P('Vlad Țiriac','president','Sibiu Mechatronics Cluster'),
  P('Sorina Bălănescu','Cluster Manager',None), P('Gheorghe Vlădescu',None,'Compa S.A.'), P('Elke Brandstätter-Rusu','head','Transilvania Motion Systems S.R.L.'), P('Simion Cretu','Director General','Centre Regional Development Agency')],
 [O('Sibiu Mechatronics Cluster','SMC'), O('Centre Regional Development Agency','ADR Centru'), O(U,'ULBS'),
  O('Compa S.A.'), O('Sibiu Chamber of Commerce and Industry'), O('Transilvania Motion Systems S.R.L.'),
  O('Electroplast Cisnădie S.R.L.'), O('Zieglmeier Antriebstechnik S.R.L.'), O('European Secretariat for Cluster Analysis','ESCA'),
  O('Romanian Cluster Association','CLUSTERO'), O('Continental Automotive Systems Sibiu'), O('Cobotix S.R.L.'),
  O('ULBS Faculty of Engineering')],
 [E('anniversary gala','2034-03-23','2034-03-23','Sibiu','Romania'), E('preparatory meeting','2034-03-02','2034-03-02',None,None), E('open day at the shared test bench','2034-03-24','2034-03-24',None,None)],
 ['2034-03-09','2034-03-23','2014-05-14','2014/2017','2013','2017/2023','2019','2022','2023/2030','2027','2028','2030-06','2033','2029','2035/2040','2034-03-24','2034-04','2034-03-17','2034','2030','2034-03-02','2014','2015'],
 pub='2034-03-09')
