from h import *
F = 'g15_bekescsaba_food_cluster_enewsletter.md'
assert wd(2041,9,12)=='Thursday' and wd(2041,9,18)=='Wednesday' and wd(2041,10,15)=='Tuesday' and wd(2041,10,24)=='Thursday' and wd(2041,10,25)=='Friday' and wd(2041,11,19)=='Tuesday' and wd(2041,8,28)=='Wednesday'
T = """**South Great Plain Food Cluster – e-Newsletter**
*Issue 2041/3 · Békéscsaba, 12 September 2041 · English edition for international partners*

---

### Dear partners,

Autumn is sausage season in Békéscsaba, and this year the cluster brings buyers from six countries to the Csaba Sausage Festival. Below you will find the programme of our B2B day, a call for a staff exchange with a firm deadline, the recommendations of our policy paper on water use in food processing, and news from the team.

*Dr. Erzsébet Kovács-Pál, managing director*

---

## 1. International Food Buyers' Day – programme

The buyers' day is held on **Thursday 24 October 2041** at the Csabagyöngye Cultural Centre, as part of the Csaba Sausage Festival (23–26 October 2041). Participation is free for cluster members; foreign buyers are invited by the cluster.

| Time | Item | Speaker |
|---|---|---|
| 09:00 | Registration | |
| 09:30 | Opening | Szarvas Péter, Mayor of Békéscsaba; Dr. Kovács-Pál Erzsébet, South Great Plain Food Cluster |
| 10:00 | "What Austrian retailers want from Hungarian meat products" | Johanna Leitgeb, category manager, Alpen-Frisch Handels GmbH (Austria) |
| 10:45 | "Protected origin as a sales argument" | dr. Tóth-Bagi Anikó, Hungarian Food Chain Safety Office (Nébih) |
| 11:30–16:00 | B2B meetings (pre-arranged, 20 minutes each) | |
| 19:00 | Partners' dinner at the Munkácsy Guesthouse | |

On **Friday 25 October** buyers can join company visits to Csabai Hús Kft. and to the paprika mill of Gyulai Fűszer Zrt. in Gyula.

Register by 1 October 2041 at buyers@dafk.example.hu.

## 2. Call: staff exchange with Romanian and Serbian food clusters

The cluster, together with the Agrifood Cluster Banat (Romania) and the Vojvodina Food Cluster (Serbia), offers six two-week staff exchanges for quality managers and young technologists from member companies. Travel and accommodation are covered.

- **Deadline for applications: Tuesday 15 October 2041, 23:59**
- Exchanges take place between January and March 2042
- Contact: Hajdú Balázs, international project manager, balazs.hajdu@dafk.example.hu

## 3. Policy paper: water use in food processing

On Wednesday 28 August 2041 the cluster presented a policy paper on water use, prepared with the University of Szeged Faculty of Engineering and the Körös-Maros Water Directorate, at a round table in Szarvas. The paper ends with the following recommendations to the county and the ministry:

1. Introduce a regional grant for closed-loop water systems in meat and vegetable processing
2. Allow treated process water to be reused for irrigation under clear hygiene rules
3. Publish water-use benchmarks for each food sector every year
4. Give priority to food companies in the next round of drought-resilience funding

The paper was coordinated by Dr. Nagy Gergely (University of Szeged) and Fekete Lilla, the cluster's environment officer.

## 4. Team news and dates

- **New colleague:** Marianna Oláh joined the cluster office on 2 September as communications assistant.
- **Farewell:** our long-time treasurer, Bárdos Ferenc, retired after eleven years. The cluster's supervisory board thanked him at its meeting of 5 September 2041.
- **General assembly:** the autumn general assembly of members will be held on Tuesday 19 November 2041 in Békéscsaba.
- **Earlier buyers' days:** 2038 in Békéscsaba (25 October), 2039 in Gyula (24 October), 2040 in Békéscsaba (23 October).

---

*South Great Plain Food Cluster (Dél-alföldi Élelmiszeripari Klaszter, DAFK) · Andrássy út 12, 5600 Békéscsaba, Hungary*
*You receive this e-newsletter as a partner of the cluster. [Unsubscribe](#)*
"""
write(F, T)
D = "South Great Plain Food Cluster"
gold(F,
 [P("Erzsébet Kovács-Pál","managing director",D),
  P("Szarvas Péter","Mayor of Békéscsaba",None),
  P("Johanna Leitgeb","category manager","Alpen-Frisch Handels GmbH"),
  P("Tóth-Bagi Anikó",None,"Hungarian Food Chain Safety Office"),
  P("Hajdú Balázs","international project manager",D),
  P("Nagy Gergely",None,"University of Szeged"),
  P("Fekete Lilla","environment officer",D),
  P("Marianna Oláh","communications assistant",D),
  P("Bárdos Ferenc","treasurer",D)],
 [O(D,"DAFK"), O("Alpen-Frisch Handels GmbH"), O("Hungarian Food Chain Safety Office","Nébih"), O("Csabai Hús Kft."),
  O("Gyulai Fűszer Zrt."), O("Agrifood Cluster Banat"), O("Vojvodina Food Cluster"),
  O("University of Szeged Faculty of Engineering"), O("University of Szeged"), O("Körös-Maros Water Directorate")],
 [E("International Food Buyers' Day","2041-10-24",None,"Békéscsaba","Hungary"),
  E("Csaba Sausage Festival","2041-10-23","2041-10-26","Békéscsaba","Hungary"),
  E("B2B meetings","2041-10-24",None,"Békéscsaba","Hungary"),
  E("Partners' dinner","2041-10-24",None,"Békéscsaba","Hungary"),
  E("company visits","2041-10-25",None,"Gyula","Hungary"),
  E("round table","2041-08-28",None,"Szarvas","Hungary"),
  E("supervisory board meeting","2041-09-05",None,None,None),
  E("general assembly","2041-11-19",None,"Békéscsaba","Hungary"),
  E("International Food Buyers' Day","2038-10-25",None,"Békéscsaba","Hungary"),
  E("International Food Buyers' Day","2039-10-24",None,"Gyula","Hungary"),
  E("International Food Buyers' Day","2040-10-23",None,"Békéscsaba","Hungary")],
 ["2041-09-12","2041-10-24","2041-10-23/2041-10-26","2041-10-25","2041-10-01","2041-10-15","2042-01/2042-03","2041-08-28",
  "2041-09-02","2041-09-05","2041-11-19","2038","2038-10-25","2039","2039-10-24","2040","2040-10-23"],
 ["Introduce a regional grant for closed-loop water systems in meat and vegetable processing",
  "Allow treated process water to be reused for irrigation under clear hygiene rules",
  "Publish water-use benchmarks for each food sector every year",
  "Give priority to food companies in the next round of drought-resilience funding"],
 pub="2041-09-12")
