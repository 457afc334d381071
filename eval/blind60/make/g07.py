from h import *
F = 'kaunas-photonics-cluster-manager-interview.md'
T = f"""[Cluster Voices](#) › Interviews · 7 min read

# "Our members do not need more events, they need fewer doors": an interview with Rasa Vaitkevičiūtė-Lund

*By Tomas Jurgelevičius · {wd(2033,2,3)}, 3 February 2033 · Photo: Kaunas Photonics and Laser Cluster*

**Since June 2031 Rasa Vaitkevičiūtė-Lund has been the cluster manager of the Kaunas Photonics and Laser Cluster (KPLC), a network of 46 companies and four research institutes in central Lithuania. Before that she spent nine years in Copenhagen with the Danish Optics and Photonics Society and three years as project officer at the Lithuanian Innovation Agency. We met her in the cluster's new office at the Santaka Valley campus of Kaunas University of Technology (KTU).**

**You took over from the founding manager, Dr. Vytautas Rimkus. What did you find?**

A strong community with a very clear identity. Vytautas built the cluster in 2019 almost alone, with a laptop and a list of phone numbers. Today he is vice-rector for innovation at KTU and still sits on our board, which helps a lot. What I found missing was a structure for growth. We had excellent laser companies, but very few of them had ever worked with a cluster outside the Baltics.

**What did you change first?**

We reduced the number of working groups from nine to four: medical photonics, quantum and sensing, industrial lasers, and skills. Each group has a chair from a company and a co-chair from research. For example, industrial lasers is chaired by Mindaugas Žukauskas from Lazerių Technologijos UAB, with Prof. Dr. Jūratė Baltrušaitienė from the Center for Physical Sciences and Technology (FTMC) as co-chair. We also introduced a single contact point for members: one person in our office who knows where to send every question. Our members do not need more events, they need fewer doors.

**The cluster received the gold label of the European Cluster Excellence Initiative in November 2032. How important is that?**

Honestly, the process was more useful than the label. The assessment made us write down what we do and for whom. The assessor, Dr. Gerd Meier zu Köcker, asked us a simple question: which three services would your members miss first if you closed tomorrow? We did not have a clear answer, and now we do: partner search abroad, joint stands at trade fairs and the talent programme with schools.

**Talent seems to be a theme for every cluster these days.**

Yes, and for photonics it is existential. Lithuania has about 2,000 people working in lasers, and our companies could hire 300 more tomorrow. Together with the Kaunas City Municipality and the Ministry of Economy and Innovation we launched the "Light Careers" programme in 2032. Students from vocational schools spend two weeks in a member company, and so far 140 young people took part. Deputy Minister Aistė Gedvilienė visited the programme in October and promised that it will be extended to Vilnius and Klaipėda.

**What about international cooperation?**

We are now partners in two European Strategic Cluster Partnerships, one on medical devices with clusters from Baden-Württemberg, Flanders and Catalonia, and one on quantum technologies led by Photonics Bretagne. In March we take 14 companies to LASER World of PHOTONICS in Munich. And on 12 and 13 May 2033 we host the Baltic Photonics Days here in Kaunas, with our friends from the Latvian Photonics Cluster and Photonics Estonia. It will be the fifth edition; the first one was in Riga in 2029.

**Many cluster managers complain about funding.**

I won't complain, but I will say this: a cluster cannot live on project money alone. When I started, 80 percent of our budget came from projects. Now it is 55 percent, and membership fees and paid services make up the rest. Our goal for 2035 is 40 percent. Members value what they pay for.

**Who inspires you in your work?**

Jesper Holm-Andersen, who ran the Danish society when I was there. He taught me that a cluster manager is a host, not a hero. The best meetings are the ones where I say the least.

**What is next for KPLC?**

In spring we will elect a new board. Our chair, Dr. Laura Matulionienė of Ekspla Medical UAB, will not run again after two terms, and we hope more women engineers will stand for election. We will also publish our strategy for 2033–2037 in April.

**Thank you for the conversation.**

---

### Three takeaways from the interview

- Fewer working groups with company chairs and research co-chairs make a cluster easier to use
- The benchmarking process is worth more than the label it leads to
- A cluster that depends on project money for more than half of its budget is not sustainable

*Rasa Vaitkevičiūtė-Lund (41) studied physics at Vilnius University and holds an MBA from Copenhagen Business School. She lives in Kaunas with her family.*

Tags: Lithuania · photonics · cluster management · talent · ESCP

Share: LinkedIn · X · E-mail | Comments (2)

**Giedrius P.** – 4 February 2033: Great interview, the "fewer doors" point is spot on.
**Marta S.** – 5 February 2033: When is the registration for the Baltic Photonics Days opening?
"""
write(F, T)
K = "Kaunas Photonics and Laser Cluster"
gold(F, [
 P("Rasa Vaitkevičiūtė-Lund", "cluster manager", K),
 P("Tomas Jurgelevičius", None, None),
 P("Vytautas Rimkus", "vice-rector for innovation", "Kaunas University of Technology"),
 P("Mindaugas Žukauskas", "chair", "Lazerių Technologijos UAB"),
 P("Jūratė Baltrušaitienė", "co-chair", "Center for Physical Sciences and Technology"),
 P("Gerd Meier zu Köcker", "assessor", None),
 P("Aistė Gedvilienė", "Deputy Minister", "Ministry of Economy and Innovation"),
 P("Jesper Holm-Andersen", None, "Danish Optics and Photonics Society"),
 P("Laura Matulionienė", "chair", "Kaunas Photonics and Laser Cluster"),
], [
 O(K, "KPLC"), O("Danish Optics and Photonics Society"), O("Lithuanian Innovation Agency"), O("Kaunas University of Technology", "KTU"),
 O("Lazerių Technologijos UAB"), O("Center for Physical Sciences and Technology", "FTMC"), O("European Cluster Excellence Initiative"),
 O("Kaunas City Municipality"), O("Ministry of Economy and Innovation"), O("Photonics Bretagne"), O("Latvian Photonics Cluster"),
 O("Photonics Estonia"), O("Ekspla Medical UAB"), O("Vilnius University"), O("Copenhagen Business School"),
], [
 E("LASER World of PHOTONICS", "2033-03", "2033-03", "Munich", "Germany"),
 E("Baltic Photonics Days", "2033-05-12", "2033-05-13", "Kaunas", "Lithuania"),
 E("Baltic Photonics Days (first edition)", "2029", "2029", "Riga", "Latvia"),
], ["2033-02-03", "2031-06", "2019", "2032-11", "2032", "2032-10", "2033-03", "2033-05-12/2033-05-13", "2029", "2035", "2033/2037", "2033-04",
    "2033-02-04", "2033-02-05"],
 km=["Fewer working groups with company chairs and research co-chairs make a cluster easier to use",
     "The benchmarking process is worth more than the label it leads to",
     "A cluster that depends on project money for more than half of its budget is not sustainable"], pub="2033-02-03")
