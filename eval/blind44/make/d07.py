import email.message, email.utils, os
body = """Dear all,

Thank you for the quick replies. To sum up where we stand for the joint stand and the side event:

1. The H2 Alpes Valley pavilion at Hyvolution Paris (27-29 January 2032, Paris Expo Porte de Versailles) is confirmed with six co-exhibitors. Stand plan attached.
2. Our side event "Hydrogen valleys meet: Alps and Rhône" will take place on Wednesday 28 January 2032, 16:00-17:30, in conference room B. Speakers: Beatriz Sanz (HyNavarra? no - see Dagmar's note below, she has to cancel), Dagmar Schrøder and Luca Bertolini. I will moderate.
3. The preparatory call is moved to Tuesday 13 January at 10:00 (Teams link follows).

Dagmar, many thanks for stepping in for the panel. Luca, please send me a two-line bio by 9 January.

Best regards,
Claire

--
Claire Dumont-Vasseur
Chargée de mission Europe & International
H2 Alpes Valley – Pôle hydrogène des Alpes françaises
5 rue des Martyrs, 38000 Grenoble
+33 4 00 00 12 34 | www.h2alpesvalley.example

-----Original Message-----
From: Dagmar Schrøder <ds@hydrogen-denmark-cluster.example>
Sent: Monday, 5 January 2032 17:42
To: Claire Dumont-Vasseur; Luca Bertolini; Beatriz Sanz Arregui
Cc: Yannick Morel
Subject: RE: Hyvolution 2032 - side event and joint stand

Hi Claire,

I heard from Beatriz that she cannot travel to Paris after all (her agency's board meets the same day). I am happy to take her slot and to present the results of our electrolyser supply-chain mapping. I will be in Paris from 27 to 29 January anyway.

Could you check whether Jesper Kold, our new project manager, can join the stand on 29 January? He starts with us on 15 January.

Kind regards / Venlig hilsen
Dagmar Schrøder
Cluster Director | Brintklynge Midt
Aarhus, Denmark

> -----Original Message-----
> From: Luca Bertolini <l.bertolini@pie-h2.example>
> Sent: Monday, 5 January 2032 09:15
> Subject: RE: Hyvolution 2032 - side event and joint stand
>
> Dear Claire,
>
> Confirmed for the 28th. I will present the Piedmont hydrogen valley and
> the first refuelling corridor on the Turin-Lyon axis. Our president,
> Silvia Ferraris, may also attend the reception on the evening of the
> 27th; I'll confirm by Friday.
>
> One request: could the slides be shared afterwards with the participants
> of the ALPHYNET project? Our next project meeting is in Chambéry on
> 10-11 February 2032.
>
> Best,
> Luca
>
> Ing. Luca Bertolini
> Head of Projects
> PIE-H2 – Piemonte Hydrogen Cluster
> Corso Castelfidardo 30/A, 10129 Torino
>
>> -----Original Message-----
>> From: Claire Dumont-Vasseur
>> Sent: Friday, 2 January 2032 11:03
>> To: Luca Bertolini; Beatriz Sanz Arregui; Dagmar Schrøder
>> Cc: Yannick Morel; Sophie Gauthier
>> Subject: Hyvolution 2032 - side event and joint stand
>>
>> Dear colleagues,
>>
>> Happy new year! As discussed at the ALPHYNET steering committee in
>> Grenoble on 9 December 2031, H2 Alpes Valley will host a joint stand
>> at Hyvolution Paris and a short side event for the partner clusters.
>> Co-exhibitors so far: Hydrolys SAS, Cryoval SA, Symbiotec Énergie SARL,
>> Electrolyse Dauphiné and the Université Grenoble Alpes (LEPMI lab).
>>
>> Please let me know by 6 January whether you can speak on 28 January.
>> Yannick Morel, our Managing Director, will open the session; Sophie
>> Gauthier (communication) is preparing the flyer.
>>
>> Practical: exhibitor badges must be ordered via the Hyvolution portal
>> by 15 January. Travel costs can be claimed under the project's
>> Interreg Alpine Space budget line for WP3.
>>
>> Many thanks and best wishes,
>> Claire
>>
>> Claire Dumont-Vasseur
>> Chargée de mission Europe & International
>> H2 Alpes Valley
>>
>>> Beatriz Sanz Arregui
>>> Technical Officer, Hydrogen Unit
>>> Ente Regional de la Energía de Castilla y León (EREN)
"""
body = body.replace("Speakers: Beatriz Sanz (HyNavarra? no - see Dagmar's note below, she has to cancel), Dagmar Schrøder and Luca Bertolini.",
                    "Speakers: Dagmar Schrøder (replacing Beatriz Sanz Arregui, who has to cancel, see below) and Luca Bertolini.")
m = email.message.EmailMessage()
m["From"] = "Claire Dumont-Vasseur <c.dumont-vasseur@h2alpesvalley.example>"
m["To"] = "Dagmar Schrøder <ds@hydrogen-denmark-cluster.example>, Luca Bertolini <l.bertolini@pie-h2.example>"
m["Cc"] = "Yannick Morel <y.morel@h2alpesvalley.example>, Beatriz Sanz Arregui <bsanz@eren-cyl.example>"
m["Subject"] = "RE: Hyvolution 2032 - side event and joint stand"
m["Date"] = "Tue, 06 Jan 2032 08:51:07 +0100"
m["Message-ID"] = email.utils.make_msgid(domain="h2alpesvalley.example")
m.set_content(body)
open(os.path.dirname(os.path.abspath(__file__)) + "/../docs/RE_Hyvolution-2032_side-event-and-joint-stand.eml", "wb").write(bytes(m))
