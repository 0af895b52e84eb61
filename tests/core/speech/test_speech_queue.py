"""The reading queue: what a listener hears next after each command."""

from __future__ import annotations

import pytest

from reader.core.models import Item
from reader.core.speech.queue import RESTART_AFTER_MS, PlayState, ReadingQueue, ReadMode
from reader.core.speech.sentences import TextField, TextPosition, Utterance, UtteranceKind

ITEMS = [
    Item("Eerste titel", "Bestuur", ("Een alfa. Een bravo.", "Een charlie. Een delta.")),
    Item("Tweede titel", "Bestuur", ("Twee alfa. Twee bravo.", "Twee charlie.")),
    Item("Derde titel", "Zorg", ("Drie alfa.",)),
]


def heard(queue: ReadingQueue, first: Utterance | None, limit: int = 100) -> list[str]:
    """Play to the end as a player would, returning what was said."""
    said: list[str] = []
    u = first
    while u is not None and len(said) < limit:
        said.append(u.text)
        u = queue.utterance_done()
    return said


@pytest.fixture
def queue() -> ReadingQueue:
    return ReadingQueue(ITEMS)


def test_read_item_reads_title_and_sentences_then_stops(queue) -> None:
    first = queue.read_item(1)
    assert heard(queue, first) == ["Tweede titel", "Twee alfa.", "Twee bravo.", "Twee charlie."]
    assert queue.state is PlayState.FINISHED
    assert queue.current is None


def test_read_item_announces_its_theme_when_it_differs_from_the_item_before(queue) -> None:
    assert heard(queue, queue.read_item(0))[0] == "Bestuur"
    assert heard(queue, queue.read_item(2))[:2] == ["Zorg", "Derde titel"]


def test_reading_on_crosses_item_boundaries(queue) -> None:
    said = heard(queue, queue.read_on(0))
    assert said == [
        "Bestuur", "Eerste titel", "Een alfa.", "Een bravo.", "Een charlie.", "Een delta.",
        "Tweede titel", "Twee alfa.", "Twee bravo.", "Twee charlie.",
        "Zorg", "Derde titel", "Drie alfa.",
    ]  # fmt: skip


def test_read_on_from_the_caret(queue) -> None:
    caret = TextPosition(TextField.SUMMARY, 1, ITEMS[1].summary[1].index("charlie"))
    first = queue.read_on(1, caret)
    assert heard(queue, first) == ["Twee charlie.", "Zorg", "Derde titel", "Drie alfa."]


def test_skimming_reads_only_titles(queue) -> None:
    first = queue.read_titles()
    assert queue.mode is ReadMode.TITLES
    assert heard(queue, first) == ["Eerste titel", "Tweede titel", "Derde titel"]
    assert heard(queue, queue.read_titles(1)) == ["Tweede titel", "Derde titel"]


def test_selection_reads_only_the_selected_text(queue) -> None:
    start = TextPosition(TextField.SUMMARY, 0, ITEMS[0].summary[0].index("bravo"))
    end = TextPosition(TextField.SUMMARY, 1, len("Een charlie"))
    assert heard(queue, queue.read_selection(0, start, end)) == ["bravo.", "Een charlie"]


def test_resume_continues_at_the_sentence_where_it_paused(queue) -> None:
    queue.read_on(0)
    for _ in range(3):
        queue.utterance_done()
    assert queue.current.text == "Een bravo."
    queue.pause()
    assert queue.state is PlayState.PAUSED
    assert queue.utterance_done() is None  # a player's late "finished" does not move on
    resumed = queue.resume()
    assert resumed.text == "Een bravo."
    assert queue.state is PlayState.PLAYING
    assert heard(queue, resumed)[:2] == ["Een bravo.", "Een charlie."]


def test_next_and_previous_sentence(queue) -> None:
    queue.read_on(0)
    queue.utterance_done()  # title
    assert queue.next_sentence().text == "Een alfa."
    assert queue.next_sentence().text == "Een bravo."
    # Just begun: back to the sentence before.
    assert queue.prev_sentence(elapsed_ms=200).text == "Een alfa."
    # Well into it: restart it.
    assert queue.prev_sentence(elapsed_ms=RESTART_AFTER_MS + 500).text == "Een alfa."
    assert queue.current.text == "Een alfa."


def test_previous_sentence_at_the_very_first_one_restarts_it(queue) -> None:
    assert queue.read_on(0).text == "Bestuur"
    assert queue.prev_sentence().text == "Bestuur"


def test_next_and_previous_paragraph(queue) -> None:
    queue.read_on(0)
    assert queue.next_paragraph().text == "Een alfa."  # heading (theme + title) -> paragraph 1
    assert queue.next_paragraph().text == "Een charlie."
    queue.next_sentence()  # "Een delta."
    assert queue.prev_paragraph().text == "Een charlie."  # within it: to its start
    assert queue.prev_paragraph(elapsed_ms=100).text == "Een alfa."  # at its start: previous one
    assert queue.prev_paragraph(elapsed_ms=RESTART_AFTER_MS).text == "Een alfa."  # restart
    assert queue.prev_paragraph().text == "Bestuur"  # the heading starts with the theme
    queue.next_paragraph()
    queue.next_paragraph()
    assert queue.next_paragraph().text == "Tweede titel"  # reading on: into the next item


def test_next_and_previous_item(queue) -> None:
    queue.read_on(0)
    assert queue.next_item().text == "Tweede titel"
    queue.next_sentence()
    queue.next_sentence()  # "Twee bravo.": well into item 2
    assert queue.prev_item().text == "Tweede titel"
    assert queue.prev_item(elapsed_ms=300).text == "Bestuur"  # at its start: item 1
    assert queue.next_item().text == "Tweede titel"
    assert queue.prev_item(elapsed_ms=RESTART_AFTER_MS).text == "Tweede titel"
    assert queue.next_item().text == "Zorg"
    assert queue.next_item() is None  # no item after the last: reading ends
    assert queue.state is PlayState.FINISHED


def test_read_item_keeps_sentence_moves_inside_the_item(queue) -> None:
    queue.read_item(1)
    assert queue.prev_sentence().text == "Tweede titel"  # no backing into item 1
    queue.next_paragraph()
    queue.next_paragraph()  # "Twee charlie.", the last
    assert queue.next_sentence() is None
    assert queue.state is PlayState.FINISHED


def test_next_item_in_item_mode_reads_that_item_alone(queue) -> None:
    queue.read_item(0)
    assert queue.next_item().text == "Tweede titel"
    assert heard(queue, queue.current) == [
        "Tweede titel",
        "Twee alfa.",
        "Twee bravo.",
        "Twee charlie.",
    ]


def test_moving_while_paused_stays_paused(queue) -> None:
    queue.read_on(0)
    queue.pause()
    assert queue.next_item() is None  # nothing to play now ...
    assert queue.current.text == "Tweede titel"  # ... but this is where we are
    assert queue.state is PlayState.PAUSED
    assert queue.resume().text == "Tweede titel"


def test_stop_after_each_item(queue) -> None:
    queue.stop_after_each_item = True
    said = heard(queue, queue.read_on(0))
    assert said[-1] == "Een delta."
    assert queue.state is PlayState.PAUSED
    assert queue.paused_at_item_end
    assert queue.current.text == "Tweede titel"
    assert heard(queue, queue.resume()) == [
        "Tweede titel",
        "Twee alfa.",
        "Twee bravo.",
        "Twee charlie.",
    ]


def test_stop_ends_reading_and_commands_do_nothing_after_it(queue) -> None:
    queue.read_on(0)
    queue.stop()
    assert queue.state is PlayState.IDLE
    assert queue.current is None
    assert queue.resume() is None
    assert queue.next_sentence() is None
    assert queue.utterance_done() is None


def test_upcoming_lists_what_to_synthesise_ahead(queue) -> None:
    queue.read_item(0)
    queue.next_paragraph()
    queue.next_paragraph()
    assert [u.text for u in queue.upcoming(5)] == [
        "Een charlie.",
        "Een delta.",
    ]  # item mode: no more
    queue.read_on(0)
    assert [u.kind for u in queue.upcoming(3)] == [
        UtteranceKind.THEME, UtteranceKind.TITLE, UtteranceKind.SENTENCE,
    ]  # fmt: skip


def test_pauses_between_utterances(queue) -> None:
    queue.read_on(0)
    title = queue.next_sentence()
    assert title.kind is UtteranceKind.TITLE
    assert queue.pause_after_ms(title) == queue.options.title_pause_ms
    last_of_item = next(u for u in reversed(queue.playlist) if u.item_index == 0)
    assert queue.pause_after_ms(last_of_item) == queue.options.item_pause_ms


def test_an_unknown_item_is_refused(queue) -> None:
    with pytest.raises(IndexError):
        queue.read_item(3)
