from h import *
F = 'g14_alpwool_interreg_partners.md'
assert wd(2035,10,16)=='Tuesday' and wd(2035,10,17)=='Wednesday' and wd(2036,4,24)=='Thursday'
T = """[ALPWOOL](/) · [Project](/project) · **Partners** · [Results](/results) · [News](/news) · [Events](/events) · [Contact](/contact)

> Interreg Alpine Space · Priority 2 · Project duration: 1 September 2035 – 31 August 2038 · Budget: EUR 2.4 million

# Partners

ALPWOOL – *From sheep to shelf: circular value chains for Alpine wool* – brings together ten partners from six Alpine countries. Each year some 14,000 tonnes of wool from Alpine sheep are burned, buried or sold far below cost. The partnership wants to turn this waste into insulation, technical textiles and fertiliser pellets made in the mountains. Below you find every partner with its country, its role in the project and a contact person.

## Lead partner

**Chambre Valdôtaine des entreprises et des activités libérales** (Aosta, Italy)
Lead partner, coordination and financial management. The chamber hosts the Aosta Valley mountain economy cluster.
Contact: Chiara Bétemps, project coordinator – c.betemps@chambre.example.it

## Project partners

**2. Cluster Lana delle Alpi** (Biella, Italy)
Leads work package 2 "Collection and grading". Network of 38 wool processors and spinners.
Contact: Davide Sella, cluster manager

**3. Agence Économique de la Savoie** (Chambéry, France)
Regional business support; runs the pilot with breeders in the Maurienne valley.
Contact: Élodie Favre, chargée de mission filières

**4. Université Savoie Mont Blanc – Laboratoire LOCIE** (Le Bourget-du-Lac, France)
Tests the thermal and fire performance of wool insulation panels.
Contact: Prof. Julien Perrin, head of the building materials team

**5. Standortagentur Tirol GmbH** (Innsbruck, Austria)
Leads work package 3 "Products and markets"; manages the Tyrolean wood and materials cluster.
Contact: Mag. Verena Hofer, cluster manager

**6. Tiroler Schafzuchtverband** (Innsbruck, Austria)
Association of sheep breeders; organises collection points at shearing days.
Contact: Johann Pfurtscheller, managing director

**7. Fachhochschule Kempten** (Kempten, Germany)
Life-cycle assessment and business models.
Contact: Dr. Lisa Wiedemann, research associate

**8. Bergwolle Allgäu eG** (Immenstadt, Germany)
Cooperative of breeders and craft firms; demonstration site for fertiliser pellets.
Contact: Georg Rauch, board member

**9. Razvojna agencija Zgornje Gorenjske** (Jesenice, Slovenia)
Regional development agency; pilot with Bohinj breeders and tourism.
Contact: Nina Kosmač, project manager

**10. HES-SO Valais-Wallis** (Sion, Switzerland)
Swiss partner funded by the New Regional Policy; design of textile products.
Contact: Prof. Anne-Sophie Rey, institute of entrepreneurship

## Observers

- Regione Autonoma Valle d'Aosta – Assessorato dello sviluppo economico (Italy)
- Bundesministerium für Land- und Forstwirtschaft, Regionen und Wasserwirtschaft (Austria)
- Euromontana (Belgium)
- International Wool Textile Organisation, IWTO (Belgium)

## How the partnership works

The Steering Committee meets twice a year, with one representative per partner and a vote each; observers may attend without a vote. The kick-off meeting took place in Aosta on Tuesday 16 and Wednesday 17 October 2035. The second Steering Committee met in Innsbruck on Thursday 24 April 2036, together with a study visit to a felt manufacturer in the Stubai valley. The next meetings are planned for October 2036 in Chambéry and spring 2037 in Biella.

Work is split into four work packages: WP1 Management (lead partner), WP2 Collection and grading (Cluster Lana delle Alpi), WP3 Products and markets (Standortagentur Tirol), WP4 Policy and transfer (Euromontana as observer supports, Razvojna agencija Zgornje Gorenjske leads).

## Changes in the partnership

In March 2036 the Fachhochschule Kempten replaced the University of Innsbruck, which withdrew for staff reasons. Contact persons changed at two partners: Élodie Favre took over from Thomas Girod at the Agence Économique de la Savoie, and Georg Rauch from Maria Bentele at Bergwolle Allgäu eG.

## Partner in focus: Tiroler Schafzuchtverband

With about 2,600 member farms, the Tyrolean breeders' association is the largest partner in terms of people behind it. Until now, most Tyrolean wool was either stored in barns or sold to traders for a few cents per kilo. In the first project year the association set up six collection points at spring shearing days in Imst, Lienz, Schwaz and the Wipptal and collected 38 tonnes of wool, which were graded by colour and fibre fineness with a method developed by the Cluster Lana delle Alpi. "Our farmers want to see that the wool has a value again – not only money, but respect for their work," says Johann Pfurtscheller. The best grades went to a spinning mill in Biella; the rest was pressed into pellets in the Allgäu and tested as fertiliser in vegetable gardens.

## Associated partners

Twelve associated partners support the project without a budget, among them the Maison de l'Alpage in Valloire, the Fédération nationale ovine, Bioland Bayern and the municipality of Bohinj.

## Become an associated partner

Breeders' associations, spinning mills, builders and designers from the Alpine Space can join as associated partners. They receive our results first and can test prototypes. Write to the lead partner.

---
*Last updated 2 May 2036* · Co-funded by the European Union (Interreg Alpine Space) · [Privacy](/privacy) · [Cookies](/cookies) · [Accessibility](/accessibility)
Share: [LinkedIn](#) · [Facebook](#) · [E-mail](#)
"""
write(F, T)
gold(F,
 [P("Chiara Bétemps","project coordinator","Chambre Valdôtaine des entreprises et des activités libérales"),
  P("Davide Sella","cluster manager","Cluster Lana delle Alpi"),
  P("Élodie Favre","chargée de mission filières","Agence Économique de la Savoie"),
  P("Julien Perrin","head of the building materials team","Université Savoie Mont Blanc – Laboratoire LOCIE"),
  P("Verena Hofer","cluster manager","Standortagentur Tirol GmbH"),
  P("Johann Pfurtscheller","managing director","Tiroler Schafzuchtverband"),
  P("Lisa Wiedemann","research associate","Fachhochschule Kempten"),
  P("Georg Rauch","board member","Bergwolle Allgäu eG"),
  P("Nina Kosmač","project manager","Razvojna agencija Zgornje Gorenjske"),
  P("Anne-Sophie Rey","institute of entrepreneurship","HES-SO Valais-Wallis"),
  P("Thomas Girod",None,"Agence Économique de la Savoie"),
  P("Maria Bentele",None,"Bergwolle Allgäu eG")],
 [O("ALPWOOL"), O("Chambre Valdôtaine des entreprises et des activités libérales"), O("Cluster Lana delle Alpi"),
  O("Agence Économique de la Savoie"), O("Université Savoie Mont Blanc"), O("Laboratoire LOCIE"),
  O("Standortagentur Tirol GmbH"), O("Tiroler Schafzuchtverband"), O("Fachhochschule Kempten"), O("Bergwolle Allgäu eG"),
  O("Razvojna agencija Zgornje Gorenjske"), O("HES-SO Valais-Wallis"),
  O("Regione Autonoma Valle d'Aosta – Assessorato dello sviluppo economico"),
  O("Bundesministerium für Land- und Forstwirtschaft, Regionen und Wasserwirtschaft"), O("Euromontana"),
  O("International Wool Textile Organisation","IWTO"), O("University of Innsbruck"), O("European Union"), O("Maison de l'Alpage"), O("Fédération nationale ovine"), O("Bioland Bayern"), O("municipality of Bohinj")],
 [E("kick-off meeting","2035-10-16","2035-10-17","Aosta","Italy"),
  E("second Steering Committee","2036-04-24",None,"Innsbruck","Austria"),
  E("study visit to a felt manufacturer in the Stubai valley","2036-04-24",None,None,"Austria"),
  E("Steering Committee","2036-10",None,"Chambéry","France"),
  E("Steering Committee","2037",None,"Biella","Italy")],
 ["2035-09-01/2038-08-31","2035-10-16/2035-10-17","2036-04-24","2036-10","2037","2036-03","2036-05-02"],
 [], "2036-05-02")
