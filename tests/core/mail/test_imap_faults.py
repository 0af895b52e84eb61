"""Real-world mail faults: each ends with a clear error, and nothing stored is lost."""

from __future__ import annotations

import threading
import time

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.mail import imap_source
from reader.core.mail.accounts import get_password, set_password
from reader.core.net.refresh import refresh_source
from reader.core.net.subscribe import add_source
from tests.core.mail.certs import SelfSigned
from tests.core.mail.cutting_proxy import CuttingProxy
from tests.core.mail.dovecot import Dovecot
from tests.core.mail.messages import newsletter, tiny
from tests.core.mail.test_imap_refresh import address, flags


def test_wrong_password_stores_nothing_and_keeps_issues(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    dovecot.deliver(newsletter(1))
    with pytest.raises(ReaderError) as caught:
        add_source(library, address(dovecot), password="verkeerd")
    assert caught.value.kind is ErrorKind.LOGIN
    assert "jan@127.0.0.1" in caught.value.one_line()
    assert library.sources() == []
    assert get_password("jan@127.0.0.1") is None  # a refused password is not kept

    added = add_source(library, address(dovecot), password=dovecot.password)
    assert added.first_refresh.new == 1
    set_password("jan@127.0.0.1", "veranderd")  # the password changed elsewhere
    dovecot.deliver(newsletter(2))
    result = refresh_source(library, added.source.id)
    assert result.error is not None
    assert result.error.kind is ErrorKind.LOGIN
    assert len(library.issues(added.source.id)) == 1
    source = library.source(added.source.id)
    assert source is not None
    assert source.error_kind == "login"


def test_untrusted_certificate_is_refused(
        dovecot: Dovecot, test_keyring: object, library: Library,
        monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    dovecot.deliver(newsletter(1))
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # the system's authorities only
    with pytest.raises(ReaderError) as caught:
        add_source(library, address(dovecot), password=dovecot.password)
    assert caught.value.kind is ErrorKind.CERTIFICATE
    assert "certificate" in caught.value.one_line()
    assert library.sources() == []
    assert get_password("jan@127.0.0.1") is None
    assert "Login: user=<jan>" not in dovecot.log()  # the password never went out


def test_starttls_on_143(dovecot: Dovecot, trusted: SelfSigned, test_keyring: object,
                         library: Library) -> None:
    dovecot.deliver(newsletter(1))
    added = add_source(library, f"imap://jan@127.0.0.1:{dovecot.imap_port}/INBOX",
                       password=dovecot.password)
    assert added.first_refresh.new == 1
    assert "TLS" in dovecot.log().split("Login: user=<jan>")[1].splitlines()[0]


def test_connection_dropped_mid_fetch_keeps_what_arrived(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library,
        monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(1, 13):
        dovecot.deliver(newsletter(n, padding=40_000))
    monkeypatch.setattr(imap_source, "BATCH_BYTES", 100_000)  # a few messages per round trip
    proxy = CuttingProxy(dovecot.imaps_port)
    try:
        source = f"imaps://jan@127.0.0.1:{proxy.port}/INBOX"
        set_password("jan@127.0.0.1", dovecot.password)
        proxy.cut_after = 300_000  # past the login, part-way through the messages
        sid = library.writer.add_source("VNG", source, "mail")
        cut = refresh_source(library, sid)
        assert cut.error is not None
        assert cut.error.kind is ErrorKind.NETWORK
        assert "closed the connection" in cut.error.detail
        kept = len(library.issues(sid))
        assert 0 < kept < 12
        proxy.cut_after = None
        rest = refresh_source(library, sid)
        assert rest.error is None, rest.message()
        assert rest.new == 12 - kept
        assert len(library.issues(sid)) == 12
    finally:
        proxy.stop()


def test_nonexistent_folder(dovecot: Dovecot, trusted: SelfSigned, test_keyring: object,
                            library: Library) -> None:
    with pytest.raises(ReaderError) as caught:
        add_source(library, address(dovecot, "Nieuwsbrieven"), password=dovecot.password)
    assert caught.value.kind is ErrorKind.NOT_FOUND
    assert "'Nieuwsbrieven'" in caught.value.detail
    with pytest.raises(ReaderError) as moved:
        add_source(library, address(dovecot, query="?move=Bestaatniet"),
                   password=dovecot.password)
    assert moved.value.kind is ErrorKind.NOT_FOUND
    assert library.sources() == []


def test_25_mb_message_is_left_in_the_mailbox(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    dovecot.deliver(newsletter(1))
    dovecot.deliver(newsletter(2, padding=18_600_000))  # 25 MB once base64-encoded
    dovecot.deliver(newsletter(3))
    added = add_source(library, address(dovecot), password=dovecot.password)
    first = added.first_refresh
    assert first.new == 2
    assert first.error is not None
    assert first.error.kind is ErrorKind.TOO_LARGE
    assert "(25 MB)" in first.error.detail
    assert "stays in the mailbox" in first.error.detail
    assert len(flags(dovecot, trusted)) == 3
    # Not fetched again, and the next refresh is clean.
    dovecot.deliver(newsletter(4))
    again = refresh_source(library, added.source.id)
    assert (again.new, again.error) == (1, None)


def test_5000_messages_progress_cancel_and_only_new_ones(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    for n in range(5000):
        dovecot.deliver(tiny(n))
    set_password("jan@127.0.0.1", dovecot.password)
    sid = library.writer.add_source("Groot", address(dovecot), "mail")
    cancel = threading.Event()
    seen: list[int] = []

    def on_bytes(n: int) -> None:
        seen.append(n)
        if len(seen) == 40:
            cancel.set()

    stopped = refresh_source(library, sid, cancel=cancel, on_bytes=on_bytes)
    assert stopped.error is not None
    assert stopped.error.kind is ErrorKind.CANCELLED
    kept = len(library.issues(sid, limit=10_000))
    assert 30 <= kept <= 40
    seen.clear()
    rest = refresh_source(library, sid, on_bytes=seen.append)
    assert rest.error is None, rest.message()
    # A first look at a full folder takes its newest 500 messages.
    assert kept + rest.new == imap_source.MAX_PER_REFRESH
    for n in range(5000, 5005):
        dovecot.deliver(tiny(n))
    seen.clear()
    started = time.perf_counter()
    new = refresh_source(library, sid, on_bytes=seen.append)
    took = time.perf_counter() - started
    assert (new.new, new.error) == (5, None)
    assert len(seen) == 5  # only the new messages were downloaded
    assert took < 5.0


def test_connection_cut_before_the_download_is_a_network_error(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    dovecot.deliver(newsletter(1))
    proxy = CuttingProxy(dovecot.imaps_port)
    try:
        set_password("jan@127.0.0.1", dovecot.password)
        sid = library.writer.add_source("VNG", f"imaps://jan@127.0.0.1:{proxy.port}/INBOX",
                                        "mail")
        for cut in (300, 1500, 2400, 3500, 5000):  # handshake, greeting, login, folder, fetch
            proxy.cut_after = cut
            result = refresh_source(library, sid)
            assert result.error is not None, cut
            assert result.error.kind in (ErrorKind.NETWORK, ErrorKind.TIMEOUT), (cut, result)
            assert "closed the connection" in result.error.detail, result.error
        proxy.cut_after = None
        assert refresh_source(library, sid).new == 1
    finally:
        proxy.stop()


def test_server_gone_keeps_what_is_stored(
        dovecot: Dovecot, trusted: SelfSigned, test_keyring: object, library: Library) -> None:
    dovecot.deliver(newsletter(1))
    added = add_source(library, address(dovecot), password=dovecot.password)
    dovecot.stop()
    result = refresh_source(library, added.source.id)
    assert result.error is not None
    assert result.error.kind is ErrorKind.NETWORK
    assert len(library.issues(added.source.id)) == 1
