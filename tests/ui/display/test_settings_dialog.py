from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from reader.core.prefs.contrast import PairVerdict
from reader.core.prefs.settings import DEFAULTS, load_settings
from reader.ui.display.controller import DisplayController
from reader.ui.display.look import AppLook
from reader.ui.display.settings_dialog import SettingsDialog
from tests.ui.a11y_checks import (
    focusable_problems,
    focusable_widgets,
    label_in_name_problems,
    tab_cycle,
)


@pytest.fixture
def display(app):
    return DisplayController(app, DEFAULTS, AppLook(app))


@pytest.fixture
def dialog(qtbot, display):
    dlg = SettingsDialog(display.settings(), display.preview)
    qtbot.addWidget(dlg)
    dlg.resize(900, 780)
    dlg.show()
    dlg.activateWindow()
    assert QTest.qWaitForWindowActive(dlg)
    return dlg


def plain(text: str) -> str:
    return text.replace("&", "")


def label_for(dialog: SettingsDialog, control: QWidget) -> str:
    """Return the visible text that labels a control: its buddy label, or its own text."""
    if isinstance(control, QCheckBox) or control in (
        dialog.reset_button,
        dialog.ok_button,
        dialog.cancel_button,
        dialog.pick_text,
        dialog.pick_background,
    ):
        return plain(control.text())
    buddies = [lab for lab in dialog.findChildren(QLabel) if lab.buddy() is control]
    assert len(buddies) == 1, f"{control!r} has {len(buddies)} labels"
    return plain(buddies[0].text())


def test_every_control_has_an_accessible_name_holding_its_visible_label(dialog):
    assert len(dialog.controls) >= 20
    for control in dialog.controls:
        label = label_for(dialog, control)
        assert label in control.accessibleName(), f"{label!r} not in {control.accessibleName()!r}"
        iface = QAccessible.queryAccessibleInterface(control)
        name = iface.text(QAccessible.Text.Name)
        assert name, f"{control!r} has no accessible name"
        # On Linux Qt names a combo box by its value and ties the label on as a relation,
        # which is what Orca reads; elsewhere the name itself holds the label (WCAG 2.5.3).
        labelled_by = [
            other.text(QAccessible.Text.Name)
            for other, _ in iface.relations(QAccessible.Relation.Label)
        ]
        assert label in name or any(label in text for text in labelled_by), (label, name)


def test_tab_walks_every_control_in_order(dialog, qtbot):
    dialog.controls[0].setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(len(dialog.controls) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == dialog.controls


def test_changes_apply_live_to_the_whole_application(dialog, display, app):
    before = app.font().pointSizeF()
    dialog.text_size.setValue(200)
    assert display.settings().text_size == 200
    assert app.font().pointSizeF() == pytest.approx(before * 2)
    dialog.theme.setCurrentIndex(dialog.theme.findData("yellow-on-black"))
    assert app.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    assert app.palette().color(QPalette.ColorRole.WindowText).name() == "#ffff00"


def test_cancel_restores_the_settings_from_before(dialog, display, app):
    size = app.font().pointSizeF()
    dialog.text_size.setValue(300)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.reject()
    assert display.settings() == DEFAULTS
    assert app.font().pointSizeF() == pytest.approx(size)


def test_ok_keeps_the_choice(dialog, display):
    dialog.line_focus.setCurrentIndex(dialog.line_focus.findData(3))
    dialog.ruler.setChecked(True)
    dialog.accept()
    chosen = dialog.settings()
    assert (chosen.line_focus, chosen.ruler) == (3, True)
    display.set_settings(chosen)
    assert load_settings().settings == chosen


def test_reset_puts_back_the_defaults(display, qtbot):
    dialog = SettingsDialog(replace(DEFAULTS, text_size=250, bold=True), display.preview)
    qtbot.addWidget(dialog)
    assert dialog.text_size.value() == 250
    dialog.reset()
    assert dialog.settings() == DEFAULTS
    assert display.settings() == DEFAULTS


def type_colours(dialog, qtbot, text, background):
    for edit, value in ((dialog.custom_text, text), (dialog.custom_background, background)):
        edit.selectAll()
        qtbot.keyClicks(edit, value)


def test_contrast_readout_refuses_below_4_5_and_warns_below_7(dialog, qtbot, display):
    type_colours(dialog, qtbot, "#1a1a1a", "#fbfbfb")
    assert dialog.theme.currentData() == "custom"
    assert dialog.contrast_verdict is PairVerdict.OK
    assert dialog.ok_button.isEnabled()
    assert display.settings().custom_text == "#1a1a1a"

    type_colours(dialog, qtbot, "#767676", "#ffffff")  # 4.54 : 1
    assert dialog.contrast_verdict is PairVerdict.WARN
    assert "4.5" in dialog.contrast.text() or "4,5" in dialog.contrast.text()
    assert "7 : 1" in dialog.contrast.text()
    assert dialog.ok_button.isEnabled()
    assert display.settings().custom_text == "#767676"

    type_colours(dialog, qtbot, "#999999", "#ffffff")  # 2.85 : 1
    assert dialog.contrast_verdict is PairVerdict.REFUSE
    assert not dialog.ok_button.isEnabled()
    # The refused pair never reaches the screen: the last usable pair stays in force.
    assert display.settings().custom_text == "#767676"
    assert dialog.settings().custom_text == "#767676"
    # Screen readers hear the readout with the colour fields.
    assert dialog.custom_text.accessibleDescription() == dialog.contrast.text()


def test_dialog_fits_at_400_percent(qtbot, app):
    display = DisplayController(app, DEFAULTS.with_text_size(400), AppLook(app), persist=False)
    dialog = SettingsDialog(display.settings(), display.preview)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in (dialog.reset_button, dialog.ok_button, dialog.cancel_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.height() >= button.sizeHint().height(), button.text()


def test_the_project_wide_accessibility_checks_pass(dialog, qtbot):
    assert focusable_problems(dialog) == []
    # On Linux Qt names a combo box by its current value and ties its label on as a
    # "labelled by" relation (what Orca reads); the first test checks that relation.
    problems = label_in_name_problems(dialog)
    assert [p for p in problems if "QComboBox" not in p] == []
    seen = tab_cycle(qtbot, dialog.controls[0])
    for widget in focusable_widgets(dialog):
        if widget is not dialog.controls[0]:
            assert widget in seen, f"Tab never reaches {widget!r}"
    assert dialog.windowTitle()
