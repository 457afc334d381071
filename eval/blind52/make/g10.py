from h import *
doc = "HALC-newsletter-2035-04_people.md"
T = """# HALC Newsletter · Issue 4/2035 (April)

*Harburg Air Logistics Cluster – news for members and partners* · [Web version](#) · [Unsubscribe](#)

In this issue: People · Member news · Calendar · Funding

---

## People

**Boysen-Akbari to Hafenlogistik Nord**
Dr. Kerstin Boysen-Akbari, head of MRO planning at Elbflug Technik GmbH, leaves the company after eleven years to join Hafenlogistik Nord AG as Chief Operating Officer on 1 May 2035. At Hafenlogistik Nord she will be responsible for the airport–port shuttle services and the new cold-chain hub in Altenwerder. She remains a member of the HALC working group "Digital Supply Chain" until the end of the year. Her successor at Elbflug Technik has not yet been named.

**New managing director at Finkenwerder Cabin Lab**
Mareike Thode succeeds Jan-Hendrik Albers as managing director of the Finkenwerder Cabin Lab e.V. (FCL), the research association for aircraft cabin systems. Thode, until March head of test operations at FCL, took up her new post on 1 April. Albers, who led FCL since its foundation in 2024, has moved to Brussels, where he is now senior adviser for aviation at the Aerospace Regions Network (ARN). "Mareike knows the lab, the partners and every test rig by name," Albers wrote in his farewell message.

**Two hats for Professor Demir**
Prof. Dr. Yusuf Demir, professor of aircraft logistics at the Technische Universität Hamburg (TUHH), has been appointed scientific director of HALC. He keeps his chair at TUHH and will devote one day a week to the cluster, chairing the new Scientific Advisory Board. The cluster's board appointed him at its meeting on 19 March 2035.

**Farewell to Gerd Ohlsen**
After fourteen years, Gerd Ohlsen, HALC's first cluster manager (2021–2035), retires at the end of April. Since 2033 he had served as senior advisor to the management team. Members are invited to a farewell reception on 29 April 2035 at the HALC office at Hein-Saß-Weg. Please register by 22 April.

**Changes at member companies**
- Søren Kjeldsen leaves Nordlys Cargo ApS to join AeroParts Hanse GmbH as Head of Procurement.
- Ewa Grabowska-Lenz is the new Leiterin Vertrieb of Köhlbrand Drohnentechnik GmbH & Co. KG; she was previously key account manager at the same company.
- Tim Schröder-Vahl, CEO of SkyLoad Systems GmbH, has been elected to the board of the Bundesverband der Luftfahrtlogistik (BVLL), where he replaces Martina Eggers.
- Hafenlogistik Nord AG: Dirk Sommerfeld, formerly COO, is now chief executive officer; he succeeded Helga Martensen on 1 March 2035.

**In the HALC office**
Johanna Pieper joins the cluster team as project manager for the EU project AEROLOG-GREEN (2035–2038). Lukas Brandt, our communications officer, is on parental leave until 31 July 2035; please send press requests to Johanna in the meantime.

---

## Calendar

- **29 April 2035** – Farewell reception for Gerd Ohlsen, HALC office, Hamburg
- **14 May 2035** – Working group "Digital Supply Chain", hosted by SkyLoad Systems in Norderstedt
- **17–18 June 2035** – Hamburg Air Cargo Forum, Hamburg Messe (HALC joint stand; free tickets for members)
- **9 September 2035** – HALC General Assembly, Hamburg

---

## Funding

The Hamburg Investment and Development Bank (IFB Hamburg) has opened the 2035 round of its innovation programme for aviation SMEs. Deadline: 30 June 2035.

---

*HALC – Harburg Air Logistics Cluster e.V., Hein-Saß-Weg 0, 21129 Hamburg. Editor: Lukas Brandt. You receive this newsletter as a member or partner of HALC.*
"""
H = "Harburg Air Logistics Cluster e.V."
people = [
 P("Kerstin Boysen-Akbari", "head of MRO planning", "Elbflug Technik GmbH"),
 P("Mareike Thode", "managing director", "Finkenwerder Cabin Lab e.V."),
 P("Jan-Hendrik Albers", "senior adviser for aviation", "Aerospace Regions Network"),
 P("Yusuf Demir", "professor of aircraft logistics", "Technische Universität Hamburg"),
 P("Gerd Ohlsen", "senior advisor to the management team", H),
 P("Søren Kjeldsen", "Head of Procurement", "AeroParts Hanse GmbH"),
 P("Ewa Grabowska-Lenz", "Leiterin Vertrieb", "Köhlbrand Drohnentechnik GmbH & Co. KG"),
 P("Tim Schröder-Vahl", "CEO", "SkyLoad Systems GmbH"),
 P("Martina Eggers", None, "Bundesverband der Luftfahrtlogistik"),
 P("Dirk Sommerfeld", "chief executive officer", "Hafenlogistik Nord AG"),
 P("Helga Martensen", None, "Hafenlogistik Nord AG"),
 P("Johanna Pieper", "project manager", H),
 P("Lukas Brandt", "communications officer", H),
]
orgs = [O(H, "HALC"), O("Elbflug Technik GmbH"), O("Hafenlogistik Nord AG"), O("Finkenwerder Cabin Lab e.V.", "FCL"),
 O("Aerospace Regions Network", "ARN"), O("Technische Universität Hamburg", "TUHH"), O("Nordlys Cargo ApS"), O("AeroParts Hanse GmbH"),
 O("Köhlbrand Drohnentechnik GmbH & Co. KG"), O("SkyLoad Systems GmbH"), O("Bundesverband der Luftfahrtlogistik", "BVLL"),
 O("Hamburg Investment and Development Bank", "IFB Hamburg")]
events = [
 E("Farewell reception for Gerd Ohlsen", "2035-04-29", "2035-04-29", "Hamburg", "Germany"),
 E("Working group \"Digital Supply Chain\" meeting", "2035-05-14", "2035-05-14", "Norderstedt", "Germany"),
 E("Hamburg Air Cargo Forum", "2035-06-17", "2035-06-18", "Hamburg", "Germany"),
 E("HALC General Assembly", "2035-09-09", "2035-09-09", "Hamburg", "Germany"),
]
dates = ["2035-04", "2035-05-01", "2035-04-01", "2024", "2035-03", "2035-03-19", "2021/2035", "2033", "2035-04-29", "2035-04-22",
 "2035-03-01", "2035/2038", "2035-07-31", "2035-05-14", "2035-06-17/2035-06-18", "2035-09-09", "2035", "2035-06-30"]
save(doc, T, "2035-04", people, orgs, events, dates, [])
