"""The catalogue of Dutch public-sector sources: one check box each, on or off in one step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from reader.core.sources_catalog import CATALOG, CatalogEntry, switched_on
from reader.ui.library_tasks import LibraryController


class CatalogDialog(QDialog):
    """Switching a box on subscribes (fetched at the next refresh); off removes the source."""

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Catalogue of sources – Helder"))
        self.setAccessibleName(self.tr("Catalogue of sources"))
        intro = QLabel(self.tr("Switch on the sources you want to follow. Switching one off "
                               "removes it with its stored issues."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
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
        """Subscribe to or remove a catalogue source, and say so."""
        entry = next(e for e in CATALOG if e.key == key)
        self._controller.switch_catalog(key, on)
        self._controller.announce.emit(
            self.tr("{0} switched on; the next refresh fetches it").format(entry.name) if on
            else self.tr("{0} switched off").format(entry.name))
