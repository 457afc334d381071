from common import save
T = """[Home](/) / [Blog](/blog) / Week in review

# Last week in review: four events, one busy cluster (week 41)

*Posted on Monday, 14 October 2030 by Theresa Kampmann · 6 min read*

It was one of those weeks: four events in five days, two cities, and more than 350 people from our member companies on the road. Here is what happened, in case you missed it.

## Monday – Green Chemistry Breakfast, Darmstadt

The week started on 7 October with our monthly breakfast, this time hosted by Säurewerk Hessen GmbH in its new pilot hall. Plant manager Dr. Cem Yıldırım showed how the company replaced a fossil solvent with a bio-based one. Forty-two participants, three new members signed on the spot.

## Tuesday – Hydrogen for the chemical park (workshop), Frankfurt-Höchst

On 8 October, the working group Energy & Raw Materials met with the operator of the Industriepark, Niddawerk GmbH. Working-group speaker Jörg Lindemann (Head of Energy Procurement, Farbstoffe Kelsterbach AG) presented the results of our demand survey: member companies expect to need 40,000 tonnes of hydrogen a year by 2035. Key conclusions the group agreed on:

- The pipeline connection to the national hydrogen core network must be planned now, not in 2033.
- Smaller members need a shared purchasing model.
- Electrolysis on site is only an option for three of the large sites.

## Wednesday – rest day (sort of)

No event, but the board met online and approved the budget line for the study on circular plastics.

## Thursday – Talent Day at the Hochschule Darmstadt

More than 200 students visited 24 member booths at the Talent Day on 10 October. Our thanks go to Prof. Annika Schröder-Beck, vice-president for transfer of the Hochschule Darmstadt (h_da), and to the student union AStA for the organisation. The next Talent Day is planned for April 2031.

## Friday – Delegation from Rotterdam

On Friday, 11 October 2030, we welcomed a delegation of eleven people from the Dutch chemicals cluster Maasdelta Chemie, led by its director Willemijn van Oosterhout. The visit included the Industriepark tour and a dinner with our board. Both clusters agreed to prepare a joint proposal for the next European Strategic Cluster Partnership call and to meet again in Rotterdam on 3 February 2031.

## Coming up

- 22 October 2030: webinar "REACH revision – what changes for formulators?" with Dr. Paula Ferreira Lopes, regulatory affairs consultant
- 5–7 November 2030: joint stand at the K-Fachtagung, Frankfurt am Main
- 28 November 2030: General Assembly of KatalyseNetz Main-Taunus e.V., Wiesbaden

Theresa Kampmann is communication manager at KatalyseNetz Main-Taunus e.V.

Tags: #chemistry #hydrogen #talent #internationalisation
"""
save('blog_week-in-review_week-41-2030.md', T,
 [("Theresa Kampmann","communication manager","KatalyseNetz Main-Taunus e.V."),
  ("Cem Yıldırım","Plant manager","Säurewerk Hessen GmbH"),
  ("Jörg Lindemann","Head of Energy Procurement","Farbstoffe Kelsterbach AG"),
  ("Annika Schröder-Beck","vice-president for transfer","Hochschule Darmstadt"),
  ("Willemijn van Oosterhout","director","Maasdelta Chemie"),
  ("Paula Ferreira Lopes","regulatory affairs consultant",None)],
 [("KatalyseNetz Main-Taunus e.V.",None),("Säurewerk Hessen GmbH",None),("Niddawerk GmbH",None),("Farbstoffe Kelsterbach AG",None),
  ("Hochschule Darmstadt","h_da"),("AStA",None),("Maasdelta Chemie",None)],
 [("Green Chemistry Breakfast","2030-10-07","2030-10-07","Darmstadt","Germany"),
  ("Hydrogen for the chemical park","2030-10-08","2030-10-08","Frankfurt-Höchst","Germany"),
  ("board meeting","2030-10-09","2030-10-09",None,None),
  ("Talent Day","2030-10-10","2030-10-10","Darmstadt","Germany"),
  ("Delegation from Rotterdam","2030-10-11","2030-10-11",None,None),
  ("Talent Day","2031-04","2031-04",None,None),
  ("meeting in Rotterdam","2031-02-03","2031-02-03","Rotterdam","Netherlands"),
  ("webinar \"REACH revision – what changes for formulators?\"","2030-10-22","2030-10-22",None,None),
  ("K-Fachtagung","2030-11-05","2030-11-07","Frankfurt am Main","Germany"),
  ("General Assembly of KatalyseNetz Main-Taunus e.V.","2030-11-28","2030-11-28","Wiesbaden","Germany")],
 ["2030-10-14","2030-10-07","2030-10-08","2035","2033","2030-10-10","2031-04","2030-10-11","2031-02-03","2030-10-22",
  "2030-11-05/2030-11-07","2030-11-28"],
 km=["The pipeline connection to the national hydrogen core network must be planned now, not in 2033",
     "Smaller members need a shared purchasing model",
     "Electrolysis on site is only an option for three of the large sites"], pub="2030-10-14")
