"""The catalogue of Dutch public-sector sources: one check box each, on or off in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.catalogue import CATALOG, CatalogEntry, switched_on
from reader.ui.library.controller import LibraryController


class CatalogDialog(QDialog):
    """Switching a box on subscribes (fetched at the next refresh); off removes the source."""

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Catalogue of sources – Helder"))
        self.setAccessibleName(self.tr("Catalogue of sources"))
        intro = QLabel(self.tr("Switch on the sources you want to follow. Switching one off "
                               "asks first, then removes it with its stored issues."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        self.confirm: QMessageBox | None = None
        on = switched_on(controller.library)  # a quick read of the sources table
        for entry in CATALOG:
            box = QCheckBox(self.entry_text(entry))
            box.setObjectName(f"catalog.{entry.key}")
            box.setChecked(entry.key in on)
            box.setAccessibleDescription(self.description(entry))
            box.setToolTip(self.description(entry))
            box.toggled.connect(lambda checked, key=entry.key: self.switch(key, checked))
            layout.addWidget(box)
            self.boxes[entry.key] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if CATALOG:
            self.boxes[CATALOG[0].key].setFocus(Qt.FocusReason.OtherFocusReason)
        controller.sources_changed.connect(self._sync)  # an undo brings a box back on

    @Slot()
    def _sync(self) -> None:
        """Show each box as the library has it, without switching anything."""
        if self.confirm is not None:
            return  # a question is open: its answer sets the box
        on = switched_on(self._controller.library)
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in on)
            box.blockSignals(False)

    def entry_text(self, entry: CatalogEntry) -> str:
        """Return a box's label: the name, then its theme."""
        return f"{entry.name} ({entry.theme})" if entry.theme else entry.name

    def description(self, entry: CatalogEntry) -> str:
        """Return what the source holds, in the user's language."""
        texts = {
            "vng-nieuws": self.tr("News from the Association of Netherlands Municipalities."),
            "vng-brieven": self.tr("VNG letters to members, parliament and cabinet."),
            "vng-publicaties": self.tr("VNG publications, as a feed."),
            "rijksoverheid": self.tr("News from the central government, as a feed."),
            "binnenlands-bestuur": self.tr("Trade news for public administration, as a feed."),
        }
        return texts.get(entry.key, entry.description)

    @Slot(str, bool)
    def switch(self, key: str, on: bool) -> None:
        """Subscribe to a catalogue source, or ask before removing one, and say so."""
        entry = next(e for e in CATALOG if e.key == key)
        if on:
            self._controller.switch_catalog(key, True)
            self._controller.announce.emit(
                self.tr("{0} switched on; the next refresh fetches it").format(entry.name))
            return
        source = self._controller.library.find_source(entry.address)
        if source is None:
            return
        from reader.ui.library.removal import RemovalTexts, confirm_removal

        box = self.boxes[key]

        def done(remove: bool) -> None:
            self.confirm = None
            if remove:
                self._controller.switch_catalog(key, False)
                self._controller.announce.emit(RemovalTexts(self).removed(entry.name))
            else:  # kept: the box shows the truth again, without switching anything
                box.blockSignals(True)
                box.setChecked(True)
                box.blockSignals(False)
            box.setFocus()

        self.confirm = confirm_removal(self, self._controller.library, source.id, entry.name,
                                       done)
