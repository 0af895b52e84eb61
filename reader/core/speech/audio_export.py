"""Write items as one audio file: WAV always; MP3 and Opus when `soundfile` is installed."""

from __future__ import annotations

import logging
import os
import shutil
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Item
from reader.core.speech.engines.types import CancelToken, Synthesizer, scratch_folder
from reader.core.speech.prefetch import SpeechSettings, render
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.sentences import SplitOptions, UtteranceKind, items_utterances

log = logging.getLogger(__name__)

# (done, total): utterances synthesised so far; joining and encoding follow the last call.
Progress = Callable[[int, int], None]

OPUS_RATE = 24000  # Opus accepts 8, 12, 16, 24 or 48 kHz; espeak-ng writes 22.05 kHz


def available_formats() -> list[str]:
    """Return the audio formats export can write here: "wav", plus "mp3"/"opus" if possible."""
    formats = ["wav"]
    try:
        import soundfile
    except (ImportError, OSError):  # OSError: the wheel's libsndfile failed to load
        return formats
    if "MP3" in soundfile.available_formats():
        formats.append("mp3")
    if "OPUS" in soundfile.available_subtypes("OGG"):
        formats.append("opus")
    return formats


def join_wavs(parts: Sequence[tuple[Path, int]], out: Path) -> float:
    """Join WAV files of one format into one, with (file, silence after in ms); return seconds."""
    if not parts:
        raise ReaderError(ErrorKind.EMPTY, "nothing to write")
    params = None
    frames_written = 0
    tmp = out.with_name(out.name + ".part")
    try:
        with wave.open(str(tmp), "wb") as dest:
            for path, pause_ms in parts:
                with wave.open(str(path), "rb") as src:
                    if params is None:
                        params = src.getparams()
                        dest.setnchannels(params.nchannels)
                        dest.setsampwidth(params.sampwidth)
                        dest.setframerate(params.framerate)
                    elif (src.getnchannels(), src.getsampwidth(), src.getframerate()) != (
                        params.nchannels,
                        params.sampwidth,
                        params.framerate,
                    ):
                        raise ReaderError(ErrorKind.SPEECH, f"{path.name}: other audio format")
                    frames = src.readframes(src.getnframes())
                dest.writeframes(frames)
                frames_written += len(frames) // (params.sampwidth * params.nchannels)
                silence = params.framerate * max(0, pause_ms) // 1000
                dest.writeframes(b"\0" * silence * params.sampwidth * params.nchannels)
                frames_written += silence
        os.replace(tmp, out)
    except (OSError, wave.Error) as exc:
        raise ReaderError(ErrorKind.STORAGE, f"{out}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    assert params is not None
    return frames_written / params.framerate


def encode(wav: Path, out: Path, audio_format: str) -> None:
    """Encode a WAV file as MP3 or Opus (Ogg) with soundfile; ReaderError if unavailable."""
    if audio_format not in available_formats():
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{audio_format}: no encoder installed")
    import numpy as np
    import soundfile

    data, rate = soundfile.read(str(wav), dtype="float32")
    if audio_format == "opus":
        if rate != OPUS_RATE:  # linear resampling is plenty for synthetic speech
            n = int(len(data) * OPUS_RATE / rate)
            data = np.interp(np.arange(n) * (rate / OPUS_RATE), np.arange(len(data)), data)
            data = data.astype("float32")
            rate = OPUS_RATE
        kind, subtype = "OGG", "OPUS"
    else:
        kind, subtype = "MP3", "MPEG_LAYER_III"
    tmp = out.with_name(out.name + ".part")
    try:
        soundfile.write(str(tmp), data, rate, format=kind, subtype=subtype)
        os.replace(tmp, out)
    except (OSError, RuntimeError) as exc:  # soundfile raises LibsndfileError (a RuntimeError)
        raise ReaderError(ErrorKind.STORAGE, f"{out}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)


def format_for(path: Path) -> str:
    """Return the audio format a file name asks for: wav, mp3 or opus."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("wav", "mp3", "opus"):
        return suffix
    if suffix in ("ogg", "oga"):
        return "opus"
    raise ReaderError(ErrorKind.UNSUPPORTED, f"{path.name}: use .wav, .mp3 or .opus")


def export_items(
    items: Sequence[Item],
    out: str | Path,
    synth: Synthesizer,
    *,
    settings: SpeechSettings | None = None,
    pronunciations: PronunciationList | None = None,
    options: SplitOptions | None = None,
    language: str = "nl",
    titles_only: bool = False,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> float:
    """Speak items into one audio file (format from its suffix); return its length in seconds.

    A cancel raises SynthesisCancelled and leaves no file behind.
    """
    out = Path(out)
    audio_format = format_for(out)
    if audio_format != "wav" and audio_format not in available_formats():
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{audio_format}: no encoder installed")
    settings = settings or SpeechSettings()
    opts = options or SplitOptions()
    utterances = items_utterances(items, language=language, options=opts)
    if titles_only:
        utterances = [u for u in utterances if u.kind is UtteranceKind.TITLE]
    if not utterances:
        raise ReaderError(ErrorKind.EMPTY, "nothing to read")
    folder = scratch_folder("helder-export-")
    try:
        parts: list[tuple[Path, int]] = []
        total = len(utterances)
        for n, u in enumerate(utterances):
            text, lang, voice = render(u, settings, pronunciations)
            wav = folder / f"{n:05}.wav"
            synth.synthesize(
                text,
                wav,
                language=lang,
                voice=voice,
                rate_wpm=settings.rate_wpm,
                volume=settings.volume,
                cancel=cancel,
            )
            pause = opts.title_pause_ms if titles_only else u.pause_after_ms
            parts.append((wav, 0 if n == total - 1 else pause))
            if progress is not None:
                progress(n + 1, total)
        joined = out if audio_format == "wav" else folder / "joined.wav"
        seconds = join_wavs(parts, joined)
        if audio_format != "wav":
            encode(joined, out, audio_format)
        log.info("wrote %s: %d utterances, %.1f s", out, total, seconds)
        return seconds
    finally:
        shutil.rmtree(folder, ignore_errors=True)
