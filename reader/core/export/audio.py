"""Audio export: the briefing read aloud in order, each item announced, as one WAV file.

Each utterance is synthesised on its own (so each can have its own language) and the pieces
are joined with pauses by the stdlib `wave` module. The synthesiser is a plain function,
`synthesize(text, language, wav_path)`, so the speech package can replace espeak-ng later.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
import wave
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from reader.core.briefing.model import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export.common import (
    ExportStyle,
    base_language,
    details_line,
    document_ready,
    heading_text,
    labels_for,
    paragraphs,
    source_line,
)

log = logging.getLogger(__name__)

Synthesize = Callable[[str, str, Path], None]
Progress = Callable[[int, int], None]

# espeak-ng voice per language; a bare "en" would be American on some builds.
_ESPEAK_VOICES = {"nl": "nl", "en": "en-gb", "de": "de", "fr": "fr-fr", "fy": "nl"}
_TIMEOUT_S = 120


@dataclass(frozen=True, slots=True)
class Utterance:
    """One stretch of speech: text, its language and the silence after it."""

    text: str
    language: str
    pause_s: float = 0.4


def utterances(briefing: Briefing) -> list[Utterance]:
    """Return what is spoken, in order: title, details, introduction, then each item."""
    briefing = document_ready(briefing)
    labels = labels_for(briefing)
    lang = base_language(briefing.language)
    spoken = [Utterance(f"{heading_text(briefing)}.", lang, 0.7)]
    details = details_line(briefing).replace(" · ", ". ")
    if details:
        spoken.append(Utterance(f"{details}.", lang, 0.7))
    spoken.extend(Utterance(p, lang) for p in paragraphs(briefing.introduction))
    for number, entry in enumerate(briefing.entries, start=1):
        item_lang = base_language(entry.language) if entry.language else lang
        if spoken:
            spoken[-1] = Utterance(spoken[-1].text, spoken[-1].language, 1.0)
        # The words Helder adds are the briefing's language; the title is the item's own.
        if item_lang == lang:
            spoken.append(Utterance(f"{labels.topic} {number}: {entry.title}.", lang, 0.6))
        else:
            spoken.append(Utterance(f"{labels.topic} {number}:", lang, 0.2))
            spoken.append(Utterance(f"{entry.title}.", item_lang, 0.6))
        origin = source_line(entry, labels).replace(" · ", ". ")
        if origin:
            spoken.append(Utterance(f"{origin}.", lang))
        spoken.extend(Utterance(p, item_lang) for p in entry.summary if p.strip())
        note = paragraphs(entry.note)
        if note:
            spoken.append(Utterance(f"{labels.note}: {note[0]}", lang))
            spoken.extend(Utterance(p, lang) for p in note[1:])
    spoken[-1] = Utterance(spoken[-1].text, spoken[-1].language, 1.0)
    spoken.append(Utterance(labels.end, lang, 0.3))
    return spoken


def espeak_synthesize(text: str, language: str, wav_path: Path, *, rate_wpm: int = 170) -> None:
    """Write `text` spoken by espeak-ng in `language` to a WAV file."""
    binary = shutil.which("espeak-ng") or shutil.which("espeak")
    if binary is None:
        raise ReaderError(ErrorKind.SPEECH, "espeak-ng is not installed")
    voice = _ESPEAK_VOICES.get(base_language(language), base_language(language))
    command = [binary, "-v", voice, "-s", str(rate_wpm), "-b", "1", "-w", str(wav_path), "--stdin"]
    try:
        done = subprocess.run(
            command,
            input=text.encode("utf-8"),
            capture_output=True,
            timeout=_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise ReaderError(ErrorKind.SPEECH, "espeak-ng took too long") from exc
    except OSError as exc:
        raise ReaderError(ErrorKind.SPEECH, f"espeak-ng: {exc.strerror or exc}") from exc
    if done.returncode != 0 or not wav_path.is_file():
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReaderError(ErrorKind.SPEECH, f"espeak-ng {voice}: {detail[-1] if detail else ''}")


def _join(pieces: list[tuple[Path, float]], out: Path) -> None:
    """Concatenate WAV files of one format into `out`, with the given silence after each."""
    params: wave._wave_params | None = None
    # The file is opened first: wave.open on a path that cannot be created leaves a half-made
    # writer whose clean-up prints a second, confusing error.
    with open(out, "wb") as handle, wave.open(handle, "wb") as target:
        for path, pause_s in pieces:
            try:
                with wave.open(str(path), "rb") as source:
                    frames = source.readframes(source.getnframes())
                    here = source.getparams()
            except (wave.Error, EOFError) as exc:
                raise ReaderError(ErrorKind.SPEECH, f"unreadable speech audio: {exc}") from exc
            if params is None:
                params = here
                target.setnchannels(here.nchannels)
                target.setsampwidth(here.sampwidth)
                target.setframerate(here.framerate)
            elif (here.nchannels, here.sampwidth, here.framerate) != (
                params.nchannels,
                params.sampwidth,
                params.framerate,
            ):
                raise ReaderError(ErrorKind.SPEECH, "speech pieces differ in audio format")
            target.writeframes(frames)
            silent_frames = int(params.framerate * pause_s)
            # 8-bit WAV is unsigned: its silence is 0x80, not 0.
            fill = b"\x80" if params.sampwidth == 1 else b"\x00"
            target.writeframes(fill * silent_frames * params.sampwidth * params.nchannels)


def export_wav(
    briefing: Briefing,
    out: str | Path,
    *,
    synthesize: Synthesize | None = None,
    style: ExportStyle | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the briefing read aloud to a WAV file at `out`; return the path.

    `progress(done, total)` is called after each utterance; raising from it stops the export.
    A plugged-in `synthesize` is called from the calling thread, one utterance at a time
    (engines such as pyttsx3 must stay on one thread); espeak-ng runs a few in parallel.
    """
    style = (style or ExportStyle()).checked()
    spoken = utterances(briefing)
    out = Path(out)
    with tempfile.TemporaryDirectory(prefix="helder-briefing-") as tmp:
        paths = [Path(tmp) / f"{i:04d}.wav" for i in range(len(spoken))]
        if synthesize is not None:
            for done, (utterance, path) in enumerate(zip(spoken, paths, strict=True), start=1):
                synthesize(utterance.text, utterance.language, path)
                if progress:
                    progress(done, len(spoken))
        else:
            _espeak_all(spoken, paths, style.speech_rate_wpm, progress)
        _join([(p, u.pause_s) for p, u in zip(paths, spoken, strict=True)], out)
    log.info("Spoke %d utterances of briefing %s to %s", len(spoken), briefing.id, out)
    return out


def _espeak_all(
    spoken: list[Utterance], paths: list[Path], rate_wpm: int, progress: Progress | None
) -> None:
    # Each espeak-ng process uses one core: two or more at once cut the wait on a multi-core PC.
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(espeak_synthesize, u.text, u.language, p, rate_wpm=rate_wpm)
            for u, p in zip(spoken, paths, strict=True)
        ]
        try:
            for done, future in enumerate(futures, start=1):
                future.result()
                if progress:
                    progress(done, len(futures))
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def write(
    briefing: Briefing,
    path: Path,
    *,
    style: ExportStyle,
    synthesize: Synthesize | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the briefing as WAV audio (the registry's entry point)."""
    export_wav(briefing, path, synthesize=synthesize, style=style, progress=progress)
