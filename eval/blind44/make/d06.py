# writes the two-column PDF extraction of the Lundavia annual report governance chapter
L1 = """5. Governance
Lundavia Health Cluster ek. för. is an eco-
nomic association owned by its 212 mem-
bers. Its organs are the General Assembly,
the Board of Directors, the Audit Committee
and the Nomination Committee. The day-
to-day work is led by the CEO and a staff of
19 in Lund and Malmö.
5.1 General Assembly
The ordinary General Assembly (föreningsstämma)
was held on 24 April 2034 at Medicinaregatan
Conference Centre in Lund; 118 members were
represented. The Assembly adopted the annual
accounts for 2033, granted discharge to the Board,
set the membership fees for 2035 and elected
the Board and the auditors. An extraordinary
General Assembly on 2 October 2034 (online)
approved the merger with the Kristianstad-based
network Nordost Hälsoteknik.
5.2 Board of Directors
The Board met eight times in 2034. Members
elected or re-elected on 24 April 2034:
Chair: Dr Annika Löfgren Bååth, former CEO,
  Skanör Diagnostics AB
Vice-Chair: Mikael Johansson-Lind, Head of
  Innovation, Region Skåne
Henrik Ask, CFO, Lundbiotek AB
Prof. Leila Haddad, Dean of the Faculty of
  Medicine, Lund University
Sara Ekdahl, CEO, Pulsvåg AB
Per-Ola Mattsson, Director, Malmö Stad
  Näringslivsavdelningen
Dr Benedikt von Arnim, Site Director,""".split("\n")
R1 = """  Kullaberg Pharma Sverige AB
Linnea Sjöberg, employee representative
Stepping down in April 2034 after two terms:
Göran Persson-Ek (Chair 2028–2034) and
Ulla Nordin (Pulsvåg AB). The Board thanks
them for their contribution.
5.3 Audit Committee
The Audit Committee prepares the Board's
work on financial reporting and risk. In 2034
it consisted of Henrik Ask (chair),
Sara Ekdahl and the external member
Karin Wallgren (Revisionsbyrån Öresund KB),
an authorised accountant. It met on
5 February, 14 May, 9 September and
2 December 2034.
Statutory auditor: Åkerlund & Berg Revision AB,
with Magnus Thulin as auditor in charge.
5.4 Nomination Committee
Convener: Elisabet Rydén
(Skånes universitetssjukhus); members:
Ahmed Saleh (MediTech Öresund AB) and
Camilla Borg.
5.5 Management
CEO: Fredrik Nyqvist (since 1 August 2031)
Deputy CEO and Head of Programmes:
  Maja Lindholm
Head of Finance: Oskar Wennberg
Head of Communication: Hanna Ståhl
Lundavia Health Cluster – Annual Report 2034""".split("\n")
P2 = """Lundavia Health Cluster – Annual Report 2034                         14
5.6 Remuneration and conflicts of interest
Board members receive no fee apart from the Chair (SEK 60,000 a year). Members declare interests at each meeting;
in 2034 two declarations were recorded (Pulsvåg AB, Lundbiotek AB) and the members concerned did not take part in
the decisions. The CEO's terms are set by the Board; the CEO does not sit on the Board.
5.7 Key governance decisions 2034
- The Board adopted a revised Code of Conduct on 11 June 2034, following the ECCP guide on cluster governance.
- The merger with Nordost Hälsoteknik took effect on 1 January 2035; its former chair Tove Ahlqvist joins
  the Board as co-opted member until the General Assembly of 2035.
- The Board decided to apply for the ESCA Gold Label in the first half of 2035.
5.8 Calendar 2035
Board meetings: 13 February, 8 April, 17 June, 16 September and 1 December 2035.
Ordinary General Assembly: 23 April 2035, Malmö (Studio Malmö). Notice will be sent by 26 March 2035.
Audit Committee: 4 February, 13 May, 8 September and 1 December 2035.
Lundavia Health Cluster – Annual Report 2034                                                     15""".split("\n")
head = "Lundavia Health Cluster – Annual Report 2034                         13"
n = max(len(L1), len(R1))
L1 += [""] * (n - len(L1)); R1 += [""] * (n - len(R1))
page1 = [head, ""] + [a.ljust(50) + b for a, b in zip(L1, R1)]
txt = "\n".join(page1) + "\n\x0c\n" + "\n".join(P2) + "\n"
open(__import__('os').path.dirname(__file__) + "/../docs/Lundavia_Annual-Report-2034_ch5-governance-pdf.txt", "w").write(txt)
