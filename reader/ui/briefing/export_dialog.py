"""Export a briefing: choose a format and a file, then write it off the GUI thread.

The file field is typeable (Enter exports), so the dialog works without the native file
chooser; "Choose file…" opens it for those who want it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.briefing.model import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export import SUFFIXES, ExportStyle, Synthesize, export_briefing, format_for_path
from reader.core.export.style import PRINT, SCREEN
from reader.ui.common.messages import Messages
from reader.ui.common.one_job import OneJob

log = logging.getLogger(__name__)

_UNSAFE_IN_NAME = str.maketrans({c: "_" for c in '<>:"/\\|?*'})


class ExportDialog(QDialog):
    """Choose a format and a file; the export runs in the background and is announced."""

    announce = Signal(str)
    exported = Signal(str)

    def __init__(
        self,
        briefing: Briefing,
        style: ExportStyle | None = None,
        parent: QWidget | None = None,
        *,
        synthesize: Synthesize | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.briefing = briefing
        self.style_ = style or ExportStyle()
        self._synthesize = synthesize
        self._messages = Messages(self)
        self._confirmed: Path | None = None  # a file the system dialog already asked to replace
        title = briefing.title.strip() or self.tr("Untitled briefing")
        self.setWindowTitle(self.tr("Export briefing: {0}").format(title))

        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        for fmt, text in self.format_names().items():
            self.format_box.addItem(text, fmt)
        format_label = QLabel(self.tr("Format:"), self)
        format_label.setBuddy(self.format_box)
        self.format_box.setAccessibleName(self.tr("Format"))

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        path_label = QLabel(self.tr("File:"), self)
        path_label.setBuddy(self.path_edit)
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setText(str(self._default_folder() / self._file_name("docx")))
        self.browse_button = QPushButton(self.tr("Choose file…"), self)
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.choose_file)

        # A document is read by someone else, on paper or their own screen: it keeps its own
        # print colours unless the user asks for the screen's (every pair checked either way).
        self.screen_colours = QCheckBox(self.tr("Colours as on my screen"), self)
        self.screen_colours.setObjectName("exportScreenColours")
        self.screen_colours.setToolTip(self.tr(
            "Off: dark text on white paper, readable for anyone. On: the colours of your "
            "theme, such as yellow on black, in the document too."))

        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportStart")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(self.tr("Close"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("exportClose")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.path_edit.textEdited.connect(self._on_path_edited)
        self._run = OneJob(self, self.progress)
        self._run.done.connect(self._on_done)
        self._run.failed.connect(self._on_failed)

        # The button under the field, not beside it: at 400 % the path keeps the whole width.
        path_row = QVBoxLayout()
        path_row.addWidget(self.path_edit)
        path_row.addWidget(self.browse_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(format_label, self.format_box)
        form.addRow(path_label, path_row)
        form.addRow("", self.screen_colours)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.format_box, self.path_edit)
        self.setTabOrder(self.path_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.screen_colours)
        self._on_format_changed(self.format_box.currentIndex())
        self.resize(max(560, self.fontMetrics().averageCharWidth() * 40),
                    self.sizeHint().height())
        self.format_box.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def running(self) -> bool:
        """Return whether an export is being written."""
        return self._run.running

    def format_names(self) -> dict[str, str]:
        """Return the formats in menu order with their names in the user's language."""
        return {
            "docx": self.tr("Word (DOCX)"),
            "html": self.tr("Web page (HTML)"),
            "txt": self.tr("Text"),
            "pdf": self.tr("Large-print PDF"),
            "wav": self.tr("Audio (WAV)"),
        }

    def chosen_format(self) -> str:
        """Return the format chosen ("docx", "html", ...)."""
        return str(self.format_box.currentData())

    def set_format(self, fmt: str) -> None:
        """Choose a format by its code."""
        index = self.format_box.findData(fmt)
        if index >= 0:
            self.format_box.setCurrentIndex(index)

    # -- the file ------------------------------------------------------------------------------

    @staticmethod
    def _default_folder() -> Path:
        """The folder the last export went to; else Documents; else home: one that exists.

        A fresh account may have no Documents folder: proposing it made every first
        export fail with "the folder does not exist".
        """
        from reader.core.prefs.ui_state import existing_folder, recall

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return existing_folder(recall("export_folder"), documents)

    def _file_name(self, fmt: str) -> str:
        stem = (self.briefing.title.strip() or self.tr("briefing")).translate(_UNSAFE_IN_NAME)
        return f"{stem[:80]}{SUFFIXES[fmt]}"

    def target_path(self) -> Path | None:
        """Return the file to write: the field's path, given the format's suffix if it lacks one."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if format_for_path(path) != self.chosen_format():
            path = path.with_name(path.name + SUFFIXES[self.chosen_format()])
        return path

    def export_style(self) -> ExportStyle:
        """Return the style to export with: the document's own colours or the screen's."""
        palette = SCREEN if self.screen_colours.isChecked() else PRINT
        return self.style_.with_palette(palette)

    @Slot(int)
    def _on_format_changed(self, _index: int) -> None:
        # Text and audio have no colours.
        self.screen_colours.setEnabled(self.chosen_format() in ("docx", "html", "pdf"))
        text = self.path_edit.text().strip()
        if text and format_for_path(text) is not None:
            path = Path(text)
            self.path_edit.setText(str(path.with_suffix(SUFFIXES[self.chosen_format()])))

    @Slot(str)
    def _on_path_edited(self, text: str) -> None:
        fmt = format_for_path(text.strip())
        if fmt and fmt != self.chosen_format():
            self.format_box.blockSignals(True)
            self.set_format(fmt)
            self.format_box.blockSignals(False)

    @Slot()
    def choose_file(self) -> None:
        """Pick the file with the system's save dialog."""
        fmt = self.chosen_format()
        start = self.target_path() or self._default_folder() / self._file_name(fmt)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export briefing as"), str(start),
            self.tr("{0} (*{1})").format(self.format_names()[fmt], SUFFIXES[fmt]))
        if path:
            self._confirmed = Path(path)
            self.path_edit.setText(path)
            self._on_path_edited(path)
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- running -------------------------------------------------------------------------------

    def accept(self) -> None:
        """Start the export (Enter or the Export button); the dialog closes when it is done."""
        if self.running:
            return
        path = self.target_path()
        if path is None:
            self._show_error(self.tr("Type the name of the file to export to."))
            return
        if not path.parent.is_dir():
            self._show_error(self.tr("The folder does not exist: {0}").format(path.parent))
            return
        if path.is_file() and path != self._confirmed and not self._may_replace(path):
            self.activateWindow()
            self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        fmt = self.chosen_format()
        for widget in (self.format_box, self.path_edit, self.browse_button, self.export_button,
                       self.screen_colours):
            widget.setEnabled(False)
        self.progress.setVisible(True)
        # WAV reports each utterance; the other formats show a busy bar.
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting to {0}…").format(path.name))
        self.status.setVisible(True)
        self.announce.emit(self.status.text())
        progress = self._run.report if fmt == "wav" else None
        self._run.start(self._export, self.briefing, fmt, path, progress)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _may_replace(self, path: Path) -> bool:
        """Ask before writing over an existing file; No is the default."""
        answer = QMessageBox.question(
            self, self.tr("Replace file?"),
            self.tr("The file {0} already exists. Replace it?").format(path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _export(self, briefing: Briefing, fmt: str, path: Path, progress: object) -> Path:
        return export_briefing(briefing, fmt, path, style=self.export_style(),
                               synthesize=self._synthesize, progress=progress)  # type: ignore[arg-type]

    def reject(self) -> None:
        """Close, unless an export is still being written."""
        if self.running:
            self.announce.emit(self.tr("The export is still running"))
            return
        super().reject()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        text = self.tr("Exported to {0}").format(result)
        from reader.core.prefs.ui_state import remember

        remember("export_folder", str(Path(str(result)).parent))  # next time: start here
        self.status.setText(text)
        self.exported.emit(str(result))
        self.announce.emit(text)
        self.done(QDialog.DialogCode.Accepted)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        for widget in (self.format_box, self.path_edit, self.browse_button, self.export_button):
            widget.setEnabled(True)
        self._on_format_changed(self.format_box.currentIndex())
        self.progress.setVisible(False)
        log.warning("export failed: %s", error)
        self._show_error(self.tr("Export failed: {0}").format(self.error_text(error)))

    def error_text(self, error: object) -> str:
        """Return why the export failed, in the user's language."""
        if isinstance(error, ReaderError):
            if error.kind == ErrorKind.EXPORT:
                reason = self._os_reason(error.__cause__)
                if reason:
                    return self.tr("{0} could not be written: {1}").format(
                        Path(str(error.detail).rsplit(": ", 1)[0]).name, reason)
                return self.tr("the file could not be written: {0}").format(error.detail)
            return self._messages.error_text(error)
        return str(error)

    def _os_reason(self, cause: BaseException | None) -> str:
        """Say in the user's language why the system refused to write (empty if unknown)."""
        import errno

        if not isinstance(cause, OSError):
            return ""
        reasons = {
            errno.EROFS: self.tr("the disk or stick is write-protected (read-only)"),
            errno.ENOSPC: self.tr("the disk is full"),
            errno.EDQUOT: self.tr("the disk is full"),
            errno.EACCES: self.tr("you may not save files in that folder"),
            errno.EPERM: self.tr("you may not save files in that folder"),
        }
        return reasons.get(cause.errno or 0, "")

    def _show_error(self, text: str) -> None:
        """Show the problem under the fields, say it, and put focus where it can be fixed."""
        self.status.setText(text)
        self.status.setVisible(True)
        self.announce.emit(text)
        self.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.path_edit.selectAll()
