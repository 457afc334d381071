from h import *
F = 'g16_wallonia_followup_project_press_release.txt'
assert wd(2041,1,15)=='Tuesday' and wd(2041,3,12)=='Tuesday' and wd(2041,3,13)=='Wednesday'
T = """PRESS RELEASE

Liège, 15 January 2041 – embargoed until 10:00 CET

HYVALLEY-NWE approved: Wallonia's hydrogen cluster to lead EUR 7.8 million follow-up project
Eleven partners from five countries will turn the pilots of HYBRIDGE into regional hydrogen valleys

The Monitoring Committee of the Interreg North-West Europe programme has approved HYVALLEY-NWE, the follow-up
project of HYBRIDGE (2036–2040), at its meeting in Lille on 10 December 2040. The project will be led by
TWEED – Technology of Wallonia Energy, Environment and sustainable Development, the Walloon cluster for
sustainable energy, and will run for 42 months, from 1 March 2041 to 31 August 2044.

The total budget of HYVALLEY-NWE is EUR 7.8 million. Interreg North-West Europe contributes EUR 4.68 million
(60%) from the European Regional Development Fund, while the remainder is financed by the partners and by the
Public Service of Wallonia, Economy, Employment and Research (SPW EER), which has committed EUR 900,000 of
co-financing for the Walloon partners.

FROM PILOTS TO VALLEYS

HYBRIDGE tested small electrolysers and hydrogen refuelling points in four industrial areas between Liège,
Aachen, Eindhoven and Lille. Its final report, published in November 2040, showed that the pilots produced 410
tonnes of green hydrogen and cut 3,600 tonnes of CO2 emissions, but also that most small companies could not
yet plan investments because regional supply chains were missing.

HYVALLEY-NWE will tackle this gap. Over three and a half years the partners will:
- prepare investment plans for four regional "hydrogen valleys" with at least 25 industrial users each;
- set up a shared purchasing scheme for electrolysers and storage for SMEs;
- train 600 technicians and engineers through a cross-border academy led by the University of Liège;
- support 40 SMEs with feasibility studies financed through a small project fund of EUR 1.2 million;
- develop a common safety and permitting guide for local authorities.

"HYBRIDGE proved that the technology works at our scale. HYVALLEY-NWE is about making it an everyday business
decision for a metalworking company in Seraing or a bakery chain in Limburg," said Dr. Amélie Warnier,
director of TWEED and coordinator of the new project.

Catherine Dethier-Vanhove, Vice-President of the Walloon Government and Minister for the Economy, welcomed the approval:
"Wallonia has chosen hydrogen as one of the pillars of its industrial recovery. This project gives our
companies partners and markets beyond our borders."

Professor Grégoire Lemaître of the University of Liège, who will lead the academy, added that "the
bottleneck is not only money but skilled people. We will train them with the companies, in their plants."

THE PARTNERSHIP

Lead partner
- TWEED – Technology of Wallonia Energy, Environment and sustainable Development (BE)

Partners
- University of Liège (BE)
- Liège Airport SA (BE)
- WaterstofNet vzw (BE)
- Brainport Development NV (NL)
- Province of North Brabant (NL)
- TH Köln – University of Applied Sciences (DE)
- Hydrogen Cluster NRW, hosted by EnergieAgentur.NRW (DE)
- Pôle Energie Hauts-de-France (FR)
- Communauté urbaine de Dunkerque (FR)
- Luxembourg Institute of Science and Technology – LIST (LU)

Associated partners
- Port of Antwerp-Bruges
- Agence wallonne de l'Air et du Climat (AwAC)
- Fédération des Entreprises de Belgique (FEB)

WORK PACKAGES

WP1 Hydrogen valley investment plans – lead: Brainport Development NV
WP2 Shared purchasing and SME fund – lead: WaterstofNet vzw
WP3 Cross-border hydrogen academy – lead: University of Liège
WP4 Safety, permitting and policy – lead: Province of North Brabant
WP5 Communication and long-term effects – lead: Pôle Energie Hauts-de-France

NEXT STEPS

The kick-off meeting will be held at the Palais des Congrès de Liège on 12 and 13 March 2041 (Tuesday and
Wednesday), followed by a visit to the electrolyser of the Liège Airport pilot. A first call for the SME
fund is expected in autumn 2041. Companies that wish to be informed can register on the project website; a first information session for
Walloon SMEs will be announced there.

At the final event of HYBRIDGE on 26 November 2040 in Eindhoven, the outgoing project coordinator Jeroen van
der Meulen of Brainport Development handed the "hydrogen baton" to the TWEED team in front of some 200 participants.

ABOUT TWEED
TWEED is the cluster of companies active in sustainable energy in Wallonia, founded in 2008. It counts more
than 140 members, from start-ups to large industrial groups, and has coordinated or taken part in more than
30 European projects. Since 2035 it has also hosted the secretariat of the Walloon Hydrogen Coalition.

ABOUT INTERREG NORTH-WEST EUROPE
Interreg North-West Europe is a European Territorial Cooperation programme that finances transnational projects
in Belgium, France, Germany, Ireland, Luxembourg, the Netherlands and Switzerland.

Media contact
Julie Lambotte, communication manager, TWEED
Rue Natalis 2, 4020 Liège, Belgium
julie.lambotte@example-tweed.be | +32 4 000 00 00

Photos: Dr. Amélie Warnier and Prof. Grégoire Lemaître at the HYBRIDGE final event (© TWEED / Michel Houet).
Download in high resolution: www.example-tweed.be/press

-- END --
"""
assert wd(2040,11,26)=='Monday' and wd(2040,12,10)=='Monday'
write(F, T)
gold(F,
 [P('Amélie Warnier','director','TWEED'),
  P('Catherine Dethier-Vanhove','Vice-President of the Walloon Government and Minister for the Economy','Walloon Government'),
  P('Grégoire Lemaître','Professor','University of Liège'),
  P('Jeroen van der Meulen','project coordinator','Brainport Development'),
  P('Julie Lambotte','communication manager','TWEED'),
  P('Michel Houet')],
 [O('Monitoring Committee of the Interreg North-West Europe programme'),
  O('TWEED – Technology of Wallonia Energy, Environment and sustainable Development','TWEED'),
  O('Public Service of Wallonia, Economy, Employment and Research','SPW EER'),
  O('University of Liège'), O('Walloon Government'), O('Liège Airport SA'), O('WaterstofNet vzw'),
  O('Brainport Development NV'), O('Province of North Brabant'), O('TH Köln – University of Applied Sciences'),
  O('Hydrogen Cluster NRW'), O('EnergieAgentur.NRW'), O('Pôle Energie Hauts-de-France'),
  O('Communauté urbaine de Dunkerque'), O('Luxembourg Institute of Science and Technology','LIST'),
  O('Port of Antwerp-Bruges'), O("Agence wallonne de l'Air et du Climat",'AwAC'),
  O('Fédération des Entreprises de Belgique','FEB'), O('Walloon Hydrogen Coalition')],
 [E('meeting in Lille','2040-12-10',None,'Lille','France'),
  E('kick-off meeting','2041-03-12','2041-03-13','Liège','Belgium'),
  E('visit to the electrolyser of the Liège Airport pilot',None,None,'Liège','Belgium'),
  E('final event of HYBRIDGE','2040-11-26',None,'Eindhoven','Netherlands')],
 ['2041-01-15','2036/2040','2040-12-10','2041-03-01/2044-08-31','2040-11','2041-03-12/2041-03-13','2041','2040-11-26','2008','2035'],
 [], pub='2041-01-15')
