from common import *
t = """COMMUNIQUÉ DE PRESSE
Nantes, le 12 mars 2033

Le pôle de compétitivité Ligéria Composites Marins élit son nouveau President et renouvelle son Board

Réuni en Assemblée Générale le 7 mars 2033 à la Cité des Congrès de Nantes, le pôle de compétitivité Ligéria Composites Marins (LCM) a renouvelé un tiers de son conseil d'administration. À l'issue de l'Assemblée, le nouveau Board s'est réuni et a élu à l'unanimité Hélène Le Goff-Rivière, Chief Executive Officer de la société Nautiform SAS (Saint-Nazaire), au poste de President du pôle pour un mandat de trois ans (2033–2036). Elle succède à Bertrand Quéméner, qui présidait le pôle depuis 2027 et qui reste membre du Board au titre du collège des grandes entreprises.

Ingénieure de formation, passée par les chantiers navals et par l'Institut de Recherche Technologique Jules Verne, Hélène Le Goff-Rivière dirige depuis 2029 Nautiform, PME de 140 salariés spécialisée dans les coques et superstructures en composites biosourcés. « Notre filière a prouvé qu'elle savait innover ; elle doit maintenant industrialiser. Je veux que le pôle soit le lieu où une PME trouve, en une semaine, un laboratoire, un client et un financement », a-t-elle déclaré devant les adhérents.

Le nouveau bureau

Autour de la President, le Board a désigné son bureau :
- Vice-President (collège PME) : Yannick Tanguy, Managing Director, Ker Résines SARL
- Vice-President (collège recherche et formation) : Pr. Claire Moreau-Diallo, Director of the GeM laboratory, Nantes Université
- Treasurer : Olivier Bénéteau-Pichon, CFO, Atlantique Gréements SA
- Secretary : Sandrine Audebert, Head of Innovation, Chantiers de l'Erdre SAS

Entrent au Board : Maëlle Guillou, CEO of Voilerie Numérique SAS ; Karim Benhaddou, R&D Director, Composites Océan Industrie SA ; Anne-Sophie Lemarchand, représentante de la CCI Nantes St-Nazaire. Quittent le Board : Jean-Marc Baudry (Loire Plaisance SA) et Thierry Gautreau, dont le mandat arrivait à échéance.

L'équipe opérationnelle, dirigée par Gwenaëlle Kerbrat, Managing Director du pôle depuis 2031, reste inchangée. Elle compte onze permanents répartis entre Nantes et Lorient.

Feuille de route 2033–2036

Le Board a fixé trois priorités pour le mandat : le recyclage des composites en fin de vie, la montée en cadence des chantiers de la région et l'ouverture européenne du pôle, notamment via un partenariat avec le réseau Composites Europe Alliance. Le pôle prépare à cet effet sa candidature au label or de l'European Secretariat for Cluster Analysis (ESCA), attendue pour fin 2034.

« Bertrand a conduit le pôle à travers la quatrième phase de la politique des pôles avec beaucoup de constance. Nous lui devons notre labellisation et nos 230 adhérents », a souligné Gwenaëlle Kerbrat.

Prochain rendez-vous : les Rencontres Composites & Mer, les 18 et 19 juin 2033 à Lorient, dont la session d'ouverture sera présidée par la nouvelle President.

À propos de Ligéria Composites Marins
Créé en 2006, le pôle fédère 230 adhérents (entreprises, laboratoires, écoles) des Pays de la Loire et de Bretagne sud autour des matériaux composites pour le nautisme, les énergies marines et le naval. Il est soutenu par la Région Pays de la Loire et l'État.

Contact presse : Léa Roussel, Communication Officer – presse@ligeria-composites.example – 02 40 00 00 00
"""
save("CP_Ligeria-Composites-Marins_nouvelle-presidence-2033.txt", t, "2033-03-12",
 people=[P("Hélène Le Goff-Rivière","President","Ligéria Composites Marins"),
  P("Bertrand Quéméner",None,"Ligéria Composites Marins"),
  P("Yannick Tanguy","Vice-President","Ligéria Composites Marins"),
  P("Claire Moreau-Diallo","Vice-President","Ligéria Composites Marins"),
  P("Olivier Bénéteau-Pichon","Treasurer","Ligéria Composites Marins"),
  P("Sandrine Audebert","Secretary","Ligéria Composites Marins"),
  P("Maëlle Guillou","CEO","Voilerie Numérique SAS"),
  P("Karim Benhaddou","R&D Director","Composites Océan Industrie SA"),
  P("Anne-Sophie Lemarchand",None,"CCI Nantes St-Nazaire"),
  P("Jean-Marc Baudry",None,"Loire Plaisance SA"),
  P("Thierry Gautreau"),
  P("Gwenaëlle Kerbrat","Managing Director","Ligéria Composites Marins"),
  P("Léa Roussel","Communication Officer",None)],
 orgs=[O("Ligéria Composites Marins","LCM"),O("Nautiform SAS"),O("Institut de Recherche Technologique Jules Verne"),O("GeM laboratory"),
  O("Ker Résines SARL"),O("Nantes Université"),O("Atlantique Gréements SA"),O("Chantiers de l'Erdre SAS"),
  O("Voilerie Numérique SAS"),O("Composites Océan Industrie SA"),O("CCI Nantes St-Nazaire"),O("Loire Plaisance SA"),
  O("Composites Europe Alliance"),O("European Secretariat for Cluster Analysis","ESCA"),O("Région Pays de la Loire")],
 events=[E("Assemblée Générale","2033-03-07",None,"Nantes","France"),
  E("Rencontres Composites & Mer","2033-06-18","2033-06-19","Lorient","France")],
 dates=["2033-03-12","2033-03-07","2033/2036","2027","2029","2031","2034","2033-06-18/2033-06-19","2006"])
