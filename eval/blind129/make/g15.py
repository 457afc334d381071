from h import *
F = 'g15_cordoba_steering_committee_minutes.md'
assert wd(2041,1,29)=='Tuesday' and wd(2041,4,9)=='Tuesday' and wd(2041,3,12)=='Tuesday'
T = """# Olive & Agri-Food Cluster of Córdoba – Steering Committee

## Minutes of the 14th meeting

**Date:** Tuesday, 29/01/2041, 10:00–13:15
**Place:** Rabanales 21 Science and Technology Park, Córdoba, meeting room B
**Chair:** José Antonio Priego Luque (Chair of the Steering Committee, Cooperativa Olivarera Nuestra Señora del Carmen)
**Minutes:** Rocío Cabello Ruiz (cluster secretariat)

### Present
- José Antonio Priego Luque – Chair
- Dr María Luisa Fernández de Córdoba – Vice-Chair (University of Córdoba, ETSIAM)
- Antonio Lucena Gavilán – Andalusian Agency for Business Development (Agencia IDEA)
- Rafael Cañete-Romero – Córdoba Provincial Council
- Marta Olmo Jurado – Deoleo Innovation Centre
- Gustavo Reyes Alcalá – Córdoba Chamber of Commerce
- Dr Sebastian Kowalski-Ramos – IFAPA Alameda del Obispo (by video)
- Cristina Blanco Muñoz – Cluster Manager (non-voting)

### Apologies
Pilar Moyano Arjona (Caja Rural del Sur); Hamza Benali (AgroSmart Córdoba S.L.).

### Guests
Dr Georg Thalmann, Head of International Relations, Austrian agri-food cluster Lebensmittelcluster Niederösterreich, for item 4.

---

### 1. Welcome and approval of the agenda
The Chair opened the meeting and welcomed the two new members of the Steering Committee, Marta Olmo Jurado and Gustavo Reyes Alcalá, appointed by the General Assembly of 12 December 2040. He thanked the outgoing members Francisco Javier Roldán and Inmaculada Serrano Aguilera for their work since 2036. The agenda was approved without changes.

### 2. Minutes of the previous meeting
The minutes of the 13th meeting (22/10/2040) were approved.

### 3. Cluster management team
The Cluster Manager reported that the secretariat now has four staff after the arrival on 7 January 2041 of Álvaro Jiménez Pozo as Innovation Officer, funded through the regional cluster support scheme. Rocío Cabello Ruiz (Secretariat and Members) and Lucía Ortiz de Zárate (Communication, part-time) complete the team. A vacancy for an EU Projects Officer will be advertised in February; the application deadline proposed is 28 February 2041.

### 4. Exchange with Lower Austria
Dr Thalmann presented the staff exchange that his cluster runs with three European partners. Members discussed a similar exchange for Córdoba. Ms Olmo Jurado noted that companies would support it only if the exchange lasted no more than two weeks. The Vice-Chair proposed to start with a visit of the cluster team to Tulln in spring.

### 5. Annual event
The Cluster Manager presented the draft programme of the Córdoba Olive Innovation Forum, to be held on 9 April 2041 at the Palacio de Congresos in Córdoba. The Committee asked for a session on young farmers and for a shorter opening with fewer official speeches. Several members asked that the afternoon be kept free for B2B talks between olive oil mills and technology suppliers, as in previous years, and that registration for companies remain free of charge.

### 6. Any other business
Mr Lucena Gavilán informed the Committee that Agencia IDEA will launch a new call for cluster organisations in March 2041.

---

### Decisions
1. The Steering Committee approves the 2041 work plan and budget (EUR 486,000) for submission to the General Assembly
2. The secretariat will prepare a proposal for a staff exchange with Lebensmittelcluster Niederösterreich by the next meeting
3. The recruitment of an EU Projects Officer is approved, with a salary within the approved budget
4. The Córdoba Olive Innovation Forum programme is approved subject to the changes requested under item 5

**15th meeting:** Tuesday, 12/03/2041, 10:00, online.

*Minutes approved by the Chair on 04/02/2041.*
"""
write(F, T)
C="Olive & Agri-Food Cluster of Córdoba"
gold(F,
 [P("José Antonio Priego Luque","Chair of the Steering Committee",C),
  P("Rocío Cabello Ruiz","Secretariat and Members",C),
  P("María Luisa Fernández de Córdoba","Vice-Chair",C),
  P("Antonio Lucena Gavilán",None,"Andalusian Agency for Business Development"),
  P("Rafael Cañete-Romero",None,"Córdoba Provincial Council"),
  P("Marta Olmo Jurado",None,"Deoleo Innovation Centre"),
  P("Gustavo Reyes Alcalá",None,"Córdoba Chamber of Commerce"),
  P("Sebastian Kowalski-Ramos",None,"IFAPA Alameda del Obispo"),
  P("Cristina Blanco Muñoz","Cluster Manager",C),
  P("Pilar Moyano Arjona",None,"Caja Rural del Sur"),
  P("Hamza Benali",None,"AgroSmart Córdoba S.L."),
  P("Georg Thalmann","Head of International Relations","Lebensmittelcluster Niederösterreich"),
  P("Francisco Javier Roldán",None,None),
  P("Inmaculada Serrano Aguilera",None,None),
  P("Álvaro Jiménez Pozo","Innovation Officer",C),
  P("Lucía Ortiz de Zárate","Communication",C)],
 [O(C), O("Cooperativa Olivarera Nuestra Señora del Carmen"),
  O("University of Córdoba"), O("ETSIAM"), O("Andalusian Agency for Business Development","Agencia IDEA"),
  O("Córdoba Provincial Council"), O("Deoleo Innovation Centre"), O("Córdoba Chamber of Commerce"),
  O("IFAPA Alameda del Obispo"), O("Caja Rural del Sur"), O("AgroSmart Córdoba S.L."),
  O("Lebensmittelcluster Niederösterreich")],
 [E("14th meeting","2041-01-29",None,"Córdoba","Spain"),
  E("General Assembly","2040-12-12",None,None,None),
  E("13th meeting","2040-10-22",None,None,None),
  E("Córdoba Olive Innovation Forum","2041-04-09",None,"Córdoba","Spain"),
  E("15th meeting","2041-03-12",None,None,None)],
 ["2041-01-29","2040-12-12","2036","2040-10-22","2041-01-07","2041-02","2041-02-28","2041-04-09","2041-03","2041-03-12","2041-02-04"],
 ["The Steering Committee approves the 2041 work plan and budget (EUR 486,000) for submission to the General Assembly",
  "The secretariat will prepare a proposal for a staff exchange with Lebensmittelcluster Niederösterreich by the next meeting",
  "The recruitment of an EU Projects Officer is approved, with a salary within the approved budget",
  "The Córdoba Olive Innovation Forum programme is approved subject to the changes requested under item 5"])
