from h import *
F = 'g13_normandy_new_managing_director.md'
assert wd(2035,1,9)=='Tuesday' and wd(2035,3,1)=='Thursday' and wd(2035,1,25)=='Thursday'
T = """# Press release – Normandie Énergies Marines appoints Yannick Le Gall-Osei as Managing Director

**Caen, 11 January 2035** – The Board of Directors of Normandie Énergies Marines (NEM), the Normandy cluster for offshore wind, tidal and port-based energy industries, has appointed **Yannick Le Gall-Osei** as Managing Director. The decision was taken unanimously at the board meeting on Tuesday 9 January 2035 in Cherbourg-en-Cotentin. He will take office on Thursday 1 March 2035.

Le Gall-Osei succeeds **Hélène Duchâteau-Marchal**, who has led the cluster since its transformation from a regional association into a national competence centre in 2028. She leaves to become Deputy Director-General of the French Energy Regulatory Commission (Commission de régulation de l'énergie, CRE) in Paris.

## A career between shipyards and wind farms

Born in Brest in 1989, Yannick Le Gall-Osei holds an engineering degree from ENSTA Bretagne and a master's in energy economics from Université Paris-Dauphine.

- 2012–2017: naval architect at Naval Group, Cherbourg
- 2017–2024: project director, then country manager France, at the Danish offshore wind developer Ørsted A/S
- 2024–2029: head of the offshore wind unit at the French Agency for Ecological Transition (ADEME), Angers
- since 2029: director of the Le Havre offshore wind industrial park, Siemens Gamesa Renewable Energy SAS

He has served since 2031 as a board member of the European offshore wind association WindEurope, where he chairs the supply-chain working group.

## What the chair says

"Yannick knows the factory floor, the ports and the Brussels corridors," said **Philippe Vautier**, Chairman of the NEM Board and CEO of the port company Ports de Normandie. "With the tenders for the Centre Manche 3 and 4 wind farms coming up, we need someone who can help our 240 member companies win contracts, not just watch them go abroad."

Vautier also thanked Duchâteau-Marchal: "Hélène turned a small association into a cluster that ministers visit. We owe her the training campus in Cherbourg and the partnership with the Dutch and Danish clusters."

## The outgoing director looks back

In a message to members, Hélène Duchâteau-Marchal summed up her time in three figures: membership up from 85 to 240, 1,900 people trained at the NEM campus, and eleven joint projects with the Energy Cluster Denmark and the Dutch association NedZero. She will stay on until 28 February to ensure a handover with her successor.

## Key takeaways from the Board meeting

The board also agreed on the following priorities for the new Managing Director:

- Prepare a supplier readiness plan for the next offshore wind tenders by the end of 2035
- Open a second training site in Le Havre with the Université Le Havre Normandie
- Strengthen the cluster's role in the European partnership on offshore renewable energy

## Upcoming

Members will be able to meet the new Managing Director at the NEM New Year reception on Thursday 25 January 2035 at 18:00 at the Maison de l'Entreprise in Caen, where the outgoing director will also say farewell. The NEM annual general assembly is scheduled for June 2035 in Le Havre.

---

**About Normandie Énergies Marines**
Normandie Énergies Marines is an association under the French law of 1901 based in Caen, with offices in Cherbourg-en-Cotentin and Le Havre. It brings together manufacturers, port authorities, training centres and research laboratories working on marine renewable energy. It is supported by the Normandy Region and the French State.

**Press contact:** Camille Rousseau-Benali, Communication Manager, presse@nem.example.fr, +33 2 00 00 00 00

*Photo: Yannick Le Gall-Osei at the Siemens Gamesa blade factory in Le Havre, 2034 (© NEM / Thomas Leroux). Free for editorial use.*
"""
write(F, T)
N="Normandie Énergies Marines"
gold(F,
 [P("Yannick Le Gall-Osei","Managing Director",N),
  P("Hélène Duchâteau-Marchal","Deputy Director-General","French Energy Regulatory Commission"),
  P("Philippe Vautier","Chairman of the NEM Board",N),
  P("Camille Rousseau-Benali","Communication Manager",N),
  P("Thomas Leroux",None,None)],
 [O(N,"NEM"), O("French Energy Regulatory Commission","CRE"), O("ENSTA Bretagne"), O("Université Paris-Dauphine"),
  O("Naval Group"), O("Ørsted A/S"), O("French Agency for Ecological Transition","ADEME"),
  O("Siemens Gamesa Renewable Energy SAS"), O("WindEurope"), O("Ports de Normandie"), O("Energy Cluster Denmark"),
  O("NedZero"), O("Université Le Havre Normandie"), O("Normandy Region")],
 [E("board meeting","2035-01-09",None,"Cherbourg-en-Cotentin","France"),
  E("NEM New Year reception","2035-01-25",None,"Caen","France"),
  E("NEM annual general assembly","2035-06",None,"Le Havre","France")],
 ["2035-01-11","2035-01-09","2035-03-01","2028","1989","2012/2017","2017/2024","2024/2029","2029","2031","2035-02-28",
  "2035","2035-01-25","2035-06","2034"],
 ["Prepare a supplier readiness plan for the next offshore wind tenders by the end of 2035",
  "Open a second training site in Le Havre with the Université Le Havre Normandie",
  "Strengthen the cluster's role in the European partnership on offshore renewable energy"],
 pub="2035-01-11")
