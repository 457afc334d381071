from h3 import *
for d, w in [('2041-10-15','Tue'),('2041-10-16','Wed'),('2041-10-17','Thu')]: wd(d, w)
ECCP = "European Cluster Collaboration Platform"
DG = "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
gold("g02_eccp_medtech_matchmaking_series.html", None,
 [P("Katarina Novak-Žužek", "Head of Unit for Industrial Ecosystems and Clusters", DG),
  P("Salvatore Lo Bianco", "Regional Councillor for Productive Activities", None),
  P("Youssef El Amrani", "managing director", "Cluster Agroalimentaire du Souss"),
  P("Birgitte Aagaard-Nielsen", "team leader", ECCP)],
 [O(ECCP, "ECCP"), O("European Commission"), O("Distretto Agroalimentare di Sicilia"), O("Regione Siciliana"),
  O(DG, "DG GROW"), O("Agencia Andaluza del Conocimiento"), O("Cluster Agroalimentaire du Souss"), O("PortugalFoods")],
 [E("eighth Med-Cluster Matchmaking Days", "2041-10-15", "2041-10-17", "Palermo", "Italy"),
  E("welcome reception", "2041-10-15", city="Palermo", country="Italy"),
  E("B2B meetings", "2041-10-16", city="Palermo", country="Italy"),
  E("company visits", "2041-10-17", country="Italy"),
  E("7th Med-Cluster Matchmaking Days", "2040-10-09", "2040-10-10", "Granada", "Spain"),
  E("6th Med-Cluster Matchmaking Days", "2039-10-03", "2039-10-04", "Kalamata", "Greece"),
  E("5th Med-Cluster Matchmaking Days", "2038-09", city="Tunis", country="Tunisia"),
  E("4th Med-Cluster Matchmaking Days", "2037"),
  E("follow-up webinar", "2042-01")],
 ["2041-10-15/2041-10-17", "2041-10-15", "2041-10-16", "2041-10-17", "2041-08", "2041-07-01", "2041-09-19",
  "2040-10-09/2040-10-10", "2039-10-03/2039-10-04", "2038-09", "2037", "2040", "2042-01"],
 ["Cluster cooperation across the Mediterranean needs multi-annual funding, not single events",
  "Water scarcity is the common challenge that unites agri-food clusters on both shores",
  "Clusters should involve vocational schools in joint projects from the start",
  "Visa procedures remain the main barrier for participants from partner countries"])
