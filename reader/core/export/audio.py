"""Audio export: the briefing read aloud in order, each item announced, as one WAV file.

This module decides what is said (the briefing's pieces, each in its own language); the one
audio pipeline, reader.core.speech.audio_export, speaks, joins and writes them. The
synthesiser is a plain function, `synthesize(text, language, wav_path)`; without one the
espeak-ng engine reads, a few pieces at once.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from reader.core.briefing.model import Briefing
from reader.core.export.common import (
    ExportStyle,
    details_line,
    document_ready,
    heading_text,
    labels_for,
    paragraphs,
    source_line,
)
from reader.core.speech.audio_export import (
    Piece,
    Progress,
    SpeakPiece,
    Synthesize,
    write_audio,
)
from reader.core.speech.engines.synth import system_synthesizer
from reader.core.text.language import base_language

log = logging.getLogger(__name__)

# espeak-ng voice per language; a bare "en" would be American on some builds.
_ESPEAK_VOICES = {"nl": "nl", "en": "en-gb", "de": "de", "fr": "fr-fr", "fy": "nl"}


def _said(text: str, language: str, pause_ms: int = 400) -> Piece:
    """Return a piece of the briefing with the silence after it (400 ms between paragraphs)."""
    return Piece(text, language, pause_ms)


def utterances(briefing: Briefing) -> list[Piece]:
    """Return what is spoken, in order: title, details, introduction, then each item."""
    briefing = document_ready(briefing)
    labels = labels_for(briefing)
    lang = base_language(briefing.language)
    spoken = [_said(f"{heading_text(briefing)}.", lang, 700)]
    details = details_line(briefing).replace(" · ", ". ")
    if details:
        spoken.append(_said(f"{details}.", lang, 700))
    spoken.extend(_said(p, lang) for p in paragraphs(briefing.introduction))
    for number, entry in enumerate(briefing.entries, start=1):
        item_lang = base_language(entry.language) if entry.language else lang
        if spoken:
            spoken[-1] = _said(spoken[-1].text, spoken[-1].language, 1000)
        # The words Helder adds are the briefing's language; the title is the item's own.
        if item_lang == lang:
            spoken.append(_said(f"{labels.topic} {number}: {entry.title}.", lang, 600))
        else:
            spoken.append(_said(f"{labels.topic} {number}:", lang, 200))
            spoken.append(_said(f"{entry.title}.", item_lang, 600))
        origin = source_line(entry, labels).replace(" · ", ". ")
        if origin:
            spoken.append(_said(f"{origin}.", lang))
        spoken.extend(_said(p, item_lang) for p in entry.summary if p.strip())
        note = paragraphs(entry.note)
        if note:
            spoken.append(_said(f"{labels.note}: {note[0]}", lang))
            spoken.extend(_said(p, lang) for p in note[1:])
    spoken[-1] = _said(spoken[-1].text, spoken[-1].language, 1000)
    spoken.append(_said(labels.end, lang, 300))
    return spoken


def espeak_synthesize(text: str, language: str, wav_path: Path, *, rate_wpm: int = 170) -> None:
    """Write `text` spoken by espeak-ng in `language` to a WAV file."""
    _espeak_speaker(rate_wpm)(Piece(text, language), wav_path)


def _espeak_speaker(rate_wpm: int) -> SpeakPiece:
    engine = system_synthesizer(["espeak-ng"])

    def speak(piece: Piece, path: Path) -> None:
        language = base_language(piece.language)
        voice = _ESPEAK_VOICES.get(language, language)
        engine.synthesize(piece.text, path, language=language, voice=voice, rate_wpm=rate_wpm)

    return speak


def _plugged(synthesize: Synthesize) -> SpeakPiece:
    def speak(piece: Piece, path: Path) -> None:
        synthesize(piece.text, piece.language, path)

    return speak


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
    if synthesize is None:
        # Each espeak-ng process uses one core: two or more at once cut the wait.
        speak = _espeak_speaker(style.speech_rate_wpm)
        workers = max(1, min(4, os.cpu_count() or 1))
    else:
        speak = _plugged(synthesize)
        workers = 1
    write_audio(spoken, out, speak, workers=workers, progress=progress)
    log.info("Spoke %d utterances of briefing %s to %s", len(spoken), briefing.id, out)
    return out


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
