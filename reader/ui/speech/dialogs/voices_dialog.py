"""Read aloud > Voices…: the installed Piper voices, previews, installs and removals.

Complete by keyboard: every control is labelled; Space in the list of installed voices plays
a preview, Delete removes, Return in the list of voices to download installs, Escape
cancels a download under way (and closes the dialog otherwise). Progress is said through
the screen reader at each quarter, without moving focus. Nothing is fetched until the user
asks for the voice list.
"""

from __future__ import annotations

import threading
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ErrorKind, ReaderError
from reader.core.speech.voices import piper_voices
from reader.core.speech.voices.piper_catalogue import CatalogueVoice, catalogue_url, fetch_catalogue
from reader.core.speech.voices.piper_voices import InstalledVoice
from reader.ui.common.feedback import present
from reader.ui.common.messages import Messages
from reader.ui.common.tasks import ProgressRelay, TaskRunner
from reader.ui.speech.dialogs.voice_preview import VoicePreview, sample_text
from reader.ui.widgets.dialog_parts import buddy_label, button_row, push_button, scrolling


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


class VoicesDialog(QDialog):
    """Manage Piper voices; `voices_changed` after an install or removal."""

    voices_changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        base_url: str | None = None,
        volume: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Voices – Helder"))
        self._folder = folder
        self._base_url = base_url or catalogue_url()
        self._installed: list[InstalledVoice] = []
        self._catalogue: list[CatalogueVoice] = []
        self._downloading: CatalogueVoice | None = None
        self._cancel: threading.Event | None = None
        self._quarter = 0
        self._jobs: dict[int, str] = {}
        self.preview_sound = VoicePreview(self, volume)
        self._tasks = TaskRunner(self)
        self._tasks.finished.connect(self._job_done)
        self._tasks.failed.connect(self._job_failed)
        self._progress = ProgressRelay(self)
        self._progress.changed.connect(self._step)
        self._build()
        self.refresh_installed()

    # -- layout ----------------------------------------------------------------------------

    def _voice_list(self, label: str, keys: str) -> tuple[QListWidget, QLabel]:
        voices = QListWidget()
        voices.setWordWrap(True)
        voices.installEventFilter(self)
        voices.setAccessibleDescription(keys)
        return voices, buddy_label(label, voices)

    def _build(self) -> None:
        self.installed_list, installed_label = self._voice_list(self.tr(
            "&Installed voices"), self.tr("Space plays a preview, Delete removes the voice."))
        self.preview_button = push_button(self.tr("&Preview"), self.preview)
        self.remove_button = push_button(self.tr("&Remove"), self.remove)
        self.from_file_button = push_button(self.tr("Install from &file…"), self.install_from_file)
        self.fallback_note = QLabel(self.tr(
            "Languages without a voice here are read with the system voice (espeak-ng)."))
        self.fallback_note.setWordWrap(True)

        self.catalogue_list, catalogue_label = self._voice_list(
            self.tr("Voices to &download"), self.tr("Return installs the voice."))
        self.load_button = push_button(self.tr("&Load the list of voices"), self.load_catalogue)
        self.install_button = push_button(self.tr("In&stall"), self.install_selected)
        self.cancel_button = push_button(self.tr("&Cancel download"), self.cancel_download)

        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.status = QLabel(self.tr("Nothing is downloaded until you ask for the voice list."))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status.setAccessibleName(self.tr("Status"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        # At 400 % text the content scrolls and button rows wrap, so nothing is cut off.
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(installed_label)
        layout.addWidget(self.installed_list, 2)
        layout.addLayout(button_row(self.preview_button, self.remove_button,
                                   self.from_file_button))
        layout.addWidget(self.fallback_note)
        layout.addWidget(catalogue_label)
        layout.addWidget(self.catalogue_list, 3)
        layout.addLayout(button_row(self.load_button, self.install_button, self.cancel_button))
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self._scroll = scrolling(inner)
        outer = QVBoxLayout(self)
        outer.addWidget(self._scroll, 1)
        outer.addLayout(button_row(self.close_button))
        for lst in (self.installed_list, self.catalogue_list):  # three whole rows at any size
            lst.setMinimumHeight(lst.fontMetrics().lineSpacing() * 4 + 8)
        self.resize(760, 600)
        self.installed_list.currentRowChanged.connect(self._update_buttons)
        self.catalogue_list.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        voice = self.selected_installed()
        busy = self._downloading is not None
        self.preview_button.setEnabled(voice is not None)
        self.remove_button.setEnabled(voice is not None and voice.removable and not busy)
        self.install_button.setEnabled(self.selected_catalogue() is not None and not busy)
        self.cancel_button.setEnabled(busy)
        self.load_button.setEnabled(not busy)

    # -- lists -----------------------------------------------------------------------------

    def installed_text(self, voice: InstalledVoice) -> str:
        """Return one line that says all about an installed voice."""
        where = (self.tr("from package {0}").format(voice.package) if voice.package
                 else self.tr("installed by Helder"))
        licence = voice.licence or self.tr("unknown")
        return self.tr("{language}: {name}, {quality} quality, {size}, licence {licence}, "
                       "{where}").format(language=voice.language_name, name=voice.name,
                                         quality=voice.quality, size=_megabytes(voice.size),
                                         licence=licence, where=where)

    def catalogue_text(self, voice: CatalogueVoice) -> str:
        """Return one line about a voice that can be downloaded."""
        installed = any(v.key == voice.key for v in self._installed)
        text = self.tr("{language}: {name}, {quality} quality, {size}").format(
            language=voice.language_english, name=voice.name, quality=voice.quality,
            size=_megabytes(voice.size))
        return text + (self.tr(" (installed)") if installed else "")

    def refresh_installed(self) -> None:
        """List the installed voices again, keeping the selection where it can."""
        current = self.selected_installed()
        self._installed = piper_voices.installed_voices(self._folder)
        self.installed_list.clear()
        for voice in self._installed:
            item = QListWidgetItem(self.installed_text(voice))
            item.setData(Qt.ItemDataRole.UserRole, voice.key)
            self.installed_list.addItem(item)
            if current is not None and voice.key == current.key:
                self.installed_list.setCurrentItem(item)
        if self.installed_list.currentRow() < 0 and self._installed:
            self.installed_list.setCurrentRow(0)
        self._fill_catalogue()
        self._update_buttons()

    def _fill_catalogue(self) -> None:
        row = max(self.catalogue_list.currentRow(), 0)
        self.catalogue_list.clear()
        for voice in self._catalogue:
            item = QListWidgetItem(self.catalogue_text(voice))
            item.setData(Qt.ItemDataRole.UserRole, voice.key)
            self.catalogue_list.addItem(item)
        if self._catalogue:
            self.catalogue_list.setCurrentRow(min(row, len(self._catalogue) - 1))

    def selected_installed(self) -> InstalledVoice | None:
        """Return the installed voice selected in the list."""
        row = self.installed_list.currentRow()
        return self._installed[row] if 0 <= row < len(self._installed) else None

    def selected_catalogue(self) -> CatalogueVoice | None:
        """Return the catalogue voice selected in the list."""
        row = self.catalogue_list.currentRow()
        return self._catalogue[row] if 0 <= row < len(self._catalogue) else None

    def say(self, text: str) -> None:
        """Show a message (scrolled into view at large text); the screen reader says it."""
        self.status.setText(text)
        self._scroll.ensureWidgetVisible(self.status)
        present(self, text)

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space previews and Delete removes in the installed list; Return installs."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.installed_list and key == Qt.Key.Key_Space:
                self.preview()
                return True
            if watched is self.installed_list and key == Qt.Key.Key_Delete:
                self.remove()
                return True
            if watched is self.catalogue_list and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.install_selected()
                return True
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Escape cancels a download under way; otherwise it closes (Qt override)."""
        if self._downloading is not None:
            self.cancel_download()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Release the preview's voice and player when the dialog closes (Qt override)."""
        self.preview_sound.close()
        super().done(result)

    # -- actions ---------------------------------------------------------------------------

    def _submit(self, kind: str, fn: object, *args: object) -> None:
        self._jobs[self._tasks.submit(fn, *args)] = kind  # type: ignore[arg-type]

    @Slot()
    def load_catalogue(self) -> None:
        """Fetch the voice list (the only request until the user installs a voice)."""
        self.say(self.tr("Loading the list of voices…"))
        self.load_button.setEnabled(False)
        self._submit("catalogue", fetch_catalogue, self._base_url)

    @Slot()
    def install_selected(self) -> None:
        """Download, check and install the selected voice, with progress."""
        voice = self.selected_catalogue()
        if voice is None or self._downloading is not None:
            return
        self._downloading = voice
        self._cancel = threading.Event()
        self._quarter = 0
        self.bar.setValue(0)
        self._progress.start()
        self._update_buttons()
        self.say(self.tr("Downloading {0}, {1}. Press Escape to cancel.").format(
            voice.name, _megabytes(voice.size)))
        # Thread pool: no widgets there; progress goes through the relay's lock.
        self._submit("install", partial(piper_voices.install, folder=self._folder,
                                        progress=self._progress.report, cancel=self._cancel),
                     voice, self._base_url)

    @Slot()
    def cancel_download(self) -> None:
        """Stop the download; what was fetched is deleted."""
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        if self._downloading is None:
            return
        percent = done * 100 // max(total, 1)
        self.bar.setValue(percent)
        quarter = done * 4 // max(total, 1)
        if self._quarter < quarter < 4:
            self._quarter = quarter
            self.say(self.tr("Downloading {0}: {1} percent").format(
                self._downloading.name, quarter * 25))

    @Slot()
    def install_from_file(self) -> None:
        """Install voices from a .onnx file (with its .onnx.json) chosen by the user."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install a voice from a file"), str(Path.home()),
            self.tr("Piper voices (*.onnx)"))
        if path:
            self.install_path(Path(path))

    def install_path(self, path: Path) -> None:
        """Install voices from a file or folder (off the GUI thread)."""
        self.say(self.tr("Installing from {0}…").format(path))
        self._submit("from-path", piper_voices.install_from_path, path, self._folder)

    @Slot()
    def remove(self) -> None:
        """Remove the selected voice after asking."""
        voice = self.selected_installed()
        if voice is None or self._downloading is not None:
            return
        if not voice.removable:
            self.say(self.tr("{0} came with the Python package {1}; remove that package to "
                             "remove the voice.").format(voice.name, voice.package))
            return
        answer = QMessageBox.question(
            self, self.tr("Remove voice"),
            self.tr("Remove the voice {0} ({1})? You can install it again later.").format(
                voice.name, voice.language_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            piper_voices.remove(voice.key, folder=self._folder, voices=self._installed)
        except ReaderError as exc:
            self.say(Messages(self).error_text(exc))
            return
        self.refresh_installed()
        self.installed_list.setFocus()
        self.voices_changed.emit()
        self.say(self.tr("Voice {0} removed").format(voice.name))

    @Slot()
    def preview(self) -> None:
        """Say a sample sentence with the selected voice."""
        voice = self.selected_installed()
        if voice is None:
            return
        self.status.setText(self.tr("Preview: {0}").format(voice.name))
        self._submit("preview", self.preview_sound.synthesize, voice, sample_text(voice))

    # -- results ---------------------------------------------------------------------------

    @Slot(int, object)
    def _job_done(self, job: int, result: object) -> None:
        kind = self._jobs.pop(job, "")
        if kind == "catalogue":
            self._catalogue = list(result)  # type: ignore[call-overload]
            self._fill_catalogue()
            self._update_buttons()
            self.catalogue_list.setFocus()
            self.say(self.tr("{0} voices can be downloaded; Dutch voices are listed first.")
                     .format(len(self._catalogue)))
        elif kind == "install":
            self._end_download()
            self._installed_now(result)  # type: ignore[arg-type]
        elif kind == "from-path":
            for installed in result:  # type: ignore[attr-defined]
                self._installed_now(installed)
        elif kind == "preview":
            self.preview_sound.play(result)  # type: ignore[arg-type]

    def _installed_now(self, voice: InstalledVoice) -> None:
        self.refresh_installed()
        for row, v in enumerate(self._installed):
            if v.key == voice.key:
                self.installed_list.setCurrentRow(row)
        self.voices_changed.emit()
        self.bar.setValue(100)
        self.say(self.tr("Voice {0} installed. It reads {1} from now on.").format(
            voice.name, voice.language_name))

    def _end_download(self) -> CatalogueVoice | None:
        self._progress.stop()
        voice, self._downloading, self._cancel = self._downloading, None, None
        self._update_buttons()
        return voice

    @Slot(int, object)
    def _job_failed(self, job: int, error: object) -> None:
        kind = self._jobs.pop(job, "")
        if kind == "install":
            voice = self._end_download()
            self.bar.setValue(0)
            name = voice.name if voice else ""
            if isinstance(error, ReaderError) and error.kind is ErrorKind.CANCELLED:
                self.say(self.tr("Download of {0} cancelled; nothing was kept.").format(name))
                return
            if isinstance(error, ReaderError) and error.kind is ErrorKind.DAMAGED:
                self.say(self.tr("The download of {0} was damaged (its checksum does not "
                                 "match) and was not installed; nothing was kept. Try again "
                                 "later.").format(name))
                return
        if kind == "catalogue":
            self.load_button.setEnabled(True)
        if not isinstance(error, ReaderError):
            error = ReaderError(ErrorKind.SPEECH, str(error))
        self.say(Messages(self).error_text(error))
