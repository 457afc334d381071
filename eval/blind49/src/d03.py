from g import save
T='''ΘΕΣΣΑΛΙΚΟ ΣΥΜΠΛΕΓΜΑ ΑΓΡΟΔΙΑΤΡΟΦΗΣ | THESSALY AGRIFOOD CLUSTER
Αρχική / Νέα / Ημερίδα ενημέρωσης        Home / News / Info day

Δημοσιεύθηκε: 24/04/2035 | Posted: 24/04/2035

ΕΛΛΗΝΙΚΑ

Με μεγάλη επιτυχία ολοκληρώθηκε η Ημερίδα Ενημέρωσης «Νερό, έδαφος και ψηφιακή γεωργία» που διοργάνωσε το Θεσσαλικό Σύμπλεγμα Αγροδιατροφής (ThessAgri) την Τετάρτη 18 Απριλίου 2035 στο Συνεδριακό Κέντρο του Πανεπιστημίου Θεσσαλίας στη Λάρισα. Στην εκδήλωση συμμετείχαν περισσότεροι από 130 αγρότες, εκπρόσωποι συνεταιρισμών, μεταποιητικών επιχειρήσεων και ερευνητές.

Την εκδήλωση άνοιξε ο Πρόεδρος του ThessAgri, κ. Αθανάσιος Καραγιάννης, ο οποίος υπενθύμισε ότι η θεσσαλική πεδιάδα χρειάστηκε σχεδόν δύο χρόνια για να ανακάμψει μετά τις πλημμύρες του Σεπτεμβρίου 2033. Χαιρετισμό απηύθυνε η Αντιπεριφερειάρχης Αγροτικής Ανάπτυξης της Περιφέρειας Θεσσαλίας, κα Ευδοκία Παπαθανασίου.

Ακολούθησαν παρουσιάσεις από:
• τη Δρ. Σοφία Τσιρογιάννη, Αναπληρώτρια Καθηγήτρια του Τμήματος Γεωπονίας Φυτικής Παραγωγής και Αγροτικού Περιβάλλοντος, για τους αισθητήρες υγρασίας εδάφους·
• τον κ. Νικόλαο Ζαφειρίου, Διευθύνοντα Σύμβουλο της AgroSense Α.Ε., για τα πιλοτικά έργα άρδευσης ακριβείας σε βαμβάκι·
• την κα Μαρίνα Λαμπράκη, Σύμβουλο Καινοτομίας του ThessAgri, για τα ανοιχτά προγράμματα χρηματοδότησης.

Η επόμενη ημερίδα θα πραγματοποιηθεί στον Βόλο στις 11 Ιουνίου 2035, με θέμα τη μεταποίηση και την εξαγωγή ελαιολάδου.

ENGLISH

The Info Day "Water, soil and digital farming", organised by the Thessaly Agrifood Cluster (ThessAgri) on Wednesday 18 April 2035 at the Conference Centre of the University of Thessaly in Larissa, was a great success. More than 130 farmers, cooperative representatives, food processors and researchers attended.

The event was opened by ThessAgri's President, Athanasios Karagiannis, who recalled that the Thessalian plain needed almost two years to recover after the floods of September 2033. Evdokia Papathanasiou, Deputy Regional Governor for Rural Development of the Region of Thessaly, addressed the participants.

Presentations followed from:
• Dr Sofia Tsirogianni, Associate Professor at the Department of Agriculture, Crop Production and Rural Environment, on soil-moisture sensors;
• Nikolaos Zafeiriou, CEO of AgroSense S.A., on precision-irrigation pilots in cotton;
• Marina Lamprakis, Innovation Adviser at ThessAgri, on open funding calls.

In the afternoon, participants visited the experimental farm of the Hellenic Agricultural Organisation "DIMITRA" (ELGO-DIMITRA) at Velestino, where the Institute of Industrial and Forage Crops showed a field trial that cut water use by 28% between 2032 and 2034.

The info day was the third in the cluster's 2035 series "ThessAgri on the road". The first two were held in Karditsa on 22 January 2035 (livestock and feed) and in Trikala on 5 March 2035 (fresh vegetables and packaging). Slides and recordings of all three are available in the members' area. The series is co-funded by the Regional Programme "Thessaly 2028-2034" and by membership fees.

Main conclusions of the day
1. Farmers will adopt sensors only if advice comes with them: data without an agronomist is not used.
2. Cooperatives are the natural buyers of shared irrigation platforms; single farms are too small.
3. Regional funding should reward water saved, not equipment bought.
4. The cluster should set up a helpdesk for small farms applying for precision-farming support.

The next info day will take place in Volos on 11 June 2035 and will focus on olive-oil processing and exports. Registration opens on 15 May 2035.

Κύριες διαπιστώσεις (στα ελληνικά): βλ. παραπάνω. | Main conclusions: see above.

Επικοινωνία / Contact: ThessAgri, Λεωφόρος Γεωργικής Σχολής 12, 41500 Λάρισα, info@thessagri.example

Κοινοποίηση / Share: Facebook | LinkedIn | Email
© 2035 ThessAgri. Με επιφύλαξη παντός δικαιώματος / All rights reserved. | Cookies
'''
save('thessagri-info-day-larisa-april-2035.txt',T,'2035-04-24',
[('Athanasios Karagiannis','President','ThessAgri'),
 ('Evdokia Papathanasiou','Deputy Regional Governor for Rural Development','Region of Thessaly'),
 ('Sofia Tsirogianni','Associate Professor','Department of Agriculture, Crop Production and Rural Environment'),
 ('Nikolaos Zafeiriou','CEO','AgroSense S.A.'),
 ('Marina Lamprakis','Innovation Adviser','ThessAgri')],
[('Thessaly Agrifood Cluster','ThessAgri'),('University of Thessaly',None),('Region of Thessaly',None),
 ('Department of Agriculture, Crop Production and Rural Environment',None),('AgroSense S.A.',None),
 ('Hellenic Agricultural Organisation "DIMITRA"','ELGO-DIMITRA'),('Institute of Industrial and Forage Crops',None)],
[('Water, soil and digital farming','2035-04-18','2035-04-18','Larissa','Greece'),
 ('ThessAgri on the road – Karditsa','2035-01-22','2035-01-22','Karditsa','Greece'),
 ('ThessAgri on the road – Trikala','2035-03-05','2035-03-05','Trikala','Greece'),
 ('next info day','2035-06-11','2035-06-11','Volos','Greece')],
['2035-04-24','2035-04-18','2033-09','2035-06-11','2032/2034','2035-05-15','2035-01-22','2035-03-05','2035','2028/2034'],
['Farmers will adopt sensors only if advice comes with them: data without an agronomist is not used',
 'Cooperatives are the natural buyers of shared irrigation platforms; single farms are too small',
 'Regional funding should reward water saved, not equipment bought',
 'The cluster should set up a helpdesk for small farms applying for precision-farming support'])
