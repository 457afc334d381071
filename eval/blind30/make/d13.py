from g import *
N = "press-kit-contacts-andalucia-aerospace-summit.md"
doc(N, """Andalusian Aerospace Summit 2034 · Press kit

[About the summit](#) · [Programme](#) · [Photos & logos](#) · **Contacts** · [Accreditation](#)

# Press contacts

Journalists are welcome at the Andalusian Aerospace Summit, 11–12 June 2034, FIBES Conference Centre, Seville. Accreditation closes on 4 June 2034.

## Press office

**Rocío Castaño Villalba**
Press officer, Clúster Aeroespacial del Guadalquivir (CAG)
+34 600 000 111 · prensa@cag.example

**Javier Moreno Ortiz**
Press office assistant (accreditation, photo requests)
+34 600 000 112

## Spokespersons

The following people are available for interviews during the summit:

- **Inmaculada Rivas Ordóñez**, president of CAG – on the regional aerospace strategy and the summit
- **Alberto Salcedo**, managing director of the cluster – on supply chain, skills and the new member programme
- **Dr. María José Ledesma**, director of the Advanced Manufacturing Centre (FAMEC) – on automation and composites
- **François Delorme**, head of procurement, Aerolithe SAS (Toulouse) – on European buyers' expectations

For questions on the European programmes please contact the Andalusian Agency for Development and Innovation (ANDI): **Pilar Gómez de la Serna**, communication officer, pgomez@andi.example

*Last updated: 20 May 2034*

© Clúster Aeroespacial del Guadalquivir · Legal notice · Privacy policy · Cookies
""")
gold(N, "2034-05-20",
 [P("Rocío Castaño Villalba","Press officer","Clúster Aeroespacial del Guadalquivir"),
  P("Javier Moreno Ortiz","Press office assistant","Clúster Aeroespacial del Guadalquivir"),
  P("Inmaculada Rivas Ordóñez","president","CAG"), P("Alberto Salcedo","managing director","CAG"),
  P("María José Ledesma","director","Advanced Manufacturing Centre"), P("François Delorme","head of procurement","Aerolithe SAS"),
  P("Pilar Gómez de la Serna","communication officer","Andalusian Agency for Development and Innovation")],
 [O("Clúster Aeroespacial del Guadalquivir","CAG"), O("Advanced Manufacturing Centre","FAMEC"), O("Aerolithe SAS"),
  O("Andalusian Agency for Development and Innovation","ANDI")],
 [E("Andalusian Aerospace Summit 2034","2034-06-11","2034-06-12","Seville","Spain")],
 ["2034-06-11/2034-06-12","2034-06-04","2034-05-20"], [])
