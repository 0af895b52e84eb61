# ruff: noqa: E501 - literal newsletter fixtures read better unwrapped
"""E-mail files: the HTML part, headers as title and date, one-story mails as one item."""

from __future__ import annotations

import base64
import quopri

from reader.core.sources.parse import parse_bytes
from tests.core.newsletter_fixtures import MAILCHIMP_LIKE


def _multipart(html: str, plain: str, subject: str = "Gemeentenieuws 12") -> bytes:
    qp_html = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: Gemeente <nieuws@example.org>\r\n"
        "To: lezer@example.org\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 03 Jun 2024 08:00:00 +0200\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="XYZ"\r\n\r\n'
        "--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{plain}\r\n"
        "--XYZ\r\nContent-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        f"{qp_html}\r\n--XYZ--\r\n"
    ).encode("ascii")


def test_html_part_is_preferred_and_headers_give_title_and_date():
    issue = parse_bytes(_multipart(MAILCHIMP_LIKE, "plain text version only"), name="a.eml")
    assert issue.title == "Gemeentenieuws 12"
    assert issue.date == "2024-06-03"
    assert [it.title for it in issue.items][:2] == [
        "Nieuwe rotonde bij het station",
        "Fietspad langs de dijk wordt breder",
    ]


def test_encoded_subject_and_base64_latin1_body():
    html = ("<html><body><p>Een lange alinea over het caf\xe9 op de hoek van de straat in het "
            "centrum.</p></body></html>")
    body = base64.encodebytes(html.encode("latin-1")).decode("ascii")
    subject = "=?utf-8?q?Caf=C3=A9_gaat_open?="
    mail = (
        "From: a@example.org\r\nTo: b@example.org\r\n"
        f"Subject: {subject}\r\nDate: Tue, 4 Jun 2024 09:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n" + body
    ).encode("ascii")
    issue = parse_bytes(mail, name="b.eml")
    assert issue.title == "Café gaat open"
    # One story: one item, titled by the Subject.
    assert [it.title for it in issue.items] == ["Café gaat open"]
    assert "café op de hoek" in issue.items[0].summary_text


def test_mail_without_readable_body_still_has_its_subject_item():
    mail = (b"From: a@example.org\r\nSubject: Alleen een kop\r\nDate: Tue, 4 Jun 2024 09:00:00 +0000"
            b"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Hoi</p></body></html>")
    issue = parse_bytes(mail)
    assert [it.title for it in issue.items] == ["Alleen een kop"]


def test_unknown_charset_does_not_break_parsing():
    mail = (b"From: a@example.org\r\nSubject: Vreemd\r\nContent-Type: text/html; charset=x-nonsense"
            b"\r\n\r\n<html><body><p>Een lange alinea met genoeg woorden om een verhaal te zijn."
            b"</p></body></html>")
    issue = parse_bytes(mail)
    assert issue.items[0].title == "Vreemd"


def test_plain_text_only_mail_goes_to_the_text_parser():
    body = ("Raadsbrief juni\n\n"
            "Nieuwe regels voor terrassen\n"
            "De gemeente versoepelt de regels voor terrassen in de binnenstad deze zomer.\n\n"
            "Subsidie voor groene daken\n"
            "Inwoners kunnen vanaf juli subsidie aanvragen voor het aanleggen van een groen dak.\n")
    mail = ("From: griffie@example.org\r\nTo: raad@example.org\r\nSubject: Raadsbrief juni\r\n"
            "Date: Wed, 5 Jun 2024 09:00:00 +0200\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body).encode("utf-8")
    issue = parse_bytes(mail, name="raadsbrief.eml")
    assert issue.title == "Raadsbrief juni"
    assert issue.date == "2024-06-05"
    titles = [it.title for it in issue.items]
    assert "Nieuwe regels voor terrassen" in titles
    assert "Subsidie voor groene daken" in titles
