import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
F = 'g13.md'
jury = [
 ('Dr. Gráinne Feeney', 'Chair of the Jury', 'Head of Regional Development, Atlantic Technological University (ATU Sligo campus)'),
 ('Conor MacSharry', 'Jury member', 'Managing Director, Benbulben Engineering Ltd'),
 ('Patricia Leydon', 'Jury member', 'Regional Director North-West, Enterprise Ireland'),
 ('Stefan Lindahl', 'Jury member', 'Cluster Manager, Smart Textiles Cluster, Borås (Sweden)'),
 ('Dr. Marguerite Dunleavy', 'Jury member', 'Senior Lecturer in Innovation Management, University of Galway'),
 ('Eamon Gilmartin', 'Jury member', 'Chief Executive, Sligo Chamber of Commerce'),
 ('Aisling Kerins', 'Secretary to the Jury (non-voting)', 'Programme Officer, North West Manufacturing Network'),
]
jtxt = ''.join(f"**{n}** — *{r}*  \n{o}\n\n" for n, r, o in jury)
t = f"""[North West Manufacturing Network](/) › [Awards](/awards) › Jury 2035

> Cookie notice: we use essential cookies only. [Dismiss](#)

# North West Manufacturing Awards 2035 — Meet the Jury

The North West Manufacturing Awards recognise companies in Sligo, Leitrim, Donegal and Roscommon that have grown, innovated or trained their people in an exemplary way. The 2035 edition is organised by the North West Manufacturing Network (NWMN) together with the Local Enterprise Office Sligo and sponsored by AIB. Applications closed on 30 May 2035; 41 entries were received in five categories.

*Posted {day(2035,6,12)} 12 June 2035 by the NWMN secretariat*

## The jury

The jury is appointed each year by the board of the network. Members serve in a personal capacity and declare any conflict of interest before scoring; a member whose company or employer has entered a category does not score that category.

{jtxt}
## Categories

1. Manufacturer of the Year (more than 50 employees)
2. Small Manufacturer of the Year (up to 50 employees)
3. Innovation in Process or Product
4. Skills and Apprenticeship Champion
5. Green Manufacturing Award

A special Outstanding Contribution award may be given by the board on the proposal of the jury.

## What the jury looks for

In every category the jury looks for evidence rather than ambition: figures on turnover, exports, staff trained or energy saved, supported by examples from the shop floor. Applicants are encouraged to show how they work with other companies in the region, with the colleges and with their suppliers, since the awards are also meant to showcase the strength of the north-west as a manufacturing ecosystem. Entries from first-time applicants and from companies in rural areas are particularly welcome.

## How the jury works

Shortlisting takes place on {day(2035,6,26)} 26 June 2035. Shortlisted companies receive a site visit by two jury members between 7 and 18 July 2035 and are invited to a ten-minute pitch before the full jury in Sligo on {day(2035,8,21)} 21 August 2035. Scores combine the written application (40%), the site visit (30%) and the pitch (30%). The jury's decision is final.

Last year's chair, **Declan Mulhern** (former Chief Executive of Sligo County Council), stepped down after three editions. The network thanks him warmly for his service.

## Awards ceremony

The winners will be announced at the **North West Manufacturing Awards Gala** on {day(2035,9,26)} 26 September 2035 at the Radisson Blu Hotel, Rosses Point, Sligo. Guest of honour: **Niall Brennan**, Minister for Enterprise, Trade and Employment (tbc).

Programme:
- 18:30 Drinks reception
- 19:30 Dinner
- 21:00 Presentation of the awards, hosted by broadcaster **Fiona Kilgallon**

Tables of ten: €950 (members) / €1,150 (non-members). Book by 12 September 2035.

## Past winners — Manufacturer of the Year

- 2034: Lough Gill Precision Plastics Ltd
- 2033: Sligo Medical Devices Ltd
- 2032: Donegal Timber Systems Ltd

---
**Contact:** Aisling Kerins, Programme Officer · awards@nwmn.ie · +353 71 555 3320
North West Manufacturing Network CLG, Innovation Centre, ATU Sligo campus, Ash Lane, Sligo F91 YW50
[Share on LinkedIn](#) · [Share on X](#) · [Privacy](#)
"""
write(F, t)
people = [P('Gráinne Feeney', 'Chair of the Jury', 'Atlantic Technological University'),
 P('Conor MacSharry', 'Managing Director', 'Benbulben Engineering Ltd'), P('Patricia Leydon', 'Regional Director North-West', 'Enterprise Ireland'),
 P('Stefan Lindahl', 'Cluster Manager', 'Smart Textiles Cluster'), P('Marguerite Dunleavy', 'Senior Lecturer in Innovation Management', 'University of Galway'),
 P('Eamon Gilmartin', 'Chief Executive', 'Sligo Chamber of Commerce'), P('Aisling Kerins', 'Programme Officer', 'North West Manufacturing Network'),
 P('Declan Mulhern', 'former Chief Executive of Sligo County Council', 'Sligo County Council'),
 P('Niall Brennan', 'Minister for Enterprise, Trade and Employment', None), P('Fiona Kilgallon', 'broadcaster', None)]
orgs = [O('North West Manufacturing Network', 'NWMN'), O('Atlantic Technological University', 'ATU'), O('Benbulben Engineering Ltd'),
 O('Enterprise Ireland'), O('Smart Textiles Cluster'), O('University of Galway'), O('Sligo Chamber of Commerce'),
 O('Local Enterprise Office Sligo'), O('AIB'), O('Sligo County Council'), O('Lough Gill Precision Plastics Ltd'),
 O('Sligo Medical Devices Ltd'), O('Donegal Timber Systems Ltd')]
events = [ E('site visit', '2035-07-07', '2035-07-18', None, None),
 E('pitch before the full jury', '2035-08-21', None, 'Sligo', 'Ireland'),
 E('North West Manufacturing Awards Gala', '2035-09-26', None, 'Sligo', 'Ireland'),
 E('Drinks reception', '2035-09-26', None, 'Sligo', 'Ireland'), E('Dinner', '2035-09-26', None, 'Sligo', 'Ireland'),
 E('Presentation of the awards', '2035-09-26', None, 'Sligo', 'Ireland')]
dates = ['2035-05-30', '2035-06-12', '2035-06-26', '2035-07-07/2035-07-18', '2035-08-21', '2035-09-26', '2035-09-12', '2034', '2033', '2032']
gold(F, people, orgs, events, dates, [], pub='2035-06-12')
