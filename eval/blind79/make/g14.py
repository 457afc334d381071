from h import *
F = 'g14_aberystwyth_agritech_summit_news.md'
T = f"""[Home](/) / [News](/news) / Agri-tech Summit 2032: what we learned

# Agri-tech Summit 2032: what we learned in Aberystwyth

**Mid Wales Agri-Tech Cluster · News · 11 July 2032**

*Crynodeb Cymraeg ar waelod y dudalen / Welsh summary at the bottom of the page*

More than 190 farmers, food businesses, researchers and technology firms gathered at the Aberystwyth Innovation and Enterprise Campus (AberInnovation) at Gogerddan on {w(2032,7,7)} 7 and {w(2032,7,8)} 8 July 2032 for the second Mid Wales Agri-Tech Summit. The summit was organised by the Mid Wales Agri-Tech Cluster with Aberystwyth University and the Growing Mid Wales Partnership, and supported by the Welsh Government's SMART Innovation team.

![Delegates in the AberInnovation atrium](summit1.jpg)
*Delegates during the opening session. Photo: Rhodri ap Dafydd / Cluster Media*

## Day one: data on the farm

The summit was opened by Professor Elin Haf Llewellyn-Jones, Pro Vice-Chancellor for Research at Aberystwyth University, and by Cllr. Bryn Jenkins-Morgan, Leader of Ceredigion County Council. Both stressed that Mid Wales had more grassland science per head than almost any region in Europe, but too few companies turning it into products.

The keynote came from Dr. Ingeborg Aasheim of the Norwegian Institute of Bioeconomy Research (NIBIO), who showed how small sheep farms in western Norway share data from collars and weighing crates. "A farmer with 300 ewes will not buy a data platform," she said. "A cooperative of 200 such farmers will." A panel chaired by cluster manager Gwenllian Rees-Hughes followed, with Tom Pritchard of Dyfi Sensors Ltd, Catrin Morgan-Evans of Hybu Cig Cymru – Meat Promotion Wales, and Dr. Paolo de Santis of the Institute of Biological, Environmental and Rural Sciences (IBERS).

In the afternoon, three workshops ran in parallel: low-cost sensors, on-farm renewable energy, and selling direct to consumers online. The sensor workshop was the busiest: participants tested soil moisture probes costing less than forty pounds and compared them with laboratory equipment. In the energy workshop, two farmers from the Teifi valley described how they share a small anaerobic digester, and the direct-sales group heard how a dairy near Lampeter now sells a third of its milk through a vending machine and a web shop. At 18:30 the summit dinner was held at the Old College on the seafront, where the cluster thanked its founding chair, Huw Vaughan-Thomas, who stepped down after six years.

![Summit dinner at the Old College](summit2.jpg)
*The summit dinner at the Old College. Photo: Rhodri ap Dafydd / Cluster Media*

## Day two: from lab to market

The second day focused on investment. Ffion Ellis, Head of Innovation at Development Bank of Wales, explained new equity options for agri-tech start-ups. Four companies pitched to a panel of investors, and the Pitch Prize went to Glaswellt Bio Ltd, a spin-out that makes protein for fish feed from grass juice. Its founder, Dr. Siôn Llwyd, received a voucher for six months in the AberInnovation incubator.

In the afternoon, about sixty delegates joined site visits to the IBERS plant breeding glasshouses and to the Trawsgoed research farm, where Dr. Rhian Beynon-Price showed trials of multispecies swards.

## Five takeaways

At the closing session, Gwenllian Rees-Hughes presented the five takeaways agreed by the programme committee:

1. Data-sharing among farmers works only when farmers own and control the data.
2. Mid Wales needs a shared testing farm where small companies can trial sensors under real conditions.
3. Grassland science is a regional strength that should be marketed together, not institution by institution.
4. Investors want fewer, bigger and better-prepared projects; the cluster will run a pre-investment programme.
5. Young farmers must be involved from the start, through Young Farmers' Clubs and the colleges.

## What happens next

The cluster will publish a short summit report by the end of September 2032 and present it at the Royal Welsh Winter Fair in Llanelwedd on 27 and 28 November 2032. The pre-investment programme will start in January 2033. The third summit is planned for July 2033 in Newtown, Powys.

Slides from the summit are available to registered delegates. A video of the keynote can be watched on the cluster's YouTube channel. Delegates who did not fill in the feedback form can still do so until the end of July.

## Thank you

Thank you to our speakers, to the AberInnovation events team, to volunteers from Coleg Ceredigion and to our sponsors: Dyfi Sensors Ltd, Development Bank of Wales and Farmers' Union of Wales (FUW).

---

**Crynodeb Cymraeg:** Daeth dros 190 o bobl i Uwchgynhadledd Amaeth-Dechnoleg Canolbarth Cymru yn Aberystwyth ar 7 ac 8 Gorffennaf 2032. Enillodd Glaswellt Bio Ltd y Wobr Pitsio. Bydd yr uwchgynhadledd nesaf yn y Drenewydd ym mis Gorffennaf 2033.

Photo credits: Rhodri ap Dafydd / Cluster Media (all images). Contact: Gwenllian Rees-Hughes, Cluster Manager, hello@midwalesagritech.example.cymru

Share: [LinkedIn](#) · [Facebook](#) · [Email](#)

© 2032 Mid Wales Agri-Tech Cluster · [Privacy and cookies](#) · [Accessibility](#)
"""
write(F, T)
gold(F,
 [P("Rhodri ap Dafydd", None, "Cluster Media"),
  P("Elin Haf Llewellyn-Jones", "Pro Vice-Chancellor for Research", "Aberystwyth University"),
  P("Bryn Jenkins-Morgan", "Leader", "Ceredigion County Council"),
  P("Ingeborg Aasheim", None, "Norwegian Institute of Bioeconomy Research"),
  P("Gwenllian Rees-Hughes", "cluster manager", "Mid Wales Agri-Tech Cluster"),
  P("Tom Pritchard", None, "Dyfi Sensors Ltd"),
  P("Catrin Morgan-Evans", None, "Hybu Cig Cymru – Meat Promotion Wales"),
  P("Paolo de Santis", None, "Institute of Biological, Environmental and Rural Sciences"),
  P("Huw Vaughan-Thomas", "founding chair", "Mid Wales Agri-Tech Cluster"),
  P("Ffion Ellis", "Head of Innovation", "Development Bank of Wales"),
  P("Siôn Llwyd", "founder", "Glaswellt Bio Ltd"),
  P("Rhian Beynon-Price", None, None)],
 [O("Mid Wales Agri-Tech Cluster"), O("Aberystwyth Innovation and Enterprise Campus", "AberInnovation"), O("Aberystwyth University"),
  O("Growing Mid Wales Partnership"), O("Welsh Government"), O("Ceredigion County Council"),
  O("Norwegian Institute of Bioeconomy Research", "NIBIO"), O("Dyfi Sensors Ltd"), O("Hybu Cig Cymru – Meat Promotion Wales"),
  O("Institute of Biological, Environmental and Rural Sciences", "IBERS"), O("Development Bank of Wales"), O("Glaswellt Bio Ltd"),
  O("Coleg Ceredigion"), O("Farmers' Union of Wales", "FUW"), O("Cluster Media"), O("Young Farmers' Clubs")],
 [E("Mid Wales Agri-Tech Summit", "2032-07-07", "2032-07-08", "Aberystwyth", "United Kingdom"),
  E("workshops", "2032-07-07", None, "Aberystwyth", "United Kingdom"),
  E("summit dinner", "2032-07-07", None, "Aberystwyth", "United Kingdom"),
  E("site visits to the IBERS plant breeding glasshouses and to the Trawsgoed research farm", "2032-07-08", None, None, "United Kingdom"),
  E("Royal Welsh Winter Fair", "2032-11-27", "2032-11-28", "Llanelwedd", "United Kingdom"),
  E("third summit", "2033-07", None, "Newtown", "United Kingdom")],
 ["2032-07-11", "2032-07-07/2032-07-08", "2032-07", "2032-09", "2032-11-27/2032-11-28", "2033-01", "2033-07"],
 ["Data-sharing among farmers works only when farmers own and control the data",
  "Mid Wales needs a shared testing farm where small companies can trial sensors under real conditions",
  "Grassland science is a regional strength that should be marketed together, not institution by institution",
  "Investors want fewer, bigger and better-prepared projects; the cluster will run a pre-investment programme",
  "Young farmers must be involved from the start, through Young Farmers' Clubs and the colleges"],
 pub="2032-07-11")
