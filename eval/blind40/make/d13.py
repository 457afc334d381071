from common import *
fn = "in-memoriam_Giancarlo-Tombolini_founder-Distretto-Calzaturiero.txt"
t = """IN MEMORIAM

Giancarlo Tombolini (1948–2032)
Founder and first president of Marche Shoe Valley

Posted on 11 March 2032 · News · Association life

It is with deep sadness that the Board and staff of Marche Shoe Valley – Consorzio per l'Innovazione del Distretto
Calzaturiero Fermano-Maceratese announce the death of our founder, Cavaliere del Lavoro Giancarlo Tombolini, who passed
away peacefully at his home in Porto Sant'Elpidio on Sunday, 7 March 2032, at the age of 83. He was surrounded by his
wife Lucia, his children Paola and Stefano and his five grandchildren.

A shoemaker's son who became a manufacturer

Giancarlo Tombolini was born in Montegranaro in 1948, the son of a shoemaker who worked at a bench in the family kitchen.
He left school at fourteen to cut leather in a small factory and at twenty-three opened his own workshop with two
employees. Calzaturificio Tombolini S.p.A., as it became, grew to 340 employees at its peak and exported men's shoes to
more than forty countries. He handed over the company to his son Stefano Tombolini, today its CEO, in 2015.

The founder of the cluster

In 1999, when the first Asian competition hit the district, Giancarlo gathered eighteen entrepreneurs in the back room
of a restaurant in Sant'Elpidio a Mare and convinced them that no company could afford a laboratory, a trade-fair stand
in Moscow or a school for young stitchers on its own, but that together they could. Marche Shoe Valley was founded as a
consortium on 12 May 2000, with Giancarlo as its president – an office he held until 2012 and for which he never
accepted a salary. Under his leadership the cluster created the footwear technical school ITS Calzatura Fermo (2004),
the shared testing laboratory with the Università Politecnica delle Marche (2007) and the district's joint presence at
the MICAM fair in Milan. From 2012 he served as Honorary President.

Tributes

"Giancarlo taught us that a district is not a place on a map, it is a way of working together," said Elisabetta
Marzialetti, President of Marche Shoe Valley. "Every one of our 260 members owes him something."

Dott. Roberto Fabiani, who succeeded him as president from 2012 to 2024, remembered "a man who read every balance
sheet, knew the name of every apprentice and always paid for dinner."

The President of the Marche Region, Francesca Lattanzi, called him "one of the fathers of the Made in Marche" and
announced that the Region will name its footwear innovation prize after him. Condolences also came from Confindustria
Fermo, from the Italian footwear manufacturers' association Assocalzaturifici and from partner clusters in Portugal,
Spain and Romania.

Funeral and remembrance

The funeral will be held on Friday, 12 March 2032, at 15:00 in the Collegiata di San Lorenzo in Montegranaro. In
place of flowers, the family asks for donations to the Fondazione Tombolini per i Giovani Artigiani, which Giancarlo set
up in 2018 to grant scholarships to young shoemakers.

The cluster will hold a remembrance evening for members and friends on 16 April 2032 at the ITS Calzatura Fermo campus,
and the general assembly of 28 May 2032 will open with a minute of silence. A book of condolence is open at the cluster
office in Fermo (Via Vecchia Macerata 999) until 26 March 2032, and online on our website.

Ciao, Giancarlo. Grazie di tutto.

Marche Shoe Valley · Fermo · info@marcheshoevalley.example
"""
write_doc(fn, t)
C = "Marche Shoe Valley"
write_gold(fn, "2032-03-11", [
 P("Giancarlo Tombolini", "Founder and first president", C),
 P("Stefano Tombolini", "CEO", "Calzaturificio Tombolini S.p.A."),
 P("Elisabetta Marzialetti", "President", C),
 P("Roberto Fabiani", "president", C),
 P("Francesca Lattanzi", "President of the Marche Region", None),
],[
 O("Marche Shoe Valley – Consorzio per l'Innovazione del Distretto Calzaturiero Fermano-Maceratese", "Marche Shoe Valley"),
 O("Calzaturificio Tombolini S.p.A."), O("ITS Calzatura Fermo"), O("Università Politecnica delle Marche"),
 O("Marche Region"), O("Confindustria Fermo"), O("Assocalzaturifici"), O("Fondazione Tombolini per i Giovani Artigiani"),
],[
 E("funeral", "2032-03-12", "2032-03-12", "Montegranaro", "Italy"),
 E("remembrance evening", "2032-04-16", "2032-04-16", None, None),
 E("general assembly", "2032-05-28", "2032-05-28", None, None),
 E("MICAM", None, None, "Milan", "Italy"),
],["1948/2032","2032-03-11","2032-03-07","1948","2015","1999","2000-05-12","2012","2004","2007","2012/2024","2032-03-12","2018","2032-04-16","2032-05-28","2032-03-26"])
