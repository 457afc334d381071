from common import *
doc = "call-matchmaking-mission-japan-wood-2031.txt"
text(doc, """
LesGrad – Slovenian Wood Construction Cluster
Call for participation

MATCHMAKING MISSION TO JAPAN: TIMBER BUILDINGS AND WOOD INTERIORS
Osaka and Kyoto, 10–14 November 2031

Submitted by LesGrad secretariat on 2 June 2031

LesGrad – Slovenian Wood Construction Cluster, together with the Slovenian Business Club Tokyo and the
Enterprise Europe Network partner at the Chamber of Commerce and Industry of Slovenia (GZS), invites cluster members and
other Slovenian SMEs to apply for a matchmaking mission to Japan. The mission is co-financed by SPIRIT Slovenia, the
public agency for entrepreneurship and internationalisation, and is open to up to 12 companies.

Who can apply?
- SMEs producing cross-laminated timber, glulam, windows, wooden interiors or prefabricated modules
- Architects and engineering offices specialised in timber construction
- Companies with at least one English-speaking representative and export experience in the EU

Programme (draft)
Day 1 – Monday 10 November: arrival in Osaka, briefing at the EU–Japan Centre for Industrial Cooperation
Day 2 – Tuesday 11 November: Japan Timber Business Forum (Osaka), pitches of the Slovenian delegation
Day 3 – Wednesday 12 November: pre-arranged B2B meetings with Japanese general contractors and importers
Day 4 – Thursday 13 November: visit of a timber high-rise construction site in Kyoto and the Kyoto Wood Lab
Day 5 – Friday 14 November: individual meetings, return flights

Why Japan?
Japan is opening its building regulations to mid-rise and high-rise timber construction, and public buildings must
use domestic or imported wood where possible. Japanese contractors are looking for European know-how in
cross-laminated timber, fire safety of wooden structures and prefabrication. Slovenian companies have strong
references in these fields but are still little known in the Japanese market. The mission is designed to give each
company at least eight qualified meetings.

Costs
Participation fee of EUR 900 per company (one person). Flights and accommodation are paid by the participants;
SPIRIT Slovenia reimburses 50% of travel costs for eligible SMEs.

Deadlines
- First cut-off: 30 June 2031, 23:59 CET
- Second cut-off (only if places are left): 31 July 2031
- Notification of selected companies: within two weeks after each cut-off
- Company profiles for the matchmaking catalogue: by 15 September 2031

Preparatory webinar
All selected companies must attend the online preparatory webinar "Doing business in Japan's construction market"
on 7 October 2031, 9:00–11:00, with Yuki Tanabe, senior consultant, EU–Japan Centre for Industrial Cooperation, and
Matej Kovačič, honorary president of the Slovenian Business Club Tokyo.

Selection criteria
Export readiness (40%), fit with Japanese demand (40%), sustainability credentials (20%). The selection committee
consists of representatives of LesGrad, GZS and SPIRIT Slovenia.

Previous missions
LesGrad organised missions to Canada (Vancouver, September 2029) and to Norway (Oslo, 3–5 May 2030). The mission to
Norway led to four supply contracts.

Contact
Nina Potočnik Zupan, international projects manager, LesGrad
nina.potocnik@lesgrad.example | +386 1 000 00 00

Alojz Hribar, cluster director, LesGrad

Share: LinkedIn | E-mail | Print
""")
gold(doc, "2031-06-02",
 [P("Yuki Tanabe","senior consultant","EU–Japan Centre for Industrial Cooperation"),
  P("Matej Kovačič","honorary president","Slovenian Business Club Tokyo"),
  P("Nina Potočnik Zupan","international projects manager","LesGrad"), P("Alojz Hribar","cluster director","LesGrad")],
 [O("LesGrad – Slovenian Wood Construction Cluster","LesGrad"), O("Slovenian Business Club Tokyo"), O("Enterprise Europe Network"),
  O("Chamber of Commerce and Industry of Slovenia","GZS"), O("SPIRIT Slovenia"), O("EU–Japan Centre for Industrial Cooperation"),
  O("Kyoto Wood Lab")],
 [E("MATCHMAKING MISSION TO JAPAN: TIMBER BUILDINGS AND WOOD INTERIORS","2031-11-10","2031-11-14","Osaka, Kyoto","Japan"),
  E("Japan Timber Business Forum","2031-11-11","2031-11-11","Osaka","Japan"),
  E("Doing business in Japan's construction market","2031-10-07","2031-10-07",None,None),
  E("mission to Canada","2029-09","2029-09","Vancouver","Canada"),
  E("mission to Norway","2030-05-03","2030-05-05","Oslo","Norway")],
 ["2031-11-10/2031-11-14","2031-06-02","2031-11-10","2031-11-11","2031-11-12","2031-11-13","2031-11-14",
  "2031-06-30","2031-07-31","2031-09-15","2031-10-07","2029-09","2030-05-03/2030-05-05"], [])
