"""Rule ``pattern:event_programme_item``: a programme's own items named by a generic noun, one a timed slot or a day."""
from __future__ import annotations

import datetime as dt

D = dt.date
RULE = "pattern:event_programme_item"


def _items(result) -> dict[str, tuple]:
    """Each programme item found: its name, first and last day."""
    return {e.name: (e.start_date, e.end_date) for e in result.events if e.rule == RULE}


# a plain-text agenda: the item on the time's line, after a list mark, after a break joined by "and"
TXT_AGENDA = """Baltic Ports Summit 2031 – programme

Day 1 – Tuesday 14 October 2031

09:00 Opening by the chair of the port cluster
11:00 Panel: who pays for shore power?
12:30 Lunch and poster exhibition
14:30–16:30 Lunch and B2B meetings with the harbour operators
- 19:00 Harbour dinner at the maritime museum

Day 2 – Wednesday 15 October 2031

08:30 Site visits to the ferry terminal and the new quay (registration required)
12:00 Closing remarks
"""

# a table read one cell a line: the time alone, the item on a later line
TXT_CELLS = """Study visit of the Moravian food cluster – programme

Day 1 – Monday 6 May 2030

17:00

Check-in at the hotel

–

19:00

Welcome dinner

Hosted by the deputy mayor

Day 2 – Tuesday 7 May 2030

09:30

Company visit: Lakeside Dairy, cheese line

–
"""

# a day-by-day list in prose: a day date, a colon or a dash, the day's items between commas and semicolons
TXT_DAYS = """Mission report: Porto Wood Cluster to Savonia

3. Programme

Monday 2 June 2031: arrival in Kuopio; networking dinner with the regional council, hosted by the mayor
Tuesday 3 June 2031: presentations at the science park, matchmaking session with 14 Finnish joiners,
sauna at the lake
Wednesday 4 June 2031 – company visits to two timber-frame plants; departure
"""

# what names no item: a bare meal or break, a count, a talk about an item, a deadline
TXT_NOT_ITEMS = """Programme of the Alpine Timber Days

10:00 Dinner
10:30 Presentation of the open day results by the mayor
11:00 Coffee break and exhibition
12:00 96 B2B meetings in figures
15 March 2031: registration deadline for the matchmaking
"""


def test_programme_items_on_timed_lines(extract):
    assert _items(extract(TXT_AGENDA)) == {
        "B2B meetings with the harbour operators 2031": (D(2031, 10, 14), D(2031, 10, 14)),
        "Harbour dinner at the maritime museum 2031": (D(2031, 10, 14), D(2031, 10, 14)),
        "Site visits to the ferry terminal and the new quay 2031": (D(2031, 10, 15), D(2031, 10, 15)),
    }


def test_programme_items_under_a_time_alone_on_its_line(extract):
    assert _items(extract(TXT_CELLS)) == {
        "Welcome dinner 2030": (D(2030, 5, 6), D(2030, 5, 6)),
        "Company visit: Lakeside Dairy 2030": (D(2030, 5, 7), D(2030, 5, 7)),
    }


def test_programme_items_of_a_day_by_day_list(extract):
    assert _items(extract(TXT_DAYS)) == {
        "Networking dinner with the regional council 2031": (D(2031, 6, 2), D(2031, 6, 2)),
        "Matchmaking session with 14 Finnish joiners 2031": (D(2031, 6, 3), D(2031, 6, 3)),
        "Company visits to two timber-frame plants 2031": (D(2031, 6, 4), D(2031, 6, 4)),
    }


def test_programme_items_not_a_meal_a_count_a_talk_or_a_deadline(extract):
    assert _items(extract(TXT_NOT_ITEMS)) == {}


# --- the items of every language (the concepts of data/event_noun_concepts.csv), clock times written "13h00" ------
# a Portuguese programme: year-less day headings over clock times with "h", dated by the event's year
TXT_PT = """Jornadas do Queijo da Beira 2032

As Jornadas decorrem em Viseu de 8 a 9 de março de 2032.

Segunda-feira, 8 de março
09h00 – Abertura oficial
11h00 – Reuniões B2B entre produtores e compradores
12h30 – Pausa

Terça-feira, 9 de março
10h00 – Visita técnica à queijaria da cooperativa
"""

# a Norwegian programme, days without their year above "11.00"-style times
TXT_NO = """Kystnæringsdagene 2033

Kystnæringsdagene arrangeres i Bodø 14. og 15. juni 2033. Klyngene i nord inviterer bedrifter, kommuner og
forskere til to dager med foredrag, debatter og besøk hos medlemmene, og påmeldingen er åpen for alle. Vi ønsker
velkommen til en samling der næringslivet i nord møter hverandre og diskuterer hvordan vi kan få mer kraft og flere
folk til regionen de neste årene.

Tirsdag 14. juni
10.00 Åpning ved ordføreren
16.00 Bedriftsbesøk hos Bodø Skipsverft
Onsdag 15. juni
09.00 Rundebordsmøte om kraftlinjer i nord
"""

# an Italian programme and a French one: "tavola rotonda", "cena sociale", "ateliers" after a dated day heading
TXT_IT = """Giornata della filiera del legno

Giovedì 3 ottobre 2030
14:30 Tavola rotonda sulla certificazione forestale
18:00 Cena sociale presso la Villa Manin
"""

TXT_FR = """Journée régionale de la filière bois

La journée réunit les scieries, les charpentiers et les architectes de la région autour de la construction en bois
local et du réemploi des matériaux.

Jeudi 10 octobre 2030
09h30 Accueil des participants
14h30 Ateliers : A) bois local · B) réemploi
"""


def test_programme_items_of_other_languages_with_their_days(extract):
    assert _items(extract(TXT_PT)) == {
        "Reuniões B2B entre produtores e compradores 2032": (D(2032, 3, 8), D(2032, 3, 8)),
        "Visita técnica à queijaria da cooperativa 2032": (D(2032, 3, 9), D(2032, 3, 9)),
    }
    assert _items(extract(TXT_NO)) == {
        "Bedriftsbesøk hos Bodø Skipsverft 2033": (D(2033, 6, 14), D(2033, 6, 14)),
        "Rundebordsmøte om kraftlinjer i nord 2033": (D(2033, 6, 15), D(2033, 6, 15)),
    }
    assert _items(extract(TXT_IT)) == {
        "Tavola rotonda sulla certificazione forestale 2030": (D(2030, 10, 3), D(2030, 10, 3)),
        "Cena sociale presso la Villa Manin 2030": (D(2030, 10, 3), D(2030, 10, 3)),
    }
    assert _items(extract(TXT_FR)) == {"Ateliers 2030": (D(2030, 10, 10), D(2030, 10, 10))}


# session-like items of a timetable: plural workshops and round tables, an award ceremony, a networking drink; the
# slot's lettered parts are no part of the name; a numbered panel is a session of the programme
TXT_SESSIONS = """Baltic Composites Day – programme, Thursday 6 March 2031

09:30 Panel 1: recycling glass fibre at scale
11:00 Parallel workshops: A) design for disassembly · B) resin choice · C) testing
14:00 Round tables (permits / costs / skills)
16:30 Composite Innovation Award ceremony
17:30 Networking drink on the terrace
"""

# an English timetable read one cell a line whose speakers' cell reads as German: the slots keep their items
TXT_CELL_LANGUAGE = """Green Hydrogen Valleys Day

Wednesday 12 November 2031

Time

Session

Speakers

10:00

Opening

Dr. Hannelore Brückner-Weiß (Landesverband für Wasserstoff und Brennstoffzellen, Stuttgart); Jörg Übelhör (Stadtwerke Ulm)

12:00

B2B meetings (pre-booked)

–

14:00

Site visits: A) electrolyser plant · B) bus depot

–
"""


def test_programme_items_of_sessions_and_cells(extract):
    # every event of the day, the award ceremony named by the lower-case name rule before this one
    assert [(e.name, e.rule, e.start_date) for e in extract(TXT_SESSIONS).events] == [
        ("Baltic Composites Day 2031", "pattern:event_name", D(2031, 3, 6)),
        ("Parallel workshops 2031", RULE, D(2031, 3, 6)),
        ("Round tables 2031", RULE, D(2031, 3, 6)),
        ("Composite Innovation Award ceremony 2031", "pattern:event_lower", D(2031, 3, 6)),
        ("Networking drink on the terrace 2031", RULE, D(2031, 3, 6)),
    ]
    assert _items(extract(TXT_CELL_LANGUAGE)) == {
        "B2B meetings 2031": (D(2031, 11, 12), D(2031, 11, 12)),
        "Site visits 2031": (D(2031, 11, 12), D(2031, 11, 12)),
    }


# --- a day-by-day list of any language: a weekday of data/programme_day_headings.csv before the day (no news
# dateline's place), the day's place between its dash and a colon; the Greek semicolon "·" ends an item ------------
TXT_DAYS_RO = """Raport de misiune: Clusterul Agro Banat în Bavaria

Cele 12 firme din regiune au călătorit la München și Augsburg în perioada 9–11 iunie 2032.

Programul misiunii

Miercuri, 9 iunie – München: întâlniri B2B cu furnizorii de utilaje agricole; prezentarea clusterului.
Joi, 10 iunie – Augsburg: vizite la trei ferme de lapte, discuții cu fermierii.
Vineri, 11 iunie – Augsburg/Ulm: masă rotundă despre irigații; întoarcerea în țară.
"""

TXT_DAYS_PL = """Sprawozdanie z wyjazdu Klastra Meblowego do Danii

Wyjazd odbył się w dniach 14–16 października 2031 r. z udziałem 9 firm członkowskich.

Program wyjazdu

Wtorek, 14 października – Kopenhaga: spotkania B2B z duńskimi producentami; kolacja powitalna.
Środa, 15 października – Aarhus: wizyta studyjna w parku technologicznym, prezentacja projektów.
"""

TXT_DAYS_EN = """Mission report: the Alentejo cork cluster in Lyon

Eleven member firms travelled to Lyon from 2 to 4 June 2031 with the regional agency.

Programme

Monday, 2 June – Lyon: site visits to two stopper plants; welcome dinner with the chamber of commerce.
Tuesday, 3 June – Villeurbanne: B2B meetings with French buyers, presentation of the cluster.
"""

TXT_SLOTS_EL = """Πρόγραμμα επίσκεψης της αντιπροσωπείας

Ημέρα 1 – Δευτέρα 12 Μαΐου 2031
10:00 Υποδοχή των συμμετεχόντων.
11:30 Επίσκεψη στο εργοστάσιο τυροκομείου της περιοχής· ξενάγηση από τον διευθυντή παραγωγής.
16:00 Επισκέψεις σε οινοποιεία της Νάουσας.
"""


def _events(result) -> list[tuple]:
    return [(e.name, e.rule, e.start_date) for e in result.events]


def test_programme_days_of_every_language_with_their_place(extract):
    assert _events(extract(TXT_DAYS_RO)) == [
        ("Întâlniri B2B cu furnizorii de utilaje agricole 2032", RULE, D(2032, 6, 9)),
        ("Vizite la trei ferme de lapte 2032", RULE, D(2032, 6, 10)),
        ("Masă rotundă despre irigații 2032", "pattern:event_foreign_generic", D(2032, 6, 11)),
    ]
    assert _events(extract(TXT_DAYS_PL)) == [
        ("Spotkania B2B z duńskimi producentami 2031", RULE, D(2031, 10, 14)),
        ("Kolacja powitalna 2031", "pattern:event_foreign_generic", D(2031, 10, 14)),
        ("Wizyta studyjna 2031", "pattern:event_foreign_generic", D(2031, 10, 15)),
    ]
    assert _events(extract(TXT_DAYS_EN)) == [
        ("Site visits to two stopper plants 2031", RULE, D(2031, 6, 2)),
        ("Welcome dinner with the chamber of commerce 2031", RULE, D(2031, 6, 2)),
        ("B2B meetings with French buyers 2031", RULE, D(2031, 6, 3)),
    ]
    assert _events(extract(TXT_SLOTS_EL)) == [
        ("Επίσκεψη στο εργοστάσιο τυροκομείου της περιοχής 2031", RULE, D(2031, 5, 12)),
        ("Επισκέψεις σε οινοποιεία της Νάουσας 2031", RULE, D(2031, 5, 12)),
    ]


# a briefing is a mission day's item where it says where or by whom; a bare "Briefing" slot is none
TXT_BRIEFING_EN = """Mission report: the Silesian medtech cluster in Toronto

Programme

Monday 6 October 2031: arrival in Toronto; briefing at the Polish Consulate General with the trade counsellor.
Tuesday 7 October 2031: B2B meetings with Canadian distributors.
"""

TXT_BRIEFING_RO = """Raport de misiune: Clusterul Medtech Transilvania la Viena

Delegația a cuprins opt firme din regiune și a fost însoțită de un expert al agenției regionale.

Programul misiunii

Luni, 13 octombrie 2031 – Viena: briefing la Ambasada României, cu consilierul economic.
Marți, 14 octombrie 2031 – Viena: vizite la două clinici private; întâlniri B2B cu distribuitori austrieci.
"""

TXT_BRIEFING_SLOTS = """Programme of the partner meeting

09:00 Briefing
09:30 Speakers' briefing in room B
"""


def test_programme_items_a_briefing_said_where(extract):
    assert _events(extract(TXT_BRIEFING_EN)) == [
        ("Briefing at the Polish Consulate General with the trade counsellor 2031", RULE, D(2031, 10, 6)),
        ("B2B meetings with Canadian distributors 2031", RULE, D(2031, 10, 7)),
    ]
    assert _events(extract(TXT_BRIEFING_RO)) == [
        ("Briefing la Ambasada României 2031", RULE, D(2031, 10, 13)),
        ("Vizite la două clinici private 2031", RULE, D(2031, 10, 14)),
        ("Întâlniri B2B cu distribuitori austrieci 2031", RULE, D(2031, 10, 14)),
    ]
    assert _events(extract(TXT_BRIEFING_SLOTS)) == [("Speakers' briefing in room B", RULE, None)]


# drinks on a timed line: an item bare or with words of its own, in several languages
TXT_DRINKS = """Open lab afternoon – programme

14:00 Welcome by the director
15:30 Tour of the pilot hall
17:00 Aperitivo with cheese from the valley
"""
TXT_DRINKS_SV = """KVÄLLENS PROGRAM

17.00 Mingel med klustrets medlemmar
18.00 Föredrag om skogsbruk
"""
TXT_DRINKS_FR = """Programme de la soirée

18h00 Accueil des participants
18h30 Table ronde sur le recyclage
20h00 Apéritif
"""


def test_programme_items_drinks_on_timed_lines(extract):
    assert _events(extract(TXT_DRINKS)) == [("Aperitivo with cheese from the valley", RULE, None)]
    assert _events(extract(TXT_DRINKS_SV)) == [("Mingel med klustrets medlemmar", RULE, None)]
    assert _events(extract(TXT_DRINKS_FR)) == [("Table ronde sur le recyclage", RULE, None), ("Apéritif", RULE, None)]
