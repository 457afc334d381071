from h import *
F = 'g16_antwerp_panel_debate_leadership.txt'
assert wd(2036,10,14)=='Tuesday' and wd(2037,1,27)=='Tuesday'
T = """Antwerp Chemical Cluster Network | News & insights | Events
--------------------------------------------------------------
Posted on 21.10.2036 by Wouter Claeys · Category: Talent & leadership · 6 min read

"Who will lead our cluster in 2045?" – report of the panel debate of 14 October

More than 140 people filled the auditorium of the Antwerp Management School on the evening of Tuesday 14 October 2036 for a panel debate on leadership and generational change in the chemical cluster of the port of Antwerp-Bruges. The debate was organised by the Antwerp Chemical Cluster Network (ACCN) together with the Flemish chemistry federation essenscia vlaanderen and the young professionals' network YouChem Antwerp.

THE PANEL
- Marleen Verhaegen-Dubois, Site Director, BASF Antwerpen NV, and President of ACCN since 2034
- Dr. Kwame Asante-Peeters, Head of Talent, Port of Antwerp-Bruges
- Sophie-Anne de Crombrugghe, founder and CEO of the start-up Circulo Polymers BV, Zwijndrecht
- Jens Lauwereys, shift supervisor at INEOS Oxide, Lillo, and chair of YouChem Antwerp
- Prof. Dr. Hilde Van Damme, Faculty of Applied Engineering, University of Antwerp
Moderator: Bram Goossens, journalist, De Tijd

Programme: 18:30 welcome, 19:00 panel debate, 20:30 walking dinner and networking.

WHAT WAS SAID
The President of ACCN opened with a figure that made the room go quiet: by 2040 nearly one in three operators and engineers on the chemical sites of the port will have retired. "We talk a lot about new plants and hydrogen pipelines, but the first thing we can run out of is people who know how to run them," Verhaegen-Dubois said.

Asante-Peeters, who moved to Antwerp from Accra in 2019 and joined the port company in 2031, argued that the cluster still recruits from too narrow a pool. Only 14 per cent of the operators hired in 2035 were women, and very few came from the city's own neighbourhoods. De Crombrugghe added that start-ups find it hard to be heard in a cluster dominated by multinationals: "Our board has no seat for a company with fewer than fifty employees."

Lauwereys, at 29 the youngest on the stage, drew the loudest applause when he asked the site directors to spend one night shift a year in the control room. Van Damme described the university's new dual master in process engineering, in which students spend two days a week on a chemical site, and called on more companies to take part.

RECOMMENDATIONS
At the end of the evening, the moderator summed up five recommendations, which the ACCN board will discuss at its board meeting in November:
1. Reserve one seat on the ACCN board for start-ups and SMEs from the next election in 2037
2. Create a mentoring programme that pairs young engineers with retiring operators for their last two years
3. Set a shared target for the share of women among new operators on the cluster's sites
4. Open the ACCN working groups to members of YouChem Antwerp
5. Recruit actively in the city's neighbourhoods together with the employment service VDAB

NEXT STEPS
The ACCN general assembly will vote on the board seat for SMEs on Tuesday 27 January 2037. The mentoring programme is to start as a pilot with five companies in spring 2037.

This was the third debate in the "Cluster Conversations" series. Earlier editions: "Hydrogen – hype or backbone?" (March 2035) and "The port without fossil feedstock" (November 2035).

Photos of the evening are available in our Flickr album. The recording can be watched on our YouTube channel.

Contact: Wouter Claeys, Communications Manager, ACCN · wouter.claeys@accn.example.be

Share: LinkedIn | X | E-mail
Tags: leadership, talent, diversity, board, young professionals

Related articles
> ACCN welcomes six new members
> Annual report 2035 now online
> Vacancy: project officer circular chemistry (m/f/x)

Antwerp Chemical Cluster Network vzw · Brouwersvliet 00, 2000 Antwerpen · Privacy | Cookies
"""
write(F, T)
A="Antwerp Chemical Cluster Network"
gold(F,
 [P("Wouter Claeys","Communications Manager","ACCN"),
  P("Marleen Verhaegen-Dubois","President","ACCN"),
  P("Kwame Asante-Peeters","Head of Talent","Port of Antwerp-Bruges"),
  P("Sophie-Anne de Crombrugghe","CEO","Circulo Polymers BV"),
  P("Jens Lauwereys","chair","YouChem Antwerp"),
  P("Hilde Van Damme",None,"Faculty of Applied Engineering, University of Antwerp"),
  P("Bram Goossens","journalist","De Tijd")],
 [O("Antwerp Chemical Cluster Network vzw","ACCN"), O("Antwerp Management School"), O("essenscia vlaanderen"),
  O("YouChem Antwerp"), O("BASF Antwerpen NV"), O("Port of Antwerp-Bruges"), O("Circulo Polymers BV"), O("INEOS Oxide"),
  O("Faculty of Applied Engineering, University of Antwerp"), O("De Tijd"), O("VDAB")],
 [E("Who will lead our cluster in 2045?","2036-10-14",None,"Antwerp","Belgium"),
  E("walking dinner and networking","2036-10-14",None,"Antwerp","Belgium"),
  E("board meeting","2036-11",None,None,None),
  E("ACCN general assembly","2037-01-27",None,None,None),
  E("Hydrogen – hype or backbone?","2035-03",None,None,None),
  E("The port without fossil feedstock","2035-11",None,None,None)],
 ["2036-10-21","2036-10-14","2034","2040","2019","2031","2035","2037","2036-11","2037-01-27","2035-03","2035-11"],
 ["Reserve one seat on the ACCN board for start-ups and SMEs from the next election in 2037",
  "Create a mentoring programme that pairs young engineers with retiring operators for their last two years",
  "Set a shared target for the share of women among new operators on the cluster's sites",
  "Open the ACCN working groups to members of YouChem Antwerp",
  "Recruit actively in the city's neighbourhoods together with the employment service VDAB"],
 pub="2036-10-21")
