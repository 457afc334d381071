from h import *
F = 'drenthe_kunststofcluster_linkedin_post_nl.txt'
T = f"""Marieke van der Veen-Bosma • 1e
Clustermanager bij Kunststofcluster Drenthe | Circulaire kunststoffen | Emmen
3 d • Bewerkt • 🌐

Wat een week! 🎉 Van {wd(2038,3,9,'nl')} 9 tot en met {wd(2038,3,11,'nl')} 11 maart 2038 mochten we in Emmen de eerste "Circular Polymers Week Noord-Nederland" organiseren, samen met onze vrienden van Chemport Europe en de NHL Stenden Hogeschool. Drie dagen, 310 deelnemers uit zeven landen en – heel belangrijk – 48 bedrijfsbezoeken bij onze leden.

Een paar hoogtepunten die ik graag met jullie deel:

🔹 Op dinsdag opende gedeputeerde Henk Jan Mulder-Hofstee van de Provincie Drenthe de week op het Emmtec Industry & Business Park. Hij kondigde aan dat de provincie 2,5 miljoen euro vrijmaakt voor een proeffabriek voor chemische recycling van gemengd plastic afval. Dat is precies waar we als cluster al vier jaar voor lobbyen. 🙏

🔹 Dr. ir. Frank Terpstra (Rijksuniversiteit Groningen) en Prof. Dr. Annika Lindberg (Chalmers University of Technology, Göteborg) lieten zien hoe ver het onderzoek naar enzymatische afbraak van PET inmiddels is. Chapeau!

🔹 Woensdag ondertekenden we een samenwerkingsovereenkomst met de Poolse Pomorski Klaster Tworzyw Sztucznych uit Bydgoszcz. Dank aan voorzitter Krzysztof Wiśniewski en zijn team voor de lange reis. Volgend jaar gaan wij naar hen toe!

🔹 Donderdag stond in het teken van talent: 120 studenten van het Drenthe College en de NHL Stenden bezochten onze leden. Een van hen vroeg aan Jeroen de Boer, directeur van Ecoplast Compounding B.V.: "Kan ik hier ook werken als ik geen chemicus ben?" Het antwoord was een volmondig ja. 😊

🔹 Onze partner van de Noordelijke Ontwikkelingsmaatschappij (NOM), Sanne Kuipers, presenteerde de nieuwe regeling voor circulaire investeringen in Noord-Nederland. Aanvragen kunnen vanaf 1 april 2038.

🔹 En tussendoor: een volle zaal bij de rondetafel over het Europese verbod op eenmalige verpakkingen, met Elke Oosterhuis van Plastics Europe Nederland en onze eigen leden. Conclusie van de middag: de regelgeving is er, nu moeten de sorteerinstallaties en de afnemers van recyclaat volgen. Daar ligt een mooie taak voor het cluster.

Een speciaal woord van dank aan onze voorzitter Bert-Jan Hoogeveen (Hoogeveen Kunststoffen B.V.), die de hele week aanwezig was, en aan mijn collega's Lotte Zwiers en Youssef El Amrani die alle logistiek geregeld hebben. Zonder jullie was dit niet gelukt. 💚

Wat nu? De resultaten verzamelen we in een kort rapport dat we op onze ledenvergadering van {wd(2038,4,15,'nl')} 15 april 2038 presenteren. En de tweede editie? Die staat al in de agenda: 7 tot en met 9 maart 2039. 📅

Dit alles werd mede mogelijk gemaakt door het Interreg North Sea-project CIRCPLAST-NS en het Ministerie van Economische Zaken en Klimaat.

#kunststof #circulaireeconomie #recycling #Drenthe #Emmen #clusters #chemie #noordnederland #CircularPolymersWeek

👍❤️👏 Jeroen de Boer en 214 anderen • 37 opmerkingen • 12 reposts

Opmerkingen

Krzysztof Wiśniewski • 2e
Prezes Zarządu bij Pomorski Klaster Tworzyw Sztucznych
Thank you, Marieke! It was a pleasure to be in Emmen. We are already preparing the visit of your delegation to Bydgoszcz in September 2038. 🇵🇱🇳🇱
Vind ik leuk • Reageren • 9 vind-ik-leuks

Annika Lindberg • 3e+
Professor, Chemistry and Chemical Engineering, Chalmers University of Technology
Great organisation and very open discussions. Looking forward to the PhD exchange we discussed!
Vind ik leuk • Reageren • 4 vind-ik-leuks

Henk Jan Mulder-Hofstee • 2e
Gedeputeerde Economie en Energie, Provincie Drenthe
Trots op wat het cluster in korte tijd heeft neergezet. De proeffabriek moet er komen, en snel ook.
Vind ik leuk • Reageren • 11 vind-ik-leuks

Pieter-Jan Vos • 1e
Accountmanager bij Brightlands Materials Center
Mooi initiatief Marieke! Zien we jullie op de Kunststoffenbeurs in Veldhoven op 23 en 24 september 2038?
Vind ik leuk • Reageren • 2 vind-ik-leuks

   Marieke van der Veen-Bosma • Auteur
   Zeker weten, Pieter-Jan! We staan er weer met een gezamenlijke stand met acht leden.
   Vind ik leuk • Reageren

Gerda Huisman • 2e
Directeur bij Kamer van Koophandel Noord
Knap werk! Ik heb het rapport graag op mijn bureau. 😉
Vind ik leuk • Reageren • 3 vind-ik-leuks

Meer opmerkingen laden
"""
write(F, T)
gold(F,
 [P('Marieke van der Veen-Bosma', 'Clustermanager', 'Kunststofcluster Drenthe'),
  P('Henk Jan Mulder-Hofstee', 'gedeputeerde', 'Provincie Drenthe'),
  P('Frank Terpstra', None, 'Rijksuniversiteit Groningen'),
  P('Annika Lindberg', 'Professor, Chemistry and Chemical Engineering', 'Chalmers University of Technology'),
  P('Krzysztof Wiśniewski', 'voorzitter', 'Pomorski Klaster Tworzyw Sztucznych'),
  P('Jeroen de Boer', 'directeur', 'Ecoplast Compounding B.V.'),
  P('Sanne Kuipers', None, 'Noordelijke Ontwikkelingsmaatschappij'),
  P('Bert-Jan Hoogeveen', 'voorzitter', 'Kunststofcluster Drenthe'),
  P('Lotte Zwiers', None, 'Kunststofcluster Drenthe'),
  P('Youssef El Amrani', None, 'Kunststofcluster Drenthe'),
  P('Elke Oosterhuis', None, 'Plastics Europe Nederland'),
  P('Pieter-Jan Vos', 'Accountmanager', 'Brightlands Materials Center'),
  P('Gerda Huisman', 'Directeur', 'Kamer van Koophandel Noord')],
 [O('Kunststofcluster Drenthe'), O('Chemport Europe'), O('NHL Stenden Hogeschool'), O('Provincie Drenthe'),
  O('Emmtec Industry & Business Park'), O('Rijksuniversiteit Groningen'), O('Chalmers University of Technology'),
  O('Pomorski Klaster Tworzyw Sztucznych'), O('Drenthe College'), O('Ecoplast Compounding B.V.'),
  O('Noordelijke Ontwikkelingsmaatschappij', 'NOM'), O('Hoogeveen Kunststoffen B.V.'), O('Ministerie van Economische Zaken en Klimaat'),
  O('Brightlands Materials Center'), O('Plastics Europe Nederland'), O('Kamer van Koophandel Noord')],
 [E('Circular Polymers Week Noord-Nederland', '2038-03-09', '2038-03-11', 'Emmen', 'Netherlands'),
  E('ledenvergadering', '2038-04-15', '2038-04-15', None, None),
  E('Circular Polymers Week Noord-Nederland', '2039-03-07', '2039-03-09', None, None),
  E('visit of your delegation to Bydgoszcz', '2038-09', '2038-09', 'Bydgoszcz', 'Poland'),
  E('Kunststoffenbeurs', '2038-09-23', '2038-09-24', 'Veldhoven', 'Netherlands')],
 ['2038-03-09/2038-03-11', '2038-04-01', '2038-04-15', '2039-03-07/2039-03-09', '2038-09', '2038-09-23/2038-09-24'], [])
