from h import *
F = 'g08_nuoro_textile_delegation_report.md'
assert [wd(2042,4,d) for d in (14,15,16,17)]==['Monday','Tuesday','Wednesday','Thursday'] and wd(2042,5,6)=='Tuesday'
T = """# Mission report: Sardinian textile and craft delegation to Flanders and the Netherlands

*14–17 April 2042 · Internal report of the Distretto Tessile e Artigiano della Barbagia · Version 2, 6 May 2042*

**Prepared by:** Giovanni Maria Sanna, international officer
**Approved by:** Graziella Pinna, director

---

## 1. Purpose

The mission was organised by the **Distretto Tessile e Artigiano della Barbagia** (DTAB), the textile and craft district of the province of Nuoro, with support from the Sardinia Region's internationalisation office and the Italian Trade Agency (ITA) in Brussels. Its purpose was to test whether hand-woven wool carpets, linen and leather goods from the Barbagia could reach interior designers and concept stores in Belgium and the Netherlands, and to learn how the textile clusters of Flanders work with small producers.

Eleven companies took part, among them Tessitura Su Trobasciu of Samugheo, Lanificio Barbaricino of Gavoi and Pelletteria Mura of Orgosolo, together with two designers from the ISRE museum network.

## 2. Programme

**Monday 14 April – Kortrijk**
- 10:00 Welcome at Flanders' FOOD? no – at **Texnet Flanders**, the Flemish textile cluster, by its managing director Wim Vandeputte
- 14:00 Visit to the Texture museum and to a weaving company in the Leie valley
- 19:30 Dinner with Flemish designers

**Tuesday 15 April – Ghent**
- 09:30 Seminar "Craft meets design" at the Ghent University design lab, with a talk by Prof. Els De Rycke on small-batch production
- 14:00 B2B meetings with buyers from Belgian concept stores (31 meetings)

**Wednesday 16 April – Eindhoven**
- 10:00 Visit to the Dutch Design Foundation and exchange with curator Joost van der Linden
- 15:00 Company visit to a textile printing lab in Tilburg, hosted by the TextielLab of the TextielMuseum

**Thursday 17 April – Amsterdam**
- 10:00 Meeting at the Italian Consulate General with the trade attaché, Maria Grazia Loddo
- 13:00 Closing lunch and return flight from Amsterdam Schiphol

## 3. Results

- 31 B2B meetings in Ghent and 14 informal contacts in Kortrijk and Eindhoven
- 6 requests for samples (four from Belgium, two from the Netherlands)
- 1 agreement in principle between Tessitura Su Trobasciu and an Antwerp interior studio for a limited carpet series
- an invitation from Texnet Flanders to join its autumn buyers' day in October 2042

## 4. Observations of the participants

Participants found the Flemish model of a cluster that owns shared machines interesting, but doubted it could work in a district where most firms have fewer than three employees. Several producers noted that Belgian buyers asked first about traceability of the wool and only then about price. The delegation also noticed how well Texnet Flanders presents its members online, with one page per company in three languages.

## 5. Costs

The mission cost EUR 48,300 in total. The Sardinia Region covered 60% through its internationalisation measure, the participating companies paid EUR 1,500 each, and the district covered the rest from its own budget.

## 6. Follow-up

- Samples will be sent by 31 May 2042
- The district will present the mission to its members at the assembly in Nuoro in June 2042
- A return visit of Flemish buyers to Sardinia is being discussed for November 2042, possibly linked to the Autunno in Barbagia festival

## 7. Team

The mission was led by Graziella Pinna. Logistics were handled by Giovanni Maria Sanna and by Antonella Cossu of the Chamber of Commerce of Nuoro. Photos: Salvatore Ladu.

---

*Distretto Tessile e Artigiano della Barbagia · Via Lamarmora 88, 08100 Nuoro · internazionale@dtab.example.it*
"""
T = T.replace("Welcome at Flanders' FOOD? no – at ", "Welcome at ")
write(F, T)
D = "Distretto Tessile e Artigiano della Barbagia"
gold(F,
 [P("Giovanni Maria Sanna","international officer",D),
  P("Graziella Pinna","director",D),
  P("Wim Vandeputte","managing director","Texnet Flanders"),
  P("Els De Rycke",None,"Ghent University"),
  P("Joost van der Linden","curator","Dutch Design Foundation"),
  P("Maria Grazia Loddo","trade attaché","Italian Consulate General"),
  P("Antonella Cossu",None,"Chamber of Commerce of Nuoro"),
  P("Salvatore Ladu",None,None)],
 [O(D,"DTAB"), O("Sardinia Region"), O("Italian Trade Agency","ITA"), O("Tessitura Su Trobasciu"),
  O("Lanificio Barbaricino"), O("Pelletteria Mura"), O("ISRE"), O("Texnet Flanders"), O("Ghent University"),
  O("Dutch Design Foundation"), O("TextielMuseum"), O("TextielLab"), O("Italian Consulate General"),
  O("Chamber of Commerce of Nuoro")],
 [E("Sardinian textile and craft delegation to Flanders and the Netherlands","2042-04-14","2042-04-17","Kortrijk, Ghent, Eindhoven, Amsterdam","Belgium, Netherlands"),
  E("Welcome","2042-04-14",None,"Kortrijk","Belgium"),
  E("Visit to the Texture museum","2042-04-14",None,"Kortrijk","Belgium"),
  E("Dinner with Flemish designers","2042-04-14",None,"Kortrijk","Belgium"),
  E("Craft meets design","2042-04-15",None,"Ghent","Belgium"),
  E("B2B meetings","2042-04-15",None,"Ghent","Belgium"),
  E("Visit to the Dutch Design Foundation","2042-04-16",None,"Eindhoven","Netherlands"),
  E("Company visit to a textile printing lab","2042-04-16",None,"Tilburg","Netherlands"),
  E("Meeting at the Italian Consulate General","2042-04-17",None,"Amsterdam","Netherlands"),
  E("buyers' day","2042-10",None,None,None),
  E("assembly","2042-06",None,"Nuoro","Italy"),
  E("return visit","2042-11",None,None,"Italy"),
  E("Autunno in Barbagia",None,None,None,None)],
 ["2042-04-14/2042-04-17","2042-05-06","2042-04-14","2042-04-15","2042-04-16","2042-04-17","2042-10","2042-05-31","2042-06","2042-11"],
 [], pub="2042-05-06")
