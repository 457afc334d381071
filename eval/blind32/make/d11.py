from g import write
T = """NEWS · Life of the cluster
Posted on 12 June 2036 by the communication team

After 27 years, Yann-Erwan Kervella retires

On 30 June 2036 Yann-Erwan Kervella, managing director of Mer Bretagne Technologies (MBT), the marine technology
cluster of western Brittany, hands over to his successor and retires. Many of our members have known him since
the very first meeting of the association in a borrowed classroom of the École navale in 2009.

A career at sea and ashore

Born in Douarnenez, Yann-Erwan trained as a naval architect. His career, in short:

- 1996–2003: hydrodynamics engineer, then project leader, at Chantiers de l'Iroise, Concarneau
- 2003–2009: head of the marine renewable energies programme at the Brest technopole (Technopôle Brest-Iroise)
- 2009–2014: first project manager of the newly founded cluster
- since 2014: managing director of MBT

Under his leadership the cluster grew from 23 to 310 members, obtained the national "pôle de compétitivité"
recognition and launched the Brest Ocean Tech Week, whose tenth edition took place from 16 to 20 March 2036.

"Yann-Erwan taught us that a cluster is first of all a place where people trust each other," says Hélène
de Kerguélen, president of MBT and CEO of Kerguélen Câbles Sous-Marins SAS. "His address book covers every harbour
from Bergen to Cádiz."

Succession

The board has appointed Sofiane Benali-Quéméner, currently deputy director of MBT and in charge of European
projects, as managing director from 1 July 2036. Before joining the cluster in 2027 he worked at Ifremer and at the
Brittany Regional Council.

Farewell

Members and partners are invited to a farewell evening in Yann-Erwan's honour on Thursday 26 June 2036 at 18:30
at the Océanopolis conference hall in Brest. Please register before 20 June with Anne-Sophie Corre
(events@mbt.example).

Yann-Erwan will stay close to the sea: he has agreed to chair the scientific committee of the Fondation
Iroise Littoral on a voluntary basis.
"""
M="Mer Bretagne Technologies"
write("news-yann-erwan-kervella-retires.txt", T, pub="2036-06-12",
 people=[("Yann-Erwan Kervella","managing director",M),("Hélène de Kerguélen","president",M),
  ("Sofiane Benali-Quéméner","managing director",M),("Anne-Sophie Corre",None,M)],
 orgs=[(M,"MBT"),("École navale",None),("Chantiers de l'Iroise",None),("Technopôle Brest-Iroise",None),
  ("Kerguélen Câbles Sous-Marins SAS",None),("Ifremer",None),("Brittany Regional Council",None),("Fondation Iroise Littoral",None)],
 events=[("first meeting of the association","2009","2009",None,None),
  ("Brest Ocean Tech Week","2036-03-16","2036-03-20","Brest","France"),
  ("farewell evening","2036-06-26","2036-06-26","Brest","France")],
 dates=["2036-06-12","2036-06-30","2009","1996/2003","2003/2009","2009/2014","2014","2036-03-16/2036-03-20","2036-07-01","2027","2036-06-26","2036-06-20"])
