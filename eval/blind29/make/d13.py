from mk import *
F = 'report-danish-pavilion-windenergy-hamburg-2032.md'
text(F, '''
# Trade fair report: the Danish pavilion at WindEnergy Hamburg 2032

*Vestjysk Vindklynge (VJV) · Internationalisation · 2 October 2032*

From 22 to 25 September 2032, fourteen Danish suppliers exhibited on the national pavilion in Hall B6 of WindEnergy Hamburg, organised by Vestjysk Vindklynge together with the Trade Council of the Ministry of Foreign Affairs of Denmark. The pavilion was opened by Denmark's ambassador to Germany, Mette Kirkegaard Holm, and Anders Kjærgaard Nielsen, chair of VJV.

**Exhibitors on the Danish pavilion**

| Company | City | Products |
|---|---|---|
| Ringkøbing Bolt Systems A/S | Ringkøbing | tower and foundation bolts |
| Nørre Composite ApS | Herning | blade repair materials |
| Limfjord Lift Solutions A/S | Struer | service lifts |
| Vestkyst Kabel ApS | Esbjerg | array cable accessories |
| BladeScan IVS | Aarhus | drone inspection |
| Thyborøn Marine Service A/S | Thyborøn | crew transfer |
| and eight further companies | | |

**Highlights**

- 1,200 registered visitors at the pavilion and 86 pre-arranged B2B meetings.
- On 23 September, the pavilion hosted a "Danish Supplier Breakfast" with purchasers from three turbine manufacturers and the German cluster Windnetz Nord e.V.
- Lene Østergaard, sales director of Nørre Composite ApS, signed a framework agreement with a Polish service company on the last day of the fair.
- Jens Peter Bach, CEO of BladeScan IVS, presented the company's AI inspection tool on the main stage on 24 September.

"A national pavilion gives a ten-person company the same visibility as a global brand," said Kasper Holst, project manager at VJV, who coordinated the stand.

**Next fairs with a Danish pavilion**

- Wind Europe Annual Event 2033, Copenhagen, 8–10 April 2033 (registration by 15 December 2032)
- Global Offshore Wind 2033, Manchester, June 2033

The participation was co-financed by the Danish Board of Business Development. Contact: Kasper Holst, kh@vjv.example
''')
gold(F, '2032-10-02',
 [P('Mette Kirkegaard Holm', "ambassador to Germany", None), P('Anders Kjærgaard Nielsen', 'chair', 'VJV'),
  P('Lene Østergaard', 'sales director', 'Nørre Composite ApS'), P('Jens Peter Bach', 'CEO', 'BladeScan IVS'),
  P('Kasper Holst', 'project manager', 'VJV')],
 [O('Vestjysk Vindklynge', 'VJV'), O('Trade Council'), O('Ministry of Foreign Affairs of Denmark'),
  O('Ringkøbing Bolt Systems A/S'), O('Nørre Composite ApS'), O('Limfjord Lift Solutions A/S'), O('Vestkyst Kabel ApS'),
  O('BladeScan IVS'), O('Thyborøn Marine Service A/S'), O('Windnetz Nord e.V.'), O('Danish Board of Business Development')],
 [E('WindEnergy Hamburg 2032', '2032-09-22', '2032-09-25', 'Hamburg', 'Germany'),
  E('Danish Supplier Breakfast', '2032-09-23', '2032-09-23', 'Hamburg', 'Germany'),
  E('Wind Europe Annual Event 2033', '2033-04-08', '2033-04-10', 'Copenhagen', 'Denmark'),
  E('Global Offshore Wind 2033', '2033-06', '2033-06', 'Manchester', 'United Kingdom')],
 ['2032-10-02', '2032-09-22/2032-09-25', '2032-09-23', '2032-09-24', '2033-04-08/2033-04-10', '2032-12-15', '2033-06'])
