from h import *
F = 'g15_pannonia_heatgrid_project_news.md'
assert wd(2039,3,29)=='Tuesday' and wd(2039,3,30)=='Wednesday' and wd(2039,3,1)=='Tuesday' and wd(2039,6,14)=='Tuesday' and wd(2039,6,15)=='Wednesday'
assert wd(2039,5,10)=='Tuesday' and wd(2039,9,27)=='Tuesday' and wd(2039,9,28)=='Wednesday' and wd(2039,4,12)=='Tuesday' and wd(2039,11,16)=='Wednesday'
T = """[Interreg Austria–Hungary](/) · [Projects](/projects) · **PannoniaHeatGrid** · [News](/projects/phg/news) · [Partners](/projects/phg/partners) · [Results](/projects/phg/results)

# PannoniaHeatGrid news: second partner meeting moved online, Sopron study visit rescheduled

**Posted:** 12 April 2039 · **Author:** Joint Secretariat communication team with the Lead Partner
**Reading time:** 5 min · [Print] [Share]

> PannoniaHeatGrid brings together clusters, energy agencies and municipalities from Burgenland and Western Transdanubia to plan small district heating networks fed by biomass, solar thermal and waste heat in villages of fewer than 3,000 inhabitants.

## Partner meeting moved online

The second partner meeting of PannoniaHeatGrid was planned for **29–30 March 2039** in Eisenstadt. Because of the closure of the Klingenbach/Sopron border crossing for bridge repairs and the illness of several team members, the Lead Partner, the Energy Cluster Burgenland (ECB), decided on 21 March to hold the meeting online. It took place on **Tuesday 29 March 2039** as a single, longer online session (09:00–15:30).

Twenty-two people from the seven partners took part. The meeting was chaired by **Mag. Christine Leitgeb**, project manager at the Energy Cluster Burgenland, and opened by **DI Robert Wallner**, managing director of the cluster. The partners

- approved the common method for the heat demand maps (led by the Burgenland University of Applied Sciences);
- agreed to extend the list of pilot villages from six to eight;
- discussed the first draft of the feasibility study for Deutschkreutz and Harka, presented by **Dr Zoltán Szabó-Keresztes** of the West Pannon Regional Development Agency (Nyugat-Pannon Regionális Fejlesztési Ügynökség);
- reviewed the communication plan with **Réka Horváth**, communication officer of the Sopron Innovation Cluster.

Minutes and slides are in the partners' area. The meeting in Eisenstadt will not be repeated; the next partner meeting will be held in Szombathely (see below).

## Study visit to Sopron postponed to June

The study visit for mayors and heating cooperatives, first planned for **Wednesday 30 March 2039** in Sopron, has been **rescheduled to 14–15 June 2039**. The programme stays the same:

**Day 1 – Tuesday 14 June**
- 10:00 Welcome at the Sopron Innovation Cluster, Pozsonyi út 3 – **Gábor Lakatos**, cluster president
- 10:30 The Sopron district heating system and its new solar field – **Ing. Eszter Kiss-Molnár**, technical director, Soproni Távhő Zrt.
- 13:30 Site visit: the biomass boiler and the 6,000 m² solar field of Soproni Távhő Zrt.
- 16:00 Site visit: waste heat recovery at the sawmill Rába-Fa Kft., Kapuvár
- 19:00 Joint dinner with the mayors of the pilot villages, Fertőrákos

**Day 2 – Wednesday 15 June**
- 09:00 Round table: "Who owns a village heat network?" moderated by **Prof. Ferenc Horváth-Nagy**, University of Sopron
- 11:30 Visit to the heating cooperative of Nikitsch (Burgenland)
- 14:00 End of the study visit, return by bus to Eisenstadt and Szombathely

Registrations already received remain valid. New registrations are possible until **10 May 2039** via the form below. Interpretation German–Hungarian is provided.

## Coming up

| Date | Event | Place | Format |
|---|---|---|---|
| 10 May 2039 | Registration deadline, study visit | – | – |
| 14–15 June 2039 | Study visit for mayors and heating cooperatives | Sopron / Kapuvár / Nikitsch | on site |
| 27–28 September 2039 | 3rd partner meeting | Szombathely | on site |
| 16 November 2039 | Policy webinar "Heat planning in small municipalities" | online | online |
| spring 2040 | Final conference | Eisenstadt | to be confirmed |

## Voices from the meeting

"Moving online was the right call. We lost the informal evening, but we gained a full day of work on the maps," said **Mag. Christine Leitgeb**.

**Bálint Fodor**, mayor of Harka, added: "Our village council wants to see numbers before the summer. The draft study already shows that the heat price can stay below the gas price if we get the grant."

## About the project

PannoniaHeatGrid runs from 1 March 2038 to 28 February 2041 and has a budget of EUR 1.86 million, 80% of it from the European Regional Development Fund through the Interreg Austria–Hungary programme. Its main outputs will be heat demand maps for 40 villages, eight feasibility studies and a guide for mayors on setting up a heating cooperative, published in German and Hungarian.

**Partners:**
1. Energy Cluster Burgenland (Lead Partner), Eisenstadt, AT
2. Burgenland University of Applied Sciences, Pinkafeld, AT
3. Energy Agency of Burgenland, Eisenstadt, AT
4. Municipality of Deutschkreutz, AT
5. Sopron Innovation Cluster, Sopron, HU
6. West Pannon Regional Development Agency, Szombathely, HU
7. University of Sopron, HU

Associated partners: Municipality of Harka (HU), Soproni Távhő Zrt. (HU), Burgenland Chamber of Agriculture (AT).

**Contact:** Mag. Christine Leitgeb, project manager – leitgeb@ecb.example.at · +43 2682 000 000

---
*This news item reflects the authors' views only; the programme authorities are not liable for any use of the information.*
[← Previous: Kick-off in Pinkafeld](/projects/phg/news/kick-off) · [Next →](/projects/phg/news)
"""
write(F, T)
ECB = "Energy Cluster Burgenland"
gold(F,
 [P("Christine Leitgeb","project manager",ECB),
  P("Robert Wallner","managing director",ECB),
  P("Zoltán Szabó-Keresztes",None,"West Pannon Regional Development Agency"),
  P("Réka Horváth","communication officer","Sopron Innovation Cluster"),
  P("Gábor Lakatos","cluster president","Sopron Innovation Cluster"),
  P("Eszter Kiss-Molnár","technical director","Soproni Távhő Zrt."),
  P("Ferenc Horváth-Nagy",None,"University of Sopron"),
  P("Bálint Fodor","mayor of Harka",None)],
 [O(ECB,"ECB"), O("Burgenland University of Applied Sciences"),
  O("West Pannon Regional Development Agency"), O("Sopron Innovation Cluster"), O("Soproni Távhő Zrt."),
  O("Rába-Fa Kft."), O("University of Sopron"), O("Energy Agency of Burgenland"), O("Municipality of Deutschkreutz"),
  O("Municipality of Harka"), O("Burgenland Chamber of Agriculture"), O("Joint Secretariat")],
 [E("second partner meeting","2039-03-29",None,None,None),
  E("Study visit for mayors and heating cooperatives","2039-06-14","2039-06-15","Sopron","Hungary"),
  E("Site visit: the biomass boiler and the 6,000 m² solar field of Soproni Távhő Zrt.","2039-06-14",None,"Sopron","Hungary"),
  E("Site visit: waste heat recovery at the sawmill Rába-Fa Kft.","2039-06-14",None,"Kapuvár","Hungary"),
  E("Joint dinner","2039-06-14",None,"Fertőrákos","Hungary"),
  E("Round table: \"Who owns a village heat network?\"","2039-06-15",None,"Sopron","Hungary"),
  E("Visit to the heating cooperative of Nikitsch","2039-06-15",None,"Nikitsch","Austria"),
  E("3rd partner meeting","2039-09-27","2039-09-28","Szombathely","Hungary"),
  E("Policy webinar \"Heat planning in small municipalities\"","2039-11-16"),
  E("Final conference","2040",None,"Eisenstadt","Austria")],
 ["2039-04-12","2039-03-29/2039-03-30","2039-03-21","2039-03-29","2039-03-30","2039-06-14/2039-06-15","2039-06-14","2039-06-15",
  "2039-05-10","2039-09-27/2039-09-28","2039-11-16","2040","2038-03-01/2041-02-28"],
 [], pub="2039-04-12")
print(F, words(T))
