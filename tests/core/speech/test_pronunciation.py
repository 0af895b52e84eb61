"""The pronunciation list: defaults, whole-word replacement, the user's file."""

from __future__ import annotations

import json
import wave

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Item
from reader.core.speech.engines.espeak import EspeakSynthesizer
from reader.core.speech.prefetch import SpeechSettings, render
from reader.core.speech.pronunciation import PronunciationList, spell_dutch
from reader.core.speech.sentences import item_utterances


def test_dutch_defaults_spell_out_acronyms_and_expand_abbreviations() -> None:
    words = PronunciationList()
    said = words.apply("De VNG en het ministerie van BZK bespreken o.a. de Wmo.", "nl")
    assert said == (
        "De vee en gee en het ministerie van bee zet kaa bespreken onder andere de wee em oo."
    )
    for acronym in ("ALV", "GMSD", "APV"):
        assert acronym in words.entries("nl")


def test_only_whole_words_change_and_compounds_keep_their_tail() -> None:
    words = PronunciationList()
    assert words.apply("VNG-voorzitter", "nl") == "vee en gee-voorzitter"
    assert words.apply("Calvijn en ALVERNA", "nl") == "Calvijn en ALVERNA"
    assert words.apply("vng", "nl") == "vng"  # case matters: not every "vng" is the VNG


def test_entries_are_per_language() -> None:
    words = PronunciationList()
    assert words.apply("e.g. this", "en") == "for example this"
    assert words.apply("VNG", "en") == "V N G"
    assert words.apply("VNG", "fr") == "VNG"


def test_spell_dutch() -> None:
    assert spell_dutch("IenW") == "ie ee en wee"


def test_user_file_overrides_adds_and_removes_defaults(tmp_path) -> None:
    path = tmp_path / "settings" / "pronunciation.json"
    words = PronunciationList.load(path)  # no file yet: the defaults
    assert words.apply("ALV", "nl") == "aa el vee"
    words.set("nl", "ALV", "algemene ledenvergadering")
    words.set("nl", "Helder", "Hel-der")
    words.remove("nl", "BZK")
    words.save(path)
    again = PronunciationList.load(path)
    assert again.apply("ALV, BZK en Helder", "nl") == "algemene ledenvergadering, BZK en Hel-der"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 1
    assert saved["languages"]["nl"]["BZK"] is None


def test_a_broken_user_file_is_reported(tmp_path) -> None:
    path = tmp_path / "pronunciation.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ReaderError) as info:
        PronunciationList.load(path)
    assert info.value.kind is ErrorKind.UNREADABLE


def test_saving_after_a_damaged_list_never_loses_the_users_entries(tmp_path) -> None:
    """A trailing comma made the editor's next save overwrite Jansen, RvS and Wmo."""
    path = tmp_path / "pronunciation.json"
    damaged = '{"version": 1, "languages": {"nl": {"Jansen": "Jan-sen", "RvS": "Raad van State",' \
        ' "Wmo": "wet maatschappelijke ondersteuning",}}}'
    path.write_text(damaged, encoding="utf-8")
    with pytest.raises(ReaderError) as info:
        PronunciationList.load(path)
    kept = list(tmp_path.glob("pronunciation.json.*.corrupt"))
    assert len(kept) == 1
    assert kept[0].read_text(encoding="utf-8") == damaged
    assert kept[0].name in info.value.detail  # the message says where the entries are
    fresh = PronunciationList()
    fresh.save(path)  # what the editor does after OK
    assert kept[0].read_text(encoding="utf-8") == damaged


def test_pronunciation_changes_what_is_said_not_what_is_shown(tmp_path) -> None:
    item = Item("GMSD laat stabiliteit zien", None, ("De GMSD is gepubliceerd.",))
    title = item_utterances(item, 0)[0]
    text, language, _ = render(title, SpeechSettings(), PronunciationList())
    assert text == "gee em es dee laat stabiliteit zien"
    assert title.text == "GMSD laat stabiliteit zien"
    assert (title.start, title.end) == (0, len(item.title))
    # And the engine really says something else.
    synth = EspeakSynthesizer()
    with_list = synth.synthesize(text, tmp_path / "a.wav", language=language)
    without = synth.synthesize(title.spoken, tmp_path / "b.wav", language=language)
    with wave.open(str(with_list)) as a, wave.open(str(without)) as b:
        assert a.readframes(a.getnframes()) != b.readframes(b.getnframes())
