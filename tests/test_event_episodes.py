"""Instalments of a recurring event numbered with a number sign (``pattern:event_episode``): one to five
capitalised words and "#<number>" name one instalment; a call, a newsletter or an issue numbered so is none, and a
name another rule reads without its number takes it. Pages of our own wording."""
from __future__ import annotations

import datetime as dt

D = dt.date


def _rows(result) -> list[tuple]:
    return sorted((e.name, e.start_date, e.end_date, e.city, e.rule) for e in result.events)


def test_numbered_instalments_in_sentences_dated_by_their_brackets(extract):
    text = ("Monthly meetups of the network\n\n"
            "Robotics Friday #14 (7 March 2036) on gripper design drew 90 viewers; Robotics Friday #15 "
            "(4 April 2036) looked at safety rules for cobots.\n")
    assert _rows(extract(text)) == [
        ("Robotics Friday #14 2036", D(2036, 3, 7), D(2036, 3, 7), None, "pattern:event_episode"),
        ("Robotics Friday #15 2036", D(2036, 4, 4), D(2036, 4, 4), None, "pattern:event_episode")]


def test_numbered_card_headings_under_their_date_lines(extract):
    text = ("Past events\n\n"
            "3 December 2034 · Tartu\n\n"
            "Open Data Surgery #7\n\n"
            "Two lawyers answered members' questions on health data contracts. Read more\n\n"
            "12 November 2034 · Tartu\n\n"
            "Open Data Surgery #6\n\n"
            "Lawyers of the university answered members' questions on data sharing contracts. Read more\n")
    assert _rows(extract(text)) == [
        ("Open Data Surgery #6 2034", D(2034, 11, 12), D(2034, 11, 12), None, "pattern:event_episode"),
        ("Open Data Surgery #7 2034", D(2034, 12, 3), D(2034, 12, 3), None, "pattern:event_episode")]


def test_calls_and_newsletters_numbered_so_are_no_events(extract):
    text = ("News from the cluster\n\n"
            "Our Open Call #3 closes on 30 June 2035. The Baltic Wood Newsletter #12 and HANSA News #4 are out, "
            "with the results of Grant Call #2.\n")
    assert [r for r in _rows(extract(text)) if "#" in r[0]] == []


def test_a_name_read_without_its_number_takes_it(extract):
    text = ("Save the date\n\n"
            "The Fintech Meetup Tallinn #9 takes place on 18 June 2035 at the Telliskivi Creative City.\n")
    assert _rows(extract(text)) == [
        ("Fintech Meetup Tallinn #9 2035", D(2035, 6, 18), D(2035, 6, 18), "Tallinn", "pattern:event_name")]
