"""Synthesis ahead of playback: audio ready in order, and a stop that is immediate."""

from __future__ import annotations

import os
import threading
import time
import wave
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.models import Item
from reader.core.speech.engines.espeak import EspeakSynthesizer
from reader.core.speech.prefetch import Prefetcher, SpeechSettings
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.queue import ReadingQueue
from reader.core.speech.sentences import TextField, Utterance, UtteranceKind

SENTENCE = "De VNG wil snel aan tafel met het nieuwe kabinet om het akkoord uit te werken."
ITEMS = [
    Item("ALV stemt in", None, ("De VNG wil snel aan tafel. Het kabinet ook.",)),
    Item("GMSD gepubliceerd", "Zorg", ("De cijfers zijn er.",)),
]


def long_utterance(repeat: int = 400) -> Utterance:
    text = " ".join([SENTENCE] * repeat)
    return Utterance(
        0, UtteranceKind.SENTENCE, TextField.SUMMARY, 0, 0, len(text), text, text, "nl"
    )


def espeak_children() -> list[int]:
    """Return the pids of espeak-ng processes started by this test process (zombies too)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        if ppid == os.getpid() and name.startswith("espeak"):
            found.append(int(entry.name))
    return found


@pytest.fixture
def events():
    return {"ready": [], "errors": []}


@pytest.fixture
def prefetcher(events):
    p = Prefetcher(
        EspeakSynthesizer(),
        pronunciations=PronunciationList(),
        on_ready=lambda u, path: events["ready"].append((u, path)),
        on_error=lambda u, e: events["errors"].append((u, e)),
    )
    yield p
    p.close()
    assert not p.folder.exists()


def test_audio_for_what_comes_next_is_made_in_reading_order(prefetcher, events) -> None:
    queue = ReadingQueue(ITEMS)
    queue.read_on(0)
    upcoming = queue.upcoming(4)
    prefetcher.request(upcoming)
    last = prefetcher.wait(upcoming[-1], timeout=5)
    assert last is not None
    assert [u for u, _ in events["ready"]] == upcoming
    for u in upcoming:
        path = prefetcher.ready(u)
        with wave.open(str(path)) as w:
            assert w.getnframes() > w.getframerate() // 4
    # Audio already made is not made again.
    prefetcher.request(upcoming)
    time.sleep(0.1)
    assert len(events["ready"]) == len(upcoming)


def test_the_pronunciation_list_shapes_the_audio_not_the_text(prefetcher) -> None:
    queue = ReadingQueue(ITEMS)
    title = queue.read_item(0)
    assert prefetcher.key(title)[0] == "aa el vee stemt in"
    assert title.text == "ALV stemt in"


def test_stop_returns_mid_synthesis_and_kills_espeak(prefetcher, events) -> None:
    long = long_utterance()
    prefetcher.request([long])
    deadline = time.monotonic() + 2
    while not espeak_children() and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.1)  # well into the synthesis of about a second
    assert espeak_children(), "espeak-ng should be working"
    started = time.monotonic()
    prefetcher.stop()
    elapsed = time.monotonic() - started
    # Well before the second the synthesis takes: it does not wait for espeak-ng to finish
    # (a few ms here; the margin is for a busy shared machine).
    assert elapsed < 0.5
    assert espeak_children() == []  # killed and reaped
    time.sleep(0.2)
    assert events["ready"] == []
    assert list(prefetcher.folder.glob("*.wav")) == []


def test_a_new_request_drops_work_no_longer_wanted(prefetcher, events) -> None:
    long = long_utterance()
    queue = ReadingQueue(ITEMS)
    short = queue.read_item(1)
    prefetcher.request([long])
    time.sleep(0.1)
    started = time.monotonic()
    prefetcher.request([short])  # the listener jumped to another item
    assert prefetcher.wait(short, timeout=2) is not None
    assert time.monotonic() - started < 0.5
    assert [u for u, _ in events["ready"]] == [short]


def test_settings_change_the_audio(prefetcher) -> None:
    queue = ReadingQueue(ITEMS)
    title = queue.read_item(0)
    prefetcher.request([title])
    normal = prefetcher.wait(title, timeout=2)
    prefetcher.set_settings(SpeechSettings(rate_wpm=350))
    assert prefetcher.ready(title) is None
    prefetcher.request([title])
    fast = prefetcher.wait(title, timeout=2)
    with wave.open(str(normal)) as a, wave.open(str(fast)) as b:
        assert b.getnframes() < a.getnframes()


def test_errors_are_reported_not_raised_in_the_worker(events) -> None:
    p = Prefetcher(
        EspeakSynthesizer(),
        settings=SpeechSettings(voices={"nl": "no-such-voice"}),
        on_error=lambda u, e: events["errors"].append((u, e)),
    )
    try:
        title = ReadingQueue(ITEMS).read_item(0)
        p.request([title])
        with pytest.raises(ReaderError):
            p.wait(title, timeout=2)
        assert [u for u, _ in events["errors"]] == [title]
    finally:
        p.close()


def test_a_callback_may_stop_the_prefetcher() -> None:
    done = threading.Event()
    holder: dict[str, Prefetcher] = {}

    def on_ready(u: Utterance, path: Path) -> None:
        holder["p"].stop()
        done.set()

    holder["p"] = p = Prefetcher(EspeakSynthesizer(), on_ready=on_ready)
    try:
        p.request([ReadingQueue(ITEMS).read_item(0)])
        assert done.wait(2)
    finally:
        p.close()


def test_each_item_is_spoken_in_its_own_language(prefetcher) -> None:
    items = [
        Item("Nieuws", None, ("De raad vergadert vandaag.",), language="nl"),
        Item("News", None, ("The council meets today.",), language="en"),
    ]
    queue = ReadingQueue(items)
    queue.read_on(0)
    sentences = [u for u in queue.playlist if u.kind is UtteranceKind.SENTENCE]
    prefetcher.request(sentences)
    synth = EspeakSynthesizer()
    for u, language, other in ((sentences[0], "nl", "en"), (sentences[1], "en", "nl")):
        path = prefetcher.wait(u, timeout=2)
        own = synth.synthesize(u.spoken, path.with_name(f"ref-{language}.wav"), language=language)
        foreign = synth.synthesize(u.spoken, path.with_name(f"x-{other}.wav"), language=other)
        assert frames(path) == frames(own)
        assert frames(path) != frames(foreign)


def test_a_chosen_voice_per_language_is_used(prefetcher) -> None:
    item = Item("News", None, ("The council meets today.",), language="en")
    sentence = ReadingQueue([item]).read_item(0)
    prefetcher.request([sentence])
    british = frames(prefetcher.wait(sentence, timeout=2))
    prefetcher.set_settings(SpeechSettings(voices={"en": "gmw/en-US"}))
    prefetcher.request([sentence])
    american = frames(prefetcher.wait(sentence, timeout=2))
    assert british != american


def frames(path: Path) -> bytes:
    with wave.open(str(path)) as w:
        return w.readframes(w.getnframes())
