from h import *
F = 'g14.md'
assert wd(2041,4,3)=='Wednesday' and wd(2041,4,16)=='Tuesday' and wd(2041,5,9)=='Thursday' and wd(2041,4,25)=='Thursday' and wd(2041,3,27)=='Wednesday'
T = """**CYPRUS MARITIME & ENERGY CLUSTER – FUNDING BRIEF No. 27 | April 2041**

[View in browser](#) · [Forward to a colleague](#) · [Unsubscribe](#)

---

*Limassol, 3 April 2041*

Dear members and friends,

Spring is always the busiest season for calls, and this April is no exception: three national schemes and two
European calls close before the summer, and the Research and Innovation Foundation has just published the
results of its autumn round. Below you will find our usual digest, the dates of the info sessions we run with
our partners, and a short report from the webinar on the cluster partnership call.

*— Andreas Christoforou, Cluster Manager, Cyprus Maritime & Energy Cluster (CMEC)*

---

## 1. Calls closing soon

| Call | Funder | Max. grant | Deadline |
|---|---|---|---|
| Innovate Cyprus – SME innovation vouchers | Research and Innovation Foundation (RIF) | EUR 20,000 | 30 April 2041 |
| Green Shipping Retrofit Scheme | Shipping Deputy Ministry | EUR 150,000 | 15 May 2041 |
| Blue Growth Start-up Grant | Ministry of Energy, Commerce and Industry | EUR 80,000 | 6 June 2041 |
| Cluster partnerships, third cut-off | EISMEA | EUR 1.5 million (consortium) | 12 June 2041 |
| Mission Ocean lighthouse calls | European Commission | varies | 17 September 2041 |

**Tip:** the RIF voucher call is first-come, first-served. Last year the budget was used up in 19 days.

## 2. Results: RIF "Co-Develop" autumn round

The Research and Innovation Foundation announced on 28 March 2041 the 16 projects selected in the autumn round
of the "Co-Develop" programme. Four of them are led by CMEC members:

- **SeaSense** – coordinated by Marinetech Solutions Ltd (coordinator: Eleni Georgiou), with the Cyprus
  University of Technology; 30 months.
- **H2Port** – coordinated by Limassol Port Services Ltd (coordinator: Michalis Antoniou), with the University
  of Cyprus and the Cyprus Energy Agency; 36 months.
- **SolarDesal** – coordinated by AquaSol Cyprus Ltd (coordinator: Stella Pavlou), with the CyI – The Cyprus
  Institute; 24 months.
- **CrewSkills VR** – coordinated by Nautica Training Centre (coordinator: Yiannis Hadjikyriakou), with the
  Cyprus Marine Academy; 18 months.

Congratulations to all teams! The cluster will present the four projects at the members' meeting in June.

## 3. Webinar report: "Cluster partnerships – what evaluators want"

On Wednesday 27 March 2041 around 70 participants from nine countries joined our webinar with the Greek
cluster network Corallia and the Maltese Malta Marittima Agency. Speakers were Katerina Ioannou (National
Contact Point for the Single Market Programme, RIF), Dimitris Kontos (Head of Cluster Programmes, Corallia)
and Joseph Grech (CEO, Malta Marittima Agency).

**Key takeaways**

- Evaluators read the SME support scheme first: make the number of SMEs, the amounts and the selection process concrete.
- A partnership of four well-matched clusters scores better than one of eight loosely connected ones.
- Show how the partnership continues after the EU funding ends, with a budget line and named responsibilities.
- Use the ECCP partner search early: most consortia were closed six weeks before the last deadline.

The recording is available for members in the [members' area](#).

## 4. Upcoming info sessions

- **Tuesday 16 April 2041, 10:00–12:00** – Info session on the Green Shipping Retrofit Scheme, with the Shipping
  Deputy Ministry, at the Limassol Chamber of Commerce and Industry, Limassol.
- **Thursday 25 April 2041, 16:00–17:00** – Online clinic: RIF vouchers, last questions (CMEC and RIF).
- **Thursday 9 May 2041, 09:30–14:00** – Blue Growth Matchmaking Day, Cyprus University of Technology,
  Limassol. B2B meetings with start-ups, shipping companies and investors; register by 2 May 2041.

## 5. From the network

- The **Mediterranean Cluster Network (MedClusNet)** holds its general assembly in Valletta on 22–23 May 2041.
- The **European Cluster Alliance** has launched a survey on the future of cluster funding after 2041; it is
  open until 30 April.
- Our member **Petrolina Energy Ltd** joined the board of the Cyprus Energy Agency.

## 6. Member news

**Marinetech Solutions Ltd** has opened a test basin for underwater sensors in Ypsonas and invites members to book
test days at a reduced rate until the end of June. **Hydrowave Labs**, one of our newest members, won the third
prize at the Blue Invest pitching competition in Brussels in March. And a reminder: the cluster's annual members'
survey on funding needs is still open; so far 48 of our 112 members have answered. The results shape the topics of
our info sessions in the autumn, so please take ten minutes to fill it in.

## 7. Welcome to our new members

Levant Subsea Ltd · OceanData Analytics · Pafos Boatyard Ltd · Hydrowave Labs

---

**Cyprus Maritime & Energy Cluster (CMEC)**
Franklin Roosevelt 1, 3011 Limassol, Cyprus · funding@cmec.example.cy · +357 25 000 270

Funding team: Andreas Christoforou (Cluster Manager) · Natalia Solomou (Funding Officer)

You are receiving this newsletter because you are a member or subscribed on our website. [Update preferences](#)
"""
write(F, T)
gold(F,
 [P("Andreas Christoforou","Cluster Manager","Cyprus Maritime & Energy Cluster"),
  P("Eleni Georgiou","coordinator","Marinetech Solutions Ltd"),
  P("Michalis Antoniou","coordinator","Limassol Port Services Ltd"),
  P("Stella Pavlou","coordinator","AquaSol Cyprus Ltd"),
  P("Yiannis Hadjikyriakou","coordinator","Nautica Training Centre"),
  P("Katerina Ioannou","National Contact Point for the Single Market Programme","RIF"),
  P("Dimitris Kontos","Head of Cluster Programmes","Corallia"),
  P("Joseph Grech","CEO","Malta Marittima Agency"),
  P("Natalia Solomou","Funding Officer","Cyprus Maritime & Energy Cluster")],
 [O("Cyprus Maritime & Energy Cluster","CMEC"), O("Research and Innovation Foundation","RIF"),
  O("Shipping Deputy Ministry"), O("Ministry of Energy, Commerce and Industry"), O("EISMEA"),
  O("European Commission"), O("Marinetech Solutions Ltd"), O("Cyprus University of Technology"),
  O("Limassol Port Services Ltd"), O("University of Cyprus"), O("Cyprus Energy Agency"),
  O("AquaSol Cyprus Ltd"), O("CyI – The Cyprus Institute","CyI"), O("Nautica Training Centre"),
  O("Cyprus Marine Academy"), O("Corallia"), O("Malta Marittima Agency"),
  O("Limassol Chamber of Commerce and Industry"), O("Mediterranean Cluster Network","MedClusNet"),
  O("European Cluster Alliance"), O("ECCP"), O("Petrolina Energy Ltd"), O("Levant Subsea Ltd"), O("OceanData Analytics"),
  O("Pafos Boatyard Ltd"), O("Hydrowave Labs")],
 [E("members' meeting","2041-06"),
  E("Cluster partnerships – what evaluators want","2041-03-27"),
  E("Info session on the Green Shipping Retrofit Scheme","2041-04-16",None,"Limassol","Cyprus"),
  E("Online clinic: RIF vouchers, last questions","2041-04-25"),
  E("Blue Growth Matchmaking Day","2041-05-09",None,"Limassol","Cyprus"),
  E("B2B meetings","2041-05-09",None,"Limassol","Cyprus"),
  E("general assembly","2041-05-22","2041-05-23","Valletta","Malta"),
  E("Blue Invest pitching competition","2041-03",None,"Brussels","Belgium")],
 ["2041-04","2041-04-03","2041-04-30","2041-05-15","2041-06-06","2041-06-12","2041-09-17","2041-03-28",
  "2041-06","2041-03-27","2041-04-16","2041-04-25","2041-05-09","2041-05-02","2041-05-22/2041-05-23","2041","2041-03"],
 ["Evaluators read the SME support scheme first: make the number of SMEs, the amounts and the selection process concrete",
  "A partnership of four well-matched clusters scores better than one of eight loosely connected ones",
  "Show how the partnership continues after the EU funding ends, with a budget line and named responsibilities",
  "Use the ECCP partner search early: most consortia were closed six weeks before the last deadline"],
 pub="2041-04-03")
