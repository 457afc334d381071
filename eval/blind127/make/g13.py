from h import *
F = 'g13_brittany_blue_clusters_panel_debate.md'
assert wd(2034,4,24)=='Monday' and wd(2034,4,25)=='Tuesday' and wd(2034,4,27)=='Thursday' and wd(2034,5,4)=='Thursday' and wd(2034,5,12)=='Friday'
T = """Home › Agenda › Panel debate, Lorient

# Panel debate: "Blue economy clusters – what should the next Brittany S3 ask of them?"

**Thursday 4 May 2034, 17:30–19:30 · Lorient, Cité de la Voile Éric Tabarly (auditorium)** · followed by a reception

*Posted 27/04/2034 by the communication team of Bretagne Développement Innovation (BDI)*

Brittany is preparing the revision of its Regional Innovation and Smart Specialisation Strategy for the period 2035–2041. Before the draft goes to the Regional Council, BDI and the Pôle Mer Bretagne Atlantique competitiveness cluster invite companies, researchers and local authorities to a public panel debate in Lorient on the role of maritime clusters in the new strategy.

## The panellists

- **Gwenaëlle Le Bihan-Quéré**, Vice-President for Economy and Innovation, Brittany Regional Council
- **Yann-Erwan Kervella**, Director of the Pôle Mer Bretagne Atlantique
- **Dr. Ingrid Solberg**, senior adviser at Innovation Norway, Bergen office
- **Mathieu de Kersauson**, CEO of Naval Énergies Lorient SAS, a builder of tidal turbines
- **Aïcha Benhamou**, researcher at Ifremer, Brest

Moderator: **Loïc Tanguy**, editor-in-chief of *Le Marin*

The debate is free and open to all; registration is requested before 2 May. It will be streamed live on BDI's channel. Lorient Agglomération hosts the reception after the debate.

## Why now?

Under the current strategy more than 140 maritime projects have been supported, but an evaluation carried out for the Region in January 2034 found that fewer than a third involved companies outside the two large ports of Brest and Lorient. The new strategy is expected to put more weight on small shipyards, fish processors and seaweed producers along the whole coast, from Saint-Malo to Concarneau.

## Background: the partner meeting in Brest

The panel follows the partner meeting of the four Breton maritime clusters held on Monday 24 April and Tuesday 25 April 2034 at the Technopôle Brest-Iroise. Around 60 cluster managers and company representatives took part. On the first day, Valérie Guillou-Marchand, head of the S3 unit at BDI, presented the first results of the public consultation. On the second day, participants made site visits to the Ifremer centre in Plouzané and to the seaweed start-up Algolife SAS in Roscoff, where the founders showed how they work with local fishermen to harvest and dry seaweed for the cosmetics and food industries.

### Conclusions of the partner meeting

Participants agreed on the following conclusions, which will be put to the panel in Lorient:

1. The maritime domain should stay one of the strategy's priorities, but with clearer links to energy and food
2. Clusters should share one service offer for small companies instead of four separate ones
3. Regional funding should reward projects that bring together at least two clusters
4. Skills for the offshore wind and tidal sectors need a joint plan with the Breton universities

## Next steps

The results of the debate will feed into the draft strategy, to be presented at the meeting of the Regional Council's Economy Committee on Friday 12 May 2034. Written contributions to the consultation remain possible until the end of May. The final strategy is due to be adopted in December 2034.

**Practical information:** Cité de la Voile Éric Tabarly, Base de sous-marins, Lorient. Free parking. The auditorium is accessible for wheelchair users. Contact: s3@bdi.example.fr

[Register](#) · [Read the consultation document](#) · [See all events](#)

---
Bretagne Développement Innovation · 1 bis route de Fougères, Rennes · Legal notice · Cookies · Newsletter
"""
write(F, T)
BDI="Bretagne Développement Innovation"
gold(F,
 [P("Gwenaëlle Le Bihan-Quéré","Vice-President for Economy and Innovation","Brittany Regional Council"),
  P("Yann-Erwan Kervella","Director","Pôle Mer Bretagne Atlantique"),
  P("Ingrid Solberg","senior adviser","Innovation Norway"),
  P("Mathieu de Kersauson","CEO","Naval Énergies Lorient SAS"),
  P("Aïcha Benhamou","researcher","Ifremer"),
  P("Loïc Tanguy","editor-in-chief","Le Marin"),
  P("Valérie Guillou-Marchand","head of the S3 unit",BDI)],
 [O(BDI,"BDI"), O("Pôle Mer Bretagne Atlantique"), O("Brittany Regional Council"), O("Innovation Norway"),
  O("Naval Énergies Lorient SAS"), O("Ifremer"), O("Le Marin"), O("Lorient Agglomération"), O("Technopôle Brest-Iroise"),
  O("Algolife SAS")],
 [E("Panel debate","2034-05-04",None,"Lorient","France"),
  E("reception","2034-05-04",None,"Lorient","France"),
  E("partner meeting of the four Breton maritime clusters","2034-04-24","2034-04-25","Brest","France"),
  E("site visits","2034-04-25",None,"Plouzané, Roscoff","France"),
  E("meeting of the Regional Council's Economy Committee","2034-05-12",None,None,None)],
 ["2034-05-04","2034-04-27","2035/2041","2034-05-02","2034-01","2034-04-24/2034-04-25","2034-05-12","2034-12","2034-05"],
 ["The maritime domain should stay one of the strategy's priorities, but with clearer links to energy and food",
  "Clusters should share one service offer for small companies instead of four separate ones",
  "Regional funding should reward projects that bring together at least two clusters",
  "Skills for the offshore wind and tidal sectors need a joint plan with the Breton universities"],
 pub="2034-04-27")
