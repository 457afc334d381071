from h import *
T = """CALL FOR TENDERS No. CBT-2034-01
Organisation of the "Mediterranean Blue Islands Summit 2034" (Ajaccio, 23–25 May 2034)

Contracting authority: Corsica Blue Tech – Association des entreprises de l'économie bleue de Corse (CBT), 4 quai l'Herminier, 20000 Ajaccio, France
Procedure: adapted procedure (procédure adaptée) under the French public procurement code, as CBT receives public funding above 50 %
Date of publication: 12 January 2034
Deadline for questions: 26 January 2034, 12:00 (CET)
Deadline for tenders: 9 February 2034, 12:00 (CET)
Estimated value: EUR 140,000 excluding VAT

1. BACKGROUND
Corsica Blue Tech (CBT) is the cluster organisation of 85 companies and laboratories of the Corsican blue economy: aquaculture, marine biotechnology, nautical services, coastal tourism and port technology. It is supported by the Collectivité de Corse and the Agence de Développement Économique de la Corse (ADEC).

In 2034 CBT hosts the fourth Mediterranean Blue Islands Summit, the meeting of island clusters of the Mediterranean. The previous summits were held in Palma (Balearic Islands) on 15–16 October 2030, in Heraklion (Crete) on 3–4 May 2032 and in Valletta (Malta) on 25–26 April 2033. The 2034 summit takes place from Tuesday 23 to Thursday 25 May 2034 at the Palais des Congrès d'Ajaccio, with a field day in Bonifacio on 25 May.

2. SUBJECT OF THE CONTRACT
The contractor will organise the summit on behalf of CBT. The contract is divided into two lots:
Lot 1 – Event management: venue set-up, registration platform (350 participants), accommodation block booking, transfers Ajaccio–Bonifacio, catering for three days, the gala dinner on 24 May, interpretation French–English–Italian, on-site team.
Lot 2 – Communication: visual identity, website, social media before and during the event, photo and video coverage, a 3-minute film, press relations with Corsican, Sardinian and national media.
Tenderers may bid for one or both lots.

3. TIMETABLE OF THE CONTRACT
- Kick-off meeting with CBT: week of 20 February 2034 (at the latest 24 February)
- Registration platform online: 15 March 2034
- Final programme printed: 10 May 2034
- Summit: 23–25 May 2034
- Final report and invoices: by 30 June 2034

4. AWARD CRITERIA
Technical value 60 % (methodology 30 %, team 20 %, environmental measures 10 %); price 40 %. The environmental criterion covers low-waste catering and the use of maritime transport between Ajaccio and Bonifacio where possible.

5. HOW TO SUBMIT
Tenders are submitted electronically on the regional procurement platform "marchés publics Corse" only. Paper tenders are not accepted. Tenders must include: the signed commitment form (DC1), a technical memorandum (max. 20 pages), a detailed price schedule, references of three comparable events organised since 2029, and the CVs of the project manager and the on-site coordinator.

6. INFORMATION SESSION
An optional online information session for interested tenderers will be held on Thursday 19 January 2034 at 10:00. Questions may also be sent in writing to marches@corsicabluetech.example until the deadline above; answers will be published for all tenderers by 31 January 2034.

7. CONTACTS
Technical questions: Paul-Antoine Santoni, project manager, Corsica Blue Tech
Administrative questions: Maria-Dumenica Ristorcelli, administrative and financial officer, Corsica Blue Tech
The tender committee is chaired by the president of CBT, Jean-Baptiste Orsini-Casabianca.

8. FUNDING
The summit is co-financed by the Collectivité de Corse and the Interreg Italia–Francia Marittimo programme (project ISOLABLU).

Ajaccio, 12 January 2034
The President, Jean-Baptiste Orsini-Casabianca
"""
write("CBT-2034-01_call-for-tenders_Blue-Islands-Summit.txt", T, "2034-01-12",
 [P("Paul-Antoine Santoni","project manager","Corsica Blue Tech – Association des entreprises de l'économie bleue de Corse"),
  P("Maria-Dumenica Ristorcelli","administrative and financial officer","Corsica Blue Tech – Association des entreprises de l'économie bleue de Corse"),
  P("Jean-Baptiste Orsini-Casabianca","president","CBT")],
 [O("Corsica Blue Tech – Association des entreprises de l'économie bleue de Corse","CBT"),O("Collectivité de Corse"),
  O("Agence de Développement Économique de la Corse","ADEC")],
 [E("Mediterranean Blue Islands Summit 2034","2034-05-23","2034-05-25","Ajaccio","France"),
  E("first Mediterranean Blue Islands Summit","2030-10-15","2030-10-16","Palma","Spain"),
  E("second Mediterranean Blue Islands Summit","2032-05-03","2032-05-04","Heraklion","Greece"),
  E("third Mediterranean Blue Islands Summit","2033-04-25","2033-04-26","Valletta","Malta"),
  E("Kick-off meeting with CBT","2034-02","2034-02",None,None),
  E("online information session for interested tenderers","2034-01-19","2034-01-19",None,None)],
 ["2034-05-23/2034-05-25","2034-01-12","2034-01-26","2034-02-09","2034","2030-10-15/2030-10-16","2032-05-03/2032-05-04",
  "2033-04-25/2033-04-26","2034-05-25","2034-05-24","2034-02-20","2034-02-24","2034-03-15","2034-05-10","2034-06-30","2029",
  "2034-01-19","2034-01-31"])
