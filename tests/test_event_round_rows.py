"""The numbered rounds of a competition listed one a line (``pattern:event_round_row``): a line that opens with
a round word and its number, perhaps a label after a dash, dated on its line or by the next line's date cell,
is one round named as written; undated programme steps and a call's rounds with a deadline are none, and one
line alone makes no list. Pages of our own wording."""
from __future__ import annotations

import datetime as dt

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.rule) for e in result.events if e.rule == "pattern:event_round_row")


def test_regional_rounds_listed_with_their_town_and_dates(extract):
    text = ("Robot Farm Hack 2034: call for teams\n\n"
            "The cluster invites students and farmers to build robots for small farms. Teams of three to five people "
            "can register online until the end of February.\n\nThe hackathon has three regional rounds:\n\n"
            "- Round 1 – Kecskemét: 9–10 March 2034, at the college campus\n"
            "- Round 2 – Szeged: 23–24 March 2034\n"
            "- Round 3 – Debrecen: 6–7 April 2034\n")
    assert _rows(extract(text)) == [
        ("Round 1 – Kecskemét 2034", D(2034, 3, 9), D(2034, 3, 10), "pattern:event_round_row"),
        ("Round 2 – Szeged 2034", D(2034, 3, 23), D(2034, 3, 24), "pattern:event_round_row"),
        ("Round 3 – Debrecen 2034", D(2034, 4, 6), D(2034, 4, 7), "pattern:event_round_row")]


def test_semi_finals_in_a_table_dated_by_their_date_cell(extract_file):
    text = ("# Baltic Battery Challenge 2035\n\n"
            "| Event | Date | City |\n|---|---|---|\n"
            "| Semi-final 1 – Cell chemistry | 12 May 2035 | Riga |\n"
            "| Semi-final 2 – Recycling | 19 May 2035 | Kaunas |\n")
    assert _rows(extract_file("challenge.md", text)) == [
        ("Semi-final 1 – Cell chemistry 2035", D(2035, 5, 12), D(2035, 5, 12), "pattern:event_round_row"),
        ("Semi-final 2 – Recycling 2035", D(2035, 5, 19), D(2035, 5, 19), "pattern:event_round_row")]


def test_heats_with_the_town_in_brackets(extract):
    text = ("Solar Boat Cup\n\n"
            "Heat 1 (Bremen) – 12 June 2034\n"
            "Heat 2 (Kiel) – 26 June 2034\n")
    assert _rows(extract(text)) == [
        ("Heat 1 (Bremen) 2034", D(2034, 6, 12), D(2034, 6, 12), "pattern:event_round_row"),
        ("Heat 2 (Kiel) 2034", D(2034, 6, 26), D(2034, 6, 26), "pattern:event_round_row")]


def test_programme_steps_call_rounds_and_a_single_line_are_none(extract):
    steps = ("Peer review in Pula, 4 May 2034\n\n"
             "Round 1: the host presents its three questions\n"
             "Round 2: peers work in two groups\n")
    calls = ("Voucher call 2034\n\n"
             "- Round 1 – deadline 15 March 2034\n"
             "- Round 2 – deadline 15 June 2034\n")
    single = ("Robot Farm Hack 2034\n\n- Round 1 – Kecskemét: 9–10 March 2034\n")
    assert _rows(extract(steps)) == [] and _rows(extract(calls)) == [] and _rows(extract(single)) == []
