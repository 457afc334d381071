from g import *
N = "styrian-mobility-award-2034-jury.md"
doc(N, """# Styrian Mobility Innovation Award 2034 – The jury

Home › Award › Jury

The independent jury of the Styrian Mobility Innovation Award 2034 evaluates all eligible entries in three categories (start-ups, SMEs, research–industry cooperation). Its sessions are not public and its decisions are final. The award is presented by the mobility cluster Murtal Mobility Network (MMN) with the support of the Styrian Business Promotion Agency (SFG).

**Members of the jury 2034** (in alphabetical order)

**Univ.-Prof. Dipl.-Ing. Dr. techn. Barbara Eichberger**
Head of the Institute of Automotive Engineering, Graz University of Technology

**Mag. Florian Grabner**
Managing director, Murtal Mobility Network

**Prof. Dr. Henrike Lüdersen** (chair of the jury)
Vice-rector for research, FH JOANNEUM

**Dr. Matteo Rinaldi**
Policy officer, European Commission, DG MOVE

**DI Sabine Pölzl-Wagner**
CTO, Grazer Antriebstechnik GmbH

**Prof. Dr.-Ing. Volker Amsel**
Director, Fraunhofer Austria Research GmbH, Graz site

**Ing. Gerhard Zach**
Journalist, Kleine Wirtschaftszeitung

The jury meets on 3 March 2034 in Graz. Nominees will be informed by 20 March 2034, and the award ceremony takes place on 24 April 2034 at the Helmut List Halle, Graz.
""")
gold(N, None,
 [P("Barbara Eichberger","Head of the Institute of Automotive Engineering","Graz University of Technology"),
  P("Florian Grabner","Managing director","Murtal Mobility Network"),
  P("Henrike Lüdersen","Vice-rector for research","FH JOANNEUM"),
  P("Matteo Rinaldi","Policy officer","DG MOVE"), P("Sabine Pölzl-Wagner","CTO","Grazer Antriebstechnik GmbH"),
  P("Volker Amsel","Director","Fraunhofer Austria Research GmbH"), P("Gerhard Zach","Journalist","Kleine Wirtschaftszeitung")],
 [O("Murtal Mobility Network","MMN"), O("Styrian Business Promotion Agency","SFG"), O("Institute of Automotive Engineering"),
  O("Graz University of Technology"), O("FH JOANNEUM"), O("European Commission"), O("DG MOVE"),
  O("Grazer Antriebstechnik GmbH"), O("Fraunhofer Austria Research GmbH"), O("Kleine Wirtschaftszeitung")],
 [E("jury meeting","2034-03-03","2034-03-03","Graz","Austria"),
  E("award ceremony","2034-04-24","2034-04-24","Graz","Austria")],
 ["2034-03-03","2034-03-20","2034-04-24"], [])
