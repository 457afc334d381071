from h import *
F = 'g03_east_frisia_port_voucher_call.md'
assert wd(2036,9,9)=='Tuesday' and wd(2036,9,23)=='Tuesday' and wd(2036,10,16)=='Thursday' and wd(2036,11,20)=='Thursday' and wd(2036,11,21)=='Friday' and wd(2036,8,29)=='Friday'
T = """# Call for proposals: Port Innovation Vouchers Ems-Dollart 2036

*Published 29 August 2036 by the Maritime Cluster East Frisia (MCEF) · Reading time 6 minutes*

**Status: open** · **Deadline: Thursday 16 October 2036, 17:00 CEST** · Budget: EUR 840,000

[Home](/) › [Funding](/funding) › Port Innovation Vouchers 2036

---

## In short

The ports of Emden, Leer and Delfzijl share one estuary, one shipping channel and many of the same problems: ageing quay equipment, a shortage of technicians and the pressure to cut emissions from ships at berth. The Port Innovation Vouchers help small companies on both sides of the border to try out a new solution in a real port setting. The vouchers are offered by the Maritime Cluster East Frisia together with its Dutch partner, the Groningen Seaports Innovation Network (GSIN), under the Interreg Deutschland-Nederland programme.

## What is funded

A voucher covers up to 80% of eligible costs, with a maximum of EUR 40,000 per company. It can be used for:

- a feasibility study or a pilot of a technology in one of the partner ports;
- testing and certification of a product for port or offshore use;
- a short training programme for staff, run by a recognised provider;
- design and engineering services bought from a research organisation.

Projects must last no more than nine months and be carried out by **at least one German and one Dutch partner**. One of them must be a small or medium-sized enterprise.

## Who may apply

Companies with a site in the districts of Aurich, Leer, Wittmund or the city of Emden, or in the Dutch provinces of Groningen and Drenthe. Research organisations and port authorities may take part as subcontractors but cannot receive a voucher themselves. The cluster office in Aurich checks eligibility before submission if you send a short project idea by 2 October 2036.

## Key dates

| Date | What |
|---|---|
| 29 August 2036 | Call opens |
| Tue 9 September 2036, 10:00–12:00 | Online information session (German and Dutch, with interpretation) |
| Tue 23 September 2036, 13:00–17:00 | Partner search day at the Hochschule Emden/Leer, Emden campus |
| 2 October 2036 | Last day for an eligibility check |
| Thu 16 October 2036, 17:00 | Deadline for applications |
| November 2036 | Decisions by the selection committee |
| Thu 20 – Fri 21 November 2036 | Port Innovation Days, Delfzijl: winners pitch, port tour on Friday |

## How to apply

Use the application form on the cluster's website. You will need a two-page project description, a budget, a letter from each partner and the de minimis declaration. Incomplete applications will not be considered. The selection committee is made up of representatives of the two cluster organisations, Niedersachsen Ports GmbH & Co. KG, Groningen Seaports and the Investitions- und Förderbank Niedersachsen (NBank).

## Questions?

**Call coordinator (Germany):** Dr. Anke Oltmanns-Freese, Senior Project Manager, Maritime Cluster East Frisia, Aurich · +49 4941 000 000
**Call coordinator (Netherlands):** Jeroen van der Wal, programme manager at GSIN, Delfzijl
**State aid questions:** Niels Jacobsen, NBank, Hannover

## Frequently asked questions

**Can a company receive two vouchers?**
No. A company may take part in several projects, but only one voucher per company is paid.

**We are a large company. Can we join?**
Yes, as an industrial partner without funding. Several large firms, among them Enercon and the shipyard Meyer Werft, took part in this way in 2035.

**Is VAT eligible?**
Only if you cannot recover it. Please see section 4 of the guidelines.

**What happened in the first round?**
In 2035 the first round supported 17 companies in 9 projects, among them a shore-power pilot at the Emden Außenhafen and a training course for crane operators in Leer. A summary of the results is available on request.

**Is there a second call in 2037?**
This depends on the mid-term review of the Interreg programme and will be decided by the Monitoring Committee in spring. We will inform all registered users of the platform

---

*Share this call:* [LinkedIn](#) · [X](#) · [Mail](#)

Maritime Cluster East Frisia e.V. · Am Ellernfeld 4, 26607 Aurich · [Imprint](/imprint) · [Data protection](/privacy)
"""
write(F, T)
M = "Maritime Cluster East Frisia"
gold(F,
 [P("Anke Oltmanns-Freese", "Senior Project Manager", M),
  P("Jeroen van der Wal", "programme manager", "GSIN"),
  P("Niels Jacobsen", None, "NBank")],
 [O(M, "MCEF"), O("Groningen Seaports Innovation Network", "GSIN"), O("Hochschule Emden/Leer"),
  O("Niedersachsen Ports GmbH & Co. KG"), O("Groningen Seaports"), O("Investitions- und Förderbank Niedersachsen", "NBank"),
  O("Enercon"), O("Meyer Werft")],
 [E("Online information session", "2036-09-09", None, None, None),
  E("Partner search day", "2036-09-23", None, "Emden", "Germany"),
  E("Port Innovation Days", "2036-11-20", "2036-11-21", "Delfzijl", "Netherlands"),
  E("port tour", "2036-11-21", None, "Delfzijl", "Netherlands")],
 ["2036-08-29", "2036-10-16", "2036-10-02", "2036-09-09", "2036-09-23", "2036-11", "2036-11-20/2036-11-21", "2035", "2037"],
 [], pub="2036-08-29")
