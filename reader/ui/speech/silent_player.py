"""A player for machines with no audio output: it keeps time, so reading still moves on.

With no sound device nothing can be heard, yet the highlight, the list following and
"read on" must behave as with sound. QMediaPlayer would also keep time here, but with
nothing to play to Helder starts no FFmpeg pipeline and audio thread: a clock does.
"""

from __future__ import annotations

import wave
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal, Slot

from reader.core.speech.sentences import Utterance


def wav_ms(path: Path) -> int:
    """Return a WAV file's length in milliseconds (0 when it cannot be read)."""
    try:
        with wave.open(str(path)) as wav:
            return round(1000 * wav.getnframes() / max(wav.getframerate(), 1))
    except (OSError, EOFError, wave.Error):
        return 0


class SilentPlayer(QObject):
    """An AudioPlayer (see audio.py); `finished` fires when the audio would have ended."""

    audible = False  # whether the listener hears anything

    finished = Signal(object)  # the Utterance whose (silent) audio reached its end
    failed = Signal(str)  # never emitted: kept for the same interface

    def __init__(self, parent: QObject | None = None, volume: float = 1.0) -> None:
        super().__init__(parent)
        self.loaded: Utterance | None = None
        self._length = 0
        self._played = 0  # ms played before the current run of the clock
        self._clock = QElapsedTimer()
        self._paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._ended)

    def play(self, utterance: Utterance, path: Path) -> None:
        """Start an utterance's audio from its start."""
        self.loaded = utterance
        self._length = wav_ms(Path(path))
        self._played = 0
        self._paused = False
        self._clock.start()
        self._timer.start(self._length)

    def pause(self) -> None:
        """Pause where the audio is."""
        if self._timer.isActive():
            self._played += self._clock.elapsed()
            self._timer.stop()
            self._paused = True

    def resume(self, utterance: Utterance | None) -> bool:
        """Continue a paused utterance; False when it does not hold that one paused."""
        if utterance is None or self.loaded != utterance or not self._paused:
            return False
        self._paused = False
        self._clock.start()
        self._timer.start(max(self._length - self._played, 0))
        return True

    def stop(self) -> None:
        """Stop at once."""
        self._timer.stop()
        self._paused = False
        self._played = 0

    def elapsed_ms(self, utterance: Utterance | None) -> int:
        """Return how long this utterance has played, or 0 when it is not the one loaded."""
        if utterance is None or self.loaded != utterance:
            return 0
        running = self._clock.elapsed() if self._timer.isActive() else 0
        return min(self._played + running, self._length)

    def set_volume(self, volume: float) -> None:
        """Nothing to set: nothing is heard."""

    def is_stopped(self) -> bool:
        """Return whether no audio is playing or paused."""
        return not self._timer.isActive() and not self._paused

    def close(self) -> None:
        """Stop and forget the utterance."""
        self.stop()
        self.loaded = None

    @Slot()
    def _ended(self) -> None:
        self._paused = False
        if self.loaded is not None:
            self.finished.emit(self.loaded)
