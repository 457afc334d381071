"""A calendar line's weekday after the day number or time is the line's date, never a name's first word
(org_calendar_days.py, used by org_spans.trim). Sentences of our own, exact organisation rows."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, orgs", [
    # the weekday and a bare organisation word: no organisation at all
    ("Programme 2034\n9 Thu   Network breakfast for members, Lecce\n23 Thu   Network breakfast, Bari",
     set()),
    # the name starts after the weekday
    ("Calendar\n6 Fri   Adriatic Boat Cluster – open day at the yard, Fano",
     {("Adriatic Boat Cluster", "pattern:org-head")}),
    # after a time too, and a weekday written in full
    ("Agenda\n18:30 Wednesday Baltic Wood Association – members' dinner, Riga",
     {("Baltic Wood Association", "pattern:org-head")}),
    # not a calendar line: the words stay
    ("The Sun Valley Cluster welcomed four new members.", {("Sun Valley Cluster", "pattern:org-head")}),
])
def test_org_calendar_days_weekday_opens_no_name(extract, text, orgs):
    assert {(o.text, o.rule) for o in extract(text).organisations} == orgs
