"""Plays one utterance's WAV file at a time with QMediaPlayer (works with no sound card too).

Never QMediaPlayer.stop(): PySide6 runs it holding the GIL, and FFmpeg's teardown then waits
for its audio thread, which needs the GIL itself: objects it destroys were connected to this
Python-made player and QAudioOutput, and their shiboken wrappers' virtual calls take the GIL.
Both threads waited for good (seen once in a full test run). setSource() is bound with the
GIL released (PySide6's typesystem: allow-thread), so an empty source stops and tears down
the same pipeline while the audio thread can finish.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from reader.core.speech.sentences import Utterance

log = logging.getLogger(__name__)


class UtterancePlayer(QObject):
    """An AudioPlayer over QMediaPlayer; `finished` when an utterance has played."""

    audible = True  # whether the listener hears anything

    finished = Signal(object)  # the Utterance whose audio reached its end
    failed = Signal(str)  # the player's error text

    def __init__(self, parent: QObject | None = None, volume: float = 1.0) -> None:
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._output.setVolume(volume)
        self.player.setAudioOutput(self._output)
        self.player.mediaStatusChanged.connect(self._on_status)
        self.player.errorOccurred.connect(self._on_error)
        self.loaded: Utterance | None = None  # the utterance whose audio is loaded

    def play(self, utterance: Utterance, path: Path) -> None:
        """Play an utterance's audio from its start."""
        url = QUrl.fromLocalFile(str(path))
        if self.player.source() == url:
            self.stop()  # the same audio again: setSource would ignore it
        self.player.setSource(url)
        self.loaded = utterance
        self.player.play()

    def pause(self) -> None:
        """Pause where the audio is."""
        self.player.pause()

    def resume(self, utterance: Utterance | None) -> bool:
        """Continue a paused utterance mid-way; False when it does not hold that one paused."""
        if (
            utterance is None
            or self.loaded != utterance
            or self.player.playbackState() != QMediaPlayer.PlaybackState.PausedState
        ):
            return False
        self.player.play()
        return True

    def stop(self) -> None:
        """Stop at once, with the GIL released while FFmpeg stops (see the module's note)."""
        self.player.setSource(QUrl())

    def elapsed_ms(self, utterance: Utterance | None) -> int:
        """Return how long this utterance has played, or 0 when it is not the one loaded."""
        if utterance is None or self.loaded != utterance:
            return 0
        return self.player.position()

    def set_volume(self, volume: float) -> None:
        """Set the volume, 0..1, taking effect at once."""
        self._output.setVolume(volume)

    def is_stopped(self) -> bool:
        """Return whether no audio is playing or paused."""
        return self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState

    def close(self) -> None:
        """Delete the Qt player now.

        Not at interpreter exit: PySide6 6.12 crashes when a live QMediaPlayer is torn down
        during finalisation.
        """
        self.stop()
        shiboken6.delete(self.player)
        shiboken6.delete(self._output)
        self.loaded = None

    @Slot(QMediaPlayer.MediaStatus)
    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.loaded is not None:
            self.finished.emit(self.loaded)

    @Slot(QMediaPlayer.Error, str)
    def _on_error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            log.warning("audio player: %s", text)
            self.failed.emit(text)
