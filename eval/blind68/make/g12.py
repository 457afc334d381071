from h import *
F='h2-skills-partner-meeting-caen-report-pdf.txt'
HDR='H2-Skills – Report of the 3rd Partner Meeting, Caen                         Interreg North-West Europe'
T=f'''{HDR}

                 H2-SKILLS
     Training the hydrogen workforce of North-West Europe

         REPORT OF THE THIRD PARTNER MEETING
      Caen (Normandy, France), 26–27 February 2035

      Deliverable D1.3.3 · Version 1.1 · 14 March 2035
      Prepared by: AD Normandie (host partner)
      Dissemination level: Public


1. Participants

The meeting was hosted by AD Normandie, the economic development
agency of the Normandy Region, at the Maison de la Recherche et de
l'Imagination in Caen. Twenty-six people from all nine partners at-
tended in person; two joined online.

Lead partner: HydroDelta Zeeland (NL) – Femke van der Heijden, Bram
Koster (project manager)
AD Normandie (FR) – Mathilde Lefort-Carpentier, Yannick Le Goff
Université de Caen Normandie (FR) – Prof. Dr.-Ing. Olivier Brault
Hydrogen Cluster Lower Saxony / Wasserstoffnetzwerk Niedersachsen (DE)
– Dr. Henrike Poppinga
Berufsbildende Schulen Emden (DE) – Jan-Hendrik Saathoff
Pomeranian Hydrogen Valley Cluster (PL) – Magdalena Szymańska
Gdańsk University of Technology (PL) – dr hab. inż.
Krzysztof Lewandowski
Scalda (NL) – Rob Geschiere
Catalisti (BE) – Joris Maes (online)

Joint Secretariat: Claire Dubois-Mertens, project officer (online, first day only)

                                                               Page 1 of 4
{HDR}

2. Programme and discussion

Day 1, {wd(2035,2,26)} 26 February 2035

Welcome by Hervé Morin-Lescure, Vice-President of the Normandy Region
for higher education and innovation, who recalled that the region
plans 3,000 jobs in hydrogen production around Le Havre and Port-
Jérôme by 2032.

Work package 2 (skills needs analysis): Dr. Henrike Poppinga present-
ed the results of the survey of 412 companies in the four regions.
The largest gaps are in safety qualifications for gas systems, in
welding of high-pressure pipes and in the control of electrolysers.
Partners noted that the Polish and Dutch data show a higher demand
for process operators than the French and German data.

Work package 3 (training modules): Rob Geschiere and Jan-Hendrik
Saathoff showed the first two modules, "Hydrogen safety basics" and
"Electrolyser operation", now piloted with 64 students in Vlissingen
and Emden. Teachers asked for more practical exercises; the module
on pipeline welding is delayed by two months because the test rig at
Gdańsk University of Technology will only be ready in May.

Afternoon: site visit to the hydrogen refuelling station and the
training workshop of the Lycée Jules Verne in Mondeville.

Evening: partner dinner hosted by AD Normandie.

Discussion round on the training market: Mathilde Lefort-Carpentier
explained that the Normandy Region will co-finance continuing train-
ing for 400 workers in hydrogen jobs in 2035 and 2036, and asked
whether the H2-Skills modules could be used in these courses. Part-
ners welcomed the idea; Yannick Le Goff will check the certification
requirements with the regional training agency.

                                                               Page 2 of 4
{HDR}

Day 2, {wd(2035,2,27)} 27 February 2035

Work package 4 (transfer and policy): Magdalena Szymańska presented a
draft policy brief for regional authorities. The partners agreed that
it should be shorter (four pages) and should name concrete funding
sources. Prof. Brault proposed to add a chapter on the recognition of
qualifications across borders.

Project management: Bram Koster reported that 38 % of the budget
has been spent at month 18. The first progress report was approved
by the Joint Secretariat on 20 January 2035. Claire Dubois-Mertens
reminded partners that the second report is due on 30 September 2035.

Communication: the project newsletter reaches 1,150 subscribers. The
partners will present H2-Skills at the Delta Hydrogen Days in Goes in
September and at the Hydrogen Technology Expo Europe in Hamburg on 21–
22 October 2035.

3. Main outcomes

- The skills needs analysis (D2.1) is approved and will be published
  in April 2035
- The pilot of modules 1 and 2 continues until June 2035; module 3
  (pipeline welding) starts in September 2035 in Gdańsk
- The policy brief will be reduced to four pages and finalised by the
  end of May 2035
- A cross-border recognition chapter will be drafted by Université de
  Caen Normandie and BBS Emden
- Partners agree to apply for a six-month project extension, to be
  decided by the Monitoring Committee in autumn 2035

                                                               Page 3 of 4
{HDR}

4. Next meetings

- Online partner call: {wd(2035,4,17)} 17 April 2035, 10:00–12:00 CET
- 4th partner meeting: Gdańsk, 16–17 September 2035, hosted by the
  Pomeranian Hydrogen Valley Cluster
- Final conference: Vlissingen, March 2036

5. Annexes

Annex 1 – Attendance list with signatures
Annex 2 – Presentations (WP2, WP3, WP4)
Annex 3 – Photos of the site visit in Mondeville
Annex 4 – Draft outline of the policy brief (version of 20 February
2035, to be revised by Magdalena Szymańska and Bram Koster)

Report approved by the partners by written procedure on 14 March
2035.

For the lead partner:
Bram Koster, project manager, HydroDelta Zeeland
b.koster@hydrodelta-zeeland.nl

                                                               Page 4 of 4
'''
write(F,T)
gold(F,[P('Femke van der Heijden',None,'HydroDelta Zeeland'),P('Bram Koster','project manager','HydroDelta Zeeland'),P('Mathilde Lefort-Carpentier',None,'AD Normandie'),
 P('Yannick Le Goff',None,'AD Normandie'),P('Olivier Brault',None,'Université de Caen Normandie'),P('Henrike Poppinga',None,'Hydrogen Cluster Lower Saxony'),
 P('Jan-Hendrik Saathoff',None,'Berufsbildende Schulen Emden'),P('Magdalena Szymańska',None,'Pomeranian Hydrogen Valley Cluster'),P('Krzysztof Lewandowski',None,'Gdańsk University of Technology'),
 P('Rob Geschiere',None,'Scalda'),P('Joris Maes',None,'Catalisti'),P('Claire Dubois-Mertens','project officer','Joint Secretariat'),
 P('Hervé Morin-Lescure','Vice-President of the Normandy Region for higher education and innovation','Normandy Region')],
 [O('AD Normandie'),O('Normandy Region'),O('HydroDelta Zeeland'),O('Université de Caen Normandie'),O('Hydrogen Cluster Lower Saxony'),O('Berufsbildende Schulen Emden','BBS Emden'),
  O('Pomeranian Hydrogen Valley Cluster'),O('Gdańsk University of Technology'),O('Scalda'),O('Catalisti'),O('Joint Secretariat'),O('Lycée Jules Verne'),O('Monitoring Committee')],
 [E('3rd Partner Meeting','2035-02-26','2035-02-27','Caen','France'),E('site visit','2035-02-26','2035-02-26','Mondeville','France'),
  E('partner dinner','2035-02-26','2035-02-26',None,None),E('Delta Hydrogen Days','2035-09','2035-09','Goes','Netherlands'),
  E('Hydrogen Technology Expo Europe','2035-10-21','2035-10-22','Hamburg','Germany'),E('Online partner call','2035-04-17','2035-04-17',None,None),
  E('4th partner meeting','2035-09-16','2035-09-17','Gdańsk','Poland'),E('Final conference','2036-03','2036-03','Vlissingen','Netherlands')],
 ['2035-02-26/2035-02-27','2035-03-14','2035-02-26','2032','2035-05','2035-02-27','2035-01-20','2035-09-30','2035-09','2035-10-21/2035-10-22','2035-04','2035-06','2035','2035-04-17','2035-09-16/2035-09-17','2036-03','2036','2035-02-20'],
 pub='2035-03-14',
 km=['The skills needs analysis (D2.1) is approved and will be published in April 2035','The pilot of modules 1 and 2 continues until June 2035; module 3 (pipeline welding) starts in September 2035 in Gdańsk',
 'The policy brief will be reduced to four pages and finalised by the end of May 2035','A cross-border recognition chapter will be drafted by Université de Caen Normandie and BBS Emden',
 'Partners agree to apply for a six-month project extension, to be decided by the Monitoring Committee in autumn 2035'])
