from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
F = 'limburg-energy-cluster-new-contact.eml'
body = f"""Dear partners of the HEATSHARE consortium,

I am writing to let you know about a change in our team. From {wd(2035,3,2)} 2 March 2035 my colleague Sofie Vanderhaegen will take over from me as contact person of the Limburg Energy Cluster (LEC) for HEATSHARE and for the Interreg North-West Europe project board. I am moving within our organisation to become Head of Strategy and Public Affairs, so I will stay close to the project, but I will no longer follow the day-to-day work.

Sofie has been with LEC since 2030 as project manager for district heating and has led our work in the ThermoNet Limburg pilot in Genk. Many of you met her at the partner meeting in Hasselt last October. She will also replace me as the LEC member of the Steering Committee and as co-lead of work package 3 together with Dr. Evangelia Papathanasiou from the Region of Central Macedonia.

Please update your mailing lists:
- Project matters, WP3 and Steering Committee: Sofie Vanderhaegen, sofie.vanderhaegen@lec.be, +32 11 29 48 16
- Finance and reporting (no change): Karel Wouters, Finance Officer, karel.wouters@lec.be
- Communication (no change): Ines Gomes da Silva, Communication Officer, ines.gomes@lec.be

Regarding Eleni's question below: yes, LEC will host the study visit for the Thessaloniki delegation on 14 and 15 April 2035. Sofie will send the programme by the end of this month. The agenda will include a visit to the ThermoNet Limburg pilot, a meeting with the Province of Limburg and a round table with the member companies of the cluster. Our director, Bart Claessens, will welcome the group on the first morning.

For the Steering Committee meeting on {wd(2035,3,19)} 19 March 2035 (online, 10:00–12:30 CET), Sofie will present the WP3 progress report. I will join for the first half hour to say goodbye properly.

A short handover note with the open actions of WP3 (the heat-demand mapping for the three pilot towns, the template for the business models and the input to the mid-term report) is on the shared drive in the folder "WP3 / Handover". If anything is unclear, please write to Sofie first and copy me; I will answer for as long as needed.

It has been a real pleasure to work with all of you since the start of HEATSHARE in 2032. Thank you for the trust, the patience with my long e-mails, and the many good discussions over dinner in Thessaloniki, Aalborg and Lyon.

Kind regards,
Pieter De Smedt

--
Pieter De Smedt
Programme Manager Heat Networks | from 2 March 2035: Head of Strategy and Public Affairs
Limburg Energy Cluster vzw
Corda Campus, Kempische Steenweg 293, 3500 Hasselt, Belgium
T +32 11 29 48 10 | www.lec.be
Member of the European Cluster Collaboration Platform and of Flux50
This e-mail and any attachments are confidential. If you received it by mistake, please delete it and inform the sender.

-----Original Message-----
From: Eleni Karamanli <e.karamanli@cluster-cm.gr>
Sent: {wd(2035,2,9)}, 9 February 2035 16:42
To: Pieter De Smedt <pieter.desmedt@lec.be>
Cc: Evangelia Papathanasiou <e.papathanasiou@pkm.gov.gr>
Subject: HEATSHARE – study visit to Limburg in April?

Dear Pieter,

As discussed at the partner meeting, our members would like to see the ThermoNet Limburg pilot. Could LEC host a group of about 15 people from the Central Macedonia Energy Cluster in the week of 13 April 2035? Our president, Mr Stavros Kalaitzidis, would lead the group, and Dr. Papathanasiou from the Directorate of Development Planning of the Region would join as well.

We would also be grateful for a short meeting with the Flemish Energy and Climate Agency (VEKA) if possible.

Thank you in advance and best regards,
Eleni

Eleni Karamanli
Cluster Manager
Central Macedonia Energy Cluster
Thessaloniki, Greece
"""
m = EmailMessage()
m['From'] = 'Pieter De Smedt <pieter.desmedt@lec.be>'
m['To'] = 'heatshare-partners@lists.lec.be'
m['Cc'] = 'Sofie Vanderhaegen <sofie.vanderhaegen@lec.be>'
m['Subject'] = 'HEATSHARE: new LEC contact person from 2 March 2035 (RE: study visit to Limburg in April?)'
m['Date'] = format_datetime(datetime.datetime(2035, 2, 20, 11, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1))))
m.set_content(body)
open(os.path.join(B, 'docs', F), 'wb').write(bytes(m))
L = "Limburg Energy Cluster vzw"
gold(F, [
 P("Sofie Vanderhaegen", "contact person", L),
 P("Pieter De Smedt", "Head of Strategy and Public Affairs", L),
 P("Evangelia Papathanasiou", "co-lead of work package 3", "Region of Central Macedonia"),
 P("Karel Wouters", "Finance Officer", L),
 P("Ines Gomes da Silva", "Communication Officer", L),
 P("Bart Claessens", "director", L),
 P("Eleni Karamanli", "Cluster Manager", "Central Macedonia Energy Cluster"),
 P("Stavros Kalaitzidis", "president", "Central Macedonia Energy Cluster"),
], [
 O(L, "LEC"), O("Region of Central Macedonia"), O("Province of Limburg"), O("European Cluster Collaboration Platform"), O("Flux50"),
 O("Central Macedonia Energy Cluster"), O("Directorate of Development Planning"), O("Flemish Energy and Climate Agency", "VEKA"),
 O("HEATSHARE consortium"),
], [
 E("partner meeting", None, None, "Hasselt", "Belgium"),
 E("study visit for the Thessaloniki delegation", "2035-04-14", "2035-04-15", None, "Belgium"),
 E("Steering Committee meeting", "2035-03-19", "2035-03-19", None, None),
], ["2035-03-02", "2030", "2035-04-14/2035-04-15", "2035-03-19", "2032", "2035-02-09", "2035-04-13", "2035-02-20"], pub="2035-02-20")
