from common import *
fn = "news_merger-outdoor-clusters-auvergne-rhone-alpes.md"
t = """[Home](/) > [News](/news) > Cluster life

# Alpes Outdoor and Belledonne Loisirs Cluster join forces: "Sommets" is born

*Posted on 17 January 2036 by the editorial team · 5 min read*

It has been discussed for almost three years; now it is done. At two extraordinary general meetings held on the same
day, 12 January 2036 in Annecy, the members of **Alpes Outdoor** (Annecy, 190 members, sports equipment and textiles)
and of **Belledonne Loisirs Cluster** (Grenoble, 85 members, mountain infrastructure and tourism services) voted to
merge the two associations. The new cluster, **Sommets – Cluster Outdoor & Montagne Auvergne-Rhône-Alpes**, starts work
on 1 March 2036 with some 270 member companies, laboratories and training centres, which makes it one of the largest
outdoor-industry clusters in Europe.

The votes were clear: 93% in favour at Alpes Outdoor and 88% at Belledonne Loisirs. The Région Auvergne-Rhône-Alpes,
which co-funds both clusters, had encouraged the merger as part of its review of regional clusters in 2034.

## Who will lead Sommets

The joint assembly in the afternoon elected the first Board of Sommets (conseil d'administration) of 16 members,
eight from each former cluster. The Board then appointed the management:

- **President: Claire Dufour-Bonnevie**, CEO of Bonnevie Textiles SAS (Annecy), until now President of Alpes Outdoor.
- **First Vice-President: Marc-Antoine Reynaud**, managing director of Télésièges Reynaud SA (Grenoble), until now
  President of Belledonne Loisirs Cluster.
- **Treasurer: Sophie Lacombe**, partner at Lacombe Audit & Conseil.
- **Secretary: Thibault Giraud**, head of innovation at Cordées Équipements SARL.

**Managing Director (délégué général): Yannick Berthoud.** Berthoud, 49, has run Alpes Outdoor since 2028 and will
lead a team of 21 people spread over two offices, in Annecy and Grenoble. **Émilie Garnier**, until now director of
Belledonne Loisirs Cluster, becomes **Deputy Managing Director** in charge of tourism, infrastructure and public
partners. "I did not want to be the one who turns off the lights in Grenoble, so I am glad we keep both offices," she
said.

Nadia Bensalem, head of the cluster unit at the Région, welcomed "a cluster with the critical mass to speak for the
whole mountain economy, from the ski binding to the refuge."

## What happens next

- Until 29 February 2036 both associations continue to operate under their old names; membership fees already paid
  for 2036 remain valid.
- The new website goes live in March 2036; e-mail addresses change on 1 March.
- The first joint event will be the **Sommets Outdoor Business Days** at the Grenoble Alpexpo, 9–10 April 2036,
  including the Outdoor Innovation Awards.
- The strategy for 2036–2040 will be drafted by working groups and adopted at the general meeting in June 2036.

## A bit of history

Alpes Outdoor was founded in 2009 by twelve sports-equipment makers around Annecy. Belledonne Loisirs Cluster grew out of
a 2013 initiative of the Grenoble chamber of commerce (CCI Grenoble) and the Université Grenoble Alpes. The two clusters
had already run joint projects, among them the Interreg ALCOTRA project SENTIERS with Italian partners in the Aosta
Valley (2030–2033) and a common stand at ISPO Munich in November 2035.

*Contact: presse@sommets-cluster.example*

**Related news**
- [Outdoor Innovation Awards 2036: call for entries open](#) (08/01/2036)
- [Alpes Outdoor at ISPO Munich](#) (30/11/2035)

© 2036 Sommets – Cluster Outdoor & Montagne · Legal notice · Cookies
"""
write_doc(fn, t)
S = "Sommets – Cluster Outdoor & Montagne Auvergne-Rhône-Alpes"
write_gold(fn, "2036-01-17", [
 P("Claire Dufour-Bonnevie", "President", "Sommets"),
 P("Marc-Antoine Reynaud", "First Vice-President", "Sommets"),
 P("Sophie Lacombe", "Treasurer", "Sommets"),
 P("Thibault Giraud", "Secretary", "Sommets"),
 P("Yannick Berthoud", "Managing Director", "Sommets"),
 P("Émilie Garnier", "Deputy Managing Director", "Sommets"),
 P("Nadia Bensalem", "head of the cluster unit", "Région Auvergne-Rhône-Alpes"),
],[
 O("Alpes Outdoor"), O("Belledonne Loisirs Cluster"), O(S, "Sommets"), O("Région Auvergne-Rhône-Alpes"),
 O("Bonnevie Textiles SAS"), O("Télésièges Reynaud SA"), O("Lacombe Audit & Conseil"), O("Cordées Équipements SARL"),
 O("CCI Grenoble"), O("Université Grenoble Alpes"),
],[
 E("extraordinary general meeting of Alpes Outdoor", "2036-01-12", "2036-01-12", "Annecy", "France"),
 E("extraordinary general meeting of Belledonne Loisirs Cluster", "2036-01-12", "2036-01-12", "Annecy", "France"),
 E("joint assembly", "2036-01-12", "2036-01-12", "Annecy", "France"),
 E("Sommets Outdoor Business Days", "2036-04-09", "2036-04-10", "Grenoble", "France"),
 E("general meeting", "2036-06", "2036-06", None, None),
 E("ISPO Munich", "2035-11", "2035-11", "Munich", "Germany"),
],["2036-01-17","2036-01-12","2036-03-01","2034","2028","2036-02-29","2036","2036-03","2036-04-09/2036-04-10",
   "2036/2040","2036-06","2009","2013","2030/2033","2035-11","2036-01-08","2035-11-30"])
