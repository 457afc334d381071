from h import *
F = 'workshop-report_varazdin-ict-cluster-ai-adoption.md'
T = f'''# Workshop report: "AI in the factory — what worked, what did not"

*Sjeverozapadni ICT klaster (North-West Croatia ICT Cluster) · Varaždin, {wd('2035-10-16')} 16 October 2035*

> Report prepared by Ivana Horvat-Brezovec, programme officer, with notes from the three table moderators. Circulated to
> participants on 24 October 2035. Not for citation without permission.

## 1. Why this workshop

Since 2032 the North-West Croatia ICT Cluster (SZ-ICT) has matched software companies from Varaždin, Čakovec and Koprivnica with
manufacturers in the metal, wood, food and textile industries to test artificial intelligence in production. Eighteen
pilots were completed under the cluster's "AI Vouchers" scheme, financed by the Ministry of Economy and Sustainable
Development and by Varaždin County. The workshop brought the software providers, the manufacturers and the funders together for
one afternoon to look back honestly at the pilots before the scheme's second round opens in 2036.

The workshop took place at the Faculty of Organization and Informatics (FOI) of the University of Zagreb in Varaždin. 41 people
took part: 16 manufacturers, 13 software and integration companies, 5 researchers, 4 representatives of public bodies and 3
staff of the cluster.

## 2. Programme

| Time | Item | Speaker / moderator |
|---|---|---|
| 13:00 | Welcome and the numbers behind the 18 pilots | Damir Šantek, President, SZ-ICT |
| 13:20 | The view of the funder | Mirela Kovačić Jurišić, Head of Sector for Industry, Ministry of Economy and Sustainable Development |
| 13:40 | Case 1: predictive maintenance in a foundry | Zoran Blažeković (Ljevaonica Ludbreg d.o.o.) and Karla Posavec (DataPoint Solutions d.o.o.) |
| 14:05 | Case 2: visual inspection of wooden furniture fronts | Hrvoje Mesarić (Drvodizajn Ivanec d.o.o.) |
| 14:30 | Three tables: data, people, money | moderated by doc. dr. sc. Tena Jelić (FOI), Ana-Marija Kos (SZ-ICT), Luka Vidović (HAMAG-BICRO) |
| 16:00 | Lessons and next steps | Ivana Horvat-Brezovec |

## 3. What we heard

Damir Šantek recalled that 13 of the 18 pilots continued after the voucher ended, and that nine led to a paid contract between
the manufacturer and the software company. Five pilots stopped: three because of poor data, one because the key person left the
company, and one because the hardware costs were underestimated.

Mirela Kovačić Jurišić said the ministry sees the scheme as a model for other counties but needs better evidence of the impact on
productivity. She invited the cluster to the national Digital Industry Conference in Zagreb on 5 December 2035.

The foundry case was the most discussed. Zoran Blažeković explained that vibration sensors on the moulding line had to be
installed twice, because the first data were useless: "We were collecting noise for three months." Karla Posavec showed how the
model now warns the maintenance team about two days before a failure.

## 4. Lessons learnt

The participants agreed on the following lessons, which the cluster board will use to redesign the second round:

- Start with the data you have: a two-week data audit before the pilot would have saved most of the failed projects.
- A pilot needs a named owner on the factory floor, not only in management, and a deputy in case that person leaves.
- Small manufacturers underestimate hardware, integration and cybersecurity costs; vouchers should cover them explicitly.
- Pairing one software company with one manufacturer is too narrow; mixed teams with a research partner produced better results.
- Results must be measured from the first day: downtime, scrap rates and energy use should be recorded before the pilot starts.
- Workers accepted the tools faster where they were involved in labelling images and testing alerts.

## 5. Next steps

The cluster will publish an anonymised case collection by the end of January 2036 and submit the redesigned scheme to the
ministry in February 2036. The next meeting of the AI working group is on {wd('2035-11-07')} 7 November 2035 at the cluster office in
Varaždin, Kapucinski trg 4. A joint visit to the Slovenian cluster ICT Pomurje in Murska Sobota is being prepared with the
Enterprise Europe Network Croatia.

*Photos: SZ-ICT. Contact: ivana.horvat@szict.example*
'''
write(F, T)
KM = ["Start with the data you have: a two-week data audit before the pilot would have saved most of the failed projects",
"A pilot needs a named owner on the factory floor, not only in management, and a deputy in case that person leaves",
"Small manufacturers underestimate hardware, integration and cybersecurity costs; vouchers should cover them explicitly",
"Pairing one software company with one manufacturer is too narrow; mixed teams with a research partner produced better results",
"Results must be measured from the first day: downtime, scrap rates and energy use should be recorded before the pilot starts",
"Workers accepted the tools faster where they were involved in labelling images and testing alerts"]
gold(F, [
 P("Ivana Horvat-Brezovec", "programme officer", "North-West Croatia ICT Cluster"),
 P("Damir Šantek", "President", "North-West Croatia ICT Cluster"),
 P("Mirela Kovačić Jurišić", "Head of Sector for Industry", "Ministry of Economy and Sustainable Development"),
 P("Zoran Blažeković", None, "Ljevaonica Ludbreg d.o.o."),
 P("Karla Posavec", None, "DataPoint Solutions d.o.o."),
 P("Hrvoje Mesarić", None, "Drvodizajn Ivanec d.o.o."),
 P("Tena Jelić", "moderator", "Faculty of Organization and Informatics"),
 P("Ana-Marija Kos", "moderator", "North-West Croatia ICT Cluster"),
 P("Luka Vidović", "moderator", "HAMAG-BICRO"),
], [
 O("North-West Croatia ICT Cluster", "SZ-ICT"), O("Ministry of Economy and Sustainable Development"), O("Varaždin County"),
 O("Faculty of Organization and Informatics", "FOI"), O("University of Zagreb"), O("Ljevaonica Ludbreg d.o.o."),
 O("DataPoint Solutions d.o.o."), O("Drvodizajn Ivanec d.o.o."), O("HAMAG-BICRO"), O("ICT Pomurje"),
 O("Enterprise Europe Network Croatia"),
], [
 E('AI in the factory — what worked, what did not', "2035-10-16", "2035-10-16", "Varaždin", "Croatia"),
 E("Digital Industry Conference", "2035-12-05", "2035-12-05", "Zagreb", "Croatia"),
 E("meeting of the AI working group", "2035-11-07", "2035-11-07", "Varaždin", "Croatia"),
 E("joint visit", None, None, "Murska Sobota", "Slovenia"),
], ["2035-10-16", "2035-10-24", "2032", "2036", "2035-12-05", "2036-01", "2036-02", "2035-11-07"], KM, pub="2035-10-24")
