from common import *
doc = "summary_FashionTech-Brokerage-Milano-2031.md"
text(doc, """
# Summary report – FashionTech Brokerage Event Milano 2031

**Organised by:** Moda Lombarda Tech – Distretto della Moda Innovativa (MLT) and Enterprise Europe Network (SIMPLER consortium)
**Date and venue:** 24 February 2031, Superstudio Più, Milan, in parallel with Milano Fashion Week
**Report date:** 14/03/2031

## About the event

The FashionTech Brokerage Event connected fashion brands and textile manufacturers with technology providers in 3D
design, smart textiles, traceability and resale platforms. Meetings of 25 minutes were pre-arranged through an online
matchmaking tool between 12 January and 20 February 2031.

## Participation

| Indicator | Value |
|---|---|
| Registered organisations | 286 |
| Countries | 19 |
| Bilateral meetings held | 604 |
| Marketplace offers and requests | 172 |
| Cooperation agreements expected (survey) | 47 |

Top participating countries: Italy (121), Spain (28), Portugal (22), France (19), Netherlands (14), Germany (12).

## Programme highlights

- Opening by Chiara Bonfanti Visconti, president of MLT, and Marco De Luca, councillor for economic development of the
  Municipality of Milan
- Pitch session of 12 start-ups, moderated by Federica Sala, head of innovation at MLT
- Talk by Ricardo Almeida Neves, Chief Digital Officer at Têxteis Alvorada Lda, on digital product passports in practice
- Presentation of the "Made in Europe, Traced in Europe" label by Birgit Schöller, project officer, EISMEA

## Feedback from participants

An online survey was answered by 131 participants. Nine out of ten rated the organisation as good or very good, and
most would take part again. Participants appreciated the short meeting slots and the preparation by the advisors,
who checked profiles before the event and suggested matches. Less positive comments concerned the noise level in the
meeting hall and the limited time for the pitch session. Several technology providers asked for a separate slot with
large brands only.

## Success stories

Knitwear producer Maglificio Valseriana S.r.l. met the Dutch start-up Threadloop B.V.; they plan a pilot for take-back
of used garments in spring 2031. The Spanish dyeing company Tintes Ebro S.L. found two Italian partners for a Horizon Europe
proposal.

## Main outcomes

- Demand for traceability solutions exceeds the current supply of tested tools
- SMEs prefer short, focused meetings to large exhibitions during Fashion Week
- Follow-up support by EEN advisors is essential to turn meetings into contracts

## Next steps

EEN advisors will contact all participants for follow-up by the end of April 2031. The next edition is planned for
February 2032, again during Milano Fashion Week. A smaller online brokerage on textile recycling will take place on
16 October 2031.

*Contact: Lorenza Galimberti, EEN advisor, Unioncamere Lombardia – brokerage@mlt.example*
""")
gold(doc, "2031-03-14",
 [P("Chiara Bonfanti Visconti","president","MLT"), P("Marco De Luca","councillor for economic development","Municipality of Milan"),
  P("Federica Sala","head of innovation","MLT"), P("Ricardo Almeida Neves","Chief Digital Officer","Têxteis Alvorada Lda"),
  P("Birgit Schöller","project officer","EISMEA"), P("Lorenza Galimberti","EEN advisor","Unioncamere Lombardia")],
 [O("Moda Lombarda Tech – Distretto della Moda Innovativa","MLT"), O("Enterprise Europe Network","EEN"), O("SIMPLER consortium"),
  O("Municipality of Milan"), O("Têxteis Alvorada Lda"), O("EISMEA"), O("Maglificio Valseriana S.r.l."), O("Threadloop B.V."),
  O("Tintes Ebro S.L."), O("Unioncamere Lombardia")],
 [E("FashionTech Brokerage Event Milano 2031","2031-02-24","2031-02-24","Milan","Italy"),
  E("Milano Fashion Week",None,None,"Milan","Italy"),
  E("next edition","2032-02","2032-02",None,None),
  E("online brokerage on textile recycling","2031-10-16","2031-10-16",None,None)],
 ["2031-02-24","2031-03-14","2031-01-12/2031-02-20","2031","2031-04","2032-02","2031-10-16"],
 ["Demand for traceability solutions exceeds the current supply of tested tools",
  "SMEs prefer short, focused meetings to large exhibitions during Fashion Week",
  "Follow-up support by EEN advisors is essential to turn meetings into contracts"])
