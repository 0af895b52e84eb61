"""Briefing model: adding, moving, removing, notes, details and the JSON form."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.briefing.model import BRIEFING_JSON_VERSION, Briefing, BriefingEntry
from tests.core.briefing_sample import ENTRY_TITLES, sample_briefing, sample_issue


def titles(briefing: Briefing) -> list[str]:
    return [e.title for e in briefing.entries]


def test_add_item_copies_the_item_and_its_source():
    issue = sample_issue()
    briefing = Briefing(title="B").add_item(issue.items[0], issue)
    entry = briefing.entries[0]
    assert entry.title == "Woningbouw versnelt"
    assert entry.category == "Wonen"
    assert entry.summary == issue.items[0].summary
    assert entry.link == "https://example.org/wonen"
    assert entry.source_title == "VNG Nieuwsbrief week 12"
    assert entry.source_date == "2026-03-20"
    assert entry.source == "vng-week-12.txt"
    assert entry.language == "nl"  # the issue's language when the item has none
    assert entry.note == ""


def test_operations_return_new_briefings_and_leave_the_old_one():
    issue = sample_issue()
    empty = Briefing(title="B")
    one = empty.add_item(issue.items[0], issue)
    assert len(empty) == 0
    assert len(one) == 1
    with pytest.raises(AttributeError):
        one.title = "x"  # type: ignore[misc]


def test_adding_the_same_item_twice_keeps_one():
    issue = sample_issue()
    briefing = Briefing().add_item(issue.items[0], issue).add_item(issue.items[0], issue)
    assert titles(briefing) == ["Woningbouw versnelt"]
    assert briefing.contains_item(issue.items[0], issue)
    assert not briefing.contains_item(issue.items[1], issue)


def test_move_up_and_down_keep_everything_and_stop_at_the_ends():
    briefing = sample_briefing()
    assert titles(briefing) == ENTRY_TITLES
    down = briefing.move_down(0)
    assert titles(down) == [ENTRY_TITLES[1], ENTRY_TITLES[0], ENTRY_TITLES[2]]
    assert down.entries[1].note == "Vraag naar de verdeling over de regio."  # note moves along
    assert titles(down.move_up(1)) == ENTRY_TITLES
    assert briefing.move_up(0) is briefing
    assert briefing.move_down(2) is briefing
    assert titles(briefing.move(2, 0)) == [ENTRY_TITLES[2], ENTRY_TITLES[0], ENTRY_TITLES[1]]


def test_remove_and_bad_indexes():
    briefing = sample_briefing()
    assert titles(briefing.remove(1)) == [ENTRY_TITLES[0], ENTRY_TITLES[2]]
    with pytest.raises(IndexError):
        briefing.remove(3)
    with pytest.raises(IndexError):
        briefing.set_note(-1, "x")


def test_set_note_and_details():
    briefing = sample_briefing().set_note(1, "  Bespreken met de raad.  ")
    assert briefing.entries[1].note == "Bespreken met de raad."
    assert briefing.set_note(1, "").entries[1].note == ""
    changed = briefing.with_details(title="Nieuw", recipient="Burgemeester", date="2026-04-01")
    assert (changed.title, changed.recipient, changed.date) == (
        "Nieuw",
        "Burgemeester",
        "2026-04-01",
    )
    assert changed.id == briefing.id
    with pytest.raises(TypeError):
        briefing.with_details(entries=())


def test_from_issue_takes_items_by_number_in_the_given_order():
    issue = sample_issue()
    briefing = Briefing.from_issue(issue, [4, 1])
    assert titles(briefing) == ["Privacy bij camera’s", "Woningbouw versnelt"]
    assert briefing.title == issue.title
    assert briefing.language == "nl"
    assert len(Briefing.from_issue(issue)) == 4
    with pytest.raises(IndexError):
        Briefing.from_issue(issue, [5])
    with pytest.raises(IndexError):
        Briefing.from_issue(issue, [0])


def test_json_round_trip_keeps_everything():
    briefing = sample_briefing()
    text = briefing.to_json()
    data = json.loads(text)
    assert data["version"] == BRIEFING_JSON_VERSION
    assert [e["title"] for e in data["entries"]] == ENTRY_TITLES
    assert Briefing.from_json(text) == briefing


def test_json_from_a_newer_program_is_refused():
    data = sample_briefing().to_dict()
    data["version"] = BRIEFING_JSON_VERSION + 1
    with pytest.raises(ValueError, match="newer"):
        Briefing.from_dict(data)


def test_entry_reads_summary_given_as_text():
    entry = BriefingEntry.from_dict({"title": "T", "summary": "Een.\n\nTwee."})
    assert entry.summary == ("Een.", "Twee.")


def test_new_briefings_get_distinct_ids():
    assert Briefing().id != Briefing().id


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["up", "down", "move", "note"]), st.integers(0, 5), st.integers(0, 5)
        ),
        max_size=30,
    )
)
def test_reordering_and_notes_never_lose_or_double_an_item(operations):
    briefing = Briefing.from_issue(sample_issue())
    original = sorted(titles(briefing))
    for name, index, other in operations:
        index %= len(briefing)
        if name == "up":
            briefing = briefing.move_up(index)
        elif name == "down":
            briefing = briefing.move_down(index)
        elif name == "move":
            briefing = briefing.move(index, other)
        else:
            briefing = briefing.set_note(index, f"note {other}")
    assert sorted(titles(briefing)) == original
    assert Briefing.from_json(briefing.to_json()) == briefing
