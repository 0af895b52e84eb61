from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.prefs.settings import (
    DEFAULTS,
    SCHEMA_VERSION,
    Settings,
    SettingsProblem,
    add_display_arguments,
    apply_display_arguments,
    load_settings,
    save_settings,
    settings_from_dict,
    settings_path,
)

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def helder_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HELDER_HOME", str(tmp_path))
    return tmp_path


def test_helder_home_decides_the_config_dir(helder_home):
    assert settings_path() == helder_home / "config" / "settings.json"


def test_missing_file_gives_defaults_without_a_problem():
    result = load_settings()
    assert result.settings == DEFAULTS
    assert result.problem is None


def test_defaults_follow_the_issue():
    assert DEFAULTS.theme == "system"
    assert DEFAULTS.text_size == 100
    assert DEFAULTS.line_height == 1.5
    assert DEFAULTS.max_line_chars == 70
    assert DEFAULTS.show_images is False


def test_round_trip_keeps_every_field():
    chosen = Settings(
        theme="yellow-on-black",
        custom_text="#102030",
        custom_background="#fafafa",
        font_family="Atkinson Hyperlegible",
        bold=True,
        text_size=250,
        line_height=2.0,
        paragraph_spacing=2.0,
        letter_spacing=0.12,
        word_spacing=0.16,
        max_line_chars=60,
        line_focus=3,
        ruler=True,
        alternating_tint=True,
        show_images=True,
        speech_rate_wpm=200,
        speech_volume=0.5,
        voices=(("nl", "gmw/nl"), ("en", "gmw/en")),
        ui_language="en",
        letter_navigation=True,
        leave_speech_to_screen_reader=True,
    )
    path = save_settings(chosen)
    assert json.loads(path.read_text("utf-8"))["version"] == SCHEMA_VERSION
    assert load_settings().settings == chosen
    assert chosen.voice_for("nl") == "gmw/nl"
    speech = chosen.speech_settings()
    assert (speech.rate_wpm, speech.volume, dict(speech.voices)) == (200, 0.5, dict(chosen.voices))


def test_settings_survive_a_restart(helder_home):
    """A new process reads what this one saved."""
    save_settings(replace(DEFAULTS, theme="cream", text_size=175, font_family="Lexend"))
    code = (
        "from reader.core.prefs.settings import load_settings; r = load_settings(); "
        "print(r.settings.theme, r.settings.text_size, r.settings.font_family, r.problem)"
    )
    env = {**os.environ, "HELDER_HOME": str(helder_home), "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["cream", "175", "Lexend", "None"]


def test_save_is_atomic_and_leaves_no_temporary_files(helder_home):
    save_settings(DEFAULTS)
    save_settings(replace(DEFAULTS, text_size=120))
    assert sorted(p.name for p in (helder_home / "config").iterdir()) == ["settings.json"]


@pytest.mark.parametrize(
    "damage",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b"", b'"a string"'],
    ids=["broken-json", "not-utf8", "a-list", "empty", "a-string"],
)
def test_corrupt_file_gives_defaults_a_problem_and_is_kept_aside(helder_home, damage):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(damage)
    result = load_settings()
    assert result.settings == DEFAULTS
    assert result.problem is SettingsProblem.CORRUPT
    assert result.kept_aside is not None
    assert re.fullmatch(r"settings\.json\.\d{4}-\d\d-\d\dT\d\d-\d\d\.corrupt",
                        result.kept_aside.name)
    assert result.kept_aside.read_bytes() == damage
    # Saving afterwards works and the next start is clean.
    save_settings(DEFAULTS)
    assert load_settings().problem is None


def test_a_second_damaged_file_never_overwrites_the_first_copy(helder_home):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"{first damage")
    first = load_settings().kept_aside
    path.write_bytes(b"{second damage")
    second = load_settings().kept_aside
    assert first is not None
    assert second is not None
    assert first != second
    assert first.read_bytes() == b"{first damage"
    assert second.read_bytes() == b"{second damage"


def test_unreadable_file_gives_defaults_and_a_problem(helder_home):
    path = settings_path()
    path.mkdir(parents=True)  # a folder where the file should be cannot be read as a file
    result = load_settings()
    assert result.settings == DEFAULTS
    assert result.problem is SettingsProblem.UNREADABLE


def test_out_of_range_values_are_clamped_and_bad_ones_reset():
    settings = settings_from_dict(
        {
            "version": 1,
            "text_size": 1000,
            "line_height": 0.2,
            "letter_spacing": 2,
            "word_spacing": -1,
            "max_line_chars": 5,
            "line_focus": 4,  # not 0/1/3/5: default
            "theme": "purple",  # unknown: default
            "bold": "yes",  # wrong type: default
            "custom_text": "#zzz",  # not a colour: default
            "speech_volume": float("nan"),
            "no_such_setting": 1,
        }
    )
    assert settings.text_size == 400
    assert settings.line_height == 1.0
    assert settings.letter_spacing == 0.35
    assert settings.word_spacing == 0.0
    assert settings.max_line_chars == 20
    assert settings.line_focus == DEFAULTS.line_focus
    assert settings.theme == DEFAULTS.theme
    assert settings.bold is DEFAULTS.bold
    assert settings.custom_text == DEFAULTS.custom_text
    assert settings.speech_volume == DEFAULTS.speech_volume


def test_text_size_is_clamped_between_50_and_400():
    assert DEFAULTS.with_text_size(10).text_size == 50
    assert DEFAULTS.with_text_size(410).text_size == 400
    assert DEFAULTS.with_text_size(150).text_size == 150


def test_command_line_theme_and_text_size():
    parser = argparse.ArgumentParser()
    add_display_arguments(parser)
    args = parser.parse_args(["--theme", "yellow-on-black", "--text-size", "200"])
    settings = apply_display_arguments(DEFAULTS, args)
    assert (settings.theme, settings.text_size) == ("yellow-on-black", 200)
    assert apply_display_arguments(DEFAULTS, parser.parse_args([])) == DEFAULTS
    with pytest.raises(SystemExit):
        parser.parse_args(["--text-size", "900"])
    with pytest.raises(SystemExit):
        parser.parse_args(["--theme", "purple"])
