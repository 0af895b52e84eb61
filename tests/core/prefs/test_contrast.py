from __future__ import annotations

import pytest

from reader.core.prefs.contrast import (
    PairVerdict,
    check_pair,
    contrast_ratio,
    ensure_contrast,
    is_hex,
    parse_hex,
    relative_luminance,
    to_hex,
)


def test_black_on_white_is_21_to_1():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)


def test_same_colour_is_1_to_1():
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [
        # Reference values from the WebAIM contrast checker.
        ("#767676", "#ffffff", 4.54),
        ("#595959", "#ffffff", 7.00),
        ("#0000ff", "#ffffff", 8.59),
        ("#ffff00", "#000000", 19.56),
    ],
)
def test_known_ratios(fg, bg, expected):
    assert contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.01)


def test_luminance_uses_linearised_srgb():
    assert relative_luminance("#000") == 0.0
    assert relative_luminance("#fff") == pytest.approx(1.0)
    # Mid grey is far darker than 0.5 because of the sRGB curve.
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-3)


def test_hex_parsing_accepts_short_and_bare_forms():
    assert parse_hex("#fa0") == (255, 170, 0)
    assert parse_hex("FFAA00") == (255, 170, 0)
    assert to_hex((255, 170, 0)) == "#ffaa00"
    assert is_hex(" #123456 ")
    for bad in ("", "#12", "#gggggg", "red", "#1234567"):
        assert not is_hex(bad)
        with pytest.raises(ValueError, match="hex"):
            parse_hex(bad)


def test_check_pair_refuses_warns_and_accepts():
    assert check_pair("#777777", "#ffffff") is PairVerdict.REFUSE  # 4.48:1
    assert check_pair("#767676", "#ffffff") is PairVerdict.WARN  # 4.54:1
    assert check_pair("#5a5a5a", "#ffffff") is PairVerdict.WARN  # 6.9:1
    assert check_pair("#595959", "#ffffff") is PairVerdict.OK  # 7.0:1


@pytest.mark.parametrize("bg", ["#ffffff", "#000000", "#fbf5e6", "#336699", "#808080"])
@pytest.mark.parametrize("fg", ["#777777", "#336699", "#ffff00", "#808080"])
def test_ensure_contrast_reaches_the_minimum(fg, bg):
    fixed = ensure_contrast(fg, bg, 4.5)
    assert contrast_ratio(fixed, bg) >= 4.5
    if contrast_ratio(fg, bg) >= 4.5:
        assert fixed == to_hex(parse_hex(fg))
