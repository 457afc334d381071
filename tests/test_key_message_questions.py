"""Key messages by shape in any language: a question heading that asks what someone needs over a list
(``list_under_question_heading``), strengths and areas for improvement, a lead-in that decides or agrees, a lead-in
whose plans word comes before the verb that announces the list, and the lists that are no messages although a lead-in
announces them (an e-mail's planning notes, names, programme rows)."""
from __future__ import annotations

import pytest

# (text, every key_messages row (text, section, rule)), one row per point, in order
SHAPES = [
    # a question heading asking what someone needs, over a list (English, German, Polish after a lead-in, Spanish)
    ("Position of the network\n\nWhat do cluster managers need?\n\n- Grants that run for at least four years.\n"
     "- A training path recognised in every member state.\n\nContact us for details.",
     [("Grants that run for at least four years", "What do cluster managers need?", "list_under_question_heading"),
      ("A training path recognised in every member state", "What do cluster managers need?", "list_under_question_heading")]),
    ("## Was brauchen die Cluster?\n\n1. Eine eigene Budgetlinie im nächsten EU-Haushalt;\n2. Weniger Berichte für kleine "
     "Partnerschaften.\n\nImpressum",
     [("Eine eigene Budgetlinie im nächsten EU-Haushalt", "Was brauchen die Cluster?", "list_under_question_heading"),
      ("Weniger Berichte für kleine Partnerschaften", "Was brauchen die Cluster?", "list_under_question_heading")]),
    ("Co potrzebują klastry?\n\nStowarzyszenie wzywa rząd do:\n\n- stabilnego finansowania koordynatorów przez pięć lat;\n"
     "- prostszych zasad rozliczania małych projektów.",
     [("stabilnego finansowania koordynatorów przez pięć lat", "Co potrzebują klastry?", "list_under_question_heading"),
      ("prostszych zasad rozliczania małych projektów", "Co potrzebują klastry?", "list_under_question_heading")]),
    ("¿Qué necesitan los clústeres?\n\n- Una convocatoria propia con plazos fijos.\n- Menos papeleo para las pymes.",
     [("Una convocatoria propia con plazos fijos", "¿Qué necesitan los clústeres?", "list_under_question_heading"),
      ("Menos papeleo para las pymes", "¿Qué necesitan los clústeres?", "list_under_question_heading")]),
    # not: an interview's question over prose, a question with another verb, over things to bring, one the verb opens
    ("Interview\n\nWhat do members need most?\n\nThey tell us that they need people. Every company we visit is short of "
     "welders and nobody has found a good answer yet.\n\nThank you.", []),
    ("Who can apply?\n\n- Companies with fewer than 250 staff that are members of a cluster.\n- Research centres based in "
     "the region.", []),
    ("What do I need to bring?\n\n- ID card\n- Laptop\n- Business cards", []),
    ("Programm\n\n10:30  Podium: Was brauchen kleine Werften, damit sie elektrisch bauen?\n       mit Anna Berg (Werft Nord) und "
     "Olaf Sund (Hafen Kiel)\n       Moderation: Eva Lind, Clustermanagerin\n\n12:00  Mittagessen", []),
    ("Besoin d'aide ?\n\n- Marie Dupont, chargée de mission aux adhésions\n- Paul Martin, responsable des événements", []),
    # strengths and areas for improvement of an evaluation (French, Polish, German)
    ("Forces et faiblesses\n\nPoints forts\n\n- Une équipe stable et reconnue par les membres.\n- Des liens étroits avec les "
     "universités de la région.\n\nPoints faibles\n\n- Les services payants restent peu développés.\n- La coopération "
     "transfrontalière reste ponctuelle.",
     [("Une équipe stable et reconnue par les membres", "Points forts", "list_under_key_heading"),
      ("Des liens étroits avec les universités de la région", "Points forts", "list_under_key_heading"),
      ("Les services payants restent peu développés", "Points faibles", "list_under_key_heading"),
      ("La coopération transfrontalière reste ponctuelle", "Points faibles", "list_under_key_heading")]),
    ("Mocne strony\n\n- Zespół klastra jest mały, ale bardzo sprawny.\n- Członkowie chętnie dzielą się laboratoriami.\n\n"
     "Obszary do poprawy\n\n- Klaster powinien mierzyć efekty swoich usług.",
     [("Zespół klastra jest mały, ale bardzo sprawny", "Mocne strony", "list_under_key_heading"),
      ("Członkowie chętnie dzielą się laboratoriami", "Mocne strony", "list_under_key_heading"),
      ("Klaster powinien mierzyć efekty swoich usług", "Obszary do poprawy", "list_under_key_heading")]),
    ("Stärken\n\n- Das Team kennt die Betriebe der Region sehr gut.\n- Die Arbeitsgruppen sind gut besucht.\n\n"
     "Verbesserungspotenziale\n\n- Der Cluster sollte mehr Einnahmen aus Dienstleistungen erzielen.",
     [("Das Team kennt die Betriebe der Region sehr gut", "Stärken", "list_under_key_heading"),
      ("Die Arbeitsgruppen sind gut besucht", "Stärken", "list_under_key_heading"),
      ("Der Cluster sollte mehr Einnahmen aus Dienstleistungen erzielen", "Verbesserungspotenziale", "list_under_key_heading")]),
    ("Review summary\n\nAreas for improvement\n\n  + Publish a yearly report on the services members use.\n"
     "  + Open the board to a start-up.",
     [("Publish a yearly report on the services members use", "Areas for improvement", "list_under_key_heading"),
      ("Open the board to a start-up", "Areas for improvement", "list_under_key_heading")]),
    # a lead-in that decides (English, Croatian, Albanian)
    ("Minutes\n\nThe members looked at the timetable and decided:\n\n1. The annual fee stays at EUR 400.\n2. The cluster "
     "applies for the Gold label in 2036.",
     [("The annual fee stays at EUR 400", "The members looked at the timetable and decided", "list_after_lead_in"),
      ("The cluster applies for the Gold label in 2036", "The members looked at the timetable and decided", "list_after_lead_in")]),
    ("Zapisnik\n\nSkupština je odlučila:\n\n1. Članarina ostaje ista i iduće godine.\n2. Klaster se prijavljuje za zlatnu "
     "oznaku.",
     [("Članarina ostaje ista i iduće godine", "Skupština je odlučila", "list_after_lead_in"),
      ("Klaster se prijavljuje za zlatnu oznaku", "Skupština je odlučila", "list_after_lead_in")]),
    ("Kuvendi\n\nKuvendi vendosi:\n\n1. Të miratojë buxhetin për vitin e ardhshëm.\n2. Të hapë një zyrë të re në Gjakovë.",
     [("Të miratojë buxhetin për vitin e ardhshëm", "Kuvendi vendosi", "list_after_lead_in"),
      ("Të hapë një zyrë të re në Gjakovë", "Kuvendi vendosi", "list_after_lead_in")]),
    # a plans word, then the verb that announces the list; not when the plans word governs the key noun
    ("Board report\n\nWe approved the action plan for 2036 and agreed on three priorities:\n\n- Open the test hall to "
     "non-members.\n- Double the number of exporting members.\n\nEnd.",
     [("Open the test hall to non-members", "We approved the action plan for 2036 and agreed on three priorities", "list_after_lead_in"),
      ("Double the number of exporting members", "We approved the action plan for 2036 and agreed on three priorities", "list_after_lead_in")]),
    ("Board report\n\nThe partners agreed on a work plan with the following priorities:\n\n- Open the test hall to "
     "non-members.\n- Double the number of exporting members.\n\nEnd.", []),
    # the addressee and a verb between "calls on" and the colon
    ("Our position\n\nThe association calls on the ministries and the regions to provide:\n\n- Funding for cluster "
     "managers over five years;\n- One set of reporting rules for all programmes.",
     [("Funding for cluster managers over five years", "The association calls on the ministries and the regions to provide", "list_after_lead_in"),
      ("One set of reporting rules for all programmes", "The association calls on the ministries and the regions to provide", "list_after_lead_in")]),
    # not key messages: programme rows that open with a day and its month in any language, after a lead-in that recommends
    ("Il comitato raccomanda di partecipare a uno degli incontri:\n\n- **Lunedì 3 marzo** – Apertura delle aziende al "
     "pubblico a Chiavenna.\n- **Martedì 4 marzo** – Laboratorio sui rifugi alpini a Livigno.", []),
    ("Zarząd rekomenduje udział w spotkaniach:\n\n- Wtorek 14 maja – warsztaty w Rzeszowie dla małych firm\n"
     "- Czwartek 16 maja – wizyta w zakładzie w Mielcu", []),
    ("Kokous suosittelee osallistumista:\n\n- 12. lokakuuta – seminaari pienille yrityksille Oulussa\n"
     "- 14. lokakuuta – vierailu telakalle Raahessa", []),
    # not key messages: a list of names after a lead-in that recommends
    ("The study recommends contacting:\n\n- Maria Novak, Ljubljana\n- Peter Horvat, Maribor", []),
]


@pytest.mark.parametrize("text,points", SHAPES)
def test_key_message_shapes_in_any_language(extract, text, points):
    assert [(k.text, k.section, k.rule) for k in extract(text).key_messages] == points


# an e-mail's planning notes after "what we agreed" (English, French, German): no key messages; an e-mail that
# forwards a report's recommendations keeps them
EMAILS = [
    ("Hi all,\n\nThanks for the call. Summary of what we agreed:\n\n- Keynote: the rector has accepted and will speak on "
     "the first morning.\n- Workshops: Anna coordinates the first one, Piet the second.\n- Budget: EUR 40,000, half of it "
     "from sponsors.\n\nBest,\nMarie", []),
    ("Bonjour à tous,\n\nComme convenu au téléphone, voici ce que nous avons convenu :\n\n- Le bus part de Namur à 8 h et "
     "revient le soir.\n- Chaque pôle paie les repas de ses participants.\n\nBien à vous,\nLuc", []),
    ("Hallo zusammen,\n\nwie besprochen, hier die Punkte, die wir vereinbarten:\n\n- Die Anmeldung schließt am 2. Mai.\n"
     "- Jeder Cluster stellt zwei Referenten.\n\nViele Grüße\nJan", []),
    ("Dear partners,\n\nThe peer team sent us its report. It makes three recommendations:\n\n- The cluster should charge "
     "for its export services.\n- The board should include a start-up.\n\nRegards,\nEva",
     [("The cluster should charge for its export services", "The peer team sent us its report. It makes three recommendations", "list_under_key_heading"),
      ("The board should include a start-up", "The peer team sent us its report. It makes three recommendations", "list_under_key_heading")]),
]


@pytest.mark.parametrize("text,points", EMAILS)
def test_key_messages_email_planning_notes(extract, text, points):
    assert [(k.text, k.section, k.rule) for k in extract(text, fmt="eml").key_messages] == points


@pytest.mark.parametrize("text", [e[0] for e in EMAILS[:3]])
def test_key_messages_same_notes_outside_an_email(extract, text):
    """The same lead-ins in a report (not an e-mail) announce their list."""
    assert extract(text).key_messages
