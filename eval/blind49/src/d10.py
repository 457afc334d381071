from g import save
T='''# And the winners of the Blue Island Hackathon 2035 are…

**Posted on 3 November 2035 by the MarTech Madeira team** · News · 4 min read

Forty-eight hours, 61 participants, 14 teams and a lot of *bolo do caco*: the third **Blue Island Hackathon** took place from Friday 26 to Sunday 28 October 2035 at the Startup Madeira incubator in Funchal. Organised by the ocean-economy cluster **MarTech Madeira – Associação para a Economia Azul da Madeira (MTM)** together with the Universidade da Madeira and the regional agency ARDITI, this year's edition asked participants to solve four challenges set by local companies and public bodies:

1. Predicting the arrival of jellyfish blooms on bathing beaches (challenge owner: Direção Regional do Mar)
2. Reducing food waste on cruise-ship turnarounds in the Port of Funchal (challenge owner: APRAM – Administração dos Portos da Região Autónoma da Madeira)
3. A booking tool for small whale-watching operators that limits pressure on the animals (challenge owner: Baleia Azul Tours Lda.)
4. Low-cost monitoring of aquaculture cages off Caniçal (challenge owner: AquaMadeira S.A.)

## The jury

The teams pitched on Sunday afternoon to a jury chaired by **Rita Gouveia Freitas**, president of MTM. Alongside her sat **Prof. Duarte Nóbrega**, vice-rector for research at the Universidade da Madeira; **Célia Abreu Spínola**, head of innovation at ARDITI; **Nils Ekström**, investment manager at the Lisbon-based fund Atlântico Ventures; and **Margarida Teixeira**, managing partner of Baleia Azul Tours.

## The winners

**1st prize (€5,000 and a six-month place at Startup Madeira): Team "MedusaWatch"**
Combining open satellite data on sea temperature with photos sent by lifeguards, the team built a model that predicted bloom days at Praia Formosa with 78% accuracy on past data. Team members: Beatriz Vasconcelos, Tiago Jardim, Inês Pestana and the Erasmus student Lukas Hoffmeister from the Universität Bremen… sorry, from the University of Kiel (we were corrected on stage!).

**2nd prize (€3,000): Team "ZeroGalley"**
An app that connects cruise galleys with the regional food bank before a ship leaves port. Team lead: **Filipe Caires**, developer at Madeira Digital Lda.

**3rd prize (€1,500): Team "Cetacea Slots"**
A shared booking calendar that caps the number of boats near a pod. Team: Joana Camacho and Rui Sardinha, students at the Universidade da Madeira.

**Special prize of the Port Authority: "GalleyLoop"**, for the best logistics concept.

"What impressed us most was that every winning team had spoken to the people who will use the tool before writing a single line of code," said Rita Gouveia Freitas at the award ceremony.

## What happens next?

The three winning teams will present their prototypes at the **Madeira Blue Economy Forum** on 22 January 2036 in Funchal, and MedusaWatch will be tested by the Direção Regional do Mar during the 2036 bathing season (June to September 2036).

## Save the date: Blue Island Hackathon 2036

The fourth edition will be held from **23 to 25 October 2036**, for the first time in a hybrid format with a second hub in Porto Santo. Challenge owners can submit proposals until **30 April 2036**; team registration opens on **1 June 2036**.

## Previous editions

- 2033 (first edition): 32 participants, winner "TideTrack"
- 2034: 47 participants, winner "KelpCount", which has since become the start-up KelpCount Lda.

*The Blue Island Hackathon 2035 was supported by the Regional Government of Madeira, the Câmara Municipal do Funchal and the Enterprise Europe Network Portugal.*

Share: [LinkedIn] [Facebook] [E-mail]

Tags: hackathon, blue economy, Madeira, start-ups

---
MarTech Madeira · Rua da Alfândega 00, 9000-000 Funchal · [Privacy policy] · © 2035
'''
save('blue-island-hackathon-2035-winners.md',T,'2035-11-03',
[('Rita Gouveia Freitas','president','MTM'),('Duarte Nóbrega','vice-rector for research','Universidade da Madeira'),
 ('Célia Abreu Spínola','head of innovation','ARDITI'),('Nils Ekström','investment manager','Atlântico Ventures'),
 ('Margarida Teixeira','managing partner','Baleia Azul Tours'),('Beatriz Vasconcelos',None,None),('Tiago Jardim',None,None),
 ('Inês Pestana',None,None),('Lukas Hoffmeister','Erasmus student','University of Kiel'),
 ('Filipe Caires','developer','Madeira Digital Lda.'),('Joana Camacho','student','Universidade da Madeira'),
 ('Rui Sardinha','student','Universidade da Madeira')],
[('MarTech Madeira – Associação para a Economia Azul da Madeira','MTM'),('Startup Madeira',None),('Universidade da Madeira',None),
 ('ARDITI',None),('Direção Regional do Mar',None),('APRAM – Administração dos Portos da Região Autónoma da Madeira','APRAM'),
 ('Baleia Azul Tours Lda.',None),('AquaMadeira S.A.',None),('Atlântico Ventures',None),('Universität Bremen',None),('University of Kiel',None),
 ('Madeira Digital Lda.',None),('KelpCount Lda.',None),('Regional Government of Madeira',None),('Câmara Municipal do Funchal',None),
 ('Enterprise Europe Network Portugal',None)],
[('Blue Island Hackathon 2035','2035-10-26','2035-10-28','Funchal','Portugal'),
 ('Madeira Blue Economy Forum','2036-01-22','2036-01-22','Funchal','Portugal'),
 ('Blue Island Hackathon 2036','2036-10-23','2036-10-25',None,'Portugal'),
 ('Blue Island Hackathon 2033','2033','2033',None,None),('Blue Island Hackathon 2034','2034','2034',None,None)],
['2035-11-03','2035-10-26/2035-10-28','2036-01-22','2036','2036-06/2036-09','2036-10-23/2036-10-25','2036-04-30','2036-06-01','2033','2034'],[])
