from common import *
doc = "aviso-aplazamiento-CeramTech-Forum-EN.txt"
text(doc, """
NOTICE OF POSTPONEMENT

CeramTech Forum 2032 moves to 3–4 March 2033

Castelló de la Plana, 11 October 2032 – Posted by CERAMCAS Communication

Dear members, speakers and partners,

The Clúster Cerámico de Castellón – CERAMCAS regrets to announce that the CeramTech Forum 2032, originally
scheduled for 19–20 November 2032 at the Palau de Congressos de Castelló, has been postponed. The forum will now take
place on Thursday 3 and Friday 4 March 2033, at the same venue.

Why are we postponing?
The decision was taken by the Board of CERAMCAS on 9 October 2032. Several of our keynote speakers from the kiln and
burner industry are involved in the commissioning of the first hydrogen-ready kilns in the province, which has been
delayed to the second half of November. In addition, the Spanish Ministry of Industry and Tourism will publish the
new decarbonisation aid scheme for ceramics only in December 2032; the forum will now be able to present it in
detail.

"We prefer a forum with real results from the first hydrogen kilns to one with promises," said Vicente Llorens Ballester,
president of CERAMCAS. "The new date also allows us to link the forum with CEVISAMA week."

What happens to my registration?
• All registrations remain valid for the new dates. No action is needed.
• Participants who cannot attend on the new dates can request a full refund until 30 November 2032 by writing to
  forum@ceramcas.example.
• The early-bird rate is extended until 31 January 2033.

What about the speakers and the programme?
All confirmed keynote speakers have accepted the new date, including Dr. Giovanni Ferraresi, head of innovation at
Sassuolo Ceramic Valley Consortium, and Ana Belén Moliner, R&D director at Esmaltes Millars S.A. The B2B meetings
organised with the Enterprise Europe Network will also move to 4 March 2033. The updated programme will be published in
January 2033.

What stays as planned?
The technical workshop "Heat recovery in spray dryers" at the Instituto de Tecnología Cerámica (ITC) will take place
as planned on 20 November 2032, in a smaller format for 40 participants.

What is the forum about?
The forum brings together tile manufacturers, glaze and frit producers, kiln builders and research centres to discuss
how the ceramic industry can cut its gas consumption and emissions. The programme focuses on hydrogen-ready kilns,
electrification of dryers, heat recovery and the new emissions trading rules. With the new date, the organisers will
add a session on the first months of operation of the hydrogen kilns and a round table with energy suppliers.

Hotels
Partner hotels have confirmed that bookings can be moved free of charge. Please contact them directly before
15 November 2032.

We apologise for the inconvenience and thank you for your understanding.

Rosa Mª Sanchis Ortells
Cluster manager, Clúster Cerámico de Castellón – CERAMCAS
""")
gold(doc, "2032-10-11",
 [P("Vicente Llorens Ballester","president","CERAMCAS"), P("Giovanni Ferraresi","head of innovation","Sassuolo Ceramic Valley Consortium"),
  P("Ana Belén Moliner","R&D director","Esmaltes Millars S.A."), P("Rosa Mª Sanchis Ortells","Cluster manager","Clúster Cerámico de Castellón – CERAMCAS")],
 [O("Clúster Cerámico de Castellón – CERAMCAS","CERAMCAS"), O("Spanish Ministry of Industry and Tourism"),
  O("Sassuolo Ceramic Valley Consortium"), O("Esmaltes Millars S.A."), O("Enterprise Europe Network"),
  O("Instituto de Tecnología Cerámica","ITC")],
 [E("CeramTech Forum 2032","2033-03-03","2033-03-04","Castelló de la Plana","Spain"),
  E("Heat recovery in spray dryers","2032-11-20","2032-11-20",None,None),
  E("CEVISAMA week",None,None,None,None)],
 ["2033-03-03/2033-03-04","2032-10-11","2032-11-19/2032-11-20","2032-10-09","2032-11","2032-12","2032-11-30","2033-01-31",
  "2033-03-04","2033-01","2032-11-20","2032-11-15"], [])
