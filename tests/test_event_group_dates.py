"""Which date an event takes when its mentions carry several, when only a year opens its sentence, and never the day a
publication line of another language gives the text: ``anaphor_day_in_name_year`` (a name dated by its year only takes
the day its anaphor states in that year), ``joined_days`` (days stated one by one, touching or overlapping, are one
span), ``year_lead_date`` ("In 2031 the company joined …", "- 2029: the network organises …") and
``publication_verb_day`` ("Publicado el 14 de mayo de 2031"). Sentences of our own; each test expects every event row
of the text."""
from __future__ import annotations

import datetime as dt

import pytest


def _rows(result) -> list[tuple[str, dt.date | None, dt.date | None, str | None]]:
    return sorted({(e.name, e.start_date, e.end_date, e.date_precision) for e in result.events}, key=lambda r: r[0])


def _expect(*rows: tuple[str, str | None, str | None, str | None]) -> list[tuple[str, dt.date | None, dt.date | None, str | None]]:
    def d(text: str | None) -> dt.date | None:
        return dt.date.fromisoformat(text) if text else None
    return sorted(((n, d(a), d(b), p) for n, a, b, p in rows), key=lambda r: r[0])


ANAPHOR_DAYS = [
    ("BALTIC STARTUP BOOTCAMP – COHORT 2\nSpring 2029\n\nWelcome to the second cohort! The bootcamp runs for ten weeks, from "
     "5 March to 11 May 2029, with three on-site weeks in Aarhus.\n",
     _expect(("Baltic Startup Bootcamp 2029", "2029-03-05", "2029-05-11", "day"))),
    ("Harbour Data Forum, 2030 edition\n\nThe forum will take place on 8 and 9 October 2030 in the port's innovation hall in Gdynia.\n",
     _expect(("Harbour Data Forum 2030", "2030-10-08", "2030-10-09", "day"))),
    ("Our members will again meet at the Danube Wine Summit in 2027. The summit opens on 14 April 2027 in Vienna with a "
     "tasting of young wines.",
     _expect(("Danube Wine Summit 2027", "2027-04-14", "2027-04-14", "day"))),
]



def test_an_anaphor_without_a_day_leaves_the_year(extract):
    text = "Our members will again meet at the Danube Wine Summit in 2027. The summit in Vienna will be the largest so far."
    assert _rows(extract(text)) == _expect(("Danube Wine Summit 2027", "2027-01-01", "2027-12-31", "year"))


JOINED = [
    ("The agreement was signed on Tuesday, 3 June 2031, on the first day of the Baltic Bioeconomy Forum in Tartu. Around 400 "
     "people attended the opening. The forum continued on 4 June with company visits.",
     _expect(("Baltic Bioeconomy Forum 2031", "2031-06-03", "2031-06-04", "day"))),
    ("Members met at the Alpine Wood Days, 12 May 2032, for the opening session. Two more sessions followed at the Alpine "
     "Wood Days on 13 and 14 May in Bolzano.",
     _expect(("Alpine Wood Days 2032", "2032-05-12", "2032-05-14", "day"))),
    ("On 9 March 2028, during the Iberian Water Summit, the cluster signed a memorandum with its Portuguese partner. Some "
     "members stayed for the rest of the Iberian Water Summit (9–10 March 2028, Seville).",
     _expect(("Iberian Water Summit 2028", "2028-03-09", "2028-03-10", "day"))),
]



def test_days_a_week_apart_do_not_join(extract):
    text = ("Members met at the Alpine Wood Days, 12 May 2032, for the opening session. Another session followed at the Alpine "
            "Wood Days on 19 May in Bolzano.")
    assert _rows(extract(text)) == _expect(("Alpine Wood Days 2032", "2032-05-12", "2032-05-12", "day"))


YEAR_LEADS = [
    ("In 2031 the company joined the cluster's joint stand at Anuga in Cologne.",
     _expect(("Anuga 2031", "2031-01-01", "2031-12-31", "year"))),
    ("Our history\n\n- 2027: the network is founded by nine clusters.\n- 2029: the network organises the first Danube "
     "Robotics Days in Novi Sad.\n- 2031: forty members.\n",
     _expect(("First Danube Robotics Days", "2029-01-01", "2029-12-31", "year"))),
    ("En 2026 the association launched its first Coastal Tourism Forum in Valencia with 150 guests.",
     _expect(("First Coastal Tourism Forum", "2026-01-01", "2026-12-31", "year"))),
]



def test_a_year_inside_the_sentence_dates_no_event(extract):
    text = "The company, founded in 2031, joined the cluster's joint stand at Anuga in Cologne."
    assert _rows(extract(text)) == _expect(("Anuga", None, None, None))


# publication_verb_day: a publication line of another language, its month unknown to the publication reader, dates the
# text, not the event its title names
PUBLISHED = [
    ("# Cien empresas en la III Jornada de Innovación Naval de Cádiz\n\nPublicado el 14 de mayo de 2031 · Comunicación del "
     "clúster\n\nEl Clúster Naval de Andalucía reunió el pasado martes, 13 de mayo, a cien empresas del sector naval en la III "
     "Jornada de Innovación Naval, celebrada en el Palacio de Congresos de Cádiz. La jornada combinó ponencias, dos mesas "
     "redondas y una zona de demostración con doce empresas socias.\n",
     _expect(("III Jornada de Innovación Naval de Cádiz 2031", "2031-05-13", "2031-05-13", "day"))),
    ("# Cluster Innovation Day 2031 à Nantes\n\nPublié le 9 juin 2031 – Service communication\n\nLe pôle a réuni le jeudi 5 "
     "juin plus de deux cents participants au Cluster Innovation Day, organisé à Nantes avec la région. La journée a combiné "
     "des conférences, trois ateliers et une zone de démonstration avec quinze entreprises membres.\n",
     _expect(("Cluster Innovation Day 2031", "2031-06-05", "2031-06-05", "day"))),
    ("# Wood Ecodesign Days 2031\n\n*Pubblicato il 21 gennaio 2031 – Area Formazione*\n\nIl cluster ha ospitato il 19 gennaio "
     "più di cento imprese del legno alle Wood Ecodesign Days, a Udine. La giornata è stata dedicata alla progettazione per il "
     "disassemblaggio e al riuso dei materiali.\n",
     _expect(("Wood Ecodesign Days 2031", "2031-01-19", "2031-01-19", "day"))),
]


@pytest.mark.parametrize("text, rows", ANAPHOR_DAYS + JOINED + YEAR_LEADS + PUBLISHED,
                         ids=[f"{k}{i}" for k, n in (("anaphor_day", ANAPHOR_DAYS), ("joined", JOINED), ("year_lead", YEAR_LEADS),
                                                     ("published", PUBLISHED)) for i in range(len(n))])
def test_event_takes_the_date_its_mentions_and_sentence_give_it(extract, text, rows):
    assert _rows(extract(text)) == rows
