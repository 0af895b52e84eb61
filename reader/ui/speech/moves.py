"""Moving through the text while reading aloud, and choosing the audio player.

`ReadingMoves` holds SpeechController's sentence, paragraph and item jumps; it is a mixin
that uses the controller's queue, player, state and playback helpers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from reader.core.speech.queue import PlayState, ReadingQueue, ReadMode
from reader.core.speech.sentences import Utterance

if TYPE_CHECKING:
    from reader.ui.speech.player import UtterancePlayer
    from reader.ui.speech.silent_player import SilentPlayer

log = logging.getLogger(__name__)


def make_player(parent: QObject, volume: float) -> UtterancePlayer | SilentPlayer:
    """Return a player for this machine: QMediaPlayer when there is an audio output.

    Without one nothing can be heard, and a clock-keeping player moves reading on instead
    (see reader/ui/speech/silent_player.py for why QMediaPlayer is not used then).
    """
    # QtMultimedia loads only now, on the first read command, not at start-up.
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        from reader.ui.speech.silent_player import SilentPlayer

        log.info("no audio output: reading aloud keeps time silently")
        return SilentPlayer(parent, volume)
    from reader.ui.speech.player import UtterancePlayer

    return UtterancePlayer(parent, volume)


class ReadingMoves:
    """Jumps while reading; mixed into SpeechController, whose state they use."""

    _queue: ReadingQueue | None
    _items: tuple[Any, ...]
    _item: int
    _state: str
    player: Any
    item_changed: Any
    highlight_changed: Any

    # Provided by SpeechController.
    def stop(self, announce: bool = True) -> None: ...
    def _halt_audio(self) -> None: ...
    def _follow(self, u: Utterance) -> None: ...
    def _finished(self) -> None: ...
    def _highlighted(self) -> Utterance | None: ...

    def _elapsed(self) -> int:
        if self.player is None or self._queue is None:
            return 0
        return self.player.elapsed_ms(self._queue.current)

    def next_sentence(self) -> None:
        """Go to the next sentence."""
        self._move(lambda q: q.next_sentence())

    def previous_sentence(self) -> None:
        """Restart this sentence, or go to the one before when it has just begun."""
        self._move(lambda q: q.prev_sentence(self._elapsed()))

    def next_paragraph(self) -> None:
        """Go to the next paragraph."""
        self._move(lambda q: q.next_paragraph())

    def previous_paragraph(self) -> None:
        """Go to the start of this paragraph, or of the previous one."""
        self._move(lambda q: q.prev_paragraph(self._elapsed()))

    def next_item(self) -> None:
        """Go to the next item."""
        self._move(lambda q: q.next_item())

    def previous_item(self) -> None:
        """Go to the start of this item, or of the previous one."""
        self._move(lambda q: q.prev_item(self._elapsed()))

    def go_to_item(self, item_index: int) -> None:
        """Move reading to another item (the user picked it); paused reading stays paused."""
        q = self._queue
        if q is None or self._state == "stopped" or not 0 <= item_index < len(self._items):
            return
        if q.current is not None and q.current.item_index == item_index:
            return
        paused = self._state == "paused"
        starts = {
            ReadMode.ITEM: q.read_item,
            ReadMode.READ_ON: q.read_on,
            ReadMode.TITLES: q.read_titles,
        }
        start = starts.get(q.mode)
        if start is None:  # a selection belongs to its item: moving away ends it
            self.stop()
            return
        self._halt_audio()
        u = start(item_index)
        if u is None:
            self._finished()
        elif paused:
            q.pause()
            self._item = u.item_index
            self.highlight_changed.emit(self._highlighted())
        else:
            self._follow(u)

    def _move(self, command: Callable[[ReadingQueue], Utterance | None]) -> None:
        q = self._queue
        if q is None or self._state == "stopped":
            return
        self._halt_audio()
        u = command(q)
        if u is not None:
            self._follow(u)
        elif q.state is PlayState.PAUSED:  # moved while paused: show the new position
            current = q.current
            if current is not None and current.item_index != self._item:
                self._item = current.item_index
                self.item_changed.emit(self._item)
            self.highlight_changed.emit(self._highlighted())
        else:
            self._finished()
