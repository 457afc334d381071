from h import *
F = 'g15_idavirumaa_pilot_results.md'
assert wd(2038,5,20)=='Thursday'
T = """[Home](/) › [Pilots](/pilots) › Ida-Viru County

# Pilot action results: "Skills Bridge" for oil shale workers in Ida-Viru County

**Project:** JUST-SKILLS – Clusters for a just transition in carbon-intensive regions (Interreg Europe)
**Pilot region:** Ida-Viru County, Estonia
**Pilot partner:** Ida-Viru Industrial Cluster (IVIC), Narva, with Ida-Viru Enterprise Centre (IVEK)
**Duration of the pilot:** October 2036 – March 2038
**Status:** completed · page published 20 May 2038

> Share: [LinkedIn](#) · [Facebook](#) · [Copy link](#)

---

## Why a pilot?

When the last oil shale power units in Narva were scheduled to close, around 2,400 workers in the county faced
the loss of their jobs within five years. Many of them are skilled electricians, mechanics and process operators,
but their certificates and experience are not easily recognised by employers in the growing sectors of the region:
battery materials, rare earth processing, wind energy and data centres.

During the first phase of JUST-SKILLS, the study visit to Upper Silesia in May 2036 showed the Estonian partners
how the Silesian cluster managers matched miners with manufacturing employers through short, employer-led
training. Ida-Viru Industrial Cluster decided to test a similar "bridge" model.

## What was done

- A **skills mapping** of 312 workers from three energy and mining companies, carried out by Ida-Viru
  Enterprise Centre with the Estonian Unemployment Insurance Fund (Töötukassa).
- **Six bridge courses** of 80 to 160 hours, designed together with employers: high-voltage systems for wind
  parks, magnet production, industrial automation, data centre operations, welding of stainless steel and
  occupational safety in chemical plants.
- **Job-shadowing days** at eight companies, including Narva Magnet Works OÜ, VKG Energia AS and
  Baltic Wind Services OÜ.
- A **recognition desk** at the Narva College of the University of Tartu, which helped workers to validate prior
  learning for vocational qualifications.

The pilot had a budget of EUR 148,000, of which EUR 40,000 came from the Interreg Europe pilot action budget and
the rest from the Just Transition Fund programme managed by the Ministry of Finance of Estonia.

## Results

The final evaluation was presented to the regional stakeholder group in Jõhvi on 12 April 2038. Its main results:

1. 214 workers completed at least one bridge course, 67% of them women and men over 45 years of age.
2. 131 participants found a new job within six months of finishing the course, 104 of them in the county.
3. Employers rated the courses 4.4 out of 5 and asked for two additional courses, in battery recycling and
   heat pump installation.
4. The recognition desk processed 96 applications; 58 workers obtained a vocational qualification without
   repeating training.
5. The cost per worker placed in a new job was about EUR 1,130, less than half of the cost of comparable
   national retraining schemes.

"People did not want a classroom. They wanted to see the new workplace and to know that a real employer was
waiting at the end," says **Olga Kuznetsova**, pilot manager at Ida-Viru Industrial Cluster.

**Margus Lepik**, head of human resources at Narva Magnet Works OÜ, adds that eleven of the company's new
production operators came from the pilot: "Their experience with heavy equipment and shift work was exactly what
we needed. We only had to add the specific skills."

## Lessons learned

- Employers must be involved in the design of each course from the beginning, not only in the final selection.
- Russian-language support is essential in the first weeks; Estonian-language training can follow on the job.
- A single contact point for workers, combining skills mapping, courses and recognition, avoids drop-outs.
- The pilot needs a longer run-in: the first two months were used almost entirely for recruitment.

## What happens next

The Ministry of Finance of Estonia has decided to continue the Skills Bridge model as a measure of the Just
Transition Fund programme from September 2038, with a budget of EUR 1.2 million for three years. Ida-Viru
Industrial Cluster will coordinate the employer network. The results will be shared with the JUST-SKILLS
partners at the project's final conference in Katowice on 14 October 2038.

**Siim Tamm**, policy officer of the Estonian JUST-SKILLS team, will present the pilot at the European Week of
Regions and Cities in Brussels, 6–9 October 2038.

## Downloads

- Pilot evaluation report (PDF, EN/ET/RU)
- Course catalogue of the bridge courses (PDF)
- Video: "From oil shale to magnets" (4:12 min)

## Contact

Olga Kuznetsova · Pilot manager · Ida-Viru Industrial Cluster · Tallinna mnt 12, 20304 Narva, Estonia
olga.kuznetsova@example-ivic.ee · +372 35 000 00

---

*JUST-SKILLS partners: Marshal Office of the Silesian Voivodeship (PL, lead partner) · Ida-Viru Industrial Cluster
(EE) · Ministry of Finance of Estonia (EE) · Jiu Valley Development Agency (RO) · Lusatia Economic Development
Agency WRL (DE) · Western Macedonia University of Applied Sciences (GR) · Regional Government of Asturias (ES)*

*Co-funded by the European Union. © 2038 JUST-SKILLS · [Privacy](/privacy) · [Cookies](/cookies)*
"""
assert wd(2038,4,12)=='Monday' and wd(2038,10,14)=='Thursday'
write(F, T)
gold(F,
 [P('Olga Kuznetsova','pilot manager','Ida-Viru Industrial Cluster'),
  P('Margus Lepik','head of human resources','Narva Magnet Works OÜ'),
  P('Siim Tamm','policy officer')],
 [O('Ida-Viru Industrial Cluster','IVIC'), O('Ida-Viru Enterprise Centre','IVEK'),
  O('Estonian Unemployment Insurance Fund'),
  O('Narva Magnet Works OÜ'), O('VKG Energia AS'), O('Baltic Wind Services OÜ'),
  O('Narva College of the University of Tartu'), O('Ministry of Finance of Estonia'),
  O('Marshal Office of the Silesian Voivodeship'), O('Jiu Valley Development Agency'),
  O('Lusatia Economic Development Agency WRL'), O('Western Macedonia University of Applied Sciences'),
  O('Regional Government of Asturias')],
 [E('study visit to Upper Silesia','2036-05',None,None,'Poland'),
  E('regional stakeholder group','2038-04-12',None,'Jõhvi','Estonia'),
  E("project's final conference",'2038-10-14',None,'Katowice','Poland'),
  E('European Week of Regions and Cities','2038-10-06','2038-10-09','Brussels','Belgium')],
 ['2036-10/2038-03','2038-05-20','2036-05','2038-04-12','2038-09','2038-10-14','2038-10-06/2038-10-09'],
 ['214 workers completed at least one bridge course, 67% of them women and men over 45 years of age',
  '131 participants found a new job within six months of finishing the course, 104 of them in the county',
  'Employers rated the courses 4.4 out of 5 and asked for two additional courses, in battery recycling and heat pump installation',
  'The recognition desk processed 96 applications; 58 workers obtained a vocational qualification without repeating training',
  'The cost per worker placed in a new job was about EUR 1,130, less than half of the cost of comparable national retraining schemes',
  'Employers must be involved in the design of each course from the beginning, not only in the final selection',
  'Russian-language support is essential in the first weeks; Estonian-language training can follow on the job',
  'A single contact point for workers, combining skills mapping, courses and recognition, avoids drop-outs',
  'The pilot needs a longer run-in: the first two months were used almost entirely for recruitment'],
 pub='2038-05-20')
