"""Read-aloud settings: speed, volume, a voice per language, pauses, highlight, screen reader."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.prefs.settings import RANGES, Settings
from reader.core.speech.engines.synth import Voice
from reader.ui.widgets.dialog_parts import access_name, buddy_label, ok_cancel

LANGUAGES = ("nl", "en", "fr", "de")



def _row(form: QFormLayout, label: str, control: QWidget) -> None:
    form.addRow(buddy_label(label, control), control)


class SpeechDialog(QDialog):
    """Every control has a label whose text is part of its accessible name."""

    def __init__(
        self, settings: Settings, voices: list[Voice], parent: QWidget | None = None, *,
        screen_reader: bool | None = None,
        automatic: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        """`screen_reader`: whether one was found running (None: not known yet);
        `automatic`: per language, the engine and voice that read it when none is chosen."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Read-aloud settings – Helder"))
        self._settings = settings
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.rate = QSpinBox()
        low, high = RANGES["speech_rate_wpm"]
        self.rate.setRange(int(low), int(high))
        self.rate.setSingleStep(10)
        self.rate.setSuffix(self.tr(" words per minute"))
        self.rate.setValue(settings.speech_rate_wpm)
        _row(form, self.tr("&Speed"), self.rate)

        self.volume = QSpinBox()
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(10)
        self.volume.setSuffix(" %")
        self.volume.setValue(round(settings.speech_volume * 100))
        _row(form, self.tr("&Volume"), self.volume)

        chosen = dict(settings.voices)
        self.voice_boxes: dict[str, QComboBox] = {}
        labels = {"nl": self.tr("&Dutch voice"), "en": self.tr("&English voice"),
                  "fr": self.tr("F&rench voice"), "de": self.tr("&German voice")}
        for lang in LANGUAGES:
            box = QComboBox()
            who = (automatic or {}).get(lang)
            box.addItem(self.tr("Automatic: {0}, {1}").format(*who) if who
                        else self.tr("Automatic"), "")
            for voice in voices:
                if voice.language.lower().split("-")[0] == lang:
                    box.addItem(f"{voice.name} ({voice.language})", voice.id)
            index = box.findData(chosen.get(lang, ""))
            box.setCurrentIndex(max(index, 0))
            self.voice_boxes[lang] = box
            _row(form, labels[lang], box)

        self.item_pause = QDoubleSpinBox()
        self.item_pause.setRange(0.0, RANGES["speech_item_pause_ms"][1] / 1000)
        self.item_pause.setSingleStep(0.5)
        self.item_pause.setDecimals(1)
        self.item_pause.setSuffix(self.tr(" seconds"))
        self.item_pause.setValue(settings.speech_item_pause_ms / 1000)
        _row(form, self.tr("&Pause between items"), self.item_pause)

        self.stop_after = QCheckBox(self.tr("S&top after each item"))
        self.stop_after.setChecked(settings.speech_stop_after_item)
        self.highlight = QCheckBox(self.tr("&Highlight the sentence being read"))
        self.highlight.setChecked(settings.speech_highlight)
        self.screen_reader = QCheckBox(self.tr("&Leave speaking to my screen reader"))
        self.screen_reader.setChecked(settings.leave_speech_to_screen_reader)
        self.follow_list = QCheckBox(
            self.tr("While a screen reader runs, &follow the list with Helder's voice"))
        self.follow_list.setChecked(settings.speech_follow_list_with_screen_reader)
        self.detected = QLabel(self._detected_text(screen_reader))
        self.detected.setWordWrap(True)
        for box in (self.stop_after, self.highlight, self.screen_reader, self.follow_list):
            box.setAccessibleName(access_name(box.text()))
            form.addRow(box)
        # Said with the choices it explains, since a label is never focused.
        for box in (self.screen_reader, self.follow_list):
            box.setAccessibleDescription(self.detected.text())
        form.addRow(self.detected)

        buttons = ok_cancel(self, self.tr("OK"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _detected_text(self, running: bool | None) -> str:
        if running:
            return self.tr("A screen reader is running: Helder's voice starts only when you "
                           "give a read command, never because focus moved.")
        if running is None:
            return self.tr("Helder has not yet found out whether a screen reader is running.")
        return self.tr("No screen reader was found running.")

    def settings(self) -> Settings:
        """Return the settings with the dialog's choices."""
        voices = tuple(
            (lang, str(box.currentData())) for lang, box in self.voice_boxes.items()
            if box.currentData()
        )
        return replace(
            self._settings,
            speech_rate_wpm=self.rate.value(),
            speech_volume=self.volume.value() / 100,
            voices=voices,
            speech_item_pause_ms=round(self.item_pause.value() * 1000),
            speech_stop_after_item=self.stop_after.isChecked(),
            speech_highlight=self.highlight.isChecked(),
            leave_speech_to_screen_reader=self.screen_reader.isChecked(),
            speech_follow_list_with_screen_reader=self.follow_list.isChecked(),
        )
