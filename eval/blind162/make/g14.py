from h import *
F = 'g14_sardinia_cluster_staff_mobility_call.md'
assert wd(2038,9,23)=='Thursday' and wd(2038,10,14)=='Thursday' and wd(2038,10,7)=='Thursday' and wd(2038,11,30)=='Tuesday'
T = """# Call for applications: Cluster Staff Mobility 2039 (Erasmus+ KA1)

**Published 9 September 2038 by the Sardinia Agrifood and Bioeconomy Cluster – Nuoro**

> Deadline: **Thursday 14 October 2038, 13:00 CET** · Budget: 24 mobility grants · Language of the call: English and Italian

The Sardinia Agrifood and Bioeconomy Cluster (SABC), with its seat in Nuoro, coordinates a consortium of eleven training providers and companies in central Sardinia that holds an Erasmus+ accreditation in vocational education and training. Under the 2038 grant agreement with the Agenzia Nazionale Erasmus+ INAPP, the consortium can send staff of its member companies and schools abroad for job-shadowing and short training periods with cluster partners in other European countries.

This call is open to employees of member organisations who want to spend between 5 and 20 working days abroad in 2039.

## Why take part?

- Learn how cluster companies elsewhere in Europe organise training for their staff
- Bring back a concrete method, tool or course for your own company or school
- Build personal contacts for future Erasmus+, Interreg or Horizon Europe projects

## Host organisations

The following partners have confirmed that they will host staff in 2039:

| Host organisation | Country | Topic |
|---|---|---|
| Clúster Agroalimentario de Navarra (NAGRIFOOD) | Spain | food safety, training in small dairies |
| Pôle Agri Sud-Ouest Innovation | France | digital farm management |
| Food Valley NL | Netherlands | protein transition |
| Klaster Dolina Ekologicznej Żywności | Poland | organic certification |
| Cyprus Dairy Cluster | Cyprus | halloumi and goat cheese production |
| Slovenian Wood and Bio Cluster | Slovenia | bio-based packaging |

## Key dates

| Step | Date |
|---|---|
| Info webinar 1 (Italian) | Thursday 23 September 2038, 15:00 |
| Info webinar 2 (English, with host organisations) | Thursday 7 October 2038, 11:00 |
| Deadline for applications | Thursday 14 October 2038, 13:00 |
| Selection results | Tuesday 30 November 2038 |
| Mobility periods | February – November 2039 |

## Who can apply?

Staff of the cluster's member companies, training centres and schools based in Sardinia. Priority will be given to staff who have not yet taken part in a mobility, to small companies with fewer than 50 employees and to applicants from the inland areas of the provinces of Nuoro and Oristano.

## What is covered?

The grant covers travel, accommodation and a daily allowance according to the Erasmus+ unit costs. A language course can be offered before departure. The employer must continue to pay the salary during the mobility.

## How to apply

Fill in the online form and upload a short motivation letter (one page), a letter of support from your employer and a draft work plan agreed with the host organisation, if you already have one. Applications are evaluated by a committee of three people from the cluster and one external expert from the University of Sassari.

## Contacts

- Call manager: Giovanna Pinna, Erasmus+ coordinator, Sardinia Agrifood and Bioeconomy Cluster – mobility@sabc.example.it
- Administrative questions: Salvatore Mele, administrative officer
- Questions on hosting in Spain and France: Itziar Goñi Arrieta (NAGRIFOOD)

## FAQ

**Can I split my mobility into two periods?**
No. Each grant covers one continuous period abroad.

**Can I take my family?**
Yes, but the grant covers only your own costs.

**Is a language certificate required?**
No, but you should be able to work in English or in the host country's language.

**Can a company send more than one person?**
Yes, up to three people, if places are still available after the first selection round.

---

*Funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the Agenzia Nazionale Erasmus+ INAPP. Neither the European Union nor the granting authority can be held responsible for them.*

[Back to news](/news) · Share: [LinkedIn](#) · [Facebook](#) · [Email](#)
"""
write(F, T)
S="Sardinia Agrifood and Bioeconomy Cluster"
gold(F,
 [P("Giovanna Pinna","Erasmus+ coordinator",S),
  P("Salvatore Mele","administrative officer",None),
  P("Itziar Goñi Arrieta",None,"NAGRIFOOD")],
 [O(S,"SABC"), O("Agenzia Nazionale Erasmus+ INAPP"), O("Clúster Agroalimentario de Navarra","NAGRIFOOD"),
  O("Pôle Agri Sud-Ouest Innovation"), O("Food Valley NL"), O("Klaster Dolina Ekologicznej Żywności"),
  O("Cyprus Dairy Cluster"), O("Slovenian Wood and Bio Cluster"), O("University of Sassari"), O("European Union")],
 [E("Info webinar 1","2038-09-23",None,None,None),
  E("Info webinar 2","2038-10-07",None,None,None)],
 ["2038-09-09","2038-10-14","2038","2039","2038-09-23","2038-10-07","2038-11-30","2039-02/2039-11"],
 [], pub="2038-09-09")
