from h import *
F = 'g03_calabria_agrifood_general_assembly.md'
assert wd(2039,4,26)=='Tuesday' and wd(2039,4,27)=='Wednesday'
T = """# Minutes of the Ordinary General Assembly 2039

**Calabria Agrifood Cluster (CAC) – association of companies, research bodies and local authorities**
Crotone, Tuesday 26 April 2039, 10:30 – Sala Consiliare, Palazzo della Provincia di Crotone

*Draft for approval by the Board. Circulated to members on 3 May 2039.*

## 1. Opening and quorum

The President of the Cluster, Rosaria Lo Giudice (Agrumi Ionici Soc. Coop.), opened the meeting at 10:40. Of the 64 members with voting rights, 41 were present or represented by proxy, so the Assembly was validly convened. Giuseppe Scalise, director of the cluster, acted as secretary of the meeting.

Guests: Domenico Aiello, councillor for agriculture of the Regione Calabria; Prof. Chiara Mazzitelli, vice-rector for research, Università Magna Graecia di Catanzaro; Ottavio Rende from Fincalabra S.p.A., the regional finance company.

## 2. Activity report 2038

The director presented the report for 2038. Highlights:

- the cluster grew from 57 to 64 members, including the first two members from the province of Vibo Valentia;
- 14 events, among them the fifth edition of the "Olio e Bergamotto" innovation day in Reggio Calabria on 8 October 2038 and a study visit of eleven members to the Murcia agrifood cluster in Spain from 21 to 24 November 2038;
- two Interreg Euro-MED projects and one Horizon Europe project running, with a total cluster budget of 1.2 million euro;
- the cluster received the Silver label of the European Secretariat for Cluster Analysis (ESCA) in July 2038.

## 3. Accounts

The treasurer, Vincenzo Ferraro, presented the accounts for 2038, closing with a surplus of 18,400 euro. The auditors, Maria Grazia Tallarico and Antonio Durante, confirmed that the accounts were in order. The accounts were approved unanimously.

## 4. Election of the Board for 2039–2042

The three-year term of the Board had expired. The Assembly elected the following Board by secret ballot (41 votes cast, 2 blank):

| Office | Name | Member organisation |
|---|---|---|
| President | Rosaria Lo Giudice | Agrumi Ionici Soc. Coop. |
| Vice-President | Francesco De Luca | Pastificio Sila S.r.l. |
| Treasurer | Vincenzo Ferraro | Banca di Credito Cooperativo del Crotonese |
| Board member | Teresa Vrenna | Consorzio Tutela Pecorino Crotonese |
| Board member | Luigi Ammirati | CNR – Istituto per i Sistemi Agricoli e Forestali del Mediterraneo |

Rosaria Lo Giudice thanked the members for the confirmation of her mandate and the outgoing board member Salvatore Pugliese for nine years of service.

## 5. Programme 2039

The director presented the activity plan. Main events foreseen:

- Cluster Day 2039 in Crotone, 16 June 2039, with B2B meetings with buyers from Germany and Austria;
- a delegation to the Anuga trade fair in Cologne in October 2039;
- a webinar series on food labelling rules, every second Thursday from September to December 2039.

## 6. Decisions

The General Assembly decided:

- to approve the activity report and the accounts for 2038;
- to raise the annual fee for large companies from 1,200 to 1,500 euro from 1 January 2040;
- to open a branch office of the cluster in Cosenza;
- to mandate the Board to apply for the Gold label of ESCA by the end of 2040.

## 7. Any other business

None. The President closed the meeting at 13:05. The members were invited to a lunch of local products offered by the Consorzio Tutela Pecorino Crotonese, followed on Wednesday 27 April 2039 by an optional visit to the cheese dairies of the Marchesato.

The secretary: Giuseppe Scalise · The President: Rosaria Lo Giudice
"""
write(F, T)
C="Calabria Agrifood Cluster"
gold(F,
 [P("Rosaria Lo Giudice","President",C), P("Giuseppe Scalise","director",C),
  P("Domenico Aiello","councillor for agriculture","Regione Calabria"),
  P("Chiara Mazzitelli","vice-rector for research","Università Magna Graecia di Catanzaro"),
  P("Ottavio Rende",None,"Fincalabra S.p.A."),
  P("Vincenzo Ferraro","Treasurer",C), P("Maria Grazia Tallarico","auditor",C), P("Antonio Durante","auditor",C),
  P("Francesco De Luca","Vice-President",C), P("Teresa Vrenna","Board member",C), P("Luigi Ammirati","Board member",C),
  P("Salvatore Pugliese","board member",C)],
 [O(C,"CAC"), O("Agrumi Ionici Soc. Coop."), O("Regione Calabria"), O("Università Magna Graecia di Catanzaro"),
  O("Fincalabra S.p.A."), O("Murcia agrifood cluster"), O("European Secretariat for Cluster Analysis","ESCA"),
  O("Pastificio Sila S.r.l."), O("Banca di Credito Cooperativo del Crotonese"), O("Consorzio Tutela Pecorino Crotonese"),
  O("CNR – Istituto per i Sistemi Agricoli e Forestali del Mediterraneo")],
 [E("Ordinary General Assembly 2039","2039-04-26",None,"Crotone","Italy"),
  E("Olio e Bergamotto","2038-10-08",None,"Reggio Calabria","Italy"),
  E("study visit","2038-11-21","2038-11-24","Murcia","Spain"),
  E("Cluster Day 2039","2039-06-16",None,"Crotone","Italy"),
  E("Anuga","2039-10",None,"Cologne","Germany"),
  E("webinar series on food labelling rules","2039-09","2039-12",None,None),
  E("lunch of local products","2039-04-26",None,"Crotone","Italy"),
  E("visit to the cheese dairies of the Marchesato","2039-04-27",None,None,None)],
 ["2039-04-26","2039-05-03","2038","2038-10-08","2038-11-21/2038-11-24","2038-07","2039/2042","2039-06-16","2039-10",
  "2039-09/2039-12","2040-01-01","2040","2039-04-27"],
 ["to approve the activity report and the accounts for 2038",
  "to raise the annual fee for large companies from 1,200 to 1,500 euro from 1 January 2040",
  "to open a branch office of the cluster in Cosenza",
  "to mandate the Board to apply for the Gold label of ESCA by the end of 2040"],
 pub="2039-05-03")
