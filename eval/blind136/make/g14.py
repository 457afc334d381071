from h import *
F = 'g14_split_nautical_cluster_panel_debate.md'
assert wd(2037,6,3)=='Wednesday' and wd(2037,6,4)=='Thursday' and wd(2037,6,17)=='Wednesday' and wd(2037,5,20)=='Wednesday' and wd(2037,9,15)=='Tuesday'
T = """# Adriatic Nautical Cluster · News

Home / News / Events / **Panel debate in Split: can small shipyards go electric?**

*Posted on 10 June 2037 · Events, Green transition · 4 comments*

---

On Wednesday 3 June 2037 the Adriatic Nautical Cluster (Jadranski nautički klaster, JNK) held a panel debate on the electrification of small boats and leisure craft in the Croatian Chamber of Economy's Split County Chamber. The debate, "Can small shipyards go electric?", was the third in our series "Blue Talks" and was streamed live on the cluster's channel. The first two Blue Talks took place in Šibenik (October 2036) and Zadar (February 2037).

**On the panel:**

- **Ante Bralić-Nazor**, CEO, Nautika Bralić d.o.o., Trogir
- **Dr. Marta Jurišić**, Associate Professor, Faculty of Electrical Engineering, Mechanical Engineering and Naval Architecture (FESB), University of Split
- **Henrik van 't Hoff**, Business Development Manager, Torqeedo-Benelux B.V.
- **Nives Radić**, Head of the Department for the Sea and Transport, Split-Dalmatia County

Moderator: **Ivo Perišić-Latin**, cluster manager, JNK.

About 110 people followed the debate in the hall and online. Welcome words were given by the cluster's president **Tonći Vuković** and by **Dr. Paola Rinaldi**, programme manager at the Interreg Italy–Croatia Joint Secretariat, which co-funds the Blue Talks through the ELECTRABOAT project.

## What the panel said

The shipyards agreed that electric drives are already competitive for tourist boats in protected areas such as the Krka and Mljet national parks, but not yet for fishing vessels. Nives Radić explained that the county will reserve part of its 2038 budget for pilot charging points in three public ports, provided that the municipalities and port authorities agree on who operates them. Ante Bralić-Nazor said that his yard has built nine electric taxi boats since 2035 and that the bottleneck is not the battery but the charging points in the marinas. Henrik van 't Hoff pointed to the Dutch experience in Amsterdam, where canal boats had to be zero-emission by 2025.

## Lessons learnt

The cluster office summarised the debate in four lessons learnt:

1. Public buyers (national parks, ferry operators, cities) can create the first market for electric boats
2. Marinas need a joint plan for charging infrastructure, which the cluster can coordinate
3. Small yards lack engineers for high-voltage systems; FESB and the cluster should design a short course
4. Companies should share test data to reduce certification costs

## Next steps

- **Wednesday 17 June 2037, 10:00** – Round table on charging infrastructure with the Association of Croatian Marinas (Udruženje hrvatskih marina), Split
- **20 May – 1 July 2037** – Survey of member shipyards on skills needs (still open; please reply by 1 July)
- **15–20 September 2037** – Cluster stand at the Cannes Yachting Festival, together with the Italian cluster Distretto Nautico Toscano
- **Autumn 2037** – ELECTRABOAT partner meeting in Ancona

The fourth Blue Talk is planned for November 2037 in Dubrovnik.

---

### 4 comments

**Marko T.** – 10 June 2037 at 18:22
Great debate, thanks. Will the slides be shared?

> **Adriatic Nautical Cluster** – 11 June 2037 at 09:05
> Yes, they are in the members' area.

**Josipa V.** – 12 June 2037 at 14:47
Any plans for a debate on hydrogen?

[Log in to comment]

---

Adriatic Nautical Cluster · Put Supavla 21, 21000 Split · Follow us on LinkedIn · Newsletter sign-up · Privacy
"""
write(F, T)
C = "Adriatic Nautical Cluster"
gold(F,
 [P("Ante Bralić-Nazor", "CEO", "Nautika Bralić d.o.o."),
  P("Marta Jurišić", "Associate Professor", "Faculty of Electrical Engineering, Mechanical Engineering and Naval Architecture"),
  P("Henrik van 't Hoff", "Business Development Manager", "Torqeedo-Benelux B.V."),
  P("Nives Radić", "Head of the Department for the Sea and Transport", "Split-Dalmatia County"),
  P("Ivo Perišić-Latin", "cluster manager", C),
  P("Tonći Vuković", "president", C),
  P("Paola Rinaldi", "programme manager", "Interreg Italy–Croatia Joint Secretariat")],
 [O(C, "JNK"), O("Croatian Chamber of Economy"), O("Split County Chamber"), O("Nautika Bralić d.o.o."),
  O("Faculty of Electrical Engineering, Mechanical Engineering and Naval Architecture", "FESB"), O("University of Split"),
  O("Torqeedo-Benelux B.V."), O("Department for the Sea and Transport"), O("Split-Dalmatia County"),
  O("Interreg Italy–Croatia Joint Secretariat"), O("Association of Croatian Marinas"), O("Distretto Nautico Toscano")],
 [E("Can small shipyards go electric?", "2037-06-03", None, "Split", "Croatia"),
  E("Blue Talks (October 2036)", "2036-10", None, "Šibenik", "Croatia"),
  E("Blue Talks (February 2037)", "2037-02", None, "Zadar", "Croatia"),
  E("Round table on charging infrastructure", "2037-06-17", None, "Split", "Croatia"),
  E("Cannes Yachting Festival", "2037-09-15", "2037-09-20", "Cannes", "France"),
  E("ELECTRABOAT partner meeting", "2037", None, "Ancona", "Italy"),
  E("fourth Blue Talk", "2037-11", None, "Dubrovnik", "Croatia")],
 ["2037-06-10", "2037-06-03", "2036-10", "2037-02", "2035", "2025", "2037-06-17", "2037-05-20/2037-07-01", "2037-07-01",
  "2037-09-15/2037-09-20", "2037", "2037-11", "2037-06-11", "2037-06-12", "2038"],
 ["Public buyers (national parks, ferry operators, cities) can create the first market for electric boats",
  "Marinas need a joint plan for charging infrastructure, which the cluster can coordinate",
  "Small yards lack engineers for high-voltage systems; FESB and the cluster should design a short course",
  "Companies should share test data to reduce certification costs"],
 pub="2037-06-10")
