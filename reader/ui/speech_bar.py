"""A small toolbar for reading aloud: large buttons, speed and volume with visible labels."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSlider,
    QSpinBox,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.ui.actions import ActionRegistry
from reader.ui.speech import SpeechController

MIN_TARGET = 44  # px: the smallest comfortable click target (WCAG 2.5.5)
BUTTONS = (
    ("speech.previous_sentence", QStyle.StandardPixmap.SP_MediaSeekBackward),
    ("speech.play_pause", QStyle.StandardPixmap.SP_MediaPlay),
    ("speech.stop", QStyle.StandardPixmap.SP_MediaStop),
    ("speech.next_sentence", QStyle.StandardPixmap.SP_MediaSeekForward),
)


class SpeechBar(QToolBar):
    """Play/pause, stop, previous/next sentence (the window's own actions), speed, volume."""

    def __init__(
        self, actions: ActionRegistry, controller: SpeechController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("speechBar")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._actions = actions
        self._controller = controller
        self.buttons: dict[str, QToolButton] = {}
        for command, pixmap in BUTTONS:
            action = actions.action(command)
            if action.icon().isNull():
                action.setIcon(self.style().standardIcon(pixmap))
            self.addAction(action)
            button = self.widgetForAction(action)
            assert isinstance(button, QToolButton)
            button.setMinimumSize(MIN_TARGET, MIN_TARGET)
            button.setObjectName(f"button.{command}")
            self.buttons[command] = button
        self.addSeparator()
        caps_min, caps_max = 80, 450
        self.rate_label = QLabel(self)
        self.rate = QSpinBox(self)
        self.rate.setObjectName("speechRate")
        self.rate.setRange(caps_min, caps_max)
        self.rate.setSingleStep(10)
        self.rate.setValue(controller.settings.rate_wpm)
        self.rate.setMinimumHeight(MIN_TARGET)
        self.rate_label.setBuddy(self.rate)
        self.addWidget(self.rate_label)
        self.addWidget(self.rate)
        self.volume_label = QLabel(self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setObjectName("speechVolume")
        self.volume.setRange(0, 100)
        self.volume.setPageStep(10)
        self.volume.setValue(round(controller.settings.volume * 100))
        self.volume.setMinimumSize(120, MIN_TARGET)
        self.volume_label.setBuddy(self.volume)
        self.addWidget(self.volume_label)
        self.addWidget(self.volume)
        self.rate.valueChanged.connect(self._rate_changed)
        self.volume.valueChanged.connect(self._volume_changed)
        controller.state_changed.connect(self._state_changed)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Show button texts when they fit, icons alone when they do not (Qt override).

        At large text sizes in a narrow window the words would be cut off; the buttons keep
        their names and tooltips for screen readers and for the pointer.
        """
        super().resizeEvent(event)
        self._fit_texts()

    def _fit_texts(self) -> None:
        others = (self.rate_label, self.rate, self.volume_label, self.volume)
        with_text = sum(self._text_width(b) for b in self.buttons.values()) + sum(
            w.sizeHint().width() + 8 for w in others) + 40
        style = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if with_text <= self.width()
                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
        if style != self.toolButtonStyle():
            self.setToolButtonStyle(style)

    def _text_width(self, button: QToolButton) -> int:
        metrics = button.fontMetrics()
        return metrics.horizontalAdvance(button.text()) + self.iconSize().width() + 24

    def retranslate(self) -> None:
        """Set labels, accessible names and tooltips (with the shortcut) in the language."""
        self.setWindowTitle(self.tr("Read aloud"))
        self.setAccessibleName(self.tr("Read aloud"))
        self.rate_label.setText(self.tr("&Speed (words per minute)"))
        self.rate.setAccessibleName(self.tr("Speed (words per minute)"))
        self.volume_label.setText(self.tr("&Volume"))
        self.volume.setAccessibleName(self.tr("Volume"))
        self._state_changed(self._controller.state)

    def _describe(self, command: str, text: str) -> None:
        button = self.buttons[command]
        keys = self._actions.keys(command)
        shortcut = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText) \
            if keys else ""
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(f"{text} ({shortcut})" if shortcut else text)

    @Slot(str)
    def _state_changed(self, state: str) -> None:
        playing = state == "playing"
        icon = QStyle.StandardPixmap.SP_MediaPause if playing else \
            QStyle.StandardPixmap.SP_MediaPlay
        self.buttons["speech.play_pause"].setIcon(self.style().standardIcon(icon))
        self._describe("speech.play_pause", self.tr("Pause") if playing else
                       self.tr("Resume") if state == "paused" else self.tr("Read aloud"))
        self._describe("speech.stop", self.tr("Stop"))
        self._describe("speech.previous_sentence", self.tr("Previous sentence"))
        self._describe("speech.next_sentence", self.tr("Next sentence"))

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
