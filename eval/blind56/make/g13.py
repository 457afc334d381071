from h import *
F = 'working-groups_who-is-who_zemgale-agritech.md'
T = '''# Working groups – who is who

**Zemgale Agritech and Food Cluster (ZAFC)** · Jelgava · updated 6 September 2034

Our five working groups are where members meet, share problems and start joint projects. Each group has a chair from a
member company or institution, a deputy chair and a facilitator from the cluster team who organises the meetings, takes
the notes and follows up on actions. Groups meet four to six times a year, alternately in Jelgava, Bauska and Dobele and
online. All members may join any group; to sign up, write to the facilitator.

The working groups report twice a year to the Board of the cluster. The chairs were confirmed by the Board on 28 August 2034
for the season 2034–2035.

---

## 1. Precision farming and data

*Sensors, satellite data, farm management software, data sharing between farmers and processors.*

| Function | Name | Organisation |
|---|---|---|
| Chair | Dr. Guntis Vilciņš | Latvia University of Life Sciences and Technologies (LBTU), Faculty of Information Technologies |
| Deputy chair | Līga Ābele | AgroSmart Baltic SIA |
| Facilitator | Artūrs Liepa | ZAFC team |

Current focus: a shared weather-station network for Zemgale with 40 stations; a data-sharing agreement template for
grain cooperatives. Next meeting: 2 October 2034, Jelgava Palace.

## 2. Grain and milling

*Quality of grain, storage, milling, bakery ingredients, by-products.*

| Function | Name | Organisation |
|---|---|---|
| Chair | Valters Bērziņš | Dobeles dzirnavnieks AS |
| Deputy chair | Ingrīda Krūmiņa | Latraps, agricultural cooperative |
| Facilitator | Elīna Kalniņa-Zvaigzne | ZAFC team |

Current focus: reducing mycotoxins in wet harvest years; a joint study on oat protein with the Institute of Food Safety,
Animal Health and Environment "BIOR".

## 3. Dairy and alternative proteins

*Milk processing, cheese, fermentation, plant-based and insect proteins.*

| Function | Name | Organisation |
|---|---|---|
| Chair | Dr. Jūlija Petrova | Bauskas piens SIA |
| Deputy chair | Thomas de Vries | Protein Valley Baltics SIA |
| Facilitator | Artūrs Liepa | ZAFC team |

Current focus: whey valorisation; pilot production of pea-oat drinks at a shared facility in Jelgava. The group works
closely with the Dutch cluster Foodvalley NL.

## 4. Skills and young farmers

*Vocational training, apprenticeships, succession on family farms.*

| Function | Name | Organisation |
|---|---|---|
| Chair | Aija Strazdiņa | Bulduri Technical School, Jelgava branch |
| Deputy chair | Kristaps Ozols | Latvian Young Farmers Club |
| Facilitator | Marta Siliņa | ZAFC team |

Current focus: a summer school for 60 pupils in July 2035; a mentoring programme pairing retiring farmers with young
farmers.

## 5. Internationalisation and export

*Trade fairs, export markets, EU projects.*

| Function | Name | Organisation |
|---|---|---|
| Chair | Edgars Zvirbulis | Zemgales Saldumi SIA |
| Deputy chair | Dr. Maija Kļaviņa | Zemgale Planning Region |
| Facilitator | Marta Siliņa | ZAFC team |

Current focus: the joint Latvian stand at Grüne Woche 2035 in Berlin (16–25 January 2035) together with the Investment
and Development Agency of Latvia (LIAA); a buyers' visit from Japan in May 2035.

---

## The cluster team

- **Ieva Grīnvalde** – Cluster Manager; overall coordination, relations with the Board and the Ministry of Agriculture
- **Artūrs Liepa** – Innovation Manager; facilitator of groups 1 and 3
- **Elīna Kalniņa-Zvaigzne** – Project Manager; facilitator of group 2
- **Marta Siliņa** – Skills and Internationalisation Officer; facilitator of groups 4 and 5
- **Pēteris Dambis** – Office and Finance

## Board of the cluster (2033–2036)

Chairman: **Andris Rozenbergs** (Zemgales Agro SIA). Board members: Dace Vītola (Jelgava State City Municipality),
Prof. Uldis Brants (LBTU), Sandra Upīte (Dobeles dzirnavnieks AS) and Kaspars Miezis (Bauskas piens SIA).

## Changes since the last update

- Group 2: Valters Bērziņš took over as chair from Juris Plūme (Latraps), who chaired the group from 2029 until June 2034.
- Group 3: new deputy chair Thomas de Vries replaces Dr. Rasa Baltiņa, who moved to the Ministry of Agriculture.
- A sixth group on water and soil is being prepared; a founding meeting is planned for 20 November 2034 in Bauska.

## Working group calendar, autumn 2034

| Date | Group | Place |
|---|---|---|
| 2 October 2034 | Precision farming and data | Jelgava Palace |
| 9 October 2034 | Grain and milling | Dobele |
| 23 October 2034 | Dairy and alternative proteins | online |
| 6 November 2034 | Skills and young farmers | Jelgava |
| 20 November 2034 | Water and soil (founding meeting) | Bauska |
| 4 December 2034 | All groups: annual meeting of working groups | Jelgava |

Minutes of all meetings are shared in the members' area within two weeks.

Questions about the working groups: info@zafc.example · +371 630 00 000
'''
write(F, T)
Z = 'Zemgale Agritech and Food Cluster'
L = 'Latvia University of Life Sciences and Technologies'
gold(F, [
 P('Guntis Vilciņš', 'Chair', L),
 P('Līga Ābele', 'Deputy chair', 'AgroSmart Baltic SIA'),
 P('Artūrs Liepa', 'Innovation Manager', Z),
 P('Valters Bērziņš', 'Chair', 'Dobeles dzirnavnieks AS'),
 P('Ingrīda Krūmiņa', 'Deputy chair', 'Latraps'),
 P('Elīna Kalniņa-Zvaigzne', 'Project Manager', Z),
 P('Jūlija Petrova', 'Chair', 'Bauskas piens SIA'),
 P('Thomas de Vries', 'Deputy chair', 'Protein Valley Baltics SIA'),
 P('Aija Strazdiņa', 'Chair', 'Bulduri Technical School'),
 P('Kristaps Ozols', 'Deputy chair', 'Latvian Young Farmers Club'),
 P('Marta Siliņa', 'Skills and Internationalisation Officer', Z),
 P('Edgars Zvirbulis', 'Chair', 'Zemgales Saldumi SIA'),
 P('Maija Kļaviņa', 'Deputy chair', 'Zemgale Planning Region'),
 P('Ieva Grīnvalde', 'Cluster Manager', Z),
 P('Pēteris Dambis', 'Office and Finance', Z),
 P('Andris Rozenbergs', 'Chairman', 'Zemgales Agro SIA'),
 P('Dace Vītola', 'Board member', 'Jelgava State City Municipality'),
 P('Uldis Brants', 'Board member', 'LBTU'),
 P('Sandra Upīte', 'Board member', 'Dobeles dzirnavnieks AS'),
 P('Kaspars Miezis', 'Board member', 'Bauskas piens SIA'),
 P('Juris Plūme', None, 'Latraps'),
 P('Rasa Baltiņa', None, 'Ministry of Agriculture'),
],[
 O(Z, 'ZAFC'), O(L, 'LBTU'), O('Faculty of Information Technologies'), O('AgroSmart Baltic SIA'), O('Dobeles dzirnavnieks AS'), O('Latraps'),
 O('Institute of Food Safety, Animal Health and Environment "BIOR"'), O('Bauskas piens SIA'), O('Protein Valley Baltics SIA'),
 O('Foodvalley NL'), O('Bulduri Technical School'), O('Latvian Young Farmers Club'), O('Zemgales Saldumi SIA'),
 O('Zemgale Planning Region'), O('Investment and Development Agency of Latvia', 'LIAA'), O('Ministry of Agriculture'),
 O('Zemgales Agro SIA'), O('Jelgava State City Municipality'),
],[
 E('Grüne Woche 2035', '2035-01-16', '2035-01-25', 'Berlin', 'Germany'),
 E('buyers\' visit from Japan', '2035-05', '2035-05', None, None),
 E('summer school', '2035-07', '2035-07', None, None),
 E('Precision farming and data', '2034-10-02', '2034-10-02', 'Jelgava', 'Latvia'),
 E('Grain and milling', '2034-10-09', '2034-10-09', 'Dobele', 'Latvia'),
 E('Dairy and alternative proteins', '2034-10-23', '2034-10-23', None, None),
 E('Skills and young farmers', '2034-11-06', '2034-11-06', 'Jelgava', 'Latvia'),
 E('Water and soil (founding meeting)', '2034-11-20', '2034-11-20', 'Bauska', 'Latvia'),
 E('annual meeting of working groups', '2034-12-04', '2034-12-04', 'Jelgava', 'Latvia'),
],['2034-09-06','2034-08-28','2034/2035','2034-10-02','2035-07','2035-01-16/2035-01-25','2035-05','2033/2036','2029/2034-06','2034-11-20','2034-10-09','2034-10-23','2034-11-06','2034-12-04'], pub=None)
