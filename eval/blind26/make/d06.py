from mk import save
T = '''# Skills for biomanufacturing in Wallonia: summary of the 2035 study

*Published 27 March 2035 · Meuse Valley Biomanufacturing Cluster · Reading time 6 min*

[Home](/) / [Resources](/resources) / [Studies](/resources/studies)

The Meuse Valley Biomanufacturing Cluster (MVBC) commissioned the consultancy Ardenne Insight SRL
to assess whether the Walloon labour market can staff the eleven biologics and cell-therapy plants
announced between Liège, Namur and the Brabant wallon for 2035–2039. The study was steered by a
committee chaired by Dr Hélène Vandersmissen, head of human resources at Lysagen SA, and was
co-funded by the Walloon Public Service (SPW Economy, Employment, Research) and the
public employment service FOREM.

The authors, Jérôme Lecocq and Sofie Van Damme of Ardenne Insight, combined three sources: (1) a survey of 64
companies carried out between October and December 2034, (2) 31 interviews with plant managers,
trainers and recruiters, and (3) a review of every biotech-related training programme offered in
Wallonia in the academic year 2034–2035. Results were discussed with members at a validation
workshop in Gosselies on 4 February 2035.

## Key findings

1. Announced investments will create about 3,900 jobs by 2039, two thirds of them at technician level rather than for PhD holders.
2. Companies already wait on average five months to fill a quality-control or bioprocess technician post.
3. Only 310 people a year complete a training that prepares them directly for work in a cleanroom.
4. Half of the surveyed SMEs have never hosted a work-based learning student, mainly because of the administrative burden.
5. Cross-border recruitment from the Netherlands, Germany and northern France is growing but is held back by language and diploma recognition.

## Recommendations

1. Double the capacity of short cleanroom technician courses by 2037, using the shared training plant planned in Seneffe.
2. Create a single regional helpdesk that takes over the paperwork for SMEs hosting apprentices.
3. Agree a common competence framework for bioprocess technicians with Flanders and the Netherlands to ease cross-border hiring.
4. Fund a yearly skills observatory run by the cluster, so that the figures in this study are updated and not forgotten.

## Next steps

MVBC will present the study to the Walloon Minister for the Economy and to its members at the
Biomanufacturing Skills Forum on 12 June 2035 in Namur. "We now have numbers instead of
impressions," said Geoffrey Delhaize, managing director of MVBC. "The recommendations are
addressed to all of us: companies, schools and the Region."

**Download:** Full report (PDF, 84 pages) · Executive summary in French (PDF, 6 pages)

*Tags: skills, biologics, cell therapy, Wallonia*
'''
save('mvbc-biomanufacturing-skills-study-summary-2035.md', T, '2035-03-27',
 [("Hélène Vandersmissen","head of human resources","Lysagen SA"),
  ("Jérôme Lecocq",None,"Ardenne Insight"),
  ("Sofie Van Damme",None,"Ardenne Insight"),
  ("Geoffrey Delhaize","managing director","MVBC")],
 [("Meuse Valley Biomanufacturing Cluster","MVBC"),("Ardenne Insight SRL",None),("Lysagen SA",None),
  ("Walloon Public Service",None),("SPW Economy, Employment, Research",None),("FOREM",None)],
 [("validation workshop","2035-02-04","2035-02-04","Gosselies","Belgium"),
  ("Biomanufacturing Skills Forum","2035-06-12","2035-06-12","Namur","Belgium")],
 ["2035-03-27","2035/2039","2034-10/2034-12","2034/2035","2035-02-04","2039","2037","2035-06-12"],
 ["Announced investments will create about 3,900 jobs by 2039, two thirds of them at technician level rather than for PhD holders",
  "Companies already wait on average five months to fill a quality-control or bioprocess technician post",
  "Only 310 people a year complete a training that prepares them directly for work in a cleanroom",
  "Half of the surveyed SMEs have never hosted a work-based learning student, mainly because of the administrative burden",
  "Cross-border recruitment from the Netherlands, Germany and northern France is growing but is held back by language and diploma recognition",
  "Double the capacity of short cleanroom technician courses by 2037, using the shared training plant planned in Seneffe",
  "Create a single regional helpdesk that takes over the paperwork for SMEs hosting apprentices",
  "Agree a common competence framework for bioprocess technicians with Flanders and the Netherlands to ease cross-border hiring",
  "Fund a yearly skills observatory run by the cluster, so that the figures in this study are updated and not forgotten"])
