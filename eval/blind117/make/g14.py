from h import *
F = 'g14_cork_offshore_energy_escp_kickoff.md'
assert wd(2040,1,24)=='Tuesday' and wd(2040,1,25)=='Wednesday' and wd(2040,3,6)=='Tuesday'
T = """**Celtic Sea Energy Cluster** | [Home](/) | [Members](/members) | [Projects](/projects) | [News](/news) | [Contact](/contact)

News › Partnerships

# Five offshore energy clusters launch a European Strategic Cluster Partnership in Cork

_30 January 2040 · by Aoife Ní Bhriain, Communications Manager_

Five cluster organisations from Ireland, France, Spain, Norway and Poland met in Cork on 24 and 25 January 2040 for the kick-off meeting of the Atlantic–Baltic Offshore Energy Clusters Partnership (ABOEC). The new partnership was selected by the European Commission as a European Strategic Cluster Partnership for going international and will run from January 2040 to December 2042.

The partners are:

- Celtic Sea Energy Cluster CLG (Ireland), coordinator
- Pôle Mer Bretagne Atlantique (France)
- Asociación Clúster de Energía del País Vasco – ACLUEE (Spain)
- Norwegian Offshore Wind (Norway)
- Polskie Stowarzyszenie Klastrów Energii Morskiej, PSKEM (Poland)

Together the five clusters represent more than 1,400 companies, most of them small suppliers of components, vessels, surveys and engineering services for offshore wind and wave energy.

## Two days in Cork

The meeting opened on Tuesday morning at University College Cork's MaREI Centre with a welcome by Dr. Conor Ó Súilleabháin, chief executive of the Celtic Sea Energy Cluster, and Deirdre Fitzgerald-Kowalski, Policy Officer at the European Commission's Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs (DG GROW). In the afternoon the partners agreed the work plan and the governance rules; Jean-Yves Le Gall of Pôle Mer Bretagne Atlantique was elected chair of the partnership board, with Iñaki Zubizarreta Arana of ACLUEE as deputy.

On Wednesday the programme continued with a visit to the Port of Cork's Ringaskiddy terminal, which is being prepared as a marshalling harbour for floating wind turbines, and met Irish suppliers at a matchmaking session hosted by Enterprise Ireland. A networking dinner at the English Market closed the first evening.

Fourteen Irish companies took part in the matchmaking, and the visiting cluster managers held 46 short meetings with them in a single afternoon. Several of the Irish firms had never worked with a foreign cluster before; two of them, a cable protection maker from Cobh and a drone inspection start-up from Limerick, have already been invited to Brittany.

## What the partnership will do

The work plan sets out three lines of joint action for the period 2040–2042:

- a common internationalisation strategy for offshore energy SMEs, aimed at the United States, Japan, South Korea and Taiwan
- three business missions with matchmaking, the first to Japan in autumn 2040 during WIND EXPO Autumn in Tokyo
- a shared catalogue of members' capabilities, in English, Japanese and Korean

"Europe's offshore suppliers are world-class, but most of them are far too small to travel to Yokohama or Busan alone," said Ó Súilleabháin. "This partnership lets a ten-person survey firm from Cork walk into a meeting with a Japanese utility as part of a European team."

Deirdre Fitzgerald-Kowalski reminded the partners that their results will be showcased at the European Cluster Conference in Brussels, expected in spring 2041.

## Who to contact

Members interested in the Japan mission can contact project manager Ciarán Murtagh-Lind (ciaran@celticseaenergy.example.ie). An information webinar for members of all five clusters is scheduled for Tuesday 6 March 2040 at 10:00 CET; the call for companies will close on 15 May 2040.

_Also in the news:_ [Cluster joins SEAI offshore skills taskforce](#) · [Member spotlight: Atlantic Survey Services](#)

Share on [LinkedIn](#) · [X](#) · [Email](#)

---
Celtic Sea Energy Cluster CLG · Registered in Ireland · [Privacy](/privacy) · [Cookie settings](/cookies)
"""
write(F, T)
C="Celtic Sea Energy Cluster CLG"; AB="Atlantic–Baltic Offshore Energy Clusters Partnership"
gold(F,
 [P("Aoife Ní Bhriain","Communications Manager","Celtic Sea Energy Cluster"),
  P("Conor Ó Súilleabháin","chief executive","Celtic Sea Energy Cluster"),
  P("Deirdre Fitzgerald-Kowalski","Policy Officer","Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"),
  P("Jean-Yves Le Gall","chair of the partnership board",AB),
  P("Iñaki Zubizarreta Arana","deputy",AB),
  P("Ciarán Murtagh-Lind","project manager","Celtic Sea Energy Cluster")],
 [O(C), O(AB,"ABOEC"), O("European Commission"), O("Pôle Mer Bretagne Atlantique"),
  O("Asociación Clúster de Energía del País Vasco","ACLUEE"), O("Norwegian Offshore Wind"),
  O("Polskie Stowarzyszenie Klastrów Energii Morskiej","PSKEM"), O("University College Cork"), O("MaREI Centre"),
  O("Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs","DG GROW"),
  O("Port of Cork"), O("Enterprise Ireland"), O("SEAI"), O("Atlantic Survey Services")],
 [E("kick-off meeting of the Atlantic–Baltic Offshore Energy Clusters Partnership","2040-01-24","2040-01-25","Cork","Ireland"),
  E("visit to the Port of Cork's Ringaskiddy terminal","2040-01-25",None,"Cork","Ireland"),
  E("matchmaking session","2040-01-25",None,"Cork","Ireland"),
  E("networking dinner","2040-01-24",None,"Cork","Ireland"),
  E("Japan mission","2040",None,"Tokyo","Japan"),
  E("WIND EXPO Autumn","2040",None,"Tokyo","Japan"),
  E("European Cluster Conference","2041",None,"Brussels","Belgium"),
  E("information webinar","2040-03-06",None,None,None)],
 ["2040-01-30","2040-01-24/2040-01-25","2040-01/2042-12","2040/2042","2040","2041","2040-03-06","2040-05-15"],
 [], pub="2040-01-30")
