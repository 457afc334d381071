from h import *
F = 'g15_creuse_textile_innovation_days_2035.md'
assert wd(2035,9,18)=='Tuesday' and wd(2035,9,19)=='Wednesday'
T = """# Aubusson Textile Innovation Days 2035
## 4th edition · 18–19 September 2035 · Aubusson and Guéret (Creuse, France)

*Organised by Textiles Creuse Innovation – the textile and tapestry cluster of the Creuse, with the Cité internationale de la tapisserie and the Creuse Chamber of Commerce and Industry (CCI Creuse)*

[Register now](#) · [Programme (PDF)](#) · [Practical information](#) · [Version française](#)

---

Tapestry workshops that have woven for six centuries, technical textile start-ups, wool producers from the Plateau de Millevaches and designers from Paris and Lyon: for two days, the Creuse becomes the meeting place of heritage textiles and industry. The 4th Aubusson Textile Innovation Days bring together makers, manufacturers, researchers and buyers around three themes – **wool and natural fibres**, **digital weaving** and **textiles for interiors and architecture**.

After 310 participants in 2034, we expect around 350 people from France, Belgium, Italy, Portugal and Scotland. Working languages are French and English, with simultaneous interpretation in the plenary sessions.

### Who should come

- Weaving, spinning and finishing companies, and craft workshops (ateliers)
- Interior designers, architects and specifiers
- Technical textile producers and their suppliers
- Researchers, schools and training centres
- Regional development agencies and cluster managers

## Agenda

### Day 1 – Tuesday, 18 September 2035 · Cité internationale de la tapisserie, Aubusson

| Time | Session | Speakers |
|---|---|---|
| 09:00 | Registration and coffee | |
| 09:30 | Welcome | Valérie Desroches-Lamy, President, Textiles Creuse Innovation; Emmanuel Thévenot, Mayor of Aubusson |
| 10:00 | Keynote: "Six centuries of innovation on the loom" | Dr. Hélène de La Vergne-Castaing, Director, Cité internationale de la tapisserie |
| 10:45 | Panel: Wool from the Massif Central – from waste to value | Jean-Marc Pradeau (Laines du Plateau SARL), Fiona MacLeod-Grant (Harris Tweed Authority, Stornoway), Dr. Paolo Ferraris (Città Studi Biella) |
| 12:30 | Lunch in the tapestry gardens | |
| 14:00 | Parallel workshops: A) Digital jacquard for small runs; B) Acoustic textiles in buildings; C) Natural dyes at industrial scale | Workshop leads: Sophie Nguyen-Arnaud (Atelier Numérique Jacquard SAS), Kees van Dongen (Acoustic Weave B.V.), Dr. Marta Sousa Lobo (CITEVE, Vila Nova de Famalicão) |
| 16:30 | Visits to tapestry workshops | Ateliers Pinton and Atelier Le Bihan-Morel |
| 19:30 | Cluster dinner | Hôtel de France, Aubusson |

### Day 2 – Wednesday, 19 September 2035 · Guéret

| Time | Session | Speakers |
|---|---|---|
| 09:00 | B2B meetings between makers and buyers | Organised with Enterprise Europe Network Nouvelle-Aquitaine |
| 09:30 | Investors' corner: financing craft and textile SMEs | Antoine Rivière-Blanchard (Bpifrance, Limoges), Claire Besson (AD Nouvelle-Aquitaine) |
| 11:00 | Site visit: Filature de la Creuse, Felletin | Host: Bernard Aupetit, managing director |
| 12:30 | Closing lunch and presentation of the Creuse Textile Prize | Jury chair: Prof. Isabelle Marchand-Roux, ENSAD Limoges |
| 14:00 | End of the event | |

The Creuse Textile Prize (EUR 5,000) rewards a product or process that combines local know-how and innovation. Applications close on **30 June 2035**; finalists will be announced on 15 July 2035.

## Previous editions

- **1st edition**, 14 October 2032, Aubusson – 120 participants, launch of the Creuse wool directory
- **2nd edition**, 26–27 September 2033, Felletin – first B2B meetings with buyers from Belgium and the Netherlands
- **3rd edition**, 25–26 September 2034, Guéret – 310 participants; the Creuse Textile Prize went to the felt start-up Feutres du Thaurion for its acoustic wall panels made from the wool of local sheep

Presentations and photos of past editions are available in the members' area. A short film about the 2034 edition, produced by students of the Lycée des métiers du bâtiment in Felletin, can be watched on our website.

## Practical information

**Venues.** Day 1: Cité internationale de la tapisserie, rue des Arts, 23200 Aubusson. Day 2: Espace Fayolle and CCI Creuse, Guéret. A free shuttle bus runs between Guéret and Aubusson (40 minutes) on both days.

**Fees.** Members of Textiles Creuse Innovation and partner clusters: EUR 60. Non-members: EUR 120. Students: free. The fee covers lunches, coffee breaks and the dinner.

**Registration.** Registration is open until **7 September 2035** or until full. B2B meetings must be booked by 10 September 2035.

**Travel.** The nearest airports are Limoges and Clermont-Ferrand (about 1 h 30 by car). From Paris, take the train to La Souterraine and the cluster shuttle to Guéret.

**Accommodation.** A block of rooms is reserved at partner hotels in Aubusson and Guéret until 15 August 2035.

## Partners

The event is supported by the Nouvelle-Aquitaine Region, the Creuse Department and the Communauté de communes Creuse Grand Sud. Partner clusters: Techtera (Auvergne-Rhône-Alpes), Up-Tex (Hauts-de-France) and the Scottish Textiles and Leather Association.

## Contact

**Lucie Faure-Bonnaud**, events manager, Textiles Creuse Innovation
+33 5 55 00 00 27 · events@textiles-creuse.example.fr

*Page published on 12 March 2035 · last updated on 2 May 2035*

[Facebook](#) · [Instagram](#) · [LinkedIn](#) · [Newsletter](#)

© 2035 Textiles Creuse Innovation – Association loi 1901 – Legal notice – Privacy
"""
write(F, T)
C = "Textiles Creuse Innovation"
gold(F,
 [P("Valérie Desroches-Lamy","President",C),
  P("Emmanuel Thévenot","Mayor of Aubusson",None),
  P("Hélène de La Vergne-Castaing","Director","Cité internationale de la tapisserie"),
  P("Jean-Marc Pradeau",None,"Laines du Plateau SARL"),
  P("Fiona MacLeod-Grant",None,"Harris Tweed Authority"),
  P("Paolo Ferraris",None,"Città Studi Biella"),
  P("Sophie Nguyen-Arnaud","Workshop lead","Atelier Numérique Jacquard SAS"),
  P("Kees van Dongen","Workshop lead","Acoustic Weave B.V."),
  P("Marta Sousa Lobo","Workshop lead","CITEVE"),
  P("Antoine Rivière-Blanchard",None,"Bpifrance"),
  P("Claire Besson",None,"AD Nouvelle-Aquitaine"),
  P("Bernard Aupetit","managing director","Filature de la Creuse"),
  P("Isabelle Marchand-Roux","Jury chair","ENSAD Limoges"),
  P("Lucie Faure-Bonnaud","events manager",C)],
 [O(C), O("Cité internationale de la tapisserie"), O("Creuse Chamber of Commerce and Industry","CCI Creuse"),
  O("Laines du Plateau SARL"), O("Harris Tweed Authority"), O("Città Studi Biella"), O("Atelier Numérique Jacquard SAS"),
  O("Acoustic Weave B.V."), O("CITEVE"), O("Ateliers Pinton"), O("Atelier Le Bihan-Morel"),
  O("Enterprise Europe Network Nouvelle-Aquitaine"), O("Bpifrance"), O("AD Nouvelle-Aquitaine"),
  O("Filature de la Creuse"), O("Feutres du Thaurion"), O("Lycée des métiers du bâtiment"), O("ENSAD Limoges"), O("Nouvelle-Aquitaine Region"), O("Creuse Department"),
  O("Communauté de communes Creuse Grand Sud"), O("Techtera"), O("Up-Tex"), O("Scottish Textiles and Leather Association")],
 [E("Aubusson Textile Innovation Days 2035","2035-09-18","2035-09-19","Aubusson, Guéret","France"),
  E("Aubusson Textile Innovation Days (1st edition)","2032-10-14",None,"Aubusson","France"),
  E("Aubusson Textile Innovation Days (2nd edition)","2033-09-26","2033-09-27","Felletin","France"),
  E("Aubusson Textile Innovation Days (3rd edition)","2034-09-25","2034-09-26","Guéret","France"),
  E("Visits to tapestry workshops","2035-09-18",None,"Aubusson","France"),
  E("Cluster dinner","2035-09-18",None,"Aubusson","France"),
  E("B2B meetings","2035-09-19",None,"Guéret","France"),
  E("Site visit: Filature de la Creuse","2035-09-19",None,"Felletin","France"),
  E("presentation of the Creuse Textile Prize","2035-09-19",None,"Guéret","France")],
 ["2035-09-18/2035-09-19","2034","2035-09-18","2035-09-19","2035-06-30","2035-07-15","2035-09-07","2035-09-10","2035-08-15","2035-03-12","2035-05-02","2032-10-14","2033-09-26/2033-09-27","2034-09-25/2034-09-26"],
 [], "2035-03-12")
