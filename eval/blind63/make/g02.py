from h import *
F = 'funen-robotics-joint-stand-automatica-2034.md'
T = f"""[Home](/) / [International](/international) / Trade fairs / automatica 2034

# Odense Robotics at automatica 2034 – the Danish joint stand in Munich

**Hall B4, Stand 310 · Messe München · {wd(2034,6,20)} 20 – {wd(2034,6,23)} 23 June 2034**

*Last updated 11 April 2034 · Contact: Louise Bech Thygesen, Trade Fair Manager*

For the sixth time, Odense Robotics brings a Danish pavilion to automatica, the leading trade fair for smart automation and robotics. This year nineteen companies and two knowledge institutions from Funen and the rest of Denmark will exhibit together on 640 square metres, with a shared demo area, a meeting lounge and a stage for short talks. The joint stand is organised with the Trade Council of the Ministry of Foreign Affairs of Denmark and co-financed by the Danish Board of Business Development.

"Munich is where our members meet the German and Austrian integrators that buy their products. A joint stand lets a ten-person company appear next to the big names," says Morten Skov-Andreasen, CEO of Odense Robotics.

## Exhibitors on the Danish pavilion

The following exhibitors have confirmed their participation (status 11 April 2034):

- Universal Robots A/S – collaborative robot arms
- Mobile Industrial Robots ApS (MiR) – autonomous mobile robots
- Nord Gripper ApS – soft grippers for food handling
- Fynbo Vision A/S – 3D vision for bin picking
- Kerteminde Automation ApS – palletising cells
- Blue Ocean Robotics ApS – UV disinfection robots
- Svendborg Drives A/S – precision gearboxes
- Hansen & Munk Welding ApS – welding cobots
- Lindø Industrial Park – test facilities for large structures
- Robotic Testbed Denmark (University of Southern Denmark, SDU) – research and testing
- Danish Technological Institute (DTI) – Robot Technology Centre
- and eight further companies to be announced in May

A few places remain on the stand for start-ups (table-and-screen package). Applications to Louise Bech Thygesen by 2 May 2034.

## Side programme

Besides the stand, the Danish pavilion offers a side programme for exhibitors, customers and partners. Participation is free, but places are limited and require registration.

**Danish Robotics Networking Breakfast**
{wd(2034,6,21)} 21 June 2034, 8:00–9:30, Danish pavilion lounge (Hall B4)
Coffee, rye bread and short introductions of all exhibitors. With a welcome by H.E. Kristine Ahlefeldt-Laurvig, Ambassador of Denmark to Germany, and an address by Dr. Stefan Oberhuber, Managing Director of the Bavarian cluster Robotics & Automation Bavaria (RAB).

**Danish Reception at automatica**
{wd(2034,6,21)} 21 June 2034, 18:00–21:00, Consulate General of Denmark, Munich
The traditional evening reception for exhibitors and invited customers. Speakers: Consul General Anders Lykke Poulsen and Prof. Dr.-Ing. Birgit Vogel-Heuser of the Technical University of Munich (TUM). Invitation only.

**Stage talks "Robots from Funen"**
Daily 11:00 and 15:00 on the pavilion stage. On 22 June: a panel on robots in small food companies with Mette Kjær Rasmussen (Nord Gripper ApS), Jonas Ørsted Vinther (Fynbo Vision A/S) and Elif Yıldırım-Schulz (Bayerischer Bauernverband).

**Matchmaking with Enterprise Europe Network Germany**
Pre-arranged B2B meetings via the automatica matchmaking platform, 20–22 June 2034. Organised by Enterprise Europe Network Denmark and Enterprise Europe Network Germany (Bayern Innovativ). Register on the platform by 6 June 2034.

## Practical information

- Stand set-up: 17–19 June 2034; dismantling on 23 June from 17:00
- Shared logistics: a joint truck leaves Odense on 15 June 2034; booking via the secretariat
- Hotel contingent at Messe München Riem until 15 May 2034
- Exhibitor fee: DKK 48,000 per module (members), DKK 62,000 (non-members)

## Looking back

At automatica 2032 the Danish pavilion welcomed more than 3,100 visitors and its exhibitors reported about 420 qualified leads. The pavilion was first organised in 2022.

## Contact

Louise Bech Thygesen, Trade Fair Manager, Odense Robotics, lbt@odenserobotics.example, +45 63 11 00 00
Niels-Erik Brandt, Senior Adviser, Trade Council, Consulate General of Denmark in Munich

---
[Share on LinkedIn] [Print] [Newsletter sign-up]

Odense Robotics · Forskerparken 10 · 5230 Odense M · Cookies · Privacy
"""
write(F, T)
OR='Odense Robotics'
gold(F,
 [P('Louise Bech Thygesen','Trade Fair Manager',OR), P('Morten Skov-Andreasen','CEO',OR),
  P('Kristine Ahlefeldt-Laurvig','Ambassador of Denmark to Germany',None), P('Stefan Oberhuber','Managing Director','Robotics & Automation Bavaria'),
  P('Anders Lykke Poulsen','Consul General','Consulate General of Denmark, Munich'), P('Birgit Vogel-Heuser',None,'Technical University of Munich'),
  P('Mette Kjær Rasmussen',None,'Nord Gripper ApS'), P('Jonas Ørsted Vinther',None,'Fynbo Vision A/S'), P('Elif Yıldırım-Schulz',None,'Bayerischer Bauernverband'),
  P('Niels-Erik Brandt','Senior Adviser','Trade Council')],
 [O(OR), O('Trade Council of the Ministry of Foreign Affairs of Denmark'), O('Danish Board of Business Development'),
  O('Universal Robots A/S'), O('Mobile Industrial Robots ApS','MiR'), O('Nord Gripper ApS'), O('Fynbo Vision A/S'), O('Kerteminde Automation ApS'),
  O('Blue Ocean Robotics ApS'), O('Svendborg Drives A/S'), O('Hansen & Munk Welding ApS'), O('Lindø Industrial Park'), O('Robotic Testbed Denmark'),
  O('University of Southern Denmark','SDU'), O('Danish Technological Institute','DTI'), O('Robot Technology Centre'), O('Robotics & Automation Bavaria','RAB'),
  O('Consulate General of Denmark, Munich'), O('Technical University of Munich','TUM'), O('Bayerischer Bauernverband'),
  O('Enterprise Europe Network Germany'), O('Enterprise Europe Network Denmark'), O('Bayern Innovativ')],
 [E('automatica 2034','2034-06-20','2034-06-23','Munich','Germany'), E('Danish Robotics Networking Breakfast','2034-06-21','2034-06-21','Munich','Germany'),
  E('Danish Reception at automatica','2034-06-21','2034-06-21','Munich','Germany'), E('Stage talks "Robots from Funen"','2034-06-20','2034-06-23','Munich','Germany'),
  E('Matchmaking with Enterprise Europe Network Germany','2034-06-20','2034-06-22','Munich','Germany'), E('automatica 2032','2032','2032',None,None)],
 ['2034-06-20/2034-06-23','2034-04-11','2034-05','2034-05-02','2034-06-21','2034-06-22','2034-06-20/2034-06-22','2034-06-06','2034-06-17/2034-06-19','2034-06-23','2034-06-15','2034-05-15','2022'])
