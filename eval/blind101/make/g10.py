from h import *
F = 'g10_cuneo_agrifood_webinar_recap.txt'
assert wd(2039,4,5)=='Tuesday' and wd(2039,2,8)=='Tuesday' and wd(2039,2,10)=='Thursday' and wd(2039,3,15)=='Tuesday'
T = """Home | Chi siamo | Soci | Progetti | Eventi | News | Contatti                         Area riservata

News > Eventi > Webinar

Webinar "Imballaggi sostenibili per l'agroalimentare": i cinque messaggi chiave
Pubblicato il 10 febbraio 2039 da Redazione Polo Agrifood Cuneo

Martedì 8 febbraio 2039 si è svolto online il webinar "Imballaggi sostenibili per l'agroalimentare: obblighi, costi e opportunità", organizzato dal Polo di Innovazione Agrifood Cuneo insieme a Confindustria Cuneo e alla Camera di Commercio di Cuneo. Oltre 180 iscritti, 136 collegati in diretta e 42 domande arrivate in chat: numeri che confermano quanto il tema preoccupi le imprese del territorio, dai caseifici delle Langhe ai produttori di frutta del Saluzzese.

Il programma
14:30 Saluti introduttivi – Giulia Bertolotti, presidente del Polo di Innovazione Agrifood Cuneo
14:40 Il nuovo regolamento europeo sugli imballaggi: cosa cambia per le PMI – avv. Stefano Mellano, Studio Legale Mellano & Partners, Torino
15:05 Materiali compostabili e riciclati: lo stato dell'arte – prof.ssa Chiara Arnaudo, Politecnico di Torino
15:30 Testimonianze aziendali: Caseificio Valle Stura S.r.l. (Marco Giordanengo, responsabile qualità) e Ortofrutta Saluzzo Soc. Coop. (Elena Dalmasso, direttrice commerciale)
16:10 Strumenti di finanziamento regionali – Paolo Risso, funzionario, Regione Piemonte – Direzione Competitività del Sistema regionale
16:30 Domande e risposte, chiusura

I cinque messaggi chiave
1. Entro il 2030 tutti gli imballaggi dovranno essere riciclabili: chi progetta oggi un nuovo prodotto deve già tenerne conto.
2. Il costo dei materiali alternativi è ancora più alto del 15–30 %, ma scende rapidamente quando più imprese acquistano insieme.
3. Le PMI non devono lavorare da sole: i test di compatibilità con gli alimenti si possono condividere all'interno del Polo.
4. Le etichette ambientali sono un obbligo, ma anche uno strumento di marketing verso la grande distribuzione.
5. I bandi regionali per l'innovazione premiano i progetti di filiera più di quelli della singola impresa.

Cosa ha detto chi c'era
"Abbiamo sostituito il vassoio in plastica delle nostre tome con un cartoncino accoppiato. Il primo anno è costato di più, il secondo abbiamo risparmiato sul contributo ambientale", ha raccontato Marco Giordanengo.
"Il regolamento non è una minaccia se lo si legge per tempo. Il problema è che molte aziende lo scoprono dal proprio cliente", ha osservato Stefano Mellano.

I prossimi passi
Il Polo avvierà a marzo un gruppo di acquisto di imballaggi compostabili aperto ai soci. Il primo incontro del gruppo di lavoro si terrà martedì 15 marzo 2039 presso la sede del Polo a Cuneo, in via Vittorio Bersezio 9. Chi è interessato può scrivere entro il 28 febbraio 2039.

Al webinar hanno partecipato anche alcuni fornitori di macchine per il confezionamento, che hanno messo a disposizione le proprie linee pilota per prove sui nuovi materiali.

La registrazione integrale del webinar e le slide dei relatori sono disponibili nell'area riservata. Il prossimo appuntamento della serie "Martedì dell'innovazione" sarà dedicato alla tracciabilità digitale con blockchain e si terrà il 5 aprile 2039.

Webinar precedenti della serie:
- Energia e caseifici: come ridurre i consumi (18 novembre 2038)
- Acqua in agricoltura: riuso e sensori (13 gennaio 2039)
- Imballaggi sostenibili per l'agroalimentare (8 febbraio 2039)

Per informazioni:
Federica Ghio – Project manager Polo di Innovazione Agrifood Cuneo
Tel. 0171 318 450 – f.ghio@poloagrifoodcuneo.it

Condividi: Facebook | LinkedIn | WhatsApp | E-mail

Il Polo di Innovazione Agrifood Cuneo è finanziato nell'ambito del POR FESR Piemonte 2035–2041.
Questo sito utilizza cookie tecnici e di terze parti. Proseguendo nella navigazione accetti l'utilizzo dei cookie. Informativa | Accetto
"""
write(F, T)
PA='Polo di Innovazione Agrifood Cuneo'
gold(F,
 [P('Giulia Bertolotti','presidente',PA),P('Stefano Mellano',None,'Studio Legale Mellano & Partners'),
  P('Chiara Arnaudo',None,'Politecnico di Torino'),P('Marco Giordanengo','responsabile qualità','Caseificio Valle Stura S.r.l.'),
  P('Elena Dalmasso','direttrice commerciale','Ortofrutta Saluzzo Soc. Coop.'),
  P('Paolo Risso','funzionario','Regione Piemonte – Direzione Competitività del Sistema regionale'),
  P('Federica Ghio','Project manager',PA)],
 [O(PA),O('Confindustria Cuneo'),O('Camera di Commercio di Cuneo'),O('Studio Legale Mellano & Partners'),
  O('Politecnico di Torino'),O('Caseificio Valle Stura S.r.l.'),O('Ortofrutta Saluzzo Soc. Coop.'),
  O('Regione Piemonte – Direzione Competitività del Sistema regionale')],
 [E("Imballaggi sostenibili per l'agroalimentare: obblighi, costi e opportunità",'2039-02-08'),
  E('primo incontro del gruppo di lavoro','2039-03-15',None,'Cuneo','Italy'),
  E('tracciabilità digitale con blockchain','2039-04-05'),
  E('Energia e caseifici: come ridurre i consumi','2038-11-18'),
  E('Acqua in agricoltura: riuso e sensori','2039-01-13')],
 ['2039-02-10','2039-02-08','2030','2039-03','2039-03-15','2039-02-28','2039-04-05','2038-11-18','2039-01-13','2035/2041'],
 ['Entro il 2030 tutti gli imballaggi dovranno essere riciclabili: chi progetta oggi un nuovo prodotto deve già tenerne conto',
  'Il costo dei materiali alternativi è ancora più alto del 15–30 %, ma scende rapidamente quando più imprese acquistano insieme',
  "Le PMI non devono lavorare da sole: i test di compatibilità con gli alimenti si possono condividere all'interno del Polo",
  'Le etichette ambientali sono un obbligo, ma anche uno strumento di marketing verso la grande distribuzione',
  'I bandi regionali per l\u2019innovazione premiano i progetti di filiera più di quelli della singola impresa'.replace('\u2019',"'")],
 pub='2039-02-10')
