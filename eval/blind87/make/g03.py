from h import *
F = 'g03_latgale_interreg_project_news.txt'
assert wd(2036,5,12)=='Monday' and wd(2036,5,13)=='Tuesday' and wd(2036,6,10)=='Tuesday'
T = """LAT-LIT WOODLINK
Interreg VII-A Latvia–Lithuania Programme 2035–2041
About project | Partners | Activities | News | Results | Contacts      LV  LT  EN

This website uses cookies. OK | More information

News

Partners meet in Daugavpils to test the timber traceability tool
Published: 19.05.2036  |  Author: Project communication team

On 12–13 May 2036 the partners of the WOODLINK project gathered in Daugavpils for their third steering committee meeting and a two-day pilot workshop on the digital timber traceability tool developed in the project. The meeting was hosted by the Latgale Planning Region together with the Daugavpils University Science Park.

In the first day the steering committee reviewed progress of all work packages. Lead partner representative Inese Vaivode, Project Manager at the Latgale Planning Region, informed that the project has spent 41 % of its budget by the end of the second reporting period and that all deliverables of the first year are approved by the Joint Secretariat. Partners also agreed to move the final conference from Rokiškis to Utena because of renovation works at the originally planned venue.

The afternoon was reserved for a site visit to the sawmill of SIA Latgales Koks in Kalupe, a member of the Latgale Wood Cluster. The company director Aivars Pudāns showed how the tool is used to scan logs at the entrance of the yard and to link each batch with the forest owner's certificate. "Before, we had three different paper forms for one truck. Now it is one QR code," he explained.

[Photo: Partners at the sawmill in Kalupe. © Latgale Planning Region]

Pilot workshop
The second day, Tuesday 13 May, was dedicated to the pilot workshop with 34 participants from small wood processing companies of Latgale and the Utena region. Dr. Rūta Jankauskienė from Kaunas University of Technology (KTU) presented the results of user tests done in Lithuanian companies during the winter. The main problems were slow mobile internet in forest areas and lack of skills of older workers. Software developer UAB Medienos Duomenys promised an offline mode in the next version of the tool, which should be ready in September 2036.

Mārtiņš Dzalbs, chairman of the board of the Latgale Wood Cluster, underlined that traceability will become obligatory for many export markets: "Our members sell to Sweden, Germany and Denmark. Buyers there already ask for proof of legal origin for every delivery. Small sawmills cannot pay for their own systems, so a shared tool is the only way."

Also the Lithuanian partner, the Association of Utena Region Wood Industry Companies, presented its plan for training sessions in autumn. Its director Vytautas Morkūnas said that 60 workers will be trained in using the tool until end of 2036.

Next steps
- 10 June 2036 (Tuesday): online meeting of the technical working group
- September 2036: release of tool version 2.0 with offline mode
- October–November 2036: training sessions in Utena and Daugavpils
- 2037: final conference in Utena

About the project
WOODLINK (“Cross-border digital traceability for small wood processing companies”) is co-financed by the European Regional Development Fund. Project duration 01.09.2035 – 31.08.2037. Total budget EUR 1.24 million.

Partners:
Latgale Planning Region (LV) – lead partner
Daugavpils University Science Park (LV)
Latgale Wood Cluster (LV)
Kaunas University of Technology (LT)
Association of Utena Region Wood Industry Companies (LT)
UAB Medienos Duomenys (LT)

Contacts
Inese Vaivode, Project Manager
Latgale Planning Region
Saules iela 15, Daugavpils, LV-5401
inese.vaivode@latgale.example.lv

Share: Facebook | LinkedIn | X | E-mail

« Previous news: Kick-off meeting in Rēzekne      Next news: Study visit to Finland »

This website has been produced with the financial assistance of the European Union. The contents are the sole responsibility of the Latgale Planning Region and can under no circumstances be regarded as reflecting the position of the European Union.
"""
write(F, T)
gold(F,
 [P("Inese Vaivode","Project Manager","Latgale Planning Region"),
  P("Aivars Pudāns","director","SIA Latgales Koks"),
  P("Rūta Jankauskienė",None,"Kaunas University of Technology"),
  P("Mārtiņš Dzalbs","chairman of the board","Latgale Wood Cluster"),
  P("Vytautas Morkūnas","director","Association of Utena Region Wood Industry Companies")],
 [O("Latgale Planning Region"), O("Daugavpils University Science Park"), O("Joint Secretariat"),
  O("SIA Latgales Koks"), O("Latgale Wood Cluster"), O("Kaunas University of Technology","KTU"),
  O("UAB Medienos Duomenys"), O("Association of Utena Region Wood Industry Companies"), O("European Union")],
 [E("third steering committee meeting","2036-05-12",None,"Daugavpils","Latvia"),
  E("pilot workshop","2036-05-12","2036-05-13","Daugavpils","Latvia"),
  E("site visit","2036-05-12",None,"Kalupe","Latvia"),
  E("online meeting of the technical working group","2036-06-10"),
  E("training sessions","2036-10","2036-11","Utena, Daugavpils",None),
  E("final conference","2037",None,"Utena","Lithuania"),
  E("Kick-off meeting",None,None,"Rēzekne","Latvia"),
  E("Study visit to Finland",None,None,None,"Finland")],
 ["2035/2041","2036-05-19","2036-05-12/2036-05-13","2036-05-13","2036-09","2036","2036-06-10","2036-10/2036-11","2037",
  "2035-09-01/2037-08-31"], [], pub="2036-05-19")
