from common import *
fn = "meet-our-members_AgriSkai-Plovdiv.md"
t = """**Thracian AgriTech Cluster** · Members · *Meet our members*

# Meet our members: AgriSkai – drones that count every vine

*Member profile no. 24 · published 6 November 2034 · interview and text: Radostina Gencheva*

When you drive from Plovdiv towards Asenovgrad in early summer, you may see a small white drone hovering low over
the vineyards. Chances are it belongs to **AgriSkai OOD**, one of the youngest members of our cluster. We visited the
team in their office in the Trakia Economic Zone and talked to the three founders.

## The founders

**Stoyan Dimitrov** (38), CEO, grew up on his grandparents' farm near Perushtitsa and studied aerospace engineering
at the Technical University of Sofia. After eight years at an avionics supplier in Toulouse he came home in 2030
"because my grandfather still sprayed his vines by hand, with a backpack."

**Dr. Velislava Todorova-Hristova** (35), Chief Technology Officer, holds a PhD in remote sensing from the Agricultural
University – Plovdiv, where she still teaches one course per semester. She developed the image-analysis models that
estimate the yield of each vine from above.

**Emre Yılmaz-Petrov** (41), Chief Commercial Officer, spent a decade selling crop-protection products across the
Balkans for a multinational and knows almost every large wine estate between Melnik and Pomorie by name.

The three met at the **Plovdiv AgriHack** in March 2031 and founded AgriSkai on 1 July 2031 with their own savings and
a grant from the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA).

## What they do

AgriSkai flies multispectral drones over vineyards and orchards and turns the images into three products: a yield
forecast per plot, a map of disease hot-spots and, since 2033, a prescription map for variable-rate spraying that
cuts pesticide use by up to 30 percent. Today the company has 14 employees and customers on 9,000 hectares in
Bulgaria, North Macedonia and Greece. In September 2034 it closed a seed round of EUR 1.8 million led by Balkan
Sprout Fund, with the participation of the family office of Ivaylo Kostadinov.

## Why they joined the cluster

"We joined the Thracian AgriTech Cluster in January 2033 because we needed farmers who trust us enough to let us
test," says Stoyan Dimitrov. Through the cluster AgriSkai found its first pilot partner, the winery **Vinarska Izba
EOOD** near Brestovitsa, and a research partner, the **Institute of Agriculture and Seed Science "Obraztsov Chiflik"**
in Ruse. Together with two other members – the irrigation company **Maritsa Aqua AD** and the software firm
**Codeforge Bulgaria EOOD** – AgriSkai is now part of the cluster's project "Smart Vine Thrace", funded by the
Interreg NEXT Black Sea Basin programme.

Cluster manager **Boyana Angelova** says: "AgriSkai is what we hoped for when we founded the cluster: a start-up that
solves a problem our farmers actually have."

## What's next

The founders want to open an office in Thessaloniki in 2035 and to add olive groves to their models. They will
present their spraying maps at the **AgraPlovdiv fair** (Plovdiv, 4–8 March 2035) on the cluster stand, and
Velislava Todorova-Hristova will speak at the cluster's Digital Farming Day on 27 November 2034.

*Would you like your company to be featured? Write to members@thracian-agritech.example.*

Previous profiles: [Maritsa Aqua AD](#) · [BioGreen Rhodopes](#) · [Codeforge Bulgaria](#)
"""
write_doc(fn, t)
write_gold(fn, "2034-11-06", [
 P("Radostina Gencheva", None, None),
 P("Stoyan Dimitrov", "CEO", "AgriSkai OOD"),
 P("Velislava Todorova-Hristova", "Chief Technology Officer", "AgriSkai OOD"),
 P("Emre Yılmaz-Petrov", "Chief Commercial Officer", "AgriSkai OOD"),
 P("Ivaylo Kostadinov", None, None),
 P("Boyana Angelova", "Cluster manager", None),
],[
 O("Thracian AgriTech Cluster"), O("AgriSkai OOD", "AgriSkai"), O("Technical University of Sofia"),
 O("Agricultural University – Plovdiv"), O("Bulgarian Small and Medium Enterprises Promotion Agency", "BSMEPA"),
 O("Balkan Sprout Fund"), O("Vinarska Izba EOOD"), O('Institute of Agriculture and Seed Science "Obraztsov Chiflik"'),
 O("Maritsa Aqua AD"), O("Codeforge Bulgaria EOOD"), O("BioGreen Rhodopes"),
],[
 E("Plovdiv AgriHack", "2031-03", "2031-03", "Plovdiv", "Bulgaria"),
 E("AgraPlovdiv fair", "2035-03-04", "2035-03-08", "Plovdiv", "Bulgaria"),
 E("Digital Farming Day", "2034-11-27", "2034-11-27", None, None),
],["2034-11-06","2030","2031-03","2031-07-01","2033","2034-09","2033-01","2035","2035-03-04/2035-03-08","2034-11-27"])
