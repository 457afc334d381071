from common import save
T = """NEWS | Awards

Meuse BioValley Awards 2031: three winners, one standing ovation

Posted on 4 December 2031 by the BioMeuse communication team

Liège – More than 260 guests from companies, universities and hospitals gathered on Thursday evening, 27 November 2031, at the Cité Miroir in Liège for the fifth edition of the Meuse BioValley Awards, organised by BioMeuse, the life-sciences cluster of the Liège province. The ceremony was hosted by journalist Chloé Lemaire and opened by the cluster's president, Jean-François DELVAUX, who reminded the audience that the first edition in 2027 had drawn only eleven applications. This year the jury reviewed 48.

THE WINNERS

Start-up of the Year: Genvira SRL (Seraing), a spin-off of the Université de Liège developing viral vectors for gene therapy. The prize – EUR 25,000 in coaching and lab time – was received by co-founders Amélie Gosset and Tarik Benali. "Two years ago we were four people in a borrowed lab," said Gosset, CEO.

Industrial Collaboration Award: the consortium of Cellmosa SA and the CHU de Liège for a shared cell-therapy production line. Dr Pieter Vandenbroucke, Chief Operating Officer of Cellmosa, accepted the award.

Talent Award: Marie-Hélène Dubois-Wathelet, head of the biotech training centre Académie des Biotechnologies de Seraing, for 15 years of training technicians for the region.

Honourable mention: the student team "PeptiLab" of the Haute École de la Province de Liège.

The jury praised the quality of this year's applications, many of which came from companies founded in the last three years. Several applicants work on cell and gene therapies, an area in which the province has built strong production capacities. Others focus on diagnostics and digital tools for hospitals. The cluster will invite all finalists to present their projects to its members during the coming months.

THE JURY

The jury met on 6 November 2031 and was chaired by Prof. Hendrik van Aelst (KU Leuven, emeritus). Members:
- Sandrine Collignon, investment manager, Capital Ardenne
- Dr. Ursula Reinholt, Head of Life Sciences, Eifel Biotech Netzwerk e.V.
- Olivier Masset, Agence pour l'Entreprise et l'Innovation (AEI)
- Nathalie Grosjean, Chief Scientific Officer, Pharmadis SA

Guest speaker of the evening was Miguel Ángel Ruiz Sáez, Team Leader at the European Commission's DG GROW, who spoke about the EU biotech act.

WHAT'S NEXT

Applications for the 2032 edition will open on 1 June 2032 and close on 15 September 2032. The next ceremony is planned for 25 November 2032, again in Liège. The winners of 2031 will also present their projects at the BIO-Europe Spring partnering event in Milan on 23–25 March 2032, on the joint stand of Wallonia.

Photos: © BioMeuse / L. Martin

Share: LinkedIn | X | E-mail
Related: "BioMeuse welcomes 20 new members" · "Call for the 2032 Awards"
"""
save('news_Meuse-BioValley-Awards-2031-winners.txt', T,
 [("Chloé Lemaire","journalist",None),("Jean-François DELVAUX","president","BioMeuse"),
  ("Amélie Gosset","CEO","Genvira SRL"),("Tarik Benali","co-founder","Genvira SRL"),
  ("Pieter Vandenbroucke","Chief Operating Officer","Cellmosa SA"),
  ("Marie-Hélène Dubois-Wathelet","head","Académie des Biotechnologies de Seraing"),
  ("Hendrik van Aelst",None,"KU Leuven"),("Sandrine Collignon","investment manager","Capital Ardenne"),
  ("Ursula Reinholt","Head of Life Sciences","Eifel Biotech Netzwerk e.V."),
  ("Olivier Masset",None,"Agence pour l'Entreprise et l'Innovation"),
  ("Nathalie Grosjean","Chief Scientific Officer","Pharmadis SA"),
  ("Miguel Ángel Ruiz Sáez","Team Leader","DG GROW")],
 [("BioMeuse",None),("Genvira SRL",None),("Université de Liège",None),("Cellmosa SA",None),("CHU de Liège",None),
  ("Académie des Biotechnologies de Seraing",None),("Haute École de la Province de Liège",None),("KU Leuven",None),("Capital Ardenne",None),
  ("Eifel Biotech Netzwerk e.V.",None),("Agence pour l'Entreprise et l'Innovation","AEI"),("Pharmadis SA",None),
  ("European Commission",None),("DG GROW",None)],
 [("Meuse BioValley Awards 2031","2031-11-27","2031-11-27","Liège","Belgium"),
  ("jury meeting","2031-11-06","2031-11-06",None,None),
  ("Meuse BioValley Awards 2032","2032-11-25","2032-11-25","Liège","Belgium"),
  ("BIO-Europe Spring","2032-03-23","2032-03-25","Milan","Italy")],
 ["2031-12-04","2031-11-27","2027","2031-11-06","2032-06-01","2032-09-15","2032-11-25","2032-03-23/2032-03-25"], pub="2031-12-04")
