from h import *
F = 'g14_appointment_and_vacancy_notice_cluster.txt'
assert wd(2040,10,1)=='Monday' and wd(2040,9,7)=='Friday' and wd(2040,9,18)=='Tuesday'
T = """From the News section of www.westmidlands-aerocluster.example.uk
-----------------------------------------------------------------
WEST MIDLANDS AEROSPACE & DEFENCE CLUSTER
Home | About | Members | Programmes | News | Jobs | Contact     [Member login]

NEWS > PEOPLE                                       Posted: 29 August 2040

APPOINTMENT: Dr Farah Siddiqui named new Chief Executive of the West Midlands
Aerospace & Defence Cluster

The Board of the West Midlands Aerospace & Defence Cluster (WMADC) is pleased
to announce the appointment of Dr Farah Siddiqui as Chief Executive, with
effect from Monday 1 October 2040. She succeeds Graham Pettifer, who retires
after eleven years in the role.

Dr Siddiqui joins from the Manufacturing Technology Centre (MTC) in Coventry,
where she has been Director of Aerospace Programmes since 2036. Before that
she spent nine years at Rolls-Royce plc in Derby, latterly as Head of Supplier
Development for civil aerospace. She holds a PhD in materials science from the
University of Birmingham and chairs the skills committee of ADS Group.

Announcing the appointment, Board Chair Richard Okonkwo-Hale said: "Farah
brings exactly the mix of industrial experience and supply-chain knowledge
our 230 members need as we move into the next phase of the sustainable
aviation programme." Dr Siddiqui said she was "delighted to lead a cluster
that has done so much to keep high-value manufacturing jobs in the region."

Graham Pettifer will remain an adviser to the Board until March 2041. Under
his leadership the cluster grew from 90 to 230 members and opened its
supplier academy in Telford in 2034. A farewell event for members will be
held on Tuesday 18 September 2040 at the Birmingham Council House, hosted by
the Lord Mayor of Birmingham, Cllr Maureen Adeyemi.

Other changes in the team
- Owen Prichard is promoted to Head of Programmes from 1 September 2040.
- Jasmine Kaur joins as Events and Communications Officer; she previously
  worked for Marketing Birmingham.
- Dr Tomasz Wiśniewski (Aston University) is co-opted to the Board as
  academic representative.

-----------------------------------------------------------------
JOBS > VACANCY

Programme Manager – Net Zero Supply Chain (fixed term, 24 months)
Location: Birmingham (hybrid, minimum two days a week in the office)
Salary: £46,000–£52,000 depending on experience, plus pension
Closing date: Friday 7 September 2040, 12:00 noon
Interviews: week commencing 17 September 2040

About the role
WMADC is looking for a Programme Manager to run its Net Zero Supply Chain
programme, funded by the West Midlands Combined Authority (WMCA) and the
Aerospace Technology Institute (ATI) from October 2040 to September 2042. You
will support up to 60 SMEs in measuring and reducing their carbon footprint,
organise workshops and site visits, and report to the funders every quarter.

What we are looking for
- At least five years' experience in manufacturing, engineering or a related
  business support role
- Experience of managing publicly funded projects and budgets
- Good knowledge of carbon accounting standards (e.g. ISO 14064)
- Excellent communication skills and a full UK driving licence

How to apply
Send a CV and a cover letter of no more than two pages to
recruitment@wmadc.example.uk, quoting reference WMADC/PM/2040/07. For an
informal conversation about the role, contact Owen Prichard, Head of
Programmes, on 0121 000 0000.

WMADC is an equal opportunities employer and welcomes applications from all
sections of the community. We are a Disability Confident Committed employer.

-----------------------------------------------------------------
Related news
> Cluster signs memorandum with Occitanie's Aerospace Valley (12 July 2040)
> Farnborough International Airshow 2040: 14 members on the regional stand
> Supplier academy celebrates its 1,000th learner (3 May 2040)

West Midlands Aerospace & Defence Cluster Ltd, i54 Business Park,
Wolverhampton WV9 5GB. Registered in England and Wales No. 00000000.
Privacy | Cookies | Terms       Share: LinkedIn  X  Email
"""
write(F, T)
C = "West Midlands Aerospace & Defence Cluster"
gold(F,
 [P("Farah Siddiqui","Chief Executive",C), P("Graham Pettifer","adviser to the Board",C),
  P("Richard Okonkwo-Hale","Board Chair",C), P("Maureen Adeyemi","Lord Mayor of Birmingham",None),
  P("Owen Prichard","Head of Programmes",C), P("Jasmine Kaur","Events and Communications Officer",C),
  P("Tomasz Wiśniewski","academic representative","Aston University")],
 [O(C,"WMADC"), O("Manufacturing Technology Centre","MTC"), O("Rolls-Royce plc"), O("University of Birmingham"),
  O("ADS Group"), O("Marketing Birmingham"), O("Aston University"), O("West Midlands Combined Authority","WMCA"),
  O("Aerospace Technology Institute","ATI"), O("Aerospace Valley")],
 [E("farewell event for members","2040-09-18",None,"Birmingham","United Kingdom"),
  E("Farnborough International Airshow 2040",None,None,"Farnborough","United Kingdom")],
 ["2040-08-29","2040-10-01","2036","2041-03","2034","2040-09-18","2040-09-01","2040-09-07","2040-09-17","2040-10/2042-09",
  "2040-07-12","2040-05-03"],
 [], "2040-08-29")
