"""The briefing pane's ways out: export to a file, print preview, and send by e-mail.

Each opens a window-modal dialog for the briefing shown (after saving what is being typed),
keeps it while it is open, and gives focus back to the button that opened it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QPushButton

from reader.core.briefing.model import Briefing
from reader.core.export import Synthesize
from reader.core.export.common import ExportStyle
from reader.ui.briefing.form import BriefingForm


class BriefingOutputs(QObject):
    """Open the export, print preview and e-mail dialogs from the form's three buttons."""

    announce = Signal(str)
    mailed = Signal(object)  # SentBriefing: a copy is now in the library

    def __init__(
        self,
        form: BriefingForm,
        shown: Callable[[], Briefing | None],
        *,
        style: ExportStyle | None = None,
        synthesize: Synthesize | None = None,
    ) -> None:
        """Serve `form`'s buttons; `shown` saves what is typed and returns the briefing shown."""
        super().__init__(form)
        self._form = form
        self._shown = shown
        self.style = style or ExportStyle()
        # Speaks a piece of an audio export with the listener's voices (None: the default).
        self.synthesize = synthesize
        self._open: dict[QPushButton, QDialog] = {}  # the dialog each button opened, while open
        form.export_button.clicked.connect(self.open_export_dialog)
        form.print_button.clicked.connect(self.open_print_preview)
        form.mail_button.clicked.connect(self.open_send_dialog)

    def dialog(self, button: QPushButton) -> QDialog | None:
        """Return the dialog opened from this button while it is open."""
        return self._open.get(button)

    @Slot()
    def open_export_dialog(self) -> None:
        """Show the export dialog for the shown briefing (window-modal, does not block)."""
        from reader.ui.briefing.export_dialog import ExportDialog

        if (briefing := self._shown()) is not None:
            dialog = ExportDialog(briefing, self.style, self._form, synthesize=self.synthesize)
            dialog.announce.connect(self.announce)
            self._show(dialog, self._form.export_button)

    @Slot()
    def open_print_preview(self) -> None:
        """Show the print preview of the shown briefing, as the HTML export renders it."""
        from reader.ui.briefing.print_preview import BriefingPrintPreview

        briefing = self._shown()
        if briefing is None:
            return
        dialog = BriefingPrintPreview(briefing, self.style, self._form,
                                      title=self._form.display_title(briefing))
        self._show(dialog, self._form.print_button)
        self.announce.emit(self.tr("Print preview opened"))

    @Slot()
    def open_send_dialog(self) -> None:
        """Show the dialog that sends the shown briefing by e-mail (window-modal)."""
        from reader.ui.briefing.send_dialog import SendDialog

        if (briefing := self._shown()) is not None:
            dialog = SendDialog(briefing, self.style, self._form, synthesize=self.synthesize)
            dialog.announce.connect(self.announce)
            dialog.sent.connect(self.mailed)
            self._show(dialog, self._form.mail_button)

    def _show(self, dialog: QDialog, button: QPushButton) -> None:
        dialog.finished.connect(lambda _result: self._closed(button))
        self._open[button] = dialog
        dialog.open()

    def _closed(self, button: QPushButton) -> None:
        """Let the dialog go; focus goes back to the button that opened it."""
        dialog = self._open.pop(button, None)
        if dialog is not None:
            dialog.deleteLater()
        self._form.window().activateWindow()
        button.setFocus(Qt.FocusReason.PopupFocusReason)
