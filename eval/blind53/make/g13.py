from h import *
F = 'SaveTheDate_10th-IBEF-Corfu-2036.md'
T = '''
# SAVE THE DATE
## 10th Ionian Blue Economy Forum – IBEF 2036
### "Ten years of sailing together: islands, ports and people"
**Corfu, Greece · 24–26 September 2036**
Venue: Ionian Academy and the Old Fortress, Corfu Town

*Issued by the Ionian Marine Cluster (IMC), Corfu, 2 February 2036*

---

Dear friends of the Ionian and Adriatic seas,

In September 2036 the Ionian Blue Economy Forum comes home. Ten years after a few cluster managers, port officials and fishermen met for the first time in a classroom of the Ionian University in Corfu, the forum returns to the island for its tenth edition. Please block the dates in your calendar now: **Wednesday 24 to Friday 26 September 2036**.

IBEF is the annual meeting place of maritime clusters, port authorities, coastal municipalities, researchers and businesses from the Ionian Islands and the wider Adriatic–Ionian area. It travels every year to a different city and is co-organised each time by the Ionian Marine Cluster and a local host.

### What to expect in 2036

- **Day 1 (Wednesday 24 September):** Opening plenary at the Ionian Academy with the Regional Governor of the Ionian Islands, a keynote on "Islands in the energy transition" and the presentation of the IBEF Ten-Year Report. Evening: welcome reception at the Old Fortress.
- **Day 2 (Thursday 25 September):** Four thematic sessions – green ports and shore power; small-scale fisheries and aquaculture; nautical tourism and marinas; blue skills – and the IBEF B2B matchmaking with EEN Greece.
- **Day 3 (Friday 26 September):** Site visits to the Port of Corfu, the Lefkimmi fish farms and a yacht refit yard in Gouvia; closing session with the handover to the host of 2037.

A full programme and registration will open on **1 April 2036**. Calls for speakers and for the "Blue Start-up Award 2036" will be published in March 2036, with a deadline of **15 May 2036**.

### Ten editions, ten cities

| Edition | Year | City | Local co-host |
|---|---|---|---|
| 1st | 2027 | Corfu (GR) | Ionian University |
| 2nd | 2028 | Termoli (IT) | Camera di Commercio del Molise |
| 3rd | 2029 | Argostoli, Kefalonia (GR) | Municipality of Argostoli |
| 4th | 2030 | Durrës (AL) | Durrës Port Authority |
| 5th | 2031 | Preveza (GR) | Aktio Marina Association |
| 6th | 2032 | online | – |
| 7th | 2033 | Rijeka (HR) | Rijeka Port Development Agency PORTIUS |
| 8th | 2034 | Zakynthos (GR) | Zakynthos Chamber of Commerce |
| 9th | 2035 | Vlorë (AL) | University "Ismail Qemali" of Vlorë |
| 10th | 2036 | Corfu (GR) | Ionian Academy / Region of Ionian Islands |

The 6th edition in 2032 was held online after a general ferry strike made travel between the islands impossible in the forum week (14–16 September 2032).

### A word from the cluster

"When we started in 2027 we were 48 people and one projector. Last year in Vlorë we were 410 participants from nine countries. What has not changed is the idea: islands and coastal towns have more in common with each other than with their own capitals," says Spyros Vlachopoulos-Theotokis, president of the Ionian Marine Cluster.

"For the tenth edition we want to look back honestly – which of the projects launched at IBEF are still alive? – and look ahead to the next ten years," adds Marianna Kourkoumeli, cluster manager of IMC and coordinator of the forum since the third edition.

### Ten-Year Report

For the anniversary, the cluster is preparing the IBEF Ten-Year Report together with the Department of Tourism of the Ionian University, led by Prof. Nikolaos Dendrinos. It will trace the cooperation projects, investments and partnerships that started at the forum. If your organisation took part in a project that began at IBEF, please contact the team by 30 April 2036.

### Partners and hosts wanted

We are looking for sponsors for the anniversary edition and for a host city for IBEF 2037. Interested cities and clusters can send an expression of interest by 31 May 2036; the choice will be announced at the closing session in Corfu.

### Who should come

The forum is open to everyone working on the sea economy of the region: cluster managers and members, port and marina operators, fishermen's and aquaculture cooperatives, tourism businesses, municipalities, researchers and students. As in previous years, a limited number of travel grants will be offered to young professionals and to participants from the non-EU countries of the Adriatic–Ionian area. Participation is free of charge; only the social programme is paid.

### Travel

Corfu is connected by direct flights with most European capitals and by ferry with Igoumenitsa, Bari, Brindisi and Ancona. A hotel contingent at conference rates is available until 31 July 2036.

---
**Contact:** IBEF 2036 Secretariat, Ionian Marine Cluster, 7 Kapodistriou Street, 49100 Corfu, Greece · ibef@imc.example · +30 26610 00 482
Follow #IBEF2036 · Supported by the Region of Ionian Islands and the Municipality of Central Corfu and Diapontia Islands
'''
write_text(F, T)
I='Ionian Marine Cluster'
gold(F, '2036-02-02',
 [P('Spyros Vlachopoulos-Theotokis','president',I),P('Marianna Kourkoumeli','cluster manager',I),P('Nikolaos Dendrinos',None,'Ionian University')],
 [O(I,'IMC'),O('Ionian Academy'),O('Ionian University'),O('EEN Greece'),O('Port of Corfu'),O('Camera di Commercio del Molise'),O('Municipality of Argostoli'),
  O('Durrës Port Authority'),O('Aktio Marina Association'),O('Rijeka Port Development Agency PORTIUS'),O('Zakynthos Chamber of Commerce'),
  O('University "Ismail Qemali" of Vlorë'),O('Region of Ionian Islands'),O('Department of Tourism'),O('Municipality of Central Corfu and Diapontia Islands')],
 [E('10th Ionian Blue Economy Forum – IBEF 2036','2036-09-24','2036-09-26','Corfu','Greece'),
  E('1st Ionian Blue Economy Forum','2027',None,'Corfu','Greece'),E('2nd Ionian Blue Economy Forum','2028',None,'Termoli','Italy'),
  E('3rd Ionian Blue Economy Forum','2029',None,'Argostoli','Greece'),E('4th Ionian Blue Economy Forum','2030',None,'Durrës','Albania'),
  E('5th Ionian Blue Economy Forum','2031',None,'Preveza','Greece'),E('6th Ionian Blue Economy Forum','2032-09-14','2032-09-16',None,None),
  E('7th Ionian Blue Economy Forum','2033',None,'Rijeka','Croatia'),E('8th Ionian Blue Economy Forum','2034',None,'Zakynthos','Greece'),
  E('9th Ionian Blue Economy Forum','2035',None,'Vlorë','Albania'),E('IBEF 2037','2037',None,None,None)],
 ['2036-09-24/2036-09-26','2036-02-02','2036-09','2036-09-24','2036-09-25','2036-09-26','2036-04-01','2036-03','2036-05-15','2027','2028','2029','2030','2031','2032','2033','2034','2035','2036','2032-09-14/2032-09-16','2036-04-30','2037','2036-05-31','2036-07-31'],
 [])
