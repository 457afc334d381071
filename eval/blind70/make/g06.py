from h import *
import docx, os
F = 'helgeland-prosessindustri-styremote-referat-2034-05.docx'
D = ["Regnskap og årsberetning for 2033 godkjennes og legges fram for årsmøtet",
     "Budsjett for 2034 vedtas med en ramme på 9,4 millioner kroner",
     "Styret tar opp Mosjøen Aluminiumservice AS, Ranfjord Hydrogen AS og Nord universitet, Fakultet for biovitenskap og akvakultur som nye medlemmer",
     "Daglig leder gis fullmakt til å signere samarbeidsavtalen med Metallklynge Kainuu",
     "Søknad om Arena Pro-status sendes innen fristen 15. september 2034"]
d = docx.Document()
d.add_heading('Helgeland Prosessindustriklynge SA', level=1)
d.add_paragraph('REFERAT FRA STYREMØTE nr. 3/2034')
d.add_paragraph(f'Dato: {wd(2034,5,23,"no")} 23. mai 2034, kl. 10.00–14.30\nSted: Kunnskapsparken Helgeland, Mo i Rana (Gruben), og på Teams')
d.add_paragraph('Til stede:')
t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
for i, h_ in enumerate(['Navn', 'Verv i styret', 'Virksomhet']): t.rows[0].cells[i].text = h_
rows = [('Kari-Anne Strømsli', 'styreleder', 'Celsa Armeringsstål AS'), ('Øystein Nergård', 'nestleder', 'Elkem Rana AS'),
        ('Dr. Ingrid Halvorsen Aune', 'styremedlem', 'SINTEF Helgeland AS'), ('Ragnhild Mo', 'styremedlem', 'Rana Utviklingsselskap AS'),
        ('Per-Erik van der Lee', 'styremedlem', 'Mosjøen Industripark AS'), ('Siv Johansen', 'varamedlem', 'Alcoa Mosjøen')]
for r in rows:
    c = t.add_row().cells
    for i, v in enumerate(r): c[i].text = v
d.add_paragraph('Fra administrasjonen: Tor-Arne Lillebjerka, daglig leder (referent), og Maja Kristiansen, prosjektleder.')
d.add_paragraph('Forfall: styremedlem Hans Olav Åsheim, Nordlandsforskning.')
d.add_paragraph('Gjester under sak 4: Lars Bakkevoll, seniorrådgiver i Innovasjon Norge Nordland, og Dr. Aino Heikkinen, klyngeleder i Metallklynge Kainuu (Kajaani, Finland), via Teams.')
d.add_heading('Sak 1/3-2034 Godkjenning av innkalling, saksliste og referat', level=2)
d.add_paragraph('Innkalling og saksliste ble godkjent. Referat fra styremøte 2/2034, avholdt 7. mars 2034, ble godkjent uten merknader.')
d.add_heading('Sak 2/3-2034 Regnskap og årsberetning 2033', level=2)
d.add_paragraph('Daglig leder la fram regnskapet for 2033 med et overskudd på 214 000 kroner. Revisor, BDO AS ved statsautorisert revisor Anette Bremnes, har avgitt en beretning uten forbehold. Styret drøftet egenkapitalen, som nå tilsvarer fire måneders drift.')
d.add_paragraph('Vedtak: Regnskap og årsberetning for 2033 godkjennes og legges fram for årsmøtet.')
d.add_heading('Sak 3/3-2034 Budsjett 2034 og medlemskontingent', level=2)
d.add_paragraph('Budsjettet bygger på 41 medlemmer, finansiering fra Arena-programmet og prosjektinntekter fra to EU-prosjekter. Kontingenten holdes uendret.')
d.add_paragraph('Vedtak: Budsjett for 2034 vedtas med en ramme på 9,4 millioner kroner.')
d.add_heading('Sak 4/3-2034 Samarbeid med Metallklynge Kainuu og Arena Pro', level=2)
d.add_paragraph('Lars Bakkevoll orienterte om neste utlysning i klyngeprogrammet Norwegian Innovation Clusters. Søknadsfristen for Arena Pro er 15. september 2034. Aino Heikkinen presenterte Metallklynge Kainuu og forslaget om en felles arbeidsgruppe for grønt stål og hydrogen. Et første fellesmøte er planlagt i Kajaani 10.–11. oktober 2034.')
d.add_paragraph('Vedtak: Daglig leder gis fullmakt til å signere samarbeidsavtalen med Metallklynge Kainuu. Styret ber administrasjonen forberede søknad om Arena Pro.')
d.add_heading('Sak 5/3-2034 Nye medlemmer', level=2)
d.add_paragraph('Tre søknader om medlemskap er mottatt. Alle oppfyller vilkårene i vedtektene.')
d.add_paragraph('Vedtak: Styret tar opp Mosjøen Aluminiumservice AS, Ranfjord Hydrogen AS og Nord universitet, Fakultet for biovitenskap og akvakultur som nye medlemmer.')
d.add_heading('Sak 6/3-2034 Årsmøte og Helgelandskonferansen', level=2)
d.add_paragraph(f'Årsmøtet avholdes {wd(2034,6,18,"no")} 18. juni 2034 i Mosjøen. Helgelandskonferansen om prosessindustri og kraft arrangeres 19.–20. juni 2034 samme sted, med middag for deltakerne på Fru Haugans Hotel om kvelden 19. juni. Valgkomiteen ved Gunnar Reitan har mottatt forslag til nye styremedlemmer.')
d.add_heading('Sak 7/3-2034 Daglig leders orientering', level=2)
d.add_paragraph('Tor-Arne Lillebjerka orienterte om status i klyngens prosjekter. Pilotprosjektet for gjenvinning av spillvarme ved Mo Industripark har ferdigstilt forstudien, og rapporten sendes medlemmene i juni. Kompetanseprogrammet «Prosessoperatør 2.0», som drives sammen med Helgeland videregående skole og Nord universitet, har nå 64 deltakere fra elleve bedrifter. Klyngen har i perioden deltatt på tre arrangementer i regi av Norwegian Catalyst Cluster og på Arendalsuka-forberedelsene i regi av Norsk Industri.')
d.add_paragraph('Maja Kristiansen orienterte om EU-prosjektet H2-NORD, der klyngen er partner sammen med Luleå tekniska universitet og Business Finland. Prosjektets midtveisrapport leveres 30. juni 2034. Styret stilte spørsmål ved ressursbruken i prosjektet og ba om en oversikt over timeforbruk til neste møte.')
d.add_paragraph('Styret tok orienteringen til etterretning.')
d.add_heading('Sak 8/3-2034 Eventuelt', level=2)
d.add_paragraph('Ragnhild Mo informerte om at Rana kommune arbeider med en ny næringsplan for 2035–2039. Neste styremøte: 29. august 2034 på Teams.')
d.add_heading('Oppsummering av vedtak', level=2)
for x in D: d.add_paragraph(x, style='List Number')
d.add_paragraph('Mo i Rana, 24. mai 2034\nKari-Anne Strømsli, styreleder          Tor-Arne Lillebjerka, referent')
d.save(os.path.join(B, 'docs', F))
C='Helgeland Prosessindustriklynge SA'
gold(F,
 [P('Kari-Anne Strømsli','styreleder','Helgeland Prosessindustriklynge SA'), P('Øystein Nergård','nestleder','Helgeland Prosessindustriklynge SA'), P('Ingrid Halvorsen Aune','styremedlem','Helgeland Prosessindustriklynge SA'),
  P('Ragnhild Mo','styremedlem','Helgeland Prosessindustriklynge SA'), P('Per-Erik van der Lee','styremedlem','Helgeland Prosessindustriklynge SA'), P('Siv Johansen','varamedlem','Helgeland Prosessindustriklynge SA'),
  P('Tor-Arne Lillebjerka','daglig leder',C), P('Maja Kristiansen','prosjektleder',C), P('Hans Olav Åsheim','styremedlem','Helgeland Prosessindustriklynge SA'),
  P('Lars Bakkevoll','seniorrådgiver','Innovasjon Norge Nordland'), P('Aino Heikkinen','klyngeleder','Metallklynge Kainuu'),
  P('Anette Bremnes','statsautorisert revisor','BDO AS'), P('Gunnar Reitan',None,None)],
 [O(C), O('Kunnskapsparken Helgeland'), O('Celsa Armeringsstål AS'), O('Elkem Rana AS'), O('SINTEF Helgeland AS'), O('Rana Utviklingsselskap AS'),
  O('Mosjøen Industripark AS'), O('Alcoa Mosjøen'), O('Nordlandsforskning'), O('Innovasjon Norge Nordland'), O('Metallklynge Kainuu'), O('BDO AS'),
  O('Mosjøen Aluminiumservice AS'), O('Ranfjord Hydrogen AS'), O('Nord universitet'), O('Fakultet for biovitenskap og akvakultur'), O('Rana kommune'), O('Mo Industripark'), O('Helgeland videregående skole'), O('Norwegian Catalyst Cluster'), O('Norsk Industri'), O('Luleå tekniska universitet'), O('Business Finland')],
 [E('STYREMØTE nr. 3/2034','2034-05-23','2034-05-23','Mo i Rana','Norway'), E('styremøte 2/2034','2034-03-07','2034-03-07',None,None),
  E('fellesmøte','2034-10-10','2034-10-11','Kajaani','Finland'), E('Årsmøtet','2034-06-18','2034-06-18','Mosjøen','Norway'),
  E('Helgelandskonferansen','2034-06-19','2034-06-20','Mosjøen','Norway'), E('middag','2034-06-19','2034-06-19','Mosjøen','Norway'),
  E('Neste styremøte','2034-08-29','2034-08-29',None,None)],
 ['2034-05-23','2034-03-07','2033','2034','2034-09-15','2034-10-10/2034-10-11','2034-06-18','2034-06-19/2034-06-20','2034-06-19','2035/2039','2034-08-29','2034-05-24','2034-06-30','2034-06'],
 km=D, pub='2034-05-24')
