"""Links resolve against the issue's address; shown links lose their tracking parameters."""

from __future__ import annotations

from reader.core.text.links import clean_link, resolve_link


def test_resolve_relative_and_keep_absolute():
    assert resolve_link("/a/b", "https://example.nl/x/") == "https://example.nl/a/b"
    assert resolve_link("c", "https://example.nl/x/") == "https://example.nl/x/c"
    assert resolve_link("https://other.example/", "https://example.nl/") == "https://other.example/"


def test_unsafe_and_empty_links_are_dropped():
    assert resolve_link("javascript:alert(1)") is None
    assert resolve_link("#top") is None
    assert resolve_link("  ") is None


def test_clean_link_strips_tracking_only():
    url = "https://example.nl/a?id=7&utm_source=mail&utm_medium=x&mc_eid=1&fbclid=2&gclid=3&page=2"
    assert clean_link(url) == "https://example.nl/a?id=7&page=2"
    assert clean_link("https://example.nl/a") == "https://example.nl/a"


def test_clean_link_unwraps_redirects_that_carry_their_target():
    url = ("https://www.google.com/url?rct=j&sa=t&url=https://news.example/a%3Fid%3D1%26utm_source%3Dx"
           "&ct=ga")
    assert clean_link(url) == "https://news.example/a?id=1"
    opaque = "https://example.us9.list-manage.com/track/click?u=abc&id=d20&e=0e4"
    assert clean_link(opaque) == opaque  # nothing to unwrap, nothing to strip
