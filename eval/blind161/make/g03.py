from h import *
F = 'g03_waldviertel_timber_days_2038.md'
assert wd(2038,9,22)=='Wednesday' and wd(2038,9,23)=='Thursday' and wd(2038,9,21)=='Tuesday' and wd(2038,9,9)=='Thursday'
T = """# Waldviertel Timber Days 2038 – invitation and programme

*Holzcluster Waldviertel · Event announcement · posted 2 June 2038*

**22–23 September 2038 · Zwettl (Lower Austria) · Stadtsaal and Stift Zwettl**

The Holzcluster Waldviertel, together with ecoplus – the business agency of Lower Austria, invites companies, architects, foresters and researchers to the eighth Waldviertel Timber Days. This year's motto is **"Building with small wood"**: how thin logs, damaged spruce and hardwood from climate-stressed forests can still become houses, furniture and packaging.

The event is part of the cross-border partnership with the South Bohemian wood cluster and is supported by the Interreg Austria–Czechia programme. Simultaneous interpretation German–Czech–English is provided in the main hall.

## Programme

### Tuesday 21 September – arrival

- 18:00 Welcome reception for speakers and cross-border guests at the Zwettl town hall, hosted by mayor Franziska Hödl-Wagner

### Wednesday 22 September

- 09:00 Registration
- 09:30 Opening: Leopold KAINRATH, chairman of the Holzcluster Waldviertel; Mag. Susanne Reith-Obermayr, Head of the Economic Department of the Lower Austrian Provincial Government
- 10:00 Keynote "Forests at the end of the century: what will we still be able to saw?" – Prof. Dr. Georg Hintermüller (BOKU University, Austria)
- 10:45 "Small diameter, big ideas: glued laminated timber from thinnings" – Ing. Petra Čermáková (Dřevařský klastr Jihočeský kraj, Czech Republic)
- 11:30 Company pitches: six members present new products
- 12:30 Lunch in the monastery courtyard
- 14:00 Parallel workshops: (A) hardwood in construction, (B) wooden packaging after the plastic ban, (C) skills and apprenticeships
- 16:30 Matchmaking with the Enterprise Europe Network Austria (pre-booked meetings, 20 minutes each)
- 19:30 Timber Days dinner in the Stiftskeller

### Thursday 23 September

- 08:30 Bus departure from the Stadtsaal
- 09:00 Company visit: Sägewerk Haslinger & Söhne, Rappottenstein
- 11:00 Visit to the timber house prototype of the Fachhochschule Wiener Neustadt, campus Zwettl
- 13:00 Lunch and end of the event

## Past editions

- 2031 – Gmünd, 15–16 September
- 2032 – Waidhofen an der Thaya, 21–22 September
- 2033 – Horn, 13–14 September
- 2034 – Zwettl, 18–19 September
- 2035 – České Budějovice (Czechia), 24–25 September
- 2036 – Gmünd, 16–17 September
- 2037 – Krems an der Donau, 15–16 September

## Key takeaways from 2037

At the end of last year's edition in Krems the participants agreed on three points, which shaped this year's programme:

1. The region must stop selling damaged wood as firewood when it could be used in engineered products
2. Cross-border supply chains with South Bohemia are more efficient than two separate regional ones
3. Apprentices should spend at least one week in a partner company on the other side of the border

## Practical information

- **Fee:** 120 euros (members), 190 euros (non-members), including lunches and dinner; students free
- **Registration:** until Thursday 9 September 2038 on the cluster website
- **Hotels:** a contingent is reserved in Zwettl until 1 September 2038
- **Contact:** Christoph Gaßner, cluster manager, gassner@holzcluster-wv.example.at, +43 2822 00 00

## About the organisers

The Holzcluster Waldviertel was founded in 2014 and today brings together 87 sawmills, carpenters, furniture makers, planners and schools from the districts of Zwettl, Gmünd, Horn and Waidhofen an der Thaya. Its office is run by a team of three in Zwettl. Since 2033 the cluster has worked closely with its South Bohemian partner on joint training and trade fair stands.

The Timber Days are organised with the support of the Province of Lower Austria and the Waldviertler Sparkasse Bank AG.

*Share:* LinkedIn · Facebook · E-mail
"""
write(F, T)
C = "Holzcluster Waldviertel"
ed = [("2031-09-15","2031-09-16","Gmünd","Austria"),("2032-09-21","2032-09-22","Waidhofen an der Thaya","Austria"),
      ("2033-09-13","2033-09-14","Horn","Austria"),("2034-09-18","2034-09-19","Zwettl","Austria"),
      ("2035-09-24","2035-09-25","České Budějovice","Czechia"),("2036-09-16","2036-09-17","Gmünd","Austria"),
      ("2037-09-15","2037-09-16","Krems an der Donau","Austria")]
gold(F,
 [P("Franziska Hödl-Wagner","mayor",None),
  P("Leopold KAINRATH","chairman",C),
  P("Susanne Reith-Obermayr","Head of the Economic Department","Lower Austrian Provincial Government"),
  P("Georg Hintermüller",None,"BOKU University"),
  P("Petra Čermáková",None,"Dřevařský klastr Jihočeský kraj"),
  P("Christoph Gaßner","cluster manager",C)],
 [O(C), O("ecoplus"), O("Lower Austrian Provincial Government"), O("BOKU University"), O("Dřevařský klastr Jihočeský kraj"),
  O("Enterprise Europe Network Austria"), O("Sägewerk Haslinger & Söhne"), O("Fachhochschule Wiener Neustadt"),
  O("Province of Lower Austria"), O("Waldviertler Sparkasse Bank AG")],
 [E("Waldviertel Timber Days","2038-09-22","2038-09-23","Zwettl","Austria"),
  E("Welcome reception","2038-09-21",None,"Zwettl","Austria"),
  E("Matchmaking with the Enterprise Europe Network Austria","2038-09-22",None,"Zwettl","Austria"),
  E("Timber Days dinner","2038-09-22",None,"Zwettl","Austria"),
  E("Company visit: Sägewerk Haslinger & Söhne","2038-09-23",None,"Rappottenstein","Austria"),
  E("Visit to the timber house prototype","2038-09-23",None,"Zwettl","Austria")]
 + [E("Waldviertel Timber Days",s,e,c,k) for s,e,c,k in ed],
 ["2038-06-02","2014","2033","2038-09-22/2038-09-23","2038-09-21","2038-09-22","2038-09-23"]
 + [f"{s}/{e}" for s,e,c,k in ed] + ["2038-09-09","2038-09-01"],
 ["The region must stop selling damaged wood as firewood when it could be used in engineered products",
  "Cross-border supply chains with South Bohemia are more efficient than two separate regional ones",
  "Apprentices should spend at least one week in a partner company on the other side of the border"],
 pub="2038-06-02")
