"""The cheap Dutch/English guess."""

from __future__ import annotations

import pytest

from reader.core.language import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De gemeente heeft het plan voor de nieuwe wijk aangenomen en gaat aan de slag.", "nl"),
        ("The council has adopted the plan for the new district and will start in May.", "en"),
        # A Dutch text with an English event name stays Dutch.
        (
            "In aanloop naar de Summit of the Future organiseren we een conferentie voor "
            "jongeren en de lokale overheden van het land.",
            "nl",
        ),
        ("", None),
        ("Bestuur", None),
        ("Shaping our Future Conference", None),
        ("1234 5678 !!!", None),
    ],
)
def test_guess_language(text: str, language: str | None) -> None:
    assert guess_language(text) == language
