"""The one audio pipeline: pieces of text -> synthesis -> join -> encode, written atomically.

Items (`export_items`, `helder speak`), issues and briefings (reader.core.export.audio) all
go through `write_audio`. WAV always; MP3 and Opus when `soundfile` is installed.
"""

from __future__ import annotations

import logging
import os
import shutil
import wave
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Item
from reader.core.speech.engines.types import (
    CancelToken,
    Synthesize,
    Synthesizer,
    scratch_folder,
)
from reader.core.speech.prefetch import SpeechSettings, render
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.sentences import SplitOptions, UtteranceKind, items_utterances

log = logging.getLogger(__name__)

# (done, total): pieces synthesised so far; joining and encoding follow the last call.
Progress = Callable[[int, int], None]

OPUS_RATE = 24000  # Opus accepts 8, 12, 16, 24 or 48 kHz; espeak-ng writes 22.05 kHz


@dataclass(frozen=True, slots=True)
class Piece:
    """One stretch of an audio file: text as spoken, its language, voice and the pause after."""

    text: str
    language: str
    pause_ms: int = 0
    voice: str | None = None  # None: the engine's voice for the language


# speak(piece, wav_path): write one piece as a WAV file.
SpeakPiece = Callable[[Piece, Path], None]


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


def format_for(path: Path) -> str:
    """Return the audio format a file name asks for: wav, mp3 or opus."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("wav", "mp3", "opus"):
        return suffix
    if suffix in ("ogg", "oga"):
        return "opus"
    raise ReaderError(ErrorKind.UNSUPPORTED, f"{path.name}: use .wav, .mp3 or .opus")


def join_wavs(parts: Sequence[tuple[Path, int]], out: Path) -> float:
    """Join WAV files of one format into one, with (file, silence after in ms); return seconds.

    Written to `out`.part and renamed into place. A piece that is unreadable or of another
    format raises ReaderError(SPEECH); failing to write raises OSError.
    """
    if not parts:
        raise ReaderError(ErrorKind.EMPTY, "nothing to write")
    first = _read_piece(parts[0][0])
    params = first[0]
    frames_written = 0
    tmp = out.with_name(out.name + ".part")
    try:
        # The file is opened first: wave.open on a path that cannot be created leaves a
        # half-made writer whose clean-up prints a second, confusing error.
        with open(tmp, "wb") as handle, wave.open(handle, "wb") as dest:
            dest.setnchannels(params.nchannels)
            dest.setsampwidth(params.sampwidth)
            dest.setframerate(params.framerate)
            for n, (path, pause_ms) in enumerate(parts):
                here, frames = first if n == 0 else _read_piece(path)
                if (here.nchannels, here.sampwidth, here.framerate) != (
                    params.nchannels,
                    params.sampwidth,
                    params.framerate,
                ):
                    raise ReaderError(ErrorKind.SPEECH, f"{path.name}: other audio format")
                dest.writeframes(frames)
                frames_written += len(frames) // (params.sampwidth * params.nchannels)
                silence = params.framerate * max(0, pause_ms) // 1000
                # 8-bit WAV is unsigned: its silence is 0x80, not 0.
                fill = b"\x80" if params.sampwidth == 1 else b"\x00"
                dest.writeframes(fill * silence * params.sampwidth * params.nchannels)
                frames_written += silence
        os.replace(tmp, out)
    except wave.Error as exc:  # a writing failure, like an OSError
        raise OSError(f"{out}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return frames_written / params.framerate


class _Format(NamedTuple):
    nchannels: int
    sampwidth: int
    framerate: int


def _read_piece(path: Path) -> tuple[_Format, bytes]:
    try:
        with wave.open(str(path), "rb") as src:
            p = src.getparams()
            return (_Format(p.nchannels, p.sampwidth, p.framerate),
                    src.readframes(src.getnframes()))
    except (wave.Error, EOFError) as exc:
        raise ReaderError(ErrorKind.SPEECH, f"unreadable speech audio: {exc}") from exc


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


def write_audio(
    pieces: Sequence[Piece],
    out: Path,
    speak: SpeakPiece,
    *,
    audio_format: str = "wav",
    workers: int = 1,
    progress: Progress | None = None,
) -> float:
    """Speak each piece, join them with their pauses and encode; return the length in seconds.

    `out` appears only when complete. `speak` runs on the calling thread, one piece at a time
    (engines such as pyttsx3 must stay on one thread), unless `workers` > 1 allows that many
    at once. Raising from `progress(done, total)` stops the export, as does a cancel in `speak`.
    """
    if not pieces:
        raise ReaderError(ErrorKind.EMPTY, "nothing to read")
    if audio_format != "wav" and audio_format not in available_formats():
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{audio_format}: no encoder installed")
    folder = scratch_folder("helder-export-")
    try:
        wavs = [folder / f"{n:05}.wav" for n in range(len(pieces))]
        if workers > 1:
            _speak_in_parallel(pieces, wavs, speak, workers, progress)
        else:
            for done, (piece, wav) in enumerate(zip(pieces, wavs, strict=True), start=1):
                speak(piece, wav)
                if progress is not None:
                    progress(done, len(pieces))
        joined = out if audio_format == "wav" else folder / "joined.wav"
        seconds = join_wavs([(w, p.pause_ms) for w, p in zip(wavs, pieces, strict=True)], joined)
        if audio_format != "wav":
            encode(joined, out, audio_format)
        log.info("wrote %s: %d pieces, %.1f s", out, len(pieces), seconds)
        return seconds
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _speak_in_parallel(
    pieces: Sequence[Piece], wavs: list[Path], speak: SpeakPiece, workers: int,
    progress: Progress | None,
) -> None:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(speak, p, w) for p, w in zip(pieces, wavs, strict=True)]
        try:
            for done, future in enumerate(futures, start=1):
                future.result()
                if progress is not None:
                    progress(done, len(futures))
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def speaker(
    synth: Synthesizer, settings: SpeechSettings, cancel: CancelToken | None = None
) -> SpeakPiece:
    """Return speak(piece, path) that reads pieces with `synth` at the user's rate and volume."""

    def speak(piece: Piece, path: Path) -> None:
        synth.synthesize(
            piece.text,
            path,
            language=piece.language,
            voice=piece.voice,
            rate_wpm=settings.rate_wpm,
            volume=settings.volume,
            cancel=cancel,
        )

    return speak


def briefing_synthesize(
    synth: Synthesizer, settings: SpeechSettings, pronunciations: PronunciationList | None = None
) -> Synthesize:
    """Return synthesize(text, language, path) for a briefing's audio export (export_briefing).

    It reads with `synth` and the user's rate, volume, voice per language and pronunciations.
    """
    speak = speaker(synth, settings)

    def synthesize(text: str, language: str, path: Path) -> None:
        lang = (language or "nl").split("-")[0]
        said = pronunciations.apply(text, lang) if pronunciations is not None else text
        speak(Piece(said, lang, voice=settings.voices.get(lang)), Path(path))

    return synthesize


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
    pieces: list[Piece] = []
    for n, u in enumerate(utterances):
        text, lang, voice = render(u, settings, pronunciations)
        pause = opts.title_pause_ms if titles_only else u.pause_after_ms
        pieces.append(Piece(text, lang, 0 if n == len(utterances) - 1 else pause, voice))
    try:
        return write_audio(
            pieces,
            out,
            speaker(synth, settings, cancel),
            audio_format=audio_format,
            progress=progress,
        )
    except OSError as exc:
        raise ReaderError(ErrorKind.STORAGE, f"{out}: {exc}") from exc
