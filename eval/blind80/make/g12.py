from h import *
F = 'g12_reykjanes_geothermal_cluster_interview.md'
T = """Home › Magazine › Interviews

# "Nothing from the ground should go to waste": five questions to Sigríður Þórhallsdóttir

*Nordic Cluster Review, issue 3/2036 · Interview by Henrik Aalto · published 8 September 2036 · 7 min read*

**Sigríður Þórhallsdóttir has been managing director of the Reykjanes Geothermal Cluster (RGC) since January 2033. The cluster brings together 54 companies and institutions around the geothermal power plants of the Reykjanes peninsula in south-west Iceland, from fish-skin processors and algae farms to cosmetics makers and data centres. We met her in Grindavík a week after the cluster's general meeting.**

## What makes your cluster different from others in the Nordic countries?

We are built around a shared resource rather than a shared sector. The power plant operator, HS Orka hf., produces electricity, but also hot brine, fresh water, steam and carbon dioxide. Thirty years ago most of that was released into the air or the sea. Today our members use almost all of it. Stolt Sea Farm Iceland ehf. raises sole in warm seawater, Algalíf Iceland ehf. grows microalgae, and a start-up, Kolefni Lausnir ehf., turns the carbon dioxide into methanol. The idea goes back to Albert Albertsson, the engineer who started the resource park, and we still use his phrase: nothing from the ground should go to waste.

## What did the general meeting decide this year?

The general meeting on 28 August 2036 in Reykjanesbær elected a new board. Guðmundur Ásgeirsson of Bláa Lónið hf. is now chairman, taking over from Dr. Þóra Björk Jónsdóttir, who chaired the board for six years and has returned to full-time research at the University of Iceland. Elín Rós Sveinsdóttir of Kadeco, the Keflavík airport area development company, was elected vice-chair, and Marek Nowicki, who runs Nowicki Engineering ehf., joined as treasurer. The members also adopted a new strategy for 2036–2040 and agreed to open a small office in Brussels together with two Norwegian clusters.

## Your strategy sets four priorities. Which matters most?

The first is to double the number of companies that use the side streams of the plants. The second is skills: we need technicians who understand both biology and process engineering, and we are working with Keilir Academy and Fisktækniskóli Íslands on a two-year programme. The third is international cooperation, especially with geothermal regions in Italy, New Zealand and Kenya. The fourth is to measure our impact properly, because the ministries ask us for numbers, not stories. If I had to choose one, it would be skills. Without people, none of the rest happens.

## How is the cluster financed?

About a third of our budget comes from membership fees, which depend on the size of the company. Another third comes from projects, mostly Nordic and European, and the rest from the national cluster programme and from services such as feasibility studies for companies that want to settle in the park. We try hard not to depend on a single source, because that is what killed several clusters in Iceland after the financial crisis.

## How do you work with the government?

Closely, but not always comfortably. The Ministry of Culture and Business Affairs funds part of our programme and Íslandsstofa, the trade promotion agency, helps us abroad. What we ask from them is predictability. We have had three different funding schemes in six years. Last spring the minister, Hrafnkell Þorvaldsson, visited the park and promised a five-year framework agreement. We hope to sign it before the end of the year. We also want the planning authorities in Suðurnes to treat the resource park as one zone, not as twenty separate building permits.

## What has the cluster learned from the volcanic eruptions near Grindavík?

That resilience is not a word on a slide. When the town was evacuated, the cluster office became a coordination point for members who had lost access to their sites. Companies lent each other cold storage, trucks and staff. The Icelandic Civil Protection and Emergency Management and the Suðurnes Regional Development Association (SSS) now include us in their planning exercises. We learned that a cluster is only as strong as the trust between its members on a bad day.

## And what comes next?

In October we host the Nordic Geothermal Cluster Days, on 14 and 15 October 2036 in Reykjanesbær, with delegations from the Tuscany geothermal district and from Rotorua. In spring we will run our first investor day for start-ups using geothermal side streams. And I want to spend more time in member companies and less time in meetings, which every cluster manager says and almost none manages.

---

*About the interviewee:* Sigríður Þórhallsdóttir (born 1984) studied chemical engineering at the Technical University of Denmark (DTU) and worked for twelve years at Carbon Recycling International before joining RGC. She is also a board member of the Icelandic Cluster Network (Klasasamtök Íslands).

*Share this interview:* LinkedIn · Facebook · E-mail

**Related:** [Cluster managers on the energy crisis](#) · [Faroese aquaculture cluster elects new chair](#) · [Subscribe to the Nordic Cluster Review](#)
"""
write(F, T)
R = "Reykjanes Geothermal Cluster"
gold(F,
 [P("Sigríður Þórhallsdóttir", "managing director", R), P("Henrik Aalto", None, "Nordic Cluster Review"),
  P("Albert Albertsson", "engineer", None),
  P("Guðmundur Ásgeirsson", "chairman", "Reykjanes Geothermal Cluster"),
  P("Þóra Björk Jónsdóttir", None, "University of Iceland"),
  P("Elín Rós Sveinsdóttir", "vice-chair", "Reykjanes Geothermal Cluster"),
  P("Marek Nowicki", "treasurer", "Reykjanes Geothermal Cluster"),
  P("Hrafnkell Þorvaldsson", "minister", None)],
 [O(R, "RGC"), O("Nordic Cluster Review"), O("HS Orka hf."), O("Stolt Sea Farm Iceland ehf."), O("Algalíf Iceland ehf."),
  O("Kolefni Lausnir ehf."), O("Bláa Lónið hf."), O("University of Iceland"), O("Kadeco"), O("Nowicki Engineering ehf."),
  O("Keilir Academy"), O("Fisktækniskóli Íslands"), O("Ministry of Culture and Business Affairs"), O("Íslandsstofa"),
  O("Icelandic Civil Protection and Emergency Management"), O("Suðurnes Regional Development Association", "SSS"),
  O("Technical University of Denmark", "DTU"), O("Carbon Recycling International"),
  O("Icelandic Cluster Network")],
 [E("general meeting", "2036-08-28", None, "Reykjanesbær", "Iceland"),
  E("Nordic Geothermal Cluster Days", "2036-10-14", "2036-10-15", "Reykjanesbær", "Iceland"),
  E("investor day")],
 ["2036-09-08", "2033-01", "2036-08-28", "2036/2040", "2036-10-14/2036-10-15", "1984"],
 [], pub="2036-09-08")
