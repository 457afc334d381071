from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g09_umea_cleantech_member_newsletter.eml'
assert wd(2037,2,3)=='Tuesday' and wd(2037,2,18)=='Wednesday' and wd(2037,3,10)=='Tuesday' and wd(2037,3,11)=='Wednesday' and wd(2037,2,26)=='Thursday' and wd(2037,1,29)=='Thursday'
body = """Hi Sanna,

forwarding the member newsletter below as promised – item 3 is the one I mentioned on the phone (the Kiruna
mission). Could you check with Erik whether we can send two people?

Best,
Lars

Lars Öhman | Business Developer | Västerbotten Regional Development Office
lars.ohman@regionvb.example.se | +46 90 000 00 00

-----Original Message-----
From: North Sweden Cleantech <news@northswedencleantech.example.se>
Sent: Tuesday, 3 February 2037 08:02
To: members@northswedencleantech.example.se
Subject: Member News February 2037 – battery skills, Kiruna mission, annual meeting

View this e-mail in your browser

NORTH SWEDEN CLEANTECH – MEMBER NEWS
February 2037 · No. 2

Dear members,

February is the month of our annual meeting, and I hope to see many of you in Umeå on 11 March. Before that, there is plenty going on: a new skills programme for the battery value chain, a mission to Kiruna and a call from Vinnova that fits several of our members well. As always, please tell us what you are working on – this newsletter is only as good as your news.

Warm regards,
Helena Bergqvist
CEO, North Sweden Cleantech

1) BATTERY SKILLS PROGRAMME STARTS
Together with Umeå University and Skellefteå Municipality, we are launching "Battery Ready", a series of six short courses for operators and technicians in the battery value chain. The first course, on safety in cell production, starts on 18 February in Skellefteå. Courses are free for employees of member companies thanks to co-financing from the Swedish ESF Council. Programme lead is Dr Johanna Forsgren, senior lecturer at Umeå University's Department of Applied Physics and Electronics.
Read more ›

2) WEBINAR: HEAT RECOVERY IN DATA CENTRES
On Thursday 26 February, 09:00–10:00, our partner RISE Research Institutes of Sweden hosts a webinar on how data centres in Norrland can sell waste heat to district heating networks. Speakers: Anders Nyström (RISE ICE Datacenter, Luleå) and Maja Lindberg (Umeå Energi AB). Free of charge, in English.
Read more ›

3) MISSION TO KIRUNA, 10 MARCH
We are organising a one-day mission to Kiruna on Tuesday 10 March 2037 to meet LKAB and the suppliers involved in the company's fossil-free sponge iron plans. The programme includes a site visit to the demonstration plant and a round table with the Kiruna Municipality business office. Maximum 15 participants, first come, first served. Travel by the night train from Umeå on 9 March is recommended. Contact Jonas Holmgren, project manager.
Read more ›

4) ANNUAL MEETING 11 MARCH
The annual meeting of North Sweden Cleantech will be held on Wednesday 11 March 2037, 15:00–17:00, at Väven, Umeå. The agenda includes the annual report 2036, the election of the board, and a decision on the new membership fee structure. Birgitta Åström, chair of the nomination committee, proposes the re-election of Per-Olof Sundqvist (Skellefteå Kraft) as chair and the election of Amira Haddad (Northvolt Labs) as a new board member. A dinner for members follows at 18:30. Documents will be sent out by 25 February. Motions from members must reach the office by 11 February.
Read more ›

5) CALL: VINNOVA – CIRCULAR INDUSTRY
Vinnova has opened a call for circular industrial projects with up to SEK 6 million per project. Deadline 14 April 2037. We will help members with partner search and application writing – book a slot with Jonas.
Read more ›

6) MEMBER NEWS IN BRIEF
- Wood-based insulation maker Fibrona AB has opened its second line in Lycksele.
- Nordic Biochar Solutions won the Västerbotten Environmental Prize 2036, awarded on 29 January.
- Welcome to our new members: Umeå Plast AB, Skellefteå Science City and Arctic Hydrogen Partners AB.

7) NEWS FROM THE OFFICE
After six years with us, our communications officer Malin Eklund is moving to Luleå to join Swedish Hydrogen Development Centre; thank you, Malin, for everything! Her successor, Oskar Wahlström, starts on 16 February and comes from the communications team of Umeå Municipality. We are also happy to welcome Dr Leila Karimi as our new analyst for the battery and hydrogen value chains. Leila has a PhD in materials science from Chalmers University of Technology and will work part of her time on the Interreg Aurora project that we run with partners in northern Norway and Finland. You reach both at firstname.lastname@northswedencleantech.example.se.

8) SAVE THE DATES
- 18 Feb 2037 – Battery Ready course 1, Skellefteå
- 26 Feb 2037 – Webinar: heat recovery in data centres
- 10 Mar 2037 – Mission to Kiruna
- 11 Mar 2037 – Annual meeting, Umeå
- 21–23 Apr 2037 – Nordic Cleantech Week, Stockholm (joint stand with Business Sweden)

--
North Sweden Cleantech · Storgatan 40, 903 26 Umeå · www.northswedencleantech.example.se
You receive this e-mail because you are a contact person of a member organisation.
Unsubscribe | Update your preferences
"""
m = EmailMessage()
m['From'] = 'Lars Öhman <lars.ohman@regionvb.example.se>'
m['To'] = 'Sanna Lindgren <sanna.lindgren@regionvb.example.se>'
m['Subject'] = 'FW: Member News February 2037 – battery skills, Kiruna mission, annual meeting'
m['Date'] = format_datetime(datetime.datetime(2037,2,4,10,17,tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(path(F),'wb').write(bytes(m))
N = "North Sweden Cleantech"
gold(F,
 [P("Sanna Lindgren"),
  P("Lars Öhman","Business Developer","Västerbotten Regional Development Office"),
  P("Helena Bergqvist","CEO",N),
  P("Johanna Forsgren","senior lecturer","Department of Applied Physics and Electronics"),
  P("Anders Nyström",None,"RISE ICE Datacenter"), P("Maja Lindberg",None,"Umeå Energi AB"),
  P("Jonas Holmgren","project manager",N), P("Malin Eklund","communications officer",N), P("Oskar Wahlström",None,N), P("Leila Karimi","analyst",N),
  P("Birgitta Åström","chair of the nomination committee",N),
  P("Per-Olof Sundqvist","chair",N), P("Amira Haddad","board member",N)],
 [O(N), O("Västerbotten Regional Development Office"), O("Umeå University"), O("Skellefteå Municipality"),
  O("Swedish ESF Council"), O("Department of Applied Physics and Electronics"), O("RISE Research Institutes of Sweden","RISE"),
  O("RISE ICE Datacenter"), O("Umeå Energi AB"), O("LKAB"), O("Kiruna Municipality"), O("Skellefteå Kraft"),
  O("Northvolt Labs"), O("Vinnova"), O("Fibrona AB"), O("Nordic Biochar Solutions"), O("Umeå Plast AB"),
  O("Skellefteå Science City"), O("Arctic Hydrogen Partners AB"), O("Business Sweden"), O("Swedish Hydrogen Development Centre"), O("Umeå Municipality"), O("Chalmers University of Technology")],
 [E("Battery Ready course 1","2037-02-18",None,"Skellefteå","Sweden"),
  E("Webinar: heat recovery in data centres","2037-02-26",None,None,None),
  E("Mission to Kiruna","2037-03-10",None,"Kiruna","Sweden"),
  E("site visit to the demonstration plant","2037-03-10",None,"Kiruna","Sweden"),
  E("round table with the Kiruna Municipality business office","2037-03-10",None,"Kiruna","Sweden"),
  E("annual meeting of North Sweden Cleantech","2037-03-11",None,"Umeå","Sweden"),
  E("dinner for members","2037-03-11",None,"Umeå","Sweden"),
  E("Västerbotten Environmental Prize 2036 award","2037-01-29",None,None,None),
  E("Nordic Cleantech Week","2037-04-21","2037-04-23","Stockholm","Sweden")],
 ["2037-02-04","2037-02-03","2037-02","2037-03-11","2037-02-18","2037-02-26","2037-03-10","2037-03-09","2037-02-25","2037-02-11","2037-04-14","2037-01-29","2037-04-21/2037-04-23","2037-02-16"],
 [], "2037-02-04")
