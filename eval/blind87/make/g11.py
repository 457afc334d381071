from h import *
F = 'g11_wexford_agritech_webinar_recap.md'
assert wd(2036,2,19)=='Tuesday' and wd(2036,3,18)=='Tuesday'
T = """[Skip to content](#main)

**South East AgriTech Cluster** | [Home](/) | [About](/about) | [Members](/members) | [Events](/events) | [Insights](/insights) | [Contact](/contact)

> This website uses cookies. [Accept](#) [Decline](#)

# Webinar recap: Carbon farming – what's in it for the farm gate?

*Insights · 26 February 2036 · by Orla Furlong*

![Screenshot of the webinar panel](/img/webinar-carbon.jpg)
*The panel on screen, from top left: Eamon Doyle, Dr Gráinne Kehoe, Sinéad Walsh and Tomás Breen.*

Close to 190 people logged on for our lunchtime webinar on **Tuesday 19 February 2036**, the third in the *AgriTech Conversations* series run by the South East AgriTech Cluster with Teagasc and the South East Technological University (SETU). The question for the hour was a blunt one: will carbon farming actually pay the farmer, or only the consultants?

## The speakers

- **Dr Gráinne Kehoe**, Senior Research Officer, Teagasc Johnstown Castle, Wexford
- **Sinéad Walsh**, Sustainability Manager, Kilmore Quay Dairies Co-operative
- **Tomás Breen**, founder and CEO, SoilSense Analytics Ltd
- Moderator: **Eamon Doyle**, Cluster Coordinator, South East AgriTech Cluster

Dr Kehoe opened with the science. Soils on mixed farms in the south-east can store meaningful amounts of carbon, she said, but the measurement is slow and expensive, and "the margin of error is still bigger than the payment in many schemes". Johnstown Castle has been running paired plots since 2031, and the first results on multi-species swards are encouraging.

Sinéad Walsh described how the co-op has enrolled 64 suppliers in a pilot with a processor in the Netherlands. Farmers get a premium per litre if they hit agreed targets on fertiliser use and hedgerow management. "The money is modest, but the conversation at the kitchen table has changed," she said.

Tomás Breen, whose company was spun out of SETU in 2034, argued that cheap in-field sensors and satellite data will bring the cost of verification down within three years. He was honest about the limits: sensors do not replace a soil sample yet.

## Key takeaways

1. Carbon payments alone will not change farm economics; they work best when stacked with processor premiums and biodiversity schemes.
2. Trustworthy, low-cost measurement is the missing piece, and Irish companies are well placed to supply it.
3. Farmers need independent advice before signing long contracts with carbon buyers.
4. Co-operatives can act as aggregators and carry much of the administrative burden for their members.

## Questions from the audience

The chat was busy. Several farmers asked who owns the carbon if the land is leased; the panel agreed this is still a grey area in Irish law and that the Department of Agriculture, Food and the Marine is expected to publish guidance later in 2036. Another participant from Carlow asked about the new EU certification framework; Dr Kehoe pointed to the information page of the European Commission's Directorate-General for Climate Action.

## Watch again

The recording and the slides are available to members in the [members' area](/members/library). Non-members can request the recording by email.

## Next in the series

*AgriTech Conversations #4: Robots in the milking parlour* – Tuesday 18 March 2036, 13:00–14:00, online. With speakers from Dairygold Co-operative Society and the Tipperary Robotics Lab. [Register here](/events/conversations-4)

---

**Share:** [LinkedIn](#) · [X](#) · [Facebook](#) · [Email](#)

**Tags:** carbon farming, soil, webinar, dairy

*The South East AgriTech Cluster is funded under Enterprise Ireland's Regional Technology Clustering Fund and hosted by SETU at its Wexford campus.*

South East AgriTech Cluster · SETU Wexford Campus, Summerhill Road, Wexford Y35 KA3T · info@seagritech.example.ie
[Privacy](/privacy) · [Cookies](/cookies) · [Accessibility](/accessibility)
"""
write(F, T)
gold(F,
 [P("Orla Furlong"), P("Eamon Doyle","Cluster Coordinator","South East AgriTech Cluster"),
  P("Gráinne Kehoe","Senior Research Officer","Teagasc Johnstown Castle"),
  P("Sinéad Walsh","Sustainability Manager","Kilmore Quay Dairies Co-operative"),
  P("Tomás Breen","founder and CEO","SoilSense Analytics Ltd")],
 [O("South East AgriTech Cluster"), O("Teagasc"), O("South East Technological University","SETU"),
  O("Teagasc Johnstown Castle"), O("Kilmore Quay Dairies Co-operative"), O("SoilSense Analytics Ltd"),
  O("Department of Agriculture, Food and the Marine"), O("European Commission"),
  O("Directorate-General for Climate Action"), O("Dairygold Co-operative Society"), O("Tipperary Robotics Lab"),
  O("Enterprise Ireland")],
 [E("Carbon farming – what's in it for the farm gate?","2036-02-19"),
  E("AgriTech Conversations #4: Robots in the milking parlour","2036-03-18")],
 ["2036-02-26","2036-02-19","2031","2034","2036","2036-03-18"],
 ["Carbon payments alone will not change farm economics; they work best when stacked with processor premiums and biodiversity schemes",
  "Trustworthy, low-cost measurement is the missing piece, and Irish companies are well placed to supply it",
  "Farmers need independent advice before signing long contracts with carbon buyers",
  "Co-operatives can act as aggregators and carry much of the administrative burden for their members"], pub="2036-02-26")
