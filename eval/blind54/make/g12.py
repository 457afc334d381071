from h import *
F = 'in-memoriam_giuseppe-di-iorio_molise-agrifood.txt'
T = '''MOLISE AGRIFOOD NETWORK – NEWS
In memoriam: Giuseppe Di Iorio (1951–2034)

Campobasso, 22 August 2034 – posted by the MAN secretariat

It is with deep sadness that the Molise Agrifood Network (MAN) announces the death of Giuseppe Di Iorio, our founding
president and honorary president, who passed away on 19 August 2034 in Termoli at the age of 83. The funeral was held on
21 August in the church of San Timoteo in Termoli. The board, the staff and the members of the network send their
condolences to his wife, his children and all his family.

A life between the fields and the institutions

Giuseppe Di Iorio was born in Larino in 1951 into a family of olive growers. After a degree in agricultural sciences at the
University of Naples Federico II, he returned to Molise in 1976 and joined the regional agricultural extension service,
where he advised farmers on irrigation for nearly ten years.

- 1976–1985: agronomist, regional agricultural extension service, Larino office
- 1985–1998: technical director, then general manager of the Cantina Sociale Basso Biferno cooperative, which under his
  guidance tripled its bottled wine sales
- 1998–2004: president of the regional federation of agricultural cooperatives (Confcooperative Molise)
- 2004–2010: councillor for agriculture of the Province of Campobasso
- 2011–2022: founding president of the Molise Agrifood Network, which he created with 14 companies and the University of
  Molise in 2011
- 2022–2034: honorary president of MAN and member of the scientific committee of the "Tintilia del Molise" project

Many members will remember him at the first MAN assembly in Campobasso in spring 2011, when he told a room of sceptical
producers that "a small region needs to be loud together". Under his presidency the network grew to 120 members, opened its
first office in the Campobasso industrial area and took part in its first European project, on olive oil traceability, from
2016 to 2019.

Tributes

"Giuseppe taught me that a cluster is a promise you keep every day," said the current president of MAN, Carla Fanelli,
who succeeded him in 2022. "He never missed a board meeting, even when he had stepped back. Last month he still called me
about the heat damage in the olive groves."

Prof. Michele Tartaglia, rector of the University of Molise, recalled "a farmer with the mind of an engineer, who brought our
researchers into the cellars and the mills long before anybody spoke of technology transfer".

The director of the network, Dott.ssa Rosaria Ciarlante, who worked alongside him from 2011, wrote: "He hired me with a
handshake and a list of thirty phone numbers. Most of what MAN is today began on that list."

Messages were also received from Antonio Mancini, former president of Confcooperative Molise; from Elena Rossetti of the
Abruzzo agrifood cluster TerreAbruzzo, with whom Giuseppe launched the joint "Appennino a tavola" campaign in 2019; and from
Pierre-Yves Marchal, president of the Cluster Oléicole de Provence, who hosted him on a study visit to Salon-de-Provence in
October 2017.

Remembering Giuseppe

The network will dedicate its annual event, MAN Day 2034, to his memory. It will take place on Saturday 21 October 2034 at
the Castello Monforte in Campobasso, with a round table on the future of small farms chaired by the journalist Vittorio
Palange. The board has also decided to create the "Giuseppe Di Iorio Scholarship" for a student of agricultural sciences of
the University of Molise; the first scholarship will be awarded in 2035.

Members who wish to share a memory or a photo can write to memoria@molise-agrifood.example by 30 September 2034. A book of
condolences is open at the MAN office, Contrada Colle delle Api, Campobasso, from Monday to Friday, 9:00 to 13:00.

Molise Agrifood Network – Rete Agroalimentare del Molise · Campobasso · www.molise-agrifood.example
'''
write(F, T)
MAN='Molise Agrifood Network'
gold(F, [
 P('Giuseppe Di Iorio','honorary president',MAN),
 P('Carla Fanelli','president',MAN),
 P('Michele Tartaglia','rector','University of Molise'),
 P('Rosaria Ciarlante','director',MAN),
 P('Antonio Mancini',None,'Confcooperative Molise'),
 P('Elena Rossetti',None,'TerreAbruzzo'),
 P('Pierre-Yves Marchal','president','Cluster Oléicole de Provence'),
 P('Vittorio Palange','journalist',None),
],[
 O(MAN,'MAN'), O('University of Naples Federico II'), O('Cantina Sociale Basso Biferno'), O('Confcooperative Molise'),
 O('Province of Campobasso'), O('University of Molise'), O('TerreAbruzzo'), O('Cluster Oléicole de Provence'),
],[
 E('funeral','2034-08-21','2034-08-21','Termoli','Italy'),
 E('first MAN assembly','2011','2011','Campobasso','Italy'),
 E('"Appennino a tavola" campaign','2019','2019',None,None),
 E('study visit to Salon-de-Provence','2017-10','2017-10','Salon-de-Provence','France'),
 E('MAN Day 2034','2034-10-21','2034-10-21','Campobasso','Italy'),
],['1951/2034','2034-08-22','2034-08-19','2034-08-21','1951','1976','1976/1985','1985/1998','1998/2004','2004/2010','2011/2022','2011',
   '2022/2034','2016/2019','2022','2019','2017-10','2034-10-21','2035','2034-09-30'], pub='2034-08-22')
