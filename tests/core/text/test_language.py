"""Language identification: nl, en, fr, de and more; None rather than a wrong guess."""

from __future__ import annotations

import pytest

from reader.core.sources.parse import parse_bytes
from reader.core.text.language import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De gemeente heeft het plan voor de nieuwe wijk aangenomen en gaat aan de slag.", "nl"),
        ("The council has adopted the plan for the new district and will start in May.", "en"),
        ("Le gouvernement a annoncé de nouvelles mesures en faveur de la transition "
         "écologique des collectivités.", "fr"),
        ("Die Gemeinde hat den Plan für das neue Viertel beschlossen und beginnt im Mai.", "de"),
        # A Dutch text with an English event name stays Dutch.
        (
            "In aanloop naar de Summit of the Future organiseren we een conferentie voor "
            "jongeren en de lokale overheden van het land.",
            "nl",
        ),
        ("", None),
        ("Bestuur", None),  # too short to tell
        ("Campagneboot", None),
        ("1234 5678 !!! 9999 0000 ---- 1111 2222", None),
    ],
)
def test_guess_language(text: str, language: str | None) -> None:
    assert guess_language(text) == language


def test_a_french_issue_is_french_and_its_items_too():
    html = ("<html><body>" + "".join(
        f"<h2><a href='https://x.example/{n}'>Le conseil municipal vote le budget {n}</a></h2>"
        "<p>Les élus ont adopté le budget de la commune pour l'année prochaine après un long "
        "débat sur les investissements dans les écoles et les transports.</p>"
        for n in range(3)) + "</body></html>").encode()
    issue = parse_bytes(html, name="lettre.html")
    assert issue.language == "fr"
    assert {it.language for it in issue.items} == {"fr"}


def test_an_item_keeps_the_issue_language_unless_its_own_words_say_otherwise():
    from reader.core.text.language import item_language

    assert item_language("Campagneboot", "nl") == "nl"  # too short to say anything else
    assert item_language("Summit of the Future", "nl") == "nl"
    english = "The council has adopted the plan for the new district and will start with it."
    assert item_language(english, "nl") == "en"
    assert item_language(english, None) == "en"
