from h import *
F = 'north-atlantic-cluster-award-2036-jury.md'
T = f"""# North Atlantic Cluster Award 2036 – The Jury

[Award home](/award) · [Categories](/award/categories) · **Jury** · [Rules](/award/rules) · [Previous winners](/award/winners) · [Apply](/award/apply)

The North Atlantic Cluster Award recognises cluster organisations from Iceland, the Faroe Islands, Greenland, Norway, Scotland and Ireland that have made a measurable difference for their member companies. The 2036 edition is organised by the Reykjavík Marine Innovation Cluster together with Nordic Innovation and the Scottish Cluster Network. Applications were open from 2 February to 31 March 2036; 27 cluster organisations applied in three categories: Blue Economy, Green Energy and Creative Industries.

The jury met in Reykjavík on 5–6 May 2036 to select nine finalists. The winners will be announced at the award ceremony at Harpa, Reykjavík, on {wd(2036,6,11)} 11 June 2036, during the North Atlantic Cluster Forum (10–12 June 2036).

## Members of the jury

**Chair of the jury**
**Dr. Guðrún Helga Sigurðardóttir** – Director General, Icelandic Centre for Research (Rannís). Guðrún chaired the jury of the first edition in 2032 and returns as chair for the third time.

**Vice-Chair**
**Prof. Alasdair MacLeod-Brennan** – Professor of Regional Economics, University of the Highlands and Islands, Inverness; former chair of the Scottish Cluster Network (2027–2033).

**Members**

- **Jóhannes Páll Eiríksson** – Managing Director, Marel Fish Processing hf., Garðabær
- **Sigrid Fjellheim-Andersen** – Head of Cluster Programmes, Innovation Norway, Oslo
- **Mag. Barbara Oberhuber** – Senior Expert, European Secretariat for Cluster Analysis (ESCA), Berlin; cluster management assessor since 2019
- **Dr. Niamh Ní Dhomhnaill** – Head of Regional Development, Enterprise Ireland, Galway
- **Rúni Joensen** – Chief Executive, Faroese Business Association (Vinnuhúsið), Tórshavn
- **Aviaja Lynge** – Director, Greenland Business Association (Grønlands Erhverv), Nuuk
- **Hans-Christian zu Rantzau** – Policy Officer, European Commission, Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW), Brussels; participates as observer without voting rights

**Secretary of the jury (non-voting)**
**Kristín Björk Halldórsdóttir** – Project Manager, Reykjavík Marine Innovation Cluster

## How the jury works

Each application is read by three jury members, who score it on five criteria: results for member companies, quality of cluster management, cooperation across borders, contribution to the green transition and involvement of young people. The scores are discussed at the jury meeting, where the three finalists per category are chosen by consensus or, if needed, by a simple majority of the voting members. Jury members do not assess applications from their own country or from organisations they work with; in 2036, Jóhannes Páll Eiríksson and Sigrid Fjellheim-Andersen declared conflicts of interest and did not score two applications each.

The jury's decision is final. Applicants receive written feedback from the jury within four weeks after the ceremony, whether they win or not. Each winner receives a trophy made from recycled fishing nets, a prize of 10,000 euros funded by Nordic Innovation and a place in the study tour to Brussels in the autumn of 2036.

## Previous chairs and winners

| Edition | Chair of the jury | Winners (Blue Economy / Green Energy / Creative) |
|---|---|---|
| 2032 | Dr. Guðrún Helga Sigurðardóttir | Iceland Ocean Tech Cluster / Orkney Renewable Energy Forum / Film in Tórshavn |
| 2034 | Prof. Alasdair MacLeod-Brennan | Marine Cluster Kerry / Arctic Hydrogen Network / Nuuk Creative Hub |
| 2036 | Dr. Guðrún Helga Sigurðardóttir | to be announced on 11 June 2036 |

## Thanks

The organisers thank Árni Þór Magnússon, the cluster manager of the Reykjavík Marine Innovation Cluster, and his team for preparing the jury meeting, and Harpa Conference Centre for hosting the ceremony.

Questions about the jury and the procedure: award@rmic.is

*Page updated on 7 May 2036.*

© Reykjavík Marine Innovation Cluster · Grandagarður 16, 101 Reykjavík · [Privacy](/privacy) · [Cookies](/cookies)
"""
write(F, T)
R='Reykjavík Marine Innovation Cluster'
gold(F,
 [P('Guðrún Helga Sigurðardóttir','Chair of the jury','Icelandic Centre for Research'), P('Alasdair MacLeod-Brennan','Vice-Chair','University of the Highlands and Islands'),
  P('Jóhannes Páll Eiríksson','Managing Director','Marel Fish Processing hf.'), P('Sigrid Fjellheim-Andersen','Head of Cluster Programmes','Innovation Norway'),
  P('Barbara Oberhuber','Senior Expert','European Secretariat for Cluster Analysis'), P('Niamh Ní Dhomhnaill','Head of Regional Development','Enterprise Ireland'),
  P('Rúni Joensen','Chief Executive','Faroese Business Association'), P('Aviaja Lynge','Director','Greenland Business Association'),
  P('Hans-Christian zu Rantzau','Policy Officer','European Commission'), P('Kristín Björk Halldórsdóttir','Project Manager',R),
  P('Árni Þór Magnússon','cluster manager',R)],
 [O(R), O('Nordic Innovation'), O('Scottish Cluster Network'), O('Icelandic Centre for Research','Rannís'), O('University of the Highlands and Islands'),
  O('Marel Fish Processing hf.'), O('Innovation Norway'), O('European Secretariat for Cluster Analysis','ESCA'), O('Enterprise Ireland'),
  O('Faroese Business Association'), O('Greenland Business Association'), O('European Commission'),
  O('Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs','DG GROW'), O('Iceland Ocean Tech Cluster'), O('Orkney Renewable Energy Forum'),
  O('Film in Tórshavn'), O('Marine Cluster Kerry'), O('Arctic Hydrogen Network'), O('Nuuk Creative Hub'), O('Harpa Conference Centre')],
 [E('jury meeting','2036-05-05','2036-05-06','Reykjavík','Iceland'), E('award ceremony','2036-06-11','2036-06-11','Reykjavík','Iceland'),
  E('North Atlantic Cluster Forum','2036-06-10','2036-06-12','Reykjavík','Iceland'), E('North Atlantic Cluster Award','2032','2032',None,None), E('North Atlantic Cluster Award','2034','2034',None,None), E('study tour to Brussels','2036','2036','Brussels','Belgium')],
 ['2036-02-02/2036-03-31','2036-05-05/2036-05-06','2036-06-11','2036-06-10/2036-06-12','2032','2027/2033','2019','2036','2034','2036-05-07'],
 pub='2036-05-07')
