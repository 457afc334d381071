from w import W
L='Lettmetallklyngen Innlandet AS'
W('lettmetallklyngen-protokoll-styremote-4-2034','lettmetallklyngen-protokoll-styremote-4-2034.md','2034-09-20',f'''
Kari Bakken Sæther|styreleder|{L}
Lars-Erik Hovland|nestleder|{L}
Ingrid Nygård Lie|styremedlem|{L}
Øystein Kvåle|styremedlem|{L}
Marianne Haugen|styremedlem|{L}
Henrik Solbakken|styremedlem|{L}
Siri Aasen|vararepresentant|{L}
Anders Brekke|daglig leder|{L}
Tuva Lindholm|prosjektleder|{L}
Jürgen von Hohenberg|administrerende direktør|European Aluminium Cluster Association
Camilla Thorsrud|Næringsminister|
''',f'''
{L}
Raufoss Industripark
Hydro Extrusion Norway AS
Raufoss Technology AS
NTNU i Gjøvik
SINTEF Manufacturing AS
Innlandet fylkeskommune
Nammo Raufoss AS
European Aluminium Cluster Association|EACA
Innovasjon Norge
Toten Presisjon AS
Gjøvik Automasjon AS
Mjøs Resirk AS
Valdres Aluminium Produkter AS
Fagskolen Innlandet
Scandic Gjøvik
Webfabrikken Hamar AS
Signant
''','''
Styremøte 4/2034|2034-09-19||Raufoss|Norway
styremøte 3/2034|2034-06-13
Lettmetalldagene 2034|2034-11-06|2034-11-07|Gjøvik|Norway
Neste styremøte|2034-11-28||Raufoss|Norway
''','2034-09-19 2034-06-13 2034-08-31 2034-10 2034-10-01 2033/2037 2035 2034-12-01 2034-11-06/2034-11-07 2035-01 2034-11-28 2034-11-14 2034-09-20','''
Styret tar økonomirapporten til orientering
De fire virksomhetene tas opp som medlemmer fra 1. oktober 2034
Lettmetallklyngen søker medlemskap i EACA fra 2035 og påtar seg å lede arbeidsgruppen for sporbarhet, forutsatt at kostnadene dekkes av prosjektmidler
Styret støtter videreføring og ber daglig leder inngå en samarbeidsavtale med Fagskolen Innlandet innen 1. desember 2034
Styret tar orienteringen om Lettmetalldagene 2034 til etterretning
Styret godkjenner tilbudet fra Webfabrikken Hamar AS innenfor en ramme på 200 000 kroner
''')
A='Cluster Αγροδιατροφής Βορείου Αιγαίου'
W('agrodiatrofi-voreiou-aigaiou-geniki-syneleusi-2035','agrodiatrofi-voreiou-aigaiou-geniki-syneleusi-2035.html','2035-03-26',f'''
Μιχάλης Καραφυλλίδης|Περιφερειάρχης Βορείου Αιγαίου|
Ελένη Παπαδημητρίου-Βλάχου|Πρύτανις|Πανεπιστήμιο Αιγαίου
Στρατής Γιαννέλλης|επίτιμο Πρόεδρο|{A}
Νίκος Κουτσκουδής|Ταμίας|{A}
Σοφία Μαυρογιάννη|Πρόεδρο|Ελεγκτική Επιτροπή
Αντώνης Ευστρατίου|Γενικός Διευθυντής|{A}
Κατερίνα Ψαρρού|Πρόεδρος|{A}
Γιώργος Χατζηγιάννης|Α΄ Αντιπρόεδρος|{A}
Ιωάννα Σταθάκη|Β΄ Αντιπρόεδρος|{A}
Παναγιώτης Ζαφειρίου|Γενικός Γραμματέας|{A}
Ευαγγελία Λαδά|Μέλος|{A}
Θοδωρής Μπαλτάς|Μέλος|{A}
Θανάσης Βαλαβάνης||
''',f'''
{A}|ΑγροΑιγαίο
Πανεπιστήμιο Αιγαίου
Περιφέρεια Βορείου Αιγαίου
Ελεγκτική Επιτροπή
Ποτοποιία Ικαρίας Α.Ε.
ΝησιώτικοPack Ι.Κ.Ε.
Κέντρο Καινοτομίας Σάμου
Ελαιουργία Λέσβου Α.Ε.
Αποστακτήριο Πλωμαρίου Ο.Ε.
Τμήμα Επιστήμης Τροφίμων και Διατροφής
Αγροτικός Συνεταιρισμός Μαστιχοπαραγωγών Χίου
Κουτσκουδής Τυροκομικά Ι.Κ.Ε.
Σαμιακή Οινοποιητική Ι.Κ.Ε.
Λημνιακό Μέλι Μονοπρόσωπη Ι.Κ.Ε.
Ένωση Ελληνικών Clusters
ΕΛΓΟ-ΔΗΜΗΤΡΑ
Επιμελητήριο Λέσβου
''','''
Τακτική Γενική Συνέλευση|2035-03-24||Μυτιλήνη|Greece
SIAL Paris 2034|2034|2034|Paris|France
Anuga 2033|2033|2033
πρώτη συνεδρίαση του Δ.Σ.|2035-03-24||Μυτιλήνη|Greece
γευσιγνωσία|2035-03-24||Μυτιλήνη|Greece
επόμενη Γενική Συνέλευση|2036-03|2036-03|Χίο|Greece
''','2035-03-26 2035-03-24 2035/2041 2032/2035 2034 2035 2035-05 2035/2038 2029 2036-03','''
Κοινό σήμα ποιότητας «Προϊόν Βορείου Αιγαίου» για τα προϊόντα των μελών έως το τέλος του 2035
Ενίσχυση των εξαγωγών στη Γερμανία, τη Σκανδιναβία και τη Βόρεια Αμερική με κοινά περίπτερα σε τρεις διεθνείς εκθέσεις ετησίως
Συνεργασία με την Ένωση Ελληνικών Clusters για θέματα μεταφορικού ισοδύναμου και κόστους μεταφοράς από τα νησιά
Πρόγραμμα κατάρτισης νέων αγροτών και τυροκόμων με το Πανεπιστήμιο Αιγαίου και το ΕΛΓΟ-ΔΗΜΗΤΡΑ
''')
