from h import *
F = 'g04_langhe_agrifood_assemblea_soci.md'
assert wd(2040,4,19)=='Thursday' and wd(2040,11,22)=='Thursday'
T = """# Polo AgriFood Langhe-Roero: rinnovate le cariche sociali

*Alba, 23 aprile 2040 – Comunicato stampa*

**Giovedì 19 aprile 2040** l'Assemblea dei soci del Polo di innovazione AgriFood Langhe-Roero, riunita presso la sala consiliare della Fondazione Ferrero di Alba, ha eletto il nuovo Consiglio direttivo per il triennio 2040–2043 e ha approvato il bilancio consuntivo. Erano presenti, di persona o per delega, 112 dei 148 soci: imprese vitivinicole, caseifici, aziende dolciarie, produttori di macchine per l'enologia, l'Università degli Studi di Scienze Gastronomiche di Pollenzo e il Politecnico di Torino.

All'unanimità l'Assemblea ha eletto presidente **Francesca Bosio Ratti**, amministratrice delegata della Cantina Bosio di Neive, che subentra a **Giorgio Marengo**, alla guida del Polo dal 2034. Marengo, già direttore generale della Confcooperative Cuneo, resterà nel Consiglio come past president.

## Il nuovo Consiglio direttivo

- Presidente: Francesca Bosio Ratti (Cantina Bosio, Neive)
- Vicepresidente vicario: Andrea Cavallero (Dolciaria Roero S.p.A., Canale)
- Vicepresidente: Silvia Dogliani (Caseificio Alta Langa, Murazzano)
- Tesoriere: Marco Viberti, dottore commercialista (Studio Viberti & Associati, Bra)
- Consigliere: Luca Rivetti (Enomacchine Piemonte S.r.l.)
- Consigliere: Paola Sandri (Università degli Studi di Scienze Gastronomiche)
- Consigliere: prof. Davide Ferrua (Politecnico di Torino)
- Consigliere: Elena Gallo (Coldiretti Cuneo)
- Consigliere: Stefano Oddero (Consorzio di Tutela Barolo Barbaresco Alba Langhe e Dogliani)
- Past president: Giorgio Marengo

Il Collegio dei revisori è composto da Renata Bogliolo e Mauro Cerrato. Il Consiglio ha confermato **Chiara Morra** come direttrice operativa del Polo e **Federico Aimasso** come responsabile dei progetti europei.

## Le parole della presidente

«Il Polo ha fatto molto per portare le piccole imprese dentro i progetti di ricerca», ha detto Bosio Ratti nel suo intervento. «Adesso dobbiamo fare il passo successivo: acqua, clima e manodopera. Sono le tre parole che sento in ogni cantina e in ogni stalla delle Langhe.»

Il presidente uscente ha ricordato i numeri del suo mandato: 63 progetti di innovazione accompagnati, 9,4 milioni di euro di contributi regionali mobilitati, l'avvio della rete di stazioni meteo condivise e la partecipazione a due partenariati europei di specializzazione intelligente. «Lascio un Polo con più soci e con meno carte», ha scherzato.

All'Assemblea sono intervenuti anche **Alessandra Roggero**, assessora allo Sviluppo economico della Regione Piemonte, e **Carlo Bonino**, sindaco di Alba, che ha ringraziato il Polo per il lavoro con le scuole agrarie del territorio. Ha portato un saluto a distanza **Jürgen Riedl**, presidente del cluster alimentare della Baviera Lebensmittel-Cluster Bayern, partner del Polo nel progetto Interreg Alpine Space WATER4VINES.

## Conclusioni

Al termine dei lavori l'Assemblea ha fissato le priorità del nuovo mandato:

1. Avviare entro la vendemmia 2040 un servizio comune di consulenza sull'irrigazione di soccorso per i vigneti
2. Costituire un gruppo di lavoro con le agenzie per il lavoro sul reclutamento stagionale
3. Portare i soci del comparto dolciario nella rete europea delle imprese della nocciola
4. Raddoppiare entro il 2043 il numero di imprese che partecipano ad almeno un progetto del Polo

## Prossimi appuntamenti

Il nuovo Consiglio si riunirà per la prima volta il 10 maggio 2040 a Bra. La tradizionale Giornata dell'innovazione agroalimentare si terrà giovedì 22 novembre 2040 a Pollenzo.

Edizioni precedenti della Giornata dell'innovazione agroalimentare:

- 2036 – Alba, 20 novembre
- 2037 – Bra, 19 novembre
- 2038 – Dogliani, 22 novembre
- 2039 – Canale, 21 novembre

---

*Ufficio stampa Polo AgriFood Langhe-Roero – Piazza Risorgimento 2, 12051 Alba (CN) – stampa@poloagrifood.example.it*

Condividi: [LinkedIn](#) · [Facebook](#) · [WhatsApp](#) · [E-mail](#)
"""
write(F, T)
PA="Polo di innovazione AgriFood Langhe-Roero"
gold(F,
 [P("Francesca Bosio Ratti","presidente",PA), P("Giorgio Marengo","past president",PA),
  P("Andrea Cavallero","Vicepresidente vicario",PA), P("Silvia Dogliani","Vicepresidente",PA),
  P("Marco Viberti","Tesoriere",PA), P("Luca Rivetti","Consigliere",PA), P("Paola Sandri","Consigliere",PA),
  P("Davide Ferrua","Consigliere",PA), P("Elena Gallo","Consigliere",PA), P("Stefano Oddero","Consigliere",PA),
  P("Renata Bogliolo","Collegio dei revisori",PA), P("Mauro Cerrato","Collegio dei revisori",PA),
  P("Chiara Morra","direttrice operativa",PA), P("Federico Aimasso","responsabile dei progetti europei",PA),
  P("Alessandra Roggero","assessora allo Sviluppo economico","Regione Piemonte"), P("Carlo Bonino","sindaco di Alba",None),
  P("Jürgen Riedl","presidente","Lebensmittel-Cluster Bayern")],
 [O(PA), O("Fondazione Ferrero"), O("Università degli Studi di Scienze Gastronomiche di Pollenzo"), O("Politecnico di Torino"),
  O("Cantina Bosio"), O("Confcooperative Cuneo"), O("Dolciaria Roero S.p.A."), O("Caseificio Alta Langa"),
  O("Studio Viberti & Associati"), O("Enomacchine Piemonte S.r.l."), O("Coldiretti Cuneo"),
  O("Consorzio di Tutela Barolo Barbaresco Alba Langhe e Dogliani"), O("Regione Piemonte"), O("Lebensmittel-Cluster Bayern")],
 [E("Assemblea dei soci","2040-04-19",None,"Alba","Italy"),
  E("Consiglio","2040-05-10",None,"Bra","Italy"),
  E("Giornata dell'innovazione agroalimentare","2040-11-22",None,"Pollenzo","Italy"),
  E("Giornata dell'innovazione agroalimentare","2036-11-20",None,"Alba","Italy"),
  E("Giornata dell'innovazione agroalimentare","2037-11-19",None,"Bra","Italy"),
  E("Giornata dell'innovazione agroalimentare","2038-11-22",None,"Dogliani","Italy"),
  E("Giornata dell'innovazione agroalimentare","2039-11-21",None,"Canale","Italy")],
 ["2040-04-23","2040-04-19","2040/2043","2034","2040","2043","2040-05-10","2040-11-22","2036-11-20","2037-11-19","2038-11-22","2039-11-21"],
 ["Avviare entro la vendemmia 2040 un servizio comune di consulenza sull'irrigazione di soccorso per i vigneti",
  "Costituire un gruppo di lavoro con le agenzie per il lavoro sul reclutamento stagionale",
  "Portare i soci del comparto dolciario nella rete europea delle imprese della nocciola",
  "Raddoppiare entro il 2043 il numero di imprese che partecipano ad almeno un progetto del Polo"],
 pub="2040-04-23")
