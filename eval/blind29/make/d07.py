from mk import *
F = 'webinar-on-demand-flexible-grids-for-industrial-parks.md'
text(F, '''
[Home](/) › [Media library](/media) › [Webinars](/media/webinars) › Flexible grids for industrial parks

# On-demand: Flexible grids for industrial parks — what SMEs can do now

▶ Recording (58 min) · Slides (PDF, 3.1 MB) · Transcript

**Live session held on 17 September 2034, 10:00–11:00 CEST** · Language: English · Free, no registration needed

This webinar was part of the "Energy Fridays" series of Energienetz Franken e.V. (ENF) and the European Cluster Collaboration Platform (ECCP). More than 180 participants from 21 countries joined the live session.

## Speakers

- **Dr. Katharina Weißbrodt** — Managing Director, Energienetz Franken e.V.
- **Luca Bernasconi** — Head of Grid Services, Ticino Power Lab SA
- **Aoife Ní Bhriain** — Energy Analyst, Sustainable Energy Authority of Ireland (SEAI)
- **Jakob Mayrhofer** — founder and CEO, Lastwerk GmbH
- Moderation: **Felix Oberndörfer**, project manager, ENF

## What you will learn

The recording covers peak shaving with shared batteries, the new German rules for energy sharing between companies (in force since 1 January 2034), and two case studies from the Nuremberg harbour area and from Mendrisio.

## Key takeaways

1. Shared storage pays off first where three or more firms have complementary load profiles.
2. Grid operators want to be involved from the feasibility study, not after the investment decision.
3. Metering data is the bottleneck: agree on data access before you sign.
4. Clusters can act as neutral brokers between firms, municipalities and grid operators.

## Next in the series

- 15 October 2034 — *Heat networks in mixed business parks* (online)
- 12 November 2034 — *Energy Fridays live*: site visit and workshop, Erlangen

Related: [Energy sharing toolkit](#) · [ENF member directory](#)

Share: LinkedIn · X · E-mail  |  © 2034 Energienetz Franken e.V. · Imprint · Data protection
''')
gold(F, None,
 [P('Katharina Weißbrodt', 'Managing Director', 'Energienetz Franken e.V.'), P('Luca Bernasconi', 'Head of Grid Services', 'Ticino Power Lab SA'),
  P('Aoife Ní Bhriain', 'Energy Analyst', 'Sustainable Energy Authority of Ireland'), P('Jakob Mayrhofer', 'founder and CEO', 'Lastwerk GmbH'),
  P('Felix Oberndörfer', 'project manager', 'ENF')],
 [O('Energienetz Franken e.V.', 'ENF'), O('European Cluster Collaboration Platform', 'ECCP'), O('Ticino Power Lab SA'),
  O('Sustainable Energy Authority of Ireland', 'SEAI'), O('Lastwerk GmbH')],
 [E('Flexible grids for industrial parks — what SMEs can do now', '2034-09-17', '2034-09-17', None, None),
  E('Heat networks in mixed business parks', '2034-10-15', '2034-10-15', None, None),
  E('Energy Fridays live', '2034-11-12', '2034-11-12', 'Erlangen', 'Germany')],
 ['2034-09-17', '2034-01-01', '2034-10-15', '2034-11-12'],
 ['Shared storage pays off first where three or more firms have complementary load profiles',
  'Grid operators want to be involved from the feasibility study, not after the investment decision',
  'Metering data is the bottleneck: agree on data access before you sign',
  'Clusters can act as neutral brokers between firms, municipalities and grid operators'])
