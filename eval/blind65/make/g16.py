"""16: a bilingual (Welsh + English) programme page of a Gwynedd creative cluster's digital festival in Caernarfon, two days,
with a networking evening, a studio visit and a bilingual organisation list (Markdown)."""
from h import *
A, B_ = (2034,6,29), (2034,6,30)
def both(y, m, d): return f"{wd(y,m,d,'cy')} {d} {mon(m,'cy')} {y} / {wd(y,m,d)} {d} {mon(m)} {y}"
t = f"""[Hafan / Home](/) · [Rhaglen / Programme](/rhaglen) · [Siaradwyr / Speakers](/siaradwyr) · [Tocynnau / Tickets](/tocynnau) · [English only](/en)

# Gŵyl Ddigidol Caernarfon 2034 – Rhaglen
# Caernarfon Digital Festival 2034 – Programme

**{both(*A)} – {both(*B_)}**
**Galeri, Caernarfon, Gwynedd**

Mae Clwstwr Creadigol Gwynedd yn eich croesawu i'r bedwaredd Ŵyl Ddigidol: deuddydd o sgyrsiau, gweithdai a chyfarfodydd
i gwmnïau creadigol a digidol gogledd Cymru. Mae'r ŵyl yn ddwyieithog ac mae cyfieithu ar y pryd ar gael ym mhob sesiwn.

Gwynedd Creative Cluster welcomes you to the fourth Digital Festival: two days of talks, workshops and meetings for the
creative and digital companies of north Wales. The festival is bilingual and simultaneous translation is available in all
sessions.

Trefnir gan / Organised by: **Clwstwr Creadigol Gwynedd / Gwynedd Creative Cluster**, gyda / with **Cyngor Gwynedd / Gwynedd
Council**, **Prifysgol Bangor / Bangor University** a / and **M-SParc (Parc Gwyddoniaeth Menai / Menai Science Park)**.

---

## Dydd 1 / Day 1 – {both(*A)}

| Amser / Time | Sesiwn / Session |
|---|---|
| 09:30 | Cofrestru a choffi / Registration and coffee |
| 10:00 | Croeso / Welcome – **Dr. Elin Wyn Pritchard**, Cyfarwyddwr / Director, Clwstwr Creadigol Gwynedd |
| 10:15 | Prif anerchiad / Keynote: „Iaith, data a deallusrwydd artiffisial" / "Language, data and AI" – **Prof. Delyth Prys-Evans**, Canolfan Bedwyr, Prifysgol Bangor / Bangor University |
| 11:15 | Panel: Cynnwys Cymraeg ar lwyfannau byd-eang / Welsh-language content on global platforms – with **Gwion ap Dafydd** (S4C), **Mared Lloyd-Williams** (Cwmni Da) and **Tadhg Ó Conaill** (TG4, Ireland) |
| 13:00 | Cinio / Lunch |
| 14:00 | Gweithdai / Workshops: (A) gemau / games; (B) sain a cherddoriaeth / sound and music; (C) allforio / export |
| 16:30 | Cyfarfodydd B2B / B2B meetings – archebwch ymlaen llaw / book in advance |
| 19:00 | Noson rwydweithio ar y Maes / Networking evening on the Maes, Caernarfon |

## Dydd 2 / Day 2 – {both(*B_)}

| Amser / Time | Sesiwn / Session |
|---|---|
| 09:00 | Ymweliad â stiwdio / Studio visit: Rondo Media, Cibyn (bws o'r Galeri / bus from Galeri) |
| 10:30 | Cyllid i fusnesau creadigol / Funding for creative businesses – **Rhodri Wyn Thomas**, Creative Wales / Cymru Greadigol |
| 11:30 | Sioe gyflwyno / Pitch showcase: wyth busnes newydd / eight start-ups |
| 12:45 | Gwobrau'r Clwstwr / Cluster Awards 2034 – cyflwynir gan / presented by **Cllr. Nia Wyn Jeffreys**, Arweinydd / Leader, Cyngor Gwynedd |
| 13:30 | Cloi / Close |

---

## Pam dod? / Why come?

Yn 2033 daeth 310 o bobl i'r ŵyl a chynhaliwyd 95 o gyfarfodydd busnes. Eleni rydym yn canolbwyntio ar dechnoleg iaith ac ar
allforio cynnwys Cymraeg.

In 2033, 310 people came to the festival and 95 business meetings were held. This year we focus on language technology and on
exporting Welsh-language content.

## Y gweithdai / The workshops

**(A) Gemau / Games** – sut mae stiwdios bach yn cyhoeddi gemau dwyieithog heb gyhoeddwr mawr; gyda datblygwyr o Wynedd
ac o Iwerddon. / How small studios publish bilingual games without a large publisher; with developers from Gwynedd and Ireland.

**(B) Sain a cherddoriaeth / Sound and music** – hawliau, ffrydio a chynhyrchu sain ar gyfer teledu a phodlediadau. / Rights,
streaming and sound production for television and podcasts.

**(C) Allforio / Export** – y camau cyntaf i werthu cynnwys a gwasanaethau creadigol dramor, gyda chyngor gan Busnes Cymru. /
The first steps to selling creative content and services abroad, with advice from Business Wales.

## Gwobrau'r Clwstwr / Cluster Awards

Mae tri chategori eleni: busnes newydd y flwyddyn, prosiect dwyieithog y flwyddyn a chydweithio'r flwyddyn. Enwebiadau
erbyn {wd(2034,5,31,'cy')} 31 {mon(5,'cy')} 2034.

There are three categories this year: start-up of the year, bilingual project of the year and collaboration of the year.
Nominations by {wd(2034,5,31)} 31 May 2034.

## Tocynnau / Tickets

Am ddim i aelodau'r clwstwr a myfyrwyr; £35 i eraill. Mae'r noson rwydweithio wedi'i chynnwys. Cau cofrestru: {wd(2034,6,19,'cy')} 19
{mon(6,'cy')} 2034.

Free for cluster members and students; £35 for others. The networking evening is included. Registration closes:
{wd(2034,6,19)} 19 June 2034.

## Partneriaid / Partners

Cyngor Gwynedd / Gwynedd Council · Prifysgol Bangor / Bangor University · M-SParc · Creative Wales / Cymru Greadigol ·
Busnes Cymru / Business Wales · Menter Iaith Gwynedd

## Cyswllt / Contact

**Catrin Haf Owen**, Swyddog Digwyddiadau / Events Officer – gwyl@clwstwrgwynedd.cymru – 01286 000 000

Dilynwch ni / Follow us: [Instagram](#) · [LinkedIn](#) · [Threads](#)

*Clwstwr Creadigol Gwynedd CIC · Doc Victoria, Caernarfon LL55 1SQ · Polisi preifatrwydd / Privacy policy · Cwcis / Cookies*
"""
fn = 'blind65_16_gwyl_ddigidol_caernarfon_cy_en.md'
write(fn, t)
G = "Clwstwr Creadigol Gwynedd"
gold(fn,
 [P("Elin Wyn Pritchard", "Director", "Clwstwr Creadigol Gwynedd"), P("Delyth Prys-Evans", None, "Canolfan Bedwyr"),
  P("Gwion ap Dafydd", None, "S4C"), P("Mared Lloyd-Williams", None, "Cwmni Da"), P("Tadhg Ó Conaill", None, "TG4"),
  P("Rhodri Wyn Thomas", None, "Creative Wales"), P("Nia Wyn Jeffreys", "Leader", "Cyngor Gwynedd"),
  P("Catrin Haf Owen", "Events Officer", "Clwstwr Creadigol Gwynedd")],
 [O(G), O("Cyngor Gwynedd"), O("Prifysgol Bangor"),
  O("Parc Gwyddoniaeth Menai", "M-SParc"), O("Canolfan Bedwyr"), O("S4C"), O("Cwmni Da"), O("TG4"),
  O("Rondo Media"), O("Creative Wales"), O("Busnes Cymru"), O("Menter Iaith Gwynedd"), O("Galeri")],
 [E("Gŵyl Ddigidol Caernarfon 2034 / Caernarfon Digital Festival 2034", "2034-06-29", "2034-06-30", "Caernarfon", "United Kingdom"),
  E("Cyfarfodydd B2B / B2B meetings", "2034-06-29", "2034-06-29", "Caernarfon", "United Kingdom"),
  E("Noson rwydweithio / Networking evening", "2034-06-29", "2034-06-29", "Caernarfon", "United Kingdom"),
  E("Ymweliad â stiwdio / Studio visit: Rondo Media", "2034-06-30", "2034-06-30", None, "United Kingdom"),
  E("Gwobrau'r Clwstwr / Cluster Awards 2034", "2034-06-30", "2034-06-30", "Caernarfon", "United Kingdom"),
  E("Gŵyl Ddigidol Caernarfon (2033 edition)", "2033", "2033", None, None)],
 ["2034-06-29/2034-06-30", "2034-06-29", "2034-06-30", "2033", "2034-06-19", "2034-05-31"])
