from common import *
FN = "open-day_living-lab-porto-livorno_2032.txt"
T = """
LIVORNO SMART PORT LIVING LAB — OPEN DAY
Saturday 18 September 2032 · 10:00–17:00 · Darsena Toscana, Porto di Livorno

An initiative of the cluster TOSCANA LOGISTICA 4.0 with the Port System Authority of the Northern Tyrrhenian Sea,
the Scuola Superiore Sant'Anna and the Comune di Livorno.

-----------------------------------------------------------------------------------------------------------

What is the living lab?

Since its launch in March 2030 the Livorno Smart Port Living Lab has been testing new technologies where they
will be used: on the quays, in the truck queues and inside the warehouses of the port. Dock workers, truck drivers,
freight forwarders, residents of the Venezia Nuova district and researchers test solutions together and decide
what works. More than thirty pilots have been run so far, from automated gate check-in to electric straddle
carriers and air-quality sensors on the lamp posts of the Fortezza Vecchia.

On Saturday 18 September the living lab opens its gates to everybody: families, students, companies and public
administrations. No registration is needed for the outdoor area; guided tours of the terminal must be booked.

PROGRAMME

10:00  Opening at the container terminal visitor tent
       Greetings by Alessandra Bartolini Conti, President of TOSCANA LOGISTICA 4.0, and by Ing. Riccardo Mazzei,
       head of innovation at the Port System Authority of the Northern Tyrrhenian Sea (AdSP MTS)

10:30  Guided tours of the terminal by electric bus (every 30 minutes, last departure 16:00)
       Tour leaders: staff of Molo Italia Container Terminal S.p.A. and researchers of the BioRobotics Institute

11:00  Demonstrations in the living-lab area
       • Autonomous inspection drone for quay cranes — Pisa Robotica S.r.l.
       • 5G-connected reach stacker operated from a remote cabin — Tirrena Movimentazione S.p.A.
       • "Green gate": licence-plate recognition and slot booking for trucks — Labronica Software S.r.l.
       • Shore-power connection for ferries — demonstration on a ro-pax mock-up by Elettroporto S.r.l.
       • Citizen air-quality dashboard — CNR Institute of Clinical Physiology (IFC-CNR), Pisa

12:30  Talk in the tent: "Living next to a port: what the sensors tell us"
       Dr. Chiara Puccinelli, researcher, IFC-CNR, and Marco Benvenuti, spokesperson of the residents' committee
       Comitato Venezia Nuova

14:00  Workshop for schools: programming a small logistics robot (ages 10–14), with the Istituto Tecnico
       "Porto Pisano"

15:00  Round table: "From pilot to procurement — how public ports buy innovation"
       Moderator: Dott. Federico Landi, cluster manager, TOSCANA LOGISTICA 4.0
       With: Ing. Riccardo Mazzei (AdSP MTS); Prof.ssa Elena Marchetti-Guidi (Scuola Superiore Sant'Anna);
       Laura Del Corso (Regione Toscana, Directorate for Productive Activities); Ville Hämäläinen (Port of Turku
       Living Lab, Finland), guest of the Interreg Europe PORTS4INNO partnership

16:30  Awards of the "Port of the Future" drawing contest for primary schools

17:00  Close

-----------------------------------------------------------------------------------------------------------

The open day is part of the Tuscan "Settimana dell'Innovazione" (13–19 September 2032) promoted by the Regione
Toscana.

PRACTICAL INFORMATION
- Access: free shuttle bus from Livorno Centrale station every 20 minutes from 9:30.
- Safety: closed shoes are required for the terminal tour; children must be accompanied.
- Accessibility: the visitor tent and the living-lab area are wheelchair accessible.
- Booking of the terminal tours: openday@toscanalogistica.example, until Wednesday 15 September 2032.

NEXT DATES OF THE LIVING LAB
- 7 October 2032: co-creation session with truck drivers on the new slot-booking rules (in Italian)
- 2–3 December 2032: annual meeting of living-lab partners, Pisa, with presentation of the 2033 pilot plan

Contact: Giada Fiorentini, living lab coordinator, TOSCANA LOGISTICA 4.0, Via del Molo Mediceo 12, 57123 Livorno
"""
save_text(FN, T)
save_gold(FN, None,
 [P("Alessandra Bartolini Conti","President","TOSCANA LOGISTICA 4.0"),
  P("Riccardo Mazzei","head of innovation","Port System Authority of the Northern Tyrrhenian Sea"),
  P("Chiara Puccinelli","researcher","IFC-CNR"),
  P("Marco Benvenuti","spokesperson of the residents' committee","Comitato Venezia Nuova"),
  P("Federico Landi","cluster manager","TOSCANA LOGISTICA 4.0"),
  P("Elena Marchetti-Guidi",None,"Scuola Superiore Sant'Anna"),
  P("Laura Del Corso",None,"Regione Toscana"),
  P("Ville Hämäläinen",None,"Port of Turku Living Lab"),
  P("Giada Fiorentini","living lab coordinator","TOSCANA LOGISTICA 4.0")],
 [O("TOSCANA LOGISTICA 4.0"), O("Port System Authority of the Northern Tyrrhenian Sea","AdSP MTS"),
  O("Scuola Superiore Sant'Anna"), O("Comune di Livorno"), O("Molo Italia Container Terminal S.p.A."),
  O("BioRobotics Institute"), O("Pisa Robotica S.r.l."), O("Tirrena Movimentazione S.p.A."),
  O("Labronica Software S.r.l."), O("Elettroporto S.r.l."), O("CNR Institute of Clinical Physiology","IFC-CNR"),
  O("Comitato Venezia Nuova"), O("Istituto Tecnico \"Porto Pisano\""), O("Regione Toscana"),
  O("Directorate for Productive Activities"), O("Port of Turku Living Lab")],
 [E("Livorno Smart Port Living Lab — Open Day","2032-09-18",None,"Livorno","Italy"),
  E("Settimana dell'Innovazione","2032-09-13","2032-09-19",None,"Italy"),
  E("co-creation session with truck drivers","2032-10-07",None,None,None),
  E("annual meeting of living-lab partners","2032-12-02","2032-12-03","Pisa","Italy"),
  E('Awards of the "Port of the Future" drawing contest',"2032-09-18",None,"Livorno","Italy")],
 ["2032-09-18","2030-03","2032-09-13/2032-09-19","2032-09-15","2032-10-07","2032-12-02/2032-12-03"],
 [])
