"""The plain-text newsletter parser: the VNG seed issue and layouts written for these tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue
from reader.core.sources.parse import parse_bytes, parse_file
from reader.core.sources.plaintext.parser import decode_text, parse_text
from reader.core.text.repair import fix_letter_spacing, join_lines

ROOT = Path(__file__).parents[3]
SEED = ROOT / ".." / "shared" / "seed" / "000_f6d78b198d0fc7c9.txt"
SEED_EXPECTED = SEED.with_name("000_f6d78b198d0fc7c9.expected.json")

needs_seed = pytest.mark.skipif(
    not SEED.exists(), reason=f"needs the shared seed beside the repository ({SEED.parent})")


@pytest.fixture(scope="module")
def seed() -> Issue:
    return parse_file(SEED)


@pytest.fixture(scope="module")
def expected() -> list[dict]:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["items"]


def _by_title(issue: Issue, start: str):
    found = [it for it in issue.items if it.title.startswith(start)]
    assert len(found) == 1, [it.title for it in issue.items]
    return found[0]


# --- the seed: a real VNG newsletter extracted from a PDF -----------------------------------


@needs_seed
def test_seed_finds_all_titles_in_order(seed: Issue, expected: list[dict]) -> None:
    assert [it.title for it in seed.items] == [e["title"] for e in expected]
    assert [it.position for it in seed.items] == list(range(13))


@needs_seed
def test_seed_themes(seed: Issue, expected: list[dict]) -> None:
    assert [it.category for it in seed.items] == [e["category"] for e in expected]


@needs_seed
def test_seed_summaries_open_as_expected(seed: Issue, expected: list[dict]) -> None:
    for item, exp in zip(seed.items, expected, strict=True):
        if "summary_starts" in exp:
            assert item.summary_text.startswith(exp["summary_starts"]), item.title
        else:
            assert item.summary == ()  # the title-only item about the speech


@needs_seed
def test_seed_summaries_are_clean_paragraphs(seed: Issue) -> None:
    for item in seed.items:
        for paragraph in item.summary:
            assert "\n" not in paragraph
            assert "  " not in paragraph
            assert paragraph == paragraph.strip()
            assert "Lees meer" not in paragraph


@needs_seed
def test_seed_letter_spaced_text_is_rejoined(seed: Issue) -> None:
    motions = _by_title(seed, "Moties gemeenteraden")
    assert motions.summary[0].startswith(
        "Bekijk de door gemeenteraden aangenomen moties die de VNG ontving van gemeenten. "
        "(Recentelijk o.a.:"
    )
    assert "APV in begrijpelijke taal" in motions.summary[0]


@needs_seed
def test_seed_hyphens_at_line_ends(seed: Issue) -> None:
    gmsd = _by_title(seed, "GMSD laat")
    assert "gebruikers van Wmo-maatwerkvoorzieningen op" in gmsd.summary_text
    housing = _by_title(seed, "Wijzigingen Huisvestingswet")
    assert housing.title == "Wijzigingen Huisvestingswet verwerkt in VNG-modelverordening"
    assert "de modelhuisvestingsverordening geactualiseerd" in housing.summary_text


@needs_seed
def test_seed_footer_is_no_item(seed: Issue) -> None:
    assert not any("proclaimer" in it.title or "verzonden" in it.title for it in seed.items)
    assert "proclaimer" not in seed.items[-1].summary_text


@needs_seed
def test_seed_issue_fields(seed: Issue) -> None:
    assert seed.title == "000_f6d78b198d0fc7c9"  # no masthead: the first line is an item
    assert seed.source == "000_f6d78b198d0fc7c9.txt"
    assert seed.language == "nl"
    assert {it.language for it in seed.items} == {"nl"}


@needs_seed
def test_seed_survives_other_line_ends_and_encodings() -> None:
    raw = SEED.read_bytes()
    reference = parse_bytes(raw, name="seed.txt")
    for variant in (
        raw.replace(b"\n", b"\r\n"),
        raw.replace(b"\n", b"\r"),
        raw.decode("utf-8").encode("cp1252"),
        b"\xef\xbb\xbf" + raw,
    ):
        assert parse_bytes(variant, name="seed.txt") == reference


# --- decoding ---------------------------------------------------------------------------------


def test_decode_utf8_with_bom_and_crlf() -> None:
    assert (
        decode_text(b"\xef\xbb\xbfRaad\r\nen \xc3\xa9\xc3\xa9n\rregel\n") == "Raad\nen één\nregel\n"
    )


def test_decode_utf16_with_bom() -> None:
    assert decode_text("\ufeffBeëindiging\r\n".encode("utf-16-le")) == "Beëindiging\n"


def test_decode_falls_back_to_cp1252_then_latin1() -> None:
    assert decode_text(b"\x93caf\xe9\x94 \x80 5") == "“café” € 5"
    # 0x81 is undefined in cp1252; latin-1 still gives text rather than an error.
    assert decode_text(b"a\x81b\xe9") == "a\x81bé"


def test_decode_strips_nul_bytes() -> None:
    assert decode_text(b"V\x00N\x00G\x00") == "VNG"


# --- layouts other than the seed's --------------------------------------------------------------

ITEMS = [
    (
        "Nieuwe regels voor de inzameling van huishoudelijk afval in alle kernen",
        "Milieu",
        "Vanaf 1 januari haalt de gemeente het restafval nog maar eens per twee weken "
        "op. Het gft-afval wordt in de zomer juist vaker opgehaald, zodat er minder "
        "stank is in de warme maanden.",
    ),
    (
        "Subsidie voor groene daken",
        "Duurzaamheid",
        "De gemeente stelt dit jaar opnieuw geld beschikbaar voor inwoners die hun dak "
        "willen vergroenen. Een aanvraag kan tot 1 oktober worden ingediend bij het loket.",
    ),
    (
        "Raad bespreekt plannen voor vierhonderd woningen aan de rand van het dorp",
        "Wonen",
        "De gemeenteraad bespreekt op 12 maart de plannen voor de nieuwe wijk. De "
        "vergadering is openbaar en begint om acht uur in het gemeentehuis.",
    ),
]


def _newsletter(
    body_width: int,
    title_width: int,
    *,
    themes: bool = True,
    marker: str | None = "Lees meer",
    gap: str = "\n",
) -> str:
    parts = []
    for title, theme, body in ITEMS:
        head = "\n".join(textwrap.wrap(title, title_width))
        if themes:
            head += "\n" + theme
        text = head + gap + "\n".join(textwrap.wrap(body, body_width))
        if marker:
            text += "\n\n" + marker
        parts.append(text)
    return "\n\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    ("body_width", "title_width"), [(40, 30), (60, 45), (72, 72), (100, 60), (2000, 2000)]
)
def test_other_wrapping_widths(body_width: int, title_width: int) -> None:
    issue = parse_text(_newsletter(body_width, title_width, gap="\n\n"), source="x.txt")
    assert [(it.title, it.category, it.summary) for it in issue.items] == [
        (title, theme, (body,)) for title, theme, body in ITEMS
    ]


def test_no_themes() -> None:
    issue = parse_text(_newsletter(60, 40, themes=False, gap="\n\n"))
    assert [it.title for it in issue.items] == [t for t, _, _ in ITEMS]
    assert all(it.category is None for it in issue.items)
    assert [it.summary for it in issue.items] == [(b,) for _, _, b in ITEMS]


def test_titles_right_above_text_without_markers() -> None:
    issue = parse_text(_newsletter(72, 100, themes=False, marker=None))
    assert [(it.title, it.summary) for it in issue.items] == [(t, (b,)) for t, _, b in ITEMS]


def test_crlf_bytes_parse_like_lf() -> None:
    text = _newsletter(60, 45, gap="\n\n")
    lf = parse_bytes(text.encode("utf-8"), name="n.txt")
    crlf = parse_bytes(text.replace("\n", "\r\n").encode("cp1252"), name="n.txt")
    assert crlf == lf
    assert len(lf.items) == 3


def test_blank_lines_only_and_paragraphs_kept_apart() -> None:
    text = (
        "Nieuwe regels voor afval\n\n"
        "Vanaf 1 januari haalt de gemeente het restafval nog maar eens per twee\n"
        "weken op. Het gft-afval wordt in de zomer juist vaker opgehaald.\n\n"
        "Inwoners met vragen kunnen terecht bij het klantcontactcentrum van de\n"
        "gemeente.\n\n"
        "Raadsvergadering over woningbouw\n\n"
        "De gemeenteraad bespreekt op 12 maart de plannen voor 400 nieuwe\n"
        "woningen. De vergadering is openbaar.\n\n"
        "Wilt u deze nieuwsbrief niet meer ontvangen? Afmelden kan via de website.\n"
    )
    issue = parse_text(text)
    assert [it.title for it in issue.items] == [
        "Nieuwe regels voor afval",
        "Raadsvergadering over woningbouw",
    ]
    assert issue.items[0].summary == (
        "Vanaf 1 januari haalt de gemeente het restafval nog maar eens per twee weken op. "
        "Het gft-afval wordt in de zomer juist vaker opgehaald.",
        "Inwoners met vragen kunnen terecht bij het klantcontactcentrum van de gemeente.",
    )
    # The unsubscribe line after the last item is footer, not part of its summary.
    assert issue.items[1].summary == (
        "De gemeenteraad bespreekt op 12 maart de plannen voor 400 nieuwe woningen. "
        "De vergadering is openbaar.",
    )


ENGLISH = """\
The Civic Digest - Issue 12, 3 June 2024

City councils adopt new climate targets
Environment

Councils across the region agreed on Tuesday to cut emissions by half
before 2030. The plan asks every town to publish a yearly progress
report and to involve residents in local energy projects.

Read more >

Library opening hours extended for the summer

From July the central library will stay open until ten in the evening on
weekdays. Volunteers will run workshops for children on Saturdays.

Read more: https://example.org/library-hours

Budget hearing moved to 14 June
Finance

The public hearing on the draft budget has been moved because of the
national holiday. Residents can still send written comments to the
clerk until the end of the month.
   Read more


You received this newsletter because you subscribed at example.org.
Unsubscribe | Privacy policy
"""


def test_english_newsletter_with_read_more() -> None:
    issue = parse_text(ENGLISH, source="digest.txt")
    assert issue.title == "The Civic Digest - Issue 12, 3 June 2024"
    assert issue.language == "en"
    assert [(it.title, it.category) for it in issue.items] == [
        ("City councils adopt new climate targets", "Environment"),
        ("Library opening hours extended for the summer", None),
        ("Budget hearing moved to 14 June", "Finance"),
    ]
    assert [it.link for it in issue.items] == [None, "https://example.org/library-hours", None]
    assert issue.items[0].summary == (
        "Councils across the region agreed on Tuesday to cut emissions by half before 2030. "
        "The plan asks every town to publish a yearly progress report and to involve "
        "residents in local energy projects.",
    )
    assert all(it.language == "en" for it in issue.items)
    assert "Unsubscribe" not in issue.items[-1].summary_text


def test_other_letter_spacing() -> None:
    line = "D e  g e m e e n t e  h e e f t  e e n  n ie u w  b e le id  vo o r  G GD -t a ke n ."
    assert fix_letter_spacing(line) == "De gemeente heeft een nieuw beleid voor GGD-taken."
    # Ordinary text with a few double spaces stays as it is.
    normal = "De VNG wil  snel aan tafel  met het nieuwe kabinet om het"
    assert fix_letter_spacing(normal) == normal
    text = (
        "Moties van raden\n\n"
        "B e k ijk  d e  m o t ie s  d ie  d e  VNG o n t vin g  va n  d e\n"
        "g e m e e n t e n  in  2 0 2 4 .\n\nLees meer\n"
    )
    issue = parse_text(text)
    assert issue.items[0].summary == (
        "Bekijk de moties die de VNG ontving van de gemeenten in 2024.",
    )


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["gebruik van Wmo-", "maatwerkvoorzieningen op"],
            "gebruik van Wmo-maatwerkvoorzieningen op",
        ),
        (["de VNG-", "modelverordening"], "de VNG-modelverordening"),
        (["de model-", "huisvestingsverordening"], "de modelhuisvestingsverordening"),
        (["in Noord-", "Holland en"], "in Noord-Holland en"),
        (["de jaren 2023-", "2024"], "de jaren 2023-2024"),
        (["een pauze -", "daarna verder"], "een pauze - daarna verder"),
        (["gemeen\u00ad", "ten"], "gemeenten"),
    ],
)
def test_words_broken_at_line_ends(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_hyphen_follows_the_spelling_used_elsewhere_in_the_text() -> None:
    text = (
        "Nieuwe cijfers over zorg\n\n"
        "Het aantal gebruikers van de jeugd-\n"
        "zorg steeg. De jeugd-zorg is een taak van gemeenten.\n"
    )
    assert (
        parse_text(text).items[0].summary[0].startswith("Het aantal gebruikers van de jeugd-zorg")
    )


def test_text_without_any_layout_is_one_item() -> None:
    issue = parse_text("Dit is gewoon een zin zonder kop. En nog een zin erachter.\n")
    assert len(issue.items) == 1
    assert issue.items[0].summary == ("Dit is gewoon een zin zonder kop. En nog een zin erachter.",)


# --- empty input ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t\n  \n", "\ufeff"])
def test_empty_text_raises_empty(text: str) -> None:
    with pytest.raises(ReaderError) as info:
        parse_text(text, source="leeg.txt")
    assert info.value.kind is ErrorKind.EMPTY


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "reader", "parse", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("content", [b"", b"  \r\n \n\t ", b"\xef\xbb\xbf\n"])
def test_cli_on_empty_file_exits_with_one_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "leeg.txt"
    path.write_bytes(content)
    result = _run_cli(str(path), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "Traceback" not in result.stderr
    assert "leeg.txt" in lines[0]


@needs_seed
def test_cli_prints_seed_json() -> None:
    result = _run_cli(str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["items"]) == 13
    assert data["items"][3]["category"] == "Arbeidszaken"


def test_read_more_glued_to_text_and_links_under_it() -> None:
    text = (
        "Nieuwe regels voor afval\n\n"
        "De gemeente haalt het restafval minder vaak op. Lees meer >\n"
        "Subsidie voor groene daken\n\n"
        "De gemeente stelt opnieuw geld beschikbaar voor groene daken.\n\n"
        "Lees meer\n"
        "<https://example.nl/groene-daken>\n\n"
        "Raad vergadert over woningbouw\n\n"
        "De raad bespreekt op 12 maart de plannen voor de nieuwe wijk.\n"
        "Lees meer: www.example.nl/raad\n"
    )
    issue = parse_text(text)
    assert [(it.title, it.summary_text, it.link) for it in issue.items] == [
        ("Nieuwe regels voor afval", "De gemeente haalt het restafval minder vaak op.", None),
        (
            "Subsidie voor groene daken",
            "De gemeente stelt opnieuw geld beschikbaar voor groene daken.",
            "https://example.nl/groene-daken",
        ),
        (
            "Raad vergadert over woningbouw",
            "De raad bespreekt op 12 maart de plannen voor de nieuwe wijk.",
            "https://www.example.nl/raad",
        ),
    ]


def test_titles_between_paragraphs_without_blank_lines() -> None:
    # PDF extraction often loses the blank lines; a short line between a finished sentence
    # and new running text is still a title, but a list of names is not.
    text = (
        "Nieuws van de raad\n"
        "De gemeenteraad heeft dinsdag de begroting voor volgend jaar vastgesteld na een\n"
        "lang debat over de lasten voor inwoners en ondernemers in de gemeente.\n"
        "Leden van de commissie\n"
        "Anna de Vries\n"
        "Piet Jansen, voorzitter\n"
        "Nieuwe speeltuin in het park\n"
        "Kinderen uit de buurt hebben meegedacht over de inrichting van de speeltuin die\n"
        "in het voorjaar opengaat. Er komen een klimrek, schommels en een zandbak.\n"
    )
    issue = parse_text(text)
    assert [it.title for it in issue.items] == [
        "Nieuws van de raad",
        "Nieuwe speeltuin in het park",
    ]
    assert issue.items[1].summary_text.startswith("Kinderen uit de buurt hebben meegedacht")


@given(
    st.lists(
        st.sampled_from(
            [
                "",
                " ",
                "Lees meer",
                "Read more >",
                "Titel van een bericht",
                "Thema",
                "a-",
                "VNG-",
                "d e  g e m e e n t e",
                "Een zin die eindigt.",
                "https://example.org/x",
                "\u00ad",
                "gewone tekst zonder punt",
                "B e k ijk  d e",
                "x" * 130,
            ]
        )
        | st.text(max_size=30),
        max_size=25,
    )
)
def test_any_text_gives_items_or_empty(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        issue = parse_text(text, source="fuzz.txt")
    except ReaderError as exc:
        failure = exc.kind
    else:
        failure = None
    if failure is not None:
        assert failure is ErrorKind.EMPTY
        assert "Een zin die eindigt." not in lines  # a sentence always gives an item
        return
    assert issue.items
    for item in issue.items:
        assert item.title.strip()
        assert all(p.strip() for p in item.summary)
