from h import *
F = 'g03_arlon_wood_cluster_interview.md'
assert wd(2039,9,22)=='Thursday' and wd(2039,10,14)=='Friday'
T = """# "A cluster is only as good as its sawmills" – interview with Marie-Hélène Schmit, new president of Bois Ardenne Luxembourg

*Published in the newsletter Bois & Territoire, no. 47, October 2039 · Interview: Julien Lambotte*

**Share:** [LinkedIn](#) · [Facebook](#) · [E-mail](#)

---

At the general assembly on Thursday 22 September 2039 in Arlon, the members of the wood cluster Bois Ardenne Luxembourg (BAL) elected Marie-Hélène Schmit as their president. She succeeds Jean-Pierre Gérardy, who led the cluster for nine years. Schmit, 51, runs the family sawmill Scierie Schmit & Fils in Habay-la-Neuve, which employs 64 people, and has been a board member since 2034. We met her in her office above the log yard.

**You are the first president who comes from a sawmill. Does that change anything?**

It should. For a long time the cluster was run by people from the design and furniture side, and they did a good job – the Arlon design week exists because of them. But the first link of the chain is the forest and the sawmill. If we do not keep the logs in the region and saw them here, the rest of the chain imports its timber from Germany or Finland. I want the board to look at the whole chain, from the forest owner to the joiner.

**What did the assembly decide apart from your election?**

We renewed half of the board. The new vice-president is Koen Vandersmissen, the director of the wood technology department of the Haute École Robert Schuman in Libramont. Anne-Sophie Collignon of the Fédération nationale des scieries stays as treasurer, and Bertrand Noël, who manages the joinery Menuiserie Noël in Virton, joins the board as secretary. We also welcomed two new observers: the Grand Ducal wood cluster of Luxembourg, represented by Tom Weyrich, and the regional forestry office of the Walloon Public Service (SPW), represented by ir. Pauline Delvaux.

**Your predecessor spoke a lot about cross-border work.**

And he was right. Arlon is ten minutes from Luxembourg and twenty from France. The Interreg Grande Région project that Jean-Pierre started with our partners in Lorraine and in Luxembourg ends in 2040, and we want a successor. The customers are on the other side of the border – Luxembourg builds more timber houses every year – and the workers often live on our side.

**Where do you want the cluster to be in three years?**

I gave the assembly three figures. One hundred members instead of 73. A shared drying kiln for hardwood, because every sawmill cannot afford one. And a training route for young sawyers with the IFAPME centre in Libramont, because I have two positions open today and nobody applies.

**That sounds ambitious for a team of three.**

It is. Our cluster manager, Élodie Martin, does an enormous amount of work with two part-time project officers. The regional government finances the cluster through the Wallonia business clusters programme, and the next evaluation is due in 2041. The board will have to find additional money, through projects and through the members.

**What is the first thing you will do?**

Visit the members. I have planned fifteen company visits before Christmas. The first one is on Friday 14 October 2039 at Ardennes Panneaux in Bertrix. I want to hear what they need before we write a new strategy.

---

### The board of Bois Ardenne Luxembourg (2039–2042)

| Office | Name | Organisation |
|---|---|---|
| President | Marie-Hélène Schmit | Scierie Schmit & Fils |
| Vice-president | Koen Vandersmissen | Haute École Robert Schuman |
| Treasurer | Anne-Sophie Collignon | Fédération nationale des scieries |
| Secretary | Bertrand Noël | Menuiserie Noël |
| Board members | Yves Lentz; Caroline Thiry | Commune d'Arlon; Thiry Design SRL |

*Jean-Pierre Gérardy was named honorary president by the assembly.*

---

**About the cluster.** Bois Ardenne Luxembourg is the wood cluster of the province of Luxembourg in Belgium. It brings together forest owners, sawmills, panel manufacturers, joiners, designers, architects and training centres. Contact: Élodie Martin, cluster manager, info@bal.example.be

*Photo: Marie-Hélène Schmit at the Habay sawmill © BAL / J. Lambotte*

[← Back to the newsletter](#) · [Subscribe](#)
"""
write(F, T)
BAL="Bois Ardenne Luxembourg"
gold(F,
 [P("Marie-Hélène Schmit","president",BAL),
  P("Julien Lambotte",None,None),
  P("Jean-Pierre Gérardy","honorary president",BAL),
  P("Koen Vandersmissen","vice-president",BAL),
  P("Anne-Sophie Collignon","treasurer",BAL),
  P("Bertrand Noël","secretary",BAL),
  P("Tom Weyrich",None,"Grand Ducal wood cluster of Luxembourg"),
  P("Pauline Delvaux",None,"Walloon Public Service"),
  P("Élodie Martin","cluster manager",BAL),
  P("Yves Lentz","Board member",BAL),
  P("Caroline Thiry","Board member",BAL)],
 [O(BAL,"BAL"), O("Scierie Schmit & Fils"), O("Haute École Robert Schuman"), O("Fédération nationale des scieries"),
  O("Menuiserie Noël"), O("Grand Ducal wood cluster of Luxembourg"), O("Walloon Public Service","SPW"),
  O("IFAPME"), O("Ardennes Panneaux"), O("Commune d'Arlon"), O("Thiry Design SRL")],
 [E("general assembly","2039-09-22",None,"Arlon","Belgium"), E("Arlon design week",None,None,"Arlon","Belgium"),
  E("company visits","2039-10-14",None,"Bertrix","Belgium")],
 ["2039-10","2039-09-22","2034","2040","2041","2039-10-14","2039/2042"],
 [], pub="2039-10")
