"""Key messages: the resolutions of minutes (a decisions heading in other words) and footnote marks that PDF
text glues to the end of a point (sentences of our own)."""
from __future__ import annotations

import pytest


def _rows(kms):
    return [(k.text, k.section, k.rule) for k in kms]


# Minutes list what a general assembly or a board resolved under "Resolutions …", as others do under "Decisions".
@pytest.mark.parametrize("heading, points", [
    ("Resolutions adopted", ["The accounts for 2027 are approved", "The fee for start-ups is halved from 1 July"]),
    ("Resolutions passed", ["The accounts for 2027 are approved", "The fee for start-ups is halved from 1 July"]),
    ("Résolutions", ["Les comptes 2027 sont approuvés", "La cotisation des jeunes pousses est réduite de moitié"]),
    ("Acuerdos adoptados", ["Se aprueban las cuentas de 2027", "La cuota de las empresas emergentes se reduce a la mitad"]),
])
def test_key_messages_resolutions_of_minutes(extract, heading, points):
    text = (f"Minutes of the members' meeting\n\nThe chair opened the meeting at ten and counted 31 members.\n\n{heading}\n\n"
            f"1. {points[0]}.\n2. {points[1]}.\n\nAny other business\n\nNone was raised.\n")
    assert _rows(extract(text).key_messages) == [(p, heading, "list_under_key_heading") for p in points]


def test_key_messages_resolution_in_prose_is_no_heading(extract):
    text = ("Minutes\n\nThe board discussed the resolutions of the regional parliament on cluster funding and the members "
            "agreed to write to the minister.\n\n- Ana will draft the letter.\n- Piet will collect the figures.\n")
    assert extract(text).key_messages == ()


# Rule family "footnote marks": the number of a footnote glued to a point's closing punctuation is not part of it.
@pytest.mark.parametrize("last, expected", [
    ("Shared labs cut costs for small firms.2", "Shared labs cut costs for small firms"),
    ("Regions should fund mentors, not only machines (as in Styria).1", "Regions should fund mentors, not only machines (as in Styria)"),
    ("Exports grow when clusters travel together¹", "Exports grow when clusters travel together"),
    # figures and codes at the end of a point stay
    ("Budgets should grow to EUR 4.2", "Budgets should grow to EUR 4.2"),
    ("Ports must cut emissions of PM10", "Ports must cut emissions of PM10"),
])
def test_key_messages_footnote_mark_after_a_point(extract, last, expected):
    text = f"Study summary\n\nKey findings\n\n- Clusters need stable funding.\n- {last}\n\nMethod\n\nWe asked 120 firms.\n"
    assert [k.text for k in extract(text).key_messages] == ["Clusters need stable funding", expected]


# Rule family "colon lead-in heading" (key_message_lists.colon_lead_heading): a Word or web page's decisions heading, then a
# short line naming who decided ("The General Assembly:"), then one decision a paragraph.
@pytest.mark.parametrize("heading, lead, points", [
    ("9. Decisions", "The General Assembly:",
     ["approves the minutes of the General Assembly of 3 May 2030", "adopts the budget 2031",
      "elects the auditors for the term 2031–2034"]),
    ("Beschlüsse", "Die Mitgliederversammlung:",
     ["genehmigt den Jahresabschluss 2030", "entlastet den Vorstand für das Jahr 2030",
      "beschließt den Mitgliedsbeitrag für 2032"]),
    ("Résolutions", "L'Assemblée générale :",
     ["approuve le rapport d'activité de l'année 2030", "adopte le budget de l'année 2031"]),
])
def test_decisions_after_a_colon_lead_line(extract_file, heading, lead, points):
    paragraphs = "".join(f"<p>{p};</p>" for p in points)
    page = (f"<html><body><h1>Minutes of the General Assembly</h1><h2>Fees</h2><p>The fee stays the same.</p>"
            f"<h2>{heading}</h2><p>{lead}</p>{paragraphs}<h2>Any other business</h2><p>Nothing was raised.</p></body></html>")
    assert _rows(extract_file("minutes.html", page).key_messages) == [
        (p, heading, "paragraphs_under_key_heading") for p in points]
