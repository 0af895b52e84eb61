"""Edit the pronunciation list: how abbreviations and jargon are said when read aloud."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.speech.pronunciation import PronunciationList
from reader.ui.widgets.dialog_parts import access_name, buddy_label, ok_cancel

WordRole = Qt.ItemDataRole.UserRole + 1


class PronunciationDialog(QDialog):
    """A list of words per language; the chosen word's spoken form is edited below it."""

    def __init__(self, pronunciations: PronunciationList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pronunciation list – Helder"))
        self.pronunciations = PronunciationList(
            {lang: pronunciations.entries(lang) for lang in pronunciations.languages()})

        self.language = QComboBox()
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        language_label = buddy_label(self.tr("&Language"), self.language)

        self.words = QListWidget()
        words_label = buddy_label(self.tr("&Words"), self.words)
        self.word = QLineEdit()
        self.spoken = QLineEdit()
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("W&ritten as"), self.word), self.word)
        form.addRow(buddy_label(self.tr("&Said as"), self.spoken), self.spoken)
        self.save_button = QPushButton(self.tr("&Add or change"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        for button in (self.save_button, self.remove_button):
            button.setAccessibleName(access_name(button.text()))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)

        buttons = ok_cancel(self, self.tr("OK"), self.tr("Cancel"))

        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(language_label, self.language)
        layout.addLayout(top)
        layout.addWidget(words_label)
        layout.addWidget(self.words, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self._fill)
        self.words.currentItemChanged.connect(self._show_current)
        self.save_button.clicked.connect(self.save_word)
        self.remove_button.clicked.connect(self.remove_word)
        self.spoken.returnPressed.connect(self.save_word)
        self._fill()
        self.resize(520, 560)

    def current_language(self) -> str:
        """Return the language whose words are shown."""
        return str(self.language.currentData())

    @Slot()
    def _fill(self) -> None:
        self.words.clear()
        for word, spoken in sorted(self.pronunciations.entries(self.current_language()).items(),
                                   key=lambda pair: pair[0].casefold()):
            row = QListWidgetItem(self.tr("{0}: said as {1}").format(word, spoken))
            row.setData(WordRole, word)
            self.words.addItem(row)
        if self.words.count():
            self.words.setCurrentRow(0)

    @Slot()
    def _show_current(self) -> None:
        row = self.words.currentItem()
        if row is None:
            return
        word = row.data(WordRole)
        self.word.setText(word)
        self.spoken.setText(self.pronunciations.entries(self.current_language()).get(word, ""))

    @Slot()
    def save_word(self) -> None:
        """Add the word, or change how it is said."""
        word, spoken = self.word.text().strip(), self.spoken.text().strip()
        if not word or not spoken:
            return
        self.pronunciations.set(self.current_language(), word, spoken)
        self._fill()
        self._select(word)

    @Slot()
    def remove_word(self) -> None:
        """Forget the word in the field."""
        word = self.word.text().strip()
        if word:
            self.pronunciations.remove(self.current_language(), word)
            self._fill()

    def _select(self, word: str) -> None:
        for i in range(self.words.count()):
            if self.words.item(i).data(WordRole) == word:
                self.words.setCurrentRow(i)
                return
