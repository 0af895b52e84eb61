"""A mailbox folder as a source, against a real Dovecot: new mail only, nothing altered."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from imapclient import IMAPClient

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.mail.accounts import Mailbox, parse_mailbox
from reader.core.net.refresh import refresh_source
from reader.core.net.subscribe import add_source
from tests.core.mail.certs import SelfSigned
from tests.core.mail.dovecot import Dovecot
from tests.core.mail.messages import corpus_messages, newsletter


def address(server: Dovecot, folder: str = "INBOX", query: str = "") -> str:
    return f"imaps://{server.user}@127.0.0.1:{server.imaps_port}/{folder}{query}"


def flags(server: Dovecot, cert: SelfSigned, folder: str = "INBOX") -> dict[int, tuple]:
    """The server's flags per UID, read as another mail program would (read-only)."""
    context = ssl.create_default_context(cafile=str(cert.cert))
    with IMAPClient("127.0.0.1", server.imaps_port, ssl_context=context, timeout=10) as c:
        c.login(server.user, server.password)
        c.select_folder(folder, readonly=True)
        return {uid: tuple(f for f in d[b"FLAGS"] if f != b"\\Recent")
                for uid, d in c.fetch(c.search(["ALL"]), ["FLAGS"]).items()}


def issue_titles(library: Library, source_id: int) -> list[str]:
    return sorted(r.title for r in library.issues(source_id))


def test_first_refresh_stores_each_matching_message_then_only_new_ones(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    corpus = corpus_messages()
    for raw in corpus:
        dovecot.deliver(raw)
    for n in range(1, 4):
        dovecot.deliver(newsletter(n))
    dovecot.deliver(newsletter(50, sender="reclame@winkel.example", subject="Aanbieding"))
    dovecot.deliver(newsletter(51), seen=True)  # already read in the mail program
    before = flags(dovecot, trusted)

    everything = add_source(library, address(dovecot), password=dovecot.password)
    assert everything.first_refresh.error is None, everything.first_refresh.message()
    assert everything.first_refresh.new == len(corpus) + 5

    vng = add_source(library, address(dovecot, query="?from=nieuwsbrief@vng.nl"),
                     name="VNG")
    # Already stored by the first source: the same message is not stored twice.
    assert vng.first_refresh.error is None
    assert vng.first_refresh.new == 0

    dovecot.deliver(newsletter(4))
    dovecot.deliver(newsletter(52, sender="reclame@winkel.example", subject="Korting"))
    again = refresh_source(library, vng.source.id)
    assert again.error is None, again.message()
    assert again.new == 1
    assert issue_titles(library, vng.source.id) == ["VNG Nieuwsbrief 4"]
    third = refresh_source(library, vng.source.id)
    assert (third.new, third.error) == (0, None)
    whole = refresh_source(library, everything.source.id)
    assert whole.new == 1  # the advertisement; the VNG issue is stored already

    # The mailbox is as it was: nothing marked read, the read one still read.
    after = flags(dovecot, trusted)
    assert {uid: f for uid, f in after.items() if uid in before} == before
    assert all(b"\\Seen" not in f for uid, f in after.items() if uid != len(corpus) + 5)
    assert b"\\Seen" in after[len(corpus) + 5]
    log = dovecot.log()
    assert "deleted=0 expunged=0" in log


def test_sender_filter_stores_only_matching_messages(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    for n in range(1, 4):
        dovecot.deliver(newsletter(n))
    dovecot.deliver(newsletter(9, sender="reclame@winkel.example", subject="Aanbieding"))
    added = add_source(library, address(dovecot, query="?from=nieuwsbrief@vng.nl"),
                       password=dovecot.password)
    assert added.first_refresh.new == 3
    assert issue_titles(library, added.source.id) == [f"VNG Nieuwsbrief {n}" for n in (1, 2, 3)]
    items = library.items(library.issues(added.source.id)[0].id)
    assert len(items) == 3  # each story of the newsletter is an item
    assert added.source.kind == "mail"
    assert "nieuwsbrief@vng.nl" in added.source.name


def test_uidvalidity_change_starts_over_without_duplicates(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    for n in range(1, 4):
        dovecot.deliver(newsletter(n))
    added = add_source(library, address(dovecot), password=dovecot.password)
    assert added.first_refresh.new == 3
    dovecot.set_uidvalidity(777)
    dovecot.deliver(newsletter(4))
    result = refresh_source(library, added.source.id)
    assert result.error is None, result.message()
    assert result.new == 1
    assert issue_titles(library, added.source.id) == [f"VNG Nieuwsbrief {n}" for n in range(1, 5)]
    source = library.source(added.source.id)
    assert source is not None
    assert source.etag is not None
    assert source.etag.startswith("imap:777:")
    assert refresh_source(library, added.source.id).new == 0


def test_move_after_reading_is_explicit_and_keeps_messages_unread(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    for n in range(1, 3):
        dovecot.deliver(newsletter(n))
    dovecot.deliver(newsletter(3, sender="collega@gemeente.nl", subject="Overleg"))
    added = add_source(library, address(dovecot, query="?from=vng.nl&move=Archief"),
                       password=dovecot.password)
    assert added.first_refresh.error is None, added.first_refresh.message()
    assert added.first_refresh.new == 2
    left = flags(dovecot, trusted)
    assert len(left) == 1  # the colleague's mail stays where it was
    archived = flags(dovecot, trusted, "Archief")
    assert len(archived) == 2
    assert all(b"\\Seen" not in f for f in archived.values())
    assert refresh_source(library, added.source.id).new == 0


def test_address_keeps_filters_and_no_password() -> None:
    box = parse_mailbox("imaps://jan%40gemeente.nl@Mail.Gemeente.nl/INBOX/Nieuws"
                        "?from=nieuwsbrief@vng.nl&subject=Nieuwsbrief")
    assert box == Mailbox(host="mail.gemeente.nl", user="jan@gemeente.nl",
                          folder="INBOX/Nieuws", sender="nieuwsbrief@vng.nl",
                          subject="Nieuwsbrief")
    assert parse_mailbox(box.address()) == box
    assert parse_mailbox("imap://jan@h.nl/INBOX").port == 143
    for bad in ("imaps://h.nl/INBOX", "imaps://jan:geheim@h.nl/INBOX", "imaps://jan@h.nl:x/"):
        with pytest.raises(ReaderError) as caught:
            parse_mailbox(bad)
        assert caught.value.kind is ErrorKind.BAD_ARGUMENT


def test_keyring_holds_the_password(dovecot: Dovecot, trusted: SelfSigned,
                                    test_keyring: object, library: Library,
                                    tmp_path: Path) -> None:
    dovecot.deliver(newsletter(1))
    add_source(library, address(dovecot), password=dovecot.password)
    from reader.core.mail.accounts import get_password

    assert get_password(f"{dovecot.user}@127.0.0.1") == dovecot.password
    raw = (tmp_path / "home" / "data" / "library.sqlite3").read_bytes()
    assert dovecot.password.encode() not in raw
