from h import *
F = 'g07_insubria_aerospace_digest.md'
assert wd(2037,6,2)=='Tuesday' and wd(2037,5,20)=='Wednesday' and wd(2037,6,17)=='Wednesday' and wd(2037,6,18)=='Thursday' and wd(2037,7,9)=='Thursday' and wd(2037,6,30)=='Tuesday'
T = """# The Insubria Aerospace Digest – June 2037

*Monthly news round-up of the Insubria Aerospace Cluster (IAC) · Varese, 2 June 2037 · compiled by Federica Sala*

[Web version](#) · [Members' area](#) · [Forward to a colleague](#)

---

## Top stories

### Supplier Day 2037: programme online

Our annual Supplier Day moves this year to the MV Agusta hangar at the Volandia park in Somma Lombardo, next to Malpensa airport. It runs over two days, Wednesday 17 and Thursday 18 June 2037, and brings together prime contractors, tier-one suppliers and the cluster's 84 small and medium-sized members.

**Wednesday 17 June**

- 09:30 Registration and coffee
- 10:00 Welcome – Andrea Bossi, President of the Insubria Aerospace Cluster, and the Mayor of Somma Lombardo, Laura Castiglioni
- 10:30 "Rotorcraft supply chains after the rate ramp-up" – Giovanni Lattuada, head of supply chain, Leonardo Helicopters, Vergiate
- 11:30 "Certification is a team sport" – keynote by Sophie Ahlgren (European Union Aviation Safety Agency, EASA)
- 14:00–17:30 B2B meetings between primes and SMEs (pre-booked)
- 19:30 Supplier dinner at Villa Bossi, Bodio Lomnago

**Thursday 18 June**

- 09:00–12:30 Company visits: Secondo Mona S.p.A. (Somma Lombardo) and Lucchini Compositi Aeronautici (Sesto Calende)
- 12:30 Closing lunch

Registration closes on 10 June. Places on the company visits are limited to 25 per site.

### Members report on the Paris trip

Nine cluster members travelled with us to the Paris Air Show at Le Bourget from 20 to 23 May 2037, the four trade days of the show. On Wednesday 20 May we co-hosted a reception with Aerospace Valley (France) and the Bavarian cluster bavAIRia e.V. (Germany) on the Italian pavilion. Francesco Zanzi, sales director of Microtecnica Insubre S.r.l., called it "the most useful two hours of the week".

## Open calls and deadlines

- **Lombardy aerospace innovation grants** – Regione Lombardia, Directorate-General for Enterprise and Labour: grants for joint R&D between at least two Lombard SMEs in aerostructures, MRO or drones. **Deadline: Tuesday 30 June 2037, 16:00.** Our cluster team can review draft proposals until 19 June.
- **Talent scholarships** – the cluster and Università degli Studi dell'Insubria offer six scholarships for master's students in aerospace engineering doing a thesis in a member company. **Deadline: 15 September 2037.**
- **Drone test corridor** – expressions of interest for flights in the test corridor over Lake Maggiore, managed by ENAC and the Province of Varese. Rolling call; the next evaluation round closes on 9 July 2037.

## Key takeaways from the May working group on sustainable aviation fuels

The working group met online on 12 May 2037 with 31 participants. Its coordinators, Chiara Brambilla and Luca Gervasini, summed up the discussion:

- SMEs need fuel-compatibility test data that today only the primes possess
- The cluster should map which members can qualify components for 100 % sustainable fuel
- A joint position paper will be sent to the Regione before the summer

## Member news

- **New members:** Aerotech Bregazzi S.r.l. (Gallarate), a maker of cable harnesses, and the drone start-up SkyLago (Luino), founded in 2035 by the co-founders Marta Ceriani and Paolo Ghiringhelli.
- **Anniversary:** the Istituto Tecnico Aeronautico "Francesco Baracca" in Busto Arsizio celebrates its 60th year and invites members to its open day on Saturday 6 June.
- **Appointment:** Roberta Macchi becomes managing director of Secondo Mona S.p.A. from 1 July 2037.

---

*Insubria Aerospace Cluster · Via Sacco 5, 21100 Varese · Tel. +39 0332 000000 · digest@iac.example.it*
*You are receiving this digest because you are a member or partner of the cluster. [Unsubscribe](#) · [Privacy](#)*
"""
write(F, T)
assert wd(2037,6,6)=='Saturday'
I = "Insubria Aerospace Cluster"
gold(F,
 [P("Federica Sala",None,None),
  P("Andrea Bossi","President",I),
  P("Laura Castiglioni","Mayor of Somma Lombardo",None),
  P("Giovanni Lattuada","head of supply chain","Leonardo Helicopters"),
  P("Sophie Ahlgren",None,"European Union Aviation Safety Agency"),
  P("Francesco Zanzi","sales director","Microtecnica Insubre S.r.l."),
  P("Chiara Brambilla","coordinator",None),
  P("Luca Gervasini","coordinator",None),
  P("Marta Ceriani","co-founder","SkyLago"),
  P("Paolo Ghiringhelli","co-founder","SkyLago"),
  P("Roberta Macchi","managing director","Secondo Mona S.p.A.")],
 [O(I,"IAC"), O("Leonardo Helicopters"), O("European Union Aviation Safety Agency","EASA"), O("Secondo Mona S.p.A."),
  O("Lucchini Compositi Aeronautici"), O("Aerospace Valley"), O("bavAIRia e.V."), O("Microtecnica Insubre S.r.l."),
  O("Regione Lombardia"), O("Directorate-General for Enterprise and Labour"), O("Università degli Studi dell'Insubria"),
  O("ENAC"), O("Province of Varese"), O("Aerotech Bregazzi S.r.l."), O("SkyLago"),
  O("Istituto Tecnico Aeronautico \"Francesco Baracca\"")],
 [E("Supplier Day 2037","2037-06-17","2037-06-18","Somma Lombardo","Italy"),
  E("B2B meetings","2037-06-17",None,"Somma Lombardo","Italy"),
  E("Supplier dinner","2037-06-17",None,"Bodio Lomnago","Italy"),
  E("Company visits","2037-06-18",None,"Somma Lombardo, Sesto Calende","Italy"),
  E("Paris Air Show","2037-05-20","2037-05-23","Le Bourget","France"),
  E("reception","2037-05-20",None,"Le Bourget","France"),
  E("working group on sustainable aviation fuels","2037-05-12",None,None,None),
  E("open day","2037-06-06",None,"Busto Arsizio","Italy")],
 ["2037-06","2037-06-02","2037-06-17/2037-06-18","2037-06-17","2037-06-18","2037-06-10","2037-05-20/2037-05-23",
  "2037-05-20","2037-06-30","2037-06-19","2037-09-15","2037-07-09","2037-05-12","2035","2037-06-06","2037-07-01"],
 ["SMEs need fuel-compatibility test data that today only the primes possess",
  "The cluster should map which members can qualify components for 100 % sustainable fuel",
  "A joint position paper will be sent to the Regione before the summer"],
 pub="2037-06-02")
