"""Status-bar widgets for the library: refresh progress with Cancel, and the offline state."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from reader.ui.library.controller import LibraryController


def size_text(count: int) -> str:
    """Return a byte count the way people say it (kB, MB), in the user's locale."""
    return QLocale().formattedDataSize(count, 0 if count < 1024 * 1024 else 1)


class RefreshProgress(QWidget):
    """A progress bar (sources done of all) with issues and bytes in words, and Cancel.

    Hidden while no refresh runs; the completion text is announced by the controller.
    """

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.bar = QProgressBar(self)
        self.bar.setObjectName("refreshProgress")
        self.bar.setAccessibleName(self.tr("Refresh progress"))
        self.bar.setMinimumWidth(160)
        self.bar.setTextVisible(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("refreshDetail")
        self.cancel_button = QPushButton(self.tr("Cancel refresh"), self)
        self.cancel_button.setObjectName("cancelRefresh")
        self.cancel_button.setAccessibleName(self.tr("Cancel refresh"))
        self.cancel_button.clicked.connect(controller.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addWidget(self.cancel_button)
        controller.progress.connect(self.on_progress)
        controller.waiting.connect(self.on_waiting)
        self._wait_text = ""
        controller.refreshing_changed.connect(self.on_refreshing)
        self.setVisible(controller.is_refreshing())

    @Slot(bool)
    def on_refreshing(self, running: bool) -> None:
        """Show the widget while a refresh runs."""
        self.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.bar.setRange(0, 0)  # busy until the number of sources is known
            self.detail.clear()
            self._wait_text = ""

    @Slot(str, float)
    def on_waiting(self, name: str, seconds: float) -> None:
        """Say which source waits, and how long, before it tries again."""
        self._wait_text = self.tr("{0} asked to wait {1} s before trying again").format(
            name, f"{seconds:.0f}")
        text = self.detail.text()
        self.detail.setText(f"{text}. {self._wait_text}" if text else self._wait_text)
        self.bar.setAccessibleDescription(self.detail.text())

    @Slot(int, int, int, int)
    def on_progress(self, done: int, total: int, items: int, size: int) -> None:
        """Show sources done of all, and the issues and bytes so far in words."""
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        deadline = self._controller.options.fetch.deadline
        text = self.tr("{0} of {1} sources, {2} issues, {3}; each download stops after {4} s"
                       ).format(done, total, items, size_text(size), f"{deadline:.0f}")
        if self._wait_text:
            text = f"{text}. {self._wait_text}"
        self.bar.setFormat(self.tr("{0} of {1} sources").format(done, total))
        self.detail.setText(text)
        # Read by a screen reader on request (focus on the bar), never pushed at the user.
        self.bar.setAccessibleDescription(text)


class OfflineLabel(QLabel):
    """Says "Offline" in words (not a colour or icon alone) while no source can be reached."""

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineLabel")
        self.setText(self.tr("Offline"))
        self.setAccessibleName(self.tr("Offline: no source could be reached"))
        self.setToolTip(self.tr("The last refresh could not reach any source. "
                                "Stored issues can still be read."))
        self.setVisible(controller.is_offline())
        controller.offline_changed.connect(self.on_offline)

    @Slot(bool)
    def on_offline(self, offline: bool) -> None:
        """Show or hide the label."""
        self.setVisible(offline)
