from h import *
F = 'g13_smolyan_info_day_cluster_call.md'
T = f"""# Info day: Rhodope Clusters Go International – call for proposals 2036

**{w(2036,2,19)}, 19 February 2036, 09:30–15:00 · Smolyan, Regional Administration building, Conference Hall 2 · also streamed online**

*Published: 30 January 2036 · Category: Events, Calls · Organiser: Rhodope Regional Development Agency (RRDA)*

The Rhodope Regional Development Agency, together with the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA) and the Smolyan Chamber of Commerce and Industry, invites cluster organisations, SMEs and research bodies from the South Central region to an information day on the new call for cluster internationalisation projects. The call supports joint actions of at least five companies within a registered cluster: participation in international fairs, market studies, joint branding and partnering missions outside Bulgaria.

The info day will explain the eligibility rules, the budget, the evaluation criteria and the most frequent mistakes made in the previous call. Participants can book a short one-to-one consultation with the managing authority in the afternoon. Interpretation into English will be available on request for foreign partners.

## Programme

| Time | Item | Speaker |
|---|---|---|
| 09:30–10:00 | Registration and coffee | |
| 10:00–10:15 | Welcome | Nikolay Melemov-Dimitrov, Regional Governor of Smolyan; Dr. Desislava Petkova-Georgieva, Executive Director, RRDA |
| 10:15–11:00 | The call: objectives, budget, eligible costs | Ivaylo Stoyanov, Head of Department "Cluster Development", BSMEPA |
| 11:00–11:30 | Evaluation criteria and lessons from the 2034 call | Mariana Todorova-Yankova, evaluator |
| 11:30–11:45 | Coffee break | |
| 11:45–12:30 | Testimonials: "What worked for us" | Angel Kisyov, manager, Rhodope Herbs Cluster; Elitsa Vasileva, Bulgarian Wood Furniture Cluster |
| 12:30–13:00 | Partner search: the European Cluster Collaboration Platform and the Enterprise Europe Network | Georgi Kehayov, Enterprise Europe Network Bulgaria, Smolyan Chamber of Commerce and Industry |
| 13:00–13:45 | Lunch | |
| 13:45–15:00 | One-to-one consultations (15 minutes each, booking required) | BSMEPA and RRDA experts |

## Who can apply

Lead applicants must be cluster organisations registered in Bulgaria for at least two years, with at least 10 members of which at least 70 % are SMEs. Partners can be companies, universities, research institutes and municipalities. Each company may take part in no more than two projects. Clusters from the Smolyan, Kardzhali and Pazardzhik districts receive five extra points in the evaluation, and projects with a partner cluster from another EU Member State receive another five.

## Key dates of the call

- Call opens: 2 March 2036
- Online clarification questions until: 20 April 2036
- Deadline for applications: 15 May 2036, 17:00 (Sofia time)
- Expected award decision: September 2036
- Project duration: up to 24 months, ending no later than 31 December 2038

Budget: EUR 6 million in total; grants between EUR 80,000 and EUR 350,000 per project; co-financing rate 70 % for small enterprises and 60 % for medium-sized enterprises.

## Registration

Participation is free. Please register by **16 February 2036** using the online form. Online participants will receive the streaming link the day before. One-to-one consultations must be booked at registration; there are 20 slots available.

A second info day for the Kardzhali district will be held online on {w(2036,2,26)} 26 February 2036, 14:00–16:00.

## Documents

- Guidelines for applicants (draft, BG and EN)
- Presentation of the 2034 call results
- Frequently asked questions (updated weekly)

## Contact

Rhodope Regional Development Agency
Bulgaria Blvd 14, 4700 Smolyan
Contact person: Tsvetelina Hadzhieva-Raykova, Project Coordinator
Phone: +359 301 00 000 · E-mail: infoday@rrda.example.bg

---
[Back to events](#) · [Subscribe to calls alerts](#) · Cookies help us deliver our services. [OK](#) [Learn more](#)
© 2036 Rhodope Regional Development Agency
"""
write(F, T)
gold(F,
 [P("Nikolay Melemov-Dimitrov", "Regional Governor of Smolyan", None),
  P("Desislava Petkova-Georgieva", "Executive Director", "RRDA"),
  P("Ivaylo Stoyanov", "Head of Department \"Cluster Development\"", "BSMEPA"),
  P("Mariana Todorova-Yankova", "evaluator", None),
  P("Angel Kisyov", "manager", "Rhodope Herbs Cluster"),
  P("Elitsa Vasileva", None, "Bulgarian Wood Furniture Cluster"),
  P("Georgi Kehayov", None, "Enterprise Europe Network Bulgaria"),
  P("Tsvetelina Hadzhieva-Raykova", "Project Coordinator", "Rhodope Regional Development Agency")],
 [O("Rhodope Regional Development Agency", "RRDA"), O("Bulgarian Small and Medium Enterprises Promotion Agency", "BSMEPA"),
  O("Smolyan Chamber of Commerce and Industry"), O("Rhodope Herbs Cluster"),
  O("Bulgarian Wood Furniture Cluster"), O("European Cluster Collaboration Platform"), O("Enterprise Europe Network Bulgaria")],
 [E("Info day: Rhodope Clusters Go International – call for proposals 2036", "2036-02-19", None, "Smolyan", "Bulgaria"),
  E("One-to-one consultations", "2036-02-19", None, "Smolyan", "Bulgaria"),
  E("second info day for the Kardzhali district", "2036-02-26")],
 ["2036-02-19", "2036-01-30", "2036-03-02", "2036-04-20", "2036-05-15", "2036-09", "2038-12-31", "2036-02-16", "2036-02-26"],
 [], pub="2036-01-30")
