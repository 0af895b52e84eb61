"""A short catalogue of Dutch public-sector sources the user can switch on.

Every address was seen somewhere public (see shared/SOURCES.md: "seen-page" = the page was
in a stored crawl; "seen-code" = the address is written in someone's public source code).
None was fetched from here, so `status` is shown to the user as a hint, not a promise.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library, SourceRow
from reader.core.sources.detect import SourceKind


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """A source that can be switched on without typing its address."""

    key: str
    name: str
    address: str
    kind: SourceKind
    theme: str | None
    status: str  # "seen-page" or "seen-code", as in SOURCES.md
    description: str


CATALOG: tuple[CatalogEntry, ...] = (
    CatalogEntry("vng-nieuws", "VNG nieuws", "https://vng.nl/nieuws", SourceKind.PAGE,
                 "Gemeenten", "seen-page", "News from the Association of Netherlands "
                 "Municipalities: a list of teasers, one item each."),
    CatalogEntry("vng-brieven", "VNG brieven", "https://vng.nl/brieven", SourceKind.PAGE,
                 "Gemeenten", "seen-page", "VNG letters: ledenbrieven and letters to "
                 "parliament and cabinet, with date, type and number."),
    CatalogEntry("vng-publicaties", "VNG publicaties (RSS)", "https://vng.nl/rss/publicaties.xml",
                 SourceKind.FEED, "Gemeenten", "seen-code", "VNG publications as a feed."),
    CatalogEntry("rijksoverheid", "Rijksoverheid nieuws", "https://www.rijksoverheid.nl/feed.rss",
                 SourceKind.FEED, "Rijk", "seen-code", "News from the central government."),
    CatalogEntry("binnenlands-bestuur", "Binnenlands Bestuur",
                 "https://www.binnenlandsbestuur.nl/rss.xml", SourceKind.FEED, "Openbaar bestuur",
                 "seen-code", "Trade news for public administration."),
)


def catalog_entry(key: str) -> CatalogEntry | None:
    """Return the catalogue entry with this key, or None."""
    return next((e for e in CATALOG if e.key == key), None)


def switch_on(library: Library, key: str) -> SourceRow:
    """Add a catalogue source without network access; the next refresh fetches it."""
    entry = catalog_entry(key)
    if entry is None:
        raise ReaderError(ErrorKind.NOT_FOUND, f"catalogue entry {key}")
    source_id = library.writer.add_source(entry.name, entry.address, entry.kind, entry.theme)
    row = library.source(source_id)
    assert row is not None
    return row


def switched_on(library: Library) -> set[str]:
    """Return the keys of catalogue entries already in the library."""
    addresses = {s.address for s in library.sources()}
    return {e.key for e in CATALOG if e.address in addresses}
