"""Send a briefing to a real SMTP server on 127.0.0.1 and open what arrives."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.mail.accounts import SmtpAccount, set_password
from reader.core.mail.briefing_mail import parse_recipients
from reader.core.mail.smtp_send import send_briefing
from tests.core.mail.certs import SelfSigned
from tests.core.mail.smtp_server import SmtpServer

PASSWORD = "verzend-Geheim-7"


def briefing() -> Briefing:
    return Briefing(
        title="Briefing raad 12 juni", date="2026-06-12", recipient="Wethouder De Vries",
        introduction="De belangrijkste punten voor de raadsvergadering.", language="nl",
        entries=(
            BriefingEntry(title="Begroting vastgesteld", category="Financiën",
                          summary=("De raad stemde in met de begroting voor 2027.",),
                          link="https://vng.nl/nieuws/begroting", source_title="VNG Nieuws 23",
                          note="Bespreken in het college"),
            BriefingEntry(title="Afvalinzameling", summary=("Nieuwe tarieven.",),
                          source_title="VNG Nieuws 23"),
        ))


@pytest.fixture
def smtp(trusted: SelfSigned) -> Iterator[SmtpServer]:
    server = SmtpServer(trusted, "jan@gemeente.nl", PASSWORD).start()
    yield server
    server.stop()


def account(server: SmtpServer, **kw: object) -> SmtpAccount:
    return SmtpAccount(host="127.0.0.1", port=server.port, user="jan@gemeente.nl",
                       from_address="jan@gemeente.nl", **kw)  # type: ignore[arg-type]


def test_briefing_arrives_with_attachments_text_html_and_language(
        smtp: SmtpServer, test_keyring: object, tmp_path: Path) -> None:
    set_password("jan@gemeente.nl@127.0.0.1", PASSWORD)
    library_path = tmp_path / "data" / "library.sqlite3"
    sent = send_briefing(briefing(), account(smtp), ["wethouder@gemeente.nl",
                         "griffie@gemeente.nl"], ["docx", "pdf", "html"],
                         library_path=library_path)
    assert sent.recipients == ("wethouder@gemeente.nl", "griffie@gemeente.nl")
    (mail_from, rcpts, _), = smtp.handler.received
    assert (mail_from, rcpts) == ("jan@gemeente.nl", list(sent.recipients))
    assert smtp.logins == [("jan@gemeente.nl", True)]
    msg, = smtp.messages()
    assert msg["Content-Language"] == "nl"
    assert msg["Subject"] == "Briefing raad 12 juni"
    text = msg.get_body(("plain",)).get_content()
    page = msg.get_body(("html",)).get_content()
    assert "1. Begroting vastgesteld (Financiën, VNG Nieuws 23)" in text
    assert "https://vng.nl/nieuws/begroting" in text
    assert "Bijlagen: briefing-raad-12-juni.docx" in text
    assert '<html lang="nl">' in page
    assert '<li><a href="https://vng.nl/nieuws/begroting">Begroting vastgesteld</a>' in page
    files = {part.get_filename(): part.get_content() for part in msg.iter_attachments()}
    assert sorted(files) == ["briefing-raad-12-juni.docx", "briefing-raad-12-juni.html",
                             "briefing-raad-12-juni.pdf"]
    import docx
    import pypdf

    document = docx.Document(io.BytesIO(files["briefing-raad-12-juni.docx"]))
    assert any("Begroting vastgesteld" in p.text and p.style.name.startswith("Heading")
               for p in document.paragraphs)
    pdf_text = "".join(p.extract_text() for p in
                       pypdf.PdfReader(io.BytesIO(files["briefing-raad-12-juni.pdf"])).pages)
    assert "Afvalinzameling" in pdf_text
    assert "Begroting vastgesteld" in files["briefing-raad-12-juni.html"]
    # A copy is kept in the library, as a sent briefing.
    assert sent.copy is not None
    assert sent.copy.is_file()
    library = Library(library_path)
    try:
        names = [s.name for s in library.sources()]
        assert names == ["Verzonden briefings"]
        stored = library.issue(sent.issue_id or 0)
        assert stored is not None
        assert stored.title == "Briefing raad 12 juni"
    finally:
        library.close()
    assert PASSWORD.encode() not in library_path.read_bytes()
    assert PASSWORD.encode() not in sent.copy.read_bytes()


def test_audio_attachments(smtp: SmtpServer, test_keyring: object) -> None:
    short = Briefing(title="Kort", language="nl",
                     entries=(BriefingEntry(title="Eén bericht", summary=("Kort nieuws.",)),))
    send_briefing(short, account(smtp), ["a@gemeente.nl"], ["wav", "mp3"], password=PASSWORD)
    msg, = smtp.messages()
    parts = {p.get_filename(): (p.get_content_type(), p.get_content())
             for p in msg.iter_attachments()}
    assert parts["kort.wav"][0] == "audio/x-wav" or parts["kort.wav"][0] == "audio/wav"
    assert parts["kort.wav"][1][:4] == b"RIFF"
    assert parts["kort.mp3"][0] == "audio/mpeg"
    assert len(parts["kort.mp3"][1]) > 1000


# aiosmtpd cannot tell that a socket opened with TLS is encrypted, and warns.
@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_implicit_tls_on_its_own_port(trusted: SelfSigned, test_keyring: object) -> None:
    server = SmtpServer(trusted, "jan@gemeente.nl", PASSWORD, implicit_tls=True).start()
    try:
        send_briefing(briefing(), account(server, implicit_tls=True), ["a@gemeente.nl"], [],
                      password=PASSWORD)
        msg, = server.messages()
        assert msg["Content-Language"] == "nl"
        assert not list(msg.iter_attachments())
    finally:
        server.stop()


def test_wrong_password_and_untrusted_certificate(
        smtp: SmtpServer, test_keyring: object, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ReaderError) as wrong:
        send_briefing(briefing(), account(smtp), ["a@gemeente.nl"], [], password="fout")
    assert wrong.value.kind is ErrorKind.LOGIN
    monkeypatch.delenv("SSL_CERT_FILE")
    with pytest.raises(ReaderError) as untrusted:
        send_briefing(briefing(), account(smtp), ["a@gemeente.nl"], [], password=PASSWORD)
    assert untrusted.value.kind is ErrorKind.CERTIFICATE
    assert smtp.handler.received == []
    assert smtp.logins == [("jan@gemeente.nl", False)]  # no second try went out unprotected


def test_recipients_are_checked() -> None:
    assert parse_recipients("a@x.nl; b@y.nl, a@x.nl") == ["a@x.nl", "b@y.nl"]
    for bad in ("", "wethouder", "a@x.nl, geen-adres"):
        with pytest.raises(ReaderError) as caught:
            parse_recipients(bad)
        assert caught.value.kind is ErrorKind.BAD_ARGUMENT
