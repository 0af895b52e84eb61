"""User settings: one frozen dataclass, validated and clamped, saved atomically as JSON.

A damaged settings file never stops Helder: `load_settings` returns the defaults, keeps the
damaged file aside as `settings.json.corrupt` and says so in `LoadResult.problem`, which the
UI turns into a message.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from reader.core.errors import ErrorKind, ReaderError
from reader.core.jsondata import json_object
from reader.core.prefs.contrast import is_hex, parse_hex, to_hex
from reader.core.prefs.themes import THEME_KEYS

if TYPE_CHECKING:
    from reader.core.speech.prefetch import SpeechSettings

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.json"

TEXT_SIZE_MIN, TEXT_SIZE_MAX = 50, 400
LINE_FOCUS_CHOICES = (0, 1, 3, 5)
UI_LANGUAGES = ("auto", "nl", "en")

# name -> (minimum, maximum) for every numeric setting; values outside are clamped.
RANGES: dict[str, tuple[float, float]] = {
    "text_size": (TEXT_SIZE_MIN, TEXT_SIZE_MAX),
    "line_height": (1.0, 3.0),
    "paragraph_spacing": (0.0, 4.0),
    "letter_spacing": (0.0, 0.35),
    "word_spacing": (0.0, 0.5),
    "max_line_chars": (20, 200),
    "speech_rate_wpm": (60, 500),
    "speech_volume": (0.0, 1.0),
    "speech_item_pause_ms": (0, 5000),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can set. Sizes are percent, spacings are in em (font size)."""

    theme: str = "system"
    custom_text: str = "#1a1a1a"
    custom_background: str = "#ffffff"
    font_family: str = ""  # "" = the system font
    bold: bool = False
    text_size: int = 100
    line_height: float = 1.5
    paragraph_spacing: float = 1.0  # extra space after a paragraph, on top of the line height
    letter_spacing: float = 0.0
    word_spacing: float = 0.0
    max_line_chars: int = 70
    line_focus: int = 0  # 0 = off, else the number of clear lines
    ruler: bool = False
    alternating_tint: bool = False
    show_images: bool = False  # privacy: remote images are never loaded unless allowed
    # Placeholders for speech, language and navigation; used by other parts of Helder.
    speech_rate_wpm: int = 175
    speech_volume: float = 1.0
    voices: tuple[tuple[str, str], ...] = ()  # (language, voice id) pairs
    ui_language: str = "auto"
    letter_navigation: bool = False
    leave_speech_to_screen_reader: bool = False
    # While a screen reader runs, Helder's voice follows the list only if the user says so.
    speech_follow_list_with_screen_reader: bool = False
    speech_item_pause_ms: int = 1000  # silence between items when reading on
    speech_stop_after_item: bool = False
    speech_highlight: bool = True  # highlight the sentence being read
    # The user's own keys: (command id, its keys) pairs; commands not listed keep defaults.
    shortcuts: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def validated(self) -> Settings:
        """Return a copy with every value clamped or reset into its allowed range."""
        return _validate(asdict(self))

    def with_text_size(self, percent: float) -> Settings:
        """Return a copy with the text size set, clamped to 50..400 %."""
        return replace(self, text_size=int(_clamp("text_size", round(percent))))

    def voice_for(self, language: str) -> str | None:
        """Return the voice chosen for a language, if any."""
        return dict(self.voices).get(language)

    def speech_settings(self) -> SpeechSettings:
        """Return rate, volume and voices in the form the speech engine takes."""
        from reader.core.speech.prefetch import SpeechSettings

        return SpeechSettings(
            rate_wpm=self.speech_rate_wpm, volume=self.speech_volume, voices=dict(self.voices)
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form, with the schema version."""
        data = asdict(self)
        data["voices"] = dict(self.voices)
        data["shortcuts"] = {command: list(keys) for command, keys in self.shortcuts}
        return {"version": SCHEMA_VERSION, **data}


DEFAULTS = Settings()


class SettingsProblem(StrEnum):
    """Why the saved settings could not be used."""

    CORRUPT = "corrupt"  # not JSON, or not a settings object
    UNREADABLE = "unreadable"  # the file exists but could not be read


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Settings as loaded, plus what went wrong and where the damaged file was kept."""

    settings: Settings
    problem: SettingsProblem | None = None
    kept_aside: Path | None = None
    refused_keys: tuple[str, ...] = ()  # "command: key" the key map may not hold (not used)


def settings_path() -> Path:
    """Return the path of the settings file: in $HELDER_HOME/config, else the platform's."""
    from reader.core.storage.paths import config_dir

    return config_dir() / FILE_NAME


def _clamp(name: str, value: float) -> float:
    lo, hi = RANGES[name]
    return min(hi, max(lo, value))


def _validate(data: dict[str, Any]) -> Settings:
    """Build Settings from loose data: unknown keys dropped, bad values reset or clamped."""
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in data:
            continue
        default = getattr(DEFAULTS, f.name)
        value = data[f.name]
        try:
            values[f.name] = _coerce(f.name, value, default)
        except (TypeError, ValueError):
            log.warning("setting %s: bad value %r, using the default", f.name, value)
    return Settings(**values)


def _pairs(value: Any) -> Iterable[tuple[Any, Any]]:
    """Return the items of a JSON object, or the value as it is (a list of pairs)."""
    found = json_object(value)
    return found.items() if found is not None else value


def _sequence(value: object) -> Sequence[Any] | None:
    """Return the value when it is a list or tuple (of key names), else None."""
    return cast("Sequence[Any]", value) if isinstance(value, list | tuple) else None


def _coerce(name: str, value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise TypeError(name)
        return value
    if isinstance(default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise TypeError(name)
        if name == "line_focus":
            if value not in LINE_FOCUS_CHOICES:
                raise ValueError(name)
            return int(value)
        clamped = _clamp(name, value)
        return round(clamped) if isinstance(default, int) else float(clamped)
    if name == "shortcuts":
        return tuple((str(c), tuple(str(k) for k in seq)) for c, keys in _pairs(value)
                     if (seq := _sequence(keys)) is not None)
    if name == "voices":
        return tuple((str(k), str(v)) for k, v in _pairs(value))
    if not isinstance(value, str):
        raise TypeError(name)
    if name == "theme" and value not in THEME_KEYS:
        raise ValueError(name)
    if name == "ui_language" and value not in UI_LANGUAGES:
        raise ValueError(name)
    if name in ("custom_text", "custom_background"):
        return to_hex(parse_hex(value))
    return value


def settings_from_dict(data: dict[str, Any]) -> Settings:
    """Build validated Settings from their JSON form (extra or bad fields do not fail)."""
    return _validate(data)


def load_settings(path: Path | None = None) -> LoadResult:
    """Load settings; a missing file gives defaults, a damaged one defaults plus a problem."""
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadResult(DEFAULTS)
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        return LoadResult(DEFAULTS, SettingsProblem.UNREADABLE)
    try:
        data = json_object(json.loads(raw.decode("utf-8")))
        if data is None:
            raise ValueError("settings are not a JSON object")
    except (UnicodeDecodeError, ValueError) as exc:
        log.warning("damaged settings file %s: %s", path, exc)
        return LoadResult(DEFAULTS, SettingsProblem.CORRUPT, _keep_aside(path))
    settings = _validate(data)
    refused = _refuse_keys(settings)
    if refused:
        log.warning("key map refused: %s", ", ".join(refused))
        kept = tuple((c, keys) for c, keys in settings.shortcuts
                     if not any(r.startswith(f"{c}: ") for r in refused))
        settings = replace(settings, shortcuts=kept)
    return LoadResult(settings, refused_keys=refused)


def _refuse_keys(settings: Settings) -> tuple[str, ...]:
    """The commands whose saved keys may not be used: their defaults are kept instead."""
    from reader.core.prefs.keymap import refused_keys

    refused = refused_keys(dict(settings.shortcuts))
    return tuple(f"{command}: {key}" for command, keys in refused.items() for key in keys)


def _keep_aside(path: Path) -> Path | None:
    """Move a damaged file aside under a timestamped name (an earlier copy is never lost)."""
    from reader.core.storage.aside import set_aside

    try:
        return set_aside(path)
    except OSError as exc:
        log.warning("cannot keep %s aside: %s", path, exc)
        return None


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write settings atomically (temporary file, then rename); raise ReaderError on failure."""
    path = path or settings_path()
    text = json.dumps(settings.validated().to_dict(), ensure_ascii=False, indent=1)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ReaderError(ErrorKind.STORAGE, f"{path}: {exc}") from exc
    return path


# --- command-line options that start Helder with a theme or text size -----------------------

CLI_THEMES = ("system", "light", "dark", "yellow-on-black", "cream")


def _percent(text: str) -> int:
    value = float(text.rstrip("%"))
    if not TEXT_SIZE_MIN <= value <= TEXT_SIZE_MAX:
        raise argparse.ArgumentTypeError(f"must be {TEXT_SIZE_MIN} to {TEXT_SIZE_MAX}")
    return round(value)


def add_display_arguments(parser: argparse.ArgumentParser) -> None:
    """Add --theme and --text-size to the GUI's argument parser."""
    parser.add_argument("--theme", choices=CLI_THEMES, help="colour theme to start with")
    parser.add_argument(
        "--text-size",
        type=_percent,
        metavar="PERCENT",
        help=f"text size in percent ({TEXT_SIZE_MIN}-{TEXT_SIZE_MAX})",
    )


def apply_display_arguments(settings: Settings, args: argparse.Namespace) -> Settings:
    """Return settings with --theme/--text-size from the command line applied."""
    if getattr(args, "theme", None):
        settings = replace(settings, theme=args.theme)
    if getattr(args, "text_size", None) is not None:
        settings = settings.with_text_size(args.text_size)
    return settings


def is_valid_colour(text: str) -> bool:
    """Return whether text is a colour the settings accept."""
    return is_hex(text)
