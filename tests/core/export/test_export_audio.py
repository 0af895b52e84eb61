"""Audio export with the real espeak-ng: not silent, in order, as long as its text."""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

import pytest

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export import export_briefing
from reader.core.export.audio import espeak_synthesize, export_wav, utterances
from tests.core.briefing_sample import sample_briefing


def read_wav(path: Path) -> tuple[float, float, wave._wave_params]:
    """Return (duration in seconds, RMS of the 16-bit samples from 0 to 1, params)."""
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        frames = wav.readframes(wav.getnframes())
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    rms = math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768
    return params.nframes / params.framerate, rms, params


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("wav") / "briefing.wav"
    export_briefing(sample_briefing(), "wav", out)
    return out


def spoken_words(briefing: Briefing) -> int:
    return sum(len(u.text.split()) for u in utterances(briefing))


def test_audio_is_speech_not_silence(exported):
    _duration, rms, params = read_wav(exported)
    assert params.nchannels == 1
    assert params.sampwidth == 2
    assert params.framerate >= 16000
    assert rms > 0.02  # espeak-ng speech is around 0.05-0.1; silence is 0


def test_length_fits_the_text(exported):
    duration, _, _ = read_wav(exported)
    words = spoken_words(sample_briefing())
    # At 170 words a minute, speech is about 0.35 s a word; pauses add a little.
    assert 0.2 * words < duration < 0.8 * words, (duration, words)


def test_longer_briefing_gives_longer_audio(tmp_path, exported):
    short = Briefing(title="Kort", language="nl")
    out = export_wav(short, tmp_path / "short.wav")
    short_duration, _, _ = read_wav(out)
    long_duration, _, _ = read_wav(exported)
    assert long_duration > 4 * short_duration


def test_each_item_is_announced_in_order_in_its_language():
    spoken = utterances(sample_briefing())
    announcements = [u for u in spoken if u.text.startswith("Onderwerp ")]
    assert [u.text for u in announcements] == [
        "Onderwerp 1: Jeugdzorg krijgt meer geld.",
        "Onderwerp 2: Woningbouw versnelt.",
        "Onderwerp 3:",
    ]
    # "Onderwerp" is Helder's Dutch word, spoken by the Dutch voice; the English title follows
    # in the English voice.
    assert [u.language for u in announcements] == ["nl", "nl", "nl"]
    after = spoken[spoken.index(announcements[2]) + 1]
    assert (after.text, after.language) == ("Climate agreement signed.", "en")
    texts = [u.text for u in spoken]
    assert texts[0] == "Briefing wethouder week 12."
    assert texts.index("Notitie: Vraag naar de verdeling over de regio.") < texts.index(
        "Onderwerp 2: Woningbouw versnelt."
    )
    assert texts[-1] == "Einde van de briefing."
    english = Briefing(title="T", language="en").add(BriefingEntry(title="Budget"))
    assert "Item 1: Budget." in [u.text for u in utterances(english)]


def test_a_plugged_in_synthesizer_is_used_for_every_utterance(tmp_path):
    calls: list[tuple[str, str]] = []

    def synthesize(text: str, language: str, path: Path) -> None:
        calls.append((text, language))
        espeak_synthesize(text, language, path)

    briefing = sample_briefing()
    export_wav(briefing, tmp_path / "b.wav", synthesize=synthesize)
    assert sorted(calls) == sorted((u.text, u.language) for u in utterances(briefing))


def test_pieces_of_different_formats_are_refused(tmp_path):
    def synthesize(text: str, language: str, path: Path) -> None:
        rate = 16000 if "Onderwerp" in text else 22050
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(rate)
            wav.writeframes(b"\x01\x00" * 100)

    with pytest.raises(ReaderError) as caught:
        export_wav(sample_briefing(), tmp_path / "b.wav", synthesize=synthesize)
    assert caught.value.kind is ErrorKind.SPEECH


def test_progress_is_reported_and_can_stop_the_export(tmp_path):
    briefing = sample_briefing()
    total = len(utterances(briefing))
    seen: list[tuple[int, int]] = []
    export_briefing(briefing, "wav", tmp_path / "b.wav", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(done, total) for done in range(1, total + 1)]

    class Stop(Exception):
        pass

    def stop_at_three(done: int, total: int) -> None:
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        export_briefing(briefing, "wav", tmp_path / "stopped.wav", progress=stop_at_three)
    assert not (tmp_path / "stopped.wav").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.wav"]  # no part file left
