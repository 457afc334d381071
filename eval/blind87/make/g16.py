from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'g16_humber_food_association_new_chair.eml'
assert wd(2041,2,12)=='Tuesday' and wd(2041,2,6)=='Wednesday' and wd(2041,3,14)=='Thursday' and wd(2041,2,28)=='Thursday'
B_ = """Dear members,

Please find below our press release on the outcome of last week's Annual General Meeting, which goes out to the trade press and the Grimsby Telegraph at 10.00 tomorrow. It is embargoed until then, so please do not share it on social media before that time.

Kind regards,
Rachel

Rachel Osei-Bonsu
Communications Manager
Humber Seafood & Food Processing Association
Origin Way, Europarc, Grimsby DN37 9TZ
T 01472 000000 | M 07700 900000

-----

PRESS RELEASE – EMBARGOED UNTIL 10.00, WEDNESDAY 13 FEBRUARY 2041

NEW CHAIR AND BOARD FOR HUMBER FOOD ASSOCIATION AS MEMBERSHIP PASSES 150

Grimsby, 13 February 2041 – The Humber Seafood & Food Processing Association (HSFPA) has elected Gareth Pickering, Managing Director of Northcoast Fish Ltd, as its new Chair. He was elected unopposed at the Association's Annual General Meeting, held at the Grimsby Institute on Wednesday 6 February 2041, and takes over from Margaret Doughty OBE, who has chaired the Association since 2035.

Members also elected a new Board for 2041–2044:
- Chair: Gareth Pickering, Northcoast Fish Ltd
- Vice-Chair: Dr Priya Raman, Head of Food Safety, Icelandic Seachill Humber
- Treasurer: Stuart Wilkinson FCA, Partner, Forrester Boyd Chartered Accountants
- Directors: Helen Cartwright (Young's Seafood), Liam Nolan (Associated British Ports, Port of Grimsby), Professor Joanna Firth (University of Lincoln, National Centre for Food Manufacturing), Kofi Mensah (Humber Cold Chain Ltd)

Paying tribute to his predecessor, Mr Pickering said: "Margaret steered us through six difficult years – new border checks, energy prices, and a labour market that has changed beyond recognition. She leaves an association that is bigger, louder and far more useful to its members than the one she inherited."

Mrs Doughty, who steps down after two terms, will remain on the Board of Greater Lincolnshire LEP's successor body, the Greater Lincolnshire Combined Authority, as the food sector representative.

The AGM heard that membership had passed 150 businesses for the first time, with 23 new members joining in 2040, most of them small producers of ready meals and plant-based foods. Chief Executive Dr Alan Stothard presented the Association's priorities for 2041:

1. Secure funding for a shared automation and robotics test line at the Grimsby Institute.
2. Double the number of food engineering apprentices placed with members by 2043.
3. Press Government for a faster and cheaper border control post regime at the Port of Immingham.

The keynote address was given by Baroness Fiona Hallam, chair of the House of Lords Food Security Committee, who spoke on the future of UK fish processing.

The Association's next major event is the Humber Food Skills Fair on Thursday 14 March 2041 at the Grimsby Auditorium, followed by the Seafood Processing Summit in London in May.

ENDS

Notes to editors
The Humber Seafood & Food Processing Association represents food and seafood processors, suppliers and service companies on both banks of the Humber. Founded in 2012, it is a not-for-profit company limited by guarantee. Photographs from the AGM (credit: Jason Ibbotson / HSFPA) are available on request.

Media contact: Rachel Osei-Bonsu, 01472 000000, press@hsfpa.example.org.uk

-----
From: Alan Stothard
Sent: 12 February 2041 08:47
To: Rachel Osei-Bonsu
Subject: RE: AGM press release

Rachel – looks good. Please add Joanna's full title (Professor) and check with Gareth that he is happy with the quote. Kofi's company is Humber Cold Chain Ltd, not Humber Cold Store. Fine to send to members this afternoon with the embargo.
Alan

> From: Rachel Osei-Bonsu
> Sent: 11 February 2041 16:20
> To: Alan Stothard
> Subject: AGM press release
>
> Alan, draft attached for your sign-off. I'd like it out by Wednesday for the
> Fish & Seafood Processing newsletter deadline on 28 February.
> R

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. HSFPA is registered in England and Wales, no. 00000000.
"""
m = EmailMessage()
m['From'] = 'Rachel Osei-Bonsu <press@hsfpa.example.org.uk>'
m['To'] = 'HSFPA members <members@hsfpa.example.org.uk>'
m['Subject'] = 'FW: AGM press release - new Chair and Board (EMBARGOED until 10.00, 13 Feb)'
m['Date'] = format_datetime(datetime.datetime(2041,2,12,15,32,tzinfo=datetime.timezone.utc))
m['Message-ID'] = '<20410212153200.7731@hsfpa.example.org.uk>'
m.set_content(B_)
open(path(F),'wb').write(bytes(m))
assert wd(2041,2,13)=='Wednesday'
gold(F,
 [P("Rachel Osei-Bonsu","Communications Manager","Humber Seafood & Food Processing Association"),
  P("Gareth Pickering","Chair","Humber Seafood & Food Processing Association"),
  P("Margaret Doughty",None,"Humber Seafood & Food Processing Association"),
  P("Priya Raman","Vice-Chair","Humber Seafood & Food Processing Association"),
  P("Stuart Wilkinson","Treasurer","Humber Seafood & Food Processing Association"),
  P("Helen Cartwright","Director","Humber Seafood & Food Processing Association"),
  P("Liam Nolan","Director","Humber Seafood & Food Processing Association"),
  P("Joanna Firth","Director","Humber Seafood & Food Processing Association"),
  P("Kofi Mensah","Director","Humber Seafood & Food Processing Association"),
  P("Alan Stothard","Chief Executive","Humber Seafood & Food Processing Association"),
  P("Fiona Hallam","chair","House of Lords Food Security Committee"),
  P("Jason Ibbotson",None,"HSFPA")],
 [O("Humber Seafood & Food Processing Association","HSFPA"), O("Grimsby Telegraph"), O("Northcoast Fish Ltd"),
  O("Grimsby Institute"), O("Icelandic Seachill Humber"), O("Forrester Boyd Chartered Accountants"),
  O("Young's Seafood"), O("Associated British Ports"), O("Port of Grimsby"), O("University of Lincoln"),
  O("National Centre for Food Manufacturing"), O("Humber Cold Chain Ltd"), O("Greater Lincolnshire LEP"),
  O("Greater Lincolnshire Combined Authority"), O("House of Lords Food Security Committee"), O("Government")],
 [E("Annual General Meeting","2041-02-06",None,"Grimsby","United Kingdom"),
  E("Humber Food Skills Fair","2041-03-14",None,"Grimsby","United Kingdom"),
  E("Seafood Processing Summit","2041-05",None,"London","United Kingdom")],
 ["2041-02-13","2041-02-06","2035","2041/2044","2040","2041","2043","2041-05","2041-03-14","2041-02-12","2041-02-11","2012","2041-02-28"],
 [], pub="2041-02-13")
