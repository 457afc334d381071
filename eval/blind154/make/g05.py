from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g05_colmar_cluster_director_farewell.eml'
assert wd(2040,1,10)=='Tuesday' and wd(2040,1,12)=='Thursday' and wd(2040,1,26)=='Thursday' and wd(2040,2,20)=='Monday' and wd(2040,1,16)=='Monday'
body = """Dear members, dear partners and friends of the cluster,

Some of you will already have heard the news through the Upper Rhine grapevine, but you deserve to hear it from us: after ten years at the head of the Cluster Végétal Alsace (CVA), our director Anne-Catherine Schaeffer will leave us at the end of February 2040. She has been appointed head of bioeconomy and agriculture at the Région Grand Est in Strasbourg, where many of you will meet her again on the other side of the table.

The board discussed the succession at its meeting on Tuesday 10 January 2040 and took three decisions. First, Matthias Vogt-Kessler, our head of projects since 2034, will serve as interim director from 1 March 2040. Second, the post of director is advertised from today; applications close on Monday 20 February 2040 and interviews are planned for the second half of March. Third, the general assembly planned for April will be asked to confirm the appointment.

Anne-Catherine joined the cluster in 2030, when it had one employee, a borrowed office at the INRAE centre in Colmar and forty members, most of them wine growers. She leaves an association of 172 members – seed companies, nurseries, fruit and vegetable growers, food processors and laboratories – a team of nine, and a place in every cross-border network that matters, from the Upper Rhine Bioeconomy Network (URBN) to the European seed-innovation platform. Under her leadership the cluster launched the Rhine Valley Plant Days, now in their sixth year, and the shared field trial station in Rouffach with the Université de Haute-Alsace and the Landwirtschaftliches Technologiezentrum Augustenberg in Karlsruhe.

We would like to thank her properly, and we hope you will join us:

Farewell reception for Anne-Catherine Schaeffer
Thursday 26 January 2040, 18:00
Koïfhus, Place de l'Ancienne Douane, Colmar
Short speeches at 18:30 (promise), then Alsatian wines and a buffet by our member Traiteur Meyer-Lutz.
Please register by Monday 16 January at events@cva.example.fr so that we can plan the buffet.

For all project matters, please keep writing to the usual addresses; Matthias (matthias.vogt-kessler@cva.example.fr) is already copied on everything.

With warm regards, on behalf of the board,

Jean-Marc Ehrhart
President, Cluster Végétal Alsace
Pépinières Ehrhart & Fils, Sigolsheim

Cluster Végétal Alsace · 2 rue des Jardins, 68000 Colmar · www.cva.example.fr
You receive this message as a member or partner of CVA. Unsubscribe: reply with STOP.

-------- Forwarded message --------
From: Anne-Catherine Schaeffer <ac.schaeffer@cva.example.fr>
Date: Thursday, 12 January 2040, 08:52
To: CVA Board <board@cva.example.fr>
Cc: Matthias Vogt-Kessler <matthias.vogt-kessler@cva.example.fr>
Subject: My decision – for the board only for now

Dear Jean-Marc, dear members of the board,

As I told you on Tuesday, I have accepted the post at the Région. Thank you for the kindness with which you received the news; I know that the timing, three months before the general assembly, is not ideal.

A few things I would like to leave in writing:
– The three running Interreg Upper Rhine projects are in good shape; Matthias knows every partner and every report deadline.
– The agreement with the Chambre d'agriculture Alsace on the trial station expires in December 2041 and should be renegotiated in 2041, not later.
– Please do not let the Rhine Valley Plant Days become a trade fair. The growers come because they can talk to each other in a field.

I will write to the members myself once you have sent the official message. It has been the best ten years of my working life.

Anne-Catherine
"""
m = EmailMessage()
m['From'] = 'Jean-Marc Ehrhart <president@cva.example.fr>'
m['To'] = 'members@cva.example.fr'
m['Cc'] = 'partners@cva.example.fr'
m['Subject'] = 'Anne-Catherine Schaeffer leaves CVA – interim director and farewell reception on 26 January'
m['Date'] = format_datetime(datetime.datetime(2040,1,13,11,5,0,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
C = "Cluster Végétal Alsace"
gold(F,
 [P("Anne-Catherine Schaeffer","director",C),
  P("Matthias Vogt-Kessler","head of projects",C),
  P("Jean-Marc Ehrhart","President",C)],
 [O(C,"CVA"), O("Région Grand Est"), O("INRAE"), O("Upper Rhine Bioeconomy Network","URBN"),
  O("Université de Haute-Alsace"), O("Landwirtschaftliches Technologiezentrum Augustenberg"),
  O("Traiteur Meyer-Lutz"), O("Pépinières Ehrhart & Fils"), O("Chambre d'agriculture Alsace")],
 [E("board meeting","2040-01-10",None,None,None),
  E("general assembly","2040-04",None,None,None),
  E("Rhine Valley Plant Days"),
  E("Farewell reception for Anne-Catherine Schaeffer","2040-01-26",None,"Colmar","France")],
 ["2040-02","2040-01-10","2034","2040-03-01","2040-02-20","2040-03","2040-04","2030","2040-01-26","2040-01-16",
  "2040-01-12","2041-12","2041","2040-01-13"],
 [], pub="2040-01-13")
