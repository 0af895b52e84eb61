"""Save items as an audio file (WAV, or MP3/Opus when an encoder is there), with progress."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Item
from reader.core.speech.audio_export import available_formats, export_items
from reader.core.speech.engines.isolated import isolated_synthesizer
from reader.core.speech.engines.synth import CancelToken, SynthesisCancelled
from reader.core.speech.prefetch import SpeechSettings
from reader.core.speech.pronunciation import PronunciationList
from reader.ui.common.messages import Messages
from reader.ui.common.one_job import OneJob
from reader.ui.widgets.dialog_parts import access_name, buddy_label, status_label


class AudioDialog(QDialog):
    """Choose what to read (this item, the whole issue, only the titles) and where to save."""

    finished_export = Signal(str)  # the file written

    def __init__(
        self,
        items: Sequence[Item],
        current: int,
        *,
        language: str = "nl",
        settings: SpeechSettings | None = None,
        pronunciations: PronunciationList | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as audio – Helder"))
        self._items, self._current, self._language = list(items), current, language
        self._settings, self._pronunciations = settings, pronunciations
        self._cancel: CancelToken | None = None

        self.what = QComboBox()
        self.what.addItem(self.tr("This item"), "item")
        self.what.addItem(self.tr("The whole issue"), "issue")
        self.what.addItem(self.tr("Only the titles of the issue"), "titles")
        self.path = QLineEdit(str(Path.home() / "helder.wav"))
        self.choose = QPushButton(self.tr("C&hoose file…"))
        self.choose.setAccessibleName(access_name(self.choose.text()))
        formats = ", ".join(f.upper() for f in available_formats())
        self.formats = QLabel(self.tr("Formats: {0} (from the file name's ending)").format(formats))
        self.formats.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = status_label()
        self._run = OneJob(self, self.bar)
        self._run.done.connect(self._done)
        self._run.failed.connect(self._failed)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Read"), self.what), self.what)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.choose)
        form.addRow(buddy_label(self.tr("&File"), self.path), path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.choose.clicked.connect(self._choose)
        self.path.returnPressed.connect(self.start)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.formats)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(560, 260)

    @Slot()
    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as audio"), self.path.text(),
            self.tr("Audio ({0})").format(" ".join(f"*.{f}" for f in available_formats())))
        if path:
            self.path.setText(path)

    def chosen_items(self) -> tuple[list[Item], bool]:
        """Return the items to read and whether only their titles are read."""
        what = self.what.currentData()
        if what == "item":
            return [self._items[self._current]], False
        return self._items, what == "titles"

    @Slot()
    def start(self) -> None:
        """Write the audio off the GUI thread; progress and the result are shown here."""
        if self._cancel is not None:
            return
        items, titles_only = self.chosen_items()
        out = Path(self.path.text().strip()).expanduser()
        self._cancel = CancelToken()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Writing the audio…"))
        self._run.start(self._export, items, out, titles_only, self._cancel)

    def _export(self, items: list[Item], out: Path, titles_only: bool,
                cancel: CancelToken) -> str:
        # Runs in the thread pool: no widgets here, progress goes through a queued signal.
        synth = isolated_synthesizer()  # an engine crash fails the export, not the app
        try:
            export_items(items, out, synth, settings=self._settings,
                         pronunciations=self._pronunciations, language=self._language,
                         titles_only=titles_only, cancel=cancel,
                         progress=self._run.report)
        finally:
            synth.close()
        return str(out)

    @Slot(object)
    def _done(self, path: object) -> None:
        self._cancel = None
        self.status.setText(self.tr("Saved: {0}").format(path))
        self.finished_export.emit(str(path))
        self.accept()

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._cancel = None
        self.save_button.setEnabled(True)
        if isinstance(error, SynthesisCancelled):
            self.status.setText(self.tr("Cancelled"))
            return
        if not isinstance(error, ReaderError):
            error = ReaderError(ErrorKind.EXPORT, str(error))
        self.status.setText(Messages(self).error_text(error))
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Cancel a running export (no file is left behind), or close (Qt override)."""
        if self._cancel is not None:
            self._cancel.cancel()
            return
        super().reject()
