from h import *
import docx
F = 'g09_seville_summit_speaker_bios.docx'
assert wd(2039,10,19)=='Wednesday' and wd(2039,10,20)=='Thursday' and wd(2039,9,30)=='Friday'
paras = [
("h","5th Aerospace Supply Chain Summit – Speaker biographies"),
("p","Seville, 19–20 October 2039 · Organised by Hélice Andalusian Aerospace Cluster · Draft v3 for the printed programme, 30 September 2039 – please check your own entry and send corrections to the cluster office by Friday 30 September."),
("h2","Programme at a glance"),
("p","Wednesday 19 October"),
("p","09:00 Registration and coffee"),
("p","09:45 Welcome – Juan Manuel Ortega Pizarro, President, Hélice Andalusian Aerospace Cluster"),
("p","10:15 Keynote: \"Why small suppliers decide the next aircraft\" – Dr Annelies Verhoeven-Baas"),
("p","11:30 Panel: Skills for the supply chain of the 2040s (moderated by Rocío Marín Zurita)"),
("p","14:30 Site visit to the composites plant of Sevilla Composites Avanzados S.A. in La Rinconada"),
("p","20:30 Summit dinner at the Real Alcázar gardens"),
("p","Thursday 20 October"),
("p","09:30 B2B meetings between OEMs, Tier-1 suppliers and cluster SMEs"),
("p","13:00 Closing remarks and handover to the 2040 host region"),
("h2","Speakers"),
("h3","Juan Manuel Ortega Pizarro"),
("p","President of Hélice since June 2037 and CEO of Mecanizados Guadalquivir S.L., a machining company in Dos Hermanas with 240 employees. He began his career as a production engineer at CASA in Getafe (1998–2004) and later ran the quality department of Aeronáutica del Sur in Jerez de la Frontera. He is a member of the Board of the Spanish Association of Defence, Aeronautics and Space Technology Companies (TEDAE)."),
("h3","Dr Annelies Verhoeven-Baas"),
("p","Chief Procurement Officer of Fokker Techniek B.V. in Papendrecht. A Delft University of Technology graduate, she spent twelve years at Airbus in Toulouse and Hamburg, latterly as Head of Supplier Development for Europe. Since 2036 she has chaired the supplier working group of the European Aerospace Cluster Partnership (EACP)."),
("h3","Rocío Marín Zurita"),
("p","Cluster Manager of Hélice. Before joining the cluster in 2035 she worked for the Agencia de Innovación y Desarrollo de Andalucía (IDEA) as a project officer for European programmes. She coordinates the cluster's skills alliance with vocational schools in Seville and Cádiz."),
("h3","Panellists"),
("p","Tomasz Zieliński, Director of the Aviation Valley Association in Rzeszów, Poland, responsible for the training centre for aircraft mechanics."),
("p","Marie-Claire N'Diaye, HR Director, Stelia Aerospace Méaulte (France)."),
("p","Prof. Dr. Francisco Javier de Vega y Luque, Vice-Rector for Transfer, Universidad de Sevilla, and director of the Aerospace Engineering degree from 2030 to 2036."),
("p","Lucía Palomo, apprentice composites technician at Sevilla Composites Avanzados S.A., winner of the Hélice Young Talent Award 2038."),
("h3","Site visit host"),
("p","Eduardo Rincón-Salas, Plant Manager, Sevilla Composites Avanzados S.A. The La Rinconada plant opened in 2033 and produces carbon-fibre fuselage panels."),
("h3","B2B meetings"),
("p","The B2B meetings on Thursday morning are arranged in advance through the matchmaking tool of the Enterprise Europe Network Andalucía, which the cluster runs together with the Chamber of Commerce of Seville. Each meeting lasts 25 minutes. Buyers from four OEMs and eleven Tier-1 suppliers have confirmed; SMEs may book up to eight meetings. Profiles must be completed by 10 October 2039."),
("h2","Past editions"),
("p","The Summit moves every year between the cluster's member provinces: Cádiz (2036), Jerez de la Frontera (2037) and Málaga (2038). The 2040 edition will be hosted by the Aviation Valley Association in Rzeszów, the first one outside Spain."),
("h2","Practical information"),
("p","Venue: FIBES Conference and Exhibition Centre, Seville. Simultaneous interpretation English–Spanish. The summit dinner is included in the delegate fee. Press accreditation: Marta Giménez Ruiz, Communication Officer, prensa@helice.example.es."),
("p","Hélice Andalusian Aerospace Cluster · Parque Tecnológico Aeroespacial de Andalucía, La Rinconada (Seville) · Co-funded by the Junta de Andalucía"),
]
d = docx.Document()
for k,t in paras:
    if k=="h": d.add_heading(t,0)
    elif k=="h2": d.add_heading(t,1)
    elif k=="h3": d.add_heading(t,2)
    else: d.add_paragraph(t)
d.save(path(F))
H = "Hélice Andalusian Aerospace Cluster"
SC = "Sevilla Composites Avanzados S.A."
gold(F,
 [P("Juan Manuel Ortega Pizarro","President",H),
  P("Annelies Verhoeven-Baas","Chief Procurement Officer","Fokker Techniek B.V."),
  P("Rocío Marín Zurita","Cluster Manager",H),
  P("Tomasz Zieliński","Director","Aviation Valley Association"),
  P("Marie-Claire N'Diaye","HR Director","Stelia Aerospace Méaulte"),
  P("Francisco Javier de Vega y Luque","Vice-Rector for Transfer","Universidad de Sevilla"),
  P("Lucía Palomo","apprentice composites technician",SC),
  P("Eduardo Rincón-Salas","Plant Manager",SC),
  P("Marta Giménez Ruiz","Communication Officer",H)],
 [O(H,"Hélice"), O(SC), O("Mecanizados Guadalquivir S.L."), O("CASA"), O("Aeronáutica del Sur"),
  O("Spanish Association of Defence, Aeronautics and Space Technology Companies","TEDAE"), O("Fokker Techniek B.V."),
  O("Delft University of Technology"), O("Airbus"), O("European Aerospace Cluster Partnership","EACP"),
  O("Agencia de Innovación y Desarrollo de Andalucía","IDEA"), O("Aviation Valley Association"), O("Stelia Aerospace Méaulte"),
  O("Universidad de Sevilla"), O("Junta de Andalucía"), O("Enterprise Europe Network Andalucía"), O("Chamber of Commerce of Seville")],
 [E("5th Aerospace Supply Chain Summit","2039-10-19","2039-10-20","Seville","Spain"),
  E("Site visit to the composites plant of Sevilla Composites Avanzados S.A.","2039-10-19",None,"La Rinconada","Spain"),
  E("Summit dinner","2039-10-19",None,"Seville","Spain"),
  E("B2B meetings","2039-10-20",None,"Seville","Spain"),
  E("Aerospace Supply Chain Summit (2036)","2036",None,"Cádiz","Spain"),
  E("Aerospace Supply Chain Summit (2037)","2037",None,"Jerez de la Frontera","Spain"),
  E("Aerospace Supply Chain Summit (2038)","2038",None,"Málaga","Spain"),
  E("2040 edition","2040",None,"Rzeszów","Poland")],
 ["2039-10-19/2039-10-20","2039-09-30","2039-10-19","2039-10-20","2037-06","1998/2004","2036","2035","2030/2036","2033","2037","2038","2040","2039-10-10"],
 [], pub="2039-09-30")
