"""Items to one audio file: WAV from the real engine, MP3 and Opus through soundfile."""

from __future__ import annotations

import array
import math
import wave
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Item
from reader.core.speech.audio_export import available_formats, export_items, join_wavs
from reader.core.speech.engines.espeak import EspeakSynthesizer
from reader.core.speech.engines.synth import CancelToken, SynthesisCancelled
from reader.core.speech.sentences import SplitOptions

ITEMS = [
    Item("ALV stemt in met herijking", None, ("De VNG wil snel aan tafel. Het kabinet ook.",)),
    Item("Verkiezing van start", "Bestuur", ("Vanaf 1 juni gaat de verkiezing van start.",)),
    Item("Shaping our Future", "Europa", ("The conference is in English.",), language="en"),
]


def wav_stats(path: Path) -> tuple[float, float, int]:
    """Return duration in seconds, RMS of the 16-bit samples, and the frame rate."""
    with wave.open(str(path)) as w:
        frames = array.array("h", w.readframes(w.getnframes()))
        seconds, rate = w.getnframes() / w.getframerate(), w.getframerate()
    rms = math.sqrt(sum(s * s for s in frames) / len(frames)) if frames else 0.0
    return seconds, rms, rate


@pytest.fixture(scope="module")
def synth() -> EspeakSynthesizer:
    return EspeakSynthesizer()


def test_an_item_becomes_an_audible_wav_that_grows_with_more_items(synth, tmp_path) -> None:
    steps: list[tuple[int, int]] = []
    one = export_items(
        ITEMS[:1], tmp_path / "one.wav", synth, progress=lambda d, t: steps.append((d, t))
    )
    seconds, rms, rate = wav_stats(tmp_path / "one.wav")
    assert seconds == pytest.approx(one, abs=0.01)
    assert rms > 500
    assert rate == 22050
    assert steps == [(1, 3), (2, 3), (3, 3)]  # title and two sentences
    three = export_items(ITEMS, tmp_path / "three.wav", synth)
    assert three > one + 3


def test_item_pause_setting_lengthens_the_file(synth, tmp_path) -> None:
    short = export_items(
        ITEMS[:2],
        tmp_path / "a.wav",
        synth,
        options=SplitOptions(paragraph_pause_ms=0, item_pause_ms=0),
    )
    long = export_items(
        ITEMS[:2],
        tmp_path / "b.wav",
        synth,
        options=SplitOptions(paragraph_pause_ms=0, item_pause_ms=3000),
    )
    assert long - short == pytest.approx(3.0, abs=0.05)


def test_titles_only_is_shorter(synth, tmp_path) -> None:
    full = export_items(ITEMS, tmp_path / "a.wav", synth)
    titles = export_items(ITEMS, tmp_path / "t.wav", synth, titles_only=True)
    assert titles < full / 2


def test_join_inserts_silence(synth, tmp_path) -> None:
    a = synth.synthesize("Eén.", tmp_path / "a.wav", language="nl")
    b = synth.synthesize("Twee.", tmp_path / "b.wav", language="nl")
    total = join_wavs([(a, 500), (b, 0)], tmp_path / "ab.wav")
    expected = wav_stats(a)[0] + 0.5 + wav_stats(b)[0]
    assert total == pytest.approx(expected, abs=0.001)
    assert wav_stats(tmp_path / "ab.wav")[0] == pytest.approx(expected, abs=0.001)


@pytest.mark.parametrize("suffix", [".mp3", ".opus"])
def test_compressed_formats_through_soundfile(synth, tmp_path, suffix) -> None:
    import soundfile

    assert suffix[1:] in available_formats()
    out = tmp_path / f"item{suffix}"
    seconds = export_items(ITEMS[:1], out, synth)
    info = soundfile.info(str(out))
    assert info.duration == pytest.approx(seconds, abs=0.15)
    assert (
        out.stat().st_size
        < (tmp_path / "x").with_suffix(".wav").parent.stat().st_size + seconds * 44100
    )
    data, _ = soundfile.read(str(out), dtype="float32")
    assert float(abs(data).max()) > 0.05  # not silent
    assert not list(tmp_path.glob("*.part"))


def test_an_unknown_format_is_refused(synth, tmp_path) -> None:
    with pytest.raises(ReaderError) as info:
        export_items(ITEMS, tmp_path / "x.flac", synth)
    assert info.value.kind is ErrorKind.UNSUPPORTED


def test_cancel_leaves_no_file(synth, tmp_path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(SynthesisCancelled):
        export_items(ITEMS, tmp_path / "x.wav", synth, cancel=token)
    assert not (tmp_path / "x.wav").exists()


def test_a_briefing_is_read_with_the_users_rate_and_pronunciations(synth, tmp_path) -> None:
    from reader.core.briefing.model import Briefing, BriefingEntry
    from reader.core.export import export_briefing
    from reader.core.speech.audio_export import briefing_synthesize
    from reader.core.speech.prefetch import SpeechSettings
    from reader.core.speech.pronunciation import PronunciationList

    briefing = Briefing(title="Week", language="nl").add(BriefingEntry(title="ALV in mei"))
    words = PronunciationList({"nl": {"ALV": "algemene ledenvergadering van de vereniging"}})

    def length(settings: SpeechSettings, pronunciations: PronunciationList | None) -> float:
        out = tmp_path / f"b{settings.rate_wpm}{pronunciations is not None}.wav"
        say = briefing_synthesize(synth, settings, pronunciations)
        export_briefing(briefing, "wav", out, synthesize=say)
        seconds, rms, _rate = wav_stats(out)
        assert rms > 500  # speech, not silence
        return seconds

    plain = length(SpeechSettings(rate_wpm=175), None)
    assert length(SpeechSettings(rate_wpm=175), words) > plain + 1.0  # the words are said
    assert length(SpeechSettings(rate_wpm=350), None) < plain * 0.8  # faster is shorter


def test_an_unreadable_piece_is_a_speech_error_and_leaves_no_file(synth, tmp_path) -> None:
    good = synth.synthesize("Goed.", tmp_path / "good.wav", language="nl")
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"")  # an engine that wrote nothing
    out = tmp_path / "joined.wav"
    with pytest.raises(ReaderError) as info:
        join_wavs([(good, 100), (bad, 0)], out)
    assert info.value.kind is ErrorKind.SPEECH
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.wav", "good.wav"]
