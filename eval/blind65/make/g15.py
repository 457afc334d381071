"""15: an event announcement in Icelandic: a North Iceland food cluster's conference in Akureyri (Hof) with a programme,
a dinner and company visits the next day (Markdown)."""
from h import *
D1, D2 = wd(2034,3,23,'is'), wd(2034,3,24,'is')
t = f"""[Forsíða](/) › [Viðburðir](/vidburdir) › Matarauðsþing Norðurlands 2034

# Matarauðsþing Norðurlands 2034: Frá hafi og heiði á diskinn

*Birt 6. febrúar 2034 · Matvælaklasi Norðurlands*

Matvælaklasi Norðurlands boðar til **Matarauðsþings Norðurlands** {D1} **23. mars 2034** í Menningarhúsinu Hofi á Akureyri.
Þingið er nú haldið í fjórða sinn og er ætlað framleiðendum, veitingafólki, sveitarfélögum, rannsóknafólki og öllum sem
hafa áhuga á matvælaframleiðslu á Norðurlandi. Yfirskrift þingsins í ár er *Frá hafi og heiði á diskinn* og verður sjónum
beint að verðmætasköpun úr hráefni svæðisins, bæði úr sjó og af landi.

Samstarfsaðilar þingsins: Háskólinn á Akureyri, Matís og Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra
(SSNE). Aðgangur er ókeypis en skráning er nauðsynleg.

## Dagskrá {D1} 23. mars

- **Kl. 09:30** Skráning og morgunkaffi
- **Kl. 10:00** Setning – Jón Gunnar Hallgrímsson, formaður stjórnar Matvælaklasa Norðurlands
- **Kl. 10:15** Ávarp – Ásthildur Sturludóttir, bæjarstjóri á Akureyri
- **Kl. 10:30** „Hvað vill neytandinn árið 2040?“ – dr. Guðrún Ólafsdóttir-Kvaran, prófessor, Háskólinn á Akureyri
- **Kl. 11:10** „Norsk reynsla af svæðisbundnum matvælaklösum“ – Ingrid Halvorsen Nygård, rannsóknastjóri hjá Nofima (Noregi)
- **Kl. 11:50** Reynslusögur frá fyrirtækjum: Skagafjarðarkjöt ehf., Hrísey Sjávarfang ehf. og Mjólkursamlagið á Húsavík
- **Kl. 12:30** Hádegisverður úr norðlensku hráefni
- **Kl. 13:30** Vinnustofur: (1) vöruþróun og umbúðir, (2) útflutningur og markaðssetning, (3) matarferðaþjónusta
- **Kl. 15:30** Pallborðsumræður um framtíð matvælaframleiðslu á Norðurlandi. Umræðustjóri: Sigríður Björk Þórsdóttir, verkefnastjóri Matvælaklasa Norðurlands
- **Kl. 16:30** Þingslit og léttar veitingar
- **Kl. 19:00** Hátíðarkvöldverður í Hofi, þar sem Matarfrumkvöðull Norðurlands 2034 verður útnefndur

## Vinnustofurnar

Í vinnustofunum eftir hádegi vinna þátttakendur í litlum hópum undir stjórn sérfræðinga. Í vinnustofu um **vöruþróun og
umbúðir** verður farið yfir hvernig smáframleiðendur geta þróað nýjar vörur með litlum tilkostnaði og hvaða kröfur eru
gerðar til umbúða á erlendum mörkuðum. Vinnustofan um **útflutning og markaðssetningu** fjallar um fyrstu skrefin á
Norðurlandamarkaði og reynslu fyrirtækja sem þegar selja til Noregs og Danmerkur. Í vinnustofu um **matarferðaþjónustu**
verður rætt hvernig bændur, veitingastaðir og ferðaþjónustufyrirtæki geta boðið ferðamönnum upp á upplifun tengda mat
úr héraði allt árið, ekki aðeins yfir sumarið.

## Matarfrumkvöðull Norðurlands

Tilnefningar til viðurkenningarinnar **Matarfrumkvöðull Norðurlands 2034** má senda klasanum til 1. mars 2034. Dómnefnd
skipuð fulltrúum klasans, Matís og SSNE velur verðlaunahafann, sem fær viðurkenninguna afhenta á hátíðarkvöldverðinum.

## Fyrirtækjaheimsóknir {D2} 24. mars

Daginn eftir þingið, {D2} 24. mars, verður boðið upp á **fyrirtækjaheimsóknir** í Eyjafirði. Rúta fer frá Hofi kl. 09:00
og heimsóttar verða þrjár vinnslur: fiskvinnsla á Dalvík, kjötvinnsla á Svalbarðseyri og lítil ostagerð í Eyjafjarðarsveit.
Komið verður aftur til Akureyrar um kl. 14:00. Fjöldi í heimsóknirnar er takmarkaður við 40 manns.

## Skráning

Skráning fer fram á vef klasans til og með 16. mars 2034. Verð á hátíðarkvöldverðinn er 12.900 kr. og er hann bókaður um leið
og skráð er á þingið. Þeir sem koma lengra að geta fengið afslátt á Hótel KEA og Hótel Akureyri með því að nefna þingið við bókun.

Nánari upplýsingar veitir Sigríður Björk Þórsdóttir, verkefnastjóri, í síma 460 0000 eða á netfanginu sigridur@matvaelaklasi.is.

## Um Matvælaklasa Norðurlands

Matvælaklasi Norðurlands var stofnaður árið 2029 og í honum eru nú 54 fyrirtæki og stofnanir. Klasinn vinnur að auknu samstarfi
milli framleiðenda, rannsóknastofnana og ferðaþjónustu á Norðurlandi og tekur þátt í norrænu samstarfsverkefni um svæðisbundin
matvæli ásamt klösum í Noregi, Færeyjum og Svíþjóð. Verkefnið styrkir Norræna ráðherranefndin.

Síðasta þing, sem haldið var á Húsavík 30. mars 2033, sóttu um 180 manns. Þar var meðal annars kynnt ný
skýrsla um flutningskostnað matvæla innan landshlutans og ákveðið að klasinn myndi standa fyrir sameiginlegum
flutningum smáframleiðenda til höfuðborgarsvæðisins, sem hófust síðastliðið haust.

Deila: [Facebook](#) · [LinkedIn](#) · [Tölvupóstur](#)

*Matvælaklasi Norðurlands · Glerárgata 36 · 600 Akureyri · kt. 000000-0000*
"""
fn = 'blind65_15_matvaelaklasi_akureyri_is.md'
write(fn, t)
M = "Matvælaklasi Norðurlands"
gold(fn,
 [P("Jón Gunnar Hallgrímsson", "formaður stjórnar", M), P("Ásthildur Sturludóttir", "bæjarstjóri á Akureyri", None),
  P("Guðrún Ólafsdóttir-Kvaran", "prófessor", "Háskólinn á Akureyri"), P("Ingrid Halvorsen Nygård", "rannsóknastjóri", "Nofima"),
  P("Sigríður Björk Þórsdóttir", "verkefnastjóri", M)],
 [O(M), O("Menningarhúsinu Hofi"), O("Háskólinn á Akureyri"), O("Matís"), O("Samtök sveitarfélaga og atvinnuþróunar á Norðurlandi eystra", "SSNE"),
  O("Nofima"), O("Skagafjarðarkjöt ehf."), O("Hrísey Sjávarfang ehf."), O("Mjólkursamlagið á Húsavík"), O("Hótel KEA"), O("Hótel Akureyri"),
  O("Norræna ráðherranefndin")],
 [E("Matarauðsþing Norðurlands 2034", "2034-03-23", "2034-03-23", "Akureyri", "Iceland"),
  E("útnefning Matarfrumkvöðuls Norðurlands 2034", "2034-03-23", "2034-03-23", "Akureyri", "Iceland"),
  E("fyrirtækjaheimsóknir", "2034-03-24", "2034-03-24", None, "Iceland"),
  E("Matarauðsþing Norðurlands (2033 edition)", "2033-03-30", "2033-03-30", "Húsavík", "Iceland")],
 ["2034-02-06", "2034-03-23", "2034-03-24", "2034-03-16", "2034-03-01", "2029", "2033-03-30", "2040"],
 pub="2034-02-06")
