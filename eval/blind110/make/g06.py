from h import *
F = 'g06.md'
assert wd(2040,10,2)=='Tuesday' and wd(2040,10,16)=='Tuesday' and wd(2040,11,13)=='Tuesday' and wd(2040,12,4)=='Tuesday' and wd(2040,11,29)=='Thursday'
T = """Blue Adriatic Cluster > Open call > **FAQ**

[Home](/) | [About the call](/call) | [Apply](/apply) | FAQ | [Events](/events) | [Contact](/contact) | SL · EN · IT

# Frequently asked questions – BlueSME Open Call 2040

_Version 4, last updated on 27 November 2040. New or changed answers are marked **[new]**._

The BlueSME open call is run by the Blue Adriatic Cluster (BAC) in Koper on behalf of the BlueSME consortium,
which also includes the Port of Koper, the University of Primorska and the Croatian Maritime Cluster (Hrvatski
pomorski klaster). It offers cascade funding to small and medium-sized enterprises in the blue economy of
Slovenia, Croatia and the Italian regions on the Adriatic coast. The answers below complement the call text and
the guide for applicants; where they differ, the call text prevails.

## A. Eligibility

**A1. Who can apply?**
SMEs with a registered office in Slovenia, Croatia, Friuli Venezia Giulia, Veneto, Emilia-Romagna, Marche,
Abruzzo, Molise or Apulia. Start-ups are eligible if they were registered before 1 September 2040.

**A2. Can a large company be part of the project?**
A large company can act as a customer or test site, but it cannot receive any of the funding.

**A3. Can I apply if my company already received support from the BlueSME first call in 2039?**
Yes, but only in the "scale-up" track, and only if the first project has been closed. Companies funded in the
first call may not apply for the "first pilot" track again.

**A4. [new] Does the company need to be a member of a cluster?**
No. Cluster membership is not required. Members of one of the partner clusters get no extra points.

## B. Funding and costs

**B1. How much funding is available?**
The total budget of the call is EUR 1.8 million. In the "first pilot" track an SME can receive up to EUR 40,000;
in the "scale-up" track up to EUR 100,000. The funding is a lump sum paid in two instalments: 60 % after the
signature of the sub-grant agreement and 40 % after the approval of the final report.

**B2. Which costs are eligible?**
Staff costs of the SME, subcontracted services, small equipment up to 20 % of the lump sum, travel to the
demonstration site and the costs of certification. Purchase of vessels, land or buildings is not eligible.

**B3. Is VAT eligible?**
Non-recoverable VAT is eligible.

**B4. [new] Is the funding counted as de minimis aid?**
Yes. The applicant must declare all de minimis aid received in the current and the two previous fiscal years.

## C. Deadlines and process

**C1. When does the call close?**
The call opened on 2 October 2040 and closes on **Tuesday, 4 December 2040, at 17:00 CET**.
~~The original deadline of 20 November 2040 has been extended.~~ The deadline was extended on 6 November 2040
because the online platform was unavailable for two days.

**C2. When will I know the result?**
Applicants will be informed by 31 January 2041. Sub-grant agreements are expected to be signed in February 2041
and the projects run for 9 months (first pilot) or 12 months (scale-up).

**C3. Who evaluates the applications?**
Each application is scored by two independent external experts. A selection committee chaired by Mojca Kosmač,
director of the Blue Adriatic Cluster, approves the final ranking. Committee members from the consortium do not
score applications from their own country.

**C4. Can I submit more than one application?**
No. One application per SME; the last one submitted counts.

**C5. [new] What happens if two applications get the same score?**
The one with the higher score under "impact" is ranked first; if still equal, the one submitted earlier.

## D. Events and support

**D1. Are there information sessions?**
Yes. Three online sessions were held or are planned:
- Tuesday, 16 October 2040, 10:00–11:30 – general presentation of the call (recording available)
- Tuesday, 13 November 2040, 14:00–15:00 – budget and lump sums, with Luka Vidmar, financial officer of the
  Blue Adriatic Cluster
- Thursday, 29 November 2040, 11:00–12:00 – last-minute questions (in Italian and English) with Giulia
  Benussi of the University of Primorska

**D2. Is there a partner search?**
The call is for single SMEs, so partners are not required. Companies that want a test site in a port can
contact the Port of Koper innovation office (contact: Tadej Kralj, innovation manager).

**D3. Where can I get help with the application?**
The helpdesk answers questions within three working days. Questions sent after 30 November 2040 may not be
answered before the deadline.

## E. After selection

**E1. What reporting is required?**
A short mid-term report and a final report with a demonstration video. The final report must be submitted within
30 days after the end of the project.

**E2. [new] Will there be a demo day?**
Yes. All funded SMEs present their results at the BlueSME Demo Day planned for October 2041 in Koper.

---

**Helpdesk:** bluesme@bluecluster.example.si · +386 5 000 2040 (Mon–Fri 9:00–14:00)
**Blue Adriatic Cluster**, Ferrarska ulica 14, 6000 Koper, Slovenia

This project has received funding from the European Union. Views and opinions expressed are those of the authors only.

[Privacy](/privacy) · [Cookies](/cookies) · Share: [LinkedIn] [X] [E-mail]
"""
write(F, T)
gold(F,
 [P("Mojca Kosmač","director","Blue Adriatic Cluster"),
  P("Luka Vidmar","financial officer","Blue Adriatic Cluster"),
  P("Giulia Benussi",None,"University of Primorska"),
  P("Tadej Kralj","innovation manager","Port of Koper")],
 [O("Blue Adriatic Cluster","BAC"), O("BlueSME consortium"), O("Port of Koper"), O("University of Primorska"),
  O("Croatian Maritime Cluster"), O("European Union")],
 [E("general presentation of the call","2040-10-16"),
  E("budget and lump sums","2040-11-13"),
  E("last-minute questions","2040-11-29"),
  E("BlueSME Demo Day","2041-10",None,"Koper","Slovenia")],
 ["2040-11-27","2040-09-01","2039","2040-10-02","2040-12-04","2040-11-20","2040-11-06","2041-01-31","2041-02",
  "2040-10-16","2040-11-13","2040-11-29","2040-11-30","2041-10"],
 [], pub="2040-11-27")
