"""Rule family "name words of other languages" (data/org_name_words.txt): joiners inside a name, organisation
words that open a name, lower-case organisation words inside a name (org_context.is_headed,
org_lower_heads.py), and company names closed by a legal form whose name holds a joiner or a particle
(legal_forms.py)."""
from __future__ import annotations

import pytest


def orgs(result) -> set[str]:
    return {o.name for o in result.organisations}


@pytest.mark.parametrize("text, expected", [
    # a joiner between the head and the place: the head ends before it
    ("The pilot is run by the Universidade de Coimbra together with Universitatea din Iasi.",
     {"Universidade de Coimbra", "Universitatea din Iasi"}),
    ("Researchers of the Univerza v Ljubljani and of the Sveučilište u Rijeci tested the sensors.",
     {"Univerza v Ljubljani", "Sveučilište u Rijeci"}),
    # a front head with an adjective before the joiner
    ("The visit ended at the Escola Profissional de Tomar and at the Fundación Navarra para la Industria.",
     {"Escola Profissional de Tomar", "Fundación Navarra para la Industria"}),
    ("Lecturers from the Università degli Studi di Trento joined the Gemeente Emmen delegation.",
     {"Università degli Studi di Trento", "Gemeente Emmen"}),
])
def test_org_name_words_front_heads_and_joiners(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # public bodies, ports, parks, districts and clusters of the Romance languages open a name too
    ("The delegation met the Autoridad Portuaria de Huelva and the Gobierno de La Rioja in March.",
     {"Autoridad Portuaria de Huelva", "Gobierno de La Rioja"}),
    ("Speakers came from the Distretto Nautico della Spezia and the Dipartimento di Chimica Industriale.",
     {"Distretto Nautico della Spezia", "Dipartimento di Chimica Industriale"}),
    ("Members of the Clúster de la Madera de Asturias visited the Parque Tecnológico de Álava.",
     {"Clúster de la Madera de Asturias", "Parque Tecnológico de Álava"}),
    ("The Pôle Bois Vosges and the Coopérative Fromagère du Doubs signed with the Ajuntament de Lleida.",
     {"Pôle Bois Vosges", "Coopérative Fromagère du Doubs", "Ajuntament de Lleida"}),
])
def test_org_name_words_romance_public_bodies_and_clusters(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Support came from the Slovak wood cluster Drevársky klaster Orava and from Kauno regioninis klasteris.",
     {"Drevársky klaster Orava", "Kauno regioninis klasteris"}),
    ("Partners: Agentúra regionálneho rozvoja Trnava and the Comunità di valle della Rendena signed.",
     {"Agentúra regionálneho rozvoja Trnava", "Comunità di valle della Rendena"}),
    ("The Podravski Klaster Inovacija and the Tehnološki fakultet Novi Sad presented results.",
     {"Podravski Klaster Inovacija", "Tehnološki fakultet Novi Sad"}),
    # a Slavic cluster or institute word opens a name written on in lower case
    ("Partners: Klaster drvnih proizvođača Bihać and the Zavod za turizem Maribor signed the plan.",
     {"Klaster drvnih proizvođača Bihać", "Zavod za turizem Maribor"}),
    # no capitalised word opens a name: nothing
    ("Our new klaster was founded in 2021 and the local fakultet helps it.", set()),
])
def test_org_name_words_lower_case_heads(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The order went to Ferreira do Vale, Lda. and to Del Monte Sistemi S.r.l. last week.",
     {"Ferreira do Vale, Lda.", "Del Monte Sistemi S.r.l."}),
    ("New members: Kvarken Marin r.f., Dalarnas Gruvteknik ek. för. and Hanse Logistik GmbH & Co. KG.",
     {"Kvarken Marin r.f.", "Dalarnas Gruvteknik ek. för.", "Hanse Logistik GmbH & Co. KG"}),
    ("The agreement with Kansai Marine Systems Co., Ltd. and Mussel & Co. d.o.o. was signed in Split.",
     {"Kansai Marine Systems Co., Ltd.", "Mussel & Co. d.o.o."}),
])
def test_org_name_words_legal_forms_with_joiners_and_particles(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a Central European form: the name keeps lower-case words of its language, and joining words
    ("The moulds were made by Kovárna Žďár nad Sázavou a.s. and Drevársky podnik Orava s.r.o. for us.",
     {"Kovárna Žďár nad Sázavou a.s.", "Drevársky podnik Orava s.r.o."}),
    ("Members: Tehnološki center Ptuj d.o.o.; Klaster za vodu Osijek d.o.o.; Wiśniewski i Synowie sp.j.",
     {"Tehnološki center Ptuj d.o.o.", "Klaster za vodu Osijek d.o.o.", "Wiśniewski i Synowie sp.j."}),
    ("Legal advice came from Kancelaria Zielińska i Partnerzy sp.k. before the vote.",
     {"Kancelaria Zielińska i Partnerzy sp.k."}),
    # English words before the name stay out of it; a name without its language's letters takes none
    ("The Slovenian supplier Kovina d.o.o. and the local firm Jelka a.s. signed the order.",
     {"Kovina d.o.o.", "Jelka a.s."}),
    ("Our member company Orlík Brno s.r.o. and the Łódź start-up Tkanina sp. z o.o. won the award.",
     {"Orlík Brno s.r.o.", "Tkanina sp. z o.o."}),
    # the same forms written with spaces
    ("Contact: Východ Data Cluster, z. p. o., Mlynská 4, Prešov; supplier Vrba s. r. o. in Nitra",
     {"Východ Data Cluster, z. p. o.", "Vrba s. r. o."}),
])
def test_org_name_words_central_european_names_keep_lower_case_words(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a wrapped paragraph: the name and a form of two words run over the line's end
    ("On the last day the delegation toured the assembly hall of Daebo\nMotion Systems Co., Ltd. near the port.",
     {"Daebo Motion Systems Co., Ltd."}),
    ("The study tour was prepared with the Swedish forestry cluster Norrskog Innovation ek.\nför. and a university.",
     {"Norrskog Innovation ek. för."}),
    # a list, one company a line: each line is its own name
    ("Exhibitors\nKestrel Optics GmbH\nPolar Sensor AB\n", {"Kestrel Optics GmbH", "Polar Sensor AB"}),
])
def test_org_name_words_legal_form_names_over_a_wrapped_line(extract, text, expected):
    assert orgs(extract(text)) == expected


def test_org_name_words_dotted_form_keeps_its_stop_before_a_footer_separator(extract):
    r = extract("Uppsala Sensor Cluster ek. för. · Kungsgatan 12, 753 21 Uppsala · info@usc.example")
    assert orgs(r) == {"Uppsala Sensor Cluster ek. för."}


def test_org_name_words_lower_case_head_keeps_its_legal_form(extract):
    r = extract("The voucher went to Strojírenský klastr, z.s. in the spring.")
    assert orgs(r) == {"Strojírenský klastr, z.s."}


@pytest.mark.parametrize("text, expected", [
    # "<authority> of <place>", a possessive after it
    ("The cooperation is backed by the Region of Crete and by the Canton of Basel-Stadt; the Capital Region "
     "of Denmark's hospitals join later.",
     {"Region of Crete", "Canton of Basel-Stadt", "Capital Region of Denmark"}),
    # "<place> <authority>"
    ("Funding came from the Liguria Region, and the Tartu Rural Municipality and the Vidin Regional "
     "Administration remain members.",
     {"Liguria Region", "Tartu Rural Municipality", "Vidin Regional Administration"}),
    # "<authority> <place>" when the place is a known region
    ("Region Halland and Region Västerbotten co-finance the pilot lines.", {"Region Halland", "Region Västerbotten"}),
    # macro-regions, programmes, longer names and headings are no authorities
    ("Clusters of the Danube Region and of the Baltic Sea Region met under Interreg Danube Region; the Osijek "
     "County Chamber of Commerce hosted them.\nRegion Profile\n",
     {"Osijek County Chamber of Commerce"}),
])
def test_org_name_words_regional_and_local_authorities(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "City of <known town>", capitalised words before it included; a title or a place is none
    ("The pilot is funded by the City of Tampere and by the Statutory City of Ostrava.",
     {"City of Tampere", "Statutory City of Ostrava"}),
    ("Lisbon was once named a City of Culture, and Mexico City hosted the fair.", set()),
    # a place with particles after "<authority> of"
    ("The Municipality of Vila Nova de Gaia and the Municipality of Castro do Rio signed the charter.",
     {"Municipality of Vila Nova de Gaia", "Municipality of Castro do Rio"}),
])
def test_org_name_words_city_authorities_and_places_with_particles(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The host was the Tampere Textile Cluster (Tekstiiliklusteri Tampere ry), and visitors came from the "
     "Debrecen Food Cluster (Debreceni Élelmiszeripari Klaszter).",
     {("Tampere Textile Cluster", "Tampere Textile Cluster"), ("Tekstiiliklusteri Tampere ry", "Tampere Textile Cluster"),
      ("Debrecen Food Cluster", "Debrecen Food Cluster"), ("Debreceni Élelmiszeripari Klaszter", "Debrecen Food Cluster")}),
    ("A delegation of the Brno Water Cluster (Vodní klastr Brno, z.s.) visited Leeuwarden.",
     {("Brno Water Cluster", "Brno Water Cluster"), ("Vodní klastr Brno, z.s.", "Brno Water Cluster")}),
    # an English name in brackets is another organisation, not the same one in its own language
    ("Speakers came from the Innovation Unit (European Commission) and the Baltic Food Network.",
     {("Innovation Unit", "Innovation Unit"), ("European Commission", "European Commission"),
      ("Baltic Food Network", "Baltic Food Network")}),
])
def test_org_name_words_native_name_in_brackets_is_the_same_organisation(extract, text, expected):
    assert {(o.text, o.name) for o in extract(text).organisations} == expected


@pytest.mark.parametrize("text, expected", [
    ("The lab cooperates with the Photonics Finland cluster and the Optence network in Germany.",
     {"Photonics Finland", "Optence"}),
    ("Visits to the BioValley Basel network and to the Aeromontréal cluster are planned for May.",
     {"BioValley Basel", "Aeromontréal"}),
    # nationalities, places, general words, project consortia and plurals name no organisation
    ("Members of the Dutch cluster, the European network and the Saarland cluster met the MYCOBUILD consortium "
     "and the Romanian clusters.", set()),
    ("Visits by the Basque cluster, the Azorean network and the Andalusian cluster are planned.", set()),
    ("Speakers from the Baltic cluster and the Danube network joined.", set()),
])
def test_org_name_words_name_before_a_kind_noun(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Institut Lorrain de l'Économie Sociale hosted the visit.", {"Institut Lorrain de l'Économie Sociale"}),
    ("Partners: the Agence d'Attractivité de la Savoie and the Baltic Food Network.",
     {"Agence d'Attractivité de la Savoie", "Baltic Food Network"}),
    ("We met the Université du Québec à Chicoutimi in May.", {"Université du Québec à Chicoutimi"}),
])
def test_org_name_words_elided_articles_and_french_joiners(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # family "compound heads": a compound that ends in an organisation word heads a name of two words or more
    ("The Mühlviertler Möbelverband Linz and the Wasserstoffcluster Kärnten signed the charter.",
     {"Mühlviertler Möbelverband Linz", "Wasserstoffcluster Kärnten"}),
    ("Trainers came from the Zuiderhogeschool Drenthe and the Vlasinstituut Kortrijk last week.",
     {"Zuiderhogeschool Drenthe", "Vlasinstituut Kortrijk"}),
    ("The Bäckerhandwerkskammer Passau joined the Fischereiverein Bodensee network.",
     {"Bäckerhandwerkskammer Passau", "Fischereiverein Bodensee"}),
    # a project called a Eurocluster and a shouted heading are no such names
    ("The Baltic Dairy Eurocluster opened its call. ENERGIECLUSTER NEWS follows below.", set()),
])
def test_org_name_words_compound_heads(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # German offices and Spanish regional governments open a name; a comma list closed by "und" or "y"
    ("The study was paid for by the Landesamt für Umwelt Brandenburg and by the Xunta de Galicia.",
     {"Landesamt für Umwelt Brandenburg", "Xunta de Galicia"}),
    ("Two calls of the Generalitat de Catalunya and of the Junta de Extremadura are open.",
     {"Generalitat de Catalunya", "Junta de Extremadura"}),
    ("She met officials of the Consejería de Industria, Energía y Turismo in Oviedo.",
     {"Consejería de Industria, Energía y Turismo"}),
])
def test_org_name_words_offices_and_regional_governments(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # forms cleanco lacks: Luxembourg S.à r.l., Italian consortium companies in lower case, Belgian SCRL,
    # British CIC, Welsh Cyf, Faroese P/F, Portuguese single-member companies
    ("The sensors come from Moselle Optics S.à r.l. and from Laguna Robotica s.c.a r.l. in Venice.",
     {"Moselle Optics S.à r.l.", "Laguna Robotica s.c.a r.l."}),
    ("Partners: Ardennes Bois SCRL, Teifi Boatyard CIC and Ynys Ynni Cyf.",
     {"Ardennes Bois SCRL", "Teifi Boatyard CIC", "Ynys Ynni Cyf"}),
    ("Orders went to Vágur Fisk P/F and to Serra Verde Têxteis, Unipessoal Lda. this year.",
     {"Vágur Fisk P/F", "Serra Verde Têxteis, Unipessoal Lda."}),
])
def test_org_name_words_more_legal_forms(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # units of an organisation: "Faculty of …", "… Division"
    ("Lecturers of the Faculty of Mining, Geology and Petroleum joined the tour.", {"Faculty of Mining, Geology and Petroleum"}),
    ("The Export Promotion Division prepared the mission to Osaka.", {"Export Promotion Division"}),
    ("Staff of the Faculty of Forestry and the Cluster Policy Division met in Zagreb.", {"Faculty of Forestry", "Cluster Policy Division"}),
])
def test_org_name_words_faculties_and_divisions(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # two names joined by "and": a compound head closes the first; a capitalised stop word opens the second
    ("The agreement between the Bayerischer Wassercluster and Can Tho University was signed in March.",
     {"Bayerischer Wassercluster", "Can Tho University"}),
    ("Members of the Energiecluster Oost and Hanzehogeschool Zwolle met in May.",
     {"Energiecluster Oost", "Hanzehogeschool Zwolle"}),
    ("Staff of the Maschinenbauverband Tirol and Will Robotics Institute toured the plant.",
     {"Maschinenbauverband Tirol", "Will Robotics Institute"}),
])
def test_org_name_words_two_names_joined_by_and(extract, text, expected):
    assert orgs(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a chamber's acronym before its region or town
    ("The event in Nantes was organised with CCI Grand Est and the region.", {("CCI Grand Est", "pattern:org-head")}),
    ("Registration is handled by IHK Schwaben in Augsburg.", {("IHK Schwaben", "pattern:org-head")}),
    # a university's acronym before its town; a two-word head whose first word is written like "its"
    ("The robot was built at TU Dresden last year.", {("TU Dresden", "pattern:org-head")}),
    ("A course was run by ITS Academy Turismo Veneto for chefs.", {("ITS Academy Turismo Veneto", "pattern:org-head")}),
    # "ITS" alone opens no name
    ("The ITS European Congress took place in Lisbon.", set()),
])
def test_org_name_words_acronym_front_heads(extract, text, expected):
    assert {(o.name, o.rule) for o in extract(text).organisations} == expected
