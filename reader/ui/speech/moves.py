"""Starting, following and moving through reading aloud: SpeechController's mixin.

`ReadingMoves` holds the read commands, the sentence, paragraph and item jumps and playing
the utterance reading reaches; the controller holds the engine, pausing, stopping and what
is announced. The reading queue's PlayState is the one state of reading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.models import Item
from reader.core.speech.prefetch import Prefetcher
from reader.core.speech.queue import PlayState, ReadingQueue, ReadMode
from reader.core.speech.sentences import SplitOptions, TextPosition, Utterance
from reader.ui.speech.audio import AudioPlayer
from reader.ui.speech.engine import ReadAloudSettings

PREFETCH_AHEAD = 3  # utterances kept ready ahead of the one playing


class ReadingMoves(QObject):
    """Read commands, jumps and playing what reading reaches; mixed into SpeechController."""

    _queue: ReadingQueue | None
    _items: tuple[Item, ...]
    _language: str
    _base_options: SplitOptions
    _gap: QTimer
    _item: int
    _told: PlayState
    _crashed: bool
    _waiting: Utterance | None
    player: AudioPlayer | None
    prefetcher: Prefetcher | None
    settings: ReadAloudSettings
    item_changed: ClassVar[Signal]  # the controller's signals
    highlight_changed: ClassVar[Signal]
    utterance_started: ClassVar[Signal]
    state_changed: ClassVar[Signal]

    # Provided by SpeechController.
    def stop(self, announce: bool = True) -> None: ...
    def _finished(self) -> None: ...
    def _start(self, command: Callable[[ReadingQueue], Utterance | None], index: int) -> None: ...

    @property
    def queue(self) -> ReadingQueue:
        """Return the reading queue over the current items."""
        if self._queue is None:
            self._queue = ReadingQueue(
                self._items,
                language=self._language,
                options=replace(self._base_options, item_pause_ms=self.settings.item_pause_ms),
                stop_after_each_item=self.settings.stop_after_each_item,
            )
        return self._queue

    def _halt_audio(self) -> None:
        self._gap.stop()
        self._waiting = None
        if self.player is not None:
            self.player.stop()

    @property
    def state(self) -> PlayState:
        """Return the reading queue's state: PLAYING, PAUSED, or IDLE when stopped."""
        q = self._queue
        if q is None or q.state is PlayState.FINISHED:  # finished is stopped, in passing
            return PlayState.IDLE
        return q.state

    def read_item(self, item_index: int, caret: TextPosition | None = None) -> None:
        """Read one item, from the caret (or its start), then stop."""
        self._start(lambda q: q.read_item(item_index, caret), item_index)

    def read_on(self, item_index: int, caret: TextPosition | None = None) -> None:
        """Read from the caret in this item on through the following items."""
        self._start(lambda q: q.read_on(item_index, caret), item_index)

    def read_titles(self, item_index: int = 0) -> None:
        """Read only the titles, from this item on, to skim an issue."""
        self._start(lambda q: q.read_titles(item_index), item_index)

    def read_selection(self, item_index: int, start: TextPosition, end: TextPosition) -> None:
        """Read only the selected text of one item."""
        self._start(lambda q: q.read_selection(item_index, start, end), item_index)

    def _highlighted(self) -> Utterance | None:
        if not self.settings.highlight or self._queue is None or self.state is PlayState.IDLE:
            return None
        return self._queue.current

    def _follow(self, u: Utterance) -> None:
        """Make u the utterance being read: follow its item, fetch ahead, play when ready."""
        if u.item_index != self._item:
            self._item = u.item_index
            self.item_changed.emit(u.item_index)
        self._request_ahead()
        self._waiting = u
        path = self.prefetcher.ready(u) if self.prefetcher is not None else None
        self._tell_state()
        if path is not None:
            self._play(u, path)
        else:
            self.highlight_changed.emit(self._highlighted())  # show where we are meanwhile

    def _request_ahead(self) -> None:
        if self.prefetcher is not None and self._queue is not None:
            self.prefetcher.request(self._queue.upcoming(PREFETCH_AHEAD))

    def _play(self, u: Utterance, path: Path) -> None:
        assert self.player is not None
        self._waiting = None
        self.player.play(u, path)
        self.highlight_changed.emit(self._highlighted())
        self.utterance_started.emit(u)

    def _on_audio_ready(self, u: Utterance, path: Path) -> None:
        if self._waiting is not None and u == self._waiting and self.state is PlayState.PLAYING:
            self._play(u, path)

    def _tell_state(self) -> None:
        """Send state_changed when the queue's state differs from the one last sent."""
        state = self.state
        if state is PlayState.PLAYING:
            self._crashed = False
        if state is not self._told:
            self._told = state
            self.state_changed.emit(state)

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
        if q is None or self.state is PlayState.IDLE or not 0 <= item_index < len(self._items):
            return
        if q.current is not None and q.current.item_index == item_index:
            return
        paused = self.state is PlayState.PAUSED
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
        if q is None or self.state is PlayState.IDLE:
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
