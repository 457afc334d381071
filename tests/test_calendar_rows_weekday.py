"""A calendar saved as space-aligned text (a PDF's text extraction): each row's event takes its own row's date, also
when the date column is filled to its edge and the row opens with a weekday (text_tables ``filled_cell_split``,
``pattern:event_quoted`` after "Tue 05 Feb |")."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.ingest.text_tables import pipe_text_tables
from pipeline.ingest.textutil import normalise_text

D = dt.date

_HEAD = ("Events calendar of the cluster network, adopted by the board on 10 January 2033.\n\n"
         "DATE              EVENT                                         PLACE\n"
         "--------------------------------------------------------------------------\n")


@pytest.mark.parametrize("rows, name, day", [
    ("Tue 11 Jan        Webinar \"Grants for pilot lines\"              online\n"
     "Wed 16 Feb–17 Feb Study trip to the Ruhr steel park             Essen\n", "Webinar Grants for pilot lines", D(2033, 1, 11)),
    ("Mon 07 Mar        Members' breakfast                            Graz\n"
     "Thu 24 Mar        Workshop \"Hydrogen in glass furnaces\"         Leoben\n"
     "Fri 08 Apr–09 Apr Summer school on sensors                      Villach\n", "Workshop Hydrogen in glass furnaces", D(2033, 3, 24)),
    ("Wed 04 May        Summer networking evening                     Brno\n"
     "Fri 17 Jun–19 Jun Mission to Lyon                               Lyon\n", "Summer networking evening", D(2033, 5, 4)),
])
def test_calendar_row_weekday_and_filled_date_cell(extract, rows, name, day):
    text = normalise_text(pipe_text_tables(_HEAD + rows))
    dates = {e.name: (e.start_date, e.end_date) for e in extract(text).events}
    assert any(n.startswith(name) and d == (day, day) for n, d in dates.items()), dates
