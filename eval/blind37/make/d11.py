from common import *
doc = "save-the-dates-2036-nordic-baltic-bioeconomy-network.md"
write(doc, """
# Save the dates 2036 — Nordic-Baltic Bioeconomy Cluster Network

*Sent to members and partners on 15 December 2035 · Secretariat hosted by Hedmark Bioøkonomi Klynge AS, Hamar*

Dear members,

Thank you for a busy year: 11 joint events, 2 new members (from Kaunas and Joensuu) and the network's first project
under the Interreg Baltic Sea Region programme. Below are the dates we have fixed for 2036. Please block them in your
calendars; invitations with full programmes follow about six weeks before each event. Dates marked (tbc) may still
move.

— Karoline Bjørnstad Haugen, network coordinator, and Mikko Räsänen, chair of the steering group

## January – March

- **27 January** — Online: kick-off call for the 2036 working groups (10:00–11:30 CET)
- **10–12 February** — Joint stand at **Bioeconomy Fair Tampere** (Finland), hall B. Members can book a table until
  9 January.
- **March (tbc)** — Study tour to forest-based textile pilot plants in Värnamo and Örnsköldsvik, Sweden, 3 days

## April – June

- **22.04.2036** — **Steering group meeting**, Tallinn (hosted by EstBio Cluster MTÜ)
- **19–21 May** — **Nordic-Baltic Bioeconomy Forum 2036**, Kaunas, Lithuania. Annual conference with the general
  assembly of the network on the first afternoon (19 May). Call for speakers closes 28 February 2036.
- **June** — Summer webinar series "From side-stream to product" (four webinars, Thursdays, dates to follow)

## July – September

- **Summer break** — the secretariat is closed from 6 July to 2 August 2036.
- **8–9 September** — Matchmaking at **Baltic Food & Feed Days**, Riga, with the Enterprise Europe Network
- **29 September – 1 October** — **Joint mission to the Netherlands**: Wageningen, the Port of Rotterdam biohub and
  ScheldeBio partners (in cooperation with Innovation Norway and Business Finland)

## October – December

- **October 2036** — European Cluster Conference (date and city to be announced by the European Commission);
  the network will apply for a session
- **12 November** — Online webinar: results of the Interreg project "BioLoop BSR"
- **3 December** — **Steering group meeting** and Christmas get-together, Hamar, Norway

## Member news in brief

- EstBio Cluster MTÜ has a new managing director, Kertu Saar, since 1 November 2035.
- The Lithuanian member Baltic Biomass Cluster will host the 2036 Forum and asks members to send ideas for site
  visits around Kaunas by 31 January 2036.
- The network's working group on wood-based textiles published its first position paper in November 2035.

## Looking further

The **Nordic-Baltic Bioeconomy Forum 2037** will be held in Joensuu, Finland, in late May 2037. The network's
strategy 2034–2038 will be reviewed at mid-term in 2036; a survey will be sent to members in February.

Questions: secretariat@nbbn.example · Hedmark Bioøkonomi Klynge AS, Vangsvegen 10, Hamar, Norway

[Unsubscribe] · [Update your preferences] · [View in browser]
""")
gold(doc, "2035-12-15",
 [P("Karoline Bjørnstad Haugen","network coordinator","Nordic-Baltic Bioeconomy Cluster Network"),
  P("Mikko Räsänen","chair of the steering group","Nordic-Baltic Bioeconomy Cluster Network"),
  P("Kertu Saar","managing director","EstBio Cluster MTÜ")],
 [O("Nordic-Baltic Bioeconomy Cluster Network",None), O("Hedmark Bioøkonomi Klynge AS"), O("EstBio Cluster MTÜ"),
  O("Enterprise Europe Network"), O("Port of Rotterdam"), O("ScheldeBio"), O("Innovation Norway"), O("Business Finland"),
  O("European Commission"), O("Baltic Biomass Cluster")],
 [E("kick-off call for the 2036 working groups","2036-01-27",None,None,None),
  E("Bioeconomy Fair Tampere","2036-02-10","2036-02-12","Tampere","Finland"),
  E("Study tour to forest-based textile pilot plants","2036-03",None,"Värnamo, Örnsköldsvik","Sweden"),
  E("Steering group meeting","2036-04-22",None,"Tallinn","Estonia"),
  E("Nordic-Baltic Bioeconomy Forum 2036","2036-05-19","2036-05-21","Kaunas","Lithuania"),
  E("general assembly of the network","2036-05-19",None,"Kaunas","Lithuania"),
  E("Summer webinar series \"From side-stream to product\"","2036-06",None,None,None),
  E("Baltic Food & Feed Days","2036-09-08","2036-09-09","Riga","Latvia"),
  E("Joint mission to the Netherlands","2036-09-29","2036-10-01",None,"Netherlands"),
  E("European Cluster Conference","2036-10",None,None,None),
  E("Online webinar: results of the Interreg project \"BioLoop BSR\"","2036-11-12",None,None,None),
  E("Steering group meeting","2036-12-03",None,"Hamar","Norway"),
  E("Nordic-Baltic Bioeconomy Forum 2037","2037-05",None,"Joensuu","Finland")],
 ["2035-12-15","2036","2036-01-27","2036-02-10/2036-02-12","2036-01-09","2036-03","2036-04-22","2036-05-19/2036-05-21",
  "2036-05-19","2036-02-28","2036-06","2036-07-06/2036-08-02","2036-09-08/2036-09-09","2036-09-29/2036-10-01","2036-10",
  "2036-11-12","2036-12-03","2037-05","2034/2038","2036-02","2035-11-01","2036-01-31","2035-11"])
