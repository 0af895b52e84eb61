"""The audio player the speech controller depends on, and choosing one for this machine.

Two players implement `AudioPlayer`: UtterancePlayer (QMediaPlayer, reader/ui/speech/player.py)
and SilentPlayer (a clock, reader/ui/speech/silent_player.py). Both are loaded only when the
first read command needs one, so QtMultimedia never slows start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QObject, SignalInstance

from reader.core.speech.sentences import Utterance

log = logging.getLogger(__name__)


class AudioPlayer(Protocol):
    """Plays one utterance's WAV file at a time; `finished(Utterance)` when one has played."""

    audible: bool  # whether the listener hears anything
    # Signals (class attributes) as a player reads them: its own SignalInstances.
    @property
    def finished(self) -> SignalInstance:
        """Emitted with the Utterance whose audio reached its end."""
        ...

    @property
    def failed(self) -> SignalInstance:
        """Emitted with the player's error text."""
        ...

    def play(self, utterance: Utterance, path: Path) -> None:
        """Play an utterance's audio from its start."""
        ...

    def pause(self) -> None:
        """Pause where the audio is."""
        ...

    def resume(self, utterance: Utterance | None) -> bool:
        """Continue a paused utterance mid-way; False when it does not hold that one paused."""
        ...

    def stop(self) -> None:
        """Stop at once."""
        ...

    def elapsed_ms(self, utterance: Utterance | None) -> int:
        """Return how long this utterance has played, or 0 when it is not the one loaded."""
        ...

    def set_volume(self, volume: float) -> None:
        """Set the volume, 0..1, taking effect at once."""
        ...

    def is_stopped(self) -> bool:
        """Return whether no audio is playing or paused."""
        ...

    def close(self) -> None:
        """Release the player now, not at interpreter exit."""
        ...


def make_player(parent: QObject, volume: float) -> AudioPlayer:
    """Return a player for this machine: QMediaPlayer when there is an audio output.

    Without one nothing can be heard, and a clock-keeping player moves reading on instead
    (see reader/ui/speech/silent_player.py for why QMediaPlayer is not used then).
    """
    # QtMultimedia loads only now, on the first read command, not at start-up.
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        from reader.ui.speech.silent_player import SilentPlayer

        log.info("no audio output: reading aloud keeps time silently")
        player: QObject = SilentPlayer(parent, volume)
    else:
        from reader.ui.speech.player import UtterancePlayer

        player = UtterancePlayer(parent, volume)
    # A player's class holds Signals, which its instances read as the SignalInstances
    # AudioPlayer names; Pyright does not apply that (PySide6's descriptor) to protocols.
    return cast("AudioPlayer", player)
