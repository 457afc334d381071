from mk import build
build('vendsyssel-foedevaredage-tidligere-udgaver','vendsyssel-foedevaredage-tidligere-udgaver.md','2034-01-12', """
Mette Vinding Poulsen|klyngedirektør|Food Tech Nord
Søren Kjærgaard|borgmester|Hjørring Kommune
Lene Holm Østergaard|professor|Aalborg Universitet
Jens-Erik Brøndum|administrerende direktør|Vendsyssel Havprotein A/S
Astrid Nyhus|seniorforsker|Nofima
Ingrid Lindqvist-Mäkelä||Business Finland
Karen Bach Sørensen|erhvervsminister|
Pieter De Smedt||DG GROW
Anne-Marie Vestergaard Ravn|formand|Landbrug & Fødevarer
Thomas Ørum-Jensen||Arla Foods
Sofie Kragh Laursen|projektleder|Food Tech Nord
""","""
Food Tech Nord
Hjørring Kommune
Frederikshavn Kommune
Brønderslev Kommune
Region Nordjylland
Erhvervshus Nordjylland
Aalborg Universitet
Hjørring Erhvervsakademi|UCN
Institut for Kemi og Biovidenskab
Vendsyssel Havprotein A/S
Nofima
Business Finland
Europa-Kommissionen
DG GROW
Landbrug & Fødevarer
Arla Foods
Skagen Turistforening
Skagen Fiskerestaurant
Skagen Bryghus
Danmarks Eksport- og Investeringsfond|EIFO
Innovationsfonden
""","""
Vendsyssel Fødevaredage 2034|2034-09-07|2034-09-08|Hjørring|Denmark
klyngemiddag|2034-09-07|2034-09-07|Hjørring|Denmark
virksomhedsbesøg|2034-09-08|2034-09-08||
Vendsyssel Fødevaredage (2033 edition)|2033-09-14|2033-09-15|Frederikshavn|Denmark
Vendsyssel Fødevaredage (2032 edition)|2032-09-08|2032-09-09|Brønderslev|Denmark
Vendsyssel Fødevaredage (2031 edition)|2031|2031|Skagen|Denmark
Vendsyssel Fødevaredage (2030 edition)|2030|2030|Sæby|Denmark
Vendsyssel Fødevaredage (2029 edition)|2029|2029|Hjørring|Denmark
Vendsyssel Fødevaredage (2028 edition)|2028|2028|Hirtshals|Denmark
Vendsyssel Fødevaredage (2026 edition)|2026|2026|Hjørring|Denmark
""","2026 2034-01-12 2034-09-07/2034-09-08 2034-05-01 2034-08-25 2033 2032 2031 2030 2029 2028 2027 2033-09-14/2033-09-15 2032-09-08/2032-09-09 2034")
