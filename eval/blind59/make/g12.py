from h import *
F = 'girona_meattech_b2b_matchmaking_2033.md'
T = f"""[Inici](/) | [El clúster](/cluster) | [Activitats](/activitats) | **B2B 2033** | [Contacte](/contacte) | CA · ES · EN

# MeatTech B2B Girona 2033 – international matchmaking for the meat and food processing industry

**{wd(2033,3,23)} 23 March 2033 · Girona, Palau de Fires · 09:00–17:30**

Organised by the **Clúster Carni de Girona** (CCG) and **ACCIÓ – Catalan Agency for Business Competitiveness**, in cooperation with **Enterprise Europe Network Catalonia** and the **Girona Chamber of Commerce** (Cambra de Comerç de Girona).

MeatTech B2B is a one-day brokerage event for meat processors, food machinery makers, packaging and ingredient suppliers, research centres and investors. Participants publish a short profile, browse the profiles of others and book pre-scheduled face-to-face meetings of 25 minutes. The event takes place on the first day of the **Fira Alimentària de les Comarques Gironines** (23–25 March 2033), and every participant also has free access to the fair.

## Why take part?

- Meet up to 12 potential partners in one day, without travelling to each of them.
- Find suppliers of automation, hygiene and packaging solutions ready for the new EU rules on plastic.
- Present your technology offer or request on the Enterprise Europe Network platform and reach companies from more than 15 countries.
- Join the "Innovation corner" with pitches of 8 start-ups selected by the cluster.

In 2031 the first edition brought together 164 participants from 11 countries, who held 402 meetings. A follow-up survey six months later reported 38 agreements under negotiation and 11 signed contracts.

## Programme

| Time | Activity |
|---|---|
| 08:30 | Registration and welcome coffee |
| 09:00 | Welcome: Carles Vilaró i Puig, President of the Clúster Carni de Girona, and Dr. Mercè Soler-Bosch, Director of International Networks, ACCIÓ |
| 09:30 | Keynote: "Automation in small meat plants" – Prof. Dr. Bernd Oosterhuis-Klein, Wageningen Food & Biobased Research |
| 10:15 | B2B meetings – session 1 |
| 13:00 | Networking lunch (Catalan products) |
| 14:00 | B2B meetings – session 2 |
| 15:30 | Innovation corner: start-up pitches, moderated by Laia Casadevall, innovation manager, Clúster Carni de Girona |
| 17:00 | Visit to the fair and closing drinks at the cluster stand |

## Key dates

- **Registration opens:** {wd(2033,1,16)} 16 January 2033
- **Deadline for profiles:** {wd(2033,3,9)} 9 March 2033
- **Meeting requests:** from 1 March to 20 March 2033
- **Schedules sent to participants:** 21 March 2033

Profiles published after 9 March 2033 may not be visible to all participants. Meeting requests are accepted or declined by the participants themselves; the organisers do not assign meetings.

## Practical information

**Venue:** Palau de Fires de Girona, Passeig de la Devesa 34–36, 17001 Girona. The meetings take place in Hall 2, tables are numbered and marked with the flags of the participants' countries.

**Getting there:** Girona–Costa Brava airport is 13 km away; the high-speed train from Barcelona takes 38 minutes and from Perpignan 25 minutes. The venue is a 15-minute walk from Girona station. Free parking is available in the Devesa car park for registered participants.

**Fees:** participation is free for companies and organisations. Lunch is offered by the organisers. Travel and accommodation are at the participants' expense; a list of hotels with special rates is available on the event page.

**Languages:** the meetings are held in English, Catalan, Spanish or French, depending on the participants. Interpreters for German and Italian can be booked until 10 March 2033 at a cost of EUR 40 per meeting.

**Support for foreign participants:** partners of Enterprise Europe Network from other countries can accompany their clients and help to prepare the meetings. Please contact the local EEN partner in your region.

**Accessibility:** the venue is fully accessible. Please tell us about special needs in the registration form.

**Cancellation:** if you cannot attend, cancel your meetings on the platform as early as possible so that your partners can plan their day.

## Organising team

- Laia Casadevall, innovation manager, Clúster Carni de Girona – laia.casadevall@clustercarni.example
- Jordi Pagès Mir, EEN adviser, ACCIÓ – +34 93 000 00 00
- Sophie Delattre, EEN adviser, CCI Occitanie (for participants from France)

## Also in 2033

The cluster will also take part in the **Meat Innovation Days** in Kulmbach (Germany) on 14–15 June 2033. A joint stand at **IFFA** in Frankfurt am Main, the leading fair for the meat processing industry, is planned for 2034, and the call for co-exhibitors will be published in the autumn. Members interested in a joint trip to Kulmbach can contact the cluster office before 30 April 2033.

---
Clúster Carni de Girona · Parc Científic i Tecnològic de la Universitat de Girona, Edifici Jaume Casademont, 17003 Girona · [Avís legal](/legal) · [Política de galetes](/cookies)

This event is co-financed by the European Union through the Single Market Programme (Enterprise Europe Network).
"""
write(F, T)
gold(F,
 [P('Carles Vilaró i Puig', 'President', 'Clúster Carni de Girona'),
  P('Mercè Soler-Bosch', 'Director of International Networks', 'ACCIÓ'),
  P('Bernd Oosterhuis-Klein', None, 'Wageningen Food & Biobased Research'),
  P('Laia Casadevall', 'innovation manager', 'Clúster Carni de Girona'),
  P('Jordi Pagès Mir', 'EEN adviser', 'ACCIÓ'),
  P('Sophie Delattre', 'EEN adviser', 'CCI Occitanie')],
 [O('Clúster Carni de Girona', 'CCG'), O('ACCIÓ – Catalan Agency for Business Competitiveness', 'ACCIÓ'),
  O('Enterprise Europe Network Catalonia'), O('Girona Chamber of Commerce'), O('Wageningen Food & Biobased Research'),
  O('CCI Occitanie'), O('Parc Científic i Tecnològic de la Universitat de Girona'), O('Enterprise Europe Network', 'EEN')],
 [E('MeatTech B2B Girona 2033', '2033-03-23', '2033-03-23', 'Girona', 'Spain'),
  E('Fira Alimentària de les Comarques Gironines', '2033-03-23', '2033-03-25', 'Girona', 'Spain'),
  E('Innovation corner', '2033-03-23', '2033-03-23', 'Girona', 'Spain'),
  E('MeatTech B2B Girona (2031 edition)', '2031', '2031', None, None),
  E('Meat Innovation Days', '2033-06-14', '2033-06-15', 'Kulmbach', 'Germany'),
  E('IFFA', '2034', '2034', 'Frankfurt am Main', 'Germany')],
 ['2033-03-23', '2033-03-23/2033-03-25', '2031', '2033-01-16', '2033-03-09', '2033-03-01/2033-03-20', '2033-03-21', '2033-03-10',
  '2033', '2033-06-14/2033-06-15', '2034', '2033-04-30'],
 [])
