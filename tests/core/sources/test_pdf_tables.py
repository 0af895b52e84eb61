"""PDF events tables (one row, one item) and dates read as ISO 8601 with the text kept."""

from __future__ import annotations

import pytest

from reader.core.sources import rules
from reader.core.sources.dates import iso_date
from reader.core.sources.parse import parse_bytes
from tests.core.sources.test_pdf_parser import make_pdf

ROWS = [("Mo. 06.03.2023 19:30", "Bingo in het buurthuis", "Zaal open om 19:00, kaart aan de deur"),
        ("Mi. 08.03.2023 10:00", "Koffieochtend", "Voor alle buurtbewoners, gratis"),
        ("Sa. 11.03.2023 14:00", "Repair cafe", "Neem kapotte spullen mee"),
        ("So. 12.03.2023 16:00", "Concert van het koor", "Werken van Bach en Mozart")]


def _table_pdf() -> bytes:
    lines = [("F1", 16, 40, 800, "Agenda maart 2023")]
    y = 760.0
    for when, title, info in ROWS:
        lines += [("F2", 9, 40, y, when), ("F2", 9, 180, y, title), ("F1", 9, 180, y - 12, info)]
        y -= 40
    lines += [("F2", 9, 100, y, "20:00"), ("F2", 9, 180, y, "Avondconcert"),
              ("F1", 9, 180, y - 12, "Tweede concert van die dag")]
    return make_pdf([lines])


def test_each_row_of_an_events_table_is_an_item_with_its_date():
    items = parse_bytes(_table_pdf(), name="agenda.pdf").items
    assert [it.title for it in items] == [r[1] for r in ROWS] + ["Avondconcert"]
    assert items[0].date == "2023-03-06T19:30"
    assert items[0].date_text == "Mo. 06.03.2023 19:30"
    assert items[0].summary == ("Zaal open om 19:00, kaart aan de deur",)
    assert items[-1].date == "2023-03-12T20:00"  # a second event on the day above it
    assert {it.category for it in items} == {"Agenda maart 2023"}
    with rules.disabled("pdf.table_rows"):
        titles = [it.title for it in parse_bytes(_table_pdf(), name="agenda.pdf").items]
    assert titles != [r[1] for r in ROWS] + ["Avondconcert"]


@pytest.mark.parametrize(("text", "iso"), [
    ("Friday, February 3, 2023", "2023-02-03"),
    ("3 februari 2023", "2023-02-03"),
    ("le 3 févr. 2023 à 18:30", "2023-02-03T18:30"),
    ("Do. 02.02.2023 12:05", "2023-02-02T12:05"),
    ("2023-02-03", "2023-02-03"),
    ("am Sonntag, 5. März 2023, 10.00 Uhr", "2023-03-05T10:00"),
    ("3/2/2023", None),  # day or month first? no guess
    ("12 maart", None),  # no year
    ("31 februari 2023", None),
])
def test_dates_become_iso_8601_only_where_the_text_is_unambiguous(text, iso):
    assert iso_date(text) == iso
