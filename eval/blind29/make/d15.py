from mk import *
F = 'b2b-brokerage-industrie-lyon-2033-meetmatch.md'
text(F, '''
meetmatch.example › Events › Industry 4.0 Brokerage @ Global Industrie 2033

# Industry 4.0 Brokerage @ Global Industrie 2033

📅 14–16 March 2033 · 📍 Eurexpo, Lyon, France · 🏷 Manufacturing, Robotics, Additive manufacturing

[Register] [Marketplace] [Participants (312)] [Agenda]

## About the event

The Enterprise Europe Network (EEN) in Auvergne-Rhône-Alpes, together with the cluster Mécatronique Rhône-Alpes (MécaRA) and the CCI Auvergne-Rhône-Alpes, invites companies, research organisations and clusters to pre-arranged 20-minute meetings at Global Industrie, the French industry fair. Meetings take place at the EEN stand (Hall 4, stand 4B112).

## Why participate?

- meet potential partners for technology transfer, production cooperation or EU projects
- publish your offer or request on the marketplace
- free of charge (fair ticket not included; EEN participants get a free badge)

## Timeline

- Registration opens: 9 January 2033
- Meeting requests: from 13 February 2033
- Registration deadline: 7 March 2033
- Meeting schedule sent out: 10 March 2033
- B2B meetings: 14 March (afternoon), 15 March (all day), 16 March (morning)

## Side events

- **15 March, 10:00** — Pitch session "Cobots for SMEs", hosted by MécaRA; moderator: Thibault Garnier-Vidal, innovation manager, MécaRA
- **15 March, 17:30** — Networking cocktail of the Enterprise Europe Network, EEN stand

## Organisers and contact

- Audrey Morel-Chevalier, EEN advisor, CCI Auvergne-Rhône-Alpes
- Paolo Benedetti, EEN advisor, Confindustria Piemonte (co-organiser for Italian participants)
- Katarzyna Lis, EEN advisor, Łukasiewicz Research Network (co-organiser for Polish participants)

Powered by meetmatch · Terms · Privacy · Cookie settings
''')
gold(F, None,
 [P('Thibault Garnier-Vidal', 'innovation manager', 'MécaRA'), P('Audrey Morel-Chevalier', 'EEN advisor', 'CCI Auvergne-Rhône-Alpes'),
  P('Paolo Benedetti', 'EEN advisor', 'Confindustria Piemonte'), P('Katarzyna Lis', 'EEN advisor', 'Łukasiewicz Research Network')],
 [O('Enterprise Europe Network', 'EEN'), O('Mécatronique Rhône-Alpes', 'MécaRA'), O('CCI Auvergne-Rhône-Alpes'),
  O('Confindustria Piemonte'), O('Łukasiewicz Research Network'), O('meetmatch')],
 [E('Industry 4.0 Brokerage @ Global Industrie 2033', '2033-03-14', '2033-03-16', 'Lyon', 'France'),
  E('Global Industrie', '2033-03-14', '2033-03-16', 'Lyon', 'France'),
  E('Cobots for SMEs', '2033-03-15', '2033-03-15', 'Lyon', 'France'),
  E('Networking cocktail of the Enterprise Europe Network', '2033-03-15', '2033-03-15', 'Lyon', 'France')],
 ['2033-03-14/2033-03-16', '2033-01-09', '2033-02-13', '2033-03-07', '2033-03-10', '2033-03-14', '2033-03-15', '2033-03-16'])
