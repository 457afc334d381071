from h import *
F = 'g02_tidewater_almada_partner_meeting.md'
assert wd(2036,5,19)=='Monday' and wd(2036,5,20)=='Tuesday' and wd(2036,5,21)=='Wednesday' and wd(2036,11,12)=='Wednesday'
T = """# TIDEWATER third partner meeting – Almada, 19–21 May 2036

*Project news · Interreg Europe · posted 28 May 2036 by the TIDEWATER communication team*

The third interregional meeting of **TIDEWATER** (Tidal and estuarine clusters for a just blue transition), an Interreg Europe project on policies for estuary-based maritime clusters, took place in Almada on the south bank of the Tagus from 19 to 21 May 2036. The host was the Município de Almada together with the Fórum Oceano – Associação da Economia do Mar, the Portuguese maritime cluster organisation.

Twenty-six representatives of the eight partners attended in person, and two joined online from Cuxhaven.

## The partnership

- Município de Almada (Portugal) – host
- Agglomération de La Rochelle (France) – lead partner
- Fórum Oceano – Associação da Economia do Mar (Portugal)
- Niedersachsen Ports GmbH & Co. KG (Germany)
- Ribe-Esbjerg Erhvervsråd (Denmark)
- Pomorska Agencja Rozwoju Regionalnego, Tczew office (Poland)
- Klaipėdos mokslo ir technologijų parkas (Lithuania)
- Regional Development Agency of Argolida (Greece)

## Programme

**Monday 19 May**

- 14:00 Steering committee (partners only), Almada town hall
- 17:30 Guided walk along the Cacilhas waterfront
- 20:00 Welcome dinner hosted by the Mayor of Almada

**Tuesday 20 May**

- 09:00 Opening – Inês Calado Ferreira, Mayor of Almada, and Hélène Bouvier-Ledoux, project coordinator, Agglomération de La Rochelle
- 09:30 "Estuaries as industrial ecosystems" – keynote by Prof. Rui Matos Sarmento (NOVA School of Science and Technology)
- 10:30 Peer review of the Almada action plan, moderated by Niels Korsgaard (Ribe-Esbjerg Erhvervsråd)
- 13:00 Lunch
- 14:30 Interregional workshop: ship repair skills and the green shipyard
- 18:00 End of day

**Wednesday 21 May**

- 09:00 Study visit to the Lisnave shipyard area and the Mitrena industrial port in Setúbal
- 13:00 Lunch at the Setúbal fish market
- 15:00 Return to Lisbon airport

## What happened

The steering committee on Monday approved the second progress report and moved two small budget lines between partners. The peer review gave the Almada team an honest mirror: the reviewers from Poland and Greece found the action plan strong on infrastructure and weak on the companies that would use it. Ana Paula Roque, head of the economic development division of the municipality, said the comments would be "uncomfortable but useful". The municipality will now add a company panel to its local stakeholder group and test the revised plan with the ship repair firms on the Margueira site before the summer.

In the workshop, Dr. Grzegorz WIŚNIEWSKI of the Tczew office described how Pomeranian shipyards train welders with the local vocational school, and Eleni Papadaki, project officer at the Argolida agency, presented the small-port maintenance cooperative in Nafplio. Partners agreed that the Lithuanian and Greek teams will draft a joint good-practice sheet on maintenance cooperatives for the project's next newsletter.

## Key takeaways

- Estuary clusters need one shared governance body for port, municipality and companies, not three parallel plans
- Skills programmes work best when a shipyard co-designs the curriculum with a vocational school from the start
- Policy instruments should reward projects that connect two or more estuary ports
- Peer reviews are more useful when reviewers meet companies, not only officials

## Earlier and next meetings

- Kick-off meeting – La Rochelle, France, 9–10 October 2035
- Second partner meeting – Klaipėda, Lithuania, 4–5 February 2036
- Third partner meeting – Almada, Portugal, 19–21 May 2036
- Fourth partner meeting – Nafplio, Greece, 12–13 November 2036

Contact: Sofia Marques Lobo, project manager, Município de Almada · tidewater@almada.example.pt

*TIDEWATER is co-funded by the European Union through Interreg Europe. Programme period 2021–2027.*
"""
write(F, T)
A="Município de Almada"
gold(F,
 [P("Inês Calado Ferreira","Mayor of Almada",None),
  P("Hélène Bouvier-Ledoux","project coordinator","Agglomération de La Rochelle"),
  P("Rui Matos Sarmento",None,"NOVA School of Science and Technology"),
  P("Niels Korsgaard",None,"Ribe-Esbjerg Erhvervsråd"),
  P("Ana Paula Roque","head of the economic development division",A),
  P("Grzegorz WIŚNIEWSKI",None,"Pomorska Agencja Rozwoju Regionalnego"),
  P("Eleni Papadaki","project officer","Regional Development Agency of Argolida"),
  P("Sofia Marques Lobo","project manager",A)],
 [O(A), O("Fórum Oceano – Associação da Economia do Mar"), O("Agglomération de La Rochelle"),
  O("Niedersachsen Ports GmbH & Co. KG"), O("Ribe-Esbjerg Erhvervsråd"), O("Pomorska Agencja Rozwoju Regionalnego"),
  O("Klaipėdos mokslo ir technologijų parkas"), O("Regional Development Agency of Argolida"),
  O("NOVA School of Science and Technology")],
 [E("TIDEWATER third partner meeting","2036-05-19","2036-05-21","Almada","Portugal"),
  E("Steering committee","2036-05-19",None,"Almada","Portugal"),
  E("Guided walk along the Cacilhas waterfront","2036-05-19",None,"Almada","Portugal"),
  E("Welcome dinner","2036-05-19",None,"Almada","Portugal"),
  E("Estuaries as industrial ecosystems","2036-05-20",None,"Almada","Portugal"),
  E("Peer review of the Almada action plan","2036-05-20",None,"Almada","Portugal"),
  E("Interregional workshop","2036-05-20",None,"Almada","Portugal"),
  E("Study visit","2036-05-21",None,"Setúbal","Portugal"),
  E("Kick-off meeting","2035-10-09","2035-10-10","La Rochelle","France"),
  E("Second partner meeting","2036-02-04","2036-02-05","Klaipėda","Lithuania"),
  E("Fourth partner meeting","2036-11-12","2036-11-13","Nafplio","Greece")],
 ["2036-05-19/2036-05-21","2036-05-28","2036-05-19","2036-05-20","2036-05-21","2035-10-09/2035-10-10",
  "2036-02-04/2036-02-05","2036-11-12/2036-11-13","2021/2027"],
 ["Estuary clusters need one shared governance body for port, municipality and companies, not three parallel plans",
  "Skills programmes work best when a shipyard co-designs the curriculum with a vocational school from the start",
  "Policy instruments should reward projects that connect two or more estuary ports",
  "Peer reviews are more useful when reviewers meet companies, not only officials"],
 pub="2036-05-28")
