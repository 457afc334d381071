from common import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime
fname = "Introducing-our-new-EISMEA-project-officer_ALGALINK.eml"
body = """Dear ALGALINK partners,

I hope this finds you well after the summer break.

I am writing to introduce a change on the European Commission side. As of 1 September 2031, our project is followed by a new Project Officer at the European Innovation Council and SMEs Executive Agency (EISMEA), Unit I.02 "SMP/COSME pillar": Ms Dorota Kwiatkowska-Lenz. She takes over from Mr Pieter-Jan Verhaegen, who has moved to another portfolio within the Agency and whom we warmly thank for his support since the kick-off in Vigo in February 2030.

Dorota joined EISMEA in 2027 after several years at the Polish Agency for Enterprise Development (PARP), where she worked on cluster internationalisation. She already knows two of our partners from earlier projects. She will attend our next Steering Committee, which will be held online on 23 September 2031 (14:00–16:00 CEST), and would like to meet each work package leader briefly beforehand.

For her benefit (and for the two colleagues who joined the consortium this spring) here is a reminder of who is who in the project team:

Coordination – Clúster da Acuicultura e Bioeconomía Azul de Galicia (ACUIAZUL Galicia), Vigo
 - Xoán Rodríguez Outeiral, project coordinator
 - Antía Piñeiro Lema, financial manager
 - Breixo Castro, communication officer (from 1 May 2031; replaces Uxía Fernández, now on maternity leave)

WP2 Market intelligence – Seaweed Norway Innovation Cluster (SNIC), Bodø
 - Ragnhild Sæther-Olsen, WP2 leader

WP3 Matchmaking and internationalisation – Azorean Sea Ventures Association (ASVA), Ponta Delgada
 - Tiago Medeiros Furtado, WP3 leader
 - Joana Sousa Bettencourt, business developer

WP4 Skills – Kiel Blue Biotech Network e.V. (KBBN)
 - Dr. Jannik Thomsen-Bauer, WP4 leader

WP5 Policy learning – Università degli Studi di Palermo, Department of Earth and Marine Sciences
 - Prof. Rosalia Lo Cascio, scientific advisor and WP5 leader

Key dates for the rest of the year:
 - Steering Committee (online): 23 September 2031
 - Blue Bioeconomy Matchmaking in Ponta Delgada: 4–5 November 2031, with around 60 SMEs expected
 - Interim report due to EISMEA: 30 November 2031

A few practical points on the change. First, the reporting template and the deliverable deadlines are not affected; Dorota has confirmed that she will follow the Grant Agreement as signed. Second, she has asked for a short written overview of the risks we see for the second half of the project, in particular the delays in the Norwegian pilot and the lower than planned number of SMEs registered for the matchmaking. I will prepare a draft and circulate it to the work package leaders for comments before the Steering Committee. Third, she would like to visit one of our pilot sites next year if her mission budget allows; please let me know if you would be willing to host her.

Please put Dorota in copy of all correspondence that concerns the Grant Agreement from now on (dorota.kwiatkowska-lenz@ec.example). Day-to-day questions should still go to me first.

Warm regards,

Xoán Rodríguez Outeiral
Project Coordinator ALGALINK
ACUIAZUL Galicia – Clúster da Acuicultura e Bioeconomía Azul de Galicia
Rúa do Porto 00, 36202 Vigo (Pontevedra), Spain
"""
m = EmailMessage()
m['From'] = "Xoán Rodríguez Outeiral <xoan.rodriguez@acuiazul.example>"
m['To'] = "ALGALINK consortium <algalink-all@lists.acuiazul.example>"
m['Cc'] = "Dorota Kwiatkowska-Lenz <dorota.kwiatkowska-lenz@ec.example>"
m['Subject'] = "ALGALINK – introducing our new EISMEA Project Officer and a reminder of the team"
m['Date'] = format_datetime(datetime.datetime(2031,9,3,9,41,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(f"{B}/docs/{fname}","wb").write(bytes(m))
save(fname, None, "2031-09-03", write=False,
 people=[P("Dorota Kwiatkowska-Lenz","Project Officer","European Innovation Council and SMEs Executive Agency"),
  P("Pieter-Jan Verhaegen",None,"European Innovation Council and SMEs Executive Agency"),
  P("Xoán Rodríguez Outeiral","project coordinator","Clúster da Acuicultura e Bioeconomía Azul de Galicia"),
  P("Antía Piñeiro Lema","financial manager","Clúster da Acuicultura e Bioeconomía Azul de Galicia"),
  P("Breixo Castro","communication officer","Clúster da Acuicultura e Bioeconomía Azul de Galicia"),
  P("Uxía Fernández",None,None),
  P("Ragnhild Sæther-Olsen","WP2 leader","Seaweed Norway Innovation Cluster"),
  P("Tiago Medeiros Furtado","WP3 leader","Azorean Sea Ventures Association"),
  P("Joana Sousa Bettencourt","business developer","Azorean Sea Ventures Association"),
  P("Jannik Thomsen-Bauer","WP4 leader","Kiel Blue Biotech Network e.V."),
  P("Rosalia Lo Cascio","scientific advisor and WP5 leader","Department of Earth and Marine Sciences")],
 orgs=[O("European Commission"),O("European Innovation Council and SMEs Executive Agency","EISMEA"),
  O("Unit I.02"),O("Polish Agency for Enterprise Development","PARP"),
  O("Clúster da Acuicultura e Bioeconomía Azul de Galicia","ACUIAZUL Galicia"),
  O("Seaweed Norway Innovation Cluster","SNIC"),O("Azorean Sea Ventures Association","ASVA"),
  O("Kiel Blue Biotech Network e.V.","KBBN"),O("Università degli Studi di Palermo"),
  O("Department of Earth and Marine Sciences")],
 events=[E("kick-off","2030-02",None,"Vigo","Spain"),
  E("Steering Committee","2031-09-23"),
  E("Blue Bioeconomy Matchmaking","2031-11-04","2031-11-05","Ponta Delgada","Portugal")],
 dates=["2031-09-03","2031-09-01","2030-02","2027","2031-09-23","2031-05-01","2031-11-04/2031-11-05","2031-11-30"])
