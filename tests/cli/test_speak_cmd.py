"""`helder speak`: audio without a window, item numbers as shown in the list."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from reader.__main__ import main
from reader.cli.speak_cmd import parse_item_numbers
from reader.core.errors import ReaderError
from reader.core.models import Issue, Item
from tests.conftest import needs_shared

ISSUE = Issue(
    "VNG Nieuws",
    (
        Item("ALV stemt in met herijking", None, ("De VNG wil snel aan tafel.",)),
        Item("Verkiezing van start", "Bestuur", ("Vanaf 1 juni gaat de verkiezing van start.",)),
        Item("Moties gemeenteraden", None, ("Bekijk de moties die de VNG ontving.",)),
    ),
    language="nl",
)


@pytest.fixture
def issue_file(tmp_path) -> Path:
    path = tmp_path / "issue.json"
    path.write_text(ISSUE.to_json(), encoding="utf-8")
    return path


def seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_speak_writes_chosen_items_to_a_wav(issue_file, tmp_path, capsys) -> None:
    some = tmp_path / "some.wav"
    everything = tmp_path / "all.wav"
    assert main(["speak", str(issue_file), "--items", "1,3", "--out", str(some), "--quiet"]) == 0
    assert main(["speak", str(issue_file), "--out", str(everything), "--quiet"]) == 0
    assert 2 < seconds(some) < seconds(everything)
    assert "2 items" in capsys.readouterr().out


def test_a_single_item_and_a_faster_rate(issue_file, tmp_path) -> None:
    normal, fast = tmp_path / "n.wav", tmp_path / "f.wav"
    assert main(["speak", str(issue_file), "--items", "2", "--out", str(normal), "--quiet"]) == 0
    args = ["speak", str(issue_file), "--items", "2", "--out", str(fast), "--rate", "350"]
    assert main([*args, "--quiet"]) == 0
    assert seconds(fast) < 0.75 * seconds(normal)


def test_a_bad_item_number_is_a_one_line_error(issue_file, tmp_path, capsys) -> None:
    out = tmp_path / "x.wav"
    assert main(["speak", str(issue_file), "--items", "1,4", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "helder speak: invalid argument: no item 4 (items 1-3)"
    assert not out.exists()


def test_a_missing_file_is_a_one_line_error(tmp_path, capsys) -> None:
    assert main(["speak", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "x.wav")]) == 2
    assert capsys.readouterr().err.startswith("helder speak: file not found")


def test_item_numbers() -> None:
    assert parse_item_numbers(None, 3) == [0, 1, 2]
    assert parse_item_numbers("3,1", 3) == [2, 0]
    assert parse_item_numbers("2-3,2", 4) == [1, 2]
    for bad in ("0", "x", "1-9"):
        with pytest.raises(ReaderError):
            parse_item_numbers(bad, 3)


CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@needs_shared
def test_a_french_newsletter_is_read_with_a_french_voice(tmp_path, capsys) -> None:
    french = CORPUS / "email-html" / "cafetech-apple-condamne.html"
    main(["parse", "--json", str(french)])
    assert '"language": "fr"' in capsys.readouterr().out
    out = tmp_path / "fr.wav"
    assert main(["speak", str(french), "--items", "1", "--titles", "--quiet",
                 "--out", str(out)]) == 0
    voices = capsys.readouterr().out.split("voices: ", 1)[1]
    assert voices.startswith("fr: ")
    assert "(fr" in voices  # espeak-ng's French voice, not the Dutch one
    assert seconds(out) > 0.5
