from h import *
F = 'g03_textile_matchmaking_guimaraes.md'
assert wd(2040,3,13)=='Tuesday' and wd(2040,3,14)=='Wednesday' and wd(2040,3,15)=='Thursday'
T = """[Home](/) · [About the alliance](/about) · [Members](/members) · [Events](/events) · **News** · [Contact](/contact)

# Matchmaking Days in Guimarães: technical textiles meet mobility

*Posted 22/03/2040 by the Atlantic Textile Clusters Alliance secretariat · 5 min read*

The 6th Textile Cluster Matchmaking Days brought 148 participants from nine countries to Guimarães from 13 to 15 March 2040. This year's edition was hosted by TexMinho – Associação do Cluster Têxtil do Minho at the Centro de Ciência e Tecnologia Têxtil (CITEVE) campus and focused on textiles for cars, trains and aircraft interiors.

Participants came from Portugal, Spain, France, Germany, Italy, the Czech Republic, Finland, Poland and Tunisia. Roughly half were small manufacturers of technical fabrics, nonwovens and coated materials; the rest were seat and interior suppliers, two rail operators, research centres and seven cluster organisations. For the first time the organisers also invited buyers from outside the textile world, among them purchasing managers of a bus maker and of an aircraft cabin integrator.

## Programme at a glance

**Tuesday 13 March**
- 14:00 Registration and welcome coffee
- 15:00 Opening by Rui Magalhães Sampaio, President of TexMinho, and Inês Carvalho-Leite, Vice-President of the Comissão de Coordenação e Desenvolvimento Regional do Norte (CCDR-N)
- 16:00 Keynote: "Lighter seats, lower emissions" – Dr. Friederike Schütz-Okafor, Head of Materials at Sächsisches Textilforschungsinstitut e.V. (STFI), Chemnitz
- 19:30 Welcome dinner at the Paço dos Duques

**Wednesday 14 March**
- 09:00–13:00 B2B meetings (pre-scheduled, 30 minutes each)
- 14:30 Company visits: Coelima Têxteis and the composite workshop of TMG Automotive
- 17:30 Cluster managers' round table on joint missions to North America

**Thursday 15 March**
- 09:30 Workshop "Recycled fibres for transport interiors", moderated by Lukáš Dvořák (CLUTEX – klastr technické textilie)
- 12:00 Closing and presentation of the 2041 host

## Results

- 212 B2B meetings between 96 companies and research centres
- 17 follow-up visits already requested
- one joint proposal under preparation for the Horizon Europe call on circular textiles

## Key takeaways

The closing session summarised what participants took home:

- Transport clients buy certified performance, not fabrics: clusters should help members with testing and certification early
- Recycled fibres are ready for interiors, but the supply of sorted post-consumer waste is still too small and too irregular
- Joint stands under one European banner get more attention from North American buyers than nine national stands

"What we saw in Guimarães is that the textile and mobility value chains need each other more than they know," said **Aitor Etxeberria Goñi**, coordinator of the alliance and cluster manager of the Basque textile cluster Textil Euskadi Kluster.

## Past editions

| Edition | Year | Host city | Host cluster |
|---|---|---|---|
| 1st | 2035 | Lyon | Techtera |
| 2nd | 2036 | Chemnitz | Sachsen!Textil |
| 3rd | 2037 | Liberec | CLUTEX |
| 4th | 2038 | Valencia | ATEVAL |
| 5th | 2039 | Biella | Po.in.tex |
| 6th | 2040 | Guimarães | TexMinho |

The 7th Textile Cluster Matchmaking Days will take place in Tampere in spring 2041, hosted by the Finnish cluster Pirkanmaa Textile Network.

## What's next

Members of the alliance can apply until 30 April 2040 for a place in the joint mission to Montréal and Toronto, planned for 15–20 September 2040 with the support of the European Cluster Collaboration Platform. Contact: Mariana Pinto da Costa, project officer at TexMinho.

---
Share: [LinkedIn](#) · [X](#) · [E-mail](#)  
*Tags: matchmaking, mobility, recycled fibres, Portugal*  
© 2040 Atlantic Textile Clusters Alliance · [Privacy](/privacy) · [Cookies](/cookies)
"""
write(F, T)
TM="TexMinho – Associação do Cluster Têxtil do Minho"
gold(F,
 [P("Rui Magalhães Sampaio","President","TexMinho"),
  P("Inês Carvalho-Leite","Vice-President","Comissão de Coordenação e Desenvolvimento Regional do Norte"),
  P("Friederike Schütz-Okafor","Head of Materials","Sächsisches Textilforschungsinstitut e.V."),
  P("Lukáš Dvořák",None,"CLUTEX – klastr technické textilie"),
  P("Aitor Etxeberria Goñi","coordinator","Atlantic Textile Clusters Alliance"),
  P("Mariana Pinto da Costa","project officer","TexMinho")],
 [O("Atlantic Textile Clusters Alliance"), O(TM), O("Centro de Ciência e Tecnologia Têxtil","CITEVE"),
  O("Comissão de Coordenação e Desenvolvimento Regional do Norte","CCDR-N"),
  O("Sächsisches Textilforschungsinstitut e.V.","STFI"), O("Coelima Têxteis"), O("TMG Automotive"),
  O("CLUTEX – klastr technické textilie"), O("Textil Euskadi Kluster"), O("Techtera"), O("Sachsen!Textil"),
  O("ATEVAL"), O("Po.in.tex"), O("Pirkanmaa Textile Network"), O("European Cluster Collaboration Platform")],
 [E("6th Textile Cluster Matchmaking Days","2040-03-13","2040-03-15","Guimarães","Portugal"),
  E("Welcome dinner","2040-03-13",None,"Guimarães","Portugal"),
  E("B2B meetings","2040-03-14",None,"Guimarães","Portugal"),
  E("Company visits","2040-03-14",None,"Guimarães","Portugal"),
  E("Recycled fibres for transport interiors","2040-03-15",None,"Guimarães","Portugal"),
  E("Textile Cluster Matchmaking Days","2035",None,"Lyon","France"),
  E("Textile Cluster Matchmaking Days","2036",None,"Chemnitz","Germany"),
  E("Textile Cluster Matchmaking Days","2037",None,"Liberec","Czech Republic"),
  E("Textile Cluster Matchmaking Days","2038",None,"Valencia","Spain"),
  E("Textile Cluster Matchmaking Days","2039",None,"Biella","Italy"),
  E("7th Textile Cluster Matchmaking Days","2041",None,"Tampere","Finland"),
  E("joint mission to Montréal and Toronto","2040-09-15","2040-09-20","Montréal, Toronto","Canada")],
 ["2040-03-22","2040-03-13/2040-03-15","2040-03-13","2040-03-14","2040-03-15","2041","2035","2036","2037","2038","2039","2040","2040-04-30","2040-09-15/2040-09-20"],
 ["Transport clients buy certified performance, not fabrics: clusters should help members with testing and certification early",
  "Recycled fibres are ready for interiors, but the supply of sorted post-consumer waste is still too small and too irregular",
  "Joint stands under one European banner get more attention from North American buyers than nine national stands"],
 pub="2040-03-22")
