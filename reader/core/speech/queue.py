"""The reading queue: what is being read and what comes next, as a pure state machine.

It knows nothing of audio or time except what the caller tells it. The caller (a Qt bridge, a
test) follows one rule: every command returns the utterance to play *now*, or None when
nothing should play (paused, finished, stopped); `current` is always the one to highlight.

Navigation rules, as a listener expects them:
- next sentence / paragraph / item: go to the start of the next one; past the end of what is
  being read, reading finishes.
- previous sentence: restart the current sentence when it has played for at least
  RESTART_AFTER_MS; else go to the sentence before (at the very first one: restart it).
- previous paragraph: go to the start of the current paragraph when that is not where we are
  (a later sentence, or RESTART_AFTER_MS into the first); else to the previous paragraph.
  The theme announcement and the title form one "paragraph", the heading.
- previous item: go to the start of the current item when well into it (past its first
  utterance, or RESTART_AFTER_MS into it); else to the start of the previous item.
- In ITEM and SELECTION mode, sentence and paragraph moves stay inside what is being read;
  next/previous item in ITEM mode moves to that item and reads it alone.
- Moving while paused moves the position and stays paused; resume restarts the sentence at
  the position (the UI may instead continue its paused player if it holds that sentence).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from reader.core.models import Item
from reader.core.speech.sentences import (
    SplitOptions,
    TextPosition,
    Utterance,
    UtteranceKind,
    clip_to_selection,
    item_utterances,
    items_utterances,
)

RESTART_AFTER_MS = 1500


class ReadMode(StrEnum):
    """What a read command reads."""

    ITEM = "item"  # this item, then stop
    READ_ON = "read-on"  # from here on through the following items
    TITLES = "titles"  # only the titles, from here on: to skim an issue
    SELECTION = "selection"  # only the selected text


class PlayState(StrEnum):
    """Where the reading stands."""

    IDLE = "idle"  # nothing read yet, or stopped
    PLAYING = "playing"
    PAUSED = "paused"  # by the listener, or at an item's end with stop-after-each-item
    FINISHED = "finished"


class ReadingQueue:
    """Utterances over a list of items, a position in them, and the reading state."""

    def __init__(
        self,
        items: Sequence[Item],
        *,
        language: str = "nl",
        options: SplitOptions | None = None,
        stop_after_each_item: bool = False,
    ) -> None:
        self.items = tuple(items)
        self.language = language
        self.options = options or SplitOptions()
        self.stop_after_each_item = stop_after_each_item
        self._all = items_utterances(self.items, language=language, options=self.options)
        self._playlist: list[Utterance] = []
        self._index = 0
        self._scope_item = -1  # the item ITEM mode is confined to
        self.mode = ReadMode.ITEM
        self.state = PlayState.IDLE
        self.paused_at_item_end = False

    # What is there ---------------------------------------------------------------------

    @property
    def current(self) -> Utterance | None:
        """Return the utterance at the position (to highlight), or None when idle/finished."""
        if self.state in (PlayState.IDLE, PlayState.FINISHED) or not self._playlist:
            return None
        return self._playlist[self._index]

    @property
    def index(self) -> int:
        """Return the position in the playlist."""
        return self._index

    @property
    def playlist(self) -> list[Utterance]:
        """Return the utterances the current read command can reach."""
        return list(self._playlist)

    def upcoming(self, count: int) -> list[Utterance]:
        """Return the current utterance and those read after it, up to count (for prefetch)."""
        if self.current is None:
            return []
        _, hi = self._bounds()
        return self._playlist[self._index : min(hi + 1, self._index + count)]

    def pause_after_ms(self, utterance: Utterance) -> int:
        """Return the silence to leave after an utterance in the current mode."""
        if self.mode is ReadMode.TITLES:
            return self.options.title_pause_ms
        return utterance.pause_after_ms

    # Starting --------------------------------------------------------------------------

    def read_item(self, item_index: int, start: TextPosition | None = None) -> Utterance | None:
        """Read one item, from its start or from a caret position in it."""
        self._check(item_index)
        self._scope_item = item_index
        return self._begin(ReadMode.ITEM, self._all, self._find(item_index, start))

    def read_on(self, item_index: int, start: TextPosition | None = None) -> Utterance | None:
        """Read from an item (or a caret position in it) on through the following items."""
        self._check(item_index)
        return self._begin(ReadMode.READ_ON, self._all, self._find(item_index, start))

    def read_titles(self, item_index: int = 0) -> Utterance | None:
        """Read only the titles, from an item on."""
        self._check(item_index)
        titles = [u for u in self._all if u.kind is UtteranceKind.TITLE]
        first = next((n for n, u in enumerate(titles) if u.item_index >= item_index), 0)
        return self._begin(ReadMode.TITLES, titles, first)

    def read_selection(
        self, item_index: int, start: TextPosition, end: TextPosition
    ) -> Utterance | None:
        """Read only a selection within one item."""
        self._check(item_index)
        own = item_utterances(
            self.items[item_index], item_index, language=self.language, options=self.options
        )
        clipped = clip_to_selection(own, self.items[item_index], start, end)
        return self._begin(ReadMode.SELECTION, clipped, 0)

    def _check(self, item_index: int) -> None:
        if not 0 <= item_index < len(self.items):
            raise IndexError(f"no item {item_index}")

    def _find(self, item_index: int, start: TextPosition | None) -> int:
        """Return the index of the item's first utterance at or after a caret position."""
        candidates = [n for n, u in enumerate(self._all) if u.item_index == item_index]
        if not candidates:  # an empty item: start at the next one there is
            return next((n for n, u in enumerate(self._all) if u.item_index > item_index), -1)
        if start is None:
            return candidates[0]
        for n in candidates:
            u = self._all[n]
            if TextPosition(u.field, u.paragraph, u.end).order() > start.order():
                return n
        return candidates[-1]

    def _begin(self, mode: ReadMode, playlist: list[Utterance], index: int) -> Utterance | None:
        self.mode = mode
        self._playlist = list(playlist)
        self.paused_at_item_end = False
        if index < 0 or not self._playlist:
            self.state = PlayState.FINISHED
            return None
        self._index = index
        self.state = PlayState.PLAYING
        return self.current

    # Playing ---------------------------------------------------------------------------

    def utterance_done(self) -> Utterance | None:
        """Move on after the current utterance (and its pause) finished playing."""
        if self.state is not PlayState.PLAYING:
            return None
        _, hi = self._bounds()
        if self._index >= hi:
            return self._finish()
        before = self._playlist[self._index]
        self._index += 1
        after = self._playlist[self._index]
        if (
            self.stop_after_each_item
            and self.mode is ReadMode.READ_ON
            and after.item_index != before.item_index
        ):
            self.state = PlayState.PAUSED
            self.paused_at_item_end = True
            return None
        return after

    def pause(self) -> None:
        """Pause at the current utterance."""
        if self.state is PlayState.PLAYING:
            self.state = PlayState.PAUSED

    def resume(self) -> Utterance | None:
        """Resume: return the utterance to restart, where reading paused."""
        if self.state is not PlayState.PAUSED:
            return None
        self.state = PlayState.PLAYING
        self.paused_at_item_end = False
        return self.current

    def stop(self) -> None:
        """Stop reading; a new read command starts again."""
        self.state = PlayState.IDLE
        self.paused_at_item_end = False

    def _finish(self) -> None:
        self.state = PlayState.FINISHED
        self.paused_at_item_end = False

    # Navigating ------------------------------------------------------------------------

    def _bounds(self) -> tuple[int, int]:
        """Return the first and last playlist index the current command may reach."""
        if self.mode is ReadMode.ITEM:
            where = [n for n, u in enumerate(self._playlist) if u.item_index == self._scope_item]
            if where:
                return where[0], where[-1]
        return 0, len(self._playlist) - 1

    def _go(self, index: int) -> Utterance | None:
        self._index = index
        self.paused_at_item_end = False
        return self.current if self.state is PlayState.PLAYING else None

    def _active(self) -> bool:
        return self.state in (PlayState.PLAYING, PlayState.PAUSED) and bool(self._playlist)

    def next_sentence(self) -> Utterance | None:
        """Go to the next utterance."""
        if not self._active():
            return None
        _, hi = self._bounds()
        return self._go(self._index + 1) if self._index < hi else self._finish()

    def prev_sentence(self, elapsed_ms: int = 0) -> Utterance | None:
        """Restart the current sentence, or go to the one before when it has just begun."""
        if not self._active():
            return None
        lo, _ = self._bounds()
        if elapsed_ms >= RESTART_AFTER_MS or self._index <= lo:
            return self._go(self._index)
        return self._go(self._index - 1)

    def _unit_start(self, index: int, lo: int) -> int:
        unit = self._playlist[index].unit
        while index > lo and self._playlist[index - 1].unit == unit:
            index -= 1
        return index

    def next_paragraph(self) -> Utterance | None:
        """Go to the start of the next paragraph (the heading counts as one)."""
        if not self._active():
            return None
        _, hi = self._bounds()
        unit = self._playlist[self._index].unit
        for n in range(self._index + 1, hi + 1):
            if self._playlist[n].unit != unit:
                return self._go(n)
        return self._finish()

    def prev_paragraph(self, elapsed_ms: int = 0) -> Utterance | None:
        """Go to the start of this paragraph, or of the previous one when at its start."""
        if not self._active():
            return None
        lo, _ = self._bounds()
        start = self._unit_start(self._index, lo)
        if start < self._index or elapsed_ms >= RESTART_AFTER_MS or start == lo:
            return self._go(start)
        return self._go(self._unit_start(start - 1, lo))

    def _item_start(self, index: int) -> int:
        item = self._playlist[index].item_index
        while index > 0 and self._playlist[index - 1].item_index == item:
            index -= 1
        return index

    def next_item(self) -> Utterance | None:
        """Go to the start of the next item."""
        if not self._active():
            return None
        item = self._playlist[self._index].item_index
        for n in range(self._index + 1, len(self._playlist)):
            if self._playlist[n].item_index != item:
                self._scope_item = self._playlist[n].item_index
                return self._go(n)
        return self._finish()

    def prev_item(self, elapsed_ms: int = 0) -> Utterance | None:
        """Go to the start of this item when well into it, else to the previous item."""
        if not self._active():
            return None
        start = self._item_start(self._index)
        if start < self._index or elapsed_ms >= RESTART_AFTER_MS or start == 0:
            return self._go(start)
        target = self._item_start(start - 1)
        self._scope_item = self._playlist[target].item_index
        return self._go(target)
