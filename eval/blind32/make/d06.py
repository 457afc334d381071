from g import write
T = """TexFuture Summit 2033 | Guimarães, 4–5 October 2033
Programme | Speakers | Venue | Register | Partners

SPEAKERS

Keynote speakers and panellists are listed in order of appearance. Biographies were provided by the speakers.

---------------------------------------------------------------------
Maria João Carvalhais Pimenta
President, Têxtil Norte – Portuguese Textile and Clothing Cluster (TNC)

Maria João Carvalhais Pimenta has chaired TNC since 2030. She is the third generation at the helm of Malhas
Pimenta, S.A., a knitwear manufacturer in Vila Nova de Famalicão that she turned into a supplier of technical
garments for sports brands. Before joining the family company in 2012 she spent eight years as a buyer for a
Spanish fashion retailer in A Coruña. She sits on the advisory board of the School of Engineering of the
University of Minho.

---------------------------------------------------------------------
Dr. Hendrik van der Wal
Head of Unit, Textiles and Circular Products, European Commission, DG GROW

Hendrik van der Wal has led the unit responsible for the EU strategy for sustainable and circular textiles since
2031. He joined the Commission in 2016, first in DG ENV, where he worked on extended producer responsibility,
and later as deputy head of the bioeconomy unit at DG RTD. Previously he was a researcher at Wageningen University
& Research. He will open the Summit on 4 October.

---------------------------------------------------------------------
Inês Quaresma Tavares
Chief Sustainability Officer, Fiavigo Têxteis, Lda.

Inês leads the sustainability and traceability programme of Fiavigo, a yarn spinner with 420 employees in
Guimarães and Vizela. Until 2029 she was a senior consultant at a Porto engineering consultancy, where she designed
water-recycling systems for dyeing houses. She holds a PhD in textile engineering and chairs the working group on
digital product passports of the European Apparel and Textile Confederation (EURATEX).

---------------------------------------------------------------------
Benedikt von Hollen
Managing Director, Vliesstoff-Netzwerk Sachsen e.V.

Benedikt von Hollen has headed the Saxon nonwovens network since 2027. Earlier in his career he was head of
product development at Chemnitzer Faserwerke GmbH (2014–2021) and sales director for Eastern Europe at a machinery
maker. He moderates the panel "Recycled fibres at industrial scale" on the afternoon of 4 October.

---------------------------------------------------------------------
Prof. Ana Rita Bragança
Director, Centre for Textile Science and Technology (2C2T), University of Minho

Ana Rita Bragança is full professor of textile engineering. She has coordinated four European research projects
on smart textiles and was vice-rector for research of the University of Minho from 2022 to 2026. She will present
the results of the regional fibre-to-fibre recycling pilot on 5 October.

---------------------------------------------------------------------
Kwame Asante-Brito
Founder and CEO, Refibra Lab

Kwame founded Refibra Lab in 2030 after five years as a process engineer at CITEVE, the Portuguese Technological
Centre for the Textile and Clothing Industries. His start-up separates polycotton blends with enzymes and won
the Start-up Award of the Summit's 2032 edition.

---------------------------------------------------------------------
Speakers may change. Last update: 19/09/2033.
© TNC 2033 · Privacy · Cookies
"""
write("texfuture-summit-2033-speakers.txt", T, pub=None,
 people=[("Maria João Carvalhais Pimenta","President","Têxtil Norte – Portuguese Textile and Clothing Cluster"),
  ("Hendrik van der Wal","Head of Unit, Textiles and Circular Products","DG GROW"),
  ("Inês Quaresma Tavares","Chief Sustainability Officer","Fiavigo Têxteis, Lda."),
  ("Benedikt von Hollen","Managing Director","Vliesstoff-Netzwerk Sachsen e.V."),
  ("Ana Rita Bragança","Director","Centre for Textile Science and Technology"),
  ("Kwame Asante-Brito","Founder and CEO","Refibra Lab")],
 orgs=[("Têxtil Norte – Portuguese Textile and Clothing Cluster","TNC"),("Malhas Pimenta, S.A.",None),
  ("School of Engineering",None),("University of Minho",None),("European Commission",None),("DG GROW",None),("DG ENV",None),("DG RTD",None),
  ("Wageningen University & Research",None),("Fiavigo Têxteis, Lda.",None),("European Apparel and Textile Confederation","EURATEX"),
  ("Vliesstoff-Netzwerk Sachsen e.V.",None),("Chemnitzer Faserwerke GmbH",None),("Centre for Textile Science and Technology","2C2T"),
  ("Refibra Lab",None),("Portuguese Technological Centre for the Textile and Clothing Industries","CITEVE")],
 events=[("TexFuture Summit 2033","2033-10-04","2033-10-05","Guimarães","Portugal"),
  ("Summit's 2032 edition","2032","2032",None,None)],
 dates=["2033-10-04/2033-10-05","2030","2012","2031","2016","2033-10-04","2029","2027","2014/2021","2022/2026","2033-10-05","2033-09-19"])
