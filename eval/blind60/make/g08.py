from h import *
F = 'premis-innovacio-agroalimentaria-girona-2034-ca.txt'
T = f"""Inici > Actualitat > Notícies

El Clúster Agroalimentari de les Comarques Gironines lliura els Premis a la Innovació 2034

Girona, {['dilluns','dimarts','dimecres','dijous','divendres','dissabte','diumenge'][__import__('datetime').date(2034,11,24).weekday()]} 24 de novembre de 2034

La desena edició dels Premis a la Innovació Agroalimentària, organitzats pel Clúster Agroalimentari de les Comarques Gironines (CACG), es va celebrar ahir al vespre a l'Auditori de Girona, amb la participació de més de 350 persones del sector. L'acte va ser presentat per la periodista Mariona Puigcercós i va comptar amb la presència de la consellera d'Agricultura, Ramaderia, Pesca i Alimentació de la Generalitat de Catalunya, Hble. Sra. Montserrat Coll i Batlle, i de l'alcalde de Girona, Sr. Pere-Joan Sureda Massanas.

En el seu parlament, el president del clúster, Sr. Enric Vilaseca i Roura, va recordar que els premis van néixer l'any 2025 "per fer visible la innovació discreta de les petites empreses de l'interior" i va destacar que enguany s'hi han presentat 64 candidatures, un rècord. La gerent del clúster, Dra. Laia Comas Ferrer, va agrair la feina del jurat i dels patrocinadors, especialment de Caixa Rural de l'Empordà i de la Diputació de Girona.

EL JURAT

El jurat d'aquesta edició ha estat format per:

- Dra. Teresa Albó i Serra, presidenta del jurat, catedràtica de Tecnologia dels Aliments de la Universitat de Girona (UdG)
- Sr. Joan Carles Riera-Pujol, director de l'Institut de Recerca i Tecnologia Agroalimentàries (IRTA)
- Sra. Hélène Dubois-Marty, directora del pol de competitivitat Vitagora (Dijon, França)
- Sr. Arnau Vendrell, cap del Servei d'Innovació Empresarial d'ACCIÓ – Agència per la Competitivitat de l'Empresa
- Sra. Sílvia de la Rosa Martí, periodista gastronòmica de Ràdio Girona
- Sr. Lorenzo Bianchi, responsable de clústers del Parc Agroalimentare di Parma (Itàlia)

El jurat es va reunir el 30 d'octubre de 2034 al Parc Científic i Tecnològic de la UdG i va valorar les candidatures segons quatre criteris: grau d'innovació, impacte en el territori, sostenibilitat i potencial de mercat.

ELS GUANYADORS

Premi a la Innovació de Producte: Formatgeria Can Garriga, SL (Besalú), per un formatge d'ovella madurat amb fongs autòctons de la Garrotxa. Va recollir el premi la seva fundadora, Sra. Rosa Garriga i Planas.

Premi a la Innovació de Procés: Conserves Costa Brava, SA (Palamós), per un sistema d'esterilització amb recuperació de calor que redueix un 38 % el consum d'energia. Recollí el guardó el director tècnic, Sr. Oriol Fontanella.

Premi a la Sostenibilitat: Cooperativa Agrícola de l'Empordà, SCCL (Torroella de Montgrí), pel projecte de reaprofitament de pell de poma per a envasos compostables. El president de la cooperativa, Sr. Narcís Bosch i Ribas, va dedicar el premi "als pagesos que han cregut en el projecte des del primer dia".

Premi Jove Empresa: Insectum Nutrició, SL (Salt), startup fundada el 2032 per Aina Roig-Santaló i Marc Oliveras, que produeix proteïna a partir de larves alimentades amb subproductes de l'horta.

Premi d'Honor: Sr. Josep Maria Prats i Coromina, fundador de Embotits Prats, que es jubila després de cinquanta anys al capdavant de l'empresa i que va ser un dels membres fundadors del clúster el 2016.

Menció especial del jurat: Escola Agrària de Fortianell, pel programa de formació dual en indústries alimentàries.

PROPERES CITES

Els guanyadors participaran a l'estand col·lectiu del clúster a la fira Alimentaria, que tindrà lloc a Barcelona del 12 al 15 d'abril de 2035. A més, la Jornada d'Innovació del CACG se celebrarà el 19 de febrer de 2035 al Palau de Congressos de Girona, amb una taula rodona amb els guanyadors d'enguany.

La convocatòria de la propera edició s'obrirà el maig de 2035.

ENGLISH SUMMARY

The Girona agri-food cluster (CACG) presented its 10th Innovation Awards on 23 November 2034 at the Auditori de Girona. The jury, chaired by Dr. Teresa Albó i Serra (University of Girona), selected Formatgeria Can Garriga (product), Conserves Costa Brava (process), Cooperativa Agrícola de l'Empordà (sustainability) and Insectum Nutrició (young company); the honorary award went to Josep Maria Prats i Coromina.

Comparteix: Facebook · LinkedIn · X · Correu
Etiquetes: premis, innovació, agroalimentari, Girona
"""
write(F, T)
C = "Clúster Agroalimentari de les Comarques Gironines"
gold(F, [
 P("Mariona Puigcercós", "periodista", None),
 P("Montserrat Coll i Batlle", "consellera d'Agricultura, Ramaderia, Pesca i Alimentació", "Generalitat de Catalunya"),
 P("Pere-Joan Sureda Massanas", "alcalde de Girona", None),
 P("Enric Vilaseca i Roura", "president", C),
 P("Laia Comas Ferrer", "gerent", C),
 P("Teresa Albó i Serra", "presidenta del jurat", "Universitat de Girona"),
 P("Joan Carles Riera-Pujol", "director", "Institut de Recerca i Tecnologia Agroalimentàries"),
 P("Hélène Dubois-Marty", "directora", "Vitagora"),
 P("Arnau Vendrell", "cap del Servei d'Innovació Empresarial", "ACCIÓ – Agència per la Competitivitat de l'Empresa"),
 P("Sílvia de la Rosa Martí", "periodista gastronòmica", "Ràdio Girona"),
 P("Lorenzo Bianchi", "responsable de clústers", "Parc Agroalimentare di Parma"),
 P("Rosa Garriga i Planas", "fundadora", "Formatgeria Can Garriga, SL"),
 P("Oriol Fontanella", "director tècnic", "Conserves Costa Brava, SA"),
 P("Narcís Bosch i Ribas", "president", "Cooperativa Agrícola de l'Empordà, SCCL"),
 P("Aina Roig-Santaló", None, "Insectum Nutrició, SL"),
 P("Marc Oliveras", None, "Insectum Nutrició, SL"),
 P("Josep Maria Prats i Coromina", "fundador", "Embotits Prats"),
], [
 O(C, "CACG"), O("Generalitat de Catalunya"), O("Caixa Rural de l'Empordà"), O("Diputació de Girona"),
 O("Universitat de Girona", "UdG"), O("Institut de Recerca i Tecnologia Agroalimentàries", "IRTA"), O("Vitagora"),
 O("ACCIÓ – Agència per la Competitivitat de l'Empresa"), O("Ràdio Girona"), O("Parc Agroalimentare di Parma"),
 O("Parc Científic i Tecnològic de la UdG"), O("Formatgeria Can Garriga, SL"), O("Conserves Costa Brava, SA"),
 O("Cooperativa Agrícola de l'Empordà, SCCL"), O("Insectum Nutrició, SL"), O("Embotits Prats"), O("Escola Agrària de Fortianell"),
], [
 E("desena edició dels Premis a la Innovació Agroalimentària", "2034-11-23", "2034-11-23", "Girona", "Spain"),
 E("reunió del jurat", "2034-10-30", "2034-10-30", "Girona", "Spain"),
 E("Alimentaria", "2035-04-12", "2035-04-15", "Barcelona", "Spain"),
 E("Jornada d'Innovació del CACG", "2035-02-19", "2035-02-19", "Girona", "Spain"),
], ["2034-11-24", "2034-11-23", "2025", "2034-10-30", "2032", "2016", "2035-04-12/2035-04-15", "2035-02-19", "2035-05"], pub="2034-11-24")
