"""Reading aloud in the app: the core's reading queue and prefetcher driving an AudioPlayer.

Everything heavy happens off the GUI thread: the engine loads as a TaskRunner job at first
use, and the core's Prefetcher synthesises sentences ahead of playback; both report typed
events (engine.py) as TaskRunner signals. The GUI thread only starts and stops the player.
The reading queue's PlayState is the only state; moves.py holds the commands and jumps.

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
from reader.ui.speech.audio import AudioPlayer, make_player
from reader.ui.speech.engine import (
    AudioFailed,
    AudioReady,
    EngineDied,
    ReadAloudSettings,
    VoiceFallback,
    engine_in_child,
    load_engine,
)
from reader.ui.speech.moves import ReadingMoves

log = logging.getLogger(__name__)


class SpeechController(ReadingMoves, QObject):
    """Owns the synthesizer, prefetcher, reading queue and audio player; slots match actions."""

    utterance_started = Signal(object)  # Utterance whose audio starts playing now
    highlight_changed = Signal(object)  # Utterance to highlight, or None to clear
    item_changed = Signal(int)  # reading moved on to another item (index)
    item_finished = Signal(int)  # an item was read to its end (index): it may count as read
    state_changed = Signal(object)  # PlayState: PLAYING, PAUSED or IDLE (stopped)
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
        self.player: AudioPlayer | None = None  # made on first use
        self._waiting: Utterance | None = None  # to play as soon as its audio is ready
        self._item = -1  # the item reading is in
        self._told = PlayState.IDLE  # the state last sent by state_changed
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
        if settings.leave_to_screen_reader and self.state is not PlayState.IDLE:
            self.stop()
        if settings != old:
            self.settings_changed.emit(settings)

    def voices(self) -> list[Voice]:
        """Return the engine's voices (empty until the engine is loaded)."""
        return self.synth.voices() if self.synth is not None else []

    def close(self) -> None:
        """Stop and release the engine, its worker thread and the audio files."""
        self.stop(announce=False)
        # The player first: it plays files the prefetcher made with the engine.
        for part in (self.player, self.prefetcher, self.synth):
            if part is not None:
                part.close()
        self.player = self.prefetcher = self.synth = None

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
        match event:
            case AudioReady(u, path):
                self._on_audio_ready(u, path)
            case AudioFailed(u, error):
                self._on_audio_failed(u, error)
            case EngineDied():
                self._on_engine_crashed()
            case VoiceFallback(language, engine, _voice):
                self._on_fallback(language, engine)

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

    def _on_fallback(self, language: str, engine: str) -> None:
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
        elif self.state is PlayState.PLAYING:
            self.pause()
        elif self.state is PlayState.PAUSED:
            self.resume()
        else:
            self.read_item(item_index, caret)

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
        if self._queue is None or self.state is not PlayState.PLAYING:
            return
        if self._gap.isActive():  # between sentences: the paused position is the next one
            self._gap.stop()
            if self._queue.utterance_done() is None and self._queue.state is not PlayState.PAUSED:
                self._finished()
                return
        self._queue.pause()
        if self.player is not None:
            self.player.pause()
        self._tell_state()
        if announce:
            self.announce.emit(self.tr("Paused"))
        self.highlight_changed.emit(self._highlighted())

    @Slot()
    def resume(self) -> None:
        """Resume where reading paused."""
        if self._queue is None or self.state is not PlayState.PAUSED:
            return
        u = self._queue.resume()
        if u is None:
            return
        self.announce.emit(self.tr("Reading resumed"))
        if self.player is not None and self.player.resume(u):  # carry on mid-sentence
            self._tell_state()
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
        was = self._told
        self._tell_state()
        self.highlight_changed.emit(None)
        if announce and was is not PlayState.IDLE:
            self.announce.emit(self.tr("Stopped"))

    # -- playback ------------------------------------------------------------------------

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
        if self.state is not PlayState.PLAYING or q is None or q.current != u or self._waiting:
            return  # an old sentence ending after a jump
        self._gap.start(q.pause_after_ms(u))

    @Slot()
    def _after_gap(self) -> None:
        q = self._queue
        if q is None or self.state is not PlayState.PLAYING:
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
            self._tell_state()
            self.announce.emit(self.tr("End of the item. Press Space to read on."))
            self.highlight_changed.emit(self._highlighted())
        else:
            self._finished()

    def _finished(self) -> None:
        self._halt_audio()
        if self._queue is not None and self._queue.state is not PlayState.IDLE:
            self._queue.stop()
        was = self._told
        self._tell_state()
        self.highlight_changed.emit(None)
        if was is not PlayState.IDLE:
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
        if self._crashed or self.state is PlayState.IDLE:
            return
        self._crashed = True
        if self.state is PlayState.PLAYING:
            self.pause(announce=False)
        self.announce.emit(self.tr(
            "The speech engine stopped unexpectedly. Press Space to read on: Helder starts "
            "it again."))
