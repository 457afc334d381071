"""06: a webinar series season page (Markdown) of a Madeira (Funchal) sea and tourism cluster, episodes by quoted title,
speakers, a hybrid season finale and the earlier seasons."""
from h import *
eps = [((2033,10,13), "Whale watching without the crowd", "Dr. Filipa Gouveia Abreu, marine biologist, Oceanic Observatory of Madeira (OOM)",
        "How operators in Madeira, the Azores and the Canaries share sighting data to spread boats over the day, and what the new licensing rules mean for small firms."),
       ((2033,11,10), "Cruise ships and small islands", "Rui Nóbrega, Head of Port Operations, APRAM – Ports of Madeira; with Inés Cabrera Suárez, Puerto de la Cruz City Council",
        "Shore power, passenger flows and the money that stays on the island: two port cities compare their figures."),
       ((2033,12,15), "Decarbonising the marina", "Henrik Aaslund, CEO, NordHavn Marina Systems AS (Norway)",
        "Electric charging for leisure boats, solar pontoons and what a 300-berth marina can achieve in three years."),
       ((2034,1,19), "Diving tourism and marine protected areas", "Prof. Dr. Marta Figueira de Sousa, University of Madeira; Tomás Jardim, owner, Manta Diving Center",
        "Who pays for the protection of the Garajau reserve, and why divers accept higher fees when the data is shared."),
       ((2034,2,16), "Data from the sea: sensors for tourism", "Carla Drumond, project manager, ARDITI – Regional Agency for the Development of Research, Technology and Innovation",
        "Low-cost buoys for water quality and sea state on tourist beaches: results of the 2033 pilot."),
       ((2034,3,16), "Season finale: a blue tourism charter for Macaronesia", "Panel with the cluster's President, Duarte Freitas Pestana, and guests from the Azores and the Canary Islands",
        "The finale is hybrid: on site at the Madeira Tecnopolo in Funchal (limited to 60 seats) and online. A Madeira wine reception follows at 13:00 for those on site.")]
lines = []
for i, ((y, m, d), title, sp, ab) in enumerate(eps, 1):
    lines.append(f"### Episode {i} – “{title}”\n**{wd(y,m,d)}, {d} {mon(m)} {y} · 11:00–12:00 (Madeira / Lisbon time)**  \n"
                 f"Speaker(s): {sp}  \n{ab}\n\n[Register](#) · [Add to calendar](#)\n")
t = f"""[Home](/) / [Activities](/activities) / Blue Tourism Talks

# Blue Tourism Talks – Season 3 (2033/2034)

*Madeira Sea & Tourism Cluster · webinar series · free of charge · in English with Portuguese subtitles on the recordings*

One hour, one topic, once a month on a Thursday: the **Blue Tourism Talks** bring operators, researchers and public bodies
from Madeira and the other Macaronesian islands together around the practical questions of tourism at sea. Each episode has
a 25-minute talk, a short response from a member company and a moderated question round. The series is moderated by
**Sofia Camacho Vieira**, Cluster Manager of the Madeira Sea & Tourism Cluster (MSTC).

Season 3 runs from October 2033 to March 2034, with six episodes and a hybrid finale in Funchal.

## Episodes

{chr(10).join(lines)}
## Earlier seasons

- **Season 1 (2031/2032)** – six episodes on the recovery of nautical tourism; 1,150 registrations in total.
- **Season 2 (2032/2033)** – five episodes on skills and seasonality, closed by a live finale in Porto Santo on 23 March 2033.

All recordings are on the cluster's YouTube channel and in the [media library](/media).

## Partners of the series

The season is prepared with the Regional Secretariat for Economy of Madeira, Startup Madeira, the Azores tourism association
ACORES-TUR and the Canary Islands maritime cluster (Clúster Marítimo de Canarias). Episodes 4 and 5 are part of the
communication activities of the Interreg project BLUEMAC.

## Registration

Registration for each episode closes at 18:00 on the day before. You receive the Zoom link with the confirmation and a
reminder one hour before the start. If you register for the whole season, you are registered automatically for all six episodes.

Questions: talks@mstc.pt

---
*Madeira Sea & Tourism Cluster – Associação · Caminho da Penteada, 9020-105 Funchal · [Privacy](/privacy) · [Newsletter](/newsletter)*
"""
fn = 'blind65_06_madeira_blue_tourism_talks.md'
write(fn, t)
M = "Madeira Sea & Tourism Cluster"
ev = [E(f"Episode {i} – “{title}”", f"{y}-{m:02d}-{d:02d}", f"{y}-{m:02d}-{d:02d}", None if i < 6 else "Funchal", None if i < 6 else "Portugal") for i, ((y, m, d), title, sp, ab) in enumerate(eps, 1)]
gold(fn,
 [P("Sofia Camacho Vieira", "Cluster Manager", M), P("Filipa Gouveia Abreu", "marine biologist", "Oceanic Observatory of Madeira"),
  P("Rui Nóbrega", "Head of Port Operations", "APRAM – Ports of Madeira"), P("Inés Cabrera Suárez", None, "Puerto de la Cruz City Council"),
  P("Henrik Aaslund", "CEO", "NordHavn Marina Systems AS"), P("Marta Figueira de Sousa", None, "University of Madeira"),
  P("Tomás Jardim", "owner", "Manta Diving Center"), P("Carla Drumond", "project manager", "ARDITI – Regional Agency for the Development of Research, Technology and Innovation"),
  P("Duarte Freitas Pestana", "President", M)],
 [O(M, "MSTC"), O("Oceanic Observatory of Madeira", "OOM"), O("APRAM – Ports of Madeira"), O("Puerto de la Cruz City Council"),
  O("NordHavn Marina Systems AS"), O("University of Madeira"), O("Manta Diving Center"),
  O("ARDITI – Regional Agency for the Development of Research, Technology and Innovation"), O("Madeira Tecnopolo"),
  O("Regional Secretariat for Economy of Madeira"), O("Startup Madeira"), O("ACORES-TUR"), O("Clúster Marítimo de Canarias")],
 [E("Blue Tourism Talks – Season 3", "2033-10", "2034-03", None, None)] + ev +
 [E("Madeira wine reception", "2034-03-16", "2034-03-16", "Funchal", "Portugal"),
  E("Blue Tourism Talks – Season 1", "2031", "2032", None, None), E("Blue Tourism Talks – Season 2", "2032", "2033", None, None),
  E("Season 2 live finale", "2033-03-23", "2033-03-23", "Porto Santo", "Portugal")],
 ["2033/2034", "2033-10/2034-03", "2033-10-13", "2033-11-10", "2033-12-15", "2034-01-19", "2034-02-16", "2034-03-16",
  "2031/2032", "2032/2033", "2033-03-23", "2033"])
