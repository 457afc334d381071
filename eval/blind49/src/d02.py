from g import save
T='''# SAVE THE DATE — Convention annuelle 2034 du pôle Sylvabois Aquitaine

*Publié le 12 juin 2034 — Rubrique : Agenda du pôle*

Accueil › Actualités › Agenda › Convention annuelle 2034

**Réservez dès maintenant votre journée du jeudi 12 octobre 2034 !**

Le pôle de compétitivité **Sylvabois Aquitaine** réunira ses adhérents, ses partenaires financeurs et les acteurs de la filière forêt-bois-papier de Nouvelle-Aquitaine pour sa **8e Convention annuelle**, au Palais des Congrès d'Arcachon, de 9h00 à 22h30.

Cette année, le thème retenu est : **« Construire en bois, construire demain : massifier sans épuiser la forêt »**. Après un été 2033 marqué par les incendies dans les Landes, et alors que la Région Nouvelle-Aquitaine révise sa feuille de route bioéconomie 2030-2035, la convention veut ouvrir un dialogue franc entre sylviculteurs, industriels de la première transformation, architectes et maîtres d'ouvrage.

## Au programme

**9h00 – Accueil café et ouverture du village des exposants** (38 stands d'adhérents)

**9h45 – Séance plénière d'ouverture**
- Mot d'accueil de **Bénédicte LARROQUE-ESPIL**, présidente du pôle Sylvabois Aquitaine et directrice générale de Larroque Charpentes SAS
- Intervention de **Yannick Dufau-Marsan**, vice-président de la Région Nouvelle-Aquitaine en charge de la forêt et de la filière bois
- Grand témoin : **Ingrid Holmsen**, architecte associée chez Fjordark AS (Bergen), qui a conduit la construction d'un immeuble de bureaux de quatorze étages en bois lamellé-croisé

**11h00 – Table ronde : « La ressource suivra-t-elle ? »**
Animée par **Cyprien de Laborde**, délégué général du pôle, avec des représentants de l'ONF, du Centre Régional de la Propriété Forestière Nouvelle-Aquitaine (CRPF) et de l'interprofession.

**12h30 – Déjeuner-buffet et rendez-vous d'affaires** (pré-réservés sur la plateforme de la convention)

## 14h00 – 16h30 : quatre ateliers en parallèle

1. **Atelier A – Bois local dans la commande publique** : retours d'expérience de trois collectivités girondines ; animé par **Maëlle Testemale** (chargée de mission construction, Sylvabois Aquitaine)
2. **Atelier B – Chimie verte et coproduits** : de l'écorce aux résines biosourcées ; avec **Arnaud Peyrehorade**, directeur R&D de Résinéo SA, et l'Institut technologique FCBA
3. **Atelier C – Compétences et recrutement** : comment attirer les jeunes vers les scieries ? En partenariat avec le Campus des métiers et des qualifications Forêt-Bois d'Égletons (Corrèze)
4. **Atelier D – Financer l'innovation** : guichets régionaux, France 2030 et appels européens, présenté par **Sophie Etcheverry-Lanne**, chargée d'affaires innovation chez Bpifrance Bordeaux

**17h00 – Remise des Trophées de l'innovation Sylvabois 2034** (trois catégories : produit, procédé, démarche collective). Dépôt des dossiers de candidature jusqu'au **15 septembre 2034**.

**18h00 – Assemblée générale ordinaire des adhérents** (réservée aux membres à jour de cotisation ; convocation envoyée début septembre)

**19h30 – Cocktail dînatoire** sur la terrasse face au bassin, offert par nos partenaires, avec une dégustation de vins de Graves.

**22h30 – Fin de la journée**

## Informations pratiques

- **Date** : jeudi 12 octobre 2034
- **Lieu** : Palais des Congrès, Boulevard Veyrier-Montagnères, 33120 Arcachon
- **Inscriptions** : ouverture le 1er septembre 2034 ; gratuit pour les adhérents, 120 € HT pour les non-adhérents
- **Navette** depuis la gare d'Arcachon à partir de 8h30
- **Contact** : Maëlle Testemale — evenements@sylvabois-aquitaine.example — 05 56 00 00 00

## Pour mémoire : nos dernières conventions

- 2033 : Mont-de-Marsan, « Forêt et climat : s'adapter vite » (420 participants)
- 2032 : Limoges, « Le bois dans l'industrie du futur »
- 2031 : Pau, « Feuillus : la ressource oubliée »

Vous souhaitez exposer ou devenir partenaire de l'événement ? Les offres de partenariat (stand, visibilité, sponsoring du cocktail) sont disponibles jusqu'au 30 juin 2034.

*Avec le soutien de la Région Nouvelle-Aquitaine, de l'État (DREETS) et de l'Union européenne (FEDER).*

---
Partager : LinkedIn · Facebook · Courriel
Mentions légales · Politique de confidentialité · Gérer les cookies
'''
save('save-the-date-convention-sylvabois-2034.md',T,'2034-06-12',
[('Bénédicte LARROQUE-ESPIL','présidente','Sylvabois Aquitaine'),
 ('Yannick Dufau-Marsan','vice-président','Région Nouvelle-Aquitaine'),
 ('Ingrid Holmsen','architecte associée','Fjordark AS'),
 ('Cyprien de Laborde','délégué général','Sylvabois Aquitaine'),
 ('Maëlle Testemale','chargée de mission construction','Sylvabois Aquitaine'),
 ('Arnaud Peyrehorade','directeur R&D','Résinéo SA'),
 ('Sophie Etcheverry-Lanne','chargée d\'affaires innovation','Bpifrance Bordeaux')],
[('Sylvabois Aquitaine',None),('Larroque Charpentes SAS',None),('Région Nouvelle-Aquitaine',None),('Fjordark AS',None),
 ('ONF',None),('Centre Régional de la Propriété Forestière Nouvelle-Aquitaine','CRPF'),('Résinéo SA',None),
 ('Institut technologique FCBA',None),('Campus des métiers et des qualifications Forêt-Bois d\'Égletons',None),
 ('Bpifrance Bordeaux',None),('DREETS',None)],
[('8e Convention annuelle','2034-10-12','2034-10-12','Arcachon','France'),
 ('Assemblée générale ordinaire des adhérents','2034-10-12','2034-10-12','Arcachon','France'),
 ('Convention annuelle 2033','2033','2033','Mont-de-Marsan','France'),
 ('Convention annuelle 2032','2032','2032','Limoges','France'),
 ('Convention annuelle 2031','2031','2031','Pau','France')],
['2034-06-12','2034-10-12','2033','2030/2035','2034-09-15','2034-09','2034-09-01','2032','2031','2034-06-30'],[])
