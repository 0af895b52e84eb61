"""Reading aloud in the app: the core's reading queue and prefetcher driving a QMediaPlayer.

Everything heavy happens off the GUI thread: the speech engine is looked for on a worker
thread at first use, and audio is synthesised sentence by sentence ahead of playback by the
core's Prefetcher. The GUI thread only starts and stops the player, so stop is immediate.

Avoid a Python Qt message handler (qInstallMessageHandler) in a process that plays:
QtMultimedia logs from its own threads, and with pytest-qt's handler QMediaPlayer.stop()
once hung for good (PySide6 6.12); the speech tests switch it off with `no_qt_log`.

Screen-reader mode: when `leave_to_screen_reader` is on, Helder never speaks. Every read
command then only announces (through the screen reader) that reading is left to it, and any
reading under way stops; no engine is even loaded.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Item
from reader.core.speech.engines.isolated import EngineCrashed
from reader.core.speech.engines.synth import Synthesizer, Voice
from reader.core.speech.prefetch import Prefetcher
from reader.core.speech.pronunciation import PronunciationList
from reader.core.speech.queue import PlayState, ReadingQueue, ReadMode
from reader.core.speech.sentences import SplitOptions, TextPosition, Utterance
from reader.ui.common.tasks import TaskRunner
from reader.ui.speech.engine import ReadAloudSettings, engine_in_child, load_engine
from reader.ui.speech.moves import ReadingMoves, make_player

log = logging.getLogger(__name__)

PREFETCH_AHEAD = 3  # utterances kept ready ahead of the one playing

if TYPE_CHECKING:
    from reader.ui.speech.player import UtterancePlayer
    from reader.ui.speech.silent_player import SilentPlayer


class SpeechController(ReadingMoves, QObject):
    """Owns the synthesizer, prefetcher, reading queue and audio player; slots match actions."""

    utterance_started = Signal(object)  # Utterance whose audio starts playing now
    highlight_changed = Signal(object)  # Utterance to highlight, or None to clear
    item_changed = Signal(int)  # reading moved on to another item (index)
    item_finished = Signal(int)  # an item was read to its end (index): it may count as read
    state_changed = Signal(str)  # "playing", "paused" or "stopped"
    announce = Signal(str)  # translated text for the screen reader / status bar
    error = Signal(object)  # ReaderError
    settings_changed = Signal(object)  # ReadAloudSettings, to store them

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings: ReadAloudSettings | None = None,
        synthesizer_factory: Callable[[], Synthesizer] = engine_in_child,
        pronunciations: PronunciationList | None = None,
        split_options: SplitOptions | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or ReadAloudSettings()
        self._factory = synthesizer_factory
        self._pronunciations = pronunciations
        self._base_options = split_options or SplitOptions()
        self._items: tuple[Item, ...] = ()
        self._language = "nl"
        self._queue: ReadingQueue | None = None
        self.synth: Synthesizer | None = None
        self.prefetcher: Prefetcher | None = None
        self._loading = False
        self._pending: Callable[[], None] | None = None  # a command waiting for the engine
        self.player: UtterancePlayer | SilentPlayer | None = None  # made on first use
        self._waiting: Utterance | None = None  # to play as soon as its audio is ready
        self._item = -1  # the item reading is in
        self._state = "stopped"
        self._gap = QTimer(self)  # the pause after an utterance
        self._gap.setSingleShot(True)
        self._gap.timeout.connect(self._after_gap)
        # Engine loading, synthesised audio and a crashed engine all arrive as signals of
        # one TaskRunner, queued to the GUI thread.
        self._tasks = TaskRunner(self)
        self._tasks.finished.connect(self._on_engine_ready)
        self._tasks.failed.connect(self._on_engine_failed)
        self._tasks.progress.connect(self._on_event)
        self._events = self._tasks.new_job()  # the job id under which the engine reports
        self._crashed = False  # the engine died and reading paused: told once

    # -- set-up --------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """Return "playing", "paused" or "stopped"."""
        return self._state

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

    def set_items(self, items: Sequence[Item], language: str | None = None) -> None:
        """Read from these items from now on (a newly opened issue); stops any reading."""
        self.stop(announce=False)
        self._items = tuple(items)
        self._language = language or "nl"
        self._queue = None

    def pronunciations(self) -> PronunciationList:
        """Return the pronunciation list in use (the built-in one when none was given)."""
        return self._pronunciations or PronunciationList()

    def set_pronunciations(self, pronunciations: PronunciationList | None) -> None:
        """Say words as the new list says, from the next sentence made."""
        self._pronunciations = pronunciations
        if self.prefetcher is not None:
            # Audio is keyed by the spoken text, so old audio for changed words is not reused.
            self.prefetcher.pronunciations = pronunciations
            self._request_ahead()

    def set_settings(self, settings: ReadAloudSettings) -> None:
        """Apply new settings: volume at once, rate and voices from the next sentence."""
        old, self.settings = self.settings, settings
        if self.player is not None:
            self.player.set_volume(settings.volume)
        speech = settings.speech_settings()
        if self.prefetcher is not None and speech != old.speech_settings():
            self.prefetcher.set_settings(speech)  # audio in the old rate or voice is not reused
            self._request_ahead()
        if self._queue is not None:  # new pauses apply from the next read command
            self._queue.stop_after_each_item = settings.stop_after_each_item
        if old.highlight != settings.highlight:
            self.highlight_changed.emit(self._highlighted())
        if settings.leave_to_screen_reader and self._state != "stopped":
            self.stop()
        if settings != old:
            self.settings_changed.emit(settings)

    def voices(self) -> list[Voice]:
        """Return the engine's voices (empty until the engine is loaded)."""
        return self.synth.voices() if self.synth is not None else []

    def close(self) -> None:
        """Stop and release the engine, its worker thread and the audio files."""
        self.stop(announce=False)
        if self.player is not None:
            self.player.close()
            self.player = None
        if self.prefetcher is not None:
            self.prefetcher.close()
            self.prefetcher = None
        if self.synth is not None:
            self.synth.close()
            self.synth = None

    def _with_engine(self, command: Callable[[], None]) -> None:
        """Run a read command now, or once the engine is found (off the GUI thread)."""
        if self.settings.leave_to_screen_reader:
            self.announce.emit(self.tr(
                "Reading aloud is left to your screen reader. Use its read-all command in the "
                "article."))
            return
        if self.prefetcher is not None:
            command()
            return
        self._pending = command
        if self._loading:
            return
        self._loading = True
        self._tasks.submit(load_engine, self._factory, self.settings.speech_settings(),
                           self._pronunciations, self._tasks.reporter(self._events))

    @Slot(int, object)
    def _on_event(self, _job: int, event: object) -> None:
        """Handle what the engine's threads reported (GUI thread)."""
        kind, *args = event  # type: ignore[misc]
        if kind == "ready":
            self._on_audio_ready(*args)
        elif kind == "failed":
            self._on_audio_failed(*args)
        elif kind == "crashed":
            self._on_engine_crashed()
        elif kind == "notice":
            self._on_fallback(*args)

    @Slot(int, object)
    def _on_engine_ready(self, _job: int, engine: tuple[Synthesizer, Prefetcher]) -> None:
        synth, prefetcher = engine
        self._loading = False
        if self.synth is not None:  # closed meanwhile? never keep two engines
            prefetcher.close()
            synth.close()
            return
        self.synth, self.prefetcher = synth, prefetcher
        prefetcher.set_settings(self.settings.speech_settings())  # changed meanwhile?
        self.player = make_player(self, self.settings.volume)
        self.player.finished.connect(self._on_played)
        self.player.failed.connect(self._on_player_error)
        if not self.player.audible:
            self.announce.emit(self.tr(
                "No audio output was found: nothing can be heard. Reading moves on and the "
                "sentence being read is highlighted."))
        command, self._pending = self._pending, None
        if command is not None:
            command()

    def _on_fallback(self, language: str, engine: str, voice: str) -> None:
        names = {"nl": self.tr("Dutch"), "en": self.tr("English"), "fr": self.tr("French"),
                 "de": self.tr("German")}
        self.announce.emit(self.tr("No neural voice for {0}: reading with {1}.").format(
            names.get(language, language), engine))

    def reload_engine(self) -> None:
        """Stop, and find the engine and voices again on the next read command."""
        self.close()

    @Slot(int, object)
    def _on_engine_failed(self, _job: int, error: object) -> None:
        if not isinstance(error, ReaderError):
            error = ReaderError(ErrorKind.SPEECH, str(error))
        self._loading = False
        self._pending = None
        self.announce.emit(self.no_engine_text())
        self.error.emit(error)

    def no_engine_text(self) -> str:
        """Return the message for a machine with no working speech engine: what to install."""
        if sys.platform == "win32":
            return self.tr(
                "Reading aloud is not available: no speech voice was found. Add a voice in "
                "Windows Settings, Time and language, Speech.")
        if sys.platform == "darwin":
            return self.tr(
                "Reading aloud is not available: no speech engine works. Install espeak-ng, "
                "for example with: brew install espeak-ng")
        return self.tr(
            "Reading aloud is not available: no speech engine works. Install espeak-ng, "
            "for example with: sudo apt install espeak-ng")

    # -- commands (slots for the actions) ---------------------------------------------------

    def play_pause(self, item_index: int = 0, caret: TextPosition | None = None) -> None:
        """Pause while reading, resume when paused, else read this item from the caret."""
        if self._pending is not None:  # pressed again while the engine is still loading
            self.stop(announce=False)
        elif self._state == "playing":
            self.pause()
        elif self._state == "paused":
            self.resume()
        else:
            self.read_item(item_index, caret)

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

    def _start(self, command: Callable[[ReadingQueue], Utterance | None], index: int) -> None:
        if not 0 <= index < len(self._items):
            return

        def run() -> None:
            self._halt_audio()
            if self._queue is not None and self._queue.state in (PlayState.IDLE,
                                                                 PlayState.FINISHED):
                self._queue = None  # pick up changed pauses
            u = command(self.queue)
            if u is None:
                self._finished()
                return
            self.announce.emit(self.tr("Reading aloud started"))
            self._follow(u)

        self._with_engine(run)

    @Slot()
    def pause(self, announce: bool = True) -> None:
        """Pause at the current sentence."""
        if self._queue is None or self._state != "playing":
            return
        if self._gap.isActive():  # between sentences: the paused position is the next one
            self._gap.stop()
            if self._queue.utterance_done() is None and self._queue.state is not PlayState.PAUSED:
                self._finished()
                return
        self._queue.pause()
        if self.player is not None:
            self.player.pause()
        self._set_state("paused")
        if announce:
            self.announce.emit(self.tr("Paused"))
        self.highlight_changed.emit(self._highlighted())

    @Slot()
    def resume(self) -> None:
        """Resume where reading paused."""
        if self._queue is None or self._state != "paused":
            return
        u = self._queue.resume()
        if u is None:
            return
        self.announce.emit(self.tr("Reading resumed"))
        if self.player is not None and self.player.resume(u):  # carry on mid-sentence
            self._set_state("playing")
            self.highlight_changed.emit(self._highlighted())
            self.utterance_started.emit(u)
            return
        self._follow(u)

    @Slot()
    def stop(self, announce: bool = True) -> None:
        """Stop reading at once: audio, pending pauses and synthesis."""
        self._pending = None
        self._halt_audio()
        if self._queue is not None:
            self._queue.stop()
        if self.prefetcher is not None:
            self.prefetcher.request([])  # drops work and kills espeak-ng without waiting
        was = self._state
        self._set_state("stopped")
        self.highlight_changed.emit(None)
        if announce and was != "stopped":
            self.announce.emit(self.tr("Stopped"))

    # -- playback ------------------------------------------------------------------------

    def _halt_audio(self) -> None:
        self._gap.stop()
        self._waiting = None
        if self.player is not None:
            self.player.stop()

    def _highlighted(self) -> Utterance | None:
        if not self.settings.highlight or self._queue is None or self._state == "stopped":
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
        self._set_state("playing")
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
        if self._waiting is not None and u == self._waiting and self._state == "playing":
            self._play(u, path)

    def _on_audio_failed(self, u: Utterance, error: ReaderError) -> None:
        if isinstance(error, EngineCrashed):
            self._on_engine_crashed()
            return
        if self._waiting is not None and u == self._waiting:
            self.stop(announce=False)
            self.announce.emit(self.tr("Reading aloud stopped: the speech engine failed."))
            self.error.emit(error)

    @Slot(object)
    def _on_played(self, u: Utterance) -> None:
        q = self._queue
        if self._state != "playing" or q is None or q.current != u or self._waiting:
            return  # an old sentence ending after a jump
        self._gap.start(q.pause_after_ms(u))

    @Slot()
    def _after_gap(self) -> None:
        q = self._queue
        if q is None or self._state != "playing":
            return
        done = q.current
        u = q.utterance_done()
        whole_items = q.mode in (ReadMode.ITEM, ReadMode.READ_ON)
        if whole_items and done is not None and (u is None or u.item_index != done.item_index):
            # Reading reached the end of this item by itself, not by a jump or a skim.
            self.item_finished.emit(done.item_index)
        if u is not None:
            self._follow(u)
        elif q.state is PlayState.PAUSED:  # stop after each item
            self._set_state("paused")
            self.announce.emit(self.tr("End of the item. Press Space to read on."))
            self.highlight_changed.emit(self._highlighted())
        else:
            self._finished()

    def _finished(self) -> None:
        self._halt_audio()
        if self._queue is not None and self._queue.state is not PlayState.IDLE:
            self._queue.stop()
        was = self._state
        self._set_state("stopped")
        self.highlight_changed.emit(None)
        if was != "stopped":
            self.announce.emit(self.tr("Finished reading"))

    @Slot(str)
    def _on_player_error(self, text: str) -> None:
        self.stop(announce=False)
        self.announce.emit(self.tr("Reading aloud stopped: the audio could not be played."))
        self.error.emit(ReaderError(ErrorKind.SPEECH, text))

    def _on_engine_crashed(self) -> None:
        """The speech child process died: pause here; Space starts a new one and reads on."""
        if self.prefetcher is not None:  # nothing more until Space: then a new child
            self.prefetcher.request([])
            self.prefetcher.forget_failures()
        if self._crashed or self._state == "stopped":
            return
        self._crashed = True
        if self._state == "playing":
            self.pause(announce=False)
        self.announce.emit(self.tr(
            "The speech engine stopped unexpectedly. Press Space to read on: Helder starts "
            "it again."))

    def _set_state(self, state: str) -> None:
        if state == "playing":
            self._crashed = False
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

