from h import *
F = 'connemara-gaeltacht-innovation-calendar-2036.txt'
MI = {1:'Eanáir',2:'Feabhra',3:'Márta',4:'Aibreán',5:'Bealtaine',6:'Meitheamh',9:'Meán Fómhair',10:'Deireadh Fómhair'}
T = f"""FÉILIRE NUÁLAÍOCHTA GHAELTACHT CHONAMARA 2036
CONNEMARA GAELTACHT INNOVATION CALENDAR 2036

Foilsithe ag / Published by: Cnuasach Mara agus Bia Chonamara (Connemara Marine and Food Cluster)
I gcomhar le / In partnership with: Údarás na Gaeltachta, Ollscoil na Gaillimhe / University of Galway, agus / and Atlantic Technological University (ATU)
Dáta foilsithe / Published: 8 Eanáir 2036 / 8 January 2036

Réamhrá
Is é seo an tríú féilire bliantúil de chuid an chnuasaigh. Tá imeachtaí ann do ghnólachtaí beaga, d'iascairí, do tháirgeoirí bia agus do thaighdeoirí ar fud Ghaeltacht Chonamara agus Oileáin Árann. Beidh formhór na n-imeachtaí dátheangach.

Introduction
This is the cluster's third annual calendar. It lists events for small businesses, fishers, food producers and researchers across the Connemara Gaeltacht and the Aran Islands. Most events are bilingual (Irish and English). Registration is free unless stated otherwise. Dates may change; the online version of this calendar is updated every month, and members receive changes by e-mail. Events marked as online are recorded and the recordings are available to members for six months.

Bainisteoir an Chnuasaigh / Cluster Manager: Máiréad Ní Fhlatharta
Oifigeach Imeachtaí / Events Officer: Colm Mac Donncha

------------------------------------------------------------
EANÁIR – MÁRTA / JANUARY – MARCH
------------------------------------------------------------
{wd(2036,1,29)} 29 January 2036 | 29 Eanáir 2036
Ceardlann: Easpórtáil bia mara go dtí an Fhrainc / Workshop: Exporting seafood to France
Áit / Venue: Páirc Ghnó Ghaoth Dobhair? – no: Páirc Ghnó na Tulaí, An Cheathrú Rua
Le / With: Bord Iascaigh Mhara (BIM) and Enterprise Ireland. Speaker: Yannick Le Floch, Breizh Mer Export SARL.

{wd(2036,2,20)} 20 February 2036 | 20 Feabhra 2036
Gréasánú: Bricfeasta na mBan i nGnó / Networking: Women in Business Breakfast
Áit / Venue: Óstán an Fhorbacha, Na Forbacha
Aoichainteoir / Guest speaker: Dr. Siobhán Ní Chonghaile, Príomhfheidhmeannach / CEO, Feamainn Árann Teo.

{wd(2036,3,17)} 17 March 2036 – Lá Fhéile Pádraig / St Patrick's Day: no events. Ní bheidh imeachtaí ann.

{wd(2036,3,26)} 26 March 2036 | 26 Márta 2036
Seimineár gréasáin: Maoiniú AE do chnuasaigh / Webinar: EU funding for clusters
Ar líne / Online. With Pádraig Ó Súilleabháin, Enterprise Europe Network Ireland, and Dr. Karin Halvorsen-Berg of the Norwegian cluster Lofoten Seafood Innovation.

------------------------------------------------------------
AIBREÁN – MEITHEAMH / APRIL – JUNE
------------------------------------------------------------
{wd(2036,4,22)} 22 – {wd(2036,4,23)} 23 April 2036 | 22–23 Aibreán 2036
Fóram Bia Mara an Atlantaigh / Atlantic Seafood Forum
Áit / Venue: Ionad Cultúrtha an Phiarsaigh, Ros Muc
The cluster's main annual event, with the Western Development Commission (WDC) and the Marine Institute. Opening by Seán Ó Coisdealbha, Cathaoirleach / Chairperson, Údarás na Gaeltachta. Keynote: Prof. Louise Allcock, University of Galway, on seaweed and shellfish research. Cuairt ar shuíomh / Site visit on 23 April to the oyster farm Oisrí Chill Chiaráin Teo. and to the seaweed processing plant of Arramara Teoranta in Cill Chiaráin.

{wd(2036,5,14)} 14 May 2036 | 14 Bealtaine 2036
Lá Oscailte: Saotharlann Bhia ATU / Open Day: ATU Food Lab, Gaillimh / Galway
Host: Dr. Niamh Nic Giolla Bhríde, Ceann Roinne / Head of Department, ATU.

{wd(2036,6,10)} 10 – {wd(2036,6,12)} 12 June 2036 | 10–12 Meitheamh 2036
Turas staidéir go dtí an Bhriotáin / Study trip to Brittany (Lorient and Concarneau)
With Pôle Aquimer and the Brittany Chamber of Agriculture. Places are limited to 15; cost EUR 450 per person. Closing date for applications: 1 May 2036.

{wd(2036,6,27)} 27 June 2036 | 27 Meitheamh 2036
Féile Bia Chonamara – seastán an chnuasaigh / Connemara Food Festival – cluster stand
Áit / Venue: An Clochán / Clifden. Cooking demonstrations by chef Ruairí de Blácam-Walsh.

------------------------------------------------------------
MEÁN FÓMHAIR – NOLLAIG / SEPTEMBER – DECEMBER
------------------------------------------------------------
{wd(2036,9,17)} 17 September 2036 | 17 Meán Fómhair 2036
Cruinniú Ginearálta Bliantúil / Annual General Meeting
Áit / Venue: Oifigí Údarás na Gaeltachta, Na Forbacha. For members only. Election of three board members; presentation of the strategy 2037–2041.

{wd(2036,10,8)} 8 October 2036 | 8 Deireadh Fómhair 2036
Hacathon: "An Fharraige Dhigiteach" / Hackathon: "The Digital Sea"
Áit / Venue: Ionad Nuálaíochta Ghaoth Dobhair? Not this year – moved to the Údarás innovation centre Páirc na Mara, Cill Chiaráin.
With the Irish Marine Robotics Network and Galway City Innovation District.

{wd(2036,11,19)} 19 November 2036 | 19 Samhain 2036 – CEALAITHE / CANCELLED
Comhdháil Turasóireachta Mara / Marine Tourism Conference. The conference planned with Fáilte Ireland has been cancelled and will be merged with the Atlantic Seafood Forum in 2037.

{wd(2036,12,3)} 3 December 2036 | 3 Nollaig 2036
Gradaim Nuálaíochta an Chnuasaigh / Cluster Innovation Awards
Áit / Venue: Óstán na Cathrach, Gaillimh / Galway. Presented by Máiréad Ní Fhlatharta and the Minister of State for the Gaeltacht, Caitríona Ní Ghallchóir-Kelly TD.

------------------------------------------------------------
TEAGMHÁIL / CONTACT
------------------------------------------------------------
Colm Mac Donncha, Oifigeach Imeachtaí / Events Officer
imeachtai@cnuasachmara.example | +353 91 000 000
Cnuasach Mara agus Bia Chonamara, Páirc na Mara, Cill Chiaráin, Co. na Gaillimhe

Tá an cnuasach maoinithe ag Údarás na Gaeltachta agus ag an gCiste Forbartha Réigiúnaí Eorpach faoin gClár Réigiúnach Thuaidh agus an Iarthair 2028–2034.
The cluster is funded by Údarás na Gaeltachta and the European Regional Development Fund under the Northern and Western Regional Programme 2028–2034.
"""
T = T.replace('Páirc Ghnó Ghaoth Dobhair? – no: Páirc Ghnó na Tulaí', 'Páirc Ghnó na Tulaí').replace("Ionad Nuálaíochta Ghaoth Dobhair? Not this year – moved to the Údarás innovation centre Páirc na Mara", "Páirc na Mara (Údarás innovation centre)")
write(F, T)
CL='Cnuasach Mara agus Bia Chonamara'; UG='Údarás na Gaeltachta'
gold(F,
 [P('Máiréad Ní Fhlatharta','Cluster Manager',CL), P('Colm Mac Donncha','Events Officer',CL), P('Yannick Le Floch',None,'Breizh Mer Export SARL'),
  P('Siobhán Ní Chonghaile','CEO','Feamainn Árann Teo.'), P('Pádraig Ó Súilleabháin',None,'Enterprise Europe Network Ireland'),
  P('Karin Halvorsen-Berg',None,'Lofoten Seafood Innovation'), P('Seán Ó Coisdealbha','Chairperson',UG), P('Louise Allcock',None,'University of Galway'),
  P('Niamh Nic Giolla Bhríde','Head of Department','ATU'), P('Ruairí de Blácam-Walsh','chef',None), P('Caitríona Ní Ghallchóir-Kelly','Minister of State for the Gaeltacht',None)],
 [O(CL), O(UG), O('University of Galway'), O('Atlantic Technological University','ATU'), O('Bord Iascaigh Mhara','BIM'), O('Enterprise Ireland'), O('Breizh Mer Export SARL'),
  O('Feamainn Árann Teo.'), O('Enterprise Europe Network Ireland'), O('Lofoten Seafood Innovation'), O('Western Development Commission','WDC'), O('Marine Institute'),
  O('Oisrí Chill Chiaráin Teo.'), O('Arramara Teoranta'), O('ATU Food Lab'), O('Pôle Aquimer'), O('Brittany Chamber of Agriculture'), O('Irish Marine Robotics Network'),
  O('Galway City Innovation District'), O('Fáilte Ireland')],
 [E('Workshop: Exporting seafood to France','2036-01-29','2036-01-29','An Cheathrú Rua','Ireland'), E('Women in Business Breakfast','2036-02-20','2036-02-20','Na Forbacha','Ireland'),
  E('Webinar: EU funding for clusters','2036-03-26','2036-03-26',None,None), E('Atlantic Seafood Forum','2036-04-22','2036-04-23','Ros Muc','Ireland'),
  E('Site visit','2036-04-23','2036-04-23','Cill Chiaráin','Ireland'), E('Open Day: ATU Food Lab','2036-05-14','2036-05-14','Galway','Ireland'),
  E('Study trip to Brittany','2036-06-10','2036-06-12','Lorient, Concarneau','France'), E('Connemara Food Festival','2036-06-27','2036-06-27','Clifden','Ireland'),
  E('Annual General Meeting','2036-09-17','2036-09-17','Na Forbacha','Ireland'), E('Hackathon: "The Digital Sea"','2036-10-08','2036-10-08','Cill Chiaráin','Ireland'),
  E('Marine Tourism Conference','2036-11-19','2036-11-19',None,None), E('Cluster Innovation Awards','2036-12-03','2036-12-03','Galway','Ireland')],
 ['2036-01-08','2036-01/2036-03','2036-01-29','2036-02-20','2036-03-17','2036-03-26','2036-04/2036-06','2036-04-22/2036-04-23','2036-04-23','2036-05-14','2036-06-10/2036-06-12',
  '2036-05-01','2036-06-27','2036-09/2036-12','2036-09-17','2037/2041','2036-10-08','2036-11-19','2037','2036-12-03','2028/2034'], pub='2036-01-08')
