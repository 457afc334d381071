from h import *
F = 'picardie_agrifood_anuga_2033_joint_stand_call.txt'
T = f"""PICARDIE AGRO-INNOVATION CLUSTER
Call for participation – Hauts-de-France joint stand at ANUGA 2033
Cologne, Germany – {wd(2033,10,8)} 8 to {wd(2033,10,12)} 12 October 2033

Ref. PAI/INT/2033-04 · Published {wd(2033,2,14)} 14 February 2033 · Amiens

1. WHAT WE OFFER

For the third time, the Picardie Agro-Innovation Cluster (PAI) and the regional business agency Hauts-de-France Invest & Export (HDFIE) organise a shared regional stand at Anuga, the world's leading trade fair for food and beverages, held every two years at Koelnmesse. The 2033 joint stand will cover about 180 m² in Hall 10.1 ("Fine Food") and offer space to up to 14 food companies from the Hauts-de-France region.

Each co-exhibitor receives:
- a furnished stand module of 9 m² (counter with lockable storage, two chairs, shelving, spotlight, electricity, name board);
- a shared meeting area, kitchen and cloakroom;
- an entry in the official Anuga catalogue and in the regional exhibitor brochure;
- two exhibitor passes and access to the "Taste Hauts-de-France" reception on Sunday 9 October 2033;
- support from the cluster team before and during the fair, including a buyers' pre-arranged meetings service run with Business France.

2. WHO CAN APPLY

The call is open to small and medium-sized food and drink producers with a registered office or production site in Hauts-de-France that already export or have a documented export plan. Priority is given to members of the cluster and to companies that have not exhibited at Anuga under their own name before. Products must be ready for listing (labels in English and German, price lists, logistics arrangements).

3. COSTS

The regional contribution covers about 60 % of the costs. The remaining fee per co-exhibitor is EUR 6,900 excluding VAT for cluster members and EUR 8,400 excluding VAT for non-members. Travel and accommodation are at the expense of the companies; the cluster has pre-booked a block of rooms in Cologne-Deutz at a negotiated rate until 30 June 2033.

4. DEADLINES

- 31 March 2033: deadline for applications (online form and signed commitment letter)
- 15 April 2033: selection committee; applicants are informed by e-mail
- 16 May 2033: payment of a 50 % deposit
- 30 June 2033: catalogue texts, logos and product photographs
- 6 September 2033: payment of the balance
- 5 September 2033: preparatory webinar "How to work a fair in Germany" (online)

Correction of 20 February 2033: the preparatory webinar will take place on {wd(2033,9,6)} 6 September 2033, 10:00–11:30, not on 5 September as first printed.

Applications that arrive after the deadline will be placed on a waiting list.

5. SELECTION

A committee of the cluster, HDFIE and the Hauts-de-France Regional Council will choose the co-exhibitors on the basis of export readiness, product innovation and the balance of product groups on the stand (dairy, bakery, vegetables and potato products, beverages, ready meals). The committee is chaired by Dominique Lefebvre-Caron, Vice-President of the cluster and managing director of Fromagerie de la Somme SAS.

6. PREVIOUS PARTICIPATION

At Anuga 2029 the regional stand hosted nine companies; at Anuga 2031 twelve. The co-exhibitors of 2031 reported a total of 312 qualified contacts and 27 new listings within six months. Among them, Brasserie des Trois Vallées SARL signed its first distribution contract in Poland at the fair, and the potato processor Picardie Primeurs SA met two buyers from Scandinavia. "The shared stand gave us the visibility of a big company at the price of a small one," said Laurent Van Hecke, export manager of Biscuiterie Van Hecke, after the 2031 edition.

7. OTHER FAIRS IN 2033

The cluster also coordinates regional participation in:
- SIAL Paris is held in even years only, so in 2033 the cluster will instead join the Business France pavilion at Gulfood in Dubai (February 2034) – a separate call will be published in September 2033;
- the Salon de l'Agriculture et de l'Alimentation Durable in Lille, 23–25 November 2033, where members can present their products on the cluster's own stand free of charge.

8. CONTACT

Questions on the call:
Amandine Grévin, international project manager, Picardie Agro-Innovation Cluster
tel. +33 3 22 00 00 00 · a.grevin@pai-cluster.example

Questions on the regional funding:
Mathieu Ould-Brahim, export adviser, Hauts-de-France Invest & Export (Amiens office)

Please note: this call is made under the Regional Council's export support scheme 2028–2034. Participation is subject to the rules on de minimis aid.

Picardie Agro-Innovation Cluster · Pôle Jules Verne, 80440 Boves · www.pai-cluster.example
"""
write(F, T)
gold(F,
 [P('Dominique Lefebvre-Caron', 'Vice-President', 'Picardie Agro-Innovation Cluster'),
  P('Laurent Van Hecke', 'export manager', 'Biscuiterie Van Hecke'),
  P('Amandine Grévin', 'international project manager', 'Picardie Agro-Innovation Cluster'),
  P('Mathieu Ould-Brahim', 'export adviser', 'Hauts-de-France Invest & Export')],
 [O('Picardie Agro-Innovation Cluster', 'PAI'), O('Hauts-de-France Invest & Export', 'HDFIE'), O('Business France'),
  O('Hauts-de-France Regional Council'), O('Fromagerie de la Somme SAS'), O('Brasserie des Trois Vallées SARL'), O('Picardie Primeurs SA'),
  O('Biscuiterie Van Hecke')],
 [E('ANUGA 2033', '2033-10-08', '2033-10-12', 'Cologne', 'Germany'),
  E('Taste Hauts-de-France', '2033-10-09', '2033-10-09', None, None),
  E('How to work a fair in Germany', '2033-09-06', '2033-09-06', None, None),
  E('Anuga 2029', '2029', '2029', None, None),
  E('Anuga 2031', '2031', '2031', None, None),
  E('Gulfood', '2034-02', '2034-02', 'Dubai', 'United Arab Emirates'),
  E("Salon de l'Agriculture et de l'Alimentation Durable", '2033-11-23', '2033-11-25', 'Lille', 'France')],
 ['2033-10-08/2033-10-12', '2033-02-14', '2033-10-09', '2033-06-30', '2033-03-31', '2033-04-15', '2033-05-16', '2033-09-06',
  '2033-09-05', '2033-02-20', '2034-02', '2033-09', '2033-11-23/2033-11-25', '2028/2034', '2033'],
 [], pub='2033-02-14')
