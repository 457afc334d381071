from h import *
import docx, os
F = 'zemgales-partikas-klasteris-biedru-katalogs-2035.docx'
rows = [
 ('Jelgavas Piensaimnieks','AS','Jelgava','Piena pārstrāde','Ilze Kalniņa, valdes priekšsēdētāja'),
 ('Bauskas Alus Darītava','SIA','Bauska','Alus un dzērieni','Jānis Ozoliņš, ražošanas direktors'),
 ('Dobeles Dzirnavnieks','AS','Dobele','Graudu pārstrāde','Māris Bērziņš, komercdirektors'),
 ('Tērvetes Maize','SIA','Tērvete','Maizes ražošana','Līga Zariņa, valdes locekle'),
 ('Zemgales Gaļa','SIA','Jelgava','Gaļas pārstrāde','Andris Liepiņš, tehnologs'),
 ('Iecavas Putnu Ferma','AS','Iecava','Putnkopība','Dace Krūmiņa, kvalitātes vadītāja'),
 ('Aizkraukles Ogas','SIA','Aizkraukle','Ogu audzēšana un sulas','Kristaps Vītols, īpašnieks'),
 ('Rundāles Medus','ZS','Rundāle','Biškopība','Ruta Kļaviņa, saimniece'),
 ('Ozolnieku Dārzeņi','SIA','Ozolnieki','Dārzeņu audzēšana','Edgars Pētersons, valdes priekšsēdētājs'),
 ('Lielplatones Sieri','KS','Lielplatone','Siera ražošana','Inese Jansone, valdes priekšsēdētāja'),
 ('FoodLab Baltic','SIA','Jelgava','Laboratorijas pakalpojumi','Dr. Valdis Kalējs, direktors'),
 ('Elejas Pakotne','SIA','Eleja','Iepakojums','Gunta Ābele, projektu vadītāja'),
 ('Latvijas Biozinātņu un tehnoloģiju universitāte','–','Jelgava','Augstākā izglītība un pētniecība','asoc. prof. Sanita Lāce, Pārtikas tehnoloģijas fakultātes dekāne'),
 ('Zemgales plānošanas reģions','–','Jelgava','Reģionālā attīstība','Raivis Ķeņģis, uzņēmējdarbības konsultants'),
 ('Vecumnieku Kooperatīvs Graudi','LPKS','Vecumnieki','Graudu iepirkšana','Artūrs Dūms, valdes loceklis'),
 ('Nordic Flavours Latvia','SIA','Jelgava','Garšvielas un mērces','Kaspars Lindqvist, ģenerāldirektors'),
]
d = docx.Document()
d.add_heading('Zemgales Pārtikas klasteris – biedru katalogs 2035', 0)
d.add_paragraph('Biedrība „Zemgales Pārtikas klasteris” · Akadēmijas iela 11, Jelgava, LV-3001 · info@zpklasteris.lv · Reģ. Nr. 40008312456')
d.add_paragraph('Sagatavots 2035. gada 3. februārī. Katalogs ir paredzēts biedriem, sadarbības partneriem un investoriem; tas tiek atjaunots reizi gadā pēc biedru kopsapulces.')
d.add_heading('Par klasteri', 1)
d.add_paragraph('Zemgales Pārtikas klasteris (ZPK) apvieno pārtikas ražotājus, lauksaimniekus, iepakojuma un laboratorijas uzņēmumus, kā arī pētniecības un izglītības iestādes no Jelgavas, Bauskas, Dobeles, Aizkraukles un apkārtējiem novadiem. Klasteris dibināts 2031. gadā, un 2035. gada sākumā tajā ir 16 biedri. Klastera darbību koordinē Zemgales Uzņēmējdarbības centrs (ZUC), un klastera vadītāja ir Elīna Grīnberga.')
d.add_paragraph('Laikā no 2032. līdz 2034. gadam klasteris ar Latvijas Investīciju un attīstības aģentūras (LIAA) atbalstu īstenoja kopīgu eksporta programmu Skandināvijas tirgiem. Biedri kopā piedalījās izstādē „Riga Food 2034” un tirdzniecības misijā uz Stokholmu 2034. gada oktobrī. 2035. gadā klasteris plāno kopīgu pētījumu par augu olbaltumvielām un pārtikas atkritumu samazināšanu.')
d.add_heading('Klastera prioritātes 2035. gadam', 1)
KM=['Kopīga eksporta zīmola „Taste of Zemgale” attīstība un dalība vismaz divās starptautiskās izstādēs.',
 'Pētījums par augu olbaltumvielu produktiem kopā ar Latvijas Biozinātņu un tehnoloģiju universitāti un FoodLab Baltic.',
 'Pārtikas atkritumu samazināšana par 20 % biedru ražotnēs, dalot pieredzi un kopīgi iepērkot pārstrādes pakalpojumus.',
 'Darbinieku apmācības pārtikas drošībā un automatizācijā sadarbībā ar Jelgavas tehnikumu.',
 'Kopīgs saules paneļu un siltumsūkņu iepirkums enerģijas izmaksu samazināšanai.']
for x in KM:
    d.add_paragraph(x, style='List Number')
d.add_paragraph('Prioritātes apstiprināja valde 2035. gada janvārī. Par katru prioritāti atbild viens valdes loceklis, un progresa pārskats tiks sniegts biedru kopsapulcē. Klasteris aicina biedrus iesaistīties darba grupās un informēt klastera vadītāju par saviem eksporta plāniem, jaunajiem produktiem un vajadzībām pēc darbiniekiem, lai kopīgās aktivitātes atbilstu uzņēmumu interesēm. Darba grupu sanāksmes notiek pārmaiņus Jelgavā, Bauskā, Dobelē vai tiešsaistē, un to protokoli ir pieejami biedru sadaļā klastera tīmekļvietnē.')
d.add_heading('Biedru saraksts', 1)
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
for i, h_ in enumerate(['Uzņēmums / organizācija','Juridiskā forma','Pilsēta','Nozare','Kontaktpersona']):
    t.rows[0].cells[i].text = h_
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_paragraph('Saīsinājumi: AS – akciju sabiedrība; SIA – sabiedrība ar ierobežotu atbildību; ZS – zemnieku saimniecība; KS – komandītsabiedrība; LPKS – lauksaimniecības pakalpojumu kooperatīvā sabiedrība.')
d.add_heading('Klastera valde', 1)
d.add_paragraph('Klastera valdi ievēlēja biedru kopsapulcē 2034. gada 18. novembrī Jelgavā. Valdes priekšsēdētāja ir Ilze Kalniņa (AS „Jelgavas Piensaimnieks”), priekšsēdētājas vietnieks – Māris Bērziņš (AS „Dobeles Dzirnavnieks”), valdes locekļi – Līga Zariņa (SIA „Tērvetes Maize”) un asoc. prof. Sanita Lāce (Latvijas Biozinātņu un tehnoloģiju universitāte). Revidente ir zvērināta revidente Anita Blūma.')
d.add_heading('Kontakti', 1)
d.add_paragraph('Klastera vadītāja Elīna Grīnberga, tālr. +371 26 123 456, elina.grinberga@zpklasteris.lv. Projektu koordinators Roberts Šmits, roberts.smits@zpklasteris.lv. Nākamā biedru kopsapulce notiks 2035. gada 20. maijā Bauskā.')
d.add_paragraph('Jaunu biedru pieteikumus valde izskata katru ceturksni. Iestāšanās maksa ir 150 eiro, gada biedru nauda – no 300 līdz 1 200 eiro atkarībā no uzņēmuma lieluma. Katalogā iekļautā informācija ir sniegta ar biedru piekrišanu, un to nedrīkst izmantot tiešā mārketinga nolūkos bez uzņēmuma atļaujas.')
d.save(os.path.join(B, 'docs', F))
people=[]; orgs=[]
for name, form, town, sector, cp in rows:
    n, role = cp.split(', ', 1)
    n = n.replace('Dr. ','').replace('asoc. prof. ','')
    people.append(P(n, role, name))
    orgs.append(O(name))
ZPK='Zemgales Pārtikas klasteris'
for p in people:
    if p['name']=='Ilze Kalniņa': p['role']='valdes priekšsēdētāja'
people += [P('Elīna Grīnberga','klastera vadītāja',ZPK), P('Anita Blūma','zvērināta revidente',None),
           P('Roberts Šmits','Projektu koordinators',ZPK)]
orgs += [O(ZPK,'ZPK'), O('Zemgales Uzņēmējdarbības centrs','ZUC'), O('Latvijas Investīciju un attīstības aģentūras','LIAA'), O('Jelgavas tehnikumu')]
gold(F, people, orgs,
 [E('Riga Food 2034','2034','2034','Riga','Latvia'), E('tirdzniecības misijā uz Stokholmu','2034-10','2034-10','Stokholmu','Sweden'),
  E('biedru kopsapulcē','2034-11-18','2034-11-18','Jelgavā','Latvia'), E('Nākamā biedru kopsapulce','2035-05-20','2035-05-20','Bauskā','Latvia')],
 ['2035-02-03','2031','2035','2032/2034','2034-10','2034-11-18','2035-05-20','2035-01'], [k.rstrip('.') for k in KM], pub='2035-02-03')
