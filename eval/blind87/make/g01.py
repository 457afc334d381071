from h import *
F = 'g01_sligo_medtech_new_member.txt'
assert wd(2037,3,4)=='Wednesday' and wd(2037,4,16)=='Thursday'
T = """Skip to main content
North West MedTech Cluster
Home
About
Members
Projects
News
Events
Contact
Gaeilge | English

We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies. Accept  Manage settings

Home > News > Member News

Galway device maker Tonnta Diagnostics joins the cluster
Posted on 4 March 2037 by Aoife Ní Bhriain | Member News, Sligo

Tonnta Diagnostics Ltd, the point-of-care testing company that spun out of the University of Galway in 2031, has become the 47th member of the North West MedTech Cluster (NWMC). The company will open a small assembly line at the IDA Business Park in Finisklin, Sligo, later this year and expects to hire twenty-two people by the end of 2038.

[Image: The Tonnta team with cluster staff outside the Finisklin site. Photo: Declan McGarry Photography]

The application was approved by the cluster's steering group at its meeting on Wednesday 4 March, and the chief executive of Tonnta, Ciarán Ó Dálaigh, signed the membership charter the same afternoon. "We looked at Cork and we looked at Limerick," he said. "Sligo won because the supplier base is already here, and because the cluster put us in a room with three contract manufacturers inside a fortnight. That kind of thing doesn't happen by accident."

Tonnta makes a handheld reader and single-use cartridges that test for sepsis markers in under twenty minutes. Its first product received a CE mark in 2035 and is used in eleven emergency departments in Ireland and the Netherlands. The Sligo line will assemble the cartridges, which are currently made by a contract partner in Eindhoven.

Cluster manager Siobhán Gallagher welcomed the company. "Every new member strengthens the case we are making to the Northern and Western Regional Assembly for a shared cleanroom at the Atlantic Technological University campus," she said. "Tonnta is exactly the kind of scale-up we want to keep in the region rather than lose to the east coast."

What membership brings
As a member, Tonnta Diagnostics will take part in the cluster's regulatory affairs working group, chaired by Dr Fergal Brennan of Hollister Sligo Operations, and in the supplier development programme run with Enterprise Ireland. The company has also been offered a place on the cluster's stand at MedTech Expo Benelux in Utrecht in June.

Brendan Kilgallon, head of the Sligo Local Enterprise Office, said the decision showed that the regional approach was paying off. "Five years ago a company like this would never have looked north of Athlone," he said.

A growing network
The cluster was founded in 2029 by eight companies and the Institute of Technology Sligo, now part of Atlantic Technological University (ATU). Its members today range from multinational plants employing more than a thousand people to start-ups with two or three staff. In 2036 the cluster was awarded the Bronze Label of the European Cluster Excellence Initiative.

Next up
Members are reminded that the spring networking lunch will take place on Thursday 16 April 2037 at the Radisson Blu Hotel, Rosses Point, from 12.30 to 15.00. Ciarán Ó Dálaigh will give a short talk on the road from a university lab to a CE mark. Places are limited to sixty; book through the member portal.

Related posts
Cluster companies meet buyers from the HSE at Croke Park
Atlantic Technological University opens new engineering wing
Call for mentors: MedTech Accelerator 2037

Share this:
Facebook
X
LinkedIn
Email

Tags: membership, diagnostics, Sligo, scale-up

About the North West MedTech Cluster
The North West MedTech Cluster brings together medical technology companies, suppliers, researchers and public agencies in Sligo, Leitrim, Donegal and Mayo. It is supported by Enterprise Ireland's Regional Technology Clustering Fund.

Contact
Siobhán Gallagher, Cluster Manager
North West MedTech Cluster, Innovation Centre, ATU Sligo, Ash Lane, Sligo F91 YW50
T: +353 71 000 0000 | E: info@nwmedtech.example.ie

Newsletter
Sign up to our monthly newsletter
Email address
Subscribe

© 2037 North West MedTech Cluster CLG | Privacy | Cookie policy | Accessibility statement
Website by
"""
write(F, T)
gold(F,
 [P("Aoife Ní Bhriain"), P("Ciarán Ó Dálaigh","chief executive","Tonnta Diagnostics Ltd"),
  P("Siobhán Gallagher","Cluster manager","North West MedTech Cluster"),
  P("Fergal Brennan","chair","Hollister Sligo Operations"),
  P("Brendan Kilgallon","head","Sligo Local Enterprise Office")],
 [O("Tonnta Diagnostics Ltd"), O("University of Galway"), O("North West MedTech Cluster","NWMC"),
  O("Northern and Western Regional Assembly"), O("Atlantic Technological University","ATU"),
  O("Hollister Sligo Operations"), O("Enterprise Ireland"), O("Sligo Local Enterprise Office"),
  O("Institute of Technology Sligo"), O("HSE"), O("Declan McGarry Photography")],
 [E("steering group meeting","2037-03-04",None,"Sligo","Ireland"),
  E("MedTech Expo Benelux","2037-06",None,"Utrecht","Netherlands"),
  E("spring networking lunch","2037-04-16",None,"Rosses Point","Ireland")],
 ["2037-03-04","2031","2038","2035","2029","2036","2037-04-16","2037-06"], [], pub="2037-03-04")
