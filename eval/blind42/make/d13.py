from common import *
t = """[Início](/) › [Quem somos](/quem-somos) › Ambassadors

# CeramAveiro Ambassadors

*The people who carry the Aveiro ceramics and glass cluster abroad*

The **CeramAveiro – Associação do Cluster da Cerâmica e Vidro da Região de Aveiro** launched its Ambassadors programme in 2031. Ambassadors are members' managers, designers, researchers and partners abroad who volunteer to represent the cluster at fairs and meetings, to open doors for our companies and to bring back leads, ideas and talent. They are appointed by the Board for two years and can be renewed once.

## Why we need ambassadors

A cluster of 96 members, most of them SMEs, cannot be present everywhere. Our ambassadors already travel – to Milan, Frankfurt, Dubai, São Paulo. The programme gives them a common pitch, material and a direct line to the cluster team.

## The 2033–2035 cohort

Appointed by the Board on 12 December 2032:

**In Portugal**

- **Rita Valente Figueiredo** – Design Director, Porcelanas da Ria S.A. (Ílhavo) – *lead ambassador*
- **Eng.º Duarte Pinho Salgueiro** – Production Manager, Vidreira do Vouga, Lda.
- **Prof.ª Doutora Helena Bastos Cordeiro** – Department of Materials and Ceramic Engineering, Universidade de Aveiro
- **Tomás Reis** – co-founder, Barro Digital, Lda. (3D-printed ceramics start-up)

**Abroad**

- **Chiara Bellandi** – Milan, Italy – interior architect, Studio Bellandi Architetti
- **Jonas Albrecht** – Frankfurt am Main, Germany – buyer, tabletop and kitchen (formerly at a department store chain)
- **Mariana Oliveira de Souza** – São Paulo, Brazil – trade consultant, Câmara Luso-Paulista de Comércio
- **Karim Al-Mansouri** – Dubai, United Arab Emirates – hospitality procurement consultant

## What ambassadors do

- represent CeramAveiro at least twice a year (fair, conference, buyer meeting)
- report leads to the cluster team within two weeks
- host one visiting delegation or student group per year
- take part in the annual Ambassadors' Meeting

## What the cluster offers in return

Training in cluster presentation, a travel contribution, free participation in the cluster's events and visibility on our website and at the Ambassadors' Meeting.

## Highlights so far

At Ambiente 2033 (Frankfurt am Main, 10–14 February 2033), Jonas Albrecht brought four buyers to the cluster's stand. Chiara Bellandi organised a showroom evening for six members during Milan Design Week on 10 April 2033. The first Ambassadors' Meeting took place on 7 July 2033 at the Vista Alegre museum in Ílhavo.

## Frequently asked questions

**Do I have to be employed by a member?** No. Partners abroad, such as architects, buyers and consultants, can be ambassadors if a member company or the cluster team proposes them.

**Is it paid?** No. Ambassadors receive a travel contribution and free access to events, but the role is voluntary.

**Can I promote my own company?** Yes, as long as you also present the cluster and pass on leads that fit other members better.

## Become an ambassador

Applications for the 2035–2037 cohort open on 1 September 2034. Contact the programme coordinator, **Inês Marques Tavares** (Internationalisation Manager), at ambassadors@ceramaveiro.example.

*CeramAveiro is supported by the Compete 2030 programme and by the Centro Regional Coordination and Development Commission (CCDR Centro).*
"""
save("CeramAveiro_Ambassadors-programme.md", t, None,
 people=[P("Rita Valente Figueiredo","Design Director","Porcelanas da Ria S.A."),
  P("Duarte Pinho Salgueiro","Production Manager","Vidreira do Vouga, Lda."),
  P("Helena Bastos Cordeiro",None,"Department of Materials and Ceramic Engineering"),
  P("Tomás Reis","co-founder","Barro Digital, Lda."),
  P("Chiara Bellandi","interior architect","Studio Bellandi Architetti"),
  P("Jonas Albrecht","buyer",None),
  P("Mariana Oliveira de Souza","trade consultant","Câmara Luso-Paulista de Comércio"),
  P("Karim Al-Mansouri","hospitality procurement consultant",None),
  P("Inês Marques Tavares","Internationalisation Manager","CeramAveiro – Associação do Cluster da Cerâmica e Vidro da Região de Aveiro")],
 orgs=[O("CeramAveiro – Associação do Cluster da Cerâmica e Vidro da Região de Aveiro","CeramAveiro"),
  O("Porcelanas da Ria S.A."),O("Vidreira do Vouga, Lda."),O("Department of Materials and Ceramic Engineering"),
  O("Universidade de Aveiro"),O("Barro Digital, Lda."),O("Studio Bellandi Architetti"),
  O("Câmara Luso-Paulista de Comércio"),O("Centro Regional Coordination and Development Commission","CCDR Centro")],
 events=[E("Ambiente 2033","2033-02-10","2033-02-14","Frankfurt am Main","Germany"),
  E("showroom evening","2033-04-10",None,"Milan","Italy"),
  E("Milan Design Week","2033-04",None,"Milan","Italy"),
  E("Ambassadors' Meeting","2033-07-07",None,"Ílhavo","Portugal")],
 dates=["2031","2033/2035","2032-12-12","2033-02-10/2033-02-14","2033-04-10","2033-07-07","2035/2037","2034-09-01"])
