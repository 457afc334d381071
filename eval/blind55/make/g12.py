from h import *
F = 'ida-viru-energy-transition-challenge-2034_et-en.md'
T = '''# Ida-Viru Energiapöörde Väljakutse 2034 / Ida-Viru Energy Transition Challenge 2034

*Avaldatud / Published: 9. jaanuar 2034 · Ida-Virumaa Tööstusklaster MTÜ*

[Eesti](#et) | [English](#en) | [Русский](#ru)

---

## <a id="et"></a>Eesti keeles

**Ida-Virumaa Tööstusklaster** kutsub koos **Ida-Viru Ettevõtluskeskuse (IVEK)** ja **TalTech Virumaa kolledžiga** noori insenere, üliõpilasi ja idufirmasid osalema häkatonisarjas, mille eesmärk on leida lahendusi põlevkivitööstuse järel vabanevate oskuste, hoonete ja taristu uueks kasutuseks.

Väljakutse koosneb kolmest eelvoorust ja finaalist:

- **1. voor – Narva**, 14.–15. märts 2034, Narva Ettevõtluskeskus (teema: soojus ja salvestus)
- **2. voor – Kohtla-Järve**, 25.–26. aprill 2034, Kohtla-Järve Tööstuspark (teema: tööstuskeemia ja ringmajandus)
- **3. voor – veebis**, 16. mai 2034 (teema: oskused ja ümberõpe)
- **Finaal – Jõhvi**, 12. juuni 2034, Jõhvi Kontserdimaja

Igast voorust pääseb finaali kaks parimat meeskonda. Finaali auhinnafond on 30 000 eurot; lisaks pakub **Enefit Power AS** võitjale kuuekuulist pilootprojekti oma Auvere tehases.

Registreerimine voorudesse lõpeb alati seitse päeva enne vooru algust. Küsimused: klastrijuht **Jelena Ivanova-Tamm**.

## <a id="en"></a>In English

The **Ida-Viru Industrial Cluster** (Ida-Virumaa Tööstusklaster MTÜ), together with the **Ida-Viru Enterprise Centre (IVEK)** and **TalTech Virumaa College**, invites young engineers, students and start-ups to a challenge series looking for new uses of the skills, buildings and infrastructure freed up as the oil-shale industry winds down. The challenge is part of the region's just transition plan and is supported by the Estonian Ministry of Economic Affairs and Communications.

### Rounds and final

| Round | Date | Place | Theme |
|---|---|---|---|
| Round 1 | 14–15 March 2034 | Narva, Narva Business Centre | Heat and storage |
| Round 2 | 25–26 April 2034 | Kohtla-Järve, Industrial Park | Industrial chemistry and circularity |
| Round 3 | 16 May 2034 | Online | Skills and reskilling |
| Final | 12 June 2034 | Jõhvi Concert Hall | All themes |

Each regional round runs for 24 hours (the online round for eight hours). The two best teams from each round go to the final, where six teams pitch to the jury. Teams of three to five people may take part in more than one round but can qualify for the final only once.

### Challenge owners

- **Enefit Power AS** – reuse of ash fields and cooling water
- **VKG Oil AS** – low-carbon chemicals from shale-oil refinery streams
- **Narva Vesi AS** – heat recovery from waste water
- **Eesti Töötukassa** (Estonian Unemployment Insurance Fund) – digital tools for reskilling miners

### Jury of the final

- **Dr. Margus Lepik-Saar**, Director, TalTech Virumaa College (chair of the jury)
- **Olga Sõstra**, Head of Development, Ida-Viru Enterprise Centre
- **Rainer Kütt**, Chief Technology Officer, Enefit Power AS
- **Dr. Hanna Kiviloo**, Programme Manager, Estonian Business and Innovation Agency (EIS)
- **Pieter de Graaf**, Senior Advisor, Just Transition Platform, European Commission

### Prizes

1st place EUR 15,000 and the pilot project at Auvere; 2nd place EUR 10,000; 3rd place EUR 5,000. All finalists receive three months of free office space at the Jõhvi Smart Industry Centre and mentoring from members of the cluster.

### How to register

Register your team on the cluster website; registration for each round closes seven days before it starts (Round 1: 7 March 2034; Round 2: 18 April 2034; Round 3: 9 May 2034). There is no participation fee. Meals and, for teams from outside Ida-Viru County, one night's accommodation are covered. Working languages are Estonian, English and Russian.

### Last year

The pilot edition in 2033 had a single round in Narva on 7–8 October 2033 with 64 participants. The winning team, *ShaleHeat*, is now testing a sand-battery prototype with **Narva Soojusvõrk AS**.

### Contact

**Jelena Ivanova-Tamm**, Cluster Manager, Ida-Virumaa Tööstusklaster MTÜ · challenge@ivtk.example · +372 000 0000

**Andrus Põder**, Project Manager, Ida-Viru Enterprise Centre (partner for the rounds in Narva and Kohtla-Järve)

---

*Supported by the Just Transition Fund (JTF) 2021–2027 programme of Estonia.*

Privaatsus · Küpsised · © Ida-Virumaa Tööstusklaster MTÜ
'''
write_text(F, T)
IV = 'Ida-Virumaa Tööstusklaster MTÜ'; IVEK = 'Ida-Viru Enterprise Centre'
gold(F, '2034-01-09',
 [P('Jelena Ivanova-Tamm','Cluster Manager',IV),
  P('Margus Lepik-Saar','Director','TalTech Virumaa College'),
  P('Olga Sõstra','Head of Development',IVEK),
  P('Rainer Kütt','Chief Technology Officer','Enefit Power AS'),
  P('Hanna Kiviloo','Programme Manager','Estonian Business and Innovation Agency'),
  P('Pieter de Graaf','Senior Advisor','European Commission'),
  P('Andrus Põder','Project Manager',IVEK)],
 [O(IV,'Ida-Viru Industrial Cluster'),O(IVEK,'IVEK'),O('TalTech Virumaa College','TalTech Virumaa kolledž'),
  O('Enefit Power AS'),O('Estonian Ministry of Economic Affairs and Communications'),O('VKG Oil AS'),O('Narva Vesi AS'),
  O('Estonian Unemployment Insurance Fund','Eesti Töötukassa'),O('Estonian Business and Innovation Agency','EIS'),O('Just Transition Platform'),
  O('European Commission'),O('Jõhvi Smart Industry Centre'),O('Narva Soojusvõrk AS'),O('Narva Business Centre','Narva Ettevõtluskeskus'),O('Kohtla-Järve Tööstuspark')],
 [E('Ida-Viru Energy Transition Challenge 2034','2034-03-14','2034-06-12',None,'Estonia'),
  E('Ida-Viru Energy Transition Challenge 2034 – Round 1','2034-03-14','2034-03-15','Narva','Estonia'),
  E('Ida-Viru Energy Transition Challenge 2034 – Round 2','2034-04-25','2034-04-26','Kohtla-Järve','Estonia'),
  E('Ida-Viru Energy Transition Challenge 2034 – Round 3','2034-05-16'),
  E('Ida-Viru Energy Transition Challenge 2034 – Final','2034-06-12',None,'Jõhvi','Estonia'),
  E('Ida-Viru Energy Transition Challenge (pilot edition)','2033-10-07','2033-10-08','Narva','Estonia')],
 ['2034-01-09','2034-03-14/2034-03-15','2034-04-25/2034-04-26','2034-05-16','2034-06-12','2034-03-07','2034-04-18','2034-05-09','2033','2033-10-07/2033-10-08','2021/2027'],
 [])
