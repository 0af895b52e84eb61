"""Tracking parameters are removed from links; everything else is left alone."""

from __future__ import annotations

import pytest

from reader.core.links import clean_link


@pytest.mark.parametrize(
    ("link", "clean"),
    [
        ("https://vng.nl/a?utm_source=nb&utm_medium=email&utm_campaign=w48",
         "https://vng.nl/a"),
        ("https://vng.nl/a?id=7&mc_eid=abc123&mc_cid=x", "https://vng.nl/a?id=7"),
        ("https://example.org/p?page=2&fbclid=IwAR&gclid=1&_hsenc=p2&_hsmi=9",
         "https://example.org/p?page=2"),
        ("https://example.org/p?q=omgevingswet&sort=date",
         "https://example.org/p?q=omgevingswet&sort=date"),
        ("https://example.org/p#utm_source=x", "https://example.org/p"),
        ("https://example.org/p#alinea-3", "https://example.org/p#alinea-3"),
        ("mailto:info@vng.nl", "mailto:info@vng.nl"),
    ],
)
def test_clean_link(link: str, clean: str) -> None:
    assert clean_link(link) == clean
