"""The display settings dialog: every change previews live; Cancel restores what was there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.prefs.contrast import (
    PairVerdict,
    check_pair,
    contrast_ratio,
    is_hex,
    parse_hex,
    to_hex,
)
from reader.core.prefs.settings import DEFAULTS, LINE_FOCUS_CHOICES, RANGES, Settings
from reader.core.prefs.themes import CUSTOM, THEME_KEYS
from reader.ui.common.feedback import present
from reader.ui.display.controller import theme_label
from reader.ui.display.fonts import available_families
from reader.ui.widgets.dialog_parts import ok_button, ok_cancel, scrolling

Preview = Callable[[Settings], None]


def _plain(label: str) -> str:
    """Return a label's text without its mnemonic ampersand."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class SettingsDialog(QDialog):
    """Theme, colours, font, size, spacing and reading aids; every control labelled."""

    def __init__(
        self, settings: Settings, preview: Preview | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._original = settings
        self._last_valid = settings
        self._preview = preview
        self._loading = False
        self.contrast_verdict: PairVerdict | None = None
        self.setWindowTitle(self.tr("Display – Helder"))
        self.setAccessibleName(self.tr("Display settings"))
        self.controls: list[QWidget] = []  # in tab order, for tests and focus order

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.theme = QComboBox()
        for key in THEME_KEYS:
            self.theme.addItem(theme_label(key), key)
        self._row(form, self.tr("Colour &theme"), self.theme)

        self.custom_text = QLineEdit()
        self.custom_background = QLineEdit()
        self.pick_text = QPushButton(self.tr("Choose text colour…"))
        self.pick_background = QPushButton(self.tr("Choose background colour…"))
        for edit, button, label in (
            (self.custom_text, self.pick_text, self.tr("Te&xt colour (#rrggbb)")),
            (self.custom_background, self.pick_background, self.tr("&Background colour (#rrggbb)")),
        ):
            edit.setMaxLength(7)
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit, 1)
            row.addWidget(button)
            self._row(form, label, edit, field=box)
            button.setAccessibleName(_plain(button.text()))
            self.controls.append(button)
            button.clicked.connect(lambda _=False, e=edit: self._pick(e))
        self.contrast = QLabel()
        self.contrast.setWordWrap(True)
        caption = QLabel(self.tr("Contrast"))
        form.addRow(caption, self.contrast)
        self.contrast.setAccessibleName(self.tr("Contrast"))

        self.font_family = QComboBox()
        self.font_family.addItem(self.tr("System font"), "")
        for family in available_families():
            self.font_family.addItem(family, family)
        self._row(form, self.tr("F&ont"), self.font_family)
        self.bold = QCheckBox(self.tr("Bol&der text"))
        self._check(form, self.bold)

        self.text_size = self._spin(form, self.tr("Text si&ze"), "text_size", 10, " %")
        self.line_height = self._double(form, self.tr("&Line height"), "line_height", 0.1, "×")
        self.paragraph_spacing = self._double(
            form, self.tr("Space after &paragraph (em)"), "paragraph_spacing", 0.25, " em"
        )
        self.letter_spacing = self._double(
            form, self.tr("L&etter spacing (em)"), "letter_spacing", 0.01, " em"
        )
        self.word_spacing = self._double(
            form, self.tr("&Word spacing (em)"), "word_spacing", 0.02, " em"
        )
        self.max_line_chars = self._spin(
            form, self.tr("&Maximum line length (characters)"), "max_line_chars", 5, ""
        )

        self.line_focus = QComboBox()
        self.line_focus.addItem(self.tr("Off"), 0)
        for n in LINE_FOCUS_CHOICES[1:]:
            text = self.tr("1 line clear") if n == 1 else self.tr("{0} lines clear").format(n)
            self.line_focus.addItem(text, n)
        self._row(form, self.tr("Line &focus"), self.line_focus)
        self.ruler = QCheckBox(self.tr("Reading &ruler"))
        self._check(form, self.ruler)
        self.tint = QCheckBox(self.tr("Tint every other li&ne"))
        self._check(form, self.tint)
        self.show_images = QCheckBox(self.tr("Show &images (with their description)"))
        self._check(form, self.show_images)

        inner = QWidget()
        inner.setLayout(form)
        scroll = scrolling(inner)

        self.buttons = ok_cancel(self, self.tr("OK"), self.tr("Cancel"))
        self.ok_button = ok_button(self.buttons)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.reset_button = QPushButton(self.tr("Re&set to defaults"))
        self.buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        for button in (self.reset_button, self.ok_button, self.cancel_button):
            button.setAccessibleName(_plain(button.text()))
        self.reset_button.clicked.connect(self.reset)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.controls += [self.reset_button, self.ok_button, self.cancel_button]
        for first, second in zip(self.controls, self.controls[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self._load(settings)
        for signal in (
            self.theme.currentIndexChanged,
            self.font_family.currentIndexChanged,
            self.line_focus.currentIndexChanged,
            self.bold.toggled,
            self.ruler.toggled,
            self.tint.toggled,
            self.show_images.toggled,
            self.text_size.valueChanged,
            self.line_height.valueChanged,
            self.paragraph_spacing.valueChanged,
            self.letter_spacing.valueChanged,
            self.word_spacing.valueChanged,
            self.max_line_chars.valueChanged,
        ):
            signal.connect(self._changed)
        self.custom_text.textEdited.connect(self._colour_edited)
        # These apply at once, and a closed combo box changed with the arrows is silent in
        # Orca 43 (a Qt and Orca fault): say the new value.
        for box in (self.theme, self.font_family, self.line_focus):
            box.currentIndexChanged.connect(lambda _i, box=box: self._say_choice(box))
        self.custom_background.textEdited.connect(self._colour_edited)

    # --- building ----------------------------------------------------------------------------

    def _row(
        self, form: QFormLayout, label: str, control: QWidget, field: QWidget | None = None
    ) -> None:
        caption = QLabel(label)
        caption.setBuddy(control)
        # Not word-wrapped: QFormLayout gives a wrapped label too little height (its text
        # was cut at the top at 300 %); a long label moves above its field instead.
        control.setAccessibleName(_plain(label))
        form.addRow(caption, field or control)
        self.controls.append(control)

    def _check(self, form: QFormLayout, box: QCheckBox) -> None:
        box.setAccessibleName(_plain(box.text()))
        form.addRow(box)
        self.controls.append(box)

    def _spin(self, form: QFormLayout, label: str, name: str, step: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        lo, hi = RANGES[name]
        spin.setRange(int(lo), int(hi))
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        self._row(form, label, spin)
        return spin

    def _double(
        self, form: QFormLayout, label: str, name: str, step: float, suffix: str
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        lo, hi = RANGES[name]
        spin.setRange(lo, hi)
        spin.setDecimals(2)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        self._row(form, label, spin)
        return spin

    # --- values ------------------------------------------------------------------------------

    def _load(self, s: Settings) -> None:
        self._loading = True
        try:
            self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
            self.custom_text.setText(s.custom_text)
            self.custom_background.setText(s.custom_background)
            index = self.font_family.findData(s.font_family)
            self.font_family.setCurrentIndex(max(0, index))
            self.bold.setChecked(s.bold)
            self.text_size.setValue(s.text_size)
            self.line_height.setValue(s.line_height)
            self.paragraph_spacing.setValue(s.paragraph_spacing)
            self.letter_spacing.setValue(s.letter_spacing)
            self.word_spacing.setValue(s.word_spacing)
            self.max_line_chars.setValue(s.max_line_chars)
            self.line_focus.setCurrentIndex(max(0, self.line_focus.findData(s.line_focus)))
            self.ruler.setChecked(s.ruler)
            self.tint.setChecked(s.alternating_tint)
            self.show_images.setChecked(s.show_images)
        finally:
            self._loading = False
        self._update_contrast()

    def _colours(self) -> tuple[str, str] | None:
        text, background = self.custom_text.text(), self.custom_background.text()
        if not (is_hex(text) and is_hex(background)):
            return None
        return to_hex(parse_hex(text)), to_hex(parse_hex(background))

    def _current(self) -> Settings:
        """Return the settings the controls show; refused colours keep the last valid pair."""
        colours = self._colours()
        if colours is None or check_pair(*colours) is PairVerdict.REFUSE:
            colours = (self._last_valid.custom_text, self._last_valid.custom_background)
        return replace(
            self._original,
            theme=self.theme.currentData(),
            custom_text=colours[0],
            custom_background=colours[1],
            font_family=self.font_family.currentData(),
            bold=self.bold.isChecked(),
            text_size=self.text_size.value(),
            line_height=round(self.line_height.value(), 2),
            paragraph_spacing=round(self.paragraph_spacing.value(), 2),
            letter_spacing=round(self.letter_spacing.value(), 2),
            word_spacing=round(self.word_spacing.value(), 2),
            max_line_chars=self.max_line_chars.value(),
            line_focus=self.line_focus.currentData(),
            ruler=self.ruler.isChecked(),
            alternating_tint=self.tint.isChecked(),
            show_images=self.show_images.isChecked(),
        )

    def settings(self) -> Settings:
        """Return the settings chosen in the dialog."""
        return self._current()

    def _changed(self) -> None:
        if self._loading:
            return
        self._update_contrast()
        self._last_valid = self._current()
        if self._preview is not None:
            self._preview(self._last_valid)

    def _say_choice(self, box: QComboBox) -> None:
        if not self.isVisible() or not box.hasFocus() or box.view().isVisible():
            return  # set by the program, or the open list is read by the screen reader
        text = box.currentText()
        if box is self.theme and box.currentData() == CUSTOM:
            text = f"{text}, {self.contrast.text()}"
        present(box, text)

    def _colour_edited(self) -> None:
        if self.theme.currentData() != CUSTOM and self._colours() is not None:
            # Typing a colour means the user wants their own colours.
            self.theme.setCurrentIndex(self.theme.findData(CUSTOM))
        self._changed()

    def _pick(self, edit: QLineEdit) -> None:
        start = QColor(edit.text()) if is_hex(edit.text()) else QColor("#000000")
        colour = QColorDialog.getColor(start, self, _plain(edit.accessibleName()))
        if colour.isValid():
            edit.setText(colour.name())
            self._colour_edited()

    def _update_contrast(self) -> None:
        """Show the live contrast of the custom pair; refuse < 4.5:1, warn < 7:1."""
        colours = self._colours()
        if colours is None:
            self.contrast.setText(self.tr("Enter both colours as #rrggbb."))
            verdict = PairVerdict.REFUSE
        else:
            ratio = self.locale().toString(contrast_ratio(*colours), "f", 1)
            verdict = check_pair(*colours)
            message = {
                PairVerdict.OK: self.tr("{0} : 1 – good (at least 7 : 1)."),
                PairVerdict.WARN: self.tr("{0} : 1 – allowed, but below the recommended 7 : 1."),
                PairVerdict.REFUSE: self.tr(
                    "{0} : 1 – too little contrast; at least 4.5 : 1 is needed. "
                    "These colours are not used."
                ),
            }[verdict]
            self.contrast.setText(message.format(ratio))
        self.contrast.setAccessibleDescription(self.contrast.text())
        # Screen readers hear the readout with each colour field, and as it changes.
        for edit in (self.custom_text, self.custom_background):
            edit.setAccessibleDescription(self.contrast.text())
        typing = self.custom_text.hasFocus() or self.custom_background.hasFocus()
        if getattr(self, "contrast_verdict", None) is not None and self.isVisible() and typing:
            present(self.contrast, self.contrast.text())
        self.contrast_verdict = verdict
        refused = verdict is PairVerdict.REFUSE and self.theme.currentData() == CUSTOM
        self.ok_button.setEnabled(not refused)

    # --- buttons -----------------------------------------------------------------------------

    def reset(self) -> None:
        """Put every control back to Helder's defaults and preview them."""
        self._load(DEFAULTS)
        self._changed()

    def reject(self) -> None:
        """Cancel: restore the settings that were in force when the dialog opened."""
        if self._preview is not None:
            self._preview(self._original)
        super().reject()
