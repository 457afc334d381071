from common import *
fn = "news_departure-directrice-interim-biomer.md"
write_txt(fn, """
[Accueil](/) / [Actualités](/actualites) / Gouvernance

# Gwenaëlle Le Bihan leaves BioMer Bretagne – Yannick Kerjean appointed interim director

**News · Governance** | Published 2 October 2031 | by the BioMer Bretagne team

After nine years at the head of **BioMer Bretagne**, the marine biotechnology cluster of Brittany, director
**Gwenaëlle Le Bihan** will leave the association on 31 October 2031. She has been appointed deputy director
general in charge of innovation at the **Agence Régionale d'Innovation de Bretagne Sud (ARIBS)** from 1 November 2031.

During her mandate the cluster grew from 38 to 117 members – algae producers, cosmetics and nutraceutical
companies, laboratories of the **Station Biologique de Roscoff** and of **Ifremer**, and the marine
biotech platform of **Université de Bretagne Occidentale (UBO)**. She launched the *Algues d'Armor* value-chain
programme in 2025, steered the cluster through two EU projects and organised three editions of the Blue Bioeconomy
Days in Brest.

## Interim arrangement

The Board of Directors met on 29 September 2031 and decided on the following interim arrangement until a new
director is recruited:

- **Yannick Kerjean**, currently head of projects at BioMer Bretagne, becomes **interim director** from
  1 November 2031. He will represent the cluster externally and manage the team of eight.
- **Maëlle Guézennec**, finance and administration officer, receives delegated signing authority for
  expenditure up to EUR 20,000, jointly with the Treasurer.
- The President, **Dr. Hervé Ollivier** (CEO of AlgoSanté SAS, Lannion), will chair a selection committee with
  **Isabelle Quéré** (Vice-President, Laboratoires Penn-Ar-Mor) and **Jean-Baptiste de Kersauson** (Treasurer,
  Banque Côtière d'Armor).

The vacancy notice for the permanent director will be published on 6 October 2031; applications close on
15 November 2031, and the Board expects to appoint the new director in January 2032.

## "A cluster that now speaks with one voice"

"Gwenaëlle turned a network of researchers and small algae farms into a cluster that speaks with one voice to
the Region, to Paris and to Brussels," said President Hervé Ollivier. "On behalf of all members, I thank her
warmly. We are glad she stays in the Breton innovation ecosystem."

Le Bihan said: "Leaving is hard, but the team is strong. Yannick knows every member and every project; the
transition will be smooth." She will say goodbye to members at the cluster's autumn meeting on 23 October 2031 at
the Océanopolis conference centre in Brest.

Yannick Kerjean joined BioMer Bretagne in 2026 from the **Pôle Mer Bretagne Atlantique**-type network?
""".replace("from the **Pôle Mer Bretagne Atlantique**-type network?\n", """from the seaweed start-up **Kelpia SAS**, where he was
operations manager. He holds a PhD in marine biology from UBO.

## Other team changes

- **Soizic Morvan** (communication officer) returns from parental leave on 4 November 2031.
- **Ronan Pennec** has joined as project officer for the EU project *SEAFEED*, which BioMer Bretagne coordinates.

---

**Contact:** Yannick Kerjean, interim director · direction@biomer-bretagne.example

Share: LinkedIn · Facebook · E-mail

*Related news*
- 14.09.2031 – BioMer Bretagne at the North Atlantic Seaweed Forum
- 02.07.2031 – Five new members join the cluster
"""))
C="BioMer Bretagne"
gold(fn, "2031-10-02",
 [P("Gwenaëlle Le Bihan","deputy director general in charge of innovation","Agence Régionale d'Innovation de Bretagne Sud"),
  P("Yannick Kerjean","interim director",C),
  P("Maëlle Guézennec","finance and administration officer",C),
  P("Hervé Ollivier","President",C),
  P("Isabelle Quéré","Vice-President",C),
  P("Jean-Baptiste de Kersauson","Treasurer",C),
  P("Soizic Morvan","communication officer",C),
  P("Ronan Pennec","project officer",C)],
 [O("BioMer Bretagne"), O("Agence Régionale d'Innovation de Bretagne Sud","ARIBS"),
  O("Station Biologique de Roscoff"), O("Ifremer"), O("Université de Bretagne Occidentale","UBO"),
  O("AlgoSanté SAS"), O("Laboratoires Penn-Ar-Mor"), O("Banque Côtière d'Armor"), O("Kelpia SAS")],
 [E("Board of Directors meeting","2031-09-29","2031-09-29",None,None),
  E("autumn meeting","2031-10-23","2031-10-23","Brest","France"),
  E("North Atlantic Seaweed Forum",None,None,None,None)],
 ["2031-10-02","2031-10-31","2031-11-01","2025","2031-09-29","2031-10-06","2031-11-15","2032-01","2031-10-23","2026","2031-11-04","2031-09-14","2031-07-02"],
 [])
