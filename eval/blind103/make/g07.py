from h import *
import docx
F = 'g07_pleven_matchmaking_mission_nairobi.docx'
assert wd(2039,3,15)=='Tuesday' and wd(2039,3,18)=='Friday' and wd(2039,1,21)=='Friday' and wd(2039,2,11)=='Friday' and wd(2039,2,25)=='Friday'
assert wd(2039,3,16)=='Wednesday' and wd(2039,3,17)=='Thursday' and wd(2039,2,2)=='Wednesday'
L = [
 ('h','NORTH-CENTRAL BULGARIA AGRITECH CLUSTER'),
 ('p','Pleven · Lovech · Veliko Tarnovo'),
 ('p','Ref. NCB-AT/INT/2039/02 · Issued: 10 January 2039'),
 ('h','Call for participation: Business and Matchmaking Mission to Kenya'),
 ('p','Nairobi and Naivasha, Tuesday 15 – Friday 18 March 2039'),
 ('p','The North-Central Bulgaria AgriTech Cluster (NCBAT), together with Enterprise Europe Network Bulgaria and the Bulgarian Small and Medium Enterprises Promotion Agency (BSMEPA), invites member companies and other SMEs from the agri-food machinery, irrigation, seed and digital farming sectors to join a business mission to Kenya. The mission is organised in the framework of the Euro-Africa AgriTech Partnership of six European cluster organisations and coincides with the Africa Agri-Innovation Expo in Nairobi.'),
 ('p','Kenya’s horticulture sector exports cut flowers, vegetables and avocados worth more than EUR 1.5 billion a year. Growers around Lake Naivasha and in the Mount Kenya region are investing in drip irrigation, cold chains and farm software, and several of them are looking for European suppliers and partners. The mission offers a programme of pre-arranged B2B meetings, company visits and a networking reception at the residence of the Bulgarian ambassador.'),
 ('h','Provisional programme'),
 ('t',[['Day','Time','Activity','Place'],
  ['Tuesday 15 March','morning','Arrival of the delegation; briefing by the Embassy of the Republic of Bulgaria in Nairobi','Nairobi'],
  ['Tuesday 15 March','15:00–18:00','Kenya–EU AgriTech Forum: opening by Wanjiru Kamau-Otieno, Principal Secretary, State Department for Agriculture; presentations of the European delegations','Kenyatta International Convention Centre'],
  ['Wednesday 16 March','09:00–17:00','B2B meetings at the Africa Agri-Innovation Expo (pre-arranged, 30 minutes each)','Nairobi'],
  ['Wednesday 16 March','19:00','Networking reception hosted by Ambassador Kalina Dobreva','Nairobi'],
  ['Thursday 17 March','07:30–18:00','Company visits around Lake Naivasha: a flower farm of Oserian Development Company, the cooling centre of Naivasha Fresh Produce Cooperative and the irrigation demonstration plot of the Kenya Agricultural and Livestock Research Organization (KALRO)','Naivasha'],
  ['Friday 18 March','09:00–12:00','B2B meetings (second round) and debriefing with the Kenya National Chamber of Commerce and Industry (KNCCI)','Nairobi'],
  ['Friday 18 March','evening','Return flights','']]),
 ('h','Who can take part?'),
 ('p','Up to 14 companies from Bulgaria with an export-ready product or service in agri-food technology. Priority is given to cluster members and to companies that have not yet exported to Africa. Each company may send one or two representatives. A good command of English is required.'),
 ('h','Costs'),
 ('p','The participation fee is EUR 350 per company (members) and EUR 600 (non-members). It covers the matchmaking service, local transport, interpretation during company visits and the reception. Flights and hotels are paid by the participants; the cluster has negotiated a group rate at a hotel in Westlands. Under the regional de minimis scheme of the Pleven District Administration, small companies may have up to 60% of their travel costs reimbursed – ask us for details.'),
 ('h','Deadlines'),
 ('p','Friday 21 January 2039 – registration for the mission (online form and signed commitment letter)'),
 ('p','Wednesday 2 February 2039 – online preparatory webinar on the Kenyan market, with Peter Njoroge-Mwangi, Trade Advisor at the EU–Kenya Business Forum (EKEBF)'),
 ('p','Friday 11 February 2039 – publication of your company profile on the B2B platform'),
 ('p','Friday 25 February 2039 – deadline for meeting requests on the B2B platform'),
 ('p','Around 8 March 2039 – final meeting schedules sent to participants'),
 ('p','Please note: companies that register after 21 January cannot be guaranteed visa support letters in time. A valid passport (six months) and a yellow fever certificate are required for entry.'),
 ('h','Why join?'),
 ('p','At the first mission of the Euro-Africa AgriTech Partnership, held in Accra in November 2037, 11 Bulgarian and 48 European companies held 263 meetings; five Bulgarian participants signed distribution agreements within a year. Kenya was chosen as the next destination at the partnership’s steering group meeting in Lleida on 6 October 2038.'),
 ('h','What participants said last time'),
 ('p','“We had eleven meetings in Accra and two of them turned into real orders. Without the cluster we would not have known where to start,” said Stoyan Genchev, export manager of Lovech Drip Systems Ltd. “The company visits were as useful as the B2B meetings, because we saw how the farms actually work and what breaks down in the field.”'),
 ('p','Participants are expected to fill in a short feedback form after the mission and to report on contacts and agreements six and twelve months later.'),
 ('h','Contacts'),
 ('p','Mission coordinator: Desislava Petkova-Ivanova, International Projects Manager, NCBAT – d.petkova@ncbat.example.bg – +359 64 000 000'),
 ('p','B2B platform and EEN support: Hristo Marinov, Enterprise Europe Network Bulgaria, Pleven Chamber of Commerce and Industry'),
 ('p','Cluster Chairman: Dr Nikolay Tsvetkov'),
 ('p','Partners of the Euro-Africa AgriTech Partnership: Catalonia Agrifood Innovation Cluster (Spain), Agro-Food Cluster Emilia (Italy), AgriNord Cluster (Denmark), Wielkopolska Agrotech Cluster (Poland), Hellenic Agritech Network (Greece) and NCBAT (Bulgaria).'),
 ('p','This mission is co-funded by the Single Market Programme of the European Union. The European Commission is not responsible for any use that may be made of the information it contains.'),
 ('p','Page 1 of 2'),
]
d = docx.Document()
for k, v in L:
    if k == 'h': d.add_heading(v, level=2)
    elif k == 'p': d.add_paragraph(v)
    else:
        t = d.add_table(rows=len(v), cols=4)
        for i, r in enumerate(v):
            for j, c in enumerate(r): t.cell(i, j).text = c
d.save(path(F))
import sys; sys.path.insert(0,'..')
txt = ' '.join(v if isinstance(v,str) else ' '.join(' '.join(r) for r in v) for k,v in L)
print(F, len(txt.split()))
C = "North-Central Bulgaria AgriTech Cluster"
gold(F,
 [P("Wanjiru Kamau-Otieno","Principal Secretary","State Department for Agriculture"),
  P("Kalina Dobreva","Ambassador",None),
  P("Peter Njoroge-Mwangi","Trade Advisor","EU–Kenya Business Forum"),
  P("Desislava Petkova-Ivanova","International Projects Manager","NCBAT"),
  P("Hristo Marinov",None,"Enterprise Europe Network Bulgaria"),
  P("Nikolay Tsvetkov","Cluster Chairman","North-Central Bulgaria AgriTech Cluster"),
  P("Stoyan Genchev","export manager","Lovech Drip Systems Ltd")],
 [O(C,"NCBAT"), O("Enterprise Europe Network Bulgaria"),
  O("Bulgarian Small and Medium Enterprises Promotion Agency","BSMEPA"), O("Euro-Africa AgriTech Partnership"),
  O("Embassy of the Republic of Bulgaria in Nairobi"), O("State Department for Agriculture"),
  O("Oserian Development Company"), O("Naivasha Fresh Produce Cooperative"),
  O("Kenya Agricultural and Livestock Research Organization","KALRO"),
  O("Kenya National Chamber of Commerce and Industry","KNCCI"), O("Pleven District Administration"),
  O("EU–Kenya Business Forum","EKEBF"), O("Pleven Chamber of Commerce and Industry"),
  O("Catalonia Agrifood Innovation Cluster"), O("Agro-Food Cluster Emilia"), O("AgriNord Cluster"),
  O("Wielkopolska Agrotech Cluster"), O("Hellenic Agritech Network"), O("European Union"), O("European Commission"), O("Lovech Drip Systems Ltd")],
 [E("Business and Matchmaking Mission to Kenya","2039-03-15","2039-03-18","Nairobi, Naivasha","Kenya"),
  E("Africa Agri-Innovation Expo",None,None,"Nairobi","Kenya"),
  E("Kenya–EU AgriTech Forum","2039-03-15",None,"Nairobi","Kenya"),
  E("B2B meetings","2039-03-16",None,"Nairobi","Kenya"), E("B2B meetings (second round)","2039-03-18",None,"Nairobi","Kenya"),
  E("Networking reception","2039-03-16",None,"Nairobi","Kenya"),
  E("Company visits","2039-03-17",None,"Naivasha","Kenya"),
  E("preparatory webinar on the Kenyan market","2039-02-02"),
  E("first mission of the Euro-Africa AgriTech Partnership","2037-11",None,"Accra","Ghana"),
  E("steering group meeting","2038-10-06",None,"Lleida","Spain")],
 ["2039-01-10","2039-03-15/2039-03-18","2039-01-21","2039-02-02","2039-02-11","2039-02-25","2039-03-08","2037-11","2038-10-06",
  "2039-03-15","2039-03-16","2039-03-17","2039-03-18"],
 [], pub="2039-01-10")
