from h import *
F = 'g14_maribor_wood_cluster_working_groups.txt'
assert wd(2039,3,4)=='Friday' and wd(2039,3,10)=='Thursday' and wd(2039,4,7)=='Thursday' and wd(2039,2,16)=='Wednesday'
T = """Drava Wood & Furniture Cluster — Working groups
https://dwfc.example.si/en/working-groups
Home | About | Members | Working groups | Projects | Events | SI | EN

WORKING GROUPS
Last updated: Friday, 4 March 2039

The Drava Wood & Furniture Cluster (DWFC) in Maribor has five working groups. They are open to all member companies and partner institutions; each group meets at least four times a year, in person or online, and reports to the Management Board. Chairs and co-chairs are appointed by the Management Board for two years on a proposal of the group. The current mandates run from January 2039 to December 2040.

1. TIMBER CONSTRUCTION
Chair: Matej Kranjc, Head of Engineering, Lesnina Gradnja d.o.o., Slovenska Bistrica
Co-chair: Dr. Petra Golob Vrečko, Associate Professor, Faculty of Civil Engineering, Transportation Engineering and Architecture, University of Maribor
Focus: cross-laminated timber for schools and multi-storey housing; fire tests; a common catalogue of details.
Next meeting: Thursday, 10 March 2039, 14:00–16:30, Pohorje Timber Campus, Maribor, with a visit to the new CLT press.

2. FURNITURE DESIGN & DIGITAL PRODUCTION
Chair: Nina Zupan, Design Director, Stolarna Ptuj d.d.
Co-chairs: Gregor Mlakar (Mlakar CNC s.p.) and Ana Hribar, Lecturer, Academy of Design Ljubljana
Focus: configurators, small series production, shared 3D scanning equipment.
Next meeting: Thursday, 7 April 2039, online (MS Teams), 9:00–11:00.

3. BIOECONOMY & RESIDUES
Chair: Dr. Tomaž Šuligoj, Senior Researcher, Slovenian Forestry Institute
Co-chair: Lea Potočnik, Business Development Manager, Energetika Ruše d.o.o.
Focus: sawdust and bark as raw material for bio-based adhesives and pellets; participation in the Interreg Slovenia–Austria project WOODLOOP.
The group held its kick-off workshop on Wednesday, 16 February 2039 at the Maribor Development Agency. Main outcomes:
- Members will map residues from 14 sawmills by June 2039 using one common template.
- A joint pilot for bark-based adhesives with the University of Maribor will be prepared for the call closing in October 2039.
- The group asks the Ministry of Natural Resources and Spatial Planning to simplify the status of sawdust as a by-product.

4. SKILLS & TALENT
Chair: Barbara Kolar, HR Manager, Javor Pivka d.d.
Co-chair: Marko Lešnik, Head Teacher, Wood Technology School Maribor (Lesarska šola Maribor)
Focus: apprenticeships, a summer school for carpenters, retraining of workers from the automotive sector.

5. INTERNATIONAL MARKETS
Chair: Sebastian Pichler-Novak, Export Manager, Hoja Furniture d.o.o.
Co-chair: vacant — candidates please contact the cluster office by 31 March 2039.
Focus: joint stands at the Salone del Mobile in Milan and at the Dach+Holz fair in Stuttgart in 2040; market study for the Nordic countries.
Former co-chair Irena Bezjak (Slovenian Chamber of Commerce and Industry, Wood Processing Association) stepped down in February after being appointed director of that association.

HOW THE GROUPS WORK
Each group agrees its own work plan. The cluster office prepares agendas and minutes and helps groups turn ideas into project proposals. Since 2034 the working groups have prepared 23 project applications, of which 11 were funded, for example the Horizon Europe project TIMBERHAUS and the national programme for wood chain development.

Coordinator of working groups: Urška Verbič, Project Manager, DWFC, urska.verbic@dwfc.example.si, +386 2 000 00 00

Related pages: Management Board | Members | Events calendar | Documents for members (login)

Drava Wood & Furniture Cluster (Grozd lesarstva in pohištva Drava), Partizanska cesta 5, 2000 Maribor, Slovenia
Co-financed by the Republic of Slovenia and the European Union.
Cookies: we use only necessary cookies on this site. OK
"""
write(F, T)
D = "Drava Wood & Furniture Cluster"
gold(F,
 [P("Matej Kranjc","Chair","Lesnina Gradnja d.o.o."),
  P("Petra Golob Vrečko","Co-chair","Faculty of Civil Engineering, Transportation Engineering and Architecture"),
  P("Nina Zupan","Chair","Stolarna Ptuj d.d."),
  P("Gregor Mlakar","Co-chair","Mlakar CNC s.p."),
  P("Ana Hribar","Co-chair","Academy of Design Ljubljana"),
  P("Tomaž Šuligoj","Chair","Slovenian Forestry Institute"),
  P("Lea Potočnik","Co-chair","Energetika Ruše d.o.o."),
  P("Barbara Kolar","Chair","Javor Pivka d.d."),
  P("Marko Lešnik","Co-chair","Wood Technology School Maribor"),
  P("Sebastian Pichler-Novak","Chair","Hoja Furniture d.o.o."),
  P("Irena Bezjak","director","Wood Processing Association"),
  P("Urška Verbič","Coordinator of working groups",D)],
 [O(D,"DWFC"), O("Lesnina Gradnja d.o.o."), O("Faculty of Civil Engineering, Transportation Engineering and Architecture"),
  O("University of Maribor"), O("Stolarna Ptuj d.d."), O("Mlakar CNC s.p."), O("Academy of Design Ljubljana"),
  O("Slovenian Forestry Institute"), O("Energetika Ruše d.o.o."), O("Maribor Development Agency"),
  O("Ministry of Natural Resources and Spatial Planning"), O("Javor Pivka d.d."), O("Wood Technology School Maribor"),
  O("Hoja Furniture d.o.o."), O("Slovenian Chamber of Commerce and Industry"), O("Wood Processing Association"),
  O("European Union")],  # second pass: "Republic of Slovenia" removed (a country)
 [E("Timber Construction working group meeting","2039-03-10",None,"Maribor","Slovenia"),
  E("Furniture Design & Digital Production working group meeting","2039-04-07",None,None,None),
  E("kick-off workshop","2039-02-16",None,"Maribor","Slovenia"),
  E("Salone del Mobile","2040",None,"Milan","Italy"),
  E("Dach+Holz","2040",None,"Stuttgart","Germany")],
 ["2039-03-04","2039-01/2040-12","2039-03-10","2039-04-07","2039-02-16","2039-06","2039-10","2039-03-31","2040","2039-02","2034"],
 ["Members will map residues from 14 sawmills by June 2039 using one common template",
  "A joint pilot for bark-based adhesives with the University of Maribor will be prepared for the call closing in October 2039",
  "The group asks the Ministry of Natural Resources and Spatial Planning to simplify the status of sawdust as a by-product"],
 "2039-03-04")
