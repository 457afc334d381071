from common import *
F = 'b61_16_rapport_finali_bluecraft.html'
KM = ["Ġew imħarrġa 146 ħaddiem fit-tiswija ta' dgħajjes tal-fibreglass u tal-injam",
 "Twaqqaf ċentru konġunt għat-tiswija ta' dgħajjes fil-Marsa, miftuħ għall-impriżi żgħar kollha",
 "Tfasslu tliet pjanijiet ta' azzjoni reġjonali, wieħed għal kull pajjiż sieħeb",
 "Ġiet żviluppata pjattaforma diġitali li tgħaqqad 210 impriża tal-baħar fil-Mediterran",
 "Saru 12-il ftehim ta' kooperazzjoni bejn ir-raggruppamenti u l-iskejjel tal-baħar"]
html = """<!DOCTYPE html><html lang="mt"><head><meta charset="utf-8"><title>BLUECRAFT – Rapport finali | Malta Marittima</title></head><body>
<div class="cookies">Dan is-sit juża l-cookies. <a href="/cookies">Aktar informazzjoni</a> <button>Naqbel</button></div>
<nav><a href="/">Id-Dar</a> | <a href="/dwarna">Dwarna</a> | <a href="/proġetti">Proġetti</a> | <a href="/membri">Membri</a> | <a href="/aħbarijiet">Aħbarijiet</a> | <a href="/en">English</a></nav>
<main>
<h1>BLUECRAFT: Rapport finali tal-proġett</h1>
<p class="meta">Ippubblikat: 30 ta' Settembru 2036 · Proġett Interreg Euro-MED · Tul: 1 ta' Jannar 2033 – 30 ta' Ġunju 2036 · Baġit: EUR 2.4 miljun</p>
<h2>Dwar il-proġett</h2>
<p>BLUECRAFT kien proġett ta' kooperazzjoni bejn raggruppamenti marittimi minn ħames pajjiżi tal-Mediterran biex jitħarrġu ħaddiema ġodda fit-tiswija u l-manutenzjoni ta' dgħajjes żgħar u tal-pjaċir. Is-sieħeb ewlieni kien Malta Marittima, l-aġenzija nazzjonali għall-industrija marittima, taħt it-tmexxija tal-Kap Eżekuttiv Dr. Nathalie Borg Cardona. Il-koordinatur tal-proġett kien Christopher Zammit-Lupi.</p>
<p>Il-proġett beda bil-laqgħa inawgurali fil-Belt Valletta fis-26 ta' Jannar 2033, u ntemm bil-konferenza finali fil-Marsa fil-11 ta' Ġunju 2036, li għaliha attendew 190 parteċipant. Il-konferenza finali nfetħet mill-Ministru għall-Ekonomija, l-Onor. Silvio Mifsud Grech, u mill-President tal-Malta Chamber of Commerce, Enterprise and Industry, Marisa Xuereb-Vassallo.</p>
<h2>Eżiti ewlenin</h2>
<p>Fi tmiem il-proġett, is-sħab irrappurtaw dawn l-eżiti:</p>
<ul>
""" + "".join(f"<li>{k}.</li>\n" for k in KM) + """</ul>
<h2>Attivitajiet</h2>
<p>Matul it-tliet snin u nofs tal-proġett, is-sħab organizzaw disa' laqgħat transnazzjonali, erba' skejjel tas-sajf għall-apprendisti u żjarat ta' studju f'tarzni fi Split, Limassol, La Spezia, Toulon u Palma. Kull sieħeb fassal pjan ta' taħriġ skont il-bżonnijiet tal-impriżi lokali, u l-korsijiet ġew rikonoxxuti mill-awtoritajiet tal-edukazzjoni f'erba' pajjiżi. Il-pjattaforma diġitali, imsejħa BlueCraft Hub, tinkludi direttorju tal-impriżi, kalendarju tat-taħriġ u sezzjoni għall-offerti tax-xogħol. Sa tmiem il-proġett, aktar minn 3,000 utent kienu rreġistrati fuqha, il-biċċa l-kbira minnhom minn Malta, il-Kroazja u l-Italja. Il-proġett ippreżenta r-riżultati tiegħu wkoll waqt il-Ġimgħa Marittima Ewropea f'Limassol f'Mejju 2035, fejn ingħata premju għall-aħjar inizjattiva ta' ħiliet.</p>
<h2>X'tgħallimna</h2>
<p>L-akbar sfida kienet li nsibu żgħażagħ lesti jaħdmu fit-tarzni. Il-kooperazzjoni mal-Malta College of Arts, Science and Technology (MCAST) u mal-kulleġġi tal-baħar fi Split u f'Ċipru kienet deċiżiva. Skont il-lettur Dr. Kevin Abela Micallef tal-MCAST, l-apprendisti li għamlu xahar f'tarzna barranija kienu l-aktar motivati. Il-proġett wera wkoll li l-impriżi żgħar għandhom bżonn għajnuna biex jissodisfaw ir-regoli ambjentali l-ġodda dwar il-boċċi tal-fibreglass.</p>
<p>Fl-evalwazzjoni esterna, magħmula minn Sara Moretti tal-kumpanija Valutazioni Mediterranee S.r.l., is-sħab ingħataw marka għolja għall-kwalità tat-taħriġ, iżda ġie nnutat li l-pjattaforma diġitali għad trid tiġi aġġornata wara tmiem il-finanzjament. Il-Kumitat ta' Tmexxija, li ltaqa' għall-aħħar darba fil-Marsa fit-12 ta' Ġunju 2036, iddeċieda li Malta Marittima se tibqa' tospita l-pjattaforma għal mill-inqas tliet snin oħra.</p>
<h2>Is-sħab tal-proġett</h2>
<table>
<tr><th>Sieħeb</th><th>Pajjiż</th><th>Persuna ta' kuntatt</th></tr>
<tr><td>Malta Marittima (sieħeb ewlieni)</td><td>Malta</td><td>Christopher Zammit-Lupi</td></tr>
<tr><td>Malta College of Arts, Science and Technology (MCAST)</td><td>Malta</td><td>Dr. Kevin Abela Micallef</td></tr>
<tr><td>Pomorski klaster Splitsko-dalmatinske županije</td><td>Kroazja</td><td>Ivana Perić-Barić</td></tr>
<tr><td>Cyprus Marine and Maritime Institute (CMMI)</td><td>Ċipru</td><td>Dr. Andreas Georgiou-Petrides</td></tr>
<tr><td>Distretto Ligure delle Tecnologie Marine (DLTM)</td><td>Italja</td><td>Federica Lanzone</td></tr>
<tr><td>Pôle Mer Méditerranée</td><td>Franza</td><td>Jean-Luc Rostagni</td></tr>
<tr><td>Clúster Marítimo de les Illes Balears</td><td>Spanja</td><td>Bartomeu Ferrer Sastre</td></tr>
</table>
<h2>Il-passi li jmiss</h2>
<p>Is-sħab qablu li jkomplu jiltaqgħu darba fis-sena, b'rotazzjoni bejn il-pajjiżi, biex iżommu l-kuntatti u jaqsmu l-esperjenzi tat-taħriġ. L-ewwel laqgħa wara l-proġett se ssir fi Split f'Ottubru 2036, ospitata mir-raggruppament marittimu Kroat. Barra minn hekk, Malta Marittima se tressaq proposta lill-Gvern biex il-kors tat-tiswija tad-dgħajjes isir parti permanenti mill-offerta tal-MCAST mis-sena akkademika li jmiss. Is-sħab jittamaw ukoll li l-mudell ta' BLUECRAFT jiġi adottat minn reġjuni oħra tal-Mediterran.</p>
<h2>Aktar informazzjoni</h2>
<p>Ir-rapport finali sħiħ (bl-Ingliż) u l-pjani ta' azzjoni jistgħu jitniżżlu mis-sezzjoni tad-dokumenti. Il-proġett issa jkompli fil-proġett il-ġdid BLUECRAFT+, li se jibda fl-1 ta' Jannar 2037 jekk jiġi approvat.</p>
<p>Kuntatt: Christopher Zammit-Lupi, koordinatur tal-proġett · bluecraft@maltamarittima.mt</p>
</main>
<footer>Malta Marittima · Triq il-Port · Il-Marsa · Malta | <a href="/privatezza">Privatezza</a> | © 2036</footer>
</body></html>"""
write_text(F, html)
gold(F, [
 P("Nathalie Borg Cardona", "Kap Eżekuttiv", "Malta Marittima"),
 P("Christopher Zammit-Lupi", "koordinatur tal-proġett", "Malta Marittima"),
 P("Silvio Mifsud Grech", "Ministru għall-Ekonomija", None),
 P("Marisa Xuereb-Vassallo", "President", "Malta Chamber of Commerce, Enterprise and Industry"),
 P("Kevin Abela Micallef", "lettur", "Malta College of Arts, Science and Technology"),
 P("Sara Moretti", None, "Valutazioni Mediterranee S.r.l."),
 P("Ivana Perić-Barić", None, "Pomorski klaster Splitsko-dalmatinske županije"),
 P("Andreas Georgiou-Petrides", None, "Cyprus Marine and Maritime Institute"),
 P("Federica Lanzone", None, "Distretto Ligure delle Tecnologie Marine"),
 P("Jean-Luc Rostagni", None, "Pôle Mer Méditerranée"),
 P("Bartomeu Ferrer Sastre", None, "Clúster Marítimo de les Illes Balears"),
],[
 O("Malta Marittima"), O("Malta Chamber of Commerce, Enterprise and Industry"),
 O("Malta College of Arts, Science and Technology", "MCAST"), O("Valutazioni Mediterranee S.r.l."),
 O("Pomorski klaster Splitsko-dalmatinske županije"), O("Cyprus Marine and Maritime Institute", "CMMI"),
 O("Distretto Ligure delle Tecnologie Marine", "DLTM"), O("Pôle Mer Méditerranée"), O("Clúster Marítimo de les Illes Balears"),
],[
 E("laqgħa inawgurali", "2033-01-26", None, "Belt Valletta", "Malta"),
 E("Ġimgħa Marittima Ewropea", "2035-05", None, "Limassol", "Cyprus"),
 E("l-ewwel laqgħa wara l-proġett", "2036-10", None, "Split", "Croatia"),
 E("konferenza finali", "2036-06-11", None, "Marsa", "Malta"),
 E("laqgħa tal-Kumitat ta' Tmexxija", "2036-06-12", None, "Marsa", "Malta"),
],["2036-09-30","2033-01-01/2036-06-30","2035-05","2036-10","2033-01-26","2036-06-11","2036-06-12","2037-01-01"],
 KM, pub="2036-09-30")
