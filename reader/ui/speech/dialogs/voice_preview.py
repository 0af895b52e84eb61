"""The Voices dialog's preview: a sample sentence said by an installed Piper voice."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject

from reader.core.speech.engines.synth import Synthesizer
from reader.core.speech.sentences import TextField, Utterance, UtteranceKind
from reader.core.speech.voices.piper_voices import InstalledVoice
from reader.ui.speech.audio import AudioPlayer, make_player

SAMPLES = {
    "nl": "Dit is een voorbeeld van deze stem. Zo klinkt uw nieuwsbrief.",
    "en": "This is how this voice sounds. Your newsletter will be read like this.",
    "de": "So klingt diese Stimme. Ihr Newsletter wird so vorgelesen.",
    "fr": "Voici comment sonne cette voix. Votre lettre d'information sera lue ainsi.",
}


def sample_text(voice: InstalledVoice) -> str:
    """Return the sample sentence in the voice's language (English when there is none)."""
    return SAMPLES.get(voice.language.split("_")[0].lower(), SAMPLES["en"])


class VoicePreview:
    """Synthesises samples in a speech child process and plays them; `close` releases both."""

    def __init__(self, owner: QObject, volume: float) -> None:
        self._owner = owner  # the player's Qt parent
        self._volume = volume
        self._engine: Synthesizer | None = None
        self._player: AudioPlayer | None = None
        self._scratch = Path(tempfile.mkdtemp(prefix="helder-preview-"))

    @property
    def folder(self) -> Path:
        """Return the scratch folder the samples are written to."""
        return self._scratch

    @property
    def engine(self) -> Synthesizer | None:
        """Return the speech child process's engine, once a sample was made."""
        return self._engine

    @property
    def player(self) -> AudioPlayer | None:
        """Return the player, once a sample was played."""
        return self._player

    def synthesize(self, voice: InstalledVoice, text: str) -> Path:
        """Return the sample's WAV file (a TaskRunner job, off the GUI thread)."""
        # In a speech child process, as reading is: a crash in onnxruntime ends only that.
        from reader.core.speech.engines.isolated import ChildSynthesizer

        engine = self._engine
        if not isinstance(engine, ChildSynthesizer) or not any(
                v.id == voice.key for v in engine.voices()):
            if isinstance(engine, ChildSynthesizer):
                engine.close()  # started before this voice was installed
            engine = ChildSynthesizer(["piper"])
            self._engine = engine
        path = self._scratch / f"{voice.key}.wav"
        return engine.synthesize(text, path, language=voice.tag, voice=voice.key)

    def play(self, path: Path) -> None:
        """Play a synthesised sample (GUI thread)."""
        if self._player is None:
            self._player = make_player(self._owner, self._volume)
        u = Utterance(0, UtteranceKind.SENTENCE, TextField.SUMMARY, 0, 0, 0, "", "", "")
        self._player.play(u, path)

    def close(self) -> None:
        """Release the player, the speech child process and the sample files."""
        if self._player is not None:
            self._player.close()
            self._player = None
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        shutil.rmtree(self._scratch, ignore_errors=True)
