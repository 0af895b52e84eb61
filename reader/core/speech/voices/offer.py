"""What the read-aloud settings offer: the installed voices, and who reads each language."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.speech.engines.types import Synthesizer, Voice

# The languages the settings dialog names an automatic voice for.
OFFERED_LANGUAGES = ("nl", "en", "fr", "de")


def voice_offer(
    running: Synthesizer | None,
) -> tuple[list[Voice], dict[str, tuple[str, str]]]:
    """Return the voices and, per language, (engine, voice) that reads it automatically.

    Asks the running engine, else starts one for the question and closes it (espeak-ng's
    voice list takes a few milliseconds). ReaderError when there is no engine at all.
    """
    from reader.core.speech.engines.synth import available_synthesizer
    from reader.core.speech.voices.router import who_speaks

    synth = running or available_synthesizer()
    try:
        voices = synth.voices()
        automatic = {lang: who_speaks(synth, lang) for lang in OFFERED_LANGUAGES}
    finally:
        if synth is not running:
            synth.close()
    return voices, automatic
