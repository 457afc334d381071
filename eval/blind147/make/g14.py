from h import *
F = 'g14_eit_manufacturing_lubuskie_call.md'
assert wd(2040,4,30)=='Monday' and wd(2040,5,14)=='Monday' and wd(2040,5,15)=='Tuesday' and wd(2040,6,5)=='Tuesday' and wd(2040,7,31)=='Tuesday'
T = """> **Cookies:** this site uses only technical cookies. [OK](#)

**Gorzowski Klaster Przemysłowy** | [Home](/) | [About the cluster](/about) | [Members](/members) | [Calls for SMEs](/calls) | [Events](/events) | [PL](/pl)

# Open call: Digital Factory Vouchers 2040 for manufacturing SMEs in Lubuskie

*Posted 30 April 2040 by the GKP projects team · Tags: EIT Manufacturing, RIS, SMEs, vouchers*

Gorzowski Klaster Przemysłowy (GKP), acting as regional partner of **EIT Manufacturing** under the EIT Regional Innovation Scheme (EIT RIS), opens the second round of the **Digital Factory Vouchers** for small and medium-sized manufacturers in the Lubuskie voivodeship. The vouchers pay for services from European technology providers – from a digital maturity assessment to the installation of a first collaborative robot.

The call is run together with the **Lubuska Agencja Rozwoju Regionalnego (LARR)** and the **Uniwersytet Zielonogórski**, whose Centre for Industry 4.0 acts as the regional technology partner.

## Why apply?

- up to EUR 25,000 per company, with no own contribution for the first EUR 10,000
- access to over 60 technology providers from the EIT Manufacturing community
- a personal innovation coach from GKP for the whole project
- visibility at the EIT Manufacturing Innovation Days in Poznań in November 2040

## Who can apply

Micro, small and medium-sized manufacturing enterprises registered and operating in the Lubuskie voivodeship for at least two years. Companies that received a voucher in the 2039 round may apply only for a different type of service. Consultancies, trading companies and public bodies are not eligible.

## Key dates

| Step | Date |
|---|---|
| Call opens | Monday 30 April 2040 |
| Info day in Gorzów Wielkopolski | Monday 14 May 2040, 10:00–13:00, GKP office, ul. Kosynierów Gdyńskich 00 |
| Info day in Zielona Góra | Tuesday 15 May 2040, 10:00–13:00, Lubuski Park Przemysłowo-Technologiczny, Nowy Kisielin |
| Online matchmaking with technology providers | Tuesday 5 June 2040, 9:00–12:00 |
| **Deadline for applications** | **Tuesday 31 July 2040, 16:00 CEST** |
| Evaluation results | by 15 September 2040 |
| Implementation | 1 October 2040 – 31 March 2041 |

Applications submitted after the deadline will not be considered.

## How it works

1. Register on the EIT Manufacturing application platform and complete the short company profile.
2. Describe your challenge in maximum two pages and choose a technology provider (or ask GKP to propose three).
3. A jury of GKP, LARR and an external expert from EIT Manufacturing East in Warsaw scores the applications on need, feasibility and expected impact.
4. Selected companies sign a voucher agreement with GKP; the technology provider is paid directly after delivery.

## Last round in numbers

In the 2039 round, 31 companies from Gorzów Wielkopolski, Zielona Góra, Kostrzyn nad Odrą, Świebodzin and Nowa Sól received vouchers worth a total of EUR 520,000. Bartosz Kędzierski-Rudnik, owner of the metalworking firm Kędzierski Metal sp. j. from Kostrzyn nad Odrą, used his voucher to connect his CNC machines to a monitoring system: "We found out that our machines were idle one third of the time. That alone paid for the project."

## Contacts

- **Call coordinator:** Natalia Wiśniewska-Gąsior, EIT RIS project manager, GKP – vouchers@gkp.example.pl, +48 95 000 00 00
- **Technical questions:** dr inż. Tomasz Przybylak, head of the Centre for Industry 4.0, Uniwersytet Zielonogórski
- **For companies from the south of the region:** Kamila Ostrowska, LARR branch office in Zielona Góra

## FAQ

**Can a company apply for two vouchers?** No, one voucher per company per round.

**Must the technology provider be from another country?** No, but at least half of the providers on the list are from outside Poland, and GKP encourages cross-border cooperation, for example with the Brandenburg cluster network in Frankfurt (Oder).

**Is the voucher state aid?** Yes, it is granted as de minimis aid.

---

*EIT Manufacturing is supported by the European Institute of Innovation and Technology (EIT), a body of the European Union. Gorzowski Klaster Przemysłowy · ul. Kosynierów Gdyńskich 00, 66-400 Gorzów Wielkopolski · KRS 0000000000*

[Privacy policy](/privacy) · [Accessibility](/accessibility) · Share: [LinkedIn](#) · [Facebook](#)
"""
write(F, T)
G="Gorzowski Klaster Przemysłowy"
gold(F,
 [P("Bartosz Kędzierski-Rudnik","owner","Kędzierski Metal sp. j."),
  P("Natalia Wiśniewska-Gąsior","EIT RIS project manager","GKP"),
  P("Tomasz Przybylak","head of the Centre for Industry 4.0","Uniwersytet Zielonogórski"),
  P("Kamila Ostrowska",None,"LARR")],
 [O(G,"GKP"), O("EIT Manufacturing"), O("Lubuska Agencja Rozwoju Regionalnego","LARR"), O("Uniwersytet Zielonogórski"),
  O("Centre for Industry 4.0"), O("EIT Manufacturing East"), O("Kędzierski Metal sp. j."),
  O("European Institute of Innovation and Technology","EIT"), O("European Union")],
 [E("EIT Manufacturing Innovation Days","2040-11",None,"Poznań","Poland"),
  E("Info day in Gorzów Wielkopolski","2040-05-14",None,"Gorzów Wielkopolski","Poland"),
  E("Info day in Zielona Góra","2040-05-15",None,"Zielona Góra","Poland"),
  E("Online matchmaking with technology providers","2040-06-05",None,None,None)],
 ["2040-04-30","2040-11","2039","2040-05-14","2040-05-15","2040-06-05","2040-07-31","2040-09-15","2040-10-01/2041-03-31"],
 [], pub="2040-04-30")
