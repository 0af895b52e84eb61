"""The window's Speech menu: read-aloud settings, pronunciation, voices and audio files.

Also keeps reading aloud in step with the saved settings, and gives briefing exports the
listener's voices (ExportVoice).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QDialog

from reader.core.errors import ReaderError
from reader.core.prefs.settings import Settings
from reader.core.speech.export_voice import ExportVoice
from reader.core.speech.pronunciation_file import save_pronunciations
from reader.ui.common.messages import Messages
from reader.ui.speech.engine import ReadAloudSettings

if TYPE_CHECKING:
    from reader.ui.speech.controller import SpeechController
    from reader.ui.window.main_window import MainWindow


def read_aloud_settings(settings: Settings) -> ReadAloudSettings:
    """Return the reading-aloud part of the saved settings."""
    return ReadAloudSettings(
        rate_wpm=settings.speech_rate_wpm,
        volume=settings.speech_volume,
        voices=dict(settings.voices),
        item_pause_ms=settings.speech_item_pause_ms,
        stop_after_each_item=settings.speech_stop_after_item,
        highlight=settings.speech_highlight,
        leave_to_screen_reader=settings.leave_speech_to_screen_reader,
    )


class SpeechMenu(QObject):
    """Runs the Speech menu's dialogs for a window and saves what the user chose.

    Its sentences are the window's (window.tr): the translations keep their context.
    """

    def __init__(self, window: MainWindow, speech: SpeechController) -> None:
        super().__init__(window)
        self.window = window
        self.speech = speech
        self._messages = Messages(window)
        # Briefing exports speak with the listener's voices, speed and pronunciation list.
        self.export_voice = ExportVoice(lambda: speech.settings, speech.pronunciations)
        bind = window.actions_.bind
        bind("speech.settings", self.edit_settings)
        bind("speech.pronunciation", self.edit_pronunciations)
        bind("speech.voices", self.manage_voices)
        bind("file.save_audio", self.save_audio)

    def follow(self, settings: Settings) -> None:
        """Read with the saved speed, volume, voices and pauses from now on."""
        wanted = read_aloud_settings(settings)
        if wanted != self.speech.settings:
            self.speech.set_settings(wanted)

    @Slot()
    def save_audio(self) -> None:
        """Write this item, the issue, or its titles to an audio file, with progress."""
        from reader.ui.speech.dialogs.audio_dialog import AudioDialog

        window = self.window
        issue = window.model.issue
        if issue is None or not issue.items:
            window.announcer.announce(
                QCoreApplication.translate("MainWindow", "There is nothing to save")
            )
            return
        dialog = AudioDialog(
            issue.items, max(window.current_row(), 0), language=issue.language or "nl",
            settings=self.speech.settings.speech_settings(),
            pronunciations=self.speech.pronunciations(), parent=window)
        dialog.finished_export.connect(
            lambda path: window.announcer.announce(
                QCoreApplication.translate("MainWindow", "Audio saved: {0}").format(path)
            ))
        window.run_dialog(dialog)

    @Slot()
    def edit_pronunciations(self) -> None:
        """Edit how abbreviations and jargon are said; save the list for next time."""
        from reader.ui.speech.dialogs.pronunciation_dialog import PronunciationDialog

        window = self.window
        dialog = PronunciationDialog(self.speech.pronunciations(), window)
        if window.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            save_pronunciations(dialog.pronunciations)
        except ReaderError as exc:
            window.show_error(exc)
            return
        self.speech.set_pronunciations(dialog.pronunciations)
        window.announcer.announce(
            QCoreApplication.translate("MainWindow", "Pronunciation list saved"))

    @Slot()
    def manage_voices(self) -> None:
        """Show the installed Piper voices; install, preview and remove them."""
        from reader.ui.speech.dialogs.voices_dialog import VoicesDialog

        dialog = VoicesDialog(self.window, volume=self.speech.settings.volume)
        dialog.voices_changed.connect(self._voices_changed)
        self.window.run_dialog(dialog)

    @Slot()
    def _voices_changed(self) -> None:
        """Read and export with the new set of voices from the next command on."""
        self.speech.reload_engine()
        self.export_voice.reset()

    @Slot()
    def edit_settings(self) -> None:
        """Change speed, volume, voices, pauses, highlight and screen-reader mode; save them."""
        from reader.core.prefs.settings import load_settings
        from reader.core.speech.engines.types import Voice
        from reader.core.speech.voices.offer import voice_offer
        from reader.ui.speech.dialogs.settings_dialog import SpeechDialog

        window = self.window
        display = window.display
        current = display.settings() if display is not None else load_settings().settings
        voices: list[Voice] = []
        automatic: dict[str, tuple[str, str]] = {}
        try:
            voices, automatic = voice_offer(self.speech.synth)
        except ReaderError as exc:
            window.announcer.announce(self._messages.error_text(exc))
        watch = window.screen_reader
        dialog = SpeechDialog(current, voices, window, screen_reader=(
            watch.running if watch.asked else None), automatic=automatic)
        if window.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.settings()
        if display is not None:
            display.set_settings(chosen)
        else:
            window.display_changed(chosen, None)
        window.announcer.announce(
            QCoreApplication.translate("MainWindow", "Read-aloud settings saved"))
