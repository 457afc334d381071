from h import *
F = 'asturias-metal-cluster-podcast-forja.md'
T = f"""[METALASTUR](/) · [The cluster](/cluster) · [Members](/members) · **Podcast** · [Events](/events) · [Contact](/contact) · ES | EN

# "Forja" – the podcast of the Asturian metal industry

*Conversations with the people who make, weld, machine and design in Asturias. A new episode every second Thursday, on all podcast platforms. Produced by METALASTUR – Cluster del Metal del Principado de Asturias with the support of the Regional Development Agency of Asturias (IDEPA).*

Hosted by **Covadonga Fernández-Llana**, communication manager of METALASTUR, and, in season 3, by **Iñaki Arrieta Zubiaurre**, a journalist formerly with the newspaper La Nueva España.

[Subscribe] [RSS] [Spotify] [Apple Podcasts]

## Season 3 (2033–2034): "Steel after carbon"

**Episode 30 – "Green steel in Avilés: what changes for the suppliers"** · published {wd(2034,2,16)} 16 February 2034 · 41 min
Guest: Álvaro Menéndez-Riestra, head of decarbonisation projects at ArcelorMittal Asturias. How the new direct reduction plant will change maintenance, logistics and the demand for local services.

**Episode 29 – "Welders wanted"** · published 2 February 2034 · 36 min
Guests: Marta Suárez Cienfuegos, director of the CIFP de Avilés vocational school, and Dragan Petrović, a welder from Kragujevac who came to Gijón in 2029. On the shortage of skilled welders and what the dual training system can do.

**Episode 28 – "The wind comes from the sea"** · published 19 January 2034 · 44 min
Guest: Dr. Beatriz Álvarez-Nava, CEO of Windar Renovables' Avilés plant, on towers and foundations for offshore wind and the port of El Musel.

**Episode 27 – "Special: live from the METALASTUR annual meeting"** · published 15 December 2033 · 58 min
Recorded live at the cluster's annual meeting on 30 November 2033 at the Palacio de Exposiciones y Congresos in Oviedo, with the cluster president Juan Carlos Rodríguez-Ovies and the regional minister for industry, Borja Sánchez-Quirós.

**Episode 26 – "What Basque clusters taught us"** · published 1 December 2033 · 39 min
Guest: Ane Goikoetxea Larrañaga, director of the Basque Maritime Forum, on 25 years of cluster policy in the Basque Country.

## Season 2 (2032–2033): "Family firms"

**Episode 20 – "Third generation at the forge"** · published 14 September 2033 · 33 min
Guests: Lucía García-Tuñón and her brother Pelayo García-Tuñón, who run the family forge Forjas García-Tuñón S.L. in Mieres. How do you hand over a company founded in 1952, and what does the next generation want to do differently? A conversation about succession, pride and the first robot cell in an eighty-year-old workshop.

**Episode 18 – "Selling to Germany without a sales office"** · published 17 August 2033 · 42 min
Guest: Dr. Hartmut von Kleist, former purchasing director at thyssenkrupp Steel Europe, now adviser to the Asturian export programme.

*Older episodes of season 2 and all of season 1 (2031–2032) are in the [archive](/podcast/archive).*

## Live recording: "Forja" on stage

The next episode will be recorded live with an audience at the **Metal Industry Days Asturias 2034** (Jornadas de la Industria del Metal), {wd(2034,3,15)} 15 March 2034, 18:00, Laboral Ciudad de la Cultura, Gijón. Guests: Nuria Fombona Prieto (Asturias Innovation Hub) and Prof. Emilio Quintana-Barrera (University of Oviedo). Free entry with registration; the recording will be published on {wd(2034,3,30)} 30 March 2034 as episode 32.

## Listener numbers

Since the first episode, published on 9 September 2031, "Forja" has been downloaded more than 58,000 times. Season 2 received the prize for the best corporate podcast at the Asturian Communication Awards in 2033.

## Suggest a guest

Do you know someone in the Asturian metal industry with a story to tell? Write to podcast@metalastur.example. We are particularly looking for women engineers, apprentices and companies that have moved into new markets.

## Credits

Editing: Estudio Fonte (Oviedo). Music: "Martillo" by the band Los Nuberu Eléctricos. Season 3 is co-financed by IDEPA under the 2033 call for cluster communication actions.

---
© 2034 METALASTUR · Parque Científico Tecnológico de Gijón · [Legal notice](/legal) · [Privacy](/privacy) · [Cookie settings](/cookies)
"""
write(F, T)
MA='METALASTUR'
gold(F,
 [P('Covadonga Fernández-Llana','communication manager',MA), P('Iñaki Arrieta Zubiaurre','journalist','La Nueva España'),
  P('Álvaro Menéndez-Riestra','head of decarbonisation projects','ArcelorMittal Asturias'), P('Marta Suárez Cienfuegos','director','CIFP de Avilés'),
  P('Dragan Petrović','welder',None), P('Beatriz Álvarez-Nava','CEO',"Windar Renovables"), P('Juan Carlos Rodríguez-Ovies','cluster president',MA),
  P('Borja Sánchez-Quirós','regional minister for industry',None), P('Ane Goikoetxea Larrañaga','director','Basque Maritime Forum'),
  P('Lucía García-Tuñón',None,'Forjas García-Tuñón S.L.'), P('Pelayo García-Tuñón',None,'Forjas García-Tuñón S.L.'),
  P('Hartmut von Kleist','former purchasing director','thyssenkrupp Steel Europe'), P('Nuria Fombona Prieto',None,'Asturias Innovation Hub'), P('Emilio Quintana-Barrera',None,'University of Oviedo')],
 [O('METALASTUR – Cluster del Metal del Principado de Asturias','METALASTUR'), O('Regional Development Agency of Asturias','IDEPA'), O('La Nueva España'), O('ArcelorMittal Asturias'),
  O('CIFP de Avilés'), O('Windar Renovables'), O('Basque Maritime Forum'), O('Forjas García-Tuñón S.L.'), O('thyssenkrupp Steel Europe'), O('Asturias Innovation Hub'),
  O('University of Oviedo'), O('Estudio Fonte')],
 [E('METALASTUR annual meeting','2033-11-30','2033-11-30','Oviedo','Spain'), E('Metal Industry Days Asturias 2034','2034-03-15','2034-03-15','Gijón','Spain'),
  E('Live recording: "Forja" on stage','2034-03-15','2034-03-15','Gijón','Spain'), E('Asturian Communication Awards','2033','2033',None,None)],
 ['2033/2034','2034-02-16','2034-02-02','2029','2034-01-19','2033-12-15','2033-11-30','2033-12-01','2032/2033','2033-09-14','2033-08-17','2031/2032','2034-03-15','2034-03-30','2031-09-09','2033','1952'])
