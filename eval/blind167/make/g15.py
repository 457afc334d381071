from h import *
F = 'g15_clusterlux_newsletter_arlon.md'
assert wd(2042,3,6)=='Thursday' and wd(2042,3,7)=='Friday' and wd(2042,4,17)=='Thursday' and wd(2042,2,20)=='Thursday'
T = """# ClusterLux Sud – Newsletter March 2042

*Network of cluster organisations in the Province of Luxembourg and the Greater Region · Issue 2/2042 · [Web version](#) · [Unsubscribe](#)*

---

## General Assembly in Arlon elects a new board

The annual General Assembly of ClusterLux Sud ASBL took place on Thursday 6 March 2042 at the Maison de la Culture in Arlon, with 46 of the network's 61 member organisations represented. Members approved the 2041 accounts, the work plan for 2042 and a new membership category for technology centres.

The assembly elected the board for a three-year term:

- **Chair:** Valérie Gillet-Lambert, director of Wood Cluster Ardenne (Libramont)
- **Vice-chairs:** Marc Schmit (Luxinnovation, Luxembourg) and Nathalie Dubois-Renard (Idelux Développement)
- **Treasurer:** Jean-Luc PIRLOT, KBC Bank Arlon
- **Secretary:** Anke Wagner (Hochschule Trier, Umwelt-Campus Birkenfeld)

The outgoing chair, Philippe Collignon, who led the network from 2034 to 2042, was thanked with a standing ovation. The auditors, Bernard Thiry and Sabine Klein, presented their report and were re-appointed for two years.

---

## Interreg Europe: CLUSTER-BRIDGE partners meet in Arlon

The day after the General Assembly, on Friday 7 March, ClusterLux Sud hosted a thematic workshop of the Interreg Europe project CLUSTER-BRIDGE, which helps regions design support schemes for cross-border cluster cooperation. Thirty-two participants from Belgium, Luxembourg, Germany, France, Ireland, Czechia and Latvia took part.

The workshop opened with a presentation by Dr. Katrien Peeters, thematic expert of the Interreg Europe Policy Learning Platform, on the results of a survey of 214 cluster organisations. Three regional good practices followed:

- the cross-border innovation voucher of the Greater Region, presented by Claude Hoffmann (Ministère de l'Économie, Luxembourg)
- the Vysočina cluster accelerator, presented by Lenka Dvořáková, Vysočina Regional Development Agency (Czechia)
- the Kurzeme export consortium scheme, presented by Ēriks Bērziņš (Kurzeme Planning Region, Latvia)

In the afternoon the group visited the Terre-Rouge innovation campus in Esch-sur-Alzette.

### Key takeaways

- Cross-border vouchers need one application form accepted by both regions, not two forms in two languages
- Clusters are more willing to cooperate across borders when the first project is small and quick
- Managing authorities should meet each other before designing joint schemes, not after
- Monitoring should count new joint projects, not only signed agreements

---

## Erasmus+: apprentices from Třebíč in Bastogne

Eight apprentices in carpentry from the Střední průmyslová škola Třebíč spent three weeks with member companies of Wood Cluster Ardenne in February. The exchange was organised under Erasmus+ with the support of the Institut wallon de Formation en Alternance et des indépendants et Petites et Moyennes Entreprises (IFAPME). A return visit of Belgian apprentices is planned for October 2042.

---

## Member news

- **Wood Cluster Ardenne** has opened a shared timber-drying facility in Bertrix with eleven member sawmills. The facility was co-financed by the Walloon Region and will be run by a cooperative of the members.
- **Luxinnovation** has published its new call for cluster-based innovation projects in the Greater Region; applications can be submitted until the end of June.
- **Idelux Développement** welcomes a new cluster officer, Simon Jacquemin, who joins from the business incubator WSL in Liège.

---

## Diary

- **Thursday 20 February 2042** – Webinar "Hydrogen valleys in the Greater Region" (recording available)
- **Thursday 17 April 2042** – Cluster managers' breakfast, Libramont, 8:00–9:30
- **14–15 May 2042** – Clusters meet Regions, Luxembourg City (ECCP)
- **September 2042** – Study visit to the Zlín region (CLUSTER-BRIDGE)

---

*ClusterLux Sud ASBL · Rue de Diekirch 12, 6700 Arlon · info@clusterlux.example.be · Editor: Aurélie Hansen, network coordinator*
"""
write(F, T)
C="ClusterLux Sud ASBL"
gold(F,
 [P("Valérie Gillet-Lambert","Chair",C),
  P("Marc Schmit","Vice-chair",C),
  P("Nathalie Dubois-Renard","Vice-chair",C),
  P("Jean-Luc PIRLOT","Treasurer",C),
  P("Anke Wagner","Secretary",C),
  P("Philippe Collignon","chair",C),
  P("Bernard Thiry","auditor",C),
  P("Sabine Klein","auditor",C),
  P("Katrien Peeters","thematic expert","Interreg Europe Policy Learning Platform"),
  P("Claude Hoffmann",None,"Ministère de l'Économie"),
  P("Lenka Dvořáková",None,"Vysočina Regional Development Agency"),
  P("Ēriks Bērziņš",None,"Kurzeme Planning Region"),
  P("Simon Jacquemin","cluster officer","Idelux Développement"),
  P("Aurélie Hansen","network coordinator",C)],
 [O(C), O("Wood Cluster Ardenne"), O("Luxinnovation"), O("Idelux Développement"), O("KBC Bank Arlon"),
  O("Hochschule Trier"), O("Umwelt-Campus Birkenfeld"), O("Interreg Europe Policy Learning Platform"),
  O("Ministère de l'Économie"), O("Vysočina Regional Development Agency"), O("Kurzeme Planning Region"),
  O("Střední průmyslová škola Třebíč"),
  O("Institut wallon de Formation en Alternance et des indépendants et Petites et Moyennes Entreprises","IFAPME"), O("ECCP"), O("Walloon Region"), O("WSL")],
 [E("General Assembly","2042-03-06",None,"Arlon","Belgium"),
  E("thematic workshop of the Interreg Europe project CLUSTER-BRIDGE","2042-03-07",None,"Arlon","Belgium"),
  E("visited the Terre-Rouge innovation campus","2042-03-07",None,"Esch-sur-Alzette","Luxembourg"),
  E("return visit of Belgian apprentices","2042-10"),
  E("Hydrogen valleys in the Greater Region","2042-02-20"),
  E("Cluster managers' breakfast","2042-04-17",None,"Libramont","Belgium"),
  E("Clusters meet Regions","2042-05-14","2042-05-15","Luxembourg City","Luxembourg"),
  E("Study visit to the Zlín region","2042-09",None,None,"Czechia")],
 ["2042-03","2042-03-06","2041","2042","2034/2042","2042-03-07","2042-02","2042-06","2042-10","2042-02-20","2042-04-17",
  "2042-05-14/2042-05-15","2042-09"],
 ["Cross-border vouchers need one application form accepted by both regions, not two forms in two languages",
  "Clusters are more willing to cooperate across borders when the first project is small and quick",
  "Managing authorities should meet each other before designing joint schemes, not after",
  "Monitoring should count new joint projects, not only signed agreements"],
 pub="2042-03")
