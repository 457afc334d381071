from h import *
F = 'g01_ecc2036_summary_report.md'
assert wd(2036,5,13)=='Tuesday' and wd(2036,5,14)=='Wednesday' and wd(2036,5,12)=='Monday'
T = """[Home](/) > [News](/news) > Conference reports

# Summary report: European Cluster Conference 2036, Nicosia

*Posted by the ECCP editorial team on 3 June 2036 · 7 min read · Share: LinkedIn | X | E-mail*

The eleventh edition of the European Cluster Conference took place on Tuesday 13 and Wednesday 14 May 2036 at the
Filoxenia Conference Centre in Nicosia, Cyprus. Some 640 participants attended in person, among them cluster managers,
regional and national policy makers, SMEs and representatives of the Commission services. The conference was organised
by the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW)
together with the Cyprus Ministry of Energy, Commerce and Industry, with the support of the European Cluster
Collaboration Platform (ECCP).

On Monday 12 May two side events opened the week: a meeting of the European Strategic Cluster Partnerships and a
gathering of the national cluster associations, hosted by the Cyprus Chamber of Commerce and Industry (KEBE).

## Day 1 – Opening and plenary

The opening plenary was chaired by moderator Helena Varga-Pinto. Welcome words came from Andreas Charalambides, Minister
of Energy, Commerce and Industry of Cyprus, who reminded the audience that the island had only four cluster organisations
ten years ago and now counts eleven. He was followed by Sabine Oudekerk, Director for Industrial Transformation at DG GROW,
who presented the Commission's review of the cluster policy framework and announced that the evaluation of the
Euroclusters initiative would be published in autumn 2036.

Before the plenary, Tomasz Wierzbicki, Team Leader Data and Policy at the ECCP, presented the new edition of the
cluster mapping. "We count 3,120 cluster organisations in the single market today, and fewer than a third of them work
across a border on a regular basis," he said.

### Session 1: Clusters and the defence and space supply chain

The first panel looked at how clusters open procurement chains to small suppliers. Speakers were Ilse Brandtner,
Managing Director of the Styrian aerospace network ACstyria, Marco Tedeschi, CEO of Lombardia Aerospace Cluster, and
Eleni Papadopoulou, Head of Innovation Policy at the Research and Innovation Foundation (RIF) of Cyprus. The panel
agreed that qualification and certification costs remain the main barrier for SMEs and that clusters can pool audits.

### Session 2: Skills partnerships

In the second session Karolina Bergqvist, cluster manager of Paper Province in Karlstad, described how her cluster
runs a joint apprenticeship scheme with 34 member companies. Jānis Ozoliņš from the Latvian Investment and Development
Agency (LIAA) shared the results of the national skills vouchers scheme for 2033–2035.

## Day 2 – Regions, finance and the awards

The second day opened with a discussion between regional leaders. Nikos Hadjigeorgiou, Mayor of Nicosia, and Rosa
Cárdenas Vidal, Director General for Industry of the Government of Aragon, discussed the role of regions in the
implementation of the Clean Industrial Deal. Moderator: Helena Varga-Pinto.

The finance session featured Pieter-Jan Coolsaet from the European Investment Bank (EIB) and Hanna Mäkelä, cluster
manager at Sustainable Energy Cluster Vaasa, who pointed out that most clusters still lack staff with experience in
blended finance.

In the afternoon the European Cluster Awards 2036 were presented. Cluster Manager of the Year is Oana Drăgulescu of the
Transylvania Furniture Cluster; the Cluster Partnership of the Year is the BlueBioMed partnership coordinated by the
Marine Cluster Crete (MCC). The jury was chaired by Martin Rieck, President of the European Clusters Alliance (ECA).

The conference closed with a summary by Sabine Oudekerk and a cocktail offered by the City of Nicosia on the terrace
of the centre.

## Key conclusions

- Clusters are an integral part of the EU's industrial strategy and should be named as delivery partners in the next
  multiannual financial framework
- Cross-border cooperation between cluster organisations should become the rule rather than the exception, with simpler
  funding for joint actions
- SMEs need help to enter strategic supply chains, and clusters can pool testing, certification and procurement
  know-how
- Skills partnerships run by clusters work best when regions co-finance them over at least five years
- Cluster managers need training in blended finance and in working with the EIB and national promotional banks
- Data on cluster performance should be shared through the ECCP so that regions can compare their support schemes

## What comes next

The conference outputs will feed into the Commission's review of the cluster policy framework, which is expected in the
first quarter of 2037. An EU Clusters Talk on the results is planned for 24 June 2036, 9:00–10:15 CET (online). The
next European Cluster Conference will take place in 2038; the host country will be announced in December 2036.

Presentations of all speakers can be downloaded from the conference page. The photo gallery is available on the ECCP
Flickr account (photos: Christos Menelaou).

---

**Related articles**

- [Call for cluster pilots in the defence supply chain – deadline 30 September 2036](/news/call-defence)
- [European Cluster Awards 2036: meet the finalists](/news/awards-finalists)
- [Euroclusters mid-term review: what the data say](/news/euroclusters-review)

*Tags: cluster policy · events · European Cluster Conference · awards*

This website uses cookies to improve your experience. [Accept] [Settings] · [Privacy policy](/privacy) · © European Union, 2036
"""
write(F, T)
gold(F,
 [P("Helena Varga-Pinto","moderator"), P("Andreas Charalambides","Minister of Energy, Commerce and Industry of Cyprus"),
  P("Sabine Oudekerk","Director for Industrial Transformation","DG GROW"),
  P("Tomasz Wierzbicki","Team Leader Data and Policy","ECCP"),
  P("Ilse Brandtner","Managing Director","ACstyria"), P("Marco Tedeschi","CEO","Lombardia Aerospace Cluster"),
  P("Eleni Papadopoulou","Head of Innovation Policy","Research and Innovation Foundation"),
  P("Karolina Bergqvist","cluster manager","Paper Province"),
  P("Jānis Ozoliņš",None,"Latvian Investment and Development Agency"),
  P("Nikos Hadjigeorgiou","Mayor of Nicosia"),
  P("Rosa Cárdenas Vidal","Director General for Industry","Government of Aragon"),
  P("Pieter-Jan Coolsaet",None,"European Investment Bank"),
  P("Hanna Mäkelä","cluster manager","Sustainable Energy Cluster Vaasa"),
  P("Oana Drăgulescu",None,"Transylvania Furniture Cluster"),
  P("Martin Rieck","President","European Clusters Alliance"),
  P("Christos Menelaou")],
 [O("European Commission"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Cyprus Ministry of Energy, Commerce and Industry"), O("European Cluster Collaboration Platform","ECCP"),
  O("Cyprus Chamber of Commerce and Industry","KEBE"), O("ACstyria"), O("Lombardia Aerospace Cluster"),
  O("Research and Innovation Foundation","RIF"), O("Paper Province"),
  O("Latvian Investment and Development Agency","LIAA"), O("Government of Aragon"),
  O("European Investment Bank","EIB"), O("Sustainable Energy Cluster Vaasa"), O("Transylvania Furniture Cluster"),
  O("Marine Cluster Crete","MCC"), O("European Clusters Alliance","ECA"), O("City of Nicosia")],
 [E("European Cluster Conference 2036","2036-05-13","2036-05-14","Nicosia","Cyprus"),
  E("meeting of the European Strategic Cluster Partnerships","2036-05-12",None,"Nicosia","Cyprus"),
  E("gathering of the national cluster associations","2036-05-12",None,"Nicosia","Cyprus"),
  E("European Cluster Awards 2036","2036-05-14",None,"Nicosia","Cyprus"),
  E("cocktail","2036-05-14",None,"Nicosia","Cyprus"),
  E("EU Clusters Talk","2036-06-24",None,None,None),
  E("European Cluster Conference","2038","2038",None,None)],
 ["2036-06-03","2036-05-13/2036-05-14","2036-05-12","2033/2035","2037","2036-06-24","2038","2036-12","2036-09-30","2036"],
 ["Clusters are an integral part of the EU's industrial strategy and should be named as delivery partners in the next multiannual financial framework",
  "Cross-border cooperation between cluster organisations should become the rule rather than the exception, with simpler funding for joint actions",
  "SMEs need help to enter strategic supply chains, and clusters can pool testing, certification and procurement know-how",
  "Skills partnerships run by clusters work best when regions co-finance them over at least five years",
  "Cluster managers need training in blended finance and in working with the EIB and national promotional banks",
  "Data on cluster performance should be shared through the ECCP so that regions can compare their support schemes"],
 pub="2036-06-03")
