"""A small toolbar for reading aloud: large buttons, speed and volume with visible labels.

The controls sit in a flow layout: when the text is large or the window narrow, they wrap
onto a second row instead of cutting their labels short. The play button is as wide as its
widest label, so "Read aloud" turning into "Pause" never moves Stop and Next sideways.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.core.speech.queue import PlayState
from reader.ui.speech.controller import SpeechController
from reader.ui.speech.media_icons import media_icon
from reader.ui.widgets.flow_layout import FlowLayout
from reader.ui.window.actions import ActionRegistry

MIN_TARGET = 44  # px: the smallest comfortable click target (WCAG 2.5.5)
BUTTONS = (
    ("speech.previous_sentence", "previous"),
    ("speech.play_pause", "play"),
    ("speech.stop", "stop"),
    ("speech.next_sentence", "next"),
)


def _pair(parent: QWidget, label: QLabel, control: QWidget) -> QWidget:
    """Keep a label and its control on one row, so a wrap never separates them."""
    box = QWidget(parent)
    row = FlowLayout(box)  # side by side; the control goes under its label when narrow
    row.addWidget(label)
    row.addWidget(control)
    return box


class SpeechBar(QToolBar):
    """Play/pause, stop, previous/next sentence (the window's own actions), speed, volume."""

    def __init__(
        self, actions: ActionRegistry, controller: SpeechController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speechBar")
        self.setMovable(False)
        self._actions = actions
        self._controller = controller
        self.panel = QWidget(self)
        self.panel.setObjectName("speechPanel")
        self.panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.flow = FlowLayout(self.panel)
        self.buttons: dict[str, QToolButton] = {}
        for command, _icon in BUTTONS:
            button = QToolButton(self.panel)
            button.setObjectName(f"button.{command}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as in any toolbar: keys exist
            button.clicked.connect(actions.action(command).trigger)
            button.setMinimumSize(MIN_TARGET, MIN_TARGET)
            self.flow.addWidget(button)
            self.buttons[command] = button
        caps_min, caps_max = 80, 450
        self.rate_label = QLabel(self.panel)
        self.rate = QSpinBox(self.panel)
        self.rate.setObjectName("speechRate")
        self.rate.setRange(caps_min, caps_max)
        self.rate.setSingleStep(10)
        self.rate.setValue(controller.settings.rate_wpm)
        self.rate.setMinimumHeight(MIN_TARGET)
        self.rate_label.setBuddy(self.rate)
        self.flow.addWidget(_pair(self.panel, self.rate_label, self.rate))
        self.volume_label = QLabel(self.panel)
        self.volume = QSlider(Qt.Orientation.Horizontal, self.panel)
        self.volume.setObjectName("speechVolume")
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(round(controller.settings.volume * 100))
        self.volume.setMinimumSize(120, MIN_TARGET)
        self.volume_label.setBuddy(self.volume)
        self.flow.addWidget(_pair(self.panel, self.volume_label, self.volume))
        self.addWidget(self.panel)
        self.panel.installEventFilter(self)
        self.rate.valueChanged.connect(self._rate_changed)
        self.volume.valueChanged.connect(self._volume_changed)
        controller.state_changed.connect(self._state_changed)
        self.retranslate()

    # -- size ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the rows once the bar has its width (Qt override)."""
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Give the panel the rows it needs at the new width (Qt override)."""
        super().resizeEvent(event)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit when the text size or theme changes the controls' sizes (Qt override)."""
        kind = event.type()
        if watched is self.panel and kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                                              QEvent.Type.PaletteChange):
            self._restyle()
        if watched is self.panel and kind == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        if not self.isVisible():
            return  # before the window has its width, any row count would be a guess
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right() - 4, 1)
        height = self.flow.heightForWidth(width)
        if self.panel.minimumHeight() != height:
            self.panel.setMinimumHeight(height)

    def _restyle(self) -> None:
        """Icons in the theme's text colour at the text's size; a steady play button."""
        side = max(self.fontMetrics().height(), 16)
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        ratio = self.devicePixelRatioF()
        for command, name in BUTTONS:
            button = self.buttons[command]
            button.setIconSize(QSize(side, side))
            if command != "speech.play_pause":
                button.setIcon(media_icon(name, colour, side, ratio))
        playing = self._controller.state is PlayState.PLAYING
        self.buttons["speech.play_pause"].setIcon(
            media_icon("pause" if playing else "play", colour, side, ratio))
        self._steady_play_width()
        self._fit_height()

    def _steady_play_width(self) -> None:
        button = self.buttons["speech.play_pause"]
        shown = button.text()
        widths = []
        for text in self._play_texts():
            button.setText(text)
            widths.append(button.sizeHint().width())
        button.setText(shown)
        button.setMinimumWidth(max([MIN_TARGET, *widths]))

    def _play_texts(self) -> tuple[str, str, str]:
        return self.tr("Read aloud"), self.tr("Pause"), self.tr("Resume")

    # -- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set labels, accessible names and tooltips (with the shortcut) in the language."""
        self.setWindowTitle(self.tr("Read aloud"))
        self.setAccessibleName(self.tr("Read aloud"))
        # Access keys that no menu title uses, in English and Dutch alike.
        # A short label, the unit in the box: at 400 % in a narrow window the pair still fits.
        self.rate_label.setText(self.tr("S&peed"))
        self.rate.setSuffix(self.tr(" words/min"))
        self.rate.setAccessibleName(self.tr("Speed (words per minute)"))
        self.volume_label.setText(self.tr("Vol&ume"))
        self.volume.setAccessibleName(self.tr("Volume"))
        self._state_changed(self._controller.state)
        self._restyle()

    def _describe(self, command: str, text: str) -> None:
        button = self.buttons[command]
        keys = self._actions.keys(command)
        shortcut = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) \
            if keys else ""
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(f"{text} ({shortcut})" if shortcut else text)

    @Slot(object)
    def _state_changed(self, state: PlayState) -> None:
        playing = state == PlayState.PLAYING
        read, pause, resume = self._play_texts()
        self._describe("speech.play_pause", pause if playing else
                       resume if state == PlayState.PAUSED else read)
        self._describe("speech.stop", self.tr("Stop"))
        self._describe("speech.previous_sentence", self.tr("Previous sentence"))
        self._describe("speech.next_sentence", self.tr("Next sentence"))
        side = self.buttons["speech.play_pause"].iconSize().width()
        colour = self.palette().color(QPalette.ColorRole.ButtonText)
        self.buttons["speech.play_pause"].setIcon(
            media_icon("pause" if playing else "play", colour, side, self.devicePixelRatioF()))

    @Slot(int)
    def _rate_changed(self, value: int) -> None:
        c = self._controller
        c.set_settings(replace(c.settings, rate_wpm=value))

    @Slot(int)
    def _volume_changed(self, value: int) -> None:
        c = self._controller
        c.set_settings(replace(c.settings, volume=value / 100))

    def action(self, command: str) -> QAction:
        """Return the action behind one of the bar's buttons."""
        return self._actions.action(command)
