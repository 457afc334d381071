from h import *
F = 'g05_eindhoven_hightech_appointment.md'
assert wd(2040,1,9)=='Monday' and wd(2040,2,1)=='Wednesday' and wd(2040,1,26)=='Thursday'
T = """Brainport Precision Cluster › News › Organisation

# Maartje van Kessel appointed managing director; Hans Verbeek says goodbye after fourteen years

**Eindhoven, 9 January 2040** – *by Sanne Koolen, communications*

The board of the Brainport Precision Cluster has appointed Maartje van Kessel (46) as its new managing director. She will take up her position on Wednesday 1 February 2040 and succeeds Hans Verbeek, who has led the cluster organisation since 2026 and retires at the end of January.

Van Kessel comes from the High Tech Systems Centre of Eindhoven University of Technology (TU/e), where she has been business director since 2035. Earlier in her career she worked for eleven years at ASML, most recently as programme manager for supplier development, and spent three years at the Netherlands Enterprise Agency (RVO) as senior adviser for the public–private partnerships of the Top Sector High Tech Systems and Materials.

"Maartje knows both sides of our ecosystem: the large system integrators and the hundreds of small suppliers who make their machines possible," said board chair Erik-Jan Hoogendoorn (VDL Enabling Technologies Group). "The selection committee was unanimous. She brings exactly the mix of industrial experience and public funding expertise the cluster needs for its next phase."

Van Kessel said she was looking forward to the job: "The precision industry in this region has grown enormously, but the shortage of technicians and the pressure on supply chains are real. I want the cluster to be the place where suppliers solve those problems together rather than compete for the same people."

The selection committee consisted of Erik-Jan Hoogendoorn, vice-chair Yvonne Bruggink (NTS Group) and Ruud Aarts on behalf of the Brainport Development agency. The recruitment was supported by the search firm Lindhout & Partners.

## A farewell to Hans Verbeek

When Hans Verbeek started in 2026, the cluster had 38 members and an office of two people above a bicycle shop in Strijp-S. Today it has 212 members, a team of nine and a joint training centre, the Precision Skills Lab in Helmond, which opened in 2033. Verbeek was one of the founders of the cross-border cooperation with the Flemish cluster Flanders Make and the German Netzwerk Präzisionstechnik Aachen, and chaired the European Photonics and Precision Alliance from 2034 to 2037.

Colleagues remember him for his handwritten thank-you cards and for the yearly "Supplier Day" he introduced in 2028, which now attracts more than 900 visitors. "Hans never forgot that a cluster is about people who trust each other," said Ingrid Lemmens, the cluster's longest-serving employee and head of the membership team.

Verbeek will stay on until June as adviser to the board for the Dutch national growth fund programme on semiconductor equipment. After that, he says, he plans to "finally learn to sail properly".

## Farewell reception

Members and partners are invited to a farewell reception for Hans Verbeek on **Thursday 26 January 2040, 16:00–19:00**, at the Evoluon in Eindhoven. A short programme with speeches by Erik-Jan Hoogendoorn and the alderman for economic affairs of the City of Eindhoven, Fatima Ouali, starts at 16:30. Please register before 20 January via events@brainportprecision.nl. Instead of gifts, Hans asks for a contribution to the scholarship fund of the Summa College technical school.

## Contact

Press: Sanne Koolen, +31 40 751 22 09, press@brainportprecision.nl

---

*Photo: Maartje van Kessel (left) and Hans Verbeek at the High Tech Campus. © Brainport Precision Cluster / Bart van Overbeeke*

Tags: organisation · board · team

**Read also**
- Supplier Day 2039 breaks visitor record (14 October 2039)
- New members in the fourth quarter (2 January 2040)
- Cluster strategy 2040–2044 adopted by general assembly (12 December 2039)

[Subscribe to the newsletter](/newsletter) · [LinkedIn](https://linkedin.com) · © 2040 Brainport Precision Cluster · Privacy · Cookies
"""
write(F, T)
C='Brainport Precision Cluster'
gold(F,
 [P("Maartje van Kessel","managing director",C), P("Hans Verbeek","adviser to the board",C),
  P("Sanne Koolen","communications",C), P("Erik-Jan Hoogendoorn","board chair",C), P("Yvonne Bruggink","vice-chair",C),
  P("Ruud Aarts",None,"Brainport Development"), P("Ingrid Lemmens","head of the membership team",C),
  P("Fatima Ouali","alderman for economic affairs","City of Eindhoven"), P("Bart van Overbeeke",None,None)],
 [O(C), O("High Tech Systems Centre"), O("Eindhoven University of Technology","TU/e"), O("ASML"),
  O("Netherlands Enterprise Agency","RVO"), O("VDL Enabling Technologies Group"), O("NTS Group"), O("Brainport Development"),
  O("Lindhout & Partners"), O("Precision Skills Lab"), O("Flanders Make"), O("Netzwerk Präzisionstechnik Aachen"),
  O("European Photonics and Precision Alliance"), O("City of Eindhoven"), O("Summa College")],
 [E("farewell reception for Hans Verbeek","2040-01-26",None,"Eindhoven","Netherlands"),
  E("Supplier Day 2039",None,None,None,None)],
 ["2040-01-09","2040-02-01","2026","2035","2033","2034/2037","2028","2040-01-26","2040-01-20","2039-10-14","2040-01-02","2039-12-12","2040/2044","2040-01","2040-06"],
 [], "2040-01-09")
