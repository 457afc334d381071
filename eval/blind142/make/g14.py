from h import *
F = 'g14_chios_euromed_newsletter.md'
assert wd(2035,6,5)=='Tuesday' and wd(2035,6,6)=='Wednesday' and wd(2035,6,21)=='Thursday' and wd(2035,7,31)=='Tuesday'
T = """# ISLAND-CIRCLE Newsletter · Issue 5 · June 2035

*Interreg Euro-MED project ISLAND-CIRCLE – circular food value chains in Mediterranean islands*
[View in browser](#) | [Unsubscribe](#) | [Forward to a colleague](#)

---

## Editorial

Dear readers,

Half-way through the project, ISLAND-CIRCLE has moved from studies to action. In this issue you will find news from our partner meeting in Chios, the first results of the pilot actions, an invitation to our panel debate and the open call for island SMEs. – *Eleni Frangoulis-Mavrou, project coordinator, University of the Aegean*

## Partners met in Chios

The fifth partner meeting took place in Chios on Tuesday 5 and Wednesday 6 June 2035, hosted by the Chios Chamber of Commerce. The nine partners from Greece, Cyprus, Malta, Italy, Croatia, Spain and France reviewed the state of the pilot actions and agreed the plan for the final year. Welcome words were given by the Vice-Regional Governor of Chios, Stamatis Koutsodontis, and by Michalis Zervoudakis-Lyras, President of the Chios Chamber of Commerce.

On the second day the partners went on a study visit to the Chios Gum Mastic Growers Association in Pyrgi, where cooperative director Anna Kalogeraki explained how mastic processing waste is turned into cosmetics ingredients. In the afternoon a working session with local food producers took place at the Homer Cultural Centre in Chios town.

Partners in ISLAND-CIRCLE:

- University of the Aegean – lead partner (Greece)
- Chios Chamber of Commerce (Greece)
- Cyprus Chamber of Commerce and Industry (Cyprus)
- Malta Council for Science and Technology (Malta)
- Consorzio Arca – Agenzia per l'innovazione della Sardegna (Italy)
- Udruga Otočni klaster hrane, Hvar (Croatia)
- Fundació Balear d'Innovació i Tecnologia (Spain)
- Pôle Agrifood Corse (France)
- Région Sud – Provence-Alpes-Côte d'Azur, as associated partner

## Pilot actions: first results

Seven pilot actions are running on seven islands. In Hvar, olive pomace is composted and returned to farms; in Mallorca, hotels and a brewery share a logistics platform for food surplus; in Gozo, fish processing by-products are tested as animal feed. "Islands import almost everything and export their waste. Each pilot tries to break one link of that chain," said Dr. Joseph Camilleri-Borg of the Malta Council for Science and Technology.

### Conclusions of the Chios meeting

- Pilot actions that involve a large buyer (a hotel chain, a cooperative) move faster than those built around many small producers
- Regulation on by-products differs between the seven countries and must be mapped before the transfer phase
- Each partner will prepare a local action plan with its regional authority by March 2036

## Panel debate: Can islands close the food loop?

Join our online panel debate on **Thursday 21 June 2035, 11:00–12:30 CET**. Speakers: Giuseppe Murgia (Consorzio Arca), Ivana Radić-Tomić (Udruga Otočni klaster hrane) and Joan Pericàs i Ferrer (Fundació Balear d'Innovació i Tecnologia). Moderator: Eleni Frangoulis-Mavrou. Registration via the project website.

## Open call for island SMEs

ISLAND-CIRCLE offers free mentoring (up to 30 hours) to 40 food and hospitality SMEs located on Mediterranean islands that want to test a circular business model. Applications are open until **31 July 2035**. Selected companies will be invited to the ISLAND-CIRCLE Transfer Forum in Palma in November 2035.

## Dates for your diary

- 21 June 2035 – online panel debate
- 31 July 2035 – deadline of the SME call
- 6-7 November 2035 – ISLAND-CIRCLE Transfer Forum, Palma (Mallorca)
- spring 2036 – final conference, Valletta

---
*ISLAND-CIRCLE is co-funded by the European Union through the Interreg Euro-MED Programme 2034–2040. Contact: islandcircle@aegean.example.gr · University of the Aegean, Mytilene, Lesvos*
"""
assert wd(2035,11,6)=='Tuesday'
write(F, T)
UA="University of the Aegean"; CC="Chios Chamber of Commerce"
gold(F,
 [P("Eleni Frangoulis-Mavrou","project coordinator",UA),
  P("Stamatis Koutsodontis","Vice-Regional Governor of Chios",None),
  P("Michalis Zervoudakis-Lyras","President",CC),
  P("Anna Kalogeraki","cooperative director","Chios Gum Mastic Growers Association"),
  P("Joseph Camilleri-Borg",None,"Malta Council for Science and Technology"),
  P("Giuseppe Murgia",None,"Consorzio Arca"),
  P("Ivana Radić-Tomić",None,"Udruga Otočni klaster hrane"),
  P("Joan Pericàs i Ferrer",None,"Fundació Balear d'Innovació i Tecnologia")],
 [O(UA), O(CC), O("Chios Gum Mastic Growers Association"), O("Cyprus Chamber of Commerce and Industry"),
  O("Malta Council for Science and Technology"), O("Consorzio Arca – Agenzia per l'innovazione della Sardegna"),
  O("Udruga Otočni klaster hrane"), O("Fundació Balear d'Innovació i Tecnologia"), O("Pôle Agrifood Corse"),
  O("Région Sud – Provence-Alpes-Côte d'Azur")],
 [E("fifth partner meeting","2035-06-05","2035-06-06","Chios","Greece"),
  E("study visit to the Chios Gum Mastic Growers Association","2035-06-06",None,"Pyrgi","Greece"),
  E("working session with local food producers","2035-06-06",None,"Chios","Greece"),
  E("Panel debate: Can islands close the food loop?","2035-06-21",None,None,None),
  E("ISLAND-CIRCLE Transfer Forum","2035-11-06","2035-11-07","Palma","Spain"),
  E("final conference","2036",None,"Valletta","Malta")],
 ["2035-06","2035-06-05/2035-06-06","2036-03","2035-06-21","2035-07-31","2035-11","2035-11-06/2035-11-07","2036","2034/2040"],
 ["Pilot actions that involve a large buyer (a hotel chain, a cooperative) move faster than those built around many small producers",
  "Regulation on by-products differs between the seven countries and must be mapped before the transfer phase",
  "Each partner will prepare a local action plan with its regional authority by March 2036"],
 pub="2035-06")
