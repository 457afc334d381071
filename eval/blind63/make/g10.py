from h import *
F = 'jamtland-outdoor-tech-forum-2035-review.md'
T = f"""Mid Sweden Outdoor Cluster › News › Events

# Outdoor Tech Forum 2035: 420 participants in Östersund – next edition in Trondheim

*News · 4 November 2035 · By Elin Sjödin-Marklund, communications officer*

The seventh Outdoor Tech Forum took place on 29 and 30 October 2035 at the Mid Sweden University campus in Östersund. With 420 participants from eleven countries, 64 exhibitors and more than 300 pre-arranged business meetings, it was the largest edition so far. The forum is organised every year by the Mid Sweden Outdoor Cluster together with Region Jämtland Härjedalen, Mid Sweden University and the Sports Tech Research Centre (STRC).

This year's theme, "Winter without snow?", looked at what warmer winters mean for companies that make skis, clothing, snowmaking equipment and outdoor tourism services, and how they can adapt their products and business models.

## Opening: "the climate is our market"

The forum was opened by Regional Council chair Anna-Karin Rönnbäck-Persson, who reminded the audience that the outdoor and sports sector employs about 3,800 people in Jämtland and Härjedalen. "The climate is no longer only a risk for us. It is also our market: people all over Europe want equipment and experiences that work in changing conditions," she said.

The keynote was given by Prof. Dr. Kirsten Ødegaard-Lien of the Norwegian University of Science and Technology (NTNU), who presented new research on snow reliability in Scandinavian ski resorts up to 2060. She was followed by Johan Eriksson-Falk, CEO of the ski manufacturer Åre Skidfabrik AB, who described how the company now develops roller-skis and gravel equipment for the summer season.

## Parallel sessions and the Start-up Slope

In the afternoon, participants could choose between three sessions: materials and circular design, chaired by Dr. Maja Lindqvist (RISE Research Institutes of Sweden); digital services for outdoor tourism, chaired by Tomas Hägglund (Visit Jämtland); and sports technology for health, chaired by Prof. Hans-Christer Holmberg-Öberg (Mid Sweden University).

The popular Start-up Slope pitch competition was won by SnowSense AB from Åre, which measures snow quality with low-cost sensors on ski lifts. Second place went to Fjällväv, a wool-clothing start-up from Funäsdalen, and third to the Finnish company Kuru Outdoor Oy from Rovaniemi. The winners received prize money of SEK 100,000, 50,000 and 25,000, funded by Almi Mitt and Sparbanken Jämtland.

## Study visits on day two

On the second day, about 150 participants joined study visits to the Swedish Winter Sports Research Centre, to the Peak Innovation test arena in Åre and to the ski-wax manufacturer Swix Sport's new recycling line in Östersund. A group of Italian and Austrian guests from the Dolomiti Outdoor Cluster and the Tyrolean Sport and Outdoor Cluster visited Frösön, where a new cross-country stadium with artificial snow storage opened in 2034.

## Conclusions of the forum

At the closing session, cluster manager Linnea Sundqvist-Berg summarised the discussions in four conclusions:

- Outdoor companies need shared climate data to plan their products for the next ten years
- Winter tourism destinations should develop year-round offers together with equipment makers
- Repair, rental and second-hand models must become part of the business of every outdoor brand
- Cooperation between the Nordic and Alpine outdoor clusters should be made permanent

## Next edition: Trondheim, 2036

For the first time, the forum will leave Sweden. The eighth Outdoor Tech Forum will be held in Trondheim, Norway, on 21 and 22 October 2036, hosted jointly with the Norwegian cluster Trøndelag Sports and Outdoor (TSO) and NTNU. "Jämtland and Trøndelag share mountains, a railway line and many customers. It makes sense to share a forum," said Ola Bakken-Stene, managing director of TSO, who received the forum flag at the closing session. The 2037 edition will return to Östersund.

A memorandum of understanding between the two clusters was signed during the forum on 30 October 2035 by Linnea Sundqvist-Berg and Ola Bakken-Stene, in the presence of Trøndelag County Mayor Tonje Brenna-Aas.

## The forum in numbers

Of the 420 participants, 58 per cent came from companies, 22 per cent from universities and research institutes and 20 per cent from public bodies and support organisations. Almost a third travelled from outside Sweden, most of them from Norway, Finland, Austria and Italy. The matchmaking platform recorded 312 meetings, and a follow-up survey of exhibitors will be published in December.

## Previous editions

- 2029: Östersund, 110 participants (first edition)
- 2030: Åre
- 2031 and 2032: Östersund
- 2033: Sälen, in cooperation with Dalarna's outdoor network
- 2034: Östersund, 360 participants

## Thanks

The forum was co-financed by the European Regional Development Fund through the Interreg Aurora programme and by Region Jämtland Härjedalen. Presentations and photos are available in the members' area. The organisers thank all speakers, volunteers from the Mid Sweden University student union and the staff of Campus Östersund.

*Contact: Linnea Sundqvist-Berg, Cluster Manager, Mid Sweden Outdoor Cluster, Östersund.*

Share: LinkedIn · Facebook · E-mail
Related: [Start-up Slope 2036 – call for applications opens in May](/news/startup-slope-2036) · [Cluster members meet Tyrolean partners in Innsbruck](/news/tyrol)
"""
write(F, T)
MS='Mid Sweden Outdoor Cluster'
gold(F,
 [P('Elin Sjödin-Marklund','communications officer',None), P('Anna-Karin Rönnbäck-Persson','Regional Council chair',None),
  P('Kirsten Ødegaard-Lien',None,'Norwegian University of Science and Technology'), P('Johan Eriksson-Falk','CEO','Åre Skidfabrik AB'),
  P('Maja Lindqvist','chair','RISE Research Institutes of Sweden'), P('Tomas Hägglund','chair','Visit Jämtland'), P('Hans-Christer Holmberg-Öberg','chair','Mid Sweden University'),
  P('Linnea Sundqvist-Berg','Cluster Manager',MS), P('Ola Bakken-Stene','managing director','TSO'), P('Tonje Brenna-Aas','Trøndelag County Mayor',None)],
 [O(MS), O('Region Jämtland Härjedalen'), O('Mid Sweden University'), O('Sports Tech Research Centre','STRC'), O('Norwegian University of Science and Technology','NTNU'),
  O('Åre Skidfabrik AB'), O('RISE Research Institutes of Sweden'), O('Visit Jämtland'), O('SnowSense AB'), O('Fjällväv'), O('Kuru Outdoor Oy'), O('Almi Mitt'), O('Sparbanken Jämtland'),
  O('Swedish Winter Sports Research Centre'), O('Peak Innovation'), O('Swix Sport'), O('Dolomiti Outdoor Cluster'), O('Tyrolean Sport and Outdoor Cluster'),
  O('Trøndelag Sports and Outdoor','TSO'), O('Mid Sweden University student union')],
 [E('Outdoor Tech Forum 2035','2035-10-29','2035-10-30','Östersund','Sweden'), E('Start-up Slope pitch competition','2035-10-29','2035-10-29','Östersund','Sweden'),
  E('Study visits','2035-10-30','2035-10-30',None,None), E('Outdoor Tech Forum (2036 edition)','2036-10-21','2036-10-22','Trondheim','Norway'),
  E('Outdoor Tech Forum (2037 edition)','2037','2037','Östersund','Sweden'), E('Outdoor Tech Forum (2029 edition)','2029','2029','Östersund','Sweden'),
  E('Outdoor Tech Forum (2030 edition)','2030','2030','Åre','Sweden'), E('Outdoor Tech Forum (2033 edition)','2033','2033','Sälen','Sweden'),
  E('Outdoor Tech Forum (2034 edition)','2034','2034','Östersund','Sweden'), E('signing of a memorandum of understanding','2035-10-30','2035-10-30','Östersund','Sweden')],
 ['2035-11-04','2035-10-29/2035-10-30','2060','2034','2036','2036-10-21/2036-10-22','2037','2035-10-30','2029','2030','2031','2032','2033','2036-05','2035-12'],
 km=['Outdoor companies need shared climate data to plan their products for the next ten years',
     'Winter tourism destinations should develop year-round offers together with equipment makers',
     'Repair, rental and second-hand models must become part of the business of every outdoor brand',
     'Cooperation between the Nordic and Alpine outdoor clusters should be made permanent'], pub='2035-11-04')
