from g import write
T = """# Contact points by country

**ALPNET – European Network of Outdoor and Mountain Sports Clusters**

Home › Network › Contact points

Each member country has one national contact point (NCP) who answers enquiries from companies, relays calls for
partners and coordinates national participation in network activities. Where a country has two member clusters,
the second one provides a deputy contact point.

*Table status: 1 October 2035. Changes are announced in the network newsletter.*

| Country | Contact point | Organisation | E-mail |
|---|---|---|---|
| Austria | Mag. Verena PICHLER, cluster manager | Outdoor Cluster Tirol (OCT) | pichler@oct.example |
| France | Guillaume ROUSSET-BRIANÇON, chargé de mission international | Pôle Montagne Alpes (PMA) | g.rousset@pma.example |
| France (deputy) | Claire Vignon, project officer | Pyrénées Outdoor Network | c.vignon@pon.example |
| Germany | Florian HUBER | Bergsport Allgäu e.V. | huber@bergsport-allgaeu.example |
| Italy | Giulia dell'Agnola, responsabile progetti europei | Dolomiti Outdoor Lab S.c.a.r.l. | g.dellagnola@dol.example |
| Norway | Eirik Haugland, daglig leder | Fjellklyngen AS | eirik@fjellklyngen.example |
| Poland | Katarzyna Zawadzka-Gąsienica | Klaster Górski Podhale | kontakt@kgp.example |
| Slovakia | Ing. Martin Krajči, PhD., manager | Tatra Outdoor Cluster (TOC) | krajci@toc.example |
| Spain | Iñaki Arrieta Zubiri | Basque Outdoor Cluster – Kanpoko Kluster | inaki@kk.example |
| Switzerland | Nicolas Fournier-Zbinden, head of innovation | Swiss Mountain Tech Association (SMTA) | fournier@smta.example |

**Network office (coordination):** ALPNET secretariat at Outdoor Cluster Tirol, Innsbruck – Lena Moosbrugger,
network coordinator, office@alpnet.example

**Next NCP meeting:** online, 12 November 2035, 14:00–15:30 CET. The annual network meeting 2036 will be hosted by
Fjellklyngen AS in Lillehammer, 4–6 March 2036, alongside the ISPO-style trade show "Nordic Outdoor Expo".

New contact points since the last update (March 2035): Norway (Eirik Haugland replaces Silje Bakke) and Spain.
"""
write("alpnet-contact-points-by-country.md", T, pub=None,
 people=[("Verena PICHLER","cluster manager","Outdoor Cluster Tirol"),
  ("Guillaume ROUSSET-BRIANÇON","chargé de mission international","Pôle Montagne Alpes"),
  ("Claire Vignon","project officer","Pyrénées Outdoor Network"),("Florian HUBER",None,"Bergsport Allgäu e.V."),
  ("Giulia dell'Agnola","responsabile progetti europei","Dolomiti Outdoor Lab S.c.a.r.l."),
  ("Eirik Haugland","daglig leder","Fjellklyngen AS"),("Katarzyna Zawadzka-Gąsienica",None,"Klaster Górski Podhale"),
  ("Martin Krajči","manager","Tatra Outdoor Cluster"),("Iñaki Arrieta Zubiri",None,"Basque Outdoor Cluster – Kanpoko Kluster"),
  ("Nicolas Fournier-Zbinden","head of innovation","Swiss Mountain Tech Association"),
  ("Lena Moosbrugger","network coordinator","ALPNET"),("Silje Bakke",None,None)],
 orgs=[("European Network of Outdoor and Mountain Sports Clusters","ALPNET"),("Outdoor Cluster Tirol","OCT"),("Pôle Montagne Alpes","PMA"),
  ("Pyrénées Outdoor Network",None),("Bergsport Allgäu e.V.",None),("Dolomiti Outdoor Lab S.c.a.r.l.",None),("Fjellklyngen AS",None),
  ("Klaster Górski Podhale",None),("Tatra Outdoor Cluster","TOC"),("Basque Outdoor Cluster – Kanpoko Kluster",None),
  ("Swiss Mountain Tech Association","SMTA")],
 events=[("NCP meeting","2035-11-12","2035-11-12",None,None),
  ("annual network meeting 2036","2036-03-04","2036-03-06","Lillehammer","Norway"),
  ("Nordic Outdoor Expo","2036-03-04","2036-03-06","Lillehammer","Norway")],
 dates=["2035-10-01","2035-11-12","2036-03-04/2036-03-06","2035-03"])
